/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator reads `any` as Excel's any type */
// The IKU.* custom functions. Each is a thin wrapper: ranges are mapped cell by cell onto
// `fungsi` (core/indicators underneath) and errors become CustomFunctions.Error. The JSDoc
// below is the source of functions.json (custom-functions-metadata-plugin), so its Indonesian
// text is what planners see in Excel's formula autocomplete. The plugin appends the
// CustomFunctions.associate calls to this file when it is bundled.
import { ExcelError, ExcelValue } from "./excelValue";
import { fungsi } from "./fungsi";
import { asMatrix, flatten, mapCells } from "./matrix";

type Out = number | string | CustomFunctions.Error;

// Only #VALUE! and #N/A may carry a message in Excel; the others keep their plain code.
const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);

function toExcel(v: ExcelValue): Out {
  if (!(v instanceof ExcelError)) return v;
  const code = v.code as CustomFunctions.ErrorCode;
  return WITH_MESSAGE.has(v.code)
    ? new CustomFunctions.Error(code, v.message)
    : new CustomFunctions.Error(code);
}

const toExcelMatrix = (m: ExcelValue[][]): Out[][] => m.map((row) => row.map(toExcel));

/**
 * Capaian kinerja (%) dari realisasi dan target. Positif: R/T x 100; negatif (makin kecil makin baik): refleksi (2T-R)/T x 100 atau rasio T/R x 100; target rentang "80 - 90" didukung.
 * @customfunction CAPAIAN
 * @helpurl https://localhost:3000/help.html#capaian
 * @param realisasi Realisasi: sel atau rentang.
 * @param target Target: sel atau rentang seukuran realisasi, atau rentang teks "80 - 90".
 * @param [polaritas] "positif" (bawaan) atau "negatif" (makin kecil makin baik).
 * @param [metode] Untuk polaritas negatif: "refleksi" (bawaan) atau "rasio".
 * @returns Capaian dalam persen; kosong bila realisasi belum diisi.
 */
export function capaian(realisasi: any[][], target: any[][], polaritas?: string, metode?: string): any[][] {
  return toExcelMatrix(mapCells([realisasi, target], (r, t) => fungsi.CAPAIAN(r, t, polaritas, metode)));
}

/**
 * Persentase penurunan: (nilai tahun lalu - nilai tahun ini) / nilai tahun lalu x 100.
 * @customfunction PENURUNAN
 * @helpurl https://localhost:3000/help.html#penurunan
 * @param sebelum Nilai tahun sebelumnya (n-1).
 * @param sesudah Nilai tahun berjalan (n).
 * @returns Penurunan dalam persen; negatif bila nilainya naik.
 */
export function penurunan(sebelum: any[][], sesudah: any[][]): any[][] {
  return toExcelMatrix(mapCells([sebelum, sesudah], (a, b) => fungsi.PENURUNAN(a, b)));
}

/**
 * Pertumbuhan: (nilai tahun ini - nilai tahun lalu) / nilai tahun lalu x 100.
 * @customfunction PERTUMBUHAN
 * @helpurl https://localhost:3000/help.html#pertumbuhan
 * @param sebelum Nilai tahun sebelumnya (n-1).
 * @param sesudah Nilai tahun berjalan (n).
 * @returns Pertumbuhan dalam persen.
 */
export function pertumbuhan(sebelum: any[][], sesudah: any[][]): any[][] {
  return toExcelMatrix(mapCells([sebelum, sesudah], (a, b) => fungsi.PERTUMBUHAN(a, b)));
}

/**
 * Rata-rata pertumbuhan deret nilai tahunan: rata-rata hitung pertumbuhan per tahun (bawaan) atau geometrik (CAGR).
 * @customfunction RATAPERTUMBUHAN
 * @helpurl https://localhost:3000/help.html#ratapertumbuhan
 * @param rentang Nilai tahunan berurutan (satu baris atau satu kolom).
 * @param [metode] "aritmetika" (bawaan) atau "geometrik".
 * @returns Rata-rata pertumbuhan dalam persen.
 */
export function ratapertumbuhan(rentang: any[][], metode?: string): any {
  return toExcel(fungsi.RATAPERTUMBUHAN(flatten(rentang), metode));
}

/**
 * Kondisi akhir periode dari target tahunan: nilai tahun terakhir (bawaan, untuk persentase, indeks, stok), jumlah (arus, uang) atau rata-rata.
 * @customfunction KONDISIAKHIR
 * @helpurl https://localhost:3000/help.html#kondisiakhir
 * @param rentang Nilai tahunan berurutan (satu baris atau satu kolom).
 * @param [jenis] "akhir" (bawaan), "jumlah" atau "rata-rata".
 * @returns Kondisi akhir.
 */
