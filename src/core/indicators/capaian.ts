/**
 * capaian: achievement (%) of a realisation R against its target T.
 *
 * - Polaritas positif (higher is better): R / T x 100. metode 'positif'.
 * - Polaritas negatif (lower is better), two conventions in real use (docs/domain.md):
 *   - refleksi (default): (2T - R) / T x 100 = (1 + (1 - R/T)) x 100, the wording of the LAN /
 *     KemenPAN guidance and PermenPANRB 8/2021 ("kondisi khusus"). metode 'negatif-refleksi'.
 *     It goes below zero when R > 2T; that value is kept.
 *   - rasio: T / R x 100. metode 'negatif-rasio'.
 * - Stable indicators, target written as a range ("80 - 90", "80 s.d. 90", "80 s/d 90"),
 *   PermenPANRB 8/2021: R inside the range -> 100, metode 'rentang'; above it the upper bound is the
 *   target, below it the lower bound, with the polarity's formula: metode 'rentang-positif',
 *   'rentang-negatif-refleksi' or 'rentang-negatif-rasio'. (For a negatif indicator, above the
 *   range is bad and gives less than 100.)
 * - Zero (Permendagri 86/2017 tables, docs/domain.md): positif with T = 0 cannot be computed ('bagi-nol');
 *   negatif with T = 0 and R = 0 is achieved (100); refleksi with T = 0 and R != 0 'bagi-nol';
 *   rasio with R = 0 'bagi-nol', with R < 0 'angka'.
 * - Blank R -> 'kosong' (not reported yet, not 0 %). Blank T with R present, "-" or "NA" in either
 *   -> 'tidak-tersedia'. Negative T -> 'nilai'. Negative R is allowed: "Persentase penurunan PMKS"
 *   is negative when PMKS rose.
 * - The raw capaian is never capped (capping to 100 % or 120 % is a display choice).
 *
 * Examples, Kota Blitar Renstra Tabel 2.3.1: Indeks Gini (negatif, refleksi) T 0,36 R 0,39 -> 91,67,
 * R 0,35 -> 102,78, R 0,33 -> 108,33; Persentase PMKS memperoleh rehabilitasi sosial T 82
 * R 91,35 -> 111,40; Persentase penurunan PMKS (positif) T 1 R 5,89 -> 589,00.
 */
import { formatAngka, parseRentang } from "../numbers";
import type { Rentang } from "../numbers";
import { bacaArgumen, isBacaanGagal, negatif } from "./argumen";
import { berhasil, gagal } from "./hasil";
import type { Hasil } from "./hasil";
import { parseMetode, parsePolaritas } from "./polaritas";
import type { MetodeNegatif, Polaritas } from "./polaritas";

export interface CapaianOpsi {
  polaritas?: Polaritas;
  metode?: MetodeNegatif;
}

const REALISASI = { id: "realisasi", en: "realisation" };
const TARGET = { id: "target", en: "target" };
const TARGET_TIDAK_NEGATIF = {
  id: "target capaian tidak boleh negatif",
  en: "an achievement target cannot be negative",
};

export function capaian(realisasi: unknown, target: unknown, opsi: CapaianOpsi = {}): Hasil {
  const p = parsePolaritas(opsi.polaritas);
  if (p && !p.ok) return p;
  const m = parseMetode(opsi.metode);
  if (m && !m.ok) return m;
  const polaritas: Polaritas = p?.ok ? p.value : "positif";
  const metode: MetodeNegatif = m?.ok ? m.value : "refleksi";

  const rentang = parseRentang(target);
  if (rentang) return capaianRentang(realisasi, rentang, polaritas, metode);

  const args = bacaArgumen([
    { nilai: realisasi, nama: REALISASI, jikaKosong: "kosong" },
    { nilai: target, nama: TARGET, jikaKosong: "tidak-tersedia" },
  ]);
  if (isBacaanGagal(args)) return args;
  const [r, t] = args as [number, number];
  if (t < 0) return negatif(t, TARGET, TARGET_TIDAK_NEGATIF);
  return hitung(r, t, polaritas, metode);
}

function capaianRentang(
  realisasi: unknown,
  rentang: Rentang,
  polaritas: Polaritas,
  metode: MetodeNegatif,
): Hasil {
  const { bawah, atas } = rentang;
  if (bawah < 0)
    return negatif(bawah, { id: "batas bawah target", en: "the target's lower bound" }, TARGET_TIDAK_NEGATIF);
  if (bawah > atas) {
    return gagal(
      "nilai",
      `Rentang target terbalik (${formatAngka(bawah)} - ${formatAngka(atas)}). Tulis dari batas bawah ke batas atas, misalnya ${formatAngka(atas)} - ${formatAngka(bawah)}.`,
      `The target range is reversed (${formatAngka(bawah)} - ${formatAngka(atas)}). Write the lower bound first, e.g. ${formatAngka(atas)} - ${formatAngka(bawah)}.`,
    );
  }
  const args = bacaArgumen([{ nilai: realisasi, nama: REALISASI, jikaKosong: "kosong" }]);
  if (isBacaanGagal(args)) return args;
  const [r] = args as [number];
  if (r >= bawah && r <= atas) return berhasil(100, "rentang");
  const h = hitung(r, r > atas ? atas : bawah, polaritas, metode);
  return h.ok ? berhasil(h.value, `rentang-${h.metode ?? polaritas}`) : h;
}

function hitung(r: number, t: number, polaritas: Polaritas, metode: MetodeNegatif): Hasil {
  if (polaritas === "positif") {
    if (t === 0) {
      return gagal(
        "bagi-nol",
        "Target 0 pada indikator positif: capaian (R / T x 100) tidak dapat dihitung. Periksa targetnya, atau tandai indikator ini dan laporkan realisasinya saja.",
        "Target is 0 on a positive indicator: the achievement (R / T x 100) cannot be computed. Check the target, or flag the indicator and report its realisation only.",
      );
    }
    return berhasil((r / t) * 100, "positif");
  }
  const nama = `negatif-${metode}`;
  if (t === 0 && r === 0) return berhasil(100, nama);
  if (metode === "refleksi") {
    if (t === 0) {
      return gagal(
        "bagi-nol",
        `Target 0 dengan realisasi ${formatAngka(r)} pada indikator negatif: (2T - R) / T tidak dapat dihitung. Periksa targetnya, atau pakai metode rasio.`,
        `Target 0 with realisation ${formatAngka(r)} on a negative indicator: (2T - R) / T cannot be computed. Check the target, or use the rasio method.`,
      );
    }
    return berhasil(((2 * t - r) / t) * 100, nama);
  }
  if (r === 0) {
    return gagal(
      "bagi-nol",
      "Realisasi 0 dengan metode rasio: T / R tidak dapat dihitung. Pakai metode refleksi untuk indikator ini.",
      "Realisation 0 with the rasio method: T / R cannot be computed. Use the refleksi method for this indicator.",
    );
  }
  if (r < 0) {
    return gagal(
      "angka",
      `Realisasi negatif (${formatAngka(r)}) tidak bermakna dengan metode rasio (T / R). Periksa realisasinya atau pakai metode refleksi.`,
      `A negative realisation (${formatAngka(r)}) is meaningless with the rasio method (T / R). Check the realisation or use the refleksi method.`,
    );
  }
  return berhasil((t / r) * 100, nama);
}
