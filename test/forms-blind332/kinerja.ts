// LKjIP 2024 of BPKAD Kabupaten Lembah Sirantih and the PK 2026 of BPKAD Kota Batu Pelangan beside its
// Renstra IKU table. Every office, person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  ak: number;
};

/** LKjIP 2024 Tabel 3.1: "Tahun 2024" over Target / Realisasi / Capaian, refleksi on negatives. */
export function lkjipBpkad(): BookW {
  const b = new BookW(
    "lkjip-2024-bpkad-lembah-sirantih-332.xlsx",
    "LKjIP capaian (BPKAD)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Tahun 2024 > Target / Realisasi / Capaian (%) | Predikat | Target Akhir Renstra 2026 | Capaian thd Renstra (%); ROUND formulas, refleksi on negatives",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.1 Pengukuran Capaian Sasaran Strategis BPKAD Kabupaten Lembah Sirantih Tahun 2024",
  ]);
  s.gap();
  const A = "Meningkatnya kinerja pendapatan dan belanja daerah";
  const B = "Meningkatnya kualitas penatausahaan dan pelaporan keuangan daerah";
  const I: Ind[] = [
    {
      id: "i1",
      sas: A,
      ind: "Persentase realisasi PAD terhadap target",
      sat: "%",
      neg: false,
      r23: 94.1,
      t: 100,
      r: 96.42,
      ak: 100,
    },
    {
      id: "i2",
      sas: A,
      ind: "Persentase serapan anggaran belanja daerah",
      sat: "%",
      neg: false,
      r23: 89.6,
      t: 95,
      r: 91.37,
      ak: 96,
    },
    {
      id: "i3",
      sas: B,
      ind: "Jumlah temuan BPK atas pengelolaan keuangan daerah",
      sat: "temuan",
      neg: true,
      r23: 14,
      t: 12,
      r: 9,
      ak: 8,
    },
    {
      id: "i4",
      sas: B,
      ind: "Rata-rata waktu penerbitan SP2D sejak SPM diterima",
      sat: "hari",
      neg: true,
      r23: 3.4,
      t: 3,
      r: 2.6,
      ak: 2,
    },
    {
      id: "i5",
      sas: "Meningkatnya tertib administrasi aset daerah",
      ind: "Persentase aset tetap yang disajikan sesuai SAP",
      sat: "%",
      neg: false,
      r23: 84.2,
      t: 90,
      r: 87.5,
      ak: 95,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Predikat"], role: "predikat" },
    { key: "ak", head: ["Target Akhir Renstra 2026"], role: "target", fmt: DEC },
    { key: "ca", head: ["Capaian terhadap Target Akhir Renstra (%)"], role: "capaian", fmt: DEC },
  ];
  // shown capaian: i4 computed R/T although lower is better, i2 a stale cached 99.18
  const shown = (x: Ind) =>
    x.id === "i2"
      ? 99.18
      : x.neg && x.id !== "i4"
        ? round(((2 * x.t - x.r) / x.t) * 100, 2)
        : round((x.r / x.t) * 100, 2);
  const body: Row[] = I.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const T = c.a("t");
      const R = c.a("r");
      const AK = c.a("ak");
      const cap = x.neg && x.id !== "i4" ? `=ROUND((2*${T}-${R})/${T}*100,2)` : `=ROUND(${R}/${T}*100,2)`;
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: x.r23,
        t: x.t,
        r: x.r,
        c: x.id === "i2" ? fx(cap, 99.18) : fx(cap),
        pred: predikatBaik(shown(x)),
        ak: x.ak,
        ca: fx(x.neg ? `=ROUND((2*${AK}-${R})/${AK}*100,2)` : `=ROUND(${R}/${AK}*100,2)`),
      };
    },
  }));
  const avg = round(I.map(shown).reduce((a, v) => a + v, 0) / I.length, 2);
  body.push(
    {
      id: "avg",
      span: ["no", "r"],
      cells: (c) => ({
        no: "Rata-rata capaian kinerja",
        c: fx(`=ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
      }),
    },
    { id: "pk", span: ["no", "r"], cells: { no: "Predikat capaian kinerja", c: predikatBaik(avg) } },
  );
  const t = s.table({ cols, headerRows: 2, rows: body, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator yang semakin kecil semakin baik (jumlah temuan, waktu penerbitan SP2D) dihitung",
    "dengan rumus (2 x Target - Realisasi) / Target x 100%. Skala predikat: > 90 Sangat Baik; > 75 - 90 Baik;",
    "> 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    note: "Rata-rata waktu penerbitan SP2D (lower is better) computed R/T = 86.67; refleksi (2T-R)/T gives 113.33",
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
    note: "=ROUND(R/T*100,2) with a stale cached 99.18; 91.37 / 95 gives 96.18",
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("ca", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND((2*${a("ak", id)}-${a("r", id)})/${a("ak", id)}*100,2)`,
      trap: `ROUND(${a("r", id)}/${a("ak", id)}*100,2)`,
    });
  for (const id of ["i1", "i5"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("ca", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i2")}/${a("ak", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "i3"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  return b.finish();
}

/** PK 2026 BPKAD Kota Batu Pelangan: Target before Satuan, program table with Jumlah, sheet IKU Renstra. */
export function pkBpkad(): BookW {
  const b = new BookW(
    "pk-2026-bpkad-batu-pelangan-332.xlsx",
    "Perjanjian Kinerja + Renstra (BPKAD)",
    "PK 2026 (statement, sasaran/indikator/target/satuan, program/anggaran with Jumlah) + sheet IKU Renstra 2025-2029 with Tahun ke-1..5 and Kondisi Akhir",
  );
  const R = "IKU Renstra";
  const P = "PK 2026";
  const inds = [
    {
      id: "s1",
      tuj: "Meningkatnya kemandirian keuangan daerah",
      sas: "Meningkatnya pendapatan asli daerah",
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      awal: 18.2,
      tk: [19, 19.8, 20.5, 21.3, 22],
    },
    {
      id: "s2",
      tuj: "Meningkatnya kemandirian keuangan daerah",
      sas: "Meningkatnya pendapatan asli daerah",
      ind: "Persentase realisasi PAD terhadap target",
      sat: "%",
      awal: 95.4,
      tk: [96, 97, 97.5, 98, 98.5],
    },
    {
      id: "s3",
      tuj: "Meningkatnya akuntabilitas keuangan daerah",
      sas: "Meningkatnya kualitas laporan keuangan daerah",
      ind: "Opini BPK atas LKPD",
      sat: "opini",
      awal: "WTP",
      tk: ["WTP", "WTP", "WTP", "WTP", "WTP"],
    },
    {
      id: "s4",
      tuj: "Meningkatnya akuntabilitas keuangan daerah",
      sas: "Meningkatnya kualitas pengelolaan aset daerah",
      ind: "Persentase aset tetap yang tercatat akurat dalam KIB",
      sat: "%",
      awal: 79.5,
      tk: [82, 84.5, 86, 88, 90],
    },
    {
      id: "s5",
      tuj: "Meningkatnya akuntabilitas keuangan daerah",
      sas: "Meningkatnya kualitas penatausahaan keuangan",
      ind: "Rata-rata waktu penerbitan SP2D",
      sat: "hari",
      awal: 3.5,
      tk: [3, 2.5, 2, 2, 1.5],
    },
  ];
  // renstra sheet
  const r = b.sheet(R);
  r.lines([
    "Tabel 4.2 Indikator Kinerja Utama BPKAD Kota Batu Pelangan",
    "Renstra Perangkat Daerah Tahun 2025-2029",
  ]);
  r.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 28 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", fmt: DEC },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", `ke-${y}`],
      role: "target",
      year: 2024 + y,
      fmt: DEC,
    })),
    { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    vmerge: ["tuj", "sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: Object.fromEntries([
        ["no", i + 1],
        ["tuj", x.tuj],
        ["sas", x.sas],
        ["ind", x.ind],
        ["sat", x.sat],
        ["awal", x.awal],
        ...x.tk.map((v, j) => [`y${j + 1}`, v]),
        ["ak", x.tk[4]],
      ]),
    })),
  });
  // PK sheet
  const p = b.sheet(P);
  letterhead(p, ["PEMERINTAH KOTA BATU PELANGAN", "BADAN KEUANGAN DAN ASET DAERAH"]);
  p.lines([
    "PERJANJIAN KINERJA TAHUN 2026",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: LA ODE MUHAMMAD SYAFRUDDIN, S.STP., M.Si, Kepala Badan Keuangan dan Aset Daerah,",
    "selanjutnya disebut pihak pertama, berjanji akan mewujudkan target kinerja sebagaimana terlampir.",
  ]);
  p.gap();
  p.lines(["PERJANJIAN KINERJA TAHUN 2026 BADAN KEUANGAN DAN ASET DAERAH KOTA BATU PELANGAN"]);
  p.gap();
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "t", head: ["Target"], role: "target", year: 2026, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      // s4 copied from the Tahun ke-3 column
      cells: { no: i + 1, sas: x.sas, ind: x.ind, t: x.id === "s4" ? x.tk[2] : x.tk[1], sat: x.sat },
    })),
  });
  p.gap();
  const progs = [
    ["5.02.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 18742650000],
    ["5.02.02", "Program Pengelolaan Keuangan Daerah", 6305120000],
    ["5.02.03", "Program Pengelolaan Barang Milik Daerah", 3418900000],
    ["5.02.04", "Program Pengelolaan Pendapatan Daerah", 4912375000],
  ] as const;
  const ag = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([k, n, v], i): Row => ({
        id: `g${i}`,
        cells: { no: i + 1, prog: `${k} ${n}`, rp: v, ket: "APBD 2026" },
      })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({ prog: "Jumlah", rp: fx(`=SUM(${x.a("rp", "g0")}:${x.a("rp", "g2")})`) }),
      },
    ],
  });
  p.gap();
  signature(p, 2, {
    tempat: "Batu Pelangan, 8 Januari 2026",
    jabatan: ["Pihak Kedua,", "WALI KOTA BATU PELANGAN"],
    nama: "Ir. H. MUHAMMAD ARSYAD LANGKE",
    nip: "-",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "s4") },
        { sheet: R, cell: rt.a("y2", "s4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("y2", "s4")}`,
    note: "PK 2026 target 86 for aset tercatat is the Renstra Tahun ke-3 (2027) target; Tahun ke-2 (2026) is 84.5",
  });
  b.plant({
    at: { sheet: P, cell: ag.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${ag.a("rp", "g0")}:${ag.a("rp", "g3")})`,
    note: "Jumlah =SUM over the first three programs; Program Pengelolaan Pendapatan Daerah is left out",
  });
  for (const id of ["s1", "s2", "s5"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2", id)}`,
      trap: `'${R}'!${rt.a("y3", id)}`,
    });
  b.ok({
    sheet: P,
    cell: pt.a("t", "s3"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("y2", "s3")}`,
  });
  for (const id of ["s1", "s5"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y4", "s5"), rules: ["target-trend"], truth: rt.a("y3", "s5") });
  return b.finish();
}