export function kondisiakhir(rentang: any[][], jenis?: string): any {
  return toExcel(fungsi.KONDISIAKHIR(flatten(rentang), jenis));
}

/**
 * Serapan anggaran: realisasi anggaran / pagu x 100.
 * @customfunction SERAPAN
 * @helpurl https://localhost:3000/help.html#serapan
 * @param realisasi Realisasi anggaran (Rp): sel atau rentang.
 * @param pagu Pagu anggaran (Rp): sel atau rentang seukuran.
 * @returns Serapan dalam persen.
 */
export function serapan(realisasi: any[][], pagu: any[][]): any[][] {
  return toExcelMatrix(mapCells([realisasi, pagu], (r, p) => fungsi.SERAPAN(r, p)));
}

/**
 * Efisiensi: capaian kinerja dibanding serapan anggaran, dengan metode yang disebut: selisih (capaian - serapan, poin; bawaan) atau rasio (capaian / serapan x 100).
 * @customfunction EFISIENSI
 * @helpurl https://localhost:3000/help.html#efisiensi
 * @param capaian Capaian kinerja (%).
 * @param serapan Serapan anggaran (%).
 * @param [metode] "selisih" (bawaan) atau "rasio".
 * @returns Nilai efisiensi menurut metode.
 */
export function efisiensi(capaian: any[][], serapan: any[][], metode?: string): any[][] {
  return toExcelMatrix(mapCells([capaian, serapan], (c, s) => fungsi.EFISIENSI(c, s, metode)));
}

/**
 * Predikat capaian menurut skala: permendagri86 (bawaan: Sangat Tinggi > 90, Tinggi > 75, Sedang > 65, Rendah > 50, Sangat Rendah), lkjip, berhasil, atau tabel dua kolom (batas bawah, label).
 * @customfunction PREDIKAT
 * @helpurl https://localhost:3000/help.html#predikat
 * @param capaian Capaian (%): sel atau rentang.
 * @param [skala] Nama skala atau rentang dua kolom: batas (lebih dari) dan label.
 * @returns Predikat.
 */
export function predikat(capaian: any[][], skala?: any[][]): any[][] {
  const s = skala === undefined || skala === null ? undefined : asMatrix(skala);
  const arg = s && s.length === 1 && s[0].length === 1 ? s[0][0] : s;
  return toExcelMatrix(mapCells([capaian], (c) => fungsi.PREDIKAT(c, arg)));
}

/**
 * Huruf nilai SAKIP (PermenPANRB 88/2021): AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D.
 * @customfunction NILAISAKIP
 * @helpurl https://localhost:3000/help.html#nilaisakip
 * @param nilai Nilai 0-100, atau teks seperti "A (84,35)".
 * @returns Huruf nilai SAKIP.
 */
export function nilaisakip(nilai: any[][]): any[][] {
  return toExcelMatrix(mapCells([nilai], (n) => fungsi.NILAISAKIP(n)));
}

/**
 * Target antara (linear) untuk satu tahun di antara kondisi awal dan kondisi akhir.
 * @customfunction TARGETANTARA
 * @helpurl https://localhost:3000/help.html#targetantara
 * @param kondisiAwal Kondisi awal.
 * @param kondisiAkhir Kondisi akhir (target tahun terakhir).
 * @param tahunAwal Tahun kondisi awal.
 * @param tahunAkhir Tahun kondisi akhir.
 * @param tahun Tahun yang dicari: sel atau rentang tahun.
 * @returns Target tahun itu.
 */
export function targetantara(
  kondisiAwal: any,
  kondisiAkhir: any,
  tahunAwal: any,
  tahunAkhir: any,
  tahun: any[][],
): any[][] {
  return toExcelMatrix(
    mapCells([tahun], (y) => fungsi.TARGETANTARA(kondisiAwal, kondisiAkhir, tahunAwal, tahunAkhir, y)),
  );
}

/**
 * Angka dari teks berformat Indonesia: "11.653" = 11653, "6,12" = 6,12, "12,5%" = 12,5, "A (84,35)" = 84,35.
 * @customfunction ANGKA
 * @helpurl https://localhost:3000/help.html#angka
 * @param teks Teks atau angka: sel atau rentang.
 * @returns Angkanya; #N/A untuk "-" atau "NA".
 */
export function angka(teks: any[][]): any[][] {
  return toExcelMatrix(mapCells([teks], (t) => fungsi.ANGKA(t)));
}
