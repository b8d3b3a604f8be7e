/**
 * efisiensi: compares capaian kinerja (%) with serapan anggaran (%). Practices differ (docs/domain.md), so
 * the method is explicit and always returned in `metode`:
 * - selisih (default): capaian - serapan, in percentage points. kategoriEfisiensi reads it with a
 *   band of ±pita points (default 5, as in many LKjIP): above +pita 'efisien' (more performance
 *   than money spent), within ±pita (bounds included) 'wajar', below -pita 'tidak-efisien'.
 *   Two values equal but for float noise (97,29000000000001 and 97,29) give 0, as a spreadsheet
 *   shows their difference (pembulatan.jumlahRapi).
 * - rasio: capaian / serapan x 100 (above 100: more performance per rupiah absorbed).
 * Example: capaian 100 with serapan 97,29 (Kota Blitar Tabel 2.3.2, TOTAL 2017) -> selisih 2,71, wajar.
 * Errors: either input blank -> 'kosong'; "-" or "NA" -> 'tidak-tersedia'; negative serapan ->
 * 'nilai' (a negative capaian is possible with the refleksi convention and is accepted);
 * rasio with serapan 0 -> 'bagi-nol'.
 */
import { bacaArgumen, isBacaanGagal, negatif } from "./argumen";
import { berhasil, gagal } from "./hasil";
import type { Gagal, Hasil } from "./hasil";
import { jumlahRapi, tanpaDerau } from "./pembulatan";
import { pilih } from "./pilihan";

export type MetodeEfisiensi = "selisih" | "rasio";
export type KategoriEfisiensi = "efisien" | "wajar" | "tidak-efisien";

const METODE: Record<string, MetodeEfisiensi> = {
  selisih: "selisih",
  difference: "selisih",
  rasio: "rasio",
  ratio: "rasio",
};

const CAPAIAN = { id: "capaian kinerja", en: "performance achievement" };
const SERAPAN = { id: "serapan anggaran", en: "budget absorption" };

export function efisiensi(
  capaianKinerja: unknown,
  serapanAnggaran: unknown,
  metode?: MetodeEfisiensi,
): Hasil {
  const m = bacaMetode(metode);
  if (typeof m !== "string") return m;
  const args = bacaArgumen([
    { nilai: capaianKinerja, nama: CAPAIAN, jikaKosong: "kosong" },
    { nilai: serapanAnggaran, nama: SERAPAN, jikaKosong: "kosong" },
  ]);
  if (isBacaanGagal(args)) return args;
  const [c, s] = args as [number, number];
  if (s < 0)
    return negatif(s, SERAPAN, { id: "serapan tidak bisa negatif", en: "absorption cannot be negative" });
  if (m === "selisih") return berhasil(jumlahRapi(c, -s), "selisih");
  if (s === 0) {
    return gagal(
      "bagi-nol",
      "Serapan anggaran 0: rasio efisiensi tidak dapat dihitung. Pakai metode selisih.",
      "Budget absorption is 0: the efficiency ratio cannot be computed. Use the selisih method.",
    );
  }
  return berhasil((c / s) * 100, "rasio");
}

/**
 * Category of a selisih (capaian - serapan, in points) with a band of ±pita points.
 * Takes plain numbers (call it on the value of efisiensi); a non-finite selisih or a negative or
 * non-finite pita is a programming error and throws RangeError.
 */
export function kategoriEfisiensi(selisih: number, pita = 5): KategoriEfisiensi {
  if (!Number.isFinite(selisih)) throw new RangeError(`selisih must be a finite number, got ${selisih}`);
  if (!Number.isFinite(pita) || pita < 0)
    throw new RangeError(`pita must be a finite number >= 0, got ${pita}`);
  const d = tanpaDerau(selisih);
  if (d > pita) return "efisien";
  if (d < -pita) return "tidak-efisien";
  return "wajar";
}

function bacaMetode(x: unknown): MetodeEfisiensi | Gagal {
  const m = pilih(x, METODE);
  if (m === undefined) return "selisih";
  if (m !== null) return m;
  return gagal(
    "nilai",
    `Metode efisiensi "${String(x)}" tidak dikenal. Tulis selisih (capaian - serapan, bawaan) atau rasio (capaian / serapan x 100).`,
    `Unknown efficiency method "${String(x)}". Use selisih (achievement - absorption, the default) or rasio (achievement / absorption x 100).`,
  );
}
