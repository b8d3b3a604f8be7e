// The pane's words, Bahasa Indonesia first, English available.
export type Bahasa = "id" | "en";

const id = {
  judul: "Cermat IKU",
  ringkas:
    "Periksa tabel Renstra/IKU sebelum dikirim. Temuan ditandai di selnya; perbaikan yang pasti bisa diterapkan dan dibatalkan.",
  lingkup: "Yang diperiksa",
  seluruh: "Seluruh buku kerja",
  aktif: "Lembar aktif",
  periksa: "Periksa",
  batal: "Batal",
  membaca: (d: number, t: number) =>
    `Membaca ${d.toLocaleString("id-ID")} dari ${t.toLocaleString("id-ID")} sel…`,
  ringkasan: (t: number, e: number, w: number, a = 0) =>
    `${t} tabel · ${e} galat · ${w} peringatan${a ? ` · ${a} diterima` : ""}`,
  tidakAdaTabel:
    "Tidak ditemukan tabel Renstra/IKU. Pastikan tabel punya baris judul kolom (No, Indikator, Satuan, Target …) di atas datanya, lalu periksa lagi.",
  bersih: "Tidak ada temuan. Tabel konsisten.",
  tandai: "Tandai",
  hapusTanda: "Hapus tanda",
  perbaikiSemua: (n: number) => `Perbaiki yang pasti (${n})`,
  perbaiki: "Perbaiki",
  batalkan: (n: number) => `Batalkan perbaikan (${n})`,
  catatanUndo: "Perubahan oleh add-in tidak bisa dibatalkan dengan Ctrl+Z; pakai Batalkan perbaikan.",
  sebelumnya: "Sebelumnya",
  berikutnya: "Berikutnya",
  temuan: "Temuan",
  tabel: "Tabel dan kolom",
  peranKolom: "Peran kolom (ubah bila salah; pemeriksaan diulang)",
  seharusnya: "seharusnya",
  tertulis: "tertulis",
  galat: "Galat",
  peringatan: "Peringatan",
  info: "Info",
  lainnya: "di luar tabel",
  mesinGagal:
    "Pemeriksa tidak dapat dimuat (sambungan ke server add-in terputus?). Tutup dan buka lagi panel Cermat IKU, lalu klik Periksa lagi.",
  ditandai: (m: number, n: number) => `${m} sel ditandai${n ? `, ${n} dengan catatan` : ""}.`,
  dihapus: (r: number) => `${r} tanda dihapus. Sel kembali seperti semula.`,
  diperbaiki: (n: number) => `${n} sel diperbaiki. Pemeriksaan diulang.`,
  dibatalkan: (n: number) => `${n} perbaikan dibatalkan; isi sel dipulihkan.`,
  terlewat: "Tidak diperiksa",
  pengaturan: "Pengaturan",
  tutup: "Tutup",
  simpan: "Simpan",
  metodeNegatif: "Capaian indikator negatif (makin kecil makin baik)",
  refleksi: "Refleksi: (2T − R) / T × 100",
  rasio: "Rasio: T / R × 100",
  skala: "Skala predikat",
  toleransi: "Toleransi tambahan (poin persen)",
  bahasa: "Bahasa",
  tersimpan: "Pengaturan disimpan di buku kerja ini.",
  diluarExcel: "Panel ini berjalan di luar Excel. Muat add-in di Excel untuk memeriksa buku kerja.",
  fungsi: "Fungsi IKU.*",
  contoh: "Contoh",
  polaritas: "Polaritas indikator ini",
  otomatis: "Otomatis (kolom polaritas atau tebakan)",
  positif: "Positif: makin tinggi makin baik",
  negatif: "Negatif: makin rendah makin baik",
  siapKirim: "Siap kirim",
  siapKirimKet:
    "Penerima tanpa add-in akan melihat #NAME? pada rumus IKU.*. Ganti rumus itu sebelum mengirim.",
  siapKirimCari: "Cari rumus IKU.*",
  tidakAdaIku: "Tidak ada rumus IKU.* di buku kerja ini. Siap dikirim.",
  rencana: (n: number, r: number, v: number) =>
    `${n} rumus IKU.*: ${r} diganti rumus Excel biasa, ${v} diganti nilainya sekarang.`,
  ditempelJudul: (n: number) =>
    `${n} sel diganti nilainya, bukan rumus, karena tidak ada rumus biasa yang pasti memberi nilai yang sama untuk isi selnya sekarang:`,
  danLainnya: (n: number) => `... dan ${n} sel lainnya.`,
  modeRumus: "Rumus Excel biasa (nilai bila tidak bisa)",
  modeNilai: "Nilai saja",
  ganti: "Ganti",
  diganti: (n: number) => `${n} rumus IKU.* diganti. Batalkan perbaikan mengembalikannya.`,
  terimaAlasan: "Terima dengan alasan",
  alasan: "Alasan (disimpan di buku kerja, terbaca juga oleh cermat periksa)",
  terima: "Terima",
  diterimaJudul: "Diterima (sudah dijelaskan)",
  alasanDiterima: "Alasan",
  tarik: "Tarik penerimaan",
  diterimaPesan: (sel: string) => `Temuan ${sel} diterima; tidak dihitung lagi sampai nilainya berubah.`,
  ditarikPesan: (sel: string) => `Penerimaan ${sel} ditarik; temuannya dihitung lagi.`,
  saring: "Tampilkan tingkat",
  belumDipilih: (n: number, sembunyi: number) =>
    `${n} temuan${sembunyi ? ` (${sembunyi} disembunyikan)` : ""} · pilih satu atau tekan Berikutnya`,
  posisi: (i: number, n: number) => `Temuan ${i} dari ${n}`,
  semuaTersaring: "Semua temuan disembunyikan. Nyalakan Galat, Peringatan atau Info di atas.",
};

