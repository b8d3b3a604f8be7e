// Performance tables of the DP3AP2KB of Kabupaten Lubuk Sirangkak (Sumatera Barat): the LKjIP 2024
// capaian of its IKU (IPG, IDG, a lower-is-better angka kekerasan per 10.000 anak and TFR, typed
// "Kategori" words) and the E.81 evaluation of the Renja 2024 at Triwulan IV with K and Rp per
// quarter. Every person and number is invented; codes follow Kepmendagri 050-5889/2021.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Iku = { ind: string; sat: string; r23: number; t: number; r: number; low?: boolean };

/** LKjIP 2024, Tabel Capaian IKU, with a "Kategori" column in Baik words. */
export function lkjipIkuLubuk(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-iku-ipg-idg-dp3ap2kb-kab-lubuk-sirangkak.xlsx",
    "LKjIP capaian IKU (IPG, IDG, angka kekerasan per 10.000 anak)",
    "No | Sasaran | 'Indikator Kinerja Utama' | Satuan | 'Kinerja 2023' | 'Tahun 2024' > Target | Realisasi | 'Capaian (%)' | Kategori (Sangat Baik .. Sangat Kurang) | Ket.; lower-is-better rows (angka kekerasan, TFR) take the refleksi (2T - R) / T x 100; sasaran merged",
  );
  const S = "Capaian IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS PP, PA, PENGENDALIAN PENDUDUK DAN KB KABUPATEN LUBUK SIRANGKAK",
  ]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"], 1, { bold: true });
  const S1 = "Meningkatnya kesetaraan gender dan pemberdayaan perempuan";
  const S2 = "Menurunnya kekerasan terhadap perempuan dan anak";
  const S3 = "Terkendalinya pertumbuhan penduduk";
  const xs: Array<Iku & { sas: string }> = [
    { sas: S1, ind: "Indeks Pembangunan Gender (IPG)", sat: "indeks", r23: 94.12, t: 94.5, r: 94.87 },
    { sas: S1, ind: "Indeks Pemberdayaan Gender (IDG)", sat: "indeks", r23: 71.35, t: 73.0, r: 72.14 },
    {
      sas: S2,
      ind: "Angka kekerasan terhadap anak per 10.000 anak",
      sat: "per 10.000 anak",
      r23: 5.8,
      t: 5.2,
      r: 4.9,
      low: true,
    },
    {
      sas: S2,
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani",
      sat: "%",
      r23: 96.4,
      t: 100,
      r: 93.75,
    },
    {
      sas: S3,
      ind: "Angka kelahiran total (TFR)",
      sat: "anak per WUS",
      r23: 2.41,
      t: 2.3,
      r: 2.36,
      low: true,
    },
    { sas: S3, ind: "Angka pemakaian kontrasepsi modern (mCPR)", sat: "%", r23: 55.8, t: 62.5, r: 54.3 },
  ];
  const T = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "r23", head: ["Kinerja 2023"], role: "realisasi", year: 2023, fmt: "0.00", width: 10 },
    { key: "t", head: [T, "Target"], role: "target", year: 2024, fmt: "0.00", width: 9 },
    { key: "r", head: [T, "Realisasi"], role: "realisasi", year: 2024, fmt: "0.00", width: 9 },
    { key: "cp", head: [T, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 12 },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 16 },
  ];
  const capOf = (x: Iku) => round(x.low ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100, 2);
  const rows: Row[] = xs.map((x, i) => ({
    id: `i${i + 1}`,
    cells: (c): Record<string, Cell> => {
      // planted: the TFR row (lower is better) divides R by T like the rows above it
      const useLow = x.low && i !== 4;
      const cp = useLow
        ? `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`
        : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`;
      const shown = i === 4 ? round((x.r / x.t) * 100, 2) : capOf(x);
      // planted: mCPR (86.88) given the top word
      const kat = i === 5 ? "Sangat Baik" : predikatBaik(shown);
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: x.r23,
        t: x.t,
        r: x.r,
        cp: fx(cp),
        kat,
        ket: x.low ? "semakin kecil semakin baik" : "-",
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Untuk indikator yang semakin kecil semakin baik: capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Koto Sirangkak, 27 Februari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Dra. YULIASNI DT. RANGKAYO, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700812 199503 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const plain = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cp", "i5") },
    rules: ["capaian-mismatch"],
    note: "TFR (lower is better) capaian = 2.36 / 2.30 x 100 = 102.61; the refleksi of the note gives (2 x 2.30 - 2.36) / 2.30 x 100 = 97.39",
    truth: refl("i5"),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i6") },
    rules: ["predikat-mismatch"],
    note: "mCPR capaian 54.3 / 62.5 x 100 = 86.88 labelled 'Sangat Baik'; > 75 - 90 is 'Baik'",
    truth: `PREDIKAT_BAIK(${a("cp", "i6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "i3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl("i3"),
    trap: plain("i3"),
  });
  b.ok({
    sheet: S,
    cell: a("kat", "i3"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("cp", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "i1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: plain("i1"),
  });
  b.ok({
    sheet: S,
    cell: a("kat", "i2"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("cp", "i2")})`,
  });
  return b.finish();
}

type E = {
  id: string;
  kd: string;
  ur: string;
  ind: string;
  sat: string;
  tk: number;
  trp?: number;
  q: number[];
  qrp?: number[];
  level?: boolean;
  kids?: string[];
};

/** E.81 Triwulan IV 2024 of the Renja, K and Rp per quarter. */
export function e81Lubuk(): BookW {
  const b = new BookW(
    "evaluasi-hasil-renja-e81-triwulan-iv-2024-dp3ap2kb-kab-lubuk-sirangkak.xlsx",
    "E.81 evaluation of the Renja, quarters K and Rp",
    "No | Kode | 'Program / Kegiatan / Sub Kegiatan' | Indikator Kinerja | Satuan | 'Target Renja PD Tahun 2024' > K | Rp | 'Realisasi Kinerja dan Anggaran Renja PD Tahun 2024' > 'TW I' .. 'TW IV' > K | Rp | 'Realisasi s.d. Akhir Tahun 2024' > K | Rp | 'Tingkat Capaian (%)' > K | Rp; three header rows; level indicators take TW IV, counts the SUM; program Rp adds its kegiatan",
  );
  const S = "E.81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN",
    "DINAS PP, PA, PENGENDALIAN PENDUDUK DAN KB KABUPATEN LUBUK SIRANGKAK",
    "Periode Pelaksanaan: Triwulan IV Tahun 2024",
  ]);
  const xs: E[] = [
    {
      id: "p1",
      kd: "2.08.03",
      ur: "PROGRAM PERLINDUNGAN PEREMPUAN",
      ind: "Persentase perempuan korban kekerasan yang mendapat layanan",
      sat: "%",
      tk: 100,
      q: [92.3, 95.1, 97.4, 98.6],
      level: true,
      kids: ["k1"],
    },
    {
      id: "k1",
      kd: "2.08.03.2.02",
      ur: "Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan yang Memerlukan Koordinasi Kewenangan Kabupaten/Kota",
      ind: "Jumlah perempuan korban kekerasan yang mendapat layanan rujukan lanjutan",
      sat: "orang",
      tk: 60,
      q: [14, 17, 15, 12],
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      kd: "2.08.03.2.02.0001",
      ur: "Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan",
      ind: "Jumlah perempuan korban kekerasan yang mendapat layanan pengaduan",
      sat: "orang",
      tk: 60,
      trp: 186_500_000,
      q: [14, 17, 15, 12],
      qrp: [32_150_000, 51_400_000, 48_275_000, 49_820_000],
    },
    {
      id: "s2",
      kd: "2.08.03.2.02.0004",
      ur: "Penyediaan Layanan Rehabilitasi Kesehatan bagi Perempuan Korban Kekerasan",
      ind: "Jumlah perempuan korban kekerasan yang mendapat layanan kesehatan",
      sat: "orang",
      tk: 40,
      trp: 142_800_000,
      q: [8, 11, 9, 10],
      qrp: [21_600_000, 38_450_000, 35_900_000, 42_175_000],
    },
    {
      id: "p2",
      kd: "2.08.08",
      ur: "PROGRAM PERLINDUNGAN KHUSUS ANAK",
      ind: "Persentase anak korban kekerasan yang tertangani",
      sat: "%",
      tk: 100,
      q: [88.9, 93.3, 95.2, 96.8],
      level: true,
      kids: ["k2"],
    },
    {
      id: "k2",
      kd: "2.08.08.2.01",
      ur: "Pencegahan Kekerasan terhadap Anak yang Melibatkan Para Pihak Lingkup Daerah Kabupaten/Kota",
      ind: "Jumlah nagari yang memiliki PATBM aktif",
      sat: "nagari",
      tk: 24,
      q: [16, 18, 21, 23],
      level: true,
      kids: ["s3", "s4"],
    },
    {
      id: "s3",
      kd: "2.08.08.2.01.0001",
      ur: "Koordinasi dan Sinkronisasi Pencegahan Kekerasan terhadap Anak",
      ind: "Jumlah rapat koordinasi pencegahan kekerasan terhadap anak",
      sat: "kali",
      tk: 8,
      trp: 96_400_000,
      q: [2, 2, 2, 2],
      qrp: [18_300_000, 24_650_000, 23_900_000, 27_150_000],
    },
    {
      id: "s4",
      kd: "2.08.07.2.01.0002",
      ur: "Sosialisasi dan Pembentukan Perlindungan Anak Terpadu Berbasis Masyarakat (PATBM)",
      ind: "Jumlah kader PATBM yang dilatih",
      sat: "orang",
      tk: 120,
      trp: 214_600_000,
      q: [0, 40, 45, 35],
      qrp: [0, 68_750_000, 79_300_000, 61_420_000],
    },
  ];
  const TG = "Target Renja PD Tahun 2024";
  const RQ = "Realisasi Kinerja dan Anggaran Renja PD Tahun 2024";
  const RY = "Realisasi s.d. Akhir Tahun 2024";
  const TC = "Tingkat Capaian (%)";
  const QS = ["TW I", "TW II", "TW III", "TW IV"];
  let n = 1;
  const num = () => n++;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: num(), width: 5 },
    { key: "kd", head: ["Kode"], role: "kode", num: num(), width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", num: num(), width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: num(), width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 9 },
    { key: "tk", head: [TG, "K"], role: "target", year: 2024, num: num(), fmt: "#,##0.##", width: 8 },
    { key: "trp", head: [TG, "Rp"], role: "anggaran", year: 2024, num: num(), fmt: RP, width: 15 },
    ...QS.flatMap((q, j): Col[] => [
      {
        key: `q${j}k`,
        head: [RQ, q, "K"],
        role: "realisasi",
        year: 2024,
        num: num(),
        fmt: "#,##0.##",
        width: 8,
      },
      {
        key: `q${j}rp`,
        head: [RQ, q, "Rp"],
        role: "realisasi-anggaran",
        year: 2024,
        num: num(),
        fmt: RP,
        width: 14,
      },
    ]),
    { key: "rk", head: [RY, "K"], role: "realisasi", year: 2024, num: num(), fmt: "#,##0.##", width: 8 },
    { key: "rrp", head: [RY, "Rp"], role: "realisasi-anggaran", year: 2024, num: num(), fmt: RP, width: 15 },
    { key: "ck", head: [TC, "K"], role: "capaian", year: 2024, num: num(), fmt: DEC, width: 8 },
    { key: "crp", head: [TC, "Rp"], role: "capaian", year: 2024, num: num(), fmt: DEC, width: 8 },
  ];
  let no = 0;
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        no: x.kids ? undefined : ++no,
        kd: x.kd,
        ur: x.ur,
        ind: x.ind,
        sat: x.sat,
        tk: x.tk,
      };
      const kidsSum = (key: string) => fx((x.kids ?? []).map((k) => c.a(key, k)).join("+"));
      out.trp = x.trp ?? kidsSum("trp");
      x.q.forEach((v, j) => {
        out[`q${j}k`] = v;
        out[`q${j}rp`] = x.qrp ? x.qrp[j] : kidsSum(`q${j}rp`);
      });
      // planted: the rapat koordinasi count row (s3) carries the level formula =TW IV of the row above
      out.rk =
        x.level || x.id === "s3"
          ? fx(c.a("q3k"))
          : fx(`${c.a("q0k")}+${c.a("q1k")}+${c.a("q2k")}+${c.a("q3k")}`);
      out.rrp = fx(`SUM(${c.a("q0rp")},${c.a("q1rp")},${c.a("q2rp")},${c.a("q3rp")})`);
      out.ck = fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`);
      out.crp = fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: indikator persentase dan jumlah nagari ber-PATBM bersifat posisi (nilai TW IV = nilai tahunan).",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Koto Sirangkak, 13 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Dra. YULIASNI DT. RANGKAYO, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700812 199503 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (id: string) => `${a("q0k", id)}+${a("q1k", id)}+${a("q2k", id)}+${a("q3k", id)}`;
  b.plant({
    at: { sheet: S, cell: a("kd", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan PATBM coded 2.08.07.2.01.0002 (Pemenuhan Hak Anak) under kegiatan 2.08.08.2.01 of Perlindungan Khusus Anak",
    truth: a("kd", "k2"),
    actual: `PARENT(${a("kd", "s4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rk", "s3") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "rapat koordinasi (a count, 2 a quarter) yearly K is =TW IV only: 2; the four quarters add to 8",
    truth: qsum("s3"),
  });
  b.ok({
    sheet: S,
    cell: a("rk", "p1"),
    rules: ["sum-mismatch"],
    truth: a("q3k", "p1"),
    trap: qsum("p1"),
  });
  b.ok({
    sheet: S,
    cell: a("rk", "k2"),
    rules: ["sum-mismatch"],
    truth: a("q3k", "k2"),
    trap: qsum("k2"),
  });
  b.ok({
    sheet: S,
    cell: a("trp", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("trp", "s3")}+${a("trp", "s4")}`,
    trap: `${a("trp", "k2")}+${a("trp", "s3")}+${a("trp", "s4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rk", "k1"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: qsum("k1"),
  });
  b.ok({
    sheet: S,
    cell: a("crp", "s2"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("rrp", "s2")}/${a("trp", "s2")}*100,2)`,
  });
  return b.finish();
}
