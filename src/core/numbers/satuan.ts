// The units planners write beside a number, lower case as norm() gives them, grouped by what they
// say of it. One lexicon for three readers: konsolidasi (does a year's K add up?), detectTables
// (is a realisation beside a budget money or things?) and catatan (is a note's bracket a unit?).

const kata = (daftar: string): ReadonlySet<string> => new Set(daftar.split(" "));

/** Counts of things done, served or delivered in a period: the years' values add up. */
const HITUNGAN = kata(
  "orang jiwa unit dokumen laporan paket kunjungan kegiatan kali buah lembaga desa kelurahan kk keluarga rumah sekolah peserta siswa kelompok titik km meter m2 ha set eksemplar berkas sertifikat izin perkara kasus pelayanan layanan sarana bulan bidang",
);

/** Weights and volumes of goods, and heads of livestock: things, never money (a stock may not add). */
const BENDA = kata("ton kg kuintal liter l m3 m³ ekor");

/** Shares, money and durations. */
const LAIN = kata("% persen rp hari");

/** A count whose values over a period add up ("orang", "dokumen", "unit"). */
export function satuanBertambah(unit: string): boolean {
  return HITUNGAN.has(unit);
}

/** A unit of things counted or weighed, not money nor a share ("ton", "paket", "orang"). */
export function satuanBenda(unit: string): boolean {
  return HITUNGAN.has(unit) || BENDA.has(unit);
}

/** Any unit word ("ton", "%", "rp", "hari"): not an acronym or a gloss in brackets ("K4", "AKI"). */
export function kataSatuan(unit: string): boolean {
  return satuanBenda(unit) || LAIN.has(unit);
}
