/**
 * nilaiSakip: the SAKIP grade of a score (PermenPANRB 88/2021, evaluation of SAKIP):
 * AA > 90-100, A > 80-90, BB > 70-80, B > 60-70, CC > 50-60, C > 30-50, D 0-30.
 * Lower bounds are exclusive: 90,00 is A, 90,01 is AA, 30 is D. metode 'permenpanrb88'.
 * The input may be a score (84,35) or a text with a letter and score, "A (84,35)": the grade is
 * computed from the score, whatever letter was written ("BB (84,35)" -> "A"); use cekNilaiSakip to
 * compare the written letter. Kota Blitar Renstra Tabel 4.1/4.2 write the targets this way:
 * A (83,94), A (84,35), A (85,13), A (85,08), all consistent.
 * Errors: blank -> 'kosong'; "-" or "NA" -> 'tidak-tersedia'; a letter without score, other text,
 * booleans -> 'nilai'; score above 100 or below 0 -> 'angka'.
 */
import { formatAngka, parseAngka } from "../numbers";
import { bukanAngka, tanpaNilai } from "./argumen";
import { berhasil, gagal, KOSONG } from "./hasil";
import type { Hasil } from "./hasil";
import { labelPredikat } from "./skalaPredikat";
import type { SkalaPredikat } from "./skalaPredikat";

export const SKALA_SAKIP: SkalaPredikat = {
  nama: "permenpanrb88",
  batas: [
    { lebihDari: 90, label: "AA" },
    { lebihDari: 80, label: "A" },
    { lebihDari: 70, label: "BB" },
    { lebihDari: 60, label: "B" },
    { lebihDari: 50, label: "CC" },
    { lebihDari: 30, label: "C" },
  ],
  terendah: "D",
};

const HURUF = new Set(["AA", "A", "BB", "B", "CC", "C", "D"]);

/** The grade of a score in 0..100, undefined outside it. */
export function hurufSakip(skor: number): string | undefined {
  if (!Number.isFinite(skor) || skor < 0 || skor > 100) return undefined;
  return labelPredikat(skor, SKALA_SAKIP);
}

export function nilaiSakip(nilai: unknown): Hasil<string> {
  const nama = { id: "nilai SAKIP", en: "SAKIP score" };
  const a = parseAngka(nilai);
  if (a.kind === "kosong") return KOSONG;
  if (a.kind === "tanpa-nilai") return tanpaNilai(a.text, nama);
  if (a.kind === "bukan-angka") {
    if (typeof nilai === "string" && HURUF.has(a.text.toUpperCase())) {
      return gagal(
        "nilai",
        `"${a.text}" hanya huruf tanpa skor. Tulis skornya, misalnya 84,35 atau A (84,35).`,
        `"${a.text}" is a letter without a score. Write the score, e.g. 84.35 or A (84,35).`,
      );
    }
    return bukanAngka(nilai, a.text, nama);
  }
  const huruf = hurufSakip(a.value);
  if (huruf === undefined) {
    return gagal(
      "angka",
      `Skor SAKIP ${formatAngka(a.value)} di luar 0-100. Periksa skornya.`,
      `The SAKIP score ${formatAngka(a.value)} is outside 0-100. Check the score.`,
    );
  }
  return berhasil(huruf, SKALA_SAKIP.nama);
}

/**
 * Reads a written grade with its score, "A (84,35)", and says whether the letter matches the score.
 * undefined when the text is not a SAKIP letter with a score in 0..100.
 */
const GRADE_WORD = /(^|[^a-z])(aa|a|bb|b|cc|c|d)([^a-z]|$)/i;

export function cekNilaiSakip(
  text: unknown,
): { letter: string; score: number; expected: string; cocok: boolean } | undefined {
  // "BB (84,35)" is short: long texts (names, formulas in words) are never a grade
  if (typeof text !== "string" || text.length > 24 || !GRADE_WORD.test(text)) return undefined;
  const a = parseAngka(text);
  if (a.kind !== "angka" || a.label === undefined) return undefined;
  const letter = a.label.toUpperCase();
  const expected = hurufSakip(a.value);
  if (!HURUF.has(letter) || expected === undefined) return undefined;
  return { letter, score: a.value, expected, cocok: letter === expected };
}
