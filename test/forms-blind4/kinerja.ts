// Performance tables of the sixth unseen set: an LKjIP table of a Dinas Pemberdayaan Masyarakat dan
// Desa under a long letterhead, with header cells on two lines and abbreviations ("Sat.", "Tgt\n2024",
// "Real.\n2024", "Capaian Kinerja\n(%)", "Anggaran\n(Rp.)", "Real.\n(Rp.)"), a program and its budget
// merged over the indicators it supports and a Jumlah row; and a row-wise table of a Dinas
// Perindustrian (Uraian "Tgt" / "Real." / "% Capaian", 2020-2024 across) whose indicator cells are
// merged over their three rows. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, round, signature, type Cell, type Col } from "../forms/kit";

// ============================================================== LKjIP 2024 (DPMD), long letterhead

type DmIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  t: number;
  r: number;
  prog: string;
  ang: number;
  real: number;
  dec?: number;
};

/** LKjIP 2024 of Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Watukarang: kinerja and keuangan per indicator. */
export function lkjipDesa(): BookW {
  const b = new BookW(
    "lkjip-kop-dpmd-watukarang.xlsx",
    "LKjIP",
    "LKjIP 2024 of a DPMD under a six-line letterhead: Tgt / Real. / Capaian Kinerja (%) and Program / Anggaran (Rp.) / Real. (Rp.) / Capaian Anggaran (%), two-line header cells, programs merged over their indicators, Jumlah",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(
    [
      "PEMERINTAH KABUPATEN WATUKARANG",
      "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
      "Jalan Raya Sekar Arum No. 45, Kompleks Perkantoran Terpadu, Watukarang 57612",
      "Telepon (0271) 594120, Faksimile (0271) 594121",
      "Laman: dpmd.watukarangkab.go.id, Pos-el: dpmd@watukarangkab.go.id",
    ],
    1,
    { bold: true },
  );
  s.gap();
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.2",
    "Capaian Kinerja dan Realisasi Anggaran Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya kemandirian dan status perkembangan desa";
  const S2 = "Meningkatnya kualitas tata kelola pemerintahan dan kelembagaan desa";
  const P1 = "Program Penataan Desa";
  const P2 = "Program Peningkatan Kerja Sama Desa";
  const P3 = "Program Administrasi Pemerintahan Desa";
  const P4 = "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat";
  const rows: DmIn[] = [
    {
      id: "idm",
      sas: S1,
      ind: "Rata-rata Indeks Desa Membangun (IDM)",
      sat: "indeks",
      t: 0.705,
      r: 0.7132,
      dec: 4,
      prog: P1,
      ang: 1_245_600_000,
      real: 1_187_325_400,
    },
    {
      id: "mandiri",
      sas: S1,
      ind: "Persentase desa berstatus desa mandiri",
      sat: "%",
      t: 18,
      r: 19.35,
      prog: P1,
      ang: 1_245_600_000,
      real: 1_187_325_400,
    },
    {
      id: "tertinggal",
      sas: S1,
      ind: "Persentase desa berstatus desa tertinggal",
      sat: "%",
      neg: true,
      t: 6.5,
      r: 5.85,
      prog: P2,
      ang: 486_200_000,
      real: 452_918_000,
    },
    {
      id: "lpj",
      sas: S2,
      ind: "Persentase desa yang menyampaikan laporan pertanggungjawaban APBDes tepat waktu",
      sat: "%",
      t: 90,
      r: 84.62,
      prog: P3,
      ang: 2_318_750_000,
      real: 2_241_562_500,
    },
    {
      id: "bumdes",
      sas: S2,
      ind: "Persentase BUMDes berklasifikasi maju",
      sat: "%",
      t: 25,
      r: 21.4,
      prog: P4,
      ang: 1_076_400_000,
      real: 1_012_085_600,
    },
    {
      id: "lkd",
      sas: S2,
      ind: "Persentase lembaga kemasyarakatan desa yang aktif",
      sat: "%",
      t: 80,
      r: 81.2,
      prog: P4,
      ang: 1_076_400_000,
      real: 1_012_085_600,
    },
  ];
  const PLANT_C = "lpj"; // capaian typed as T / R on a higher-is-better indicator
  // masters of the merged program cells: first row of each program
  const masters = rows.filter((x, i) => i === 0 || rows[i - 1].prog !== x.prog).map((x) => x.id);
  const cap = (x: DmIn) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const K = "Kinerja";
  const U = "Keuangan";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Sat."], role: "satuan", width: 8 },
    { key: "t", head: [K, "Tgt\n2024"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [K, "Real.\n2024"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [K, "Capaian Kinerja\n(%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
    { key: "prog", head: ["Program\nPendukung"], width: 30 },
    { key: "ang", head: [U, "Anggaran\n(Rp.)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "real", head: [U, "Real.\n(Rp.)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "ca", head: [U, "Capaian Anggaran\n(%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
  ];
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas", "prog", "ang", "real", "ca"],
    rows: [
      ...rows.map((x) => {
        const f = x.dec === 4 ? "0.0000" : DEC;
        return {
          id: x.id,
          cells: {
            no: ++no,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            t: fmt(x.t, f),
            r: fmt(x.r, f),
            c: x.id === PLANT_C ? round((x.t / x.r) * 100) : cap(x),
            prog: x.prog,
            ang: x.ang,
            real: x.real,
            ca: round((x.real / x.ang) * 100),
          },
        };
      }),
      {
        id: "j",
        bold: true,
        span: ["no", "prog"] as [string, string],
        cells: (c) => ({
          no: "Jumlah",
          ang: fx(masters.map((id) => c.a("ang", id)).join("+")),
          // planted: the last program (merged over the last two rows) is left out
          real: fx(
            masters
              .slice(0, -1)
              .map((id) => c.a("real", id))
              .join("+"),
          ),
          ca: fx(`ROUND(${c.a("real")}/${c.a("ang")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: persentase desa tertinggal semakin kecil semakin baik; capaiannya dihitung (2 x Tgt - Real.) / Tgt x 100.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Watukarang, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN", "MASYARAKAT DAN DESA,"],
    nama: "Drs. HARYO SUDIBYO, M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19690817 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const x0 = rows.find((x) => x.id === PLANT_C)!;
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: `capaian kinerja of LPJ APBDes tepat waktu (higher is better) is ${round((x0.t / x0.r) * 100)} = Tgt / Real.; Real. / Tgt = ${x0.r} / ${x0.t} gives ${cap(x0)}`,
    truth: rt(PLANT_C),
  });
  b.plant({
    at: { sheet: S, cell: a("real", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah Real. (Rp.) adds the first three programs only (the fourth, merged over the last two indicators, is left out of the formula); the four programs add up to 4,893,891,500",
    truth: masters.map((id) => a("real", id)).join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    if (x.id === PLANT_C) continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(x.id) : rt(x.id),
      trap: x.neg ? rt(x.id) : undefined,
    });
  }
  for (const id of masters)
    b.ok({
      sheet: S,
      cell: a("ca", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("real", id)}/${a("ang", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("ang", "j"),
    rules: ["sum-mismatch"],
    truth: masters.map((id) => a("ang", id)).join("+"),
    // counting a merged program once per indicator it supports
    trap: rows.map((x) => String(x.ang)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}

// ============================================================ row-wise (Dinas Perindustrian) 2020-2024

type PiIn = {
  id: string;
  ind: string;
  sat: string;
  neg?: boolean;
  t: number[];
  r: number[];
  f: string;
};

const YP = [2020, 2021, 2022, 2023, 2024];

/** Row-wise IKU development 2020-2024 of Dinas Perindustrian Kabupaten Gedangsari: Tgt / Real. / % Capaian rows. */
export function barisIndustri(): BookW {
  const b = new BookW(
    "baris-tgtreal-disperin-gedangsari.xlsx",
    "row-wise",
    "row-wise IKU table 2020-2024 of a Dinas Perindustrian: Uraian Tgt / Real. / % Capaian, indicator, No and Satuan merged over their three rows, typed capaian",
  );
  const S = "Perkembangan IKU";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.4",
    "Perkembangan Capaian Indikator Kinerja Utama Dinas Perindustrian Kabupaten Gedangsari Tahun 2020-2024",
  ]);
  s.gap();
  const INT0 = "#,##0";
  const inds: PiIn[] = [
    {
      id: "pdrb",
      ind: "Kontribusi sektor industri pengolahan terhadap PDRB",
      sat: "%",
      t: [18.2, 18.5, 18.9, 19.3, 19.7],
      r: [17.95, 18.62, 18.81, 19.44, 19.52],
      f: DEC,
    },
    {
      id: "tk",
      ind: "Jumlah tenaga kerja industri kecil dan menengah yang dilatih",
      sat: "orang",
      t: [1100, 1150, 1200, 1250, 1300],
      r: [1082, 1176, 1214, 1245, 1318],
      f: INT0,
    },
    {
      id: "nilai",
      ind: "Pertumbuhan nilai produksi industri kecil dan menengah",
      sat: "%",
      t: [5, 5.5, 6, 6.5, 7],
      r: [2.8, 5.9, 6.4, 6.1, 7.3],
      f: DEC,
    },
    {
      id: "sentra",
      ind: "Persentase sentra IKM yang tidak aktif berproduksi",
      sat: "%",
      neg: true,
      t: [12, 11, 10, 9, 8],
      r: [13.4, 11.6, 9.7, 8.8, 8.1],
      f: DEC,
    },
  ];
  const PLANT_SC = { id: "tk", i: 3 }; // 1.245 for 1,245 (the capaian row uses 1,245)
  const PLANT_CP = { id: "nilai", i: 4 }; // capaian 2024 against the 2023 target
  const cap = (x: PiIn, i: number) =>
    round(x.neg ? ((2 * x.t[i] - x.r[i]) / x.t[i]) * 100 : (x.r[i] / x.t[i]) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], width: 40 },
    { key: "sat", head: ["Satuan"], width: 9 },
    { key: "u", head: ["Uraian"], width: 11 },
    ...YP.map((y, i): Col => ({ key: `y${i}`, head: ["Tahun", String(y)], width: 10 })),
  ];
  const body: Array<{ id: string; cells: Record<string, Cell> }> = [];
  inds.forEach((x, k) => {
    const tg: Record<string, Cell> = { no: k + 1, ind: x.ind, sat: x.sat, u: "Tgt" };
    const re: Record<string, Cell> = { u: "Real." };
    const cp: Record<string, Cell> = { u: "% Capaian" };
    YP.forEach((_, i) => {
      tg[`y${i}`] = fmt(x.t[i], x.f);
      re[`y${i}`] = x.id === PLANT_SC.id && i === PLANT_SC.i ? fmt(x.r[i] / 1000, "0.000") : fmt(x.r[i], x.f);
      cp[`y${i}`] =
        x.id === PLANT_CP.id && i === PLANT_CP.i
          ? fmt(round((x.r[i] / x.t[i - 1]) * 100), DEC)
          : fmt(cap(x, i), DEC);
    });
    body.push({ id: `t.${x.id}`, cells: tg }, { id: `r.${x.id}`, cells: re }, { id: `c.${x.id}`, cells: cp });
  });
  const t = s.table({ cols, headerRows: 2, rows: body });
  // No, indicator and unit merged over the indicator's three rows
  for (const x of inds)
    for (const key of ["no", "ind", "sat"]) {
      const c = t.left + cols.findIndex((q) => q.key === key);
      s.ws.mergeCells(t.row(`t.${x.id}`), c, t.row(`c.${x.id}`), c);
    }
  s.gap();
  s.lines([
    "Catatan: persentase sentra IKM tidak aktif semakin kecil semakin baik; % capaian = (2 x Tgt - Real.) / Tgt x 100.",
    "Tahun 2020 terdampak pandemi COVID-19.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Gedangsari, 20 Februari 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN", "KABUPATEN GEDANGSARI,"],
    nama: "Ir. BAMBANG TRI HARTONO, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19700302 199603 1 005",
  });
  const a = (i: number, row: string) => t.a(`y${i}`, row);
  b.plant({
    at: { sheet: S, cell: a(PLANT_SC.i, `r.${PLANT_SC.id}`) },
    rules: ["number-scale"],
    note: "Real. 2023 of tenaga kerja IKM dilatih is 1.245 (persons among 1,082-1,318; the % Capaian 99.60 takes 1,245): a thousands dot read as a decimal point",
    truth: `ROUND(${a(PLANT_SC.i, `c.${PLANT_SC.id}`)}*${a(PLANT_SC.i, `t.${PLANT_SC.id}`)}/100,0)`,
  });
  b.plant({
    at: { sheet: S, cell: a(PLANT_CP.i, `c.${PLANT_CP.id}`) },
    rules: ["capaian-mismatch"],
    note: "% Capaian 2024 of pertumbuhan nilai produksi IKM is 112.31 = 7.30 / 6.50 (the 2023 target); 7.30 / 7.00 gives 104.29",
    truth: `ROUND(${a(PLANT_CP.i, `r.${PLANT_CP.id}`)}/${a(PLANT_CP.i, `t.${PLANT_CP.id}`)}*100,2)`,
  });
  for (const x of inds)
    YP.forEach((_, i) => {
      if ((x.id === PLANT_CP.id && i === PLANT_CP.i) || (x.id === PLANT_SC.id && i === PLANT_SC.i)) return;
      const T = a(i, `t.${x.id}`);
      const R = a(i, `r.${x.id}`);
      b.ok({
        sheet: S,
        cell: a(i, `c.${x.id}`),
        rules: ["capaian-mismatch"],
        truth: x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
        trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
      });
    });
  return b.finish();
}
