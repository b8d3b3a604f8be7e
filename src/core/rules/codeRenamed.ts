// code-renamed: a code the nomenclature list gives as replaced by a newer one (an earlier
// regulation's code still in use after 900.1.15.5-1317/2023 or 900.1.15.5-3406/2024). Runs only
// with a list whose rows name the previous code.
import { barisBerkode } from "./nomenklaturKode";
import type { Rule, RuleFinding } from "./types";

export const codeRenamed: Rule = {
  id: "code-renamed",
  severity: "warning",
  description: {
    id: "Kode lama yang menurut daftar nomenklatur sudah diganti dengan kode baru.",
    en: "An old code that the nomenclature list says has been replaced by a new one.",
  },
  example: {
    id: "Kegiatan 1.02.03.2.02 sudah diganti 1.02.03.2.04 (Kepmendagri 900.1.15.5-1317/2023).",
    en: "Kegiatan 1.02.03.2.02 was replaced by 1.02.03.2.04 (Kepmendagri 900.1.15.5-1317/2023).",
  },
  howToFix: {
    id: "Ganti dengan kode baru (dan namanya) dari daftar nomenklatur yang berlaku.",
    en: "Use the new code (and its name) from the nomenclature list in force.",
  },
  messages: {
    replaced: {
      id: 'Kode {{code}} sudah diganti menjadi {{newCode}} ("{{newName}}") menurut daftar nomenklatur ({{source}}, baris {{listRow}}). Ganti kodenya, dan namanya bila berubah.',
      en: 'Code {{code}} was replaced by {{newCode}} ("{{newName}}") according to the nomenclature list ({{source}}, row {{listRow}}). Change the code, and the name if it changed.',
    },
  },
  fixable: "value",
  check(table, ctx) {
    const daftar = ctx.settings.nomenklatur;
    if (!daftar) return [];
    const out: RuleFinding[] = [];
    for (const k of barisBerkode(table, ctx.grid, daftar)) {
      // a code reused for something else is current: the list's current entry wins
      if (daftar.entri.has(k.kunci)) continue;
      const baru = daftar.lama.get(k.kunci);
      if (!baru) continue;
      out.push({
        row: k.row.row,
        col: table.columns.find((c) => c.role === "kode")?.col ?? table.range.c1,
        expected: baru.kode,
        actual: k.teks,
        fix: { value: baru.kode },
        messageId: "replaced",
        data: {
          code: k.teks,
          newCode: baru.kode,
          newName: baru.nama,
          source: daftar.sumber,
          listRow: String(baru.baris),
        },
      });
    }
    return out;
  },
};
