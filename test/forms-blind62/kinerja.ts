// Performance tables: the E.81 evaluation of the Renja 2024 of the Kecamatan Passauang of Kota
// Mamaruang (Sulawesi Barat) with K / Rp per triwulan, where most indicators are documents and
// reports that add over the quarters and one is a percentage of services on time (a level), and
// the pengukuran kinerja 2024 of the Dinas Kebudayaan of Kota Karangsoka (Jawa Tengah) with a
// refleksi for its lower-is-better indicators. Every person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type E81R = {
  id: string;
  ur: string;
  ind: string;
  sat: string;
  tk: number;
  trp: number;
  q: number[];
  qrp: number[];
  level?: boolean;
};

/** E.81 evaluasi Renja 2024 Kecamatan Passauang, Kota Mamaruang. */
export function e81Passauang(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-2024-kecamatan-passauang-kota-mamaruang.xlsx",
    "E.81 quarterly evaluation of the Renja (K / Rp per triwulan)",
    "No | Sub Kegiatan | Indikator Keluaran | Satuan | 'Target Renja 2024' > K / Rp | 'Realisasi Kinerja Triwulan' > I .. IV > K / Rp | 'Realisasi s.d. Triwulan IV' > K / Rp | 'Tingkat Capaian (%)' > K / Rp; three header rows; counts SUM their quarters, the on-time percentage takes its Triwulan IV level; ROUND capaian",
  );
  const S = "E81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["KECAMATAN PASSAUANG KOTA MAMARUANG"]);
  s.lines(
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "Periode pelaksanaan: Triwulan IV Tahun 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const rs: E81R[] = [
    {
      id: "r1",
      ur: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan kecamatan",
      sat: "dokumen",
      tk: 3,
      trp: 17_800_000,
      q: [1, 1, 0, 1],
      qrp: [4_250_000, 5_100_000, 2_800_000, 5_180_000],
    },
    {
      id: "r2",
      ur: "Koordinasi dan Penyusunan Laporan Capaian Kinerja SKPD",
      ind: "Jumlah laporan kinerja (LKjIP, LPPD, laporan triwulan)",
      sat: "laporan",
      tk: 6,
      trp: 12_000_000,
      q: [2, 1, 1, 2],
      qrp: [3_600_000, 2_400_000, 2_700_000, 2_950_000],
    },
    {
      id: "r3",
      ur: "Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
      ind: "Persentase layanan PATEN selesai tepat waktu",
      sat: "%",
      tk: 95,
      trp: 38_400_000,
      q: [91.4, 93.2, 94.6, 96.1],
      qrp: [9_100_000, 9_600_000, 9_850_000, 9_480_000],
      level: true,
    },
    {
      id: "r4",
      ur: "Pelaksanaan Musyawarah Perencanaan Pembangunan Kecamatan",
      ind: "Jumlah dokumen hasil musrenbang kecamatan",
      sat: "dokumen",
      tk: 1,
      trp: 41_250_000,
      q: [1, 0, 0, 0],
      qrp: [39_875_000, 0, 0, 0],
    },
    {
      id: "r5",
      ur: "Fasilitasi Kegiatan Pemberdayaan Masyarakat Kelurahan",
      ind: "Jumlah laporan kegiatan pemberdayaan kelurahan",
      sat: "laporan",
      tk: 12,
      trp: 63_000_000,
      q: [3, 3, 3, 3],
      qrp: [12_400_000, 16_750_000, 15_900_000, 17_320_000],
    },
    {
      id: "r6",
      ur: "Pembinaan Lembaga Kemasyarakatan Kelurahan",
      ind: "Jumlah lembaga kemasyarakatan yang dibina",
      sat: "lembaga",
      tk: 12,
      trp: 36_000_000,
      q: [2, 4, 3, 3],
      qrp: [6_450_000, 11_200_000, 9_800_000, 7_950_000],
    },
  ];
  const TW = ["I", "II", "III", "IV"];
  const G = "Realisasi Kinerja Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ur", head: ["Sub Kegiatan"], role: "lainnya", width: 36 },
    { key: "ind", head: ["Indikator Keluaran"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "tk", head: ["Target Renja 2024", "K"], role: "target", year: 2024, fmt: "#,##0.0", width: 8 },
    { key: "trp", head: ["Target Renja 2024", "Rp"], role: "anggaran", year: 2024, fmt: RP, width: 14 },
    ...TW.flatMap((w, i): Col[] => [
      { key: `q${i}`, head: [G, w, "K"], role: "realisasi", year: 2024, fmt: "#,##0.0", width: 7 },
      { key: `p${i}`, head: [G, w, "Rp"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 13 },
    ]),
    {
      key: "yk",
      head: ["Realisasi s.d. Triwulan IV", "K"],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.0",
      width: 8,
    },
    {
      key: "yrp",
      head: ["Realisasi s.d. Triwulan IV", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 14,
    },
    { key: "ck", head: ["Tingkat Capaian (%)", "K"], role: "capaian", year: 2024, fmt: DEC, width: 8 },
    { key: "crp", head: ["Tingkat Capaian (%)", "Rp"], role: "capaian", year: 2024, fmt: DEC, width: 8 },
  ];
  const rows: Row[] = rs.map((x, n) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: n + 1, ur: x.ur, ind: x.ind, sat: x.sat, tk: x.tk, trp: x.trp };
      x.q.forEach((v, i) => (out[`q${i}`] = v));
      x.qrp.forEach((v, i) => (out[`p${i}`] = v));
      out.yk = x.level ? fx(c.a("q3")) : fx(`SUM(${c.a("q0")},${c.a("q1")},${c.a("q2")},${c.a("q3")})`);
      // planted: the yearly Rp of the performance reports typed with two digits swapped
      out.yrp = x.id === "r2" ? 11_560_000 : fx(`SUM(${c.a("p0")},${c.a("p1")},${c.a("p2")},${c.a("p3")})`);
      out.ck = fx(`ROUND(${c.a("yk")}/${c.a("tk")}*100,2)`);
      // planted: the Rp capaian of the lembaga row divides by the target of the row above
      out.crp =
        x.id === "r6"
          ? fx(`ROUND(${c.a("yrp")}/${c.a("trp", "r5")}*100,2)`)
          : fx(`ROUND(${c.a("yrp")}/${c.a("trp")}*100,2)`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Catatan: realisasi K indikator persentase layanan tepat waktu diambil dari capaian triwulan terakhir (tidak dijumlahkan).",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Mamaruang, 15 Januari 2025",
    jabatan: ["Sekretaris Kecamatan Passauang"],
    nama: "HASNIAH DAENG MATENG, S.Sos.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19790412 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (k: string, id: string) =>
    `SUM(${a(`${k}0`, id)},${a(`${k}1`, id)},${a(`${k}2`, id)},${a(`${k}3`, id)})`;
  b.plant({
    at: { sheet: S, cell: a("yrp", "r2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "yearly Rp of the performance reports typed 11,560,000; the four quarters add to 3,600,000 + 2,400,000 + 2,700,000 + 2,950,000 = 11,650,000 (digits swapped)",
    truth: qsum("p", "r2"),
  });
  b.plant({
    at: { sheet: S, cell: a("crp", "r6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rp capaian of the lembaga row divides 35,400,000 by the pemberdayaan target 63,000,000 (56.19); by its own 36,000,000 it is 98.33",
    truth: `ROUND(${a("yrp", "r6")}/${a("trp", "r6")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("yk", "r3"),
    rules: ["sum-mismatch"],
    truth: a("q3", "r3"),
    trap: qsum("q", "r3"),
  });
  b.ok({
    sheet: S,
    cell: a("ck", "r3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("q3", "r3")}/${a("tk", "r3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("yk", "r6"),
    rules: ["sum-mismatch"],
    truth: qsum("q", "r6"),
    trap: a("q3", "r6"),
  });
  b.ok({
    sheet: S,
    cell: a("yrp", "r4"),
    rules: ["sum-mismatch"],
    truth: a("p0", "r4"),
  });
  return b.finish();
}

type PkR = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  pred?: string;
};

/** Pengukuran kinerja 2024 (LKjIP), Dinas Kebudayaan Kota Karangsoka. */
export function capaianKebudayaan(): BookW {
  const b = new BookW(
    "pengukuran-kinerja-2024-dinas-kebudayaan-kota-karangsoka.xlsx",
    "LKjIP pengukuran kinerja table with capaian and predikat",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Sasaran | Satuan | Realisasi 2023 | 'Tahun 2024' > Target / Realisasi / % Capaian | Kategori | Keterangan; capaian ROUND(R/T*100) or the refleksi ROUND((2T-R)/T*100) for indicators marked 'indikator negatif'; Kategori typed; rata-rata row",
  );
  const S = "Pengukuran 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KEBUDAYAAN KOTA KARANGSOKA"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024"], 1, { bold: true });
  s.gap();
  const S1 = "Meningkatnya pelestarian cagar budaya dan objek diduga cagar budaya";
  const S2 = "Meningkatnya apresiasi dan partisipasi masyarakat terhadap kebudayaan";
  const rs: PkR[] = [
    {
      id: "a1",
      sas: S1,
      ind: "Persentase cagar budaya yang dilestarikan",
      sat: "%",
      t: 62,
      r: 64.5,
      r23: 58.2,
    },
    {
      id: "a2",
      sas: S1,
      ind: "Persentase cagar budaya dalam kondisi rusak",
      sat: "%",
      t: 12,
      r: 13.4,
      r23: 14.1,
      neg: true,
    },
    {
      id: "a3",
      sas: S1,
      ind: "Rata-rata waktu penerbitan rekomendasi pelestarian cagar budaya",
      sat: "hari",
      t: 14,
      r: 16,
      r23: 17,
      neg: true,
      pred: "Sangat Tinggi",
    },
    {
      id: "b1",
      sas: S2,
      ind: "Jumlah kunjungan ke museum dan situs budaya",
      sat: "orang",
      t: 48_500,
      r: 41_260,
      r23: 39_815,
    },
    {
      id: "b2",
      sas: S2,
      ind: "Jumlah karya budaya yang dicatatkan sebagai WBTb",
      sat: "karya",
      t: 6,
      r: 4,
      r23: 3,
      pred: "Rendah",
    },
    { id: "b3", sas: S2, ind: "Indeks Pembangunan Kebudayaan", sat: "indeks", t: 58.5, r: 57.12, r23: 56.34 },
    {
      id: "b4",
      sas: S2,
      ind: "Persentase sanggar seni yang aktif berkegiatan",
      sat: "%",
      t: 75,
      r: 61.4,
      r23: 66.7,
    },
  ];
  const cap = (x: PkR) =>
    Math.round((x.neg && x.id !== "a3" ? (2 * x.t - x.r) / x.t : x.r / x.t) * 10000 + 1e-7) / 100;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: "#,##0.00", width: 11 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: "#,##0.00", width: 10 },
    {
      key: "r",
      head: ["Tahun 2024", "Realisasi"],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.00",
      width: 10,
    },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "k", head: ["Kategori"], role: "predikat", width: 13 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 18 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      r23: x.r23,
      t: x.t,
      r: x.r,
      // planted (a3): the waktu layanan row takes R / T although it is an indikator negatif
      c:
        x.neg && x.id !== "a3"
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      k: x.pred ?? predikat(cap(x)),
      ket: x.neg ? "indikator negatif" : "-",
    }),
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${c.a("c", "a1")}:${c.a("c", "b4")}),2)`),
      k: predikat(
        Math.round(
          (rs.reduce((acc, x) => acc + (x.id === "a3" ? (x.r / x.t) * 100 : cap(x)), 0) / rs.length) * 100,
        ) / 100,
      ),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Capaian indikator negatif = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Karangsoka, 20 Februari 2025",
    jabatan: ["Kepala Dinas Kebudayaan"],
    nama: "Drs. BAMBANG SETYO NUGROHO, M.Hum.",
    nip: "19690823 199403 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "a3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "rekomendasi waktu (hari, indikator negatif) takes R / T = 16 / 14 x 100 = 114.29; the refleksi of the note gives (28 - 16) / 14 x 100 = 85.71",
    truth: `ROUND((2*${a("t", "a3")}-${a("r", "a3")})/${a("t", "a3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("k", "b2") },
    rules: ["predikat-mismatch"],
    note: "WBTb capaian 4 / 6 x 100 = 66.67 is in the band > 65 - 75 (Sedang); the sheet says Rendah",
    truth: `PREDIKAT(${a("c", "b2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "a2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "a2")}-${a("r", "a2")})/${a("t", "a2")}*100,2)`,
    trap: `ROUND(${a("r", "a2")}/${a("t", "a2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "a1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "a1")}/${a("t", "a1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k", "a1"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c", "a1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k", "b4"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c", "b4")})`,
  });
  return b.finish();
}
