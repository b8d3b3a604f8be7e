// code-name-mismatch: a code in the nomenclature list written with another name than the list's,
// beyond typing slips (case, punctuation, "Program" / "Kegiatan" printed or not, one letter in a
// long word). The message shows both names. Runs only with a list.
import { kolomNamaKode, namaKodeBaris } from "./kodeKepmendagri";
import { barisBerkode, namaSama } from "./nomenklaturKode";
import type { Rule, RuleFinding } from "./types";

export const codeNameMismatch: Rule = {
  id: "code-name-mismatch",
  severity: "warning",
  description: {
    id: "Nama program, kegiatan atau sub kegiatan yang berbeda dari nama resminya di daftar nomenklatur untuk kode yang sama.",
    en: "A program, kegiatan or sub kegiatan name that differs from its official name in the nomenclature list for the same code.",
  },
  example: {
    id: '1.06.04.2.01 tertulis "Rehabilitasi Sosial Anak Terlantar", resminya "Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti".',
    en: '1.06.04.2.01 reads "Rehabilitasi Sosial Anak Terlantar", officially "Rehabilitasi Sosial Dasar Anak Terlantar di Luar Panti".',
  },
  howToFix: {
    id: "Salin nama resminya dari daftar nomenklatur, atau periksa kodenya bila namanya yang benar.",
    en: "Copy the official name from the nomenclature list, or check the code if the name is right.",
  },
  messages: {
    notOfficialName: {
      id: '{{code}} tertulis "{{name}}", sedangkan nama resminya di daftar nomenklatur ({{source}}, baris {{listRow}}) "{{officialName}}". Salin nama resminya, atau periksa kodenya bila namanya yang benar.',
      en: '{{code}} reads "{{name}}", while its official name in the nomenclature list ({{source}}, row {{listRow}}) is "{{officialName}}". Copy the official name, or check the code if the name is right.',
    },
  },
  check(table, ctx) {
    const daftar = ctx.settings.nomenklatur;
    const col = kolomNamaKode(table);
    if (!daftar || col === undefined) return [];
    const out: RuleFinding[] = [];
    for (const k of barisBerkode(table, ctx.grid, daftar)) {
      const resmi = daftar.entri.get(k.kunci);
      const nama = namaKodeBaris(table, ctx.grid, k);
      if (!resmi?.nama || !nama || namaSama(nama, resmi.nama)) continue;
      out.push({
        row: k.row.row,
        col,
        expected: resmi.nama,
        actual: nama,
        messageId: "notOfficialName",
        data: {
          code: k.teks,
          name: nama,
          source: daftar.sumber,
          listRow: String(resmi.baris),
          officialName: resmi.nama,
        },
      });
    }
    return out;
  },
};
