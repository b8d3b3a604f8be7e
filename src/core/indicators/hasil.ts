/**
 * The result of every calculation. A calculation never throws on user input: it returns a value
 * (with the convention that produced it in `metode`), `kosong` for a blank input that means "not
 * reported yet" (never 0 %), or an error that maps onto an Excel error with a message in
 * Bahasa Indonesia and English saying what to do:
 * nilai -> #VALUE!, bagi-nol -> #DIV/0!, tidak-tersedia -> #N/A, angka -> #NUM!.
 */
export type Pesan = { id: string; en: string };

export type ExcelErrorKind = "nilai" | "bagi-nol" | "tidak-tersedia" | "angka";

export type Hasil<T = number> =
  | { ok: true; value: T; metode?: string }
  | { ok: false; error: "kosong" }
  | { ok: false; error: ExcelErrorKind; pesan: Pesan };

/** The failing half of Hasil; it fits every Hasil<T>. */
export type Gagal = Extract<Hasil<never>, { ok: false }>;

export const KOSONG: Gagal = { ok: false, error: "kosong" };

export function berhasil<T>(value: T, metode?: string): Hasil<T> {
  // 1e308 / 1e-308 and the like overflow: no number to give, and never Infinity in a cell.
  if (typeof value === "number" && !Number.isFinite(value)) {
    return gagal(
      "angka",
      "Hasilnya di luar jangkauan angka (terlalu besar atau tidak terdefinisi). Periksa angka masukannya.",
      "The result is out of range (too large or undefined). Check the input numbers.",
    );
  }
  return metode === undefined ? { ok: true, value } : { ok: true, value, metode };
}

export function gagal(error: ExcelErrorKind, id: string, en: string): Gagal {
  return { ok: false, error, pesan: { id, en } };
}

export function isGagal(x: unknown): x is Gagal {
  return typeof x === "object" && x !== null && (x as { ok?: unknown }).ok === false;
}
