// Two performance documents of the theme: the Perjanjian Kinerja 2025 of the Banten Diskominfo SP
// (statement, indicator table, program table with Jumlah) beside the Renstra 2025-2029 targets it
// quotes, and the LKjIP 2024 pengukuran kinerja of the Papua Selatan office with a Sifat (+/-) column,
// refleksi for the lower-is-better rows and typed predikat words. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type Ind = { id: string; sas: string; ind: string; sat: string; awal: number; tg: number[]; flow?: boolean };

export function pkBanten(): BookW {
  const b = new BookW(
    "pk-2025-kadis-kominfosp-banten-dan-renstra.xlsx",
    "PK 2025 beside the Renstra 2025-2029 (Diskominfo SP)",
    "PK 2025 of a provincial Diskominfo SP: statement lines, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025 (some typed, some ='Renstra'! formulas), then No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra 2025-2029': No | Sasaran | Indikator | Satuan | Kondisi Awal 2024 | 'Target Kinerja Tahun' > 2025..2029 | Kondisi Akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const S1 = "Meningkatnya tata kelola pemerintahan berbasis elektronik";
  const S2 = "Meningkatnya keterbukaan informasi publik dan kualitas data statistik sektoral";
  const S3 = "Meningkatnya keamanan informasi pemerintah daerah";
  const I: Ind[] = [
    {
      id: "a",
      sas: S1,
      ind: "Indeks SPBE Provinsi Banten",
      sat: "indeks",
      awal: 2.95,
      tg: [3.1, 3.25, 3.4, 3.55, 3.7],
    },
    {
      id: "b",
      sas: S2,
      ind: "Nilai Keterbukaan Informasi Publik",
      sat: "nilai",
      awal: 86.4,
      tg: [88, 89, 90.5, 91, 92],
    },
    {
      id: "c",
      sas: S2,
      ind: "Persentase perangkat daerah yang menyampaikan data statistik sektoral tepat waktu",
      sat: "%",
      awal: 84.21,
      tg: [88, 91, 94, 97, 100],
    },
    {
      id: "d",
      sas: S2,
      ind: "Jumlah dataset statistik sektoral yang dipublikasikan",
      sat: "dataset",
      awal: 412,
      tg: [150, 160, 170, 180, 190],
      flow: true,
    },
    {
      id: "e",
      sas: S3,
      ind: "Persentase insiden keamanan siber yang tidak tertangani",
      sat: "%",
      awal: 12.5,
      tg: [10, 8, 6, 5, 4],
    },
  ];
  // ---- sheet PK 2025 (first, as printed)
  const p = b.sheet(P);
  letterhead(p, ["PEMERINTAH PROVINSI BANTEN", "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN"]);
  p.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama: Ir. HENDRA SURYADIPURA, M.T.  Jabatan: Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian",
    "selanjutnya disebut pihak pertama; Nama: Drs. AHMAD FAUZI RAMLAN, M.Si.  Jabatan: Gubernur Banten, selanjutnya disebut pihak kedua.",
  ]);
  p.gap();
  p.lines(["PERJANJIAN KINERJA TAHUN 2025 - DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN"]);
  p.gap();
  // the renstra table is placed on its own sheet below; the PK refers to its addresses
  const rs = b.sheet(R);
  letterhead(rs, ["DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN PROVINSI BANTEN"]);
  rs.lines(["Tabel 5.1 Tujuan, Sasaran dan Target Kinerja Renstra Perangkat Daerah 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", fmt: DEC, width: 11 },
      ...YEARS.map((y, i): Col => ({
        key: `t${i}`,
        head: ["Target Kinerja Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ka",
        head: ["Kondisi Kinerja Akhir Periode Renstra"],
        role: "kondisi-akhir",
        fmt: DEC,
        width: 12,
      },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((r, n): Row => ({
      id: r.id,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = { no: n + 1, sas: r.sas, ind: r.ind, sat: r.sat, awal: r.awal };
        r.tg.forEach((v, i) => (c[`t${i}`] = v));
        c.ka = r.flow ? fx(`SUM(${x.a("t0")}:${x.a("t4")})`) : r.tg[4];
        return c;
      },
    })),
  });
  const ra = (k: string, id: string) => rt.a(k, id);
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, num: "(5)", fmt: DEC, width: 11 },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: I.map((r, n): Row => ({
      id: r.id,
      cells: {
        no: n + 1,
        sas: r.sas,
        ind: r.ind,
        sat: r.sat,
        // planted: the Nilai KIP carries the 2026 target; a and c quote the Renstra by formula
        tg: r.id === "b" ? 89 : r.id === "a" || r.id === "c" ? fx(`'${R}'!${ra("t0", r.id)}`) : r.tg[0],
      },
    })),
  });
  p.gap();
  const PR: Array<[string, string, number]> = [
    ["2.16.01", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", 14_286_450_000],
    ["2.16.02", "Program Informasi dan Komunikasi Publik", 9_742_800_000],
    ["2.16.03", "Program Pengelolaan Aplikasi Informatika", 21_915_300_000],
    ["2.17.02", "Program Penyelenggaraan Statistik Sektoral", 2_480_650_000],
    ["2.18.02", "Program Penyelenggaraan Persandian untuk Pengamanan Informasi", 3_127_900_000],
  ];
  const at = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 30 },
      { key: "prog", head: ["Program"], width: 36 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 11 },
    ],
    headerRows: 1,
    rows: [
      ...PR.map((r, n): Row => ({
        id: `g${n}`,
        cells: { no: n + 1, kode: r[0], prog: r[1], rp: r[2], ket: "APBD 2025" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        // planted: the Jumlah stops one row short (the persandian program left out)
        cells: (x: Ctx) => ({ no: "JUMLAH", rp: fx(`SUM(${x.a("rp", "g0")}:${x.a("rp", "g3")})`) }),
      },
    ],
  });
  p.gap();
  const r0 = p.r;
  p.lines(["Pihak Kedua,", "GUBERNUR BANTEN,"], 2);
  p.gap(3);
  p.lines(["Drs. AHMAD FAUZI RAMLAN, M.Si."], 2);
  p.r = r0;
  signature(p, 4, {
    tempat: "Serang, 2 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS KOMINFO SP PROVINSI BANTEN,"],
    nama: "Ir. HENDRA SURYADIPURA, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720914 199803 1 006",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: ra("t1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "The PK 2025 target of the Nilai KIP is 89.00, the Renstra 2026 target; the Renstra 2025 target is 88.00",
    truth: `'${R}'!${ra("t0", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is =SUM over four programs only (48,425,200,000); with the persandian program's 3,127,900,000 the five give 51,553,100,000",
    truth: `SUM(${at.a("rp", "g0")}:${at.a("rp", "g4")})`,
  });
  for (const id of ["a", "c", "d", "e"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${ra("t0", id)}`,
    });
  b.ok({
    sheet: R,
    cell: ra("ka", "e"),
    rules: ["kondisi-akhir-mismatch", "target-trend"],
    truth: ra("t4", "e"),
    trap: `SUM(${ra("t0", "e")}:${ra("t4", "e")})`,
  });
  b.ok({
    sheet: R,
    cell: ra("ka", "d"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${ra("t0", "d")}:${ra("t4", "d")})`,
    trap: ra("t4", "d"),
  });
  b.ok({
    sheet: R,
    cell: ra("ka", "a"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ra("t4", "a"),
    trap: `SUM(${ra("t0", "a")}:${ra("t4", "a")})`,
  });
  b.ok({
    sheet: R,
    cell: ra("ka", "c"),
    rules: ["kondisi-akhir-mismatch", "percent-out-of-range"],
    truth: ra("t4", "c"),
  });
  return b.finish();
}

type Lk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  t: number;
  r: number;
  r23: number;
  akhir: number;
  pred?: string;
};

export function lkjipPapuaSelatan(): BookW {
  const b = new BookW(
    "lkjip-2024-diskominfosp-papua-selatan-pengukuran.xlsx",
    "LKjIP 2024 pengukuran kinerja (Diskominfo SP)",
    "LKjIP 2024 Tabel 3.1 of a provincial Diskominfo SP: No | Sasaran Strategis (merged) | Indikator Kinerja | Sifat (+/-) | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023 | Target Akhir Renstra (2029); ROUND formulas, refleksi (2T-R)/T for (-) rows; typed predikat words; Rata-rata and Predikat rows",
  );
  const S = "Tabel 3.1 Pengukuran";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI PAPUA SELATAN",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
  ]);
  s.lines(["Tabel 3.1", "PENGUKURAN KINERJA SASARAN STRATEGIS TAHUN 2024"]);
  s.gap();
  const A = "Terwujudnya pemerintahan digital yang terhubung sampai ke kampung";
  const B = "Meningkatnya layanan informasi publik yang aman dan terbuka";
  const L: Lk[] = [
    {
      id: "l1",
      sas: A,
      ind: "Indeks SPBE Provinsi",
      sat: "indeks",
      neg: false,
      t: 2.1,
      r: 1.98,
      r23: 1.71,
      akhir: 3.0,
    },
    {
      id: "l2",
      sas: A,
      ind: "Persentase kampung yang terjangkau akses internet",
      sat: "%",
      neg: false,
      t: 38,
      r: 36.4,
      r23: 31.2,
      akhir: 75,
    },
    {
      id: "l3",
      sas: A,
      ind: "Persentase perangkat daerah yang menyampaikan data statistik sektoral",
      sat: "%",
      neg: false,
      t: 70,
      r: 51.6,
      r23: 44.8,
      akhir: 95,
      pred: "Baik",
    },
    {
      id: "l4",
      sas: B,
      ind: "Jumlah insiden keamanan informasi yang tidak tertangani",
      sat: "kasus",
      neg: true,
      t: 12,
      r: 14,
      r23: 19,
      akhir: 5,
    },
    {
      id: "l5",
      sas: B,
      ind: "Rata-rata waktu penyelesaian permohonan informasi publik",
      sat: "hari kerja",
      neg: true,
      t: 10,
      r: 8.5,
      r23: 11.2,
      akhir: 7,
    },
  ];
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 2, width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
    { key: "sif", head: ["Sifat (+/-)"], role: "polaritas", num: 4, width: 7 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 10 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, num: 6, fmt: DEC, width: 9 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, num: 7, fmt: DEC, width: 9 },
    {
      key: "c",
      head: [Y, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "8 = 7/6 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "p", head: [Y, "Predikat"], role: "predikat", num: 9, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: 10, fmt: DEC, width: 10 },
    { key: "ak", head: ["Target Akhir Renstra (2029)"], role: "target", num: 11, fmt: DEC, width: 11 },
  ];
  const capF = (neg: boolean, x: Ctx) =>
    neg ? `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)` : `ROUND(${x.a("r")}/${x.a("t")}*100,2)`;
  const cap = (l: Lk) => Math.round((l.neg ? (2 * l.t - l.r) / l.t : l.r / l.t) * 10000) / 100;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...L.map((l, n): Row => ({
        id: l.id,
        cells: (x: Ctx) => ({
          no: n + 1,
          sas: l.sas,
          ind: l.ind,
          sif: l.neg ? "(-)" : "(+)",
          sat: l.sat,
          t: l.t,
          r: l.r,
          // planted: the insiden row (-) computed with the positive formula
          c: fx(l.id === "l4" ? capF(false, x) : capF(l.neg, x)),
          p: l.pred ?? predikatBaik(l.id === "l4" ? (l.r / l.t) * 100 : cap(l)),
          r23: l.r23,
          ak: l.akhir,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (x: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "l1")}:${x.a("c", "l5")}),2)`),
          p: predikatBaik(
            (cap(L[0]) + cap(L[1]) + cap(L[2]) + Math.round((14 / 12) * 10000) / 100 + cap(L[4])) / 5,
          ),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Sifat (-): semakin kecil realisasi semakin baik; capaian = (2 x Target - Realisasi) / Target x 100%.",
    "- Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Merauke, 14 Februari 2025",
    jabatan: ["KEPALA DINAS,"],
    nama: "YOHANES K. NDIKEN, S.Kom., M.Si.",
    nip: "19790625 200501 1 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "l4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the insiden tidak tertangani (Sifat (-)) is =ROUND(R/T*100,2) = 116.67; the refleksi (2 x 12 - 14) / 12 gives 83.33, as the other (-) row computes",
    truth: `ROUND((2*${a("t", "l4")}-${a("r", "l4")})/${a("t", "l4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "l3") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for a capaian of 73.71; the band > 65 s.d. 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "l3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "l5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "l5")}-${a("r", "l5")})/${a("t", "l5")}*100,2)`,
    trap: `ROUND(${a("r", "l5")}/${a("t", "l5")}*100,2)`,
  });
  for (const id of ["l1", "l2", "l3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["l1", "l2", "l5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}