export type Teks = typeof id;

const en: Teks = {
  judul: "Cermat IKU",
  ringkas:
    "Check Renstra/IKU tables before sending them. Findings are marked on their cells; certain fixes can be applied and undone.",
  lingkup: "What to check",
  seluruh: "Whole workbook",
  aktif: "Active sheet",
  periksa: "Check",
  batal: "Cancel",
  membaca: (d, t) => `Reading ${d.toLocaleString("en-US")} of ${t.toLocaleString("en-US")} cells…`,
  ringkasan: (t, e, w, a = 0) =>
    `${t} table(s) · ${e} error(s) · ${w} warning(s)${a ? ` · ${a} accepted` : ""}`,
  tidakAdaTabel:
    "No Renstra/IKU table found. Make sure each table has a row of column headings (No, Indikator, Satuan, Target …) above its data, then check again.",
  bersih: "No findings. The tables are consistent.",
  tandai: "Mark",
  hapusTanda: "Remove marks",
  perbaikiSemua: (n) => `Apply certain fixes (${n})`,
  perbaiki: "Fix",
  batalkan: (n) => `Undo fixes (${n})`,
  catatanUndo: "Changes made by the add-in cannot be undone with Ctrl+Z; use Undo fixes.",
  sebelumnya: "Previous",
  berikutnya: "Next",
  temuan: "Findings",
  tabel: "Tables and columns",
  peranKolom: "Column roles (change a wrong one; the check runs again)",
  seharusnya: "expected",
  tertulis: "found",
  galat: "Error",
  peringatan: "Warning",
  info: "Info",
  lainnya: "outside tables",
  mesinGagal:
    "The checker could not be loaded (lost the connection to the add-in's server?). Close and reopen the Cermat IKU pane, then click Check again.",
  ditandai: (m, n) => `${m} cell(s) marked${n ? `, ${n} with a note` : ""}.`,
  dihapus: (r) => `${r} mark(s) removed. Cells are as they were.`,
  diperbaiki: (n) => `${n} cell(s) fixed. The check ran again.`,
  dibatalkan: (n) => `${n} fix(es) undone; the cells are restored.`,
  terlewat: "Not checked",
  pengaturan: "Settings",
  tutup: "Close",
  simpan: "Save",
  metodeNegatif: "Achievement of negative indicators (lower is better)",
  refleksi: "Reflection: (2T − R) / T × 100",
  rasio: "Ratio: T / R × 100",
  skala: "Achievement scale",
  toleransi: "Extra tolerance (percentage points)",
  bahasa: "Language",
  tersimpan: "Settings saved in this workbook.",
  diluarExcel: "This pane runs outside Excel. Load the add-in in Excel to check a workbook.",
  fungsi: "IKU.* functions",
  contoh: "Example",
  polaritas: "This indicator's polarity",
  otomatis: "Automatic (polarity column or guess)",
  positif: "Positive: higher is better",
  negatif: "Negative: lower is better",
  siapKirim: "Ready to send",
  siapKirimKet: "A recipient without the add-in sees #NAME? in IKU.* formulas. Replace them before sending.",
  siapKirimCari: "Find IKU.* formulas",
  tidakAdaIku: "No IKU.* formula in this workbook. Ready to send.",
  rencana: (n, r, v) =>
    `${n} IKU.* formula(s): ${r} become plain Excel formulas, ${v} become their current value.`,
  ditempelJudul: (n) =>
    `${n} cell(s) get their value instead of a formula: no plain formula is certain to give the same value for what their cells hold now:`,
  danLainnya: (n) => `... and ${n} more.`,
  modeRumus: "Plain Excel formulas (values where not possible)",
  modeNilai: "Values only",
  ganti: "Replace",
  diganti: (n) => `${n} IKU.* formula(s) replaced. Undo fixes brings them back.`,
  terimaAlasan: "Accept with a reason",
  alasan: "Reason (saved in the workbook, read by cermat periksa too)",
  terima: "Accept",
  diterimaJudul: "Accepted (explained)",
  alasanDiterima: "Reason",
  tarik: "Withdraw acceptance",
  diterimaPesan: (sel) => `Finding ${sel} accepted; it is not counted again until its value changes.`,
  ditarikPesan: (sel) => `Acceptance of ${sel} withdrawn; the finding counts again.`,
  saring: "Show severity",
  belumDipilih: (n, sembunyi) =>
    `${n} finding(s)${sembunyi ? ` (${sembunyi} hidden)` : ""} · pick one or press Next`,
  posisi: (i, n) => `Finding ${i} of ${n}`,
  semuaTersaring: "Every finding is hidden. Turn on Error, Warning or Info above.",
};

export const TEKS: Record<Bahasa, Teks> = { id, en };

/** A severity's name in the pane: Galat, Peringatan, Info. */
export const namaTingkat = (t: Teks, severity: "error" | "warning" | "info"): string =>
  severity === "error" ? t.galat : severity === "warning" ? t.peringatan : t.info;

export function angka(v: number | string | undefined, bahasa: Bahasa): string {
  if (v === undefined) return "";
  return typeof v === "number"
    ? v.toLocaleString(bahasa === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 2 })
    : v;
}
