/**
 * penurunan: persentase penurunan (decrease) in year n,
 *   (X(n-1) - X(n)) / X(n-1) x 100.
 * A rise gives a negative value (kept). The indicator "Persentase penurunan PMKS" is positif
 * polarity although its subject is bad: a larger decrease is better (docs/domain.md).
 * Source: the formula as printed in Kota Blitar Renstra Tabel 4.1/4.2 ("(Jumlah PMKS thn n-1) -
 * (Jumlah PMKS thn n) / Jumlah PMKS thn n-1 x 100%"); Tabel 2.3.1 reports its realisasi 5,89 (2018)
 * and -7,31 (2020, when PMKS rose during Covid-19).
 * Errors: X(n) blank -> 'kosong'; X(n-1) blank, "-" or "NA" -> 'tidak-tersedia'; X(n-1) = 0 ->
 * 'bagi-nol'; negative values -> 'nilai'.
 */
import { berhasil } from "./hasil";
import type { Hasil } from "./hasil";
import { bacaPerubahan } from "./perubahan";

export function penurunan(sebelum: unknown, sesudah: unknown): Hasil {
  const args = bacaPerubahan(sebelum, sesudah);
  if (!Array.isArray(args)) return args;
  const [a, b] = args;
  return berhasil(((a - b) / a) * 100);
}
