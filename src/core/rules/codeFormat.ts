// code-format: a code's shape against the regulation in force for the table's year, with no
// nomenclature list needed (Kepmendagri 050-5889/2021, in force from the 2022 budget, as amended
// by 900.1.15.5-1317/2023 and 900.1.15.5-3406/2024):
// - a template code never filled in: "X.XX.01.2.01", "1.XX.XX" (warning);
// - a provincial kegiatan digit ("1.06.01.1.01": the fourth segment 1 is the province's) in a
//   kabupaten / kota document, whose kegiatan carry 2 (warning, once per table);
// - sub kegiatan numbered with 2 digits in a table of 2022 or later (4 digits since
//   050-5889/2021), or with 4 digits in a table of 2021 or earlier (info, once per table).
// Nesting, the pattern itself, zero-padded digits and mixed digit counts are code-hierarchy's.
import type { DetectedTable } from "../detect";
import { norm, yearIn } from "../detect/text";
import type { Grid } from "../grid";
import { banyakBagian, bersihkanKode, kodeBaris, panjangAkhir } from "./kodeKepmendagri";
import type { Rule, RuleFinding } from "./types";

const TEMPLAT = /^[0-9x]\.[0-9x]{2}(\.[0-9x]{1,4})*$/i;

/** The table's year: the latest year of its columns, else the one its title names. */
function tahunTabel(table: DetectedTable): number | undefined {
  const ys = table.columns.map((c) => c.year).filter((y): y is number => y !== undefined);
  if (ys.length) return Math.max(...ys);
  return yearIn(table.title ?? "");
}

function kabupatenKota(table: DetectedTable): boolean {
  const t = norm(`${table.title ?? ""} ${table.sheet}`);
  return /\b(kabupaten|kab\.|kota)\b/.test(t) && !/\bprovinsi\b/.test(t);
}

export const codeFormat: Rule = {
  id: "code-format",
  severity: "warning",
  description: {
    id: "Bentuk kode yang tidak sesuai aturan untuk tahun tabelnya: kode templat yang belum diganti (X.XX), digit kegiatan provinsi di dokumen kabupaten/kota, nomor sub kegiatan 2 digit sejak 2022.",
    en: "A code shape that does not fit the regulation for the table's year: a template code never filled in (X.XX), a provincial kegiatan digit in a kabupaten/kota document, 2-digit sub kegiatan numbers since 2022.",
  },
  example: {
    id: 'Kode "1.XX.01.2.01" tersisa dari templat; kegiatan "1.06.01.1.01" di Renja kabupaten.',
    en: 'A code "1.XX.01.2.01" left from the template; a kegiatan "1.06.01.1.01" in a kabupaten Renja.',
  },
  howToFix: {
    id: "Isi kode dari daftar nomenklatur (SIPD / lampiran Kepmendagri) yang berlaku untuk tahun dokumen.",
    en: "Fill in the code from the nomenclature list (SIPD / the decree's annex) in force for the document's year.",
  },
  otherSeverities: [
    {
      severity: "info",
      when: {
        id: "jumlah digit nomor sub kegiatan yang tidak sesuai dengan tahun tabel",
        en: "sub kegiatan numbers whose digit count does not fit the table's year",
      },
    },
  ],
  messages: {
    templateCode: {
      id: 'Kode "{{code}}" masih kode templat (X belum diganti angka). Isi kode yang sebenarnya dari daftar nomenklatur yang berlaku.',
      en: 'The code "{{code}}" is still a template code (the X were never replaced). Fill in the real code from the nomenclature list in force.',
    },
    provinceDigit: {
      id: "Kode {{code}} memakai digit kegiatan 1 (kewenangan provinsi), padahal tabel ini milik kabupaten/kota, yang kegiatannya berdigit 2 (mis. {{example}}). Periksa kodenya di daftar nomenklatur.",
      en: "The code {{code}} has kegiatan digit 1 (a province's), but this table is a kabupaten/kota one, whose kegiatan carry 2 (e.g. {{example}}). Check it against the nomenclature list.",
    },
    subDigitsOld: {
      id: "Sub kegiatan di tabel tahun {{year}} ini bernomor 2 digit ({{code}}); sejak Kepmendagri 050-5889/2021 (anggaran 2022) nomornya 4 digit (…0001). Perbarui kodenya bila dokumen ini dipakai untuk {{year}}.",
      en: "Sub kegiatan in this {{year}} table have 2-digit numbers ({{code}}); since Kepmendagri 050-5889/2021 (the 2022 budget) they have 4 (…0001). Update the codes if the document is for {{year}}.",
    },
    subDigitsNew: {
      id: "Sub kegiatan di tabel tahun {{year}} ini bernomor 4 digit ({{code}}), padahal sebelum 2022 nomornya 2 digit. Periksa tahun tabel atau kodenya.",
      en: "Sub kegiatan in this {{year}} table have 4-digit numbers ({{code}}), though before 2022 they had 2. Check the table's year or its codes.",
    },
  },
  check(table, ctx) {
    const g: Grid = ctx.grid;
    const out: RuleFinding[] = [];
    const kodeCol = table.columns.find((c) => c.role === "kode")?.col;
    if (kodeCol !== undefined)
      for (const r of table.rows) {
        const teks = bersihkanKode(g.value(r.row, kodeCol));
        if (!/x/i.test(teks) || !TEMPLAT.test(teks)) continue;
        out.push({
          row: r.row,
          col: kodeCol,
          actual: teks,
          messageId: "templateCode",
          data: { code: teks },
        });
      }
    const kodes = kodeBaris(table, g).filter((k) => k.baku);
    if (kodes.length === 0) return out;
    const col = kodeCol ?? table.range.c1;
    // the province's kegiatan digit in a kabupaten / kota document
    if (kabupatenKota(table)) {
      const prov = kodes.find((k) => k.kunci.split(".").length >= 5 && k.kunci.split(".")[3] === "1");
      if (prov)
        out.push({
          row: prov.row.row,
          col,
          actual: prov.teks,
          messageId: "provinceDigit",
          data: {
            code: prov.teks,
            example: `${prov.kunci.split(".").slice(0, 3).join(".")}.2.${prov.kunci.split(".")[4]}`,
          },
        });
    }
    // sub kegiatan digits against the regulation of the table's year
    const year = tahunTabel(table);
    const subs = kodes.filter((k) => banyakBagian(k.kunci) === 6);
    if (year !== undefined && subs.length > 0) {
      const digits = new Set(subs.map((k) => panjangAkhir(k.kunci)));
      const wrong = year >= 2022 ? (digits.has(4) ? undefined : 2) : digits.has(2) ? undefined : 4;
      if (digits.size === 1 && wrong !== undefined) {
        const k = subs[0];
        out.push({
          row: k.row.row,
          col,
          severity: "info",
          actual: k.teks,
          messageId: wrong === 2 ? "subDigitsOld" : "subDigitsNew",
          data: { year: String(year), code: k.teks },
        });
      }
    }
    return out;
  },
};
