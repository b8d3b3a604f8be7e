// Column role from the full header path ("Target Kinerja > 2024 > Rp"). The words are the
// ones Indonesian planning tables use (Permendagri 86/2017 forms and what offices make of them);
// the order of the tests matters: "Realisasi Capaian" is a realisation, "Rasio Capaian" an
// achievement, "Target Indikator lainnya" a target, "Indikator Tujuan/Sasaran" an indicator.
import type { Role } from "./types";
import { satuanBenda } from "../numbers/satuan";
import { bulanKe, norm, yearIn } from "./text";
import { fixTypos } from "./typos";

export type RoleGuess = { role: Role; ukuran?: "K" | "Rp"; year?: number; certain: boolean };

// "Sebelum / Sesudah Perubahan" of an APBD-P recap head its amounts
const MONEY =
  /(^|\s|\()(rp\.?|rupiah|pagu|anggaran|dana|pendanaan|biaya|belanja|alokasi|keuangan|(sebelum|sesudah|setelah) perubahan)(\)|\s|$)/;
// "Kin." / "Kin" as offices shorten Kinerja (forms-blind20)
const K_LABEL = /^(k|kinerja|kin\.?|target kinerja|target|fisik|vol(ume)?)$/;
const RP_LABEL =
  /^(rp\.?|\(rp\)|rp \(juta\)|rp\.? ?\(000\)|rupiah|anggaran|pagu|keuangan( \(rp\.?\))?|dana)$/;

type Rule = [RegExp, Role];

const GENERIC_LEAF =
  /^((tahun |th\.? |ta\.? )?(19|20)\d{2}|k|rp\.?|%|\(%\)|\d{1,2}|tahun ke[- ]?\d?|tw\.? ?[1-4iv]+|triwulan [1-4iv]+)$/;

