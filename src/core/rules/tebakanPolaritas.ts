// Polarity of an indicator for the rules: an explicit "polaritas" column wins; otherwise a guess
// from the indicator's wording with the lexicon below. A guess always says it is a guess (the
// word that decided it is returned so a message can quote it).
//
// The lexicon (docs/domain.md, "caution with names"):
// - Negative subjects, lower is better: kemiskinan / (penduduk, warga, rumah tangga) miskin, Gini,
//   ketimpangan, pengangguran, stunting, wasting, gizi buruk / kurang, kematian, kesakitan,
//   prevalensi, kasus, pengaduan, keluhan, putus sekolah, buta huruf, kekerasan, kriminalitas,
//   kecelakaan, pelanggaran, temuan, tunggakan, kumuh, rumah tidak layak huni, korban, inflasi,
//   aduan, a deadline passed ("melewati batas waktu", "terlambat"), "dijatuhi hukuman", KEK
//   (after "ibu hamil"), anemia, SiLPA, and more: NEGATIF below is the full list; and the share
//   of PMKS / PPKS in the population ("Persentase PMKS", "Jumlah PPKS") as a whole.
// - A document named for a death ("akta kematian") is a service, not a death.
// - A change towards less is positive whatever its subject: "Persentase penurunan PMKS",
//   "menurunnya ...", "turunnya ...", "berkurangnya ...", "pengurangan ...", "pengentasan ...",
//   "penanganan ...", "penanggulangan ...", "pencegahan ...".
// - A service named for a negative group is positive: "Perlindungan dan jaminan sosial ... bagi
//   korban bencana", "Rehabilitasi sosial ... penyandang disabilitas" (a name that starts with the
//   service, or the group after "bagi" / "kepada").
// - A share of a negative group that received something is positive: "Persentase fakir miskin
//   yang berdaya", "Persentase PMKS yang memperoleh pelayanan rehabilitasi sosial", "Persentase
//   PMKS terlatih" (words such as memperoleh, mendapat, menerima, terlayani, tertangani,
//   terpenuhi, berdaya, mandiri, terlatih, dibina, direhabilitasi). A clause "yang ..." after a
//   negative subject is read the same way, unless the clause itself names a negative subject
//   ("balita yang stunting").
// - A count of outputs ("Jumlah dokumen / laporan / paket / kegiatan ...") is positive whatever it is
//   about: "Jumlah dokumen basis data fakir miskin" counts documents, not the poor.
// - Such a word negated ("yang tidak terselesaikan", "belum tertangani") is the share left
//   unserved: negative.
// - A few positive subjects so that obvious cases are known: kepuasan, cakupan, partisipasi,
//   harapan hidup, lama sekolah, IPM, nilai SAKIP, opini WTP, ketersediaan.
// Anything else is unknown (undefined): callers decide whether to assume positif.
import { indicatorKey } from "./values";
import { GLOSA_NEGATIF, GLOSA_POSITIF, parsePolaritas } from "../indicators";
import type { Polaritas } from "../indicators";
import { norm } from "../detect/text";
import { aditif } from "./konsolidasi";

export type TebakanPolaritas = {
  polaritas: Polaritas;
  /**
   * "pengguna" (chosen in the pane), "kolom" (an explicit polaritas cell), "catatan" (named in a
   * note under the table, ./catatanPolaritas), "leksikon" (a guess from the wording),
   * "catatan-tersirat" (not among the negatives a note names: positive, less surely), "baris"
   * (the row's own definition, formula or remark says it), "judul" (the title of a table that
   * measures one indicator across places says it), "nomor" (the form's number row computes the
   * table's one capaian column as the refleksi), "kepala" (the one heading over the table's target
   * and realisation names what every row measures: "Waktu Layanan (hari) > Standar | Rata-rata").
   */
  sumber:
    | "kolom"
    | "leksikon"
    | "pengguna"
    | "catatan"
    | "catatan-tersirat"
    | "baris"
    | "judul"
    | "nomor"
    | "kepala";
  /** The word that decided a lexicon guess, to quote in messages. */
  kata?: string;
  /** "catatan-tersirat" from a note that lists the negative indicators by their numbers. */
  daftarNomor?: true;
};

