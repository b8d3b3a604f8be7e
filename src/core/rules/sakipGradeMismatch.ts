// sakip-grade-mismatch: a SAKIP value written as letter and score, "BB (84,35)", whose letter
// does not match its score on the PermenPANRB 88/2021 scale (AA > 90-100, A > 80-90, BB > 70-80,
// B > 60-70, CC > 50-60, C > 30-50, D 0-30; lower bounds exclusive, so 90,00 is A). Kota Blitar
// Renstra Tabel 4.1/4.2 write targets this way ("A (83,94)", "A (84,35)", all consistent); a
// copied letter that was not updated with the score misstates the target in the document.
// The score is taken as written (it is what the evaluation produced); the fix puts the right
// letter in front of the same score text. Text columns (indicator, definition, formula, ...)
// are not read; neither are a bare letter, a score without letter, "-", "NA" or blanks, nor rows
// whose indicator is graded on another letter scale (IKM, accreditation).
import { PROSE_ROLES } from "../detect/peran";
import { SKALA_SAKIP, cekNilaiSakip, hurufSakip } from "../indicators";
import type { DetectedColumn, DetectedTable, Role } from "../detect";
import type { Grid } from "../grid";
import type { Rule, RuleFinding } from "./types";
import { angkaEn, angkaId, numAt } from "./values";
import { namaIndikator, satuanBaris } from "./tahunan";
import { labelAkhir, norm } from "../detect/text";

// words other than remarks: a remark may hold the grade ("A (84,35)") a rule reads
const TEKS_PANJANG: ReadonlySet<Role> = new Set([...PROSE_ROLES].filter((r) => r !== "keterangan"));

// Indicators graded by letters on another scale than SAKIP's: the satisfaction index (IKM / SKM,
// PermenPANRB 14/2017), accreditation, Ombudsman zones, SPBE, ASN professionalism.
const SKALA_LAIN =
  /kepuasan|\bikm\b|\bskm\b|mutu pelayanan|mutu layanan|akreditasi|\bzona\b|\bspbe\b|profesionalitas/;

/** "> 80 - 90" for A, "0 - 30" for D (the band of a letter on the SAKIP scale). */
function rentang(letter: string, lang: "id" | "en"): string {
  const b = SKALA_SAKIP.batas;
  const i = b.findIndex((x) => x.label === letter);
  const f = lang === "id" ? angkaId : angkaEn;
  if (i < 0) return `0 - ${f(b[b.length - 1].lebihDari)}`;
  const atas = i === 0 ? 100 : b[i - 1].lebihDari;
  return `> ${f(b[i].lebihDari)} - ${f(atas)}`;
}

const HURUF_SAKIP = /^(AA|A|BB|B|CC|C|D)$/;

/**
 * A recap of the SAKIP evaluation ("Nilai Akhir | Predikat", one row per perangkat daerah,
 * forms-blind31): the predikat column holding only SAKIP letters, and the score column right
 * before it named "Nilai ..." / "Skor ..." / "Total ..." with scores of 0-100.
 */
function kolomRekap(
  table: DetectedTable,
  g: Grid,
): { nilai: DetectedColumn; predikat: DetectedColumn } | undefined {
  const predikat = table.columns.find((c) => c.role === "predikat");
  if (!predikat) return undefined;
  const nilai = table.columns
    .filter((c) => c.col < predikat.col && /^(nilai|skor|total)\b/.test(labelAkhir(c.header)))
    .pop();
  if (!nilai) return undefined;
  let huruf = 0;
  for (const r of table.rows) {
    const v = g.value(r.row, predikat.col);
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string" || !HURUF_SAKIP.test(v.trim())) return undefined;
    huruf++;
  }
  return huruf >= 2 ? { nilai, predikat } : undefined;
}

/** The same text with the letter replaced ("BB (84,35)" -> "A (84,35)", "84,35 (BB)" -> "84,35 (A)"). */
function gantiHuruf(text: string, letter: string, benar: string): string {
  const re = new RegExp(`(^|[^\\p{L}])(${letter})(?![\\p{L}])`, "iu");
  return text.replace(re, (_m, pre: string) => `${pre}${benar}`);
}

