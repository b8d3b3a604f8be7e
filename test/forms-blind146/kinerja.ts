// The LKjIP 2024 measurement table of a Jawa Barat Bappeda (capaian by polarity: refleksi for the
// lower-is-better rows, predikat words, a Rata-rata row) and the Perjanjian Kinerja 2025 of a Maluku
// Utara Bappeda beside its Renstra 2025-2029 targets. Every name and number is invented.
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
  type Ctx,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  t: number;
  r: number;
  r23: number;
};

export function lkjipBappeda(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-bappeda-pasirgede-2024.xlsx",
    "LKjIP 2024 pengukuran kinerja Bappeda",
    "LKjIP 2024 Tabel 3.1 of the Bappeda of a Jawa Barat kabupaten: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Polaritas | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023; refleksi (2T - R) / T for the negative rows; Rata-rata and Predikat rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["BAPPEDA KABUPATEN PASIRGEDE", "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Bappeda Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya kualitas perencanaan pembangunan daerah";
  const SB = "Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah";
  const I: Ind[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase keselarasan program RKPD dengan RPJMD",
      sat: "%",
      neg: false,
      t: 92,
      r: 90.62,
      r23: 88.4,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase deviasi program RKPD terhadap RPJMD",
      sat: "%",
      neg: true,
      t: 7.5,
      r: 8.7,
      r23: 9.4,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Persentase usulan musrenbang yang terakomodir dalam RKPD",
      sat: "%",
      neg: false,
      t: 50,
      r: 41.8,
      r23: 43.5,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase deviasi pagu RKPD terhadap APBD",
      sat: "%",
      neg: true,
      t: 5,
      r: 4.4,
      r23: 6.1,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Nilai evaluasi RKPD oleh Pemerintah Provinsi Jawa Barat",
      sat: "nilai",
      neg: false,
      t: 80,
      r: 56.5,
      r23: 61.2,
    },
    {
      id: "i6",
      sas: SB,
      ind: "Jumlah rekomendasi hasil kelitbangan yang dimanfaatkan",
      sat: "rekomendasi",
      neg: false,
      t: 5,
      r: 6,
      r23: 4,
    },
  ];
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [Y, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "p", head: [Y, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted: i2 (negative) computed R / T like a positive row
  const cached = (x: Ind) => (x.id === "i2" ? round((x.r / x.t) * 100) : cap(x));
  const avg = round(I.reduce((n, x) => n + cached(x), 0) / I.length);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          pol: x.neg ? "negatif" : "positif",
          t: x.t,
          r: x.r,
          c:
            x.neg && x.id !== "i2"
              ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
              : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          // planted: i5's predikat "Baik" for 70.63 (Cukup)
          p: x.id === "i5" ? "Baik" : predikatBaik(cached(x)),
          r23: x.r23,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan skala: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator berpolaritas negatif dihitung dengan rumus capaian = (2 x Target - Realisasi) / Target x 100%.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const pos = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the deviasi program RKPD (negative by the Polaritas column and the note) is =ROUND(R/T*100,2) = 116.00; (2 x 7.5 - 8.7) / 7.5 gives 84.00, as the other negative row computes",
    truth: refl("i2"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat Baik for a capaian of 70.63 (56.5 against 80); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("i4"),
    trap: pos("i4"),
  });
  for (const id of ["i1", "i3", "i5", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: pos(id) });
  for (const id of ["i1", "i3", "i4", "i6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({ sheet: S, cell: a("c", "i6"), rules: ["percent-out-of-range"], truth: pos("i6") });
  return b.finish();
}

type Pk = { id: string; sas: string; ind: string; sat: string; awal: number; t: number[]; flow?: boolean };

export function pkBappedaMalut(): BookW {
  const b = new BookW(
    "pk-kepala-bappeda-oba-selatan-2025-renstra.xlsx",
    "Perjanjian Kinerja 2025 with the Renstra Bappeda 2025-2029",
    "PK 2025 of the Kepala Bappeda of a Maluku Utara kabupaten: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with JUMLAH; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const P: Pk[] = [
    {
      id: "p1",
      sas: "Meningkatnya capaian kinerja pembangunan daerah",
      ind: "Persentase capaian IKD RPJMD yang memenuhi target",
      sat: "%",
      awal: 68.5,
      t: [72, 75, 78, 81, 84],
    },
    {
      id: "p2",
      sas: "Meningkatnya kualitas perencanaan pembangunan daerah",
      ind: "Persentase deviasi program RKPD terhadap RPJMD",
      sat: "%",
      awal: 9.4,
      t: [8.5, 7.5, 6.5, 5.5, 4.5],
    },
    {
      id: "p3",
      sas: "Meningkatnya kualitas perencanaan pembangunan daerah",
      ind: "Persentase usulan musrenbang yang terakomodir dalam RKPD",
      sat: "%",
      awal: 41.3,
      t: [44, 47, 50, 53, 56],
    },
    {
      id: "p4",
      sas: "Meningkatnya pemanfaatan hasil kelitbangan",
      ind: "Jumlah rekomendasi hasil kelitbangan yang dimanfaatkan",
      sat: "rekomendasi",
      awal: 3,
      t: [4, 4, 5, 5, 6],
      flow: true,
    },
  ];
  // Renstra sheet first (the PK refers to it)
  const R = "Renstra 2025-2029";
  const S = "PK 2025";
  const pkSheet = b.sheet(S);
  const rs = b.sheet(R);
  rs.lines(
    ["RENSTRA BAPPEDA KABUPATEN OBA SELATAN 2025-2029", "Tabel 5.1 Indikator Kinerja Utama dan Target"],
    1,
    { bold: true },
  );
  rs.gap();
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...YEARS.map((y): Col => ({
        key: `t${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    rows: P.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal };
        YEARS.forEach((y, j) => (out[`t${y}`] = x.t[j]));
        out.ka = x.flow ? fx(`SUM(${c.a("t2025")}:${c.a("t2029")})`) : fx(c.a("t2029"));
        return out;
      },
    })),
  });
  letterhead(pkSheet, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN OBA SELATAN",
  ]);
  pkSheet.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  pkSheet.gap();
  const pt = pkSheet.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    rows: P.map((x, i): Row => ({
      id: x.id,
      // planted: p3 takes the Renstra 2026 target
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "p3" ? x.t[1] : x.t[0] },
    })),
  });
  pkSheet.gap();
  const progs = [
    {
      id: "g1",
      kode: "5.01.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_845_320_000,
    },
    {
      id: "g2",
      kode: "5.01.02",
      nm: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
      rp: 4_912_750_000,
    },
    {
      id: "g3",
      kode: "5.01.03",
      nm: "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah",
      rp: 1_286_400_000,
    },
    { id: "g4", kode: "5.05.02", nm: "Program Penelitian dan Pengembangan Daerah", rp: 958_300_000 },
  ];
  const gt = pkSheet.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, i): Row => ({
        id: g.id,
        cells: { no: i + 1, kode: g.kode, nm: g.nm, rp: g.rp, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        // planted: one row short
        cells: (c: Ctx) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g3")})`) }),
      },
    ],
  });
  pkSheet.gap();
  signature(pkSheet, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI OBA SELATAN"],
    nama: "H. MUHAMMAD SALEH ALHADAD, S.H.",
    nip: "-",
  });
  const a = (k: string, id: string) => rt.a(k, id);
  const q = `'${R}'!`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pt.a("t", "p3") },
        { sheet: R, cell: a("t2025", "p3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the usulan musrenbang terakomodir is 47.00, the Renstra 2026 target; the Renstra 2025 target is 44.00",
    truth: `${q}${a("t2025", "p3")}`,
  });
  b.plant({
    at: { sheet: S, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is =SUM over the first three programs (13,044,470,000); with Program 5.05.02's 958,300,000 the four give 14,002,770,000",
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g4")})`,
  });
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `${q}${a("t2025", id)}`,
      trap: `${q}${a("t2026", id)}`,
    });
  b.ok({
    sheet: S,
    cell: pt.a("t", "p4"),
    rules: ["cross-table-mismatch"],
    truth: `${q}${a("t2025", "p4")}`,
  });
  for (const id of ["p1", "p2", "p3"])
    b.ok({
      sheet: R,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: `SUM(${a("t2025", id)}:${a("t2029", id)})`,
    });
  b.ok({
    sheet: R,
    cell: a("ka", "p4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("t2025", "p4")}:${a("t2029", "p4")})`,
    trap: a("t2029", "p4"),
  });
  return b.finish();
}