const KELUARAN =
  /^(jumlah|banyaknya) (dokumen|laporan|paket|kegiatan|basis data|sistem|aplikasi|peraturan|regulasi|kajian|rekomendasi|sosialisasi|pelatihan|bimbingan teknis|sarana|prasarana|rancangan|naskah)\b|^((jumlah|banyaknya|penerbitan) )?(kutipan akta|akta|kartu|surat keterangan|sertifikat)\b/;

// (and "penyelesaian", cases settled as "penanganan" handles them: "Persentase penyelesaian kasus
// gangguan trantibum", forms-blind194; its duration, "waktu penyelesaian", is read before)
// (and enforcement: "Jumlah penertiban pelanggaran Perda", the actions taken, forms-blind321)
const TURUN =
  /\b(penurunan|menurunnya|turunnya|berkurangnya|pengurangan|pengentasan|terentaskan|penanganan|penyelesaian|penanggulangan|pencegahan|pemberantasan|penertiban|penindakan)\b/;

// ("Jumlah kasus penangkapan ikan yang merusak": the harm done is what is counted, forms-blind129)
const NEGATIF =
  /\b(kemiskinan|miskin|gini|ketimpangan|pengangguran|penganggur|stunting|wasting|underweight|gizi buruk|gizi kurang|kematian|kesakitan|prevalensi|kasus|pengaduan|aduan|keluhan|melewati batas waktu|melebihi batas waktu|(?<!tidak )terlambat|dijatuhi (hukuman|sanksi)|dikenai sanksi|hukuman disiplin|kurang energi kronis|(ibu hamil|bumil|wus) kek|anemia|silpa|sisa lebih pembiayaan anggaran|putus sekolah|buta huruf|kekerasan|kriminalitas|kejahatan|kecelakaan|pelanggaran|temuan|tertinggal|tunggakan|kumuh|tidak layak huni|rtlh|korban|inflasi|narkoba|penyalahgunaan|kehilangan|kerugian|merugi|kerusakan|pencemaran|kebocoran|rusak|konflik|anarkis|kerusuhan|bentrokan|kejadian kebakaran|kejadian|genangan|tergenang|jebol|rawan pangan|bermasalah|kredit macet|pinjaman macet|npl|non performing loans?|lahan kritis|terbakar|titik panas|hotspot|merusak|destruktif|destructive|ilegal|illegal)\b/;

// A duration ("Rata-rata waktu temu kembali", "Lama waktu penerbitan"): shorter is better. Not a
// share that meets a time standard ("Persentase tingkat waktu tanggap"), which is positive.
// ("Response time penanganan kebakaran", the English name a fire service keeps, forms-blind77)
// ("Waktu rata-rata penyelesaian rekonsiliasi aset", forms-blind65)
// (and counted in days or hours: "Rata-rata hari penyelesaian verifikasi SPPD", "Lama penyelesaian
// izin", forms-blind208)
const DURASI =
  /^(rata-rata |lama )?(waktu|hari|jam|menit)( kerja)? (rata-rata )?(tunggu|temu kembali|penyelesaian|pelayanan|layanan|tanggap|proses|penerbitan|respon|respons)\b|^(rata-rata )?lama (penyelesaian|proses|penerbitan|pelayanan)\b|^(rata-rata )?(response|respon|respons) time\b/;

// "Persentase PMKS", "Jumlah PPKS (%)": the PMKS / PPKS population itself.
const PMKS_SAJA =
  /^(persentase|proporsi|jumlah|angka|rasio) (\(%\) )?(pmks|ppks|penyandang masalah kesejahteraan sosial( \(pmks\))?|pemerlu pelayanan kesejahteraan sosial( \(ppks\))?)$/;

