// The social affairs offices: the recap of PKH and BPNT social assistance per kabupaten per tahap
// (semester I 2024) of the Dinas Sosial of Provinsi Papua, and the SPM bidang sosial recap 2024
// (sasaran, terlayani, persentase, a RATA-RATA row) with its budget table of the Dinas Sosial of
// Provinsi Gorontalo. Every kabupaten, name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Kab = { id: string; nama: string; pk: [number, number]; pv: [number, number]; bk: [number, number] };

const KABS: Kab[] = [
  {
    id: "snt",
    nama: "Kabupaten Sentanikarya",
    pk: [18_452, 18_197],
    pv: [12_734_625_000, 12_561_450_000],
    bk: [24_310, 24_118],
  },
  {
    id: "ywm",
    nama: "Kabupaten Yawamori",
    pk: [9_864, 9_731],
    pv: [6_802_275_000, 6_716_850_000],
    bk: [13_205, 13_092],
  },
  {
    id: "nmb",
    nama: "Kabupaten Nimboran Raya",
    pk: [7_215, 7_168],
    pv: [4_977_150_000, 4_945_725_000],
    bk: [9_874, 9_806],
  },
  {
    id: "nmf",
    nama: "Kabupaten Numforindah",
    pk: [11_036, 10_912],
    pv: [7_616_400_000, 7_529_025_000],
    bk: [15_447, 15_301],
  },
  {
    id: "swb",
    nama: "Kabupaten Sawaibu",
    pk: [3_482, 3_455],
    pv: [2_401_875_000, 2_383_500_000],
    bk: [4_918, 4_887],
  },
  {
    id: "wrp",
    nama: "Kabupaten Waropen Pesisir",
    pk: [4_127, 4_096],
    pv: [2_848_350_000, 2_826_225_000],
    bk: [5_763, 5_720],
  },
  {
    id: "hmb",
    nama: "Kota Humboldt",
    pk: [14_598, 14_403],
    pv: [10_071_750_000, 9_937_575_000],
    bk: [19_652, 19_488],
  },
];

