// The words of "Bandingkan dengan berkas..." and the nomenclature list, Bahasa Indonesia first.
import type { Dokumen, JenisDokumen } from "../../core/lintas";

const id = {
  bandingkanJudul: "Bandingkan dengan dokumen lain",
  bandingkanKet:
    "Pilih .xlsx dokumen lain kantor Anda (Renstra, Renja, PK, LKjIP, keputusan IKU, formulir evaluasi): target, satuan dan pagu yang harus selaras dibandingkan dengan buku kerja ini. Berkas dibaca di komputer ini saja, tidak diunggah.",
  bandingkan: "Bandingkan dengan berkas...",
  membacaBerkas: (nama: string) => `Membaca ${nama}…`,
  dibacaSebagai: "dibaca sebagai",
  bukuIni: "Buku kerja ini",
  berkasItu: "Berkas",
  tabelIndikator: (t: number, i: number) => `${t} tabel, ${i} indikator`,
  jenisTakDikenal: (file: string) =>
    `Jenis dokumen ${file} tidak dikenali dari nama berkas, judul tabel dan nama lembarnya, jadi tidak dibandingkan. Pilih jenisnya di bawah, atau beri nama berkas yang menyebutnya (mis. "PK 2025 Dinsos.xlsx", "Renstra 2025-2029.xlsx").`,
  pilihJenis: (file: string) => `Jenis dokumen ${file}`,
  hasil: (e: number, w: number, i: number) => `${e} galat · ${w} peringatan · ${i} info`,
  selaras: "Tidak ada perbedaan: indikator yang sama bernilai sama di kedua dokumen.",
  diBukuIni: "di buku kerja ini",
  dibandingkanDengan: "dibandingkan dengan",
  temuanBanding: "Temuan lintas dokumen",
  nomenklaturJudul: "Daftar nomenklatur",
  nomenklaturKet:
    "Kode program, kegiatan dan sub kegiatan dicocokkan dengan daftar ini (ekspor SIPD atau lampiran Kepmendagri 050-5889/2021 dan pemutakhirannya, .xlsx atau .csv). Daftar disimpan di peramban Excel komputer ini (IndexedDB), bukan di buku kerja, dan dipakai untuk setiap buku kerja.",
  nomenklaturAda: (sumber: string, n: number, tanggal: string) =>
    `${sumber}: ${n.toLocaleString("id-ID")} kode, dimuat ${tanggal}.`,
  nomenklaturKosong: "Belum ada daftar: kode hanya diperiksa bentuk dan urutannya.",
  muatDaftar: "Muat daftar nomenklatur...",
  hapusDaftar: "Hapus daftar",
  daftarDimuat: (sumber: string, n: number) =>
    `Daftar ${sumber} (${n.toLocaleString("id-ID")} kode) disimpan di komputer ini. Pemeriksaan memakainya.`,
  daftarDihapus: "Daftar nomenklatur dihapus dari komputer ini.",
  daftarSesiIni: (sumber: string, n: number) =>
    `Daftar ${sumber} (${n.toLocaleString("id-ID")} kode) dipakai sampai panel ditutup: penyimpanan peramban (IndexedDB) tidak tersedia atau penuh, jadi daftar tidak dapat disimpan di komputer ini.`,
};

type Teks = typeof id;

const en: Teks = {
  bandingkanJudul: "Compare with another document",
  bandingkanKet:
    "Pick the .xlsx of another document of your office (Renstra, Renja, PK, LKjIP, IKU decree, evaluation form): the targets, units and budgets that must agree are compared with this workbook. The file is read on this computer only, never uploaded.",
  bandingkan: "Compare with file...",
  membacaBerkas: (nama) => `Reading ${nama}…`,
  dibacaSebagai: "read as",
  bukuIni: "This workbook",
  berkasItu: "File",
  tabelIndikator: (t, i) => `${t} table(s), ${i} indicator(s)`,
  jenisTakDikenal: (file) =>
    `The document kind of ${file} was not recognised from its file name, table titles and sheet names, so it is not compared. Choose its kind below, or give the file a name that says it (e.g. "PK 2025 Dinsos.xlsx", "Renstra 2025-2029.xlsx").`,
  pilihJenis: (file) => `Document kind of ${file}`,
  hasil: (e, w, i) => `${e} error(s) · ${w} warning(s) · ${i} info`,
  selaras: "No differences: the same indicators have the same values in both documents.",
  diBukuIni: "in this workbook",
  dibandingkanDengan: "compared with",
  temuanBanding: "Cross-document findings",
  nomenklaturJudul: "Nomenclature list",
  nomenklaturKet:
    "Programme, activity and sub-activity codes are checked against this list (the SIPD export or the annex of Kepmendagri 050-5889/2021 and its updates, .xlsx or .csv). The list is kept in this computer's Excel browser storage (IndexedDB), not in the workbook, and used for every workbook.",
  nomenklaturAda: (sumber, n, tanggal) => `${sumber}: ${n.toLocaleString("en-US")} codes, loaded ${tanggal}.`,
  nomenklaturKosong: "No list yet: codes are only checked for their shape and nesting.",
  muatDaftar: "Load nomenclature list...",
  hapusDaftar: "Remove list",
  daftarDimuat: (sumber, n) =>
    `List ${sumber} (${n.toLocaleString("en-US")} codes) kept on this computer. The check uses it.`,
  daftarDihapus: "Nomenclature list removed from this computer.",
  daftarSesiIni: (sumber, n) =>
    `List ${sumber} (${n.toLocaleString("en-US")} codes) is used until the pane is closed: the browser's storage (IndexedDB) is unavailable or full, so it cannot be kept on this computer.`,
};

export const TEKS_BERKAS = { id, en };

export const JENIS: JenisDokumen[] = ["renstra", "iku", "renja", "pk", "lkjip", "evaluasi", "lainnya"];

const NAMA_JENIS: Record<"id" | "en", Record<JenisDokumen, string>> = {
  id: {
    renstra: "Renstra",
    iku: "Keputusan IKU",
    renja: "Renja",
    pk: "Perjanjian Kinerja",
    lkjip: "LKjIP",
    evaluasi: "Formulir evaluasi",
    lainnya: "tidak dikenali",
  },
  en: {
    renstra: "Renstra (strategic plan)",
    iku: "IKU decree",
    renja: "Renja (work plan)",
    pk: "Perjanjian Kinerja (performance agreement)",
    lkjip: "LKjIP (performance report)",
    evaluasi: "Evaluation form",
    lainnya: "not recognised",
  },
};

export const namaJenis = (j: JenisDokumen, lang: "id" | "en"): string => NAMA_JENIS[lang][j];

/** "Perjanjian Kinerja 2025"; the words that decided are `d.alasan`. */
export function uraiDokumen(d: Dokumen, lang: "id" | "en"): string {
  const waktu = d.tahun !== undefined ? ` ${d.tahun}` : d.periode ? ` ${d.periode[0]}–${d.periode[1]}` : "";
  return `${namaJenis(d.jenis, lang)}${waktu}`;
}
