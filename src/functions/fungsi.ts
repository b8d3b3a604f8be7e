// The worksheet functions by their Excel names, on plain values (number, Indonesian number
// text, null or "" for a blank cell). The Excel custom functions map ranges onto these; Node
// callers use them directly: fungsi.CAPAIAN(91.35, 82) -> 111.40...
import {
  angka,
  capaian,
  efisiensi,
  kondisiAkhir,
  nilaiSakip,
  parseMetode,
  parsePolaritas,
  parseSkala,
  penurunan,
  pertumbuhan,
  predikat,
  rataPertumbuhan,
  serapan,
  targetAntara,
} from "../core/indicators";
import type { Hasil, JenisKondisiAkhir, MetodeEfisiensi, MetodeRataPertumbuhan } from "../core/indicators";
import { ExcelError, ExcelValue, fromHasil } from "./excelValue";

type Option<T> = { ok: true; value: T | undefined } | { ok: false; error: ExcelError };

const isBlank = (x: unknown): boolean =>
  x === null || x === undefined || (typeof x === "string" && !x.trim());

function fromParsed<T>(x: unknown, parse: (x: unknown) => Hasil<T> | undefined): Option<T> {
  if (isBlank(x)) return { ok: true, value: undefined };
  const h = parse(x);
  if (h === undefined) return { ok: true, value: undefined };
  if (h.ok) return { ok: true, value: h.value };
  if (h.error === "kosong") return { ok: true, value: undefined };
  return { ok: false, error: fromHasil(h) as ExcelError };
}

export const fungsi = {
  /** Capaian (%) of a realisation against its target; polaritas positif/negatif, metode refleksi/rasio. */
  CAPAIAN(realisasi: unknown, target: unknown, polaritas?: unknown, metode?: unknown): ExcelValue {
    const p = fromParsed(polaritas, parsePolaritas);
    if (!p.ok) return p.error;
    const m = fromParsed(metode, parseMetode);
    if (!m.ok) return m.error;
    return fromHasil(capaian(realisasi, target, { polaritas: p.value, metode: m.value }));
  },
  /** Persentase penurunan from the previous to the current value. */
  PENURUNAN(sebelum: unknown, sesudah: unknown): ExcelValue {
    return fromHasil(penurunan(sebelum, sesudah));
  },
  /** Pertumbuhan (%) from the previous to the current value. */
  PERTUMBUHAN(sebelum: unknown, sesudah: unknown): ExcelValue {
    return fromHasil(pertumbuhan(sebelum, sesudah));
  },
  /** Rata-rata pertumbuhan of a run of yearly values: aritmetika (default) or geometrik. */
  RATAPERTUMBUHAN(nilai: unknown[], metode?: unknown): ExcelValue {
    // core validates the option words (and their aliases) at run time
    return fromHasil(rataPertumbuhan(nilai, metode as MetodeRataPertumbuhan | undefined));
  },
  /** Kondisi akhir of a run of yearly values: akhir (default), jumlah or rata-rata. */
  KONDISIAKHIR(nilai: unknown[], jenis?: unknown): ExcelValue {
    return fromHasil(kondisiAkhir(nilai, jenis as JenisKondisiAkhir | undefined));
  },
  /** Serapan anggaran (%): realisasi anggaran / pagu x 100. */
  SERAPAN(realisasi: unknown, pagu: unknown): ExcelValue {
    return fromHasil(serapan(realisasi, pagu));
  },
  /** Efisiensi of capaian kinerja against serapan anggaran: selisih (default) or rasio. */
  EFISIENSI(capaianKinerja: unknown, serapanAnggaran: unknown, metode?: unknown): ExcelValue {
    return fromHasil(efisiensi(capaianKinerja, serapanAnggaran, metode as MetodeEfisiensi | undefined));
  },
  /** Predikat of a capaian on a named scale (default permendagri86) or a two-column table. */
  PREDIKAT(nilaiCapaian: unknown, skala?: unknown): ExcelValue {
    const s = fromParsed(skala, parseSkala);
    if (!s.ok) return s.error;
    return fromHasil(predikat(nilaiCapaian, s.value));
  },
  /** SAKIP grade (AA..D) of a score, or of a text like "A (84,35)". */
  NILAISAKIP(nilai: unknown): ExcelValue {
    return fromHasil(nilaiSakip(nilai));
  },
  /** Linear intermediate target for a year between a start and an end condition. */
  TARGETANTARA(
    kondisiAwal: unknown,
    kondisiAkhir: unknown,
    tahunAwal: unknown,
    tahunAkhir: unknown,
    tahun: unknown,
  ): ExcelValue {
    return fromHasil(targetAntara(kondisiAwal, kondisiAkhir, tahunAwal, tahunAkhir, tahun));
  },
  /** The number an Indonesian text means ("11.653", "6,12", "A (84,35)"). */
  ANGKA(teks: unknown): ExcelValue {
    return fromHasil(angka(teks));
  },
};

export type NamaFungsi = keyof typeof fungsi;
