/**
 * predikat: the level (predikat / tingkat capaian) of a capaian (%) on a scale.
 * Default scale 'permendagri86' (Permendagri 86/2017: Sangat Tinggi > 90, Tinggi > 75, Sedang > 65,
 * Rendah > 50, Sangat Rendah <= 50); see skalaPredikat.ts for 'lkjip', 'berhasil' and custom scales.
 * `metode` is the scale's name. Examples, Kota Blitar Tabel 2.3.1: Indeks Gini 91,67 -> Sangat
 * Tinggi; Persentase PMKS terlatih 2018 70,32 -> Sedang, 2020 58,06 -> Rendah.
 * Errors: blank capaian -> 'kosong'; "-" or "NA" -> 'tidak-tersedia'; text, booleans -> 'nilai';
 * an unknown scale -> 'nilai' listing the valid names. Negative capaian (refleksi) is lowest band.
 */
import { bacaArgumen, isBacaanGagal } from "./argumen";
import { berhasil } from "./hasil";
import type { Hasil } from "./hasil";
import { labelPredikat, parseSkala, SKALA_PREDIKAT } from "./skalaPredikat";
import type { SkalaPredikat } from "./skalaPredikat";

export function predikat(
  capaian: unknown,
  skala?: string | SkalaPredikat | ReadonlyArray<readonly unknown[]>,
): Hasil<string> {
  const s = parseSkala(skala) ?? berhasil(SKALA_PREDIKAT.permendagri86);
  if (!s.ok) return s;
  const args = bacaArgumen([
    { nilai: capaian, nama: { id: "capaian", en: "achievement" }, jikaKosong: "kosong" },
  ]);
  if (isBacaanGagal(args)) return args;
  return berhasil(labelPredikat(args[0] as number, s.value), s.value.nama);
}
