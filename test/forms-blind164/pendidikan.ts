// The Dinas Pendidikan of a province on SMA / SMK: an LKjIP 2024 measurement table (Kalimantan Selatan),
// a PK 2025 of the Kepala Dinas with the Renstra 2025-2029 targets in ordinal years (Jawa Barat), and a
// T-C.27 Renstra funding table in thousands of rupiah (Kalimantan Selatan). Every name and number is
// invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ================================================ Dinas Pendidikan Provinsi Kalimantan Selatan, LKjIP 2024

type Ind = {
  id: string;
  ind: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
};

export function lkjipDisdikKalsel(): BookW {
  const b = new BookW(
    "lkjip-2024-disdik-sma-smk-kalsel.xlsx",
    "LKjIP pengukuran kinerja (Dinas Pendidikan provinsi)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Pendidikan provinsi: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2022 | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | 'Renstra 2021-2026' > Target 2026 | Capaian thd 2026 (%) | Kategori (Permendagri levels); number row (1) .. (12) with '(9) = (8) / (7) x 100'; two lower-is-better rows (refleksi); rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN SELATAN",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. Jenderal Sudirman No. 9 Banjarmasin",
  ]);
  s.lines(["Tabel 3.1", "Capaian Indikator Kinerja Utama Dinas Pendidikan dan Kebudayaan Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya akses dan mutu pendidikan menengah dan khusus";
  const I: Ind[] = [
    {
      id: "i1",
      ind: "Angka Partisipasi Kasar (APK) SMA/SMK/SMALB",
      r22: 82.14,
      r23: 83.36,
      t: 84.5,
      r: 85.12,
      t26: 87,
    },
    {
      id: "i2",
      ind: "Persentase lulusan SMK yang terserap di dunia kerja dan berwirausaha",
      r22: 54.2,
      r23: 56.85,
      t: 62,
      r: 58.4,
      t26: 66,
    },
    {
      id: "i3",
      ind: "Persentase ruang kelas SMA/SMK negeri dalam kondisi rusak berat",
      r22: 9.8,
      r23: 7.45,
      t: 6.5,
      r: 5.2,
      t26: 4,
      neg: true,
    },
    {
      id: "i4",
      ind: "Angka putus sekolah SMA/SMK",
      r22: 0.52,
      r23: 0.44,
      t: 0.35,
      r: 0.41,
      t26: 0.25,
      neg: true,
    },
    {
      id: "i5",
      ind: "Persentase SMA/SMK terakreditasi minimal B",
      r22: 84.3,
      r23: 86.1,
      t: 88,
      r: 90.6,
      t26: 92,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikat(cap(I[1])) !== "Sangat Tinggi") throw new Error("lkjip i2");
  const G = "Tahun 2024";
  const RS = "Renstra 2021-2026";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    { key: "r22", head: ["Realisasi 2022"], role: "realisasi", year: 2022, num: "(5)", fmt: DEC, width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(6)", fmt: DEC, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(7)", fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "(8)", fmt: DEC, width: 9 },
    {
      key: "c",
      head: [G, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(9) = (8) / (7) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "t26", head: [RS, "Target 2026"], role: "target", year: 2026, num: "(10)", fmt: DEC, width: 9 },
    {
      key: "c26",
      head: [RS, "Capaian thd 2026 (%)"],
      role: "capaian",
      year: 2026,
      num: "(11) = (8) / (10) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "p", head: ["Kategori Capaian"], role: "predikat", year: 2024, num: "(12)", width: 13 },
  ];
  const avg = round(I.reduce((n, x) => n + cap(x), 0) / I.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...I.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: SAS,
          ind: x.ind,
          sat: "%",
          r22: x.r22,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted (i3): the rusak berat row has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i3" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          t26: x.t26,
          c26: fx(x.neg ? refl(c.a("r"), c.a("t26")) : rt(c.a("r"), c.a("t26"))),
          // planted (i2): "Tinggi" for 94.19
          p: x.id === "i2" ? "Tinggi" : predikat(cap(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: predikat(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 3 dan 4 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Banjarmasin, 26 Februari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "PROVINSI KALIMANTAN SELATAN,"],
    nama: "Dr. H. MUHAMMAD RIZANI ARSYAD, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720817 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the ruang kelas rusak berat (lower is better by the note) is =ROUND(R/T*100,2) = 80.00; (2 x 6.5 - 5.2) / 6.5 gives 120.00, as the angka putus sekolah row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Tinggi' for the capaian 94.19 (58.40 against 62); the band > 90 of the note is Sangat Tinggi",
    truth: `PREDIKAT(${a("c", "i2")})`,
  });
  for (const x of I) {
    const R = a("r", x.id);
    if (x.id !== "i3")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula"]
          : ["capaian-mismatch", "percent-out-of-range"],
        truth: x.neg ? refl(R, a("t", x.id)) : rt(R, a("t", x.id)),
        // the angka putus sekolah is lower is better: the refleksi, not R / T
        trap: x.neg ? rt(R, a("t", x.id)) : undefined,
      });
    if (x.id !== "i2" && x.id !== "i3")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
    if (!x.neg)
      b.ok({ sheet: S, cell: a("c26", x.id), rules: ["capaian-mismatch"], truth: rt(R, a("t26", x.id)) });
    if (x.neg) b.ok({ sheet: S, cell: a("t26", x.id), rules: ["target-trend"], truth: String(x.t26) });
  }
  return b.finish();
}

// ======================================= Dinas Pendidikan Provinsi Jawa Barat (invented people), PK 2025 + Renstra

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };

export function pkDisdikJabar(): BookW {
  const b = new BookW(
    "pk-2025-kadisdik-renstra-ordinal-jabar.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Pendidikan provinsi)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target | Satuan (target before satuan), then No | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja Tahun ke-' > ke-1 .. ke-5 (years only in the title) | Kondisi Akhir Renstra",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH DAERAH PROVINSI JAWA BARAT", "DINAS PENDIDIKAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak Pertama: Dr. WAHYU HIDAYAT NUGRAHA, M.Pd. (Kepala Dinas Pendidikan)",
    "Pihak Kedua: Ir. H. ASEP SUPRIADI KUSUMAH, M.T. (Sekretaris Daerah, atas nama Gubernur)",
  ]);
  s.gap();
  const I: PkInd[] = [
    {
      id: "r1",
      ind: "Angka Partisipasi Kasar (APK) SMA/SMK/SLB",
      sat: "%",
      awal: 83.92,
      tg: [84.6, 85.3, 86, 86.7, 87.4],
    },
    {
      id: "r2",
      ind: "Persentase lulusan SMK yang bekerja, melanjutkan, atau berwirausaha (BMW)",
      sat: "%",
      awal: 58.1,
      tg: [60, 62, 640, 66, 68],
    },
    {
      id: "r3",
      ind: "Persentase ruang kelas SMA/SMK/SLB negeri rusak berat",
      sat: "%",
      awal: 7.84,
      tg: [7, 6.2, 5.4, 4.6, 3.8],
      neg: true,
    },
    {
      id: "r4",
      ind: "Rata-rata lama sekolah penduduk usia 15 tahun ke atas",
      sat: "tahun",
      awal: 9.12,
      tg: [9.2, 9.3, 9.4, 9.5, 9.6],
    },
  ];
  // planted: the PK target of the APK is 85.30, the target of Tahun ke-2 (2026)
  const pkT = (x: PkInd) => (x.id === "r1" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, width: 10 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya akses, mutu dan relevansi pendidikan menengah",
        ind: x.ind,
        tg: fmt(pkT(x), DEC),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 16 },
      { key: "nm", head: ["Program / Kegiatan"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        cells: (c) => ({
          no: 1,
          kode: "1.01.02",
          nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
          rp: fx(`${c.a("rp", "k1")}+${c.a("rp", "k2")}`),
          ket: "APBD",
        }),
      },
      {
        id: "k1",
        cells: {
          kode: "1.01.02.2.01",
          nm: "Pengelolaan Pendidikan Sekolah Menengah Atas",
          rp: 1_284_516_300_000,
          ket: "APBD",
        },
      },
      {
        id: "k2",
        cells: {
          kode: "1.01.02.2.02",
          nm: "Pengelolaan Pendidikan Sekolah Menengah Kejuruan",
          rp: 1_097_842_650_000,
          ket: "APBD",
        },
      },
      { id: "j", bold: true, span: ["no", "nm"], cells: (c) => ({ no: "Jumlah", rp: fx(c.a("rp", "p")) }) },
    ],
  });
  s.gap();
  s.lines(["Bandung, 2 Januari 2025"], 4);
  const r = b.sheet(R);
  letterhead(r, ["DINAS PENDIDIKAN PROVINSI JAWA BARAT"]);
  r.lines([
    "Tabel 6.1 Indikator Kinerja Dinas Pendidikan yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra Dinas Pendidikan Tahun 2025-2029",
  ]);
  r.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "2", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "3", width: 8 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode Renstra"],
        role: "kondisi-awal",
        year: 2024,
        num: "4",
        fmt: DEC,
        width: 12,
      },
      ...Y.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja Tahun ke-", `ke-${k + 1}`],
        role: "target",
        year: y,
        num: String(5 + k),
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
        role: "kondisi-akhir",
        year: 2029,
        num: "10",
        fmt: DEC,
        width: 12,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, k) => [`y${y}`, x.tg[k]])),
        ak: fx(c.a("y2029")),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y2025", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the APK is 85.30, the Renstra target of Tahun ke-2 (2026); Tahun ke-1 (2025) is 84.60",
    truth: `'${R}'!${tr.a("y2025", "r1")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("y2027", "r2") },
    rules: ["target-outlier"],
    note: "Target Tahun ke-3 (2027) of the lulusan SMK BMW is 640 among 60, 62, 66, 68 (a lost decimal point); the series gives 64",
    truth: "64",
  });
  for (const x of I.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
  for (const x of I)
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      // a level's kondisi akhir is the last target, not the five added up
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  b.ok({ sheet: R, cell: tr.a("y2029", "r3"), rules: ["target-trend"], truth: "3.8" });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "p"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "k1")}+${t2.a("rp", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: t2.a("rp", "p"),
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "k2")})`,
  });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", "p"),
    });
  return b.finish();
}