export const sakipGradeMismatch: Rule = {
  id: "sakip-grade-mismatch",
  severity: "error",
  description: {
    id: "Nilai SAKIP yang hurufnya tidak sesuai dengan skornya (PermenPANRB 88/2021), misalnya BB (84,35).",
    en: "A SAKIP grade whose letter does not match its score (PermenPANRB 88/2021), e.g. BB (84,35).",
  },
  example: {
    id: '"A (80,00)": skor 80 berpredikat BB.',
    en: '"A (80,00)": a score of 80 is a BB.',
  },
  howToFix: {
    id: "Tulis huruf yang sesuai dengan skornya (PermenPANRB 88/2021), atau perbaiki skornya.",
    en: "Write the letter that matches the score (PermenPANRB 88/2021), or correct the score.",
  },
  messages: {
    wrongPredikat: {
      id: "Nilai {{score}} berpredikat {{grade}} ({{gradeRange}}) menurut PermenPANRB 88/2021, tetapi predikat tertulis {{letter}} ({{letterRange}}). Ganti predikatnya, atau periksa nilainya.",
      en: "A score of {{score}} is grade {{grade}} ({{gradeRange}}) under PermenPANRB 88/2021, but the predikat written is {{letter}} ({{letterRange}}). Change the predikat, or check the score.",
    },
    wrongLetter: {
      id: '"{{text}}": skor {{score}} berpredikat {{grade}} ({{gradeRange}}), bukan {{letter}} ({{letterRange}}) menurut PermenPANRB 88/2021. Tulis "{{correct}}", atau perbaiki skornya bila hurufnya yang benar.',
      en: '"{{text}}": a score of {{score}} is grade {{grade}} ({{gradeRange}}), not {{letter}} ({{letterRange}}) under PermenPANRB 88/2021. Write "{{correct}}", or correct the score if the letter is right.',
    },
  },
  fixable: "value",
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    const cols = table.columns.filter((c) => !TEKS_PANJANG.has(c.role));
    for (const r of table.rows) {
      let lain: boolean | undefined;
      for (const c of cols) {
        const v = g.value(r.row, c.col);
        if (typeof v !== "string") continue;
        const cek = cekNilaiSakip(v);
        if (!cek || cek.cocok) continue;
        // letters of another scale: IKM's mutu pelayanan (A 88,31-100, B 76,61-88,30 ...),
        // accreditation; asked only of a row with a grade that does not fit
        lain ??= SKALA_LAIN.test(norm(`${namaIndikator(table, g, r)} ${satuanBaris(table, g, r)}`));
        if (lain) break;
        const teks = v.trim();
        const benar = gantiHuruf(teks, cek.letter, cek.expected);
        const f: RuleFinding = {
          row: r.row,
          col: c.col,
          expected: benar,
          actual: teks,
          messageId: "wrongLetter",
          data: {
            text: teks,
            score: cek.score,
            grade: cek.expected,
            gradeRange: { id: rentang(cek.expected, "id"), en: rentang(cek.expected, "en") },
            letter: cek.letter,
            letterRange: { id: rentang(cek.letter, "id"), en: rentang(cek.letter, "en") },
            correct: benar,
          },
        };
        if (!g.formula(r.row, c.col) && benar !== teks) f.fix = { value: benar };
        out.push(f);
      }
    }
    const rekap = kolomRekap(table, g);
    if (rekap)
      for (const r of table.rows) {
        const n = numAt(g, r.row, rekap.nilai.col);
        const v = g.value(r.row, rekap.predikat.col);
        if (!n || n.value < 0 || n.value > 100 || typeof v !== "string") continue;
        const letter = v.trim();
        const grade = hurufSakip(n.value);
        if (!grade || grade === letter || !HURUF_SAKIP.test(letter)) continue;
        const f: RuleFinding = {
          row: r.row,
          col: rekap.predikat.col,
          expected: grade,
          actual: letter,
          inputs: [[r.row, rekap.nilai.col]],
          tanpaPeran: true,
          messageId: "wrongPredikat",
          data: {
            score: n.value,
            grade,
            gradeRange: { id: rentang(grade, "id"), en: rentang(grade, "en") },
            letter,
            letterRange: { id: rentang(letter, "id"), en: rentang(letter, "en") },
          },
        };
        if (!g.formula(r.row, rekap.predikat.col)) f.fix = { value: grade };
        out.push(f);
      }
    return out;
  },
};
