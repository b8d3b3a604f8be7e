/**
 * serapan: serapan anggaran (budget absorption, %) = realisasi anggaran / pagu x 100.
 * The "Rasio Capaian" of the Permendagri 86/2017 form T-C.24 (Anggaran dan Realisasi Pendanaan).
 * Kota Blitar Renstra Tabel 2.3.2: TOTAL 2017 anggaran 22.984.189.676, realisasi 22.361.367.099
 * -> 97,29. Over 100 is returned as computed (spending above the ceiling is for a rule to flag).
 * Errors: realisasi blank -> 'kosong'; pagu blank, "-" or "NA" -> 'tidak-tersedia'; pagu 0 ->
 * 'bagi-nol' (even with realisasi 0: there is nothing to absorb; the seed prints 100 for Belanja
 * Pegawai 2021 with 0 and 0); negative amounts -> 'nilai'.
 */
import { bacaArgumen, isBacaanGagal, negatif } from "./argumen";
import { berhasil, gagal } from "./hasil";
import type { Hasil } from "./hasil";

const REALISASI = { id: "realisasi anggaran", en: "budget realisation" };
const PAGU = { id: "pagu", en: "budget ceiling (pagu)" };
const UANG = { id: "jumlah uang tidak boleh negatif", en: "an amount of money cannot be negative" };

export function serapan(realisasiAnggaran: unknown, pagu: unknown): Hasil {
  const args = bacaArgumen([
    { nilai: realisasiAnggaran, nama: REALISASI, jikaKosong: "kosong" },
    { nilai: pagu, nama: PAGU, jikaKosong: "tidak-tersedia" },
  ]);
  if (isBacaanGagal(args)) return args;
  const [r, p] = args as [number, number];
  if (r < 0) return negatif(r, REALISASI, UANG);
  if (p < 0) return negatif(p, PAGU, UANG);
  if (p === 0) {
    return gagal(
      "bagi-nol",
      'Pagu 0: serapan anggaran tidak dapat dihitung. Bila memang tidak ada anggaran, tulis "-" dan jangan menulis 100 %.',
      'The budget ceiling (pagu) is 0: absorption cannot be computed. If there is no budget, write "-" rather than 100 %.',
    );
  }
  return berhasil((r / p) * 100);
}
