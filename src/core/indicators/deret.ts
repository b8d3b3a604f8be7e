// Reading a run of values (one value per year) for the functions that take a list. Excel hands a
// range over as a 2-D array: a single row or a single column is a run; a block of several rows
// and columns is ambiguous (which way do the years go?) and is refused rather than guessed.
import { parseAngka } from "../numbers";
import type { Angka } from "../numbers";
import { bukanAngka, kapital } from "./argumen";
import type { NamaArgumen } from "./argumen";
import { gagal } from "./hasil";
import type { Gagal } from "./hasil";

/** A value of a run that is a number, blank or "no data"; junk has been rejected already. */
export type NilaiDeret = Exclude<Angka, { kind: "bukan-angka" }>;

export function bacaDeret(nilai: unknown, nama: NamaArgumen): NilaiDeret[] | Gagal {
  const flat = ratakan(nilai, nama);
  if (!Array.isArray(flat)) return flat;
  const out: NilaiDeret[] = [];
  for (let i = 0; i < flat.length; i++) {
    const a = parseAngka(flat[i]);
    if (a.kind === "bukan-angka") {
      return bukanAngka(flat[i], a.text, { id: `${nama.id} ke-${i + 1}`, en: `${nama.en} no. ${i + 1}` });
    }
    out.push(a);
  }
  return out;
}

function ratakan(nilai: unknown, nama: NamaArgumen): unknown[] | Gagal {
  if (!Array.isArray(nilai)) return [nilai];
  const rows = nilai.filter(Array.isArray) as unknown[][];
  if (rows.length === 0) return nilai;
  if (rows.length !== nilai.length || rows.some((r) => r.some(Array.isArray))) {
    return gagal(
      "nilai",
      `${kapital(nama.id)} bercampur antara daftar dan nilai tunggal. Pilih satu baris atau satu kolom sel.`,
      `${kapital(nama.en)} mixes lists and single values. Select one row or one column of cells.`,
    );
  }
  const width = rows[0]?.length ?? 0;
  if (rows.some((r) => r.length !== width)) {
    return gagal(
      "nilai",
      `Baris-baris ${nama.id} tidak sama panjang. Pilih satu baris atau satu kolom sel.`,
      `The rows of the ${nama.en} differ in length. Select one row or one column of cells.`,
    );
  }
  if (rows.length === 1) return rows[0] as unknown[];
  if (width === 1) return rows.map((r) => r[0]);
  return gagal(
    "nilai",
    `${kapital(nama.id)} berupa blok ${rows.length} baris x ${width} kolom; arah tahunnya tidak jelas. Pilih satu baris atau satu kolom saja.`,
    `${kapital(nama.en)} is a block of ${rows.length} rows x ${width} columns; the direction of the years is unclear. Select a single row or column.`,
  );
}

/** Drops blanks and "no data" marks at both ends (years not started yet, or not reported yet). */
export function potongUjung(deret: NilaiDeret[]): NilaiDeret[] {
  let start = 0;
  let end = deret.length;
  while (start < end && deret[start]?.kind !== "angka") start++;
  while (end > start && deret[end - 1]?.kind !== "angka") end--;
  return deret.slice(start, end);
}
