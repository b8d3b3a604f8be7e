// code-unknown: a program, kegiatan or sub kegiatan code that the official nomenclature list the
// user gave does not have (neither as a current code nor as one it replaced). Runs only with a
// list (`cermat periksa --nomenklatur daftar.xlsx`), and only on codes of an urusan and bidang the
// list covers: a list of one bidang says nothing about the others (docs/nomenklatur.md).
import { barisBerkode } from "./nomenklaturKode";
import type { Rule, RuleFinding } from "./types";

export const codeUnknown: Rule = {
  id: "code-unknown",
  severity: "error",
  description: {
    id: "Kode program, kegiatan atau sub kegiatan yang tidak ada di daftar nomenklatur yang diberikan (Kepmendagri 050-5889/2021 dan pemutakhirannya).",
    en: "A program, kegiatan or sub kegiatan code that is not in the nomenclature list given (Kepmendagri 050-5889/2021 and its updates).",
  },
  example: {
    id: "Sub kegiatan 1.06.04.2.05.0009 tidak ada di daftar nomenklatur (SIPD).",
    en: "Sub kegiatan 1.06.04.2.05.0009 is not in the nomenclature list (SIPD).",
  },
  howToFix: {
    id: "Cari kode yang benar di SIPD atau lampiran Kepmendagri, lalu perbaiki kodenya.",
    en: "Look up the right code in SIPD or the regulation's annex, then correct the code.",
  },
  check(table, ctx) {
    const daftar = ctx.settings.nomenklatur;
    if (!daftar) return [];
    const out: RuleFinding[] = [];
    for (const k of barisBerkode(table, ctx.grid, daftar)) {
      if (daftar.entri.has(k.kunci) || daftar.lama.has(k.kunci)) continue;
      const tingkat =
        k.row.kind === "sub-kegiatan" ? "Sub kegiatan" : k.row.kind === "kegiatan" ? "Kegiatan" : "Program";
      const level =
        k.row.kind === "sub-kegiatan" ? "Sub kegiatan" : k.row.kind === "kegiatan" ? "Kegiatan" : "Programme";
      out.push({
        row: k.row.row,
        col: table.columns.find((c) => c.role === "kode")?.col ?? table.range.c1,
        actual: k.teks,
        pesan: {
          id: `${tingkat} ${k.teks} tidak ada di daftar nomenklatur (${daftar.sumber}). Periksa kodenya di SIPD atau lampiran Kepmendagri 050-5889/2021 dan pemutakhirannya; mungkin salah ketik, atau kode daerah lain.`,
          en: `${level} ${k.teks} is not in the nomenclature list (${daftar.sumber}). Check the code in SIPD or the annex of Kepmendagri 050-5889/2021 and its updates; it may be a typo, or another level of government's code.`,
        },
      });
    }
    return out;
  },
};
