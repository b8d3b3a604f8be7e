/**
 * pertumbuhan: growth (%) from year n-1 to year n,
 *   (X(n) - X(n-1)) / X(n-1) x 100.
 * Used for the "Rata-rata Pertumbuhan" of budgets (Permendagri 86/2017 form T-C.24; Kota Blitar
 * Renstra Tabel 2.3.2: Belanja Tidak Langsung anggaran 2.161.905.000 -> 2.233.885.914 is +3,33 %).
 * Errors: X(n) blank -> 'kosong'; X(n-1) blank, "-" or "NA" -> 'tidak-tersedia'; X(n-1) = 0 ->
 * 'bagi-nol'; negative values -> 'nilai'.
 */
import { berhasil } from "./hasil";
import type { Hasil } from "./hasil";
import { bacaPerubahan } from "./perubahan";

export function pertumbuhan(sebelum: unknown, sesudah: unknown): Hasil {
  const args = bacaPerubahan(sebelum, sesudah);
  if (!Array.isArray(args)) return args;
  const [a, b] = args;
  return berhasil(((b - a) / a) * 100);
}