// ("sampah yang tidak terkelola": what is left unmanaged, forms-blind57)
// ("rekomendasi hasil kelitbangan yang dimanfaatkan": research put to use, forms-blind110)
// ("siswa miskin penerima beasiswa": the recipients served, not the poverty, forms-blind245)
// ("guru bersertifikat pendidik", "sekolah terakreditasi": a standard met, forms-blind255)
// ("baduta stunting yang diaudit (Audit Kasus Stunting)": the cases reviewed, forms-blind300)
// ("KK di kawasan kumuh dengan akses sanitasi layak": those served, forms-blind305)
const MENERIMA =
  /\b(dimanfaatkan|termanfaatkan|diterapkan|memperoleh|mendapat|mendapatkan|menerima|penerima|terlayani|dilayani|tertangani|ditangani|dikendalikan|terkendali|terpenuhi|dipenuhi|berdaya|diberdayakan|mandiri|terlatih|dilatih|terampil|dibina|terbina|aktif|direhabilitasi|terehabilitasi|dievakuasi|direunifikasi|dientaskan|graduasi|tercakup|terjangkau|terakses|mengakses|terkoneksi|terhubung|terselesaikan|diselesaikan|ditindaklanjuti|tertindaklanjuti|teratasi|terlindungi|dilindungi|bekerja|sembuh|terkelola|dikelola|memiliki|mempunyai|pemegang|bersertifikat|tersertifikasi|terakreditasi|diaudit|teraudit|diverifikasi|terverifikasi|diinvestigasi|ditelusuri|berakses|dengan akses)\b/;

// a duty whose omission is counted ("yang tidak melaksanakan RAT", "belum menyampaikan LKPM")
const KEWAJIBAN =
  /^(melaksanakan|menyelenggarakan|menyampaikan|melaporkan|menyerahkan|menyusun|memenuhi|mematuhi|menerapkan|mengikuti)$/;

// ("Persentase penyelamatan dan evakuasi korban non kebakaran": a rescue service, forms-blind77)
const LAYANAN =
  /^(perlindungan|rehabilitasi|pelayanan|layanan|jaminan|bantuan|pendampingan|pemulihan|perawatan|pengobatan|pemberian|penyelamatan|evakuasi|pertolongan|pencarian)\b/;

const JASA =
  /^(perekaman|penerbitan|pencetakan|pendaftaran|pencatatan|penyaluran|pemberian|pelayanan|layanan)\b/;

// (the SPBE index of e-government, a reading habit or literacy score: more is better, forms-blind47)
// (APM, APK, APS: the school enrolment rates, angka partisipasi, by their initials, forms-blind132;
// a share done "tepat waktu", on time, forms-blind133; an "Indeks Kualitas ..." of the environment,
// forms-blind147; the "Skor Pola Pangan Harapan" of a diet's quality, forms-blind151; the civil
// service's "Indeks Sistem Merit", "Indeks Profesionalitas ASN" and "Indeks Reformasi Birokrasi",
// forms-blind156; a BUMD's return on equity or assets, ROE / ROA, forms-blind158)
const POSITIF =
  /\b(kepuasan|cakupan|partisipasi|harapan hidup|lama sekolah|ipm|pembangunan manusia|sakip|opini|wtp|ketersediaan|kemandirian|keberdayaan|kesejahteraan|pemberdayaan|naik kelas|naik status|(?<!tidak )layak huni|spbe|kegemaran membaca|literasi|indeks kualitas|pola pangan harapan|sistem merit|profesionalitas|reformasi birokrasi|return on (equity|assets?)|ro[ae]|ap[kms]|(?<!\b(tidak|belum)\b.*)tepat waktu)\b/;

const TAG = /\((?:iku|ikk|spm)/;

/** Text of an indicator without tags "(IKU)", "(%)" and the like. */
function bersih(text: string): string {
  const s = norm(text);
  if (!s.includes("(")) return s; // norm has already folded the spaces
  // "(tabel 3)", "(orang)": no tag to take out, tested before the global replaces
  if (!TAG.test(s) && !s.includes("(%)")) return s;
  const t = s.replace(/\((iku|ikk|spm)[^)]*\)/g, " ").replace(/\(%\)/g, " ");
  // no tag taken out ("(tabel 3)", "(orang)"): nothing to fold again
  return t === s ? s : t.replace(/\s+/g, " ").trim();
}

function adaPilihan(pilihan: Record<string, Polaritas>): boolean {
  for (const key in pilihan) if (Object.prototype.hasOwnProperty.call(pilihan, key)) return true;
  return false;
}

/**
 * A guess from the indicator's wording, or undefined when the lexicon does not know it.
 * (not memoised: most wordings are asked once per check, by target-trend, and a memo of every
 * name, a map of tens of thousands of entries, cost more than the guesses it saved)
 */
export function polaritasDariTeks(text: string): TebakanPolaritas | undefined {
  return bacaPolaritas(text);
}