/** Recap of PKH and BPNT per kabupaten per tahap, semester I 2024, Dinas Sosial Provinsi Papua. */
export function rekapPkhBpntPapua(): BookW {
  const b = new BookW(
    "rekap-penyaluran-pkh-bpnt-semester-1-2024-dinsos-provinsi-papua.xlsx",
    "recap of social assistance recipients (PKH, BPNT) per kabupaten per tahap with nilai bantuan",
    "No | Kabupaten/Kota | 'Program Keluarga Harapan (PKH)' > 'Tahap I' / 'Tahap II' > KPM / Nilai (Rp), 'KPM Akhir Semester I', 'Jumlah Nilai PKH (Rp)' | 'Bantuan Pangan Non Tunai (BPNT)' > 'Tahap I' / 'Tahap II' > KPM / Nilai (Rp), 'Jumlah Nilai BPNT (Rp)' | 'Total Nilai Bansos (Rp)'; three header rows, number row 1..15; BPNT nilai = KPM x Rp 600.000; KPM akhir = Tahap II (a level); JUMLAH row of SUM",
  );
  const S = "Rekap Sem I 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI PAPUA", "DINAS SOSIAL", "Bidang Perlindungan dan Jaminan Sosial"]);
  s.lines(
    [
      "REKAPITULASI PENYALURAN BANTUAN SOSIAL PKH DAN BPNT PER KABUPATEN/KOTA",
      "SEMESTER I (TAHAP I - II) TAHUN 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const P = "Program Keluarga Harapan (PKH)";
  const B = "Bantuan Pangan Non Tunai (BPNT)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", num: 2, width: 26 },
    { key: "pk1", head: [P, "Tahap I", "KPM"], role: "realisasi", year: 2024, num: 3, fmt: INT, width: 9 },
    {
      key: "pv1",
      head: [P, "Tahap I", "Nilai (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 4,
      fmt: RP,
      width: 16,
    },
    { key: "pk2", head: [P, "Tahap II", "KPM"], role: "realisasi", year: 2024, num: 5, fmt: INT, width: 9 },
    {
      key: "pv2",
      head: [P, "Tahap II", "Nilai (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 6,
      fmt: RP,
      width: 16,
    },
    {
      key: "pka",
      head: [P, "KPM Akhir Semester I"],
      role: "realisasi",
      year: 2024,
      num: 7,
      fmt: INT,
      width: 10,
    },
    {
      key: "pvj",
      head: [P, "Jumlah Nilai PKH (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 8,
      fmt: RP,
      width: 17,
    },
    { key: "bk1", head: [B, "Tahap I", "KPM"], role: "realisasi", year: 2024, num: 9, fmt: INT, width: 9 },
    {
      key: "bv1",
      head: [B, "Tahap I", "Nilai (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 10,
      fmt: RP,
      width: 16,
    },
    { key: "bk2", head: [B, "Tahap II", "KPM"], role: "realisasi", year: 2024, num: 11, fmt: INT, width: 9 },
    {
      key: "bv2",
      head: [B, "Tahap II", "Nilai (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 12,
      fmt: RP,
      width: 16,
    },
    {
      key: "bvj",
      head: [B, "Jumlah Nilai BPNT (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 13,
      fmt: RP,
      width: 17,
    },
    {
      key: "tot",
      head: ["Total Nilai Bansos (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "14 = 8 + 13",
      fmt: RP,
      width: 18,
    },
  ];
  const NUMS = ["pk1", "pv1", "pk2", "pv2", "pka", "pvj", "bk1", "bv1", "bk2", "bv2", "bvj", "tot"];
  const rows: Row[] = KABS.map((k, i) => ({
    id: k.id,
    cells: (x) => ({
      no: i + 1,
      kab: k.nama,
      pk1: k.pk[0],
      pv1: k.pv[0],
      pk2: k.pk[1],
      pv2: k.pv[1],
      pka: fx(x.a("pk2")),
      // planted: the Numforindah PKH total typed 15,154,425,000 (15,145,425,000 with two digits swapped)
      pvj: k.id === "nmf" ? 15_154_425_000 : fx(`${x.a("pv1")}+${x.a("pv2")}`),
      bk1: k.bk[0],
      bv1: fx(`${x.a("bk1")}*600000`),
      bk2: k.bk[1],
      bv2: fx(`${x.a("bk2")}*600000`),
      bvj: fx(`${x.a("bv1")}+${x.a("bv2")}`),
      tot: fx(`${x.a("pvj")}+${x.a("bvj")}`),
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kab"],
    cells: (x) => {
      const c: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of NUMS) {
        // planted: the JUMLAH of the PKH Tahap II nilai stops one row short of Kota Humboldt
        const last = k === "pv2" ? "wrp" : "hmb";
        c[k] = fx(`SUM(${x.a(k, "snt")}:${x.a(k, last)})`);
      }
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: KPM = Keluarga Penerima Manfaat; indeks BPNT Rp 200.000/KPM/bulan, disalurkan per tahap (3 bulan).",
    "KPM akhir semester = KPM yang menerima pada Tahap II (bukan penjumlahan tahap).",
    "Sumber: SIKS-NG dan laporan penyaluran bank Himbara, posisi 30 Juni 2024.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Jayapura, 15 Juli 2024",
    jabatan: ["Kepala Dinas Sosial Provinsi Papua"],
    nama: "YULIANUS MANDOWEN, S.Sos., M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700625 199603 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => `SUM(${a(k, "snt")}:${a(k, "hmb")})`;
  b.plant({
    at: { sheet: S, cell: a("pv2", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of the PKH Tahap II nilai is =SUM over the first six kabupaten only (37,962,775,000); with Kota Humboldt's 9,937,575,000 the seven give 47,900,350,000",
    truth: col("pv2"),
  });
  b.plant({
    at: { sheet: S, cell: a("pvj", "nmf") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Nilai PKH of Kabupaten Numforindah is a typed 15,154,425,000 among formulas; Tahap I 7,616,400,000 + Tahap II 7,529,025,000 give 15,145,425,000 (two digits swapped)",
    truth: `${a("pv1", "nmf")}+${a("pv2", "nmf")}`,
  });
  for (const id of ["snt", "ywm", "hmb"])
    b.ok({
      sheet: S,
      cell: a("pka", id),
      rules: ["sum-mismatch"],
      truth: a("pk2", id),
      trap: `${a("pk1", id)}+${a("pk2", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("pka", "jml"),
    rules: ["sum-mismatch"],
    truth: col("pka"),
    trap: `${a("pk1", "jml")}+${a("pk2", "jml")}`,
  });
  for (const k of ["pk1", "pv1", "pk2", "bv1", "bv2", "bvj"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: col(k) });
  for (const id of ["snt", "swb"])
    b.ok({
      sheet: S,
      cell: a("tot", id),
      rules: ["sum-mismatch"],
      truth: `${a("pv1", id)}+${a("pv2", id)}+${a("bv1", id)}+${a("bv2", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("pvj", "hmb"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${a("pv1", "hmb")}+${a("pv2", "hmb")}`,
  });
  return b.finish();
}

type Spm = { id: string; jenis: string; sas: number; lay: number; ket: string };
type Ang = { id: string; kode: string; ur: string; pagu: number; real: number };

/** SPM bidang sosial 2024 with its budget table, Dinas Sosial Provinsi Gorontalo. */
export function spmSosialGorontalo(): BookW {
  const b = new BookW(
    "capaian-spm-bidang-sosial-2024-dinsos-provinsi-gorontalo.xlsx",
    "SPM sosial recap (sasaran, terlayani, persentase) with RATA-RATA, and its budget realisation",
    "Tabel 1: No | Jenis Pelayanan Dasar | Jumlah Warga Negara yang Menjadi Sasaran (orang) | Jumlah yang Telah Terlayani (orang) | Persentase Pencapaian (%) | Keterangan; JUMLAH row for the people, RATA-RATA row (ROUND(AVERAGE)) for the percentage; under it Tabel 2: No | Kode | Sub Kegiatan Pendukung SPM | Pagu Anggaran (Rp) | Realisasi (Rp) | Serapan (%); JUMLAH",
  );
  const S = "SPM Sosial 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI GORONTALO", "DINAS SOSIAL"]);
  s.lines(["LAPORAN PENERAPAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG SOSIAL TAHUN 2024"], 1, { bold: true });
  s.gap();
  s.lines(["Tabel 1. Capaian Jenis Pelayanan Dasar"], 1, { bold: true });
  const sp: Spm[] = [
    {
      id: "dis",
      jenis: "Rehabilitasi sosial dasar penyandang disabilitas terlantar di dalam panti",
      sas: 186,
      lay: 186,
      ket: "UPTD Panti Sosial Bina Daksa",
    },
    {
      id: "ank",
      jenis: "Rehabilitasi sosial dasar anak terlantar di dalam panti",
      sas: 142,
      lay: 138,
      ket: "4 anak dirujuk ke keluarga pengganti",
    },
    {
      id: "lan",
      jenis: "Rehabilitasi sosial dasar lanjut usia terlantar di dalam panti",
      sas: 215,
      lay: 209,
      ket: "daya tampung panti terbatas",
    },
    {
      id: "gep",
      jenis: "Rehabilitasi sosial dasar gelandangan dan pengemis di dalam panti",
      sas: 64,
      lay: 58,
      ket: "-",
    },
    {
      id: "ben",
      jenis: "Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana provinsi",
      sas: 1_254,
      lay: 1_254,
      ket: "banjir bandang (2 kejadian)",
    },
  ];
  const c1: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "jns", head: ["Jenis Pelayanan Dasar"], role: "indikator", width: 44 },
    {
      key: "sas",
      head: ["Jumlah Warga Negara yang Menjadi Sasaran (orang)"],
      role: "target",
      year: 2024,
      fmt: INT,
      width: 14,
    },
    {
      key: "lay",
      head: ["Jumlah yang Telah Terlayani (orang)"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 14,
    },
    { key: "pct", head: ["Persentase Pencapaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 12 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 28 },
  ];
  const r1: Row[] = sp.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      jns: x.jenis,
      sas: x.sas,
      lay: x.lay,
      pct: fx(`ROUND(${c.a("lay")}/${c.a("sas")}*100,2)`),
      ket: x.ket,
    }),
  }));
  r1.push({
    id: "jml",
    bold: true,
    span: ["no", "jns"],
    cells: (c) => ({
      no: "JUMLAH",
      sas: fx(`SUM(${c.a("sas", "dis")}:${c.a("sas", "ben")})`),
      lay: fx(`SUM(${c.a("lay", "dis")}:${c.a("lay", "ben")})`),
    }),
  });
  r1.push({
    id: "avg",
    bold: true,
    span: ["no", "lay"],
    cells: (c) => ({
      no: "RATA-RATA CAPAIAN SPM",
      pct: fx(`ROUND(AVERAGE(${c.a("pct", "dis")}:${c.a("pct", "ben")}),2)`),
    }),
  });
  const t1 = s.table({ cols: c1, headerRows: 1, rows: r1 });
  s.gap(2);
  s.lines(["Tabel 2. Realisasi Anggaran Sub Kegiatan Pendukung SPM"], 1, { bold: true });
  const an: Ang[] = [
    {
      id: "pmk",
      kode: "1.06.04.2.01.0001",
      ur: "Penyediaan Permakanan",
      pagu: 1_482_600_000,
      real: 1_455_318_000,
    },
    { id: "snd", kode: "1.06.04.2.01.0002", ur: "Penyediaan Sandang", pagu: 250_000_000, real: 264_850_000 },
    {
      id: "asr",
      kode: "1.06.04.2.01.0003",
      ur: "Penyediaan Asrama yang Mudah Diakses",
      pagu: 385_750_000,
      real: 371_204_500,
    },
    {
      id: "kes",
      kode: "1.06.04.2.01.0005",
      ur: "Penyediaan Perbekalan Kesehatan di Dalam Panti",
      pagu: 196_400_000,
      real: 188_965_000,
    },
    {
      id: "bnc",
      kode: "1.06.05.2.01.0001",
      ur: "Penyediaan Makanan bagi Korban Bencana Provinsi",
      pagu: 420_000_000,
      real: 402_780_000,
    },
  ];
  const c2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 44 },
    { key: "ur", head: ["Sub Kegiatan Pendukung SPM"], width: 14 },
    { key: "pg", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 14 },
    { key: "rl", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 12 },
    { key: "sr", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 28 },
  ];
  const r2: Row[] = an.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      kode: x.kode,
      ur: x.ur,
      pg: x.pagu,
      rl: x.real,
      sr: fx(`ROUND(${c.a("rl")}/${c.a("pg")}*100,2)`),
    }),
  }));
  r2.push({
    id: "jml",
    bold: true,
    span: ["no", "ur"],
    cells: (c) => ({
      no: "JUMLAH",
      pg: fx(`SUM(${c.a("pg", "pmk")}:${c.a("pg", "bnc")})`),
      // planted: the JUMLAH realisasi stops at the perbekalan kesehatan row
      rl: fx(`SUM(${c.a("rl", "pmk")}:${c.a("rl", "kes")})`),
      sr: fx(`ROUND(${c.a("rl")}/${c.a("pg")}*100,2)`),
    }),
  });
  const t2 = s.table({ cols: c2, headerRows: 1, rows: r2 });
  s.gap();
  s.lines([
    "Catatan: rata-rata capaian SPM = rata-rata persentase kelima jenis pelayanan dasar (tidak dibobot).",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Gorontalo, 20 Januari 2025",
    jabatan: ["Kepala Dinas Sosial", "Provinsi Gorontalo"],
    nama: "Dr. ARIFIN BUHANG, S.STP., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19781103 199712 1 002",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a2("sr", "snd") },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "realisasi of Penyediaan Sandang typed 264,850,000 against a pagu of 250,000,000, serapan 105.94; the spending (246,850,000, two digits swapped) gives 98.74",
    truth: `ROUND(246850000/${a2("pg", "snd")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a2("rl", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH realisasi is =SUM over the first four lines (2,280,337,500); with the makanan korban bencana (402,780,000) the five give 2,683,117,500",
    truth: `SUM(${a2("rl", "pmk")}:${a2("rl", "bnc")})`,
  });
  const avg = `ROUND(AVERAGE(${a1("pct", "dis")}:${a1("pct", "ben")}),2)`;
  b.ok({
    sheet: S,
    cell: a1("pct", "avg"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: avg,
    trap: `ROUND(${a1("lay", "jml")}/${a1("sas", "jml")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a1("sas", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a1("sas", "dis")}:${a1("sas", "ben")})`,
  });
  b.ok({
    sheet: S,
    cell: a1("lay", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a1("lay", "dis")}:${a1("lay", "ben")})`,
  });
  for (const id of ["dis", "ben"])
    b.ok({
      sheet: S,
      cell: a1("pct", id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: "100",
    });
  b.ok({
    sheet: S,
    cell: a1("pct", "gep"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a1("lay", "gep")}/${a1("sas", "gep")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a2("pg", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("pg", "pmk")}:${a2("pg", "bnc")})`,
  });
  b.ok({
    sheet: S,
    cell: a2("sr", "bnc"),
    rules: ["serapan-over-100", "capaian-mismatch"],
    truth: `ROUND(${a2("rl", "bnc")}/${a2("pg", "bnc")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a2("kode", "kes"), rules: ["code-hierarchy"], truth: `"1.06.04.2.01.0005"` });
  return b.finish();
}
