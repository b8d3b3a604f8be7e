// Recaps a Dinas Ketahanan Pangan really keeps: the pengawasan keamanan pangan segar asal tumbuhan
// (PSAT) per kabupaten/kota of Provinsi Kepulauan Bangka Belitung with a recap by kelompok PSAT, and
// the monthly stock of the cadangan beras pemerintah provinsi of Nusa Tenggara Timur (stok awal,
// pengadaan, penyaluran, stok akhir; the JUMLAH row adds the flows but takes January's stok awal and
// December's stok akhir). Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

// ============================================== UPTD / Bidang Keamanan Pangan, Bangka Belitung 2024

type Kab = { id: string; nm: string; q: number[]; ms: number };

export function psatBabel(): BookW {
  const b = new BookW(
    "rekap-pengawasan-psat-per-kabupaten-babel-2024.xlsx",
    "rekap pengawasan keamanan PSAT per kabupaten/kota",
    "No | Kabupaten/Kota | 'Jumlah Sampel PSAT Diuji (sampel)' > Triwulan I .. IV | Jumlah | 'Hasil Uji Laboratorium' > Memenuhi Syarat | Tidak Memenuhi Syarat | % Memenuhi Syarat; number row (1) .. (7)=(3)+(4)+(5)+(6), (9)=(7)-(8), (10)=(8)/(7)x100; TOTAL row; Tabel 2 by kelompok PSAT under it with a Jumlah % that is the ratio of totals",
  );
  const S = "Rekap PSAT 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KEPULAUAN BANGKA BELITUNG",
    "DINAS KETAHANAN PANGAN",
    "Bidang Konsumsi dan Keamanan Pangan",
  ]);
  s.lines([
    "Tabel 1. Rekapitulasi Pengawasan Keamanan Pangan Segar Asal Tumbuhan (PSAT) per Kabupaten/Kota",
    "Tahun Anggaran 2024",
  ]);
  s.gap();
  const kabs: Kab[] = [
    { id: "k1", nm: "Kabupaten Tanjung Kelumpang", q: [18, 24, 22, 16], ms: 74 },
    { id: "k2", nm: "Kabupaten Sungai Selan Raya", q: [12, 15, 17, 14], ms: 51 },
    { id: "k3", nm: "Kabupaten Air Gegas Hulu", q: [10, 14, 12, 12], ms: 41 },
    { id: "k4", nm: "Kabupaten Membalong Barat", q: [15, 16, 18, 13], ms: 57 },
    { id: "k5", nm: "Kabupaten Simpang Pesak Raya", q: [9, 11, 13, 10], ms: 36 },
    { id: "k6", nm: "Kabupaten Koba Selatan", q: [14, 17, 15, 18], ms: 60 },
    { id: "k7", nm: "Kota Pangkal Mendo", q: [22, 26, 25, 27], ms: 95 },
  ];
  const G1 = "Jumlah Sampel PSAT Diuji (sampel)";
  const G2 = "Hasil Uji Laboratorium";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", num: "(2)", width: 30 },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i + 1}`,
      head: [G1, `Triwulan ${q}`],
      role: "realisasi",
      year: 2024,
      num: `(${3 + i})`,
      fmt: INT,
    })),
    { key: "j", head: [G1, "Jumlah"], role: "realisasi", year: 2024, num: "(7)=(3)+(4)+(5)+(6)", fmt: INT },
    { key: "ms", head: [G2, "Memenuhi Syarat"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    { key: "tms", head: [G2, "Tidak Memenuhi Syarat"], num: "(9)=(7)-(8)", fmt: INT },
    {
      key: "pc",
      head: ["% Memenuhi Syarat"],
      role: "capaian",
      year: 2024,
      num: "(10)=(8)/(7)x100",
      fmt: DEC,
    },
  ];
  const qk = ["q1", "q2", "q3", "q4"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kabs.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          kab: x.nm,
          q1: x.q[0],
          q2: x.q[1],
          q3: x.q[2],
          q4: x.q[3],
          // planted: Membalong Barat's Jumlah is a typed 68 among SUM formulas (the quarters give 62)
          j: x.id === "k4" ? 68 : fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          ms: x.ms,
          tms: fx(`${c.a("j")}-${c.a("ms")}`),
          pc: fx(`ROUND(${c.a("ms")}/${c.a("j")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"],
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { no: "TOTAL" };
          for (const k of [...qk, "j", "ms", "tms"])
            // planted: the Triwulan III total stops at Koba Selatan (Kota Pangkal Mendo left out)
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, k === "q3" ? "k6" : "k7")})`);
          out.pc = fx(`ROUND(${c.a("ms")}/${c.a("j")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 2. Rekapitulasi Hasil Uji menurut Kelompok PSAT Tahun 2024"]);
  s.gap();
  const kel = [
    { id: "g1", nm: "Beras dan serealia", n: 120, ms: 116 },
    { id: "g2", nm: "Sayuran daun dan sayuran buah", n: 165, ms: 143 },
    { id: "g3", nm: "Buah-buahan", n: 110, ms: 101 },
    { id: "g4", nm: "Kacang-kacangan dan umbi-umbian", n: 60, ms: 54 },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "kel", head: ["Kelompok PSAT"], role: "indikator", width: 30 },
      { key: "n", head: ["Sampel Diuji"], role: "realisasi", year: 2024, fmt: INT },
      { key: "ms", head: ["Sampel MS"], role: "realisasi", year: 2024, fmt: INT },
      { key: "pc", head: ["Persentase MS (%)"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 1,
    rows: [
      ...kel.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          kel: x.nm,
          n: x.n,
          ms: x.ms,
          pc: fx(`ROUND(${c.a("ms")}/${c.a("n")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kel"],
        cells: (c) => ({
          no: "Jumlah",
          n: fx(`SUM(${c.a("n", "g1")}:${c.a("n", "g4")})`),
          ms: fx(`SUM(${c.a("ms", "g1")}:${c.a("ms", "g4")})`),
          pc: fx(`ROUND(${c.a("ms")}/${c.a("n")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Laboratorium Keamanan Pangan Daerah; MS = memenuhi syarat batas maksimum residu pestisida dan cemaran.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Pangkalpinang, 20 Januari 2025",
    jabatan: ["Kepala Bidang Konsumsi dan Keamanan Pangan,"],
    nama: "RATNA DEWI SUSANTI, S.TP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19790325 200312 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah sampel of Kabupaten Membalong Barat is a typed 68 among SUM formulas; 15 + 16 + 18 + 13 give 62",
    truth: `SUM(${a("q1", "k4")}:${a("q4", "k4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL Triwulan III is SUM over the first six rows = 97; with Kota Pangkal Mendo's 25 it is 122",
    truth: `SUM(${a("q3", "k1")}:${a("q3", "k7")})`,
  });
  for (const k of ["q1", "q2", "q4", "ms"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  for (const x of kabs) {
    if (x.id === "k4") continue;
    b.ok({
      sheet: S,
      cell: a("pc", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ms", x.id)}/${a("j", x.id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("j", "k7"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `SUM(${a("q1", "k7")}:${a("q4", "k7")})`,
  });
  // trap: the Jumlah % of Tabel 2 is the ratio of the totals, not the average of the percentages
  const b2 = (k: string, id: string) => t2.a(k, id);
  b.ok({
    sheet: S,
    cell: b2("pc", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${b2("ms", "jml")}/${b2("n", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${b2("pc", "g1")}:${b2("pc", "g4")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: b2("n", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${b2("n", "g1")}:${b2("n", "g4")})`,
  });
  b.ok({
    sheet: S,
    cell: b2("ms", "jml"),
    rules: ["cross-table-mismatch"],
    truth: a("ms", "tot"),
  });
  return b.finish();
}

// ================================== Cadangan beras pemerintah provinsi, Nusa Tenggara Timur 2024

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

export function stokCbppNtt(): BookW {
  const b = new BookW(
    "stok-cadangan-beras-pemprov-ntt-bulanan-2024.xlsx",
    "rekap bulanan stok cadangan pangan pemerintah provinsi",
    "No | Bulan | Stok Awal (kg) | Pengadaan (kg) | 'Penyaluran (kg)' > Tanggap Darurat Bencana | Penanganan Rawan Pangan | Jumlah | Stok Akhir (kg) | Keterangan; number row 1 .. '7 = 5 + 6', '8 = 3 + 4 - 7'; stok awal = last month's stok akhir; JUMLAH row adds the flows, takes January's stok awal and December's stok akhir",
  );
  const S = "CBPP 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
    "DINAS KETAHANAN PANGAN",
    "Bidang Ketersediaan dan Distribusi Pangan",
  ]);
  s.lines(["LAPORAN BULANAN STOK CADANGAN BERAS PEMERINTAH PROVINSI (CBPP)", "TAHUN 2024 (dalam kilogram)"]);
  s.gap();
  const peng = [30_000, 0, 50_000, 0, 0, 0, 75_000, 0, 0, 0, 40_000, 0];
  const ben = [12_500, 8_750, 22_000, 0, 3_200, 0, 2_300, 0, 0, 0, 6_400, 15_800];
  const raw = [0, 0, 0, 18_600, 0, 4_150, 0, 24_500, 31_250, 27_900, 0, 0];
  const ket = [
    "",
    "",
    "banjir Kab. Lembor Timur",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "angin puting beliung",
    "banjir rob",
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "bln", head: ["Bulan"], num: 2, width: 12 },
    { key: "aw", head: ["Stok Awal (kg)"], num: 3, fmt: INT, width: 14 },
    { key: "pg", head: ["Pengadaan (kg)"], role: "realisasi", year: 2024, num: 4, fmt: INT, width: 14 },
    {
      key: "bn",
      head: ["Penyaluran (kg)", "Tanggap Darurat Bencana"],
      role: "realisasi",
      year: 2024,
      num: 5,
      fmt: INT,
      width: 14,
    },
    {
      key: "rw",
      head: ["Penyaluran (kg)", "Penanganan Rawan Pangan"],
      role: "realisasi",
      year: 2024,
      num: 6,
      fmt: INT,
      width: 14,
    },
    {
      key: "jp",
      head: ["Penyaluran (kg)", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "7 = 5 + 6",
      fmt: INT,
      width: 14,
    },
    {
      key: "ak",
      head: ["Stok Akhir (kg)"],
      role: "realisasi",
      year: 2024,
      num: "8 = 3 + 4 - 7",
      fmt: INT,
      width: 14,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 9, width: 22 },
  ];
  const ids = BULAN.map((_, i) => `m${i + 1}`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...BULAN.map((m, i): Row => ({
        id: ids[i],
        cells: (c) => ({
          no: i + 1,
          bln: m,
          aw: i === 0 ? 148_250 : fx(c.a("ak", ids[i - 1])),
          pg: peng[i],
          bn: ben[i],
          rw: raw[i],
          jp: fx(`${c.a("bn")}+${c.a("rw")}`),
          ak: fx(`${c.a("aw")}+${c.a("pg")}-${c.a("jp")}`),
          ket: ket[i] || undefined,
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "bln"],
        cells: (c) => ({
          no: "JUMLAH",
          aw: fx(c.a("aw", "m1")),
          // planted: the pengadaan total starts at Februari (January's 30,000 kg left out)
          pg: fx(`SUM(${c.a("pg", "m2")}:${c.a("pg", "m12")})`),
          bn: fx(`SUM(${c.a("bn", "m1")}:${c.a("bn", "m12")})`),
          // planted: cached before the Agustus distribution was entered
          rw: fx(`SUM(${c.a("rw", "m1")}:${c.a("rw", "m12")})`, 81_900),
          jp: fx(`SUM(${c.a("jp", "m1")}:${c.a("jp", "m12")})`),
          ak: fx(c.a("ak", "m12")),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: stok akhir bulan berjalan menjadi stok awal bulan berikutnya; penyaluran berdasarkan SK Gubernur.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kupang, 8 Januari 2025",
    jabatan: ["Kepala Bidang Ketersediaan dan Distribusi Pangan,"],
    nama: "MARIA GORETI NDAPA LAWA, S.P., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19810607 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pg", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH pengadaan is SUM from Februari = 165,000 kg; with January's 30,000 kg it is 195,000 kg",
    truth: `SUM(${a("pg", "m1")}:${a("pg", "m12")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rw", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH penanganan rawan pangan is SUM with a stale cached 81,900 kg (before Agustus's 24,500 kg); the months give 106,400 kg",
    truth: `SUM(${a("rw", "m1")}:${a("rw", "m12")})`,
  });
  // traps: a stock is a level, its JUMLAH is January's stok awal and December's stok akhir
  b.ok({
    sheet: S,
    cell: a("aw", "jml"),
    rules: ["sum-mismatch"],
    truth: a("aw", "m1"),
    trap: `SUM(${a("aw", "m1")}:${a("aw", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("aw", "m1")}+195000-${a("jp", "jml")}`,
    trap: `SUM(${a("ak", "m1")}:${a("ak", "m12")})`,
  });
  b.ok({ sheet: S, cell: a("jp", "jml"), rules: ["sum-mismatch"], truth: `${a("bn", "jml")}+106400` });
  b.ok({
    sheet: S,
    cell: a("bn", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("bn", "m1")}:${a("bn", "m12")})`,
  });
  for (const id of ["m3", "m8", "m12"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["sum-mismatch"],
      truth: `${a("aw", id)}+${a("pg", id)}-${a("jp", id)}`,
    });
  for (const id of ["m4", "m9"])
    b.ok({ sheet: S, cell: a("jp", id), rules: ["sum-mismatch"], truth: `${a("bn", id)}+${a("rw", id)}` });
  return b.finish();
}
