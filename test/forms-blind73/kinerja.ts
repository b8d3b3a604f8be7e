// Performance tables of the seventy-fifth unseen set: the LKjIP 2024 of the Disnakertrans Provinsi
// Sulawesi Tengah (Tingkat Pengangguran Terbuka lower is better, with the refleksi, a placement rate,
// capaian against the Renstra end target and a kategori in words), and the LKjIP 2024 of the
// Disnakertrans Provinsi Kalimantan Timur (two years of target / realisasi / capaian, then a second
// sheet with the budget per program and its serapan). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ===================================================== LKjIP 2024, Disnakertrans Sulawesi Tengah

type Ik = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  arah: "Naik" | "Turun";
  r23: number;
  t: number;
  r: number;
  ak: number;
  f: string;
};

/** LKjIP with an 'Arah' column, capaian of the year and against the Renstra 2026 target, kategori words. */
export function lkjipTptSulteng(): BookW {
  const b = new BookW(
    "lkjip-2024-tpt-penempatan-disnakertrans-sulteng.xlsx",
    "LKjIP 2024 pengukuran kinerja (Dinas Tenaga Kerja dan Transmigrasi Provinsi)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Arah (Naik / Turun) | Realisasi 2023 | 'Kinerja Tahun 2024' > Target / Realisasi / Capaian (%) | Target Akhir Renstra (2026) | Capaian thd Target Akhir Renstra (%) | Kategori; refleksi formulas for the TPT, ROUND everywhere, kategori typed in Sangat Baik .. Sangat Kurang",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI TENGAH",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2024",
  ]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"], 1, { bold: true });
  s.gap();
  const A = "Menurunnya tingkat pengangguran terbuka";
  const B = "Meningkatnya daya saing dan perlindungan tenaga kerja";
  const C = "Meningkatnya kesejahteraan masyarakat transmigran";
  const xs: Ik[] = [
    {
      id: "k1",
      sas: A,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      arah: "Turun",
      r23: 3.15,
      t: 3.1,
      r: 2.94,
      ak: 2.75,
      f: DEC,
    },
    {
      id: "k2",
      sas: A,
      ind: "Tingkat penempatan pencari kerja terdaftar",
      sat: "%",
      arah: "Naik",
      r23: 38.27,
      t: 45,
      r: 41.62,
      ak: 50,
      f: DEC,
    },
    {
      id: "k3",
      sas: B,
      ind: "Persentase tenaga kerja bersertifikat kompetensi",
      sat: "%",
      arah: "Naik",
      r23: 52.4,
      t: 60,
      r: 63.2,
      ak: 66,
      f: DEC,
    },
    {
      id: "k4",
      sas: B,
      ind: "Persentase perusahaan yang menerapkan norma K3",
      sat: "%",
      arah: "Naik",
      r23: 48.1,
      t: 70,
      r: 54.5,
      ak: 80,
      f: DEC,
    },
    {
      id: "k5",
      sas: B,
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      arah: "Naik",
      r23: 81.25,
      t: 85,
      r: 88,
      ak: 90,
      f: DEC,
    },
    {
      id: "k6",
      sas: C,
      ind: "Jumlah KK transmigran yang ditempatkan",
      sat: "KK",
      arah: "Naik",
      r23: 125,
      t: 150,
      r: 100,
      ak: 200,
      f: "0",
    },
  ];
  const neg = (x: Ik) => x.arah === "Turun";
  const cap = (x: Ik) => round(neg(x) ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikatBaik(cap(xs[5])) !== "Cukup" || cap(xs[5]) !== 66.67) throw new Error("lkjip: k6");
  const G = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 7 },
    { key: "arah", head: ["Arah"], role: "polaritas", width: 7 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 11 },
    { key: "cak", head: ["Capaian thd Target Akhir Renstra (%)"], role: "capaian", fmt: DEC, width: 12 },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 12 },
  ];
  // planted 1: the TPT's capaian against the Renstra end target is R / T (2.94 / 2.75 = 106.91)
  // planted 2: the transmigrant row (66.67) is typed 'Kurang'; > 65 - 75 is 'Cukup'
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      arah: x.arah,
      r23: fmt(x.r23, x.f),
      t: fmt(x.t, x.f),
      r: fmt(x.r, x.f),
      c: fx(neg(x) ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
      ak: fmt(x.ak, x.f),
      cak: fx(rt(c.a("r"), c.a("ak"))),
      kat: x.id === "k6" ? "Kurang" : predikatBaik(cap(x)),
    }),
  }));
  const t = s.table({ cols, headerRows: 2, vmerge: ["sas"], rows });
  s.gap();
  s.lines([
    "Catatan: TPT bersifat negatif (semakin kecil semakin baik), capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Palu, 26 Februari 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI", "PROVINSI SULAWESI TENGAH"],
    nama: "Drs. MUH. RIDWAN LAMAKARATE, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690217 199403 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cak", "k1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the TPT (Arah Turun) against the Renstra 2026 target is =ROUND(R/T*100,2) = 106.91 (2.94 / 2.75), rewarding a TPT above the target; the refleksi the year's column uses gives (2 x 2.75 - 2.94) / 2.75 = 93.09",
    truth: refl(a("r", "k1"), a("ak", "k1")),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "k6") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Kurang' for a capaian of 66.67 (100 / 150 KK); the note's band > 65 - 75 is 'Cukup'",
    truth: `PREDIKAT_BAIK(${a("c", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "k1"),
    rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
    truth: refl(a("r", "k1"), a("t", "k1")),
    trap: rt(a("r", "k1"), a("t", "k1")),
  });
  b.ok({
    sheet: S,
    cell: a("kat", "k1"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "k1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "k3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("r", "k3"), a("t", "k3")),
  });
  b.ok({
    sheet: S,
    cell: a("kat", "k4"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "k4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cak", "k2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: rt(a("r", "k2"), a("ak", "k2")),
  });
  return b.finish();
}

// ===================================================== LKjIP 2024, Disnakertrans Kalimantan Timur

type Ik2 = {
  id: string;
  ind: string;
  sat: string;
  neg?: boolean;
  t23: number;
  r23: number;
  t24: number;
  r24: number;
};

/** Two years of T / R / capaian on one sheet, the budget per program with serapan on another. */
export function lkjipAnggaranKaltim(): BookW {
  const b = new BookW(
    "lkjip-2024-dua-tahun-serapan-disnakertrans-kaltim.xlsx",
    "LKjIP 2024 capaian dua tahun dan realisasi anggaran per program (Disnakertrans Provinsi)",
    "sheet 'Capaian IKU': No | Indikator | Satuan | 'Tahun 2023' > T / R / % | 'Tahun 2024' > T / R / % | Ket.; refleksi for the TPT in both years; sheet 'Anggaran': No | Kode | Program | Pagu Anggaran (Rp) | Realisasi (Rp) | Serapan (%) | Sisa Anggaran (Rp) with a typed JUMLAH from the LRA",
  );
  const S = "Capaian IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "Jl. Kesuma Bangsa No. 43, Samarinda",
  ]);
  s.lines(["Tabel 3.2 Perbandingan Capaian Kinerja Tahun 2023 dan Tahun 2024"], 1, { bold: true });
  s.gap();
  const xs: Ik2[] = [
    {
      id: "i1",
      ind: "Tingkat Pengangguran Terbuka",
      sat: "%",
      neg: true,
      t23: 5.6,
      r23: 5.31,
      t24: 5.4,
      r24: 5.14,
    },
    {
      id: "i2",
      ind: "Persentase pencari kerja yang ditempatkan",
      sat: "%",
      t23: 38,
      r23: 35.12,
      t24: 40,
      r24: 42.86,
    },
    {
      id: "i3",
      ind: "Persentase lulusan pelatihan yang terserap pasar kerja",
      sat: "%",
      t23: 55,
      r23: 51.3,
      t24: 57.5,
      r24: 49.87,
    },
    {
      id: "i4",
      ind: "Persentase pekerja formal yang terlindungi jaminan sosial",
      sat: "%",
      t23: 72,
      r23: 70.45,
      t24: 75,
      r24: 74.02,
    },
    {
      id: "i5",
      ind: "Jumlah kawasan transmigrasi yang dibina",
      sat: "kawasan",
      t23: 6,
      r23: 6,
      t24: 7,
      r24: 7,
    },
  ];
  const cols: Col[] = [{ key: "no", head: ["No"], role: "no", width: 5 }];
  cols.push({ key: "ind", head: ["Indikator"], role: "indikator", width: 42 });
  cols.push({ key: "sat", head: ["Satuan"], role: "satuan", width: 8 });
  for (const y of [2023, 2024])
    cols.push(
      { key: `t${y}`, head: [`Tahun ${y}`, "T"], role: "target", year: y, fmt: DEC, width: 8 },
      { key: `r${y}`, head: [`Tahun ${y}`, "R"], role: "realisasi", year: y, fmt: DEC, width: 8 },
      { key: `c${y}`, head: [`Tahun ${y}`, "%"], role: "capaian", year: y, fmt: DEC, width: 9 },
    );
  cols.push({ key: "ket", head: ["Ket."], role: "keterangan", width: 16 });
  // planted 1: 2024 capaian of the placements typed 93.30 (a draft figure); 42.86 / 40 = 107.15
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const f = (y: number) => (x.neg ? refl(c.a(`r${y}`), c.a(`t${y}`)) : rt(c.a(`r${y}`), c.a(`t${y}`)));
      return {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        t2023: x.t23,
        r2023: x.r23,
        c2023: fx(f(2023)),
        t2024: x.t24,
        r2024: x.r24,
        c2024: x.id === "i2" ? 93.3 : fx(f(2024)),
        ket: x.neg ? "negatif (refleksi)" : null,
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  signature(s, 8, {
    tempat: "Samarinda, 24 Februari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Dr. RUSDIANSYAH ABDUL GANI, S.E., M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19710308 199803 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c2024", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "2024 capaian of 'Persentase pencari kerja yang ditempatkan' is the typed 93.30 while every other capaian is a formula; 42.86 / 40.00 x 100 = 107.15",
    truth: rt(a("r2024", "i2"), a("t2024", "i2")),
  });
  b.ok({
    sheet: S,
    cell: a("c2024", "i1"),
    rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
    truth: refl(a("r2024", "i1"), a("t2024", "i1")),
    trap: rt(a("r2024", "i1"), a("t2024", "i1")),
  });
  b.ok({
    sheet: S,
    cell: a("c2023", "i1"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r2023", "i1"), a("t2023", "i1")),
    trap: rt(a("r2023", "i1"), a("t2023", "i1")),
  });
  b.ok({
    sheet: S,
    cell: a("c2024", "i3"),
    rules: ["capaian-mismatch"],
    truth: rt(a("r2024", "i3"), a("t2024", "i3")),
  });

  // ---- sheet 2: budget per program
  const S2 = "Anggaran";
  const s2 = b.sheet(S2);
  s2.lines(["Tabel 3.5 Realisasi Anggaran per Program Tahun 2024"], 1, { bold: true });
  s2.lines(["Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Timur"], 1);
  s2.gap();
  type Pg = { id: string; kode: string; prog: string; pagu: number; real: number };
  const ps: Pg[] = [
    {
      id: "p1",
      kode: "2.07.01",
      prog: "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      pagu: 41_275_630_000,
      real: 39_118_402_715,
    },
    {
      id: "p2",
      kode: "2.07.02",
      prog: "Program Perencanaan Tenaga Kerja",
      pagu: 1_186_500_000,
      real: 1_104_233_900,
    },
    {
      id: "p3",
      kode: "2.07.03",
      prog: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
      pagu: 14_268_940_000,
      real: 13_682_517_350,
    },
    {
      id: "p4",
      kode: "2.07.04",
      prog: "Program Penempatan Tenaga Kerja",
      pagu: 3_452_800_000,
      real: 3_211_045_600,
    },
    {
      id: "p5",
      kode: "2.07.05",
      prog: "Program Hubungan Industrial",
      pagu: 2_318_750_000,
      real: 2_207_918_450,
    },
    {
      id: "p6",
      kode: "2.07.06",
      prog: "Program Pengawasan Ketenagakerjaan",
      pagu: 4_096_300_000,
      real: 3_874_660_200,
    },
    {
      id: "p7",
      kode: "3.32.03",
      prog: "Program Pembangunan Kawasan Transmigrasi",
      pagu: 6_734_120_000,
      real: 6_419_386_000,
    },
  ];
  const totPagu = ps.reduce((p, x) => p + x.pagu, 0);
  const totReal = ps.reduce((p, x) => p + x.real, 0);
  // planted 2: the realisasi of 2.07.03 is typed 14,862,517,350 (6 and 8 swapped); the LRA total holds 13,682,517,350
  const typo = 14_862_517_350;
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 10 },
    { key: "prog", head: ["Program"], num: 3, width: 46 },
    { key: "pagu", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, num: 4, fmt: RP, width: 18 },
    {
      key: "real",
      head: ["Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 5,
      fmt: RP,
      width: 18,
    },
    {
      key: "ser",
      head: ["Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "6 = 5/4 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], num: "7 = 4 - 5", fmt: RP, width: 17 },
  ];
  const rows2: Row[] = ps.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      kode: x.kode,
      prog: x.prog,
      pagu: x.pagu,
      real: x.id === "p3" ? typo : x.real,
      ser: fx(rt(c.a("real"), c.a("pagu"))),
      sisa: fx(`${c.a("pagu")}-${c.a("real")}`),
    }),
  }));
  rows2.push({
    id: "tot",
    bold: true,
    span: ["no", "prog"],
    cells: (c) => ({
      no: "JUMLAH",
      pagu: fx(`SUM(${c.c("pagu")}${c.row("p1")}:${c.c("pagu")}${c.row("p7")})`),
      real: totReal,
      ser: fx(rt(c.a("real"), c.a("pagu"))),
      sisa: fx(`${c.a("pagu")}-${c.a("real")}`),
    }),
  });
  const t2 = s2.table({ cols: cols2, headerRows: 1, numberRow: "plain", rows: rows2 });
  s2.gap();
  s2.lines(["Sumber: Laporan Realisasi Anggaran (LRA) SIPD per 31 Desember 2024 (audited)."]);
  const a2 = (k: string, id: string) => t2.a(k, id);
  if (totPagu <= totReal) throw new Error("anggaran");
  const others = ps.filter((x) => x.id !== "p3").map((x) => a2("real", x.id));
  b.plant({
    at: {
      anyOf: [
        { sheet: S2, cell: a2("real", "p3") },
        { sheet: S2, cell: a2("ser", "p3") },
      ],
    },
    rules: ["serapan-over-100", "sum-mismatch"],
    note: "realisasi of 2.07.03 typed 14,862,517,350 (digits 6 and 8 swapped) exceeds its pagu 14,268,940,000: serapan 104.16 %; the typed LRA total (JUMLAH) leaves 13,682,517,350 for it (95.89 %)",
    truth: `${a2("real", "tot")}-(${others.join("+")})`,
    tol: 0.5,
  });
  b.ok({
    sheet: S2,
    cell: a2("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t2.c("pagu")}${t2.row("p1")}:${t2.c("pagu")}${t2.row("p7")})`,
    tol: 0.5,
  });
  b.ok({
    sheet: S2,
    cell: a2("ser", "p7"),
    rules: ["serapan-over-100", "capaian-mismatch"],
    truth: rt(a2("real", "p7"), a2("pagu", "p7")),
  });
  return b.finish();
}