// ================================= Dinas Pendidikan Provinsi Kalimantan Selatan, T-C.27 Renstra 2025-2029

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
};

export function tc27DisdikKalsel(): BookW {
  const b = new BookW(
    "tc27-pendanaan-sma-smk-disdik-kalsel.xlsx",
    "T-C.27 Rencana program, kegiatan dan pendanaan (Dinas Pendidikan provinsi)",
    "T-C.27 Renstra 2025-2029 in thousands of rupiah: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja; the kondisi akhir Rp adds the five Rp (not a SUM over the K | Rp pairs)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI KALIMANTAN SELATAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const subs: Ln[] = [
    {
      id: "s1",
      kode: "1.01.02.2.01.0004",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SMA yang direhabilitasi",
      sat: "ruang",
      awal: 64,
      k: [72, 80, 84, 90, 96],
      rp: [28_440_000, 31_600_000, 33_180_000, 35_550_000, 37_920_000],
      flow: true,
    },
    {
      id: "s2",
      kode: "1.01.02.2.01.0012",
      nm: "Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Menengah",
      ind: "Jumlah SMA negeri yang terpenuhi guru mata pelajaran",
      sat: "sekolah",
      awal: 96,
      k: [100, 104, 108, 112, 116],
      rp: [14_260_500, 14_973_500, 15_722_200, 16_508_300, 17_333_700],
    },
    {
      id: "s3",
      kode: "1.01.02.2.01.0021",
      nm: "Pembinaan Minat, Bakat dan Kreativitas Siswa",
      ind: "Jumlah lulusan SMK yang difasilitasi uji kompetensi dan magang industri",
      sat: "orang",
      awal: 3_850,
      k: [4_200, 4_500, 4_800, 5_100, 5_400],
      rp: [6_300_000, 6_750_000, 7_200_000, 7_650_000, 8_100_000],
      flow: true,
    },
  ];
  const pair = (y: number, head: string[]): Col[] => [
    {
      key: `k${y}`,
      head: [...head, "Target"],
      role: y === 0 ? "kondisi-akhir" : "target",
      year: y === 0 ? 2029 : y,
      fmt: DEC,
      width: 9,
    },
    {
      key: `r${y}`,
      head: [...head, "Rp"],
      role: y === 0 ? "kondisi-akhir" : "anggaran",
      year: y === 0 ? 2029 : y,
      fmt: RP,
      width: 13,
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
      width: 11,
    },
    ...Y.flatMap((y) => pair(y, [TK, `Tahun ${y}`])),
    ...pair(0, ["Kondisi Kinerja pada Akhir Periode Renstra", "2029"]),
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const line = (
    l: Ln,
    rp: (y: number, c: { a: (k: string, id?: string) => string }) => Cell,
    akYears: number[] = Y,
  ): Row => ({
    id: l.id,
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: l.kode,
        nm: l.nm,
        ind: l.ind,
        sat: l.sat,
        awal: l.awal,
        unit: "Bidang Pembinaan SMA/SMK",
      };
      Y.forEach((y, i) => {
        out[`k${y}`] = l.k[i];
        out[`r${y}`] = rp(y, c);
      });
      out.k0 = fx(l.flow ? Y.map((y) => c.a(`k${y}`)).join("+") : c.a("k2029"));
      out.r0 = fx(akYears.map((y) => c.a(`r${y}`)).join("+"));
      return out;
    },
  });
  const kgSma: Ln = {
    id: "kg1",
    kode: "1.01.02.2.01",
    nm: "Pengelolaan Pendidikan Sekolah Menengah Atas",
    ind: "Persentase SMA negeri dengan ruang kelas rusak berat",
    sat: "%",
    awal: 8.6,
    k: [7.8, 7, 6.2, 5.4, 4.6],
  };
  const kgSmk: Ln = {
    id: "kg2",
    kode: "1.01.02.2.02",
    nm: "Pengelolaan Pendidikan Sekolah Menengah Kejuruan",
    ind: "Persentase SMK negeri yang bermitra dengan dunia usaha dan industri",
    sat: "%",
    awal: 71.5,
    k: [75, 78.5, 82, 85.5, 89],
  };
  const sk: Ln = {
    id: "s4",
    kode: "1.01.02.2.01.0009",
    nm: "Pengembangan Kurikulum dan Kemitraan Industri SMK",
    ind: "Jumlah SMK yang menerapkan kurikulum link and match",
    sat: "sekolah",
    awal: 38,
    k: [46, 54, 62, 70, 78],
    rp: [9_850_000, 10_340_000, 10_860_000, 11_400_000, 11_970_000],
  };
  const prog: Ln = {
    id: "p",
    kode: "1.01.02",
    nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
    ind: "Angka Partisipasi Kasar (APK) SMA/SMK/SLB",
    sat: "%",
    awal: 86.12,
    k: [86.8, 87.5, 88.2, 88.9, 89.6],
  };
  const stale2027 = subs[0].rp![2] + subs[2].rp![2] + 0; // planted: the kegiatan SMA 2027 cached without s2
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      line(prog, (y, c) => fx(`${c.a(`r${y}`, "kg1")}+${c.a(`r${y}`, "kg2")}`)),
      line(kgSma, (y, c) =>
        fx(
          `${c.a(`r${y}`, "s1")}+${c.a(`r${y}`, "s2")}+${c.a(`r${y}`, "s3")}`,
          y === 2027 ? stale2027 : undefined,
        ),
      ),
      ...subs.map((l) =>
        line(
          l,
          (y) => l.rp![Y.indexOf(y)],
          // planted (s1): the kondisi akhir Rp adds 2025-2028 only
          l.id === "s1" ? Y.slice(0, 4) : Y,
        ),
      ),
      line(kgSmk, (y, c) => fx(c.a(`r${y}`, "s4"))),
      line(sk, (y) => sk.rp![Y.indexOf(y)]),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: pagu indikatif belum termasuk belanja pegawai dan dana BOS; sub kegiatan rehabilitasi menurut DAK Fisik.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r2027", "kg1") },
    rules: ["sum-mismatch"],
    note: `Rp 2027 of kegiatan 1.01.02.2.01 is a sum of its sub kegiatan with a stale cached ${stale2027.toLocaleString("en")} (the guru sub kegiatan's 15,722,200 added after the last recalculation); the three give ${(stale2027 + 15_722_200).toLocaleString("en")}`,
    truth: `${a("r2027", "s1")}+${a("r2027", "s2")}+${a("r2027", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengembangan Kurikulum dan Kemitraan Industri SMK is coded 1.01.02.2.01.0009 (kegiatan SMA) under kegiatan 1.01.02.2.02 (SMK); its code is 1.01.02.2.02.0009",
    truth: `${a("kode", "kg2")}&".0009"`,
  });
  const five = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r0", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of the rehabilitasi ruang kelas adds 2025-2028 only (128,770,000); with 2029's 37,920,000 the five years give 166,690,000",
    truth: five("s1"),
  });
  for (const l of [...subs, sk]) {
    if (l.id !== "s1")
      b.ok({ sheet: S, cell: a("r0", l.id), rules: ["kondisi-akhir-mismatch"], truth: five(l.id) });
    const ks = Y.map((y) => a(`k${y}`, l.id));
    b.ok({
      sheet: S,
      cell: a("k0", l.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: l.flow ? ks.join("+") : ks[4],
      // a stock (sekolah) ends at the last target; flows (ruang, orang) add their years
      trap: l.flow ? undefined : ks.join("+"),
    });
  }
  for (const id of ["p", "kg1", "kg2"])
    b.ok({
      sheet: S,
      cell: a("k0", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: `SUM(${a("k2025", id)},${a("k2026", id)},${a("k2027", id)},${a("k2028", id)},${a("k2029", id)})`,
    });
  for (const y of [2025, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "kg1")}+${a(`r${y}`, "kg2")}`,
      // the program adds its two kegiatan, not every row under it
      trap: `SUM(${a(`r${y}`, "kg1")}:${a(`r${y}`, "s4")})`,
    });
  for (const y of [2025, 2026, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "kg1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "kg1"),
    });
  b.ok({
    sheet: S,
    cell: a("r0", "kg2"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: five("kg2"),
  });
  b.ok({ sheet: S, cell: a("k2029", "kg1"), rules: ["target-trend"], truth: "4.6" });
  return b.finish();
}