// a document named for a death ("akta kematian", "surat keterangan kematian") is a service: deaths
// registered with a certificate, the more the better (forms-blind118; "Cakupan kepemilikan akta
// kematian", forms-blind214)
const DOKUMEN_KEMATIAN = /\b(akta|surat keterangan) kematian\b/g;

function bacaPolaritas(text: string): TebakanPolaritas | undefined {
  // (the total a ratio is taken against is its base, not what it measures: "Rasio akta kematian
  // terhadap jumlah peristiwa kematian" counts certificates, forms-blind314; "kekerasan terhadap
  // anak" is no ratio)
  const s = bersih(text)
    .replace(DOKUMEN_KEMATIAN, "$1")
    .replace(/^(.+?) (terhadap|thd\.?) (jumlah|total|seluruh)\b.*$/, "$1");
  if (!s) return undefined;
  // the name says it in words: "Jumlah titik parkir liar di badan jalan (semakin kecil semakin
  // baik)" (forms-blind235), a statement, not a guess from the wording
  const glosa = GLOSA_NEGATIF.exec(s) ?? GLOSA_POSITIF.exec(s);
  if (glosa)
    return {
      polaritas: GLOSA_NEGATIF.test(glosa[0]) ? "negatif" : "positif",
      sumber: "baris",
      kata: glosa[0],
    };
  // or by its sign: "Angka unmet need KB (-)", "TFR (-)" (forms-blind258, 241)
  const tanda = /\(\s*([-+−–])\s*\)$/.exec(s);
  if (tanda) return { polaritas: tanda[1] === "+" ? "positif" : "negatif", sumber: "baris", kata: tanda[0] };
  // "Jumlah rekomendasi ... yang belum ditindaklanjuti": what is left undone, before any output word
  // (forms-blind33); so is "yang tidak terselesaikan", "belum tertangani": the share left
  // unserved, lower is better (read here once: a later read of the same words would find the same)
  // (and a duty left undone: "koperasi aktif yang tidak melaksanakan RAT", forms-blind273)
  // (and any work not yet done to them: "titik rawan kecelakaan yang belum dipasang rambu",
  // forms-blind301; "belum" only: "tidak tercemar" is a state kept, more is better)
  const belumDulu = /\b(tidak|belum) (\S+)/.exec(s);
  const belumDikerjakan = belumDulu?.[1] === "belum" && /^(di|ter)[a-z]{3,}$/.test(belumDulu[2]);
  if (belumDulu && (MENERIMA.test(belumDulu[2]) || KEWAJIBAN.test(belumDulu[2]) || belumDikerjakan))
    return { polaritas: "negatif", sumber: "leksikon", kata: `${belumDulu[1]} ${belumDulu[2]}` };
  // "Jumlah dokumen basis data fakir miskin": an output counted, whatever it is about
  const keluaran = KELUARAN.exec(s);
  // ("Kutipan Akta Kematian" issued by Disdukcapil is a document, forms-blind32)
  if (keluaran) return { polaritas: "positif", sumber: "leksikon", kata: keluaran[2] ?? keluaran[5] };
  // a duration first: "Waktu tanggap (response time) penanganan kebakaran" is no handling rate
  const durasi = DURASI.exec(s);
  if (durasi) return { polaritas: "negatif", sumber: "leksikon", kata: durasi[0] };
  const turun = TURUN.exec(s);
  if (turun) return { polaritas: "positif", sumber: "leksikon", kata: turun[1] };
  if (PMKS_SAJA.test(s)) return { polaritas: "negatif", sumber: "leksikon", kata: s };
  // contraceptive prevalence (CPR / mCPR): more users is better, unlike a disease's prevalence
  const kb = /prevalensi (pemakaian |penggunaan )?(alat )?kontrasepsi|\bm?cpr\b/.exec(s);
  if (kb) return { polaritas: "positif", sumber: "leksikon", kata: kb[0] };

  // finding cases is the work: "Angka notifikasi kasus TB (case notification rate)" (forms-blind166)
  const temu = /\b(notifikasi|penemuan|deteksi) kasus\b|\bcase (notification|detection|finding)\b/.exec(s);
  if (temu) return { polaritas: "positif", sumber: "leksikon", kata: temu[0] };

  const neg = NEGATIF.exec(s);
  // what is free of the harm is the good: "kawasan permukiman bebas genangan", "desa bebas
  // narkoba" (forms-blind320)
  const bebas = neg && /\b(bebas|terbebas)( dari)? $/.exec(s.slice(0, neg.index));
  if (neg && bebas) return { polaritas: "positif", sumber: "leksikon", kata: `${bebas[0]}${neg[1]}` };
  // and what records the harm is work on it: "kelurahan dengan profil kumuh mutakhir", "desa yang
  // memiliki peta rawan bencana" (forms-blind327)
  const catat =
    neg &&
    /\b(profil|peta|pemetaan|pendataan|kajian|basis data|database)( [a-z]+)? $/.exec(s.slice(0, neg.index));
  if (neg && catat) return { polaritas: "positif", sumber: "leksikon", kata: `${catat[0]}${neg[1]}` };
  if (neg) {
    // a service named for a negative group ("Perlindungan dan jaminan sosial ... bagi korban
    // bencana", an SPM's jenis pelayanan dasar): what is measured is the service, more is better
    // ("Persentase pelayanan penyelamatan ... korban kebakaran sesuai SPM": the share of a service,
    // forms-blind46)
    const layanan =
      LAYANAN.exec(s) ??
      LAYANAN.exec(s.replace(/^(persentase|proporsi|jumlah|cakupan|tingkat|rasio) /, "")) ??
      // (a word or two between: "CPPD tersalur kepada masyarakat rawan pangan", forms-blind210)
      /\b(bagi|kepada)( [a-z]+){0,2} $/.exec(s.slice(0, neg.index)) ??
      // a service listed beside it ("Pengaduan / penjangkauan (seluruh korban)", the complaints
      // received as a service to victims, forms-blind70)
      /(?:\/|\bdan) (penjangkauan|pendampingan|pelayanan|layanan|rujukan)\b/.exec(s);
    if (layanan) return { polaritas: "positif", sumber: "leksikon", kata: layanan[1] };
    const yang = s.lastIndexOf(" yang ");
    // (a service named for what it serves, "yang mendapat layanan pengaduan", is no negative
    // subject of its own, forms-blind70)
    // (nor is the name's own gloss in brackets after it: "yang diaudit (Audit Kasus Stunting)",
    // forms-blind300)
    const clause =
      yang > neg.index
        ? s
            .slice(yang + 6)
            .replace(/\s*\([^)]*\)$/, "")
            .replace(/\b(pe)?layanan \S+/g, "layanan")
        : "";
    const terima = MENERIMA.exec(s.slice(neg.index));
    if (clause && NEGATIF.test(clause))
      return { polaritas: "negatif", sumber: "leksikon", kata: NEGATIF.exec(clause)![1] };
    if (terima) return { polaritas: "positif", sumber: "leksikon", kata: terima[1] };
    // (what recurs or happens is the negative itself: "Persentase konflik sosial yang berulang",
    // forms-blind234; so is whom it involves or befalls: "Jumlah kecelakaan yang melibatkan
    // angkutan umum", forms-blind287; and what comes in or is recorded: "Jumlah pengaduan wisatawan
    // yang masuk", forms-blind307)
    if (
      clause &&
      !/^(berulang|terulang|terjadi|timbul|muncul|melibatkan|menimpa|dialami|menyebabkan|mengakibatkan|masuk|tercatat|terlapor|dilaporkan)\b/.test(
        clause,
      )
    )
      return { polaritas: "positif", sumber: "leksikon", kata: `yang ${clause.split(" ")[0]}` };
    return { polaritas: "negatif", sumber: "leksikon", kata: neg[1] };
  }
  const terima = MENERIMA.exec(s);
  if (terima) return { polaritas: "positif", sumber: "leksikon", kata: terima[1] };
  // a service counted ("Perekaman KTP-el ...", "Penerbitan akta ...", forms-blind22)
  const jasa = JASA.exec(s);
  if (jasa) return { polaritas: "positif", sumber: "leksikon", kata: jasa[1] };
  const pos = POSITIF.exec(s);
  if (pos) return { polaritas: "positif", sumber: "leksikon", kata: pos[1] };
  return undefined;
}

