/**
 * targetAntara: the target of an intermediate year on a straight line from the kondisi awal
 * (in tahunAwal) to the kondisi akhir (in tahunAkhir):
 *   awal + (akhir - awal) x (tahun - tahunAwal) / (tahunAkhir - tahunAwal).  metode 'linear'.
 * Planners fill Renstra target columns (Permendagri 86/2017, tujuan/sasaran tables) this way.
 * Examples: Buleleng Tabel 2.2.1, Persentase penanganan PMKS 6,86 (2023) to 15,86 (2026):
 * 2024 -> 9,86, 2025 -> 12,86 as printed. Kota Blitar Tabel 4.2, Nilai SAKIP 84,96 to 85,08:
 * 85,00 and 85,04 are the two years between, which fits 2023-2026, not the printed header
 * 2022, 2024, 2025, 2026.
 * Errors: tahun blank -> 'kosong'; another blank, "-" or "NA" -> 'tidak-tersedia'; text, booleans
 * and years that are not whole numbers -> 'nilai'; tahunAwal >= tahunAkhir -> 'nilai'; tahun
 * outside [tahunAwal, tahunAkhir] -> 'angka' (that would be extrapolation).
 * A result that cancels to float noise is 0, as a spreadsheet shows it (pembulatan.jumlahRapi):
 * -0,1 (2021) to 0,2 (2024) gives 0 for 2022, not 1,4e-17.
 */
import { bacaArgumen, isBacaanGagal, kapital } from "./argumen";
import { berhasil, gagal } from "./hasil";
import type { Hasil } from "./hasil";
import { jumlahRapi } from "./pembulatan";

const AWAL = { id: "kondisi awal", en: "starting condition" };
const AKHIR = { id: "kondisi akhir", en: "final condition" };
const TAHUN_AWAL = { id: "tahun awal", en: "starting year" };
const TAHUN_AKHIR = { id: "tahun akhir", en: "final year" };
const TAHUN = { id: "tahun", en: "year" };

export function targetAntara(
  kondisiAwal: unknown,
  kondisiAkhir: unknown,
  tahunAwal: unknown,
  tahunAkhir: unknown,
  tahun: unknown,
): Hasil {
  const args = bacaArgumen([
    { nilai: kondisiAwal, nama: AWAL, jikaKosong: "tidak-tersedia" },
    { nilai: kondisiAkhir, nama: AKHIR, jikaKosong: "tidak-tersedia" },
    { nilai: tahunAwal, nama: TAHUN_AWAL, jikaKosong: "tidak-tersedia" },
    { nilai: tahunAkhir, nama: TAHUN_AKHIR, jikaKosong: "tidak-tersedia" },
    { nilai: tahun, nama: TAHUN, jikaKosong: "kosong" },
  ]);
  if (isBacaanGagal(args)) return args;
  const [awal, akhir, t0, t1, t] = args as [number, number, number, number, number];
  const years: Array<[number, typeof TAHUN]> = [
    [t0, TAHUN_AWAL],
    [t1, TAHUN_AKHIR],
    [t, TAHUN],
  ];
  for (const [y, nama] of years) {
    if (!Number.isInteger(y)) {
      return gagal(
        "nilai",
        `${kapital(nama.id)} (${y}) bukan bilangan bulat. Tulis tahun empat angka, misalnya 2024.`,
        `The ${nama.en} (${y}) is not a whole number. Write a four-digit year, e.g. 2024.`,
      );
    }
  }
  if (t0 >= t1) {
    return gagal(
      "nilai",
      `Tahun awal (${t0}) harus lebih kecil dari tahun akhir (${t1}).`,
      `The starting year (${t0}) must be before the final year (${t1}).`,
    );
  }
  if (t < t0 || t > t1) {
    return gagal(
      "angka",
      `Tahun ${t} di luar rentang ${t0}-${t1}; target antara hanya diisi di antara kedua tahun itu.`,
      `Year ${t} is outside ${t0}-${t1}; an intermediate target lies between those years only.`,
    );
  }
  return berhasil(jumlahRapi(awal, ((akhir - awal) * (t - t0)) / (t1 - t0)), "linear");
}
