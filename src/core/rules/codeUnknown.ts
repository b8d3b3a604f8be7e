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
  messages: {
    notInList: {
      id: "{{level}} {{code}} tidak ada di daftar nomenklatur ({{source}}). Periksa kodenya di SIPD atau lampiran Kepmendagri 050-5889/2021 dan pemutakhirannya; mungkin salah ketik, atau kode daerah lain.",
      en: "{{level}} {{code}} is not in the nomenclature list ({{source}}). Check the code in SIPD or the annex of Kepmendagri 050-5889/2021 and its updates; it may be a typo, or another level of government's code.",
    },
  },
  check(table, ctx) {
    const daftar = ctx.settings.nomenklatur;
    if (!daftar) return [];
    const out: RuleFinding[] = [];
    for (const k of barisBerkode(table, ctx.grid, daftar)) {
      if (daftar.entri.has(k.kunci) || daftar.lama.has(k.kunci)) continue;
      const level =
        k.row.kind === "sub-kegiatan"
          ? { id: "Sub kegiatan", en: "Sub kegiatan" }
          : k.row.kind === "kegiatan"
            ? { id: "Kegiatan", en: "Kegiatan" }
            : { id: "Program", en: "Programme" };
      out.push({
        row: k.row.row,
        col: table.columns.find((c) => c.role === "kode")?.col ?? table.range.c1,
        actual: k.teks,
        messageId: "notInList",
        data: { level, code: k.teks, source: daftar.sumber },
      });
    }
    return out;
  },
};
