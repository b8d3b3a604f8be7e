// How an indicator's values combine over quarters or years (docs/desain.md, "Konsolidasi"):
// sums hold for flows (jumlah orang dilayani, dokumen, paket) and money; for rates, percentages,
// indices and stocks a later value is a level, not an addition. Read from the unit and the name;
// when they do not tell, the answer is "unknown" and only money is checked.
import { norm } from "../detect/text";
import { satuanBertambah } from "../numbers/satuan";
import { MemoTeks } from "./memo";

type Jenis = "akhir" | "akhir-atau-jumlah";

const SATUAN_AKHIR =
  /%|persen|indeks|index|rasio|nilai|skor|poin|predikat|opini|kategori|level|tahun|per ?1\.?000|per ?mil|‰|\//;
const NAMA_AKHIR =
  /^(persentase|proporsi|rasio|indeks|angka|tingkat|rata|nilai|skor|cakupan|prevalensi|opini|predikat|laju|level)\b|\b(rate|ratio|index)\b/;
const PERUBAHAN = /\b(penurunan|kenaikan|pertumbuhan|peningkatan|perubahan|laju|pengurangan)\b/;

/**
 * A unit of two counted things, "unit/bidang" (assets, some counted by the piece and land by the
 * parcel, forms-blind190): one or the other, no rate of one per the other; read as the first.
 */
function satuanPilihan(unit: string): string {
  const m = /^([a-z0-9]+) ?\/ ?([a-z0-9]+)\.?$/.exec(unit);
  // ("desa/kel": villages and urban wards counted together, forms-blind233)
  const kedua = m && m[2] === "kel" ? "kelurahan" : m?.[2];
  return m && kedua && satuanBertambah(m[1]) && satuanBertambah(kedua) ? m[1] : unit;
}

/** Which consolidations a row's K allows, from its unit and name. */
export function jenisKondisiAkhir(satuan: string, indikator: string): Jenis {
  const s = satuanPilihan(norm(satuan));
  const n = norm(indikator).replace(/^\d+[.)]?\s*/, "");
  // "unit/tahun", "orang/tahun": what each year delivers, a flow whose end may be the last year
  // or the sum, as the table says (forms-blind46's RTLH ditangani)
  if (/^[a-z ]+ ?\/ ?tahun$/.test(s) && !/%|persen|indeks|rasio/.test(s)) return "akhir-atau-jumlah";
  // "Nilai realisasi investasi" in Rp: what a year brought in, not a score
  // ("Fatalitas kecelakaan lalu lintas per 100.000 penduduk" in jiwa: a rate, forms-blind34)
  // (a count's bracketed list of subjects is no rate of its own: "Jumlah laporan analisis indikator
  // makro (PE, PDRB per kapita, IPM, ...)" counts reports, forms-blind317)
  const arus = NAMA_ARUS.test(n);
  const rate =
    SATUAN_AKHIR.test(s) ||
    (NAMA_AKHIR.test(n) && !arus) ||
    /\bper (1\.?000|10\.?000|100\.?000|100|kapita|penduduk|kk|rumah tangga)\b/.test(
      arus ? n.replace(/\([^)]*\)/g, " ") : n,
    );
  if (!rate) return "akhir-atau-jumlah";
  return PERUBAHAN.test(n) ? "akhir-atau-jumlah" : "akhir";
}

// what a period produced, earned or received: a flow whatever its unit (ton, liter, Rp)
const NAMA_ARUS =
  /^(jumlah|banyaknya|total|produksi|volume produksi|hasil produksi|penerimaan|pendapatan|realisasi investasi|nilai (?:realisasi )?(?:investasi|transaksi|ekspor|impor|penjualan|produksi|perdagangan))\b/;

/** A name and the unit written in brackets at its end: "Jumlah unit alat kesehatan (unit)". */
export function pisahSatuan(nama: string): { nama: string; satuan: string } {
  const m = /^(.*?)\s*\(([^()]{1,30})\)\s*$/.exec(nama);
  // ("Sewa tanah makam (3 tahun pertama)": a span the name covers, no unit, forms-blind176)
  if (!m || /^\d+\s+(tahun|bulan|minggu|hari)\b/i.test(m[2].trim())) return { nama, satuan: "" };
  return { nama: m[1], satuan: m[2] };
}

/**
 * A name that says what there is, not what a period did: "yang terlayani", "dalam kondisi baik",
 * "berstatus tertinggal", "(kumulatif)", "yang dikelola sesuai standar" (or "sesuai SPM",
 * forms-blind113), "kapasitas terpasang", "KUPS HHBK aktif (akhir triwulan)" (forms-blind102), "TPS3R
 * yang beroperasi" (forms-blind131).
 */
export function stok(nama: string): boolean {
  // ("Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar", an SPM count, "Jumlah
  // puskesmas yang memperoleh alat kesehatan sesuai standar": the standard is what was received,
  // each receiving it in the period, forms-blind112)
  const n = norm(nama).replace(
    /\b((men|di)?dapat(kan)?|memperoleh|menerima)\b.*?\bsesuai (standar|spm)\b/,
    "menerima",
  );
  // ("Jumlah pasar yang dipantau harga mingguan", "titik sampel air yang dipantau": what is under
  // watch, a coverage that stands from year to year, forms-blind346)
  return /\b(terlayani|terdampak|tersedia|terdaftar|terakreditasi|dalam kondisi|memiliki|berstatus|kumulatif|akumulasi|kapasitas|sesuai (standar|spm)|aktif|beroperasi|berfungsi|dipantau|akhir (triwulan|semester|tahun|bulan))\b/.test(
    n,
  );
}

/**
 * Do the indicator's values add up over quarters or years? "ya" for flows, "tidak" for levels,
 * "tidak-tahu" when neither the unit nor the name says.
 */
const ADITIF = new MemoTeks<"ya" | "tidak" | "tidak-tahu">();

export function aditif(satuan: string, nama: string): "ya" | "tidak" | "tidak-tahu" {
  // rules ask per row and the same indicator repeats: each wording is read once
  const key = `${satuan}\u0001${nama}`;
  return ADITIF.ambil(key, () => bacaAditif(satuan, nama));
}

function bacaAditif(satuan: string, nama: string): "ya" | "tidak" | "tidak-tahu" {
  const unit = satuanPilihan(norm(satuan || pisahSatuan(nama).satuan).replace(/[.\s]+$/, ""));
  const n = norm(nama);
  if (jenisKondisiAkhir(unit, nama) === "akhir") return "tidak";
  if (stok(nama)) return "tidak";
  // a duration ("Waktu tanggap ... (menit)", "Rata-rata lama pelayanan"): a level, not a sum
  if (/^(rata-rata |lama )?waktu\b|\bresponse time\b/.test(n)) return "tidak";
  if (/%|persen|indeks|rasio|nilai|skor|predikat/.test(unit)) return "tidak";
  if (satuanBertambah(unit) || (NAMA_ARUS.test(n) && !/%|persen/.test(unit))) return "ya";
  return "tidak-tahu";
}

/**
 * Is the row a level by its unit or its name (a rate, a percentage, an index), not only by a word
 * of state? "Jumlah penumpang ... yang terlayani" (orang) is read as a stock by ./stok but a PK
 * sums its quarters (forms-blind27): calling a sum wrong needs this stronger reading.
 */
export function tingkatPasti(satuan: string, nama: string): boolean {
  const unit = norm(satuan || pisahSatuan(nama).satuan).replace(/[.\s]+$/, "");
  return jenisKondisiAkhir(unit, nama) === "akhir";
}