/**
 * The polarity of a row: the explicit polaritas cell when it holds a known word, else the
 * lexicon's guess from the indicator text, else undefined.
 */
export function polaritasBaris(
  polaritasCell: unknown,
  indikator: string,
  pilihan: Record<string, Polaritas> = {},
  catatan?: TebakanPolaritas,
): TebakanPolaritas | undefined {
  // what the planner chose in the pane wins over the table and the guess
  // the key is worked out only when the planner chose something (it runs on every row)
  const dipilih = adaPilihan(pilihan) ? pilihan[indicatorKey(indikator)] : undefined;
  if (dipilih) return { polaritas: dipilih, sumber: "pengguna" };
  const p = parsePolaritas(
    typeof polaritasCell === "string" ? polaritasCell.trim() || undefined : polaritasCell,
  );
  if (p?.ok) return { polaritas: p.value, sumber: "kolom" };
  if (
    catatan?.sumber === "catatan" ||
    catatan?.sumber === "baris" ||
    catatan?.sumber === "judul" ||
    catatan?.sumber === "kepala" ||
    catatan?.sumber === "nomor"
  )
    return catatan;
  // a note that lists the negative indicators by their numbers leaves the others positive: an
  // office's own list beats a guess from one word ("penyelesaian ... ganti kerugian", forms-blind20)
  if (catatan?.sumber === "catatan-tersirat" && catatan.daftarNomor) return catatan;
  return polaritasDariTeks(indikator) ?? catatan;
}

