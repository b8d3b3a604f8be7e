// The sector's calculations: pure functions over plain cell values, one module each.
export type { Pesan, ExcelErrorKind, Hasil, Gagal } from "./hasil";
export { berhasil, gagal, isGagal, KOSONG } from "./hasil";
export { capaian } from "./capaian";
export type { CapaianOpsi } from "./capaian";
export { parsePolaritas, parseMetode, glosaSaja, GLOSA_NEGATIF, GLOSA_POSITIF } from "./polaritas";
export type { Polaritas, MetodeNegatif } from "./polaritas";
export { penurunan } from "./penurunan";
export { pertumbuhan } from "./pertumbuhan";
export { rataPertumbuhan } from "./rataPertumbuhan";
export type { MetodeRataPertumbuhan } from "./rataPertumbuhan";
export { kondisiAkhir } from "./kondisiAkhir";
export type { JenisKondisiAkhir } from "./kondisiAkhir";
export { serapan } from "./serapan";
export { efisiensi, kategoriEfisiensi } from "./efisiensi";
export type { MetodeEfisiensi, KategoriEfisiensi } from "./efisiensi";
export { predikat } from "./predikat";
export {
  SKALA_IKM,
  SKALA_IKM_KINERJA,
  SKALA_PREDIKAT,
  labelPredikat,
  labelSkala,
  parseSkala,
} from "./skalaPredikat";
export type { SkalaPredikat, BatasPredikat, NamaSkala } from "./skalaPredikat";
export { nilaiSakip, cekNilaiSakip, hurufSakip, SKALA_SAKIP } from "./nilaiSakip";
export { targetAntara } from "./targetAntara";
export { angka } from "./angka";
export { persentase } from "./persentase";