// Checked against the whole path, first match wins.
const NUMERIC_RULES: Rule[] = [
  // "Posisi / Jumlah s.d. TW IV" after the quarters' realisations: the year's own (forms-blind35)
  [
    /^(posisi|jumlah)( ?\/ ?(posisi|jumlah))? (s\.?\s?d\.?|s\/d|sampai dengan) (tw|triwulan) (iv|4)$/,
    "realisasi",
  ],
  // "% Keuangan" beside monthly realisations of the money: the year's absorption (forms-blind34)
  // (and "% Tersalur" of a Dana Desa recap, forms-blind50)
  // (and "% Penggunaan" of a BOS report, the share of the money received that was used, forms-blind51)
  [/^% ?(keuangan|realisasi keuangan|tersalur|terserap|penggunaan|penyerapan)$/, "capaian"],
  // "% thd Sasaran", "% terhadap Pagu": an achievement against what is named (forms-blind32)
  // ("% Cakupan thd Sasaran" of an immunisation recap, forms-blind55)
  // (and any percentage of what was done against it: "Kumulatif thd Target Tahunan (%)", "% s.d.
  // terhadap Pagu", forms-blind248, 245)
  [
    /(^|> )% ?((cakupan|capaian) )?(thd\.?|terhadap|dari) (sasaran|target|pagu|anggaran|dpa|rencana|kuota)\b|(^|> )(?=[^>]*%)[^>]*\b(thd\.?|thdp|terhadap) (sasaran|target|pagu|anggaran|dpa|rencana|kuota)\b/,
    "capaian",
  ],
  // "Batas Maksimal Luas Terbakar (ha)": the ceiling a lower-is-better figure is held under, its
  // target (forms-blind75)
  [/(^|> )(batas (maksimal|maksimum|atas)|ambang batas)\b/, "target"],
  // "Waktu Penyelesaian (hari kerja) > Standar (SLA) | Realisasi Rata-rata | Capaian (%)": the service
  // standard a time is held to is its target (forms-blind85)
  // (and a bare "Standar" under the time it holds: "Waktu Layanan (hari) > Standar | Rata-rata
  // Realisasi | Capaian (%)", forms-blind314; "Standar SOP (hari kerja)", forms-blind309)
  [
    /(^|> )(standar \(?(sla|sop)\)?|sla|standar waktu( pelayanan| penyelesaian)?|waktu standar)( \([a-z ]+\))?$|(^|> )(lama |rata-rata )?waktu [^>]+ > standar$/,
    "target",
  ],
  // "Kuota PBI-JK 2024 (jiwa)": the number allotted for the year, its target (forms-blind37)
  [/(^|> )kuota\b[^>]*\b(19|20)\d{2}\b/, "target"],
  // "Posisi 31 Desember 2024" after the quarters' positions: the year's own (forms-blind37)
  [/^posisi (per |s\.?\s?d\.? )?(31 desember|akhir tahun|desember)\b/, "realisasi"],
  // "Sasaran Produksi 2024", "Sasaran Tahun 2024": a year's figure to reach, not the Sasaran text
  [/(^|> )sasaran\b[^>]*\b(19|20)\d{2}\b/, "target"],
  [
    /kondisi (kinerja )?(pada )?awal|data (capaian )?(pada )?(tahun )?awal|capaian awal|baseline|kondisi eksisting|tahun dasar|capaian kinerja awal|^kondisi( kinerja)? (tahun )?(19|20)\d{2}$/,
    "kondisi-awal",
  ],
  // LKjIP's "Rencana Tingkat Capaian" is the target (PermenPANRB 53/2014), not an achievement
  [/(^|> )rencana tingkat capaian\b/, "target"],
  // "Rencana Capaian per Triwulan > TW I" of a PK's Rencana Aksi: quarter targets (forms-blind23)
  [/(^|> )rencana capaian\b/, "target"],
  // "Rasio Capaian pada Akhir Periode (%)" of a T-C.29 is an achievement too (forms-blind24)
  [/(^|> )rasio capaian\b/, "capaian"],
  // "Capaian terhadap Target Akhir Renstra (%)" is an achievement, not the end condition
  [
    // ("Tingkat Capaian s.d. 2024 thd Target Akhir (%)", its period between, forms-blind49)
    // ("Renstra 2021-2026 > Capaian thd Target Akhir": under its group as well, forms-blind124)
    /(^|> )(% ?)?(capaian|tingkat capaian|persentase capaian)\b[^>]*?\b(terhadap|thd|thdp|atas|dibanding)\b|(^|> )(tingkat )?capaian\b[^>]*\(%\)/,
    "capaian",
  ],
  // ("Akhir Renstra (2029)" alone beside the yearly targets, forms-blind226; not "Akhir Renstra
  // 2026 > Target", the end-period target under its group, forms-blind119)
  [
    /kondisi (kinerja )?(pada )?akhir|akhir periode|capaian akhir|target akhir|kondisi kinerja pada akhir|(^|> )akhir (renstra|rpjmd)\b[^>]*$/,
    "kondisi-akhir",
  ],
  [/pertumbuhan|(^|> )perkembangan\b[^>]*(%|thd|terhadap)/, "pertumbuhan"],
  // "Naik / (Turun) (%)" against last year's realisation (forms-blind32's PAD report)
  [/(^|> )(naik|kenaikan) ?\/ ?\(?(turun|penurunan)\)?\s*(\(%\)|%)/, "pertumbuhan"],
  // "Perubahan (%)" of a price against last month (forms-blind60); not "Anggaran Perubahan"
  // ("Perubahan yoy (%)", year on year: a monthly price against the same month last year,
  // forms-blind167)
  [
    // ("Perubahan Desember thd Juli (%)": one column's value against another's, forms-blind318)
    /(^|> )perubahan( harga)?( \(?(yoy|y-o-y|y on y|mtm|m-t-m|ytd)\)?)?(( [a-z0-9]+)? (thd|terhadap) [a-z0-9 .]+)? ?\(%\)$/,
    "pertumbuhan",
  ],
  // SPM reports: "Jumlah Sasaran" (the people to serve) is the target, "Jumlah yang Mendapat
  // Pelayanan Sesuai Standar" the realisation
  // (also as a leaf: "Capaian Penerima Layanan (orang) > Jumlah Sasaran", forms-blind28)
  // ("Jumlah Rumah Tangga Sasaran (RT)" | "RT Terlayani Akses Air Minum Layak", forms-blind40)
  // ("Jumlah Warga Negara yang Menjadi Sasaran (orang)" of an SPM sosial report, forms-blind54)
  [/(^|> )jumlah( [a-z]+){0,3} sasaran\b|(^|> )jumlah( [a-z]+){0,4} yang menjadi sasaran\b/, "target"],
  // ("Jumlah Anak Usia 16-18 Tahun (Sasaran)": the population an SPM serves, forms-blind51)
  [/(^|> )jumlah\b[^>]*\(sasaran\)$/, "target"],
  // "Jumlah Warga Negara (orang) > Yang Harus Dilayani | Yang Terlayani | Belum Terlayani"
  // (forms-blind19): the people to serve, those served, and the rest (no realisation)
  [/(^|> )(yang )?(belum|tidak) (ter|di)layani\b/, "lainnya"],
  [/(^|> )(yang )?(harus|wajib|perlu|seharusnya) (di|men?)layani\b/, "target"],
  [
    /(^|> )(yang )?(sudah |telah )?(terlayani|dilayani)$|(^|> )(jumlah )?(rt|kk|rumah tangga|penduduk|keluarga|jiwa|orang) (yang )?(terlayani|dilayani)\b/,
    "realisasi",
  ],
  [
    /(^|> )jumlah (yang )?((telah|sudah) )?(mendapat|memperoleh|terlayani|dilayani)\b|mendapat pelayanan sesuai standar/,
    "realisasi",
  ],
  // the budget absorbed is an achievement of the Rp; what is left of the pagu is no pagu
  // a spending plan per quarter ("Rencana Penyerapan (Rp) > TW I .. TW IV | Jumlah") is the pagu
  // spread over the year, not an absorption achieved (forms-blind31)
  [/rencana (penyerapan|serapan|penarikan|pencairan)\b/, "anggaran"],
  // ("Keterserapan Lulusan > Bekerja": graduates taken up by work, counted, forms-blind292)
  [/(?<!keter)(serapan|penyerapan)/, "capaian"],
  [/(^|> )sisa\b|\bsisa (anggaran|pagu|dana)|\bsilpa\b/, "lainnya"],
  // a DAK report's "Nilai Kontrak (Rp)" beside the pagu: what was contracted, neither pagu nor
  // realisation (forms-blind30)
  [/(^|> )nilai kontrak\b/, "lainnya"],
  // the change between the original and the amended pagu is no pagu either
  // (and a works contract's "Addendum (Rp) > (+) tambah / (-) kurang", forms-blind66)
  [
    /bertambah|berkurang|\bselisih\b|pergeseran|lebih ?\/ ?\(?kurang|\btambah\b[^>]*\bkurang\b|(^|> )addendum( \(rp\.?\))?$/,
    "lainnya",
  ],
  // "Kontrak > Nilai Awal (Rp)": the contract as first signed, no pagu (forms-blind66)
  [/(^|> )kontrak > nilai\b/, "lainnya"],
  // "Persentase (%)" heading a column of its own beside amounts: their ratio (an LRA)
  // ("Persentase Penyaluran (%)" of a BOSP list beside "Penyaluran BOSP (Rp)": paid over the pagu,
  // forms-blind91)
  [
    /^(persentase|prosentase)( realisasi| capaian| serapan| penyerapan| penyaluran| pencairan)? ?(\(%\))?$/,
    "capaian",
  ],
  // "Sumber Dana > PAD | DAU | DAK | DBH" (a DPA recap by funding source, forms-blind21): amounts
  [
    /(^|> )sumber dana > (pad|dau|dak|dbh|did|dana desa|apbn|apbd|apbd provinsi|blud|bos|bok|dak fisik|dak non fisik|pendapatan asli daerah|dana alokasi umum|dana alokasi khusus|dana bagi hasil|lain-lain)$/,
    "anggaran",
  ],
  // "Persentase Pencapaian SPM (%)" (forms-blind26)
  [/(^|> )persentase pencapaian\b/, "capaian"],
  // "Kesesuaian (%)" = Target Renja / Target Renstra x 100 in a review of the Renja (forms-blind21)
  [/(^|> )kesesuaian\b[^>]*%/, "capaian"],
  // "% Realisasi", "% Serapan": the Rp's ratio
  // ("% Pencairan" of a grant list: what was paid over the agreement, forms-blind84)
  [/(^|> )% ?(realisasi|serapan|capaian|pencairan|penyaluran)\b/, "capaian"],
  // "Realisasi s.d. Triwulan IV > Keuangan (%) | Fisik (%)": the money's share of the pagu is its
  // ratio; the physical progress in percent is a realisation of its own
  [/(^|> )(keuangan|anggaran|dana) ?\(%\)$/, "capaian"],
  // "Progres (%) > Fisik | Keuangan" of a works recap: the physical progress is realised, the
  // money's progress its share of the contract (forms-blind66)
  [/(^|> )(progres|progress|kemajuan)( \(%\)| %)? > (keuangan|keu\.?)( \(%\)| %)?$/, "capaian"],
  [/(^|> )(progres|progress|kemajuan)( \(%\)| %)? > fisik( \(%\)| %)?$/, "realisasi"],
  // an export's one-row headers: "Capaian %", "Keu. %" (e-Renggar, forms-blind24); "Fisik %" alone
  // is the works' progress, neither target nor realisation of the indicator
  [/^fisik ?(\(%\)|%)$/, "lainnya"],
  [/(^|> )(capaian|keu\.?|keuangan) ?%$/, "capaian"],
  [
    /\brasio\b|tingkat capaian|tingkat (pen)?capaian|tingkat realisasi|persentase capaian|persentase realisasi|% capaian|capaian \(%\)|capaian kinerja \(%\)/,
    "capaian",
  ],
  [
    /predikat|kriteria penilaian|^kriteria( capaian| kinerja)?$|(^|> )kategori( (capaian|kinerja|penilaian))?( (tahun )?(19|20)\d{2})?$|^status( capaian| pencapaian)?$|^mutu( pelayanan| unit pelayanan)?$/,
    "predikat",
  ],
];

// the administrative places a recap's rows are named by, alone or joined ("Desa / Kelurahan",
// "Kabupaten / Kota", "Kecamatan / Desa"): one list, every join (forms-blind194)
const WILAYAH = String.raw`(?:kecamatan|distrik|kapanewon|kemantren|kelurahan|desa|nagari|gampong|wilayah|kab\.?|kabupaten|kota)`;

// Checked against the labels from the top; the first label that names a role wins.
const TEXT_RULES: Rule[] = [
  [/^(no|no\.|nomor|no urut|nomor urut)$/, "no"],
  [/^kode\b|\bkode (rekening|program|kegiatan)/, "kode"],
  // ("Sifat (+/-)" of forms-blind103's LKjIP: its rows "(+)" / "(-)"; "Arah (+/-)", forms-blind232)
  [
    /polaritas|polarisasi|sifat indikator|^sifat( \(\+ ?\/ ?-\))?$|^\(\+ ?\/ ?-\)$|^arah (kinerja|indikator|capaian)$|^arah \(\+ ?\/ ?-\)$/,
    "polaritas",
  ],
  [/^satuan\b|^sat\.?$|unit ukur|satuan ukur/, "satuan"],
  [/alasan perubahan|penjelasan perubahan/, "keterangan"],
  [/makna|alasan pemilihan/, "definisi"],
  // "Definisi Operasional / Formula": named for its definition first (forms-blind72)
  [/^definisi\b/, "definisi"],
  [/rumus|formula|formulasi|perhitungan|cara (pengukuran|menghitung)|metode pengukuran/, "rumus"],
  [/definisi|penjelasan|pengertian|makna|alasan/, "definisi"],
  // the funding source (APBD, DAK, DBH) is a note on the row, not an amount
  [/^sumber (dana|pendanaan|pembiayaan)$/, "keterangan"],
  [/sumber data|^sumber$/, "sumber-data"],
  [
    // ("Cabang Dinas" of a provincial education office's recap, forms-blind91)
    // (the office that collects a levy, "OPD Pemungut" of a retribusi table, forms-blind311)
    /penanggung ?jawab|^pj$|^pic$|^pptk$|^unit kerja|^cabang dinas( wilayah)?$|pelaksana(?!an)|^opd( pengampu| pemungut| pengelola)?$|^perangkat daerah( pengampu| penanggung| pelaksana| pemungut| pengelola)?$|pengampu$/,
    "penanggung-jawab",
  ],
  // ("Nama Pasar" of a market-fee report names where the fees were collected, forms-blind39)
  // (Papua's "Distrik" is its kecamatan, as DIY's "Kapanewon" / "Kemantren" are, forms-blind148;
  // "Jenjang / Kecamatan" names the rows by place, forms-blind41)
  // (a library's "Unit Layanan", its branches and mobile units, forms-blind47)
  // ("Alamat / Kecamatan", "Kecamatan Perbatasan", "Desa" beside a Kelompok Tani, forms-blind82 .. 84;
  // a branch office's "Wilayah Kerja", forms-blind91; "Kabupaten / Kota Penerima" of a grant, forms-blind99, 100)
  // ("Kab." or "Kabupaten" naming the rows of a provincial recap, forms-blind66; a forest unit,
  // "Unit KPH", forms-blind75; an irrigation area, "Daerah Irigasi", forms-blind129; a bus
  // station, "Nama Terminal", forms-blind141; a river monitored, "Nama Sungai", forms-blind172; a public cemetery, "Nama TPU", forms-blind176;
  // where those served come from, "Kecamatan Asal", forms-blind213; a DPRD's electoral district,
  // "Daerah Pemilihan" / "Dapil", forms-blind220; a hospital's wards and clinics, "Ruang
  // Perawatan", "Poliklinik", forms-blind226; "Unit Pelayanan", forms-blind230; a care home's
  // houses, "Wisma", forms-blind257; "Desa Wisata", forms-blind259; a bus corridor or a route,
  // "Koridor", "Rute Perintis", forms-blind243 and 287; an air-quality station, "Stasiun
  // Pemantau", forms-blind293)
  [
    new RegExp(
      String.raw`lokasi|^((nama |asal )?${WILAYAH}( ?\/ ?${WILAYAH})*|(unit |nama )?kph|(nama )?pasar|jenjang ?\/ ?kecamatan|unit layanan|(nama )?(uptd? )?puskesmas|(nama )?bpp( ?\/ ?kecamatan)?|alamat ?\/ ?kecamatan|kecamatan perbatasan|unit pelayanan|wilayah kerja|(nama )?daerah irigasi( \(di\))?|nama terminal|(nama )?(koridor|trayek|rute)( perintis| bus| angkutan)?|(nama )?stasiun( pemantau(an)?)?|(nama )?(instalasi pengolahan( air( minum)?| limbah| lumpur tinja)?|ipa|ipal|iplt|unit produksi)|(nama )?(pos ?\/ ?wmk|wmk|wilayah manajemen kebakaran( \(wmk\))?|pos (damkar|pemadam( kebakaran)?|wmk))|(nama )?(tpi|ppi)( ?\/ ?(tpi|ppi))?|(nama )?(sungai|danau|waduk|embung|das|pantai|tpu)|daerah pemilihan|dapil|(nama )?ruang (perawatan|rawat( inap)?)|(nama )?poli(klinik)?|(nama )?wisma|(nama )?desa wisata)( penerima( bantuan| hibah| manfaat)?| sasaran| asal)?$`,
    ),
    "lokasi",
  ],
  // ("Status LPJ" of a grant list: "Sudah LPJ", "LPJ Tahap I belum", forms-blind84)
  [
    /keterangan|^ket\.?$|catatan|permasalahan|kendala|hambatan|^status (lpj|laporan|pertanggungjawaban)$/,
    "keterangan",
  ],
  // how a PK monitoring table rolls its quarters into the year: "Akumulasi TW I s.d. TW IV" (forms-blind27)
  [
    /^(cara|metode) (rekap|rekapitulasi|penghitungan|perhitungan|menghitung|hitung|konsolidasi)( tahunan| triwulan(an)?)?$/,
    "keterangan",
  ],
  // PermenPANRB's IKU matrix: "Kinerja Utama" (the sasaran) beside "Indikator Kinerja Utama"
  [/^kinerja utama$/, "sasaran"],
  // ("Jenis Penerimaan" of a PNBP table names the kinds of revenue, its rows, forms-blind79)
  // ("Komponen" of an SPM computation under an LKjIP table: "Sasaran ODGJ berat | ... yang mendapat
  // pelayanan | Persentase", its rows named as "Uraian" names them, forms-blind201)
  // (and the business sectors of a permit or investment recap: "Sektor Usaha", forms-blind309)
  [
    /indikator|^uraian|^komponen( perhitungan)?$|kinerja utama$|^iku$|^ikk$|^ukuran keberhasilan|^jenis (pelayanan|layanan)( dasar)?( spm)?$|^(jenis|sumber) (penerimaan|pendapatan)( daerah)?$|^(sektor|bidang|lapangan) usaha$/,
    "indikator",
  ],
  [/sasaran/, "sasaran"],
  // ("Persetujuan Lingkungan" is a kind of licence, forms-blind58)
  [/\btujuan/, "tujuan"],
];

// a plan or a share among a column's labels: no heading of what was done makes it a realisation
/** A heading of what was done to things: "Dokumen yang Diterbitkan", "Kampung Terlayani Internet". */
export const KATA_DIKERJAKAN = /\b(diterbitkan|terbit|tertangani|ditangani|terlayani|dilayani|tercatat)\b/;

const RENCANA_ATAU_BAGIAN = /\btarget\b|rencana|sasaran|pagu|anggaran|alokasi|%|persen|cakupan/;

// a count of things in brackets: "(unit)", "(paket)", "(orang)", "(ha)"
const VOLUME_LEAF =
  /\((unit|paket|orang|org|jiwa|buah|lokasi|titik|dokumen|kegiatan|ruang|sekolah|desa|kk|ha|km|m2|m²|m3|ton|bidang|lembar|keping|ekor|set)\)$/;

/** Do the (normalised) labels of a header path name money ("Rp", "Anggaran", "Keuangan")? */
export function money(labels: string[]): boolean {
  return labels.some((l) => MONEY.test(l) || RP_LABEL.test(l));
}

const CACHE = new Map<string, RoleGuess>();

/** The last year of a period written "2022-2026" / "2022 s.d. 2026" in a label. */
export function tahunAkhirRentang(l: string): number | undefined {
  const m = /\b((?:19|20)\d{2})\s*(?:-|–|s\.?\s?d\.?|s\/d)\s*((?:19|20)\d{2})\b/.exec(l);
  return m && Number(m[2]) > Number(m[1]) ? Number(m[2]) : undefined;
}

/** An amount per head or per unit of what is counted: a rate, not a sum of money to spend. */
const PER_KEPALA =
  /\bper (peserta|orang|kapita|siswa|murid|pasien|jiwa|penduduk|kk|pengunjung|wisatawan|penumpang|unit|ekor|ha|hektar|kg|ton|km|m2|porsi|lulusan|penerima|anak|balita|kunjungan)\b/;

/** Header texts repeat (every page, every table of a kind): each path is classified once. */
export function classifyHeader(path: string[]): RoleGuess {
  const key = path.join("\u0001");
  let g = CACHE.get(key);
  if (!g) {
    g = classify(path);
    if (CACHE.size > 10_000) CACHE.clear();
    CACHE.set(key, g);
  }
  return g;
}

function classify(path: string[]): RoleGuess {
  // "Capaian Kinerja Program dan Kerangka Pendanaan" over the years of a Renstra or RPJMD plan
  // (Permendagri 54/2010's wording) heads what the plan means to reach: its targets (forms-blind70)
  const labels = path
    .map((p) =>
      fixTypos(norm(p)).replace(/^capaian (kinerja (program )?dan kerangka pendanaan)\b/, "target $1"),
    )
    .filter(Boolean);
  // "Tahun 2023 > T | R | %": the target and realisation of the year, in one letter (forms-blind73)
  const n = labels.length - 1;
  if (n > 0 && /^(t|r)$/.test(labels[n]) && yearIn(labels[n - 1]) !== undefined)
    labels[n] = labels[n] === "t" ? "target" : "realisasi";
  const joined = labels.join(" > ");
  let year: number | undefined;
  for (const l of labels) year = yearIn(l) ?? year;
  const leaf = labels[labels.length - 1] ?? "";
  // "Pagu (Rp)", "Tingkat Realisasi K (%)", "Realisasi ... (Rp)": K or Rp named inside the leaf
  const rpIn = (l: string): boolean =>
    RP_LABEL.test(l) || /(^|[\s(])rp\.?($|[\s)])/.test(l) || /^(pagu|anggaran|dana|biaya)\b/.test(l);
  // "DAK Fisik" / "DAK Non Fisik" name a funding source, not a physical measure
  const kIn = (l: string): boolean =>
    K_LABEL.test(l) || (/(^|[\s(])(k|fisik)($|[\s)])/.test(l) && !/\bdak\b|non ?fisik/.test(l));
  // the leaf says K or Rp; in a form that puts all K columns in one block and all Rp in another,
  // the block's heading says it ("Kinerja (K) > Target Renja", "Anggaran (Rp) > Target Renja")
  const block = labels.slice(0, -1).find((l) => /\((k|rp\.?)\)$/.test(l));
  // "Pagu Tahun 2024 > Ruang Kelas (unit) | Nilai (Rp)": a leaf counted in units of things under a
  // money heading is the pair's K, the volume the pagu buys (forms-blind91)
  const volumeLeaf =
    labels.length > 1 && VOLUME_LEAF.test(leaf) && money(labels.slice(0, -1)) && !money([leaf]);
  const ukuran: "K" | "Rp" | undefined = rpIn(leaf)
    ? "Rp"
    : kIn(leaf) || volumeLeaf
      ? "K"
      : block
        ? /\(rp\.?\)$/.test(block)
          ? "Rp"
          : "K"
        : undefined;
  const withYear = (g: RoleGuess): RoleGuess => (year !== undefined ? { ...g, year } : g);
  // "Sifat Target" beside a Rencana Aksi's quarters says how the target is read ("Posisi akhir
  // triwulan", "Kumulatif"), it holds no target (forms-blind37)
  if (/^(sifat|jenis) (target|data|capaian)$/.test(leaf)) return { role: "keterangan", certain: true };
  // "Dibandingkan Target Akhir Renstra 2026 > Status": the grade the group gives, as "Status" alone
  if (labels.length > 1 && /^status( capaian| pencapaian)?$/.test(leaf))
    return { role: "predikat", certain: true };

  // "Capaian s.d. TW IV Tahun 2024" over K and Rp holds what was achieved: the realisation (a
  // capaian in percent says so: "Tingkat capaian", "(%)", "rasio")
  if (
    /^capaian\b/.test(labels[0] ?? "") &&
    /(s\.?\s?d\.?|s\/d|sampai dengan)\s*(tw|triwulan|tahun berjalan|(tahun )?(19|20)\d{2})/.test(joined) &&
    !/%|tingkat|rasio|persentase/.test(joined)
  )
    return withYear({ role: ukuran === "Rp" ? "realisasi-anggaran" : "realisasi", ukuran, certain: true });
  // "Target Renstra PD pada Akhir Periode Renstra" quoted in an evaluation form is a target; so is
  // "Renstra 2022-2026 > Target Akhir", of the period's last year (forms-blind27)
  // ("Dibandingkan Target Akhir Renstra 2026 > Target Renstra 2026", forms-blind68)
  const akhirDalamGrup =
    (/^target akhir\b/.test(leaf) &&
      labels.slice(0, -1).some((l) => /\b(renstra|rpjmd|rpjmn|periode)\b/.test(l))) ||
    (/^target\b/.test(leaf) &&
      labels.slice(0, -1).some((l) => /\btarget akhir (periode|renstra|rpjmd|rpjmn)\b/.test(l)));
  if (akhirDalamGrup || labels.some((l) => /^target\b.*\bakhir (periode|renstra|rpjmd|rpjmn)/.test(l))) {
    // "Target Akhir Renstra (2026) > Capaian s.d. 2024 (%)": what was reached against that target,
    // a capaian (forms-blind150)
    if (labels.length > 1 && /^(tingkat )?(capaian|pencapaian)\b/.test(leaf))
      return withYear({ role: "capaian", ukuran, certain: true });
    const g = withYear({ role: ukuran === "Rp" ? "anggaran" : "target", ukuran, certain: true });
    const akhir = labels.map(tahunAkhirRentang).find((y) => y !== undefined);
    return akhir !== undefined ? { ...g, year: akhir } : g;
  }
  // "Semester I > Pagu (Rp) | Realisasi (Rp) | %": a bare "%" beside amounts is their ratio
  if (
    // ("Realisasi Keuangan > % thd Kontrak" of a works report: money paid over the contract, forms-blind55)
    /^(\(?(%|persen)\)?|persentase( \(%\))?|% ?(thd\.?|terhadap|dari) (pagu|anggaran|dpa|target|(nilai )?kontrak))$/.test(
      leaf,
    ) &&
    labels.length > 1 &&
    !/\btarget\b|sasaran|bertambah|berkurang|selisih|pergeseran/.test(joined)
  )
    return withYear({ role: "capaian", ukuran: money(labels.slice(0, -1)) ? "Rp" : ukuran, certain: true });
  for (const [re, role] of NUMERIC_RULES) {
    if (!re.test(joined)) continue;
    // a capaian under a money heading ("Anggaran ... > Serapan (%)") is the Rp's
    const rp =
      role === "capaian" &&
      ukuran === undefined &&
      (/(?<!keter)serapan/.test(joined) ||
        money(labels.slice(0, -1)) ||
        /^(keuangan|anggaran|dana)\b/.test(leaf))
        ? "Rp"
        : ukuran;
    // "Pertumbuhan 2023-2024 (%)": the growth into the span's last year (forms-blind161)
    const akhir = role === "pertumbuhan" ? tahunAkhirRentang(joined) : undefined;
    if (akhir !== undefined) return { role, ukuran: rp, certain: true, year: akhir };
    return withYear({ role, ukuran: rp, certain: true });
  }
  // A text leaf under a year group ("Target Tahun 2026 > Satuan") is that text column.
  if (
    labels.length > 1 &&
    /^(satuan|sat\.?|lokasi|keterangan|ket\.?|sumber (dana|pendanaan|pembiayaan))$/.test(leaf)
  ) {
    for (const [re, role] of TEXT_RULES) if (re.test(leaf)) return { role, certain: true };
  }
  // The lowest label that names only one of target / realisasi decides ("Target dan Realisasi > 2022 > Target").
  let target = false;
  let realisasi = false;
  for (let i = labels.length - 1; i >= 0 && !target && !realisasi; i--) {
    // ("Rencana Progres Fisik (%) > Juli": a works contract's planned progress, forms-blind32)
    // ("Progres Fisik (%) > Rencana | Realisasi": the plan's progress is its target, forms-blind40)
    const t =
      /\btarget\b|sasaran kinerja tahun|rencana (tingkat capaian|target|progres|kemajuan|fisik)/.test(
        labels[i],
      ) ||
      (labels[i] === "rencana" && i > 0 && /\b(progres|kemajuan|fisik)\b/.test(labels[i - 1])) ||
      // ("Kinerja Tahun 2024 > Rencana | Realisasi | Persentase Capaian", forms-blind75)
      (labels[i] === "rencana" &&
        i > 0 &&
        /\bkinerja\b/.test(labels[i - 1]) &&
        yearIn(labels[i - 1]) !== undefined) ||
      // ("Patroli (kali) > Rencana | Realisasi": the plan of a count in its unit, forms-blind252)
      (labels[i] === "rencana" &&
        i > 0 &&
        satuanBenda(/\(\s*([a-z ]+?)\s*\)$/.exec(labels[i - 1])?.[1] ?? ""));
    // ("Iuran PBI-JK Dibayarkan (Rp)": money paid out is money realised, forms-blind37)
    // (and "SP2D (Rp)", the orders to pay that were issued: money spent, forms-blind40; not "Jenis
    // SP2D", the kinds naming a recap's rows, forms-blind223)
    // ("Penyaluran RKUD ke RKDes (Rp) > Tahap I", "Jumlah Tersalur": Dana Desa paid out, forms-blind50)
    // ("Penerimaan Bulan (Rp) > Jan": revenue received, forms-blind52; a school's "Dana Diterima
    // (Rp) > Tahap I", forms-blind51; not "Target Capaian Tahun > 2025", a Renstra's targets,
    // forms-blind106)
    const r =
      /realisasi|(?<!target )capaian tahun|(?<!target )capaian kinerja tahun|dibayarkan|terbayar|disalurkan|tersalurkan|(?<!rencana )penyaluran|(?<!belum )\btersalur\b|(?<!(jenis|nomor|no\.?) )\bsp2d\b|(?<!(rencana|target|proyeksi|estimasi|potensi|jenis|sumber) )\bpenerimaan\b|\bditerima\b/.test(
        labels[i],
      );
    if (t !== r) [target, realisasi] = [t, r];
    // "Realisasi Target Kinerja Hasil Program ... s.d. Renja PD Tahun Lalu": what was realised of the
    // target, the head word first (forms-blind132's E.81 column 6)
    else if (t && /^realisasi (target|sasaran)\b/.test(labels[i])) realisasi = true;
  }
  const isMoney = ukuran === "Rp" || (ukuran !== "K" && money(labels));
  if (realisasi)
    return withYear({ role: isMoney ? "realisasi-anggaran" : "realisasi", ukuran, certain: true });
  if (target) return withYear({ role: isMoney ? "anggaran" : "target", ukuran, certain: true });
  // "Anggaran pada Tahun ke- > 1": a money heading over a leaf that only numbers it
  const moneyHeading = GENERIC_LEAF.test(leaf) && labels.some((l) => /^(anggaran|pagu)\b/.test(l));
  // "Sesudah Perubahan > Belanja Modal | Jumlah": amounts under a money heading
  const amountLeaf =
    /^((total|jumlah) )?(anggaran|pagu|belanja)\b/.test(leaf) ||
    (/^jumlah$/.test(leaf) && money(labels.slice(0, -1)));
  // "Anggaran Setelah Perubahan > Pegawai | Barang & Jasa | Modal": the pagu by kind of spending
  // (a "Modal" under a budget heading is no cooperative's capital, forms-blind65; "Belanja Modal >
  // Peralatan dan Mesin | Gedung dan Bangunan", the kinds of capital spending, forms-blind71)
  if (
    isMoney &&
    /^(belanja )?(pegawai|barang (dan|&) jasa|barjas|modal|hibah|bantuan sosial|bansos|tidak terduga|operasi|transfer|subsidi|bagi hasil|bantuan keuangan|tanah|peralatan (dan|&) mesin|gedung (dan|&) bangunan|jalan,? (jaringan|irigasi)[a-z ,&]*|aset tetap lainnya|aset lainnya)$/.test(
      leaf,
    ) &&
    labels.slice(0, -1).some((l) => /^(anggaran|pagu|belanja|alokasi)\b/.test(l))
  )
    return withYear({ role: "anggaran", ukuran, certain: true });
  // "Prakiraan Maju 2027" alone beside "Pagu Indikatif 2026": the forward estimate of the pagu
  if (/^prakiraan maju\b/.test(leaf) && ukuran !== "K" && !/\btarget\b/.test(joined))
    return withYear({ role: "anggaran", ukuran: "Rp", certain: true });
  // a cooperative's "Aset (Rp)" or "Volume Usaha (Rp)", an aid recap's "Harga Satuan (Rp)": money that is no
  // budget (forms-blind39, 44)
  // (and an average in rupiah, "Rata-rata Kerugian per Kejadian (Rp)", forms-blind46)
  // (and a disaster's "Taksiran Kerugian (Rp)", the loss it caused, forms-blind48; a BUMDes's
  // "Penyertaan Modal Desa (Rp)", capital the desa put in, forms-blind76)
  // (and a price under its group, "Harga Rata-rata Pasar (Rp) > Minggu I", or the investment an
  // industry recap counts, "Industri Kecil > Nilai Investasi (Rp)", forms-blind60)
  // (and a unit cost, "Biaya per Peserta (Rp)" as "10 = 8 / 4" of a training recap, forms-blind184;
  // any amount per head, "Retribusi per Pengunjung (Rp)", forms-blind252, though not what each
  // row is allotted, "Pagu per Desa")
  if (
    labels.some(
      (l) =>
        /^(aset|asset|volume usaha|omzet|omset|modal( sendiri)?|penyertaan modal|shu|simpanan|pinjaman|kekayaan|harga( satuan)?|satuan harga|tarif|(taksiran |nilai )?kerugian|nilai (investasi|produksi|penjualan|ekspor|impor)|biaya (satuan|rata-? ?rata))\b/.test(
          l,
        ) ||
        (PER_KEPALA.test(l) && !/^(pagu|anggaran|alokasi)\b/.test(l)),
    ) ||
    (ukuran === "Rp" && /^rata-? ?rata\b/.test(leaf))
  )
    return withYear({ role: "lainnya", ukuran, certain: false });
  if (isMoney && (year !== undefined || ukuran === "Rp" || amountLeaf || moneyHeading)) {
    return withYear({ role: "anggaran", ukuran, certain: true });
  }
  if (/\bcapaian\b/.test(joined) && year !== undefined)
    return withYear({ role: "capaian", ukuran, certain: true });

  // "Dokumen Terbit Bulan ke- > Jan | Peb | ... | Des" (forms-blind32's Disdukcapil report): a
  // month's own figure under a heading of what was done is that month's realisation
  // (and "Produksi Triwulan > I .. IV" of a fisheries report, forms-blind35)
  const triwulanSaja =
    /^(i{1,3}|iv|[1-4])$/.test(leaf) && labels.slice(0, -1).some((l) => /\b(triwulan|tw|trw)\b/.test(l));
  if (
    labels.length > 1 &&
    (bulanKe(leaf) !== undefined || triwulanSaja) &&
    !/\btarget\b|rencana|sasaran|pagu|anggaran|alokasi/.test(joined) &&
    /terbit|dilayani|terlayani|realisasi|capaian|produksi|kunjungan|pengunjung|kejadian|penerbitan|diterbitkan|tercatat|peserta aktif/.test(
      joined,
    )
  )
    return withYear({ role: "realisasi", ukuran, certain: true });
  // "Dokumen yang Diterbitkan > KTP-el (keping)", "Sampah Tertangani (ton) > 2022": a heading of
  // what was done over leaves that name no role holds what was done (forms-blind42)
  if (
    labels.length > 1 &&
    ukuran === undefined &&
    KATA_DIKERJAKAN.test(labels[labels.length - 2]) &&
    !RENCANA_ATAU_BAGIAN.test(joined) &&
    !TEXT_RULES.some(([re]) => re.test(leaf))
  )
    return withYear({ role: "realisasi", certain: true });
  // "Sertifikasi Tahun 2024 > Target (bidang) | Terbit (bidang)": what was issued in a year's group
  // is that year's realisation (forms-blind86)
  if (
    labels.length > 1 &&
    year !== undefined &&
    /^(terbit|diterbitkan|tertangani|terlayani|tercatat)( \([a-z ]+\))?$/.test(leaf) &&
    !RENCANA_ATAU_BAGIAN.test(joined)
  )
    return withYear({ role: "realisasi", ukuran, certain: true });
  // "Volume (unit) > Rencana | Terpasang": the planned and the built quantity of a recap of
  // works (forms-blind98's solar street lights)
  if (labels.length > 1 && !isMoney && /^(volume|kuantitas)\b/.test(labels[labels.length - 2])) {
    if (/^(rencana|target)$/.test(leaf)) return withYear({ role: "target", ukuran: "K", certain: true });
    if (/^(terpasang|terbangun|terealisasi|terlaksana|selesai|realisasi)$/.test(leaf))
      return withYear({ role: "realisasi", ukuran: "K", certain: true });
  }
  // Text columns: the most specific label that names a role, from the bottom up.
  // Only a leaf that names nothing by itself (a year, K, Rp, "%") lets its group decide:
  // "PENJELASAN > ACUAN" is not an explanation column, "PENJELASAN > SUMBER DATA" is sumber data.
  for (let i = labels.length - 1; i >= 0; i--) {
    const l = labels[i];
    const both = /\btujuan/.test(l) && /sasaran/.test(l) && !/indikator/.test(l);
    if (both) return withYear({ role: "sasaran", certain: true });
    for (const [re, role] of TEXT_RULES) if (re.test(l)) return withYear({ role, certain: true });
    if (!GENERIC_LEAF.test(l)) break;
  }
  // ("Jenis Kekerasan (kasus) > Fisik": physical violence counted, no physical progress, forms-blind70)
  const fisikLain =
    leaf === "fisik" &&
    labels.length > 1 &&
    !labels
      .slice(0, -1)
      .some((l) => /progres|kemajuan|realisasi|target|rencana|capaian|kinerja|pelaksanaan/.test(l));
  if (ukuran === "K" && !fisikLain) return withYear({ role: "target", ukuran, certain: false });
  return withYear({ role: "lainnya", certain: false });
}

/** Does this header text name a column role by itself (used to find header rows)? */
// the column naming a report's rows by period ("Periode | Permohonan Masuk | ...": Triwulan I ..
// IV and their Jumlah, a PPID's report, forms-blind212; "Masa Sidang I" .. "III" of a DPRD's pokir recap,
// forms-blind220): a heading as "No" is
// ("Subround": the statistics office's four-month rounds of a crop year, forms-blind303)
export const KOLOM_PERIODE = /^(periode|periode pelaporan|bulan|triwulan|semester|masa sidang|sub ?round)$/;

export function isHeaderWord(text: string): boolean {
  const s = norm(text);
  // "Tujuan 1 : Meningkatnya ..." is a body cell that starts with a role word, not a heading.
  if (!s || s.length > 80 || /\S\s*:\s*\S/.test(s)) return false;
  // a table's title above its header ("Tabel 2.1 Realisasi Pendapatan Daerah") names no column
  if (/^(tabel|table|lampiran|matriks?|gambar|grafik)\b/.test(s)) return false;
  if (/^(k|rp\.?|%|\(%\)|target|realisasi|capaian|rasio|anggaran|pagu)$/.test(s)) return true;
  // the name column of a programme table and a funding heading without a year ("Kode | Program |
  // Proyeksi Pendanaan > 2025 ...") head a table as surely as "Indikator"
  if (
    /^(program|kegiatan|sub ?kegiatan|program ?\/ ?kegiatan( ?\/ ?sub ?kegiatan)?|(proyeksi|kebutuhan|rencana|kerangka) (pendanaan|dana|anggaran))$/.test(
      s,
    )
  )
    return true;
  if (KOLOM_PERIODE.test(s)) return true;
  // the name column of a recap per office or audited body ("Nama OPD", "Obyek Pemeriksaan",
  // forms-blind36 / 38): it labels the rows as an indicator column does
  if (
    /^(nama )?(opd|skpd|perangkat daerah|pd|unit kerja|satuan kerja|instansi)$|^(obyek|objek) (pemeriksaan|audit)$/.test(
      s,
    )
  )
    return true;
  const g = classifyHeader([s]);
  return g.certain;
}