/**
 * Is a polarity sure enough for target-trend to judge a path of targets by? Anything but a note's
 * silence about the row, unless the note lists its negatives by number ("indikator nomor 4 semakin
 * kecil semakin baik"): an office that numbers its negatives numbers them all (forms-blind171).
 * kondisi-akhir-mismatch leaves to target-trend what it judges by this; target-outlier asks the
 * whole of target-trend's question, `trenBarisDinilai`.
 */
export function trenDinilai(pol: TebakanPolaritas | undefined): pol is TebakanPolaritas {
  return !!pol && (pol.sumber !== "catatan-tersirat" || !!pol.daftarNomor);
}

/**
 * Does target-trend judge this row's path: a polarity sure enough (`trenDinilai`), and not the
 * lexicon's on a flow, whose yearly targets (houses repaired, hectares handled) may fall as the
 * backlog shrinks (./konsolidasi)? target-outlier leaves a break to target-trend only then.
 */
export function trenBarisDinilai(
  pol: TebakanPolaritas | undefined,
  satuan: string,
  nama: string,
): pol is TebakanPolaritas {
  return trenDinilai(pol) && !(pol.sumber === "leksikon" && aditif(satuan, nama) === "ya");
}

/** How a polarity was found, for messages. */
export function asalPolaritas(t: TebakanPolaritas | undefined): { id: string; en: string } {
  if (!t) return { id: "polaritas tidak diketahui", en: "polarity unknown" };
  if (t.sumber === "kolom") return { id: "dari kolom polaritas", en: "from the polarity column" };
  if (t.sumber === "pengguna") return { id: "dipilih di panel", en: "chosen in the pane" };
  if (t.sumber === "catatan")
    return {
      id: `catatan di bawah tabel menyebut "${t.kata ?? ""}" makin kecil makin baik`,
      en: `the note under the table calls "${t.kata ?? ""}" lower-is-better`,
    };
  if (t.sumber === "baris")
    return {
      id: `baris ini sendiri menyebut "${t.kata ?? ""}"`,
      en: `the row itself says "${t.kata ?? ""}"`,
    };
  if (t.sumber === "judul")
    return {
      id: `judul tabel menyebut "${t.kata ?? ""}"`,
      en: `the table's title says "${t.kata ?? ""}"`,
    };
  if (t.sumber === "kepala")
    return {
      id: `judul kolom target dan realisasinya menyebut "${t.kata ?? ""}"`,
      en: `the heading over the target and realisation says "${t.kata ?? ""}"`,
    };
  if (t.sumber === "nomor")
    return {
      id: `nomor kolom formulir menghitungnya "${t.kata ?? ""}"`,
      en: `the form's column numbers compute it as "${t.kata ?? ""}"`,
    };
  if (t.sumber === "catatan-tersirat")
    return {
      id: "catatan di bawah tabel menyebut indikator negatif lain, bukan yang ini; dianggap positif",
      en: "the note under the table names other lower-is-better indicators, not this one; taken as positive",
    };
  return {
    id: `tebakan dari kata "${t.kata ?? ""}" pada nama indikator`,
    en: `guessed from the word "${t.kata ?? ""}" in the indicator's name`,
  };
}
