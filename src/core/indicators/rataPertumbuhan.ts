/**
 * rataPertumbuhan: average yearly growth (%) of a run of yearly values (a row or a column).
 *
 * - aritmetika (default): the arithmetic mean of the year-on-year growth rates
 *   (X(n) - X(n-1)) / X(n-1) x 100. This is what the "Rata-rata Pertumbuhan" column of the
 *   Permendagri 86/2017 form T-C.24 holds in the seeds: Kota Blitar Renstra Tabel 2.3.2, Belanja
 *   Tidak Langsung anggaran 2017-2021 -> 11,60, realisasi -> 15,70. metode 'aritmetika'.
 * - geometrik: compound annual growth rate, ((last / first)^(1 / (n - 1)) - 1) x 100; only the
 *   first and last values matter. metode 'geometrik'.
 *
 * Blanks and "no data" marks at either end are dropped (years not started or not reported yet).
 * A blank or "-" between two values -> 'tidak-tersedia': a missing year would silently turn two
 * growth steps into one. Fewer than two values -> 'tidak-tersedia'. All blank -> 'kosong'.
 * aritmetika: a 0 that a later value grows from -> 'bagi-nol'; negatives -> 'nilai'.
 * geometrik: any value <= 0 -> 'angka' (no compound rate exists).
 * A 2-D block of several rows and columns -> 'nilai' (the direction of the years is unclear).
 */
import { negatif, tanpaNilai } from "./argumen";
import type { NamaArgumen } from "./argumen";
import { bacaDeret, potongUjung } from "./deret";
import { berhasil, gagal, KOSONG } from "./hasil";
import type { Gagal, Hasil } from "./hasil";
import { pilih } from "./pilihan";
import { basisNol } from "./perubahan";

export type MetodeRataPertumbuhan = "aritmetika" | "geometrik";

const METODE: Record<string, MetodeRataPertumbuhan> = {
  aritmetika: "aritmetika",
  aritmatika: "aritmetika",
  arithmetic: "aritmetika",
  geometrik: "geometrik",
  geometris: "geometrik",
  geometric: "geometrik",
  cagr: "geometrik",
};

const NILAI: NamaArgumen = { id: "nilai", en: "value" };
const ke = (i: number): NamaArgumen => ({ id: `nilai ke-${i + 1}`, en: `value no. ${i + 1}` });

export function rataPertumbuhan(nilai: unknown, metode?: MetodeRataPertumbuhan): Hasil {
  const m = bacaMetode(metode);
  if (typeof m !== "string") return m;

  const deret = bacaDeret(nilai, NILAI);
  if (!Array.isArray(deret)) return deret;
  if (!deret.some((d) => d.kind !== "kosong")) return KOSONG;

  const offset = deret.findIndex((d) => d.kind === "angka");
  const run = potongUjung(deret);
  const values: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const d = run[i];
    if (d?.kind === "kosong") return tengahKosong(offset + i);
    if (d?.kind === "tanpa-nilai") return tanpaNilai(d.text, ke(offset + i));
    if (d?.kind === "angka") values.push(d.value);
  }
  if (values.length < 2) {
    return gagal(
      "tidak-tersedia",
      "Rata-rata pertumbuhan butuh paling sedikit dua nilai tahunan. Pilih sel tahun-tahun yang sudah terisi.",
      "An average growth needs at least two yearly values. Select the cells of the years that are filled in.",
    );
  }
  return m === "geometrik" ? geometrik(values, offset) : aritmetika(values, offset);
}

function aritmetika(values: number[], offset: number): Hasil {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < 0) return negatif(v, ke(offset + i), TIDAK_NEGATIF);
  }
  for (let i = 1; i < values.length; i++) {
    const prev = values[i - 1] as number;
    if (prev === 0) return basisNol(ke(offset + i - 1));
    total += (((values[i] as number) - prev) / prev) * 100;
  }
  return berhasil(total / (values.length - 1), "aritmetika");
}

function geometrik(values: number[], offset: number): Hasil {
  const bad = values.findIndex((v) => v <= 0);
  if (bad >= 0) {
    return gagal(
      "angka",
      `Nilai ke-${offset + bad + 1} tidak positif; pertumbuhan geometrik (CAGR) hanya untuk nilai di atas 0. Pakai metode aritmetika.`,
      `Value no. ${offset + bad + 1} is not positive; a geometric growth rate (CAGR) needs values above 0. Use the aritmetika method.`,
    );
  }
  const first = values[0] as number;
  const last = values[values.length - 1] as number;
  return berhasil((Math.pow(last / first, 1 / (values.length - 1)) - 1) * 100, "geometrik");
}

const TIDAK_NEGATIF = {
  id: "pertumbuhan hanya bermakna untuk jumlah atau nilai yang tidak negatif",
  en: "growth only makes sense for counts or values that are not negative",
};

function tengahKosong(i: number): Gagal {
  return gagal(
    "tidak-tersedia",
    `Nilai ke-${i + 1} kosong di tengah deret; tahun yang hilang mengubah rata-rata. Isi nilainya atau pilih hanya tahun yang lengkap.`,
    `Value no. ${i + 1} is blank in the middle of the run; a missing year changes the average. Fill it in or select only complete years.`,
  );
}

function bacaMetode(x: unknown): MetodeRataPertumbuhan | Gagal {
  const m = pilih(x, METODE);
  if (m === undefined) return "aritmetika";
  if (m !== null) return m;
  return gagal(
    "nilai",
    `Metode rata-rata pertumbuhan "${String(x)}" tidak dikenal. Tulis aritmetika (bawaan) atau geometrik.`,
    `Unknown average growth method "${String(x)}". Use aritmetika (the default) or geometrik.`,
  );
}
