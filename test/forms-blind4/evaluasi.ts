// Evaluation tables of the sixth unseen set: a T-C.24 "Anggaran dan Realisasi Pendanaan Pelayanan"
// of a DPPKB with ordinal "Tahun ke-1 .. ke-5" headers (the calendar years only in the title), amounts
// "(dalam ribuan rupiah)" and "Rata-rata Pertumbuhan" of anggaran and realisasi; and a quarterly
// "Rencana Aksi" report of a Dinas Peternakan dan Kesehatan Hewan with "Target Triwulan" and
// "Realisasi Triwulan" I-IV, "Real. s.d. TW IV" and "Capaian Kinerja (%)" under a merged number row.
// Every name and number is invented; the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  fx,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
  fmt,
} from "../forms/kit";

// ================================================================= T-C.24 (DPPKB), Tahun ke-1..5

type PdIn = {
  id: string;
  kind: "program" | "kegiatan";
  parent?: string;
  kode: string;
  nama: string;
  a?: number[];
  r?: number[];
};

const Y24 = [2020, 2021, 2022, 2023, 2024];

/** Arithmetic mean of the yearly growth rates (%), the default of the domain notes. */
export function meanGrowth(xs: number[]): number {
  const g = xs.slice(1).map((x, i) => ((x - xs[i]) / xs[i]) * 100);
  return round(sum(g) / g.length);
}

/** Compound annual growth rate (%), the other convention in use. */
export function cagr(xs: number[]): number {
  return round(((xs[xs.length - 1] / xs[0]) ** (1 / (xs.length - 1)) - 1) * 100);
}

/** T-C.24 of Dinas Pengendalian Penduduk dan KB Kabupaten Larangtirta, 2020-2024, Rp 000, Tahun ke-. */
export function tc24(): BookW {
  const b = new BookW(
    "tc24-tahunke-dppkb-larangtirta.xlsx",
    "T-C.24",
    "T-C.24 anggaran dan realisasi pendanaan 2020-2024 of a DPPKB: Tahun ke-1..5 headers, years only in the title, Rp 000, rata-rata pertumbuhan",
  );
  const S = "T-C.24";
  const s = b.sheet(S);
  s.lines([
    "Tabel 2.4",
    "Anggaran dan Realisasi Pendanaan Pelayanan Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Larangtirta Tahun 2020-2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: PdIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "2.14.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      a: [6_842_150, 6_215_480, 6_958_320, 7_412_600, 7_895_275],
      r: [6_512_384, 5_987_215, 6_701_946, 7_148_932, 7_702_118],
    },
    {
      id: "p2",
      kind: "program",
      kode: "2.14.02",
      nama: "PROGRAM PENGENDALIAN PENDUDUK",
      a: [412_500, 238_750, 365_200, 428_900, 486_350],
      r: [386_215, 221_430, 348_775, 409_612, 471_905],
    },
    { id: "p3", kind: "program", kode: "2.14.03", nama: "PROGRAM PEMBINAAN KELUARGA BERENCANA (KB)" },
    {
      id: "k1",
      kind: "kegiatan",
      parent: "p3",
      kode: "2.14.03.2.01",
      nama: "Pelaksanaan Advokasi, Komunikasi, Informasi dan Edukasi (KIE) Pengendalian Penduduk dan KB sesuai Kearifan Budaya Lokal",
      a: [325_400, 186_250, 298_600, 342_150, 376_800],
      r: [301_226, 172_918, 287_344, 331_029, 362_457],
    },
    {
      id: "k2",
      kind: "kegiatan",
      parent: "p3",
      kode: "2.14.03.2.02",
      nama: "Pendayagunaan Tenaga Penyuluh KB/Petugas Lapangan KB (PKB/PLKB)",
      a: [512_800, 468_300, 545_750, 589_200, 624_500],
      r: [498_615, 451_772, 532_108, 575_346, 611_893],
    },
    {
      id: "k3",
      kind: "kegiatan",
      parent: "p3",
      kode: "2.14.03.2.03",
      nama: "Pengendalian dan Pendistribusian Kebutuhan Alat dan Obat Kontrasepsi serta Pelaksanaan Pelayanan KB di Daerah Kabupaten/Kota",
      a: [1_245_600, 982_400, 1_318_750, 1_402_300, 1_486_900],
      r: [1_186_342, 921_567, 1_264_118, 1_351_774, 1_437_205],
    },
    {
      id: "p4",
      kind: "program",
      kode: "2.14.04",
      nama: "PROGRAM PEMBERDAYAAN DAN PENINGKATAN KELUARGA SEJAHTERA (KS)",
      a: [286_300, 174_600, 248_900, 302_450, 338_700],
      r: [268_104, 162_385, 239_611, 291_806, 327_142],
    },
  ];
  const kidsOf = (id: string) => rows.filter((k) => k.parent === id);
  for (const p of rows.filter((x) => x.kind === "program" && !x.a)) {
    const kids = kidsOf(p.id);
    p.a = Y24.map((_, i) => sum(kids.map((k) => k.a![i])));
    p.r = Y24.map((_, i) => sum(kids.map((k) => k.r![i])));
  }
  const progs = rows.filter((x) => x.kind === "program");
  const totA = Y24.map((_, i) => sum(progs.map((p) => p.a![i])));
  const totR = Y24.map((_, i) => sum(progs.map((p) => p.r![i])));
  // planted 1: program 2.14.03 realisasi Tahun ke-4 (2023) typed with two digits swapped
  const PLANT_S = { id: "p3", i: 3 };
  const sTrue = rows.find((x) => x.id === PLANT_S.id)!.r![PLANT_S.i];
  if (sTrue !== 2_258_149) throw new Error(`program 2.14.03 realisasi 2023 is ${sTrue}`);
  const PLANT_S_VAL = 2_285_149;
  // planted 2: program 2.14.02 rasio Tahun ke-2 (2021) typed with two digits swapped
  const PLANT_C = { id: "p2", i: 1 };
  const p2 = rows.find((x) => x.id === PLANT_C.id)!;
  const cTrue = round((p2.r![PLANT_C.i] / p2.a![PLANT_C.i]) * 100);
  if (cTrue !== 92.75) throw new Error(`rasio 2021 of program 2.14.02 is ${cTrue}`);
  const PLANT_C_VAL = 97.25;
  const written = (x: PdIn, m: "a" | "r"): number[] =>
    x[m]!.map((v, i) => (m === "r" && x.id === PLANT_S.id && i === PLANT_S.i ? PLANT_S_VAL : v));
  const GA = "Anggaran pada Tahun ke-";
  const GR = "Realisasi Anggaran pada Tahun ke-";
  const GC = "Rasio antara Realisasi dan Anggaran Tahun ke- (%)";
  const GP = "Rata-rata Pertumbuhan (%)";
  let n = 3;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Uraian"], num: 3, width: 44 },
    ...Y24.map((y, i): Col => ({
      key: `a${i}`,
      head: [GA, String(i + 1)],
      role: "anggaran",
      year: y,
      num: ++n,
      fmt: INT,
      width: 13,
    })),
    ...Y24.map((y, i): Col => ({
      key: `r${i}`,
      head: [GR, String(i + 1)],
      role: "realisasi-anggaran",
      year: y,
      num: ++n,
      fmt: INT,
      width: 13,
    })),
    ...Y24.map((y, i): Col => ({
      key: `c${i}`,
      head: [GC, String(i + 1)],
      role: "capaian",
      year: y,
      num: ++n,
      fmt: DEC,
      width: 8,
    })),
    { key: "ga", head: [GP, "Anggaran"], role: "pertumbuhan", num: ++n, fmt: DEC, width: 11 },
    { key: "gr", head: [GP, "Realisasi"], role: "pertumbuhan", num: ++n, fmt: DEC, width: 11 },
  ];
  let no = 0;
  const line = (x: PdIn): Record<string, number | string> => {
    const A = written(x, "a");
    const R = written(x, "r");
    const cells: Record<string, number | string> = {
      ...(x.kind === "program" ? { no: ++no } : {}),
      kode: x.kode,
      nama: x.nama,
      ga: meanGrowth(A),
      gr: meanGrowth(R),
    };
    Y24.forEach((_, i) => {
      cells[`a${i}`] = A[i];
      cells[`r${i}`] = R[i];
      cells[`c${i}`] = x.id === PLANT_C.id && i === PLANT_C.i ? PLANT_C_VAL : round((R[i] / A[i]) * 100);
    });
    return cells;
  };
  const jml: Record<string, number | string> = {
    no: "JUMLAH",
    ga: meanGrowth(totA),
    gr: meanGrowth(totR),
  };
  Y24.forEach((_, i) => {
    jml[`a${i}`] = totA[i];
    jml[`r${i}`] = totR[i];
    jml[`c${i}`] = round((totR[i] / totA[i]) * 100);
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x) => ({ id: x.id, bold: x.kind === "program", cells: line(x) })),
      { id: "j", bold: true, span: ["no", "nama"] as [string, string], cells: jml },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: LRA Dinas Pengendalian Penduduk dan KB Kabupaten Larangtirta 2020-2024 (diolah).",
    "Rata-rata pertumbuhan adalah rata-rata hitung pertumbuhan tahunan Tahun ke-2 s.d. Tahun ke-5.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Larangtirta, 17 Februari 2025",
    jabatan: ["KEPALA DINAS PENGENDALIAN PENDUDUK", "DAN KELUARGA BERENCANA,"],
    nama: "dr. ANISA PURWANINGTYAS, M.Kes.",
    pangkat: "Pembina Tingkat I",
    nip: "19760409 200501 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a(`r${PLANT_S.i}`, PLANT_S.id) },
    rules: ["sum-mismatch"],
    note: `realisasi Tahun ke-4 (2023) of program 2.14.03 is a typed ${PLANT_S_VAL.toLocaleString("en")}; its three kegiatan add up to ${sTrue.toLocaleString("en")} (the JUMLAH row agrees with the kegiatan)`,
    truth: ["k1", "k2", "k3"].map((k) => a(`r${PLANT_S.i}`, k)).join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a(`c${PLANT_C.i}`, PLANT_C.id) },
    rules: ["capaian-mismatch"],
    note: `rasio Tahun ke-2 (2021) of program 2.14.02 is ${PLANT_C_VAL}; 221,430 / 238,750 gives ${cTrue}`,
    truth: `ROUND(${a(`r${PLANT_C.i}`, PLANT_C.id)}/${a(`a${PLANT_C.i}`, PLANT_C.id)}*100,2)`,
  });
  // besides the planted rasio: the rasio over the wrong program cell and the JUMLAH that agrees with
  // the kegiatan (not with that cell) follow the mistake. The rata-rata pertumbuhan columns carry no
  // rule id of the earlier sets: forms-blind4.test.ts checks that they are the arithmetic mean of
  // the yearly growth rates (as the note says), and never the CAGR.
  const skip = new Set([`${PLANT_S.id}.c${PLANT_S.i}`, `${PLANT_C.id}.c${PLANT_C.i}`, `j.r${PLANT_S.i}`]);
  for (const id of [...rows.map((x) => x.id), "j"]) {
    Y24.forEach((_, i) => {
      if (skip.has(`${id}.c${i}`)) return;
      b.ok({
        sheet: S,
        cell: a(`c${i}`, id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${a(`r${i}`, id)}/${a(`a${i}`, id)}*100,2)`,
      });
    });
  }
  // the program over its kegiatan, and JUMLAH over the programs only (not programs and kegiatan)
  Y24.forEach((_, i) => {
    for (const m of ["a", "r"]) {
      if (!(m === "r" && i === PLANT_S.i))
        b.ok({
          sheet: S,
          cell: a(`${m}${i}`, "p3"),
          rules: ["sum-mismatch"],
          truth: ["k1", "k2", "k3"].map((k) => a(`${m}${i}`, k)).join("+"),
          tol: 0.5,
        });
      if (!skip.has(`j.${m}${i}`))
        b.ok({
          sheet: S,
          cell: a(`${m}${i}`, "j"),
          rules: ["sum-mismatch"],
          truth: progs.map((p) => a(`${m}${i}`, p.id)).join("+"),
          trap: rows.map((p) => a(`${m}${i}`, p.id)).join("+"),
          tol: 0.5,
        });
    }
  });
  return b.finish();
}

// ============================================================ Rencana Aksi TW IV 2024 (Disnakkeswan)

type RaIn = {
  id: string;
  ind: string;
  sat: string;
  /** level (rate, percentage, stock): the year is the last quarter; otherwise a flow summed */
  level: boolean;
  neg?: boolean;
  t: number;
  tq: number[];
  rq: number[];
  fmt: string;
  ket?: string;
};

/** Capaian kinerja Triwulan IV 2024 (Rencana Aksi) of Dinas Peternakan dan Kesehatan Hewan Kabupaten Ciluncat. */
export function rencanaAksi(): BookW {
  const b = new BookW(
    "rencana-aksi-tw4-disnakkeswan-ciluncat.xlsx",
    "Rencana Aksi",
    "quarterly Rencana Aksi report 2024 of a Dinas Peternakan: Target Triwulan and Realisasi Triwulan I-IV, Real. s.d. TW IV, capaian formulas, merged number row, rata-rata and predikat",
  );
  const S = "Capaian TW IV 2024";
  const s = b.sheet(S);
  s.lines([
    "LAPORAN CAPAIAN RENCANA AKSI PERJANJIAN KINERJA TRIWULAN IV TAHUN 2024",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN CILUNCAT",
  ]);
  s.gap();
  const rows: RaIn[] = [
    {
      id: "vak",
      ind: "Cakupan vaksinasi rabies pada hewan penular rabies (HPR)",
      sat: "%",
      level: true,
      t: 85,
      tq: [20, 45, 70, 85],
      rq: [22.4, 47.9, 68.3, 86.7],
      fmt: DEC,
      ket: "Bulan Bakti Vaksinasi Rabies, Oktober",
    },
    {
      id: "ib",
      ind: "Jumlah akseptor inseminasi buatan (IB)",
      sat: "ekor",
      level: false,
      t: 4800,
      tq: [1100, 1250, 1300, 1150],
      rq: [1064, 1318, 1275, 1209],
      fmt: INT,
    },
    {
      id: "tangan",
      ind: "Persentase kasus penyakit hewan menular strategis yang ditangani",
      sat: "%",
      level: true,
      t: 100,
      tq: [100, 100, 100, 100],
      rq: [100, 100, 96.5, 98.2],
      fmt: DEC,
    },
    {
      id: "phms",
      ind: "Prevalensi penyakit hewan menular strategis (PHMS)",
      sat: "%",
      level: true,
      neg: true,
      t: 2.5,
      tq: [2.8, 2.7, 2.6, 2.5],
      rq: [3.1, 2.8, 2.6, 2.2],
      fmt: DEC,
      ket: "hasil surveilans aktif",
    },
    {
      id: "sapi",
      ind: "Populasi ternak sapi potong",
      sat: "ekor",
      level: true,
      t: 48500,
      tq: [46200, 47000, 47800, 48500],
      rq: [46385, 47120, 47652, 48917],
      fmt: INT,
    },
    {
      id: "nkv",
      ind: "Jumlah unit usaha produk asal hewan yang memperoleh Nomor Kontrol Veteriner (NKV)",
      sat: "unit",
      level: false,
      t: 12,
      tq: [2, 3, 3, 4],
      rq: [1, 3, 4, 3],
      fmt: INT,
      ket: "2 RPH, 9 unit usaha susu dan telur",
    },
    {
      id: "daging",
      ind: "Produksi daging ternak",
      sat: "ton",
      level: false,
      t: 3650,
      tq: [880, 900, 920, 950],
      rq: [872.4, 915.6, 905.2, 987.3],
      fmt: DEC,
    },
  ];
  const PLANT_SD = "daging"; // Real. s.d. TW IV of a flow typed 3,608.50 for 3,680.50
  const PLANT_SD_VAL = 3608.5;
  const PLANT_CP = "nkv"; // capaian of the last quarter (TW IV realisasi / TW IV target), not of the year
  const sdOf = (x: RaIn) => (x.id === PLANT_SD ? PLANT_SD_VAL : x.level ? x.rq[3] : round(sum(x.rq), 2));
  if (round(sum(rows.find((x) => x.id === PLANT_SD)!.rq)) !== 3680.5) throw new Error("produksi daging");
  const TQ = "Target Triwulan";
  const RQ = "Realisasi Triwulan";
  const QN = ["TW I", "TW II", "TW III", "TW IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 2, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 8 },
    { key: "t", head: ["Target\nTahun 2024"], role: "target", year: 2024, num: 4, width: 11 },
    ...QN.map((q, i): Col => ({
      key: `tq${i}`,
      head: [TQ, q],
      role: "target",
      year: 2024,
      num: 5,
      width: 9,
    })),
    ...QN.map((q, i): Col => ({
      key: `rq${i}`,
      head: [RQ, q],
      role: "realisasi",
      year: 2024,
      num: 6,
      width: 9,
    })),
    { key: "sd", head: ["Real. s.d.\nTW IV"], role: "realisasi", year: 2024, num: 7, width: 11 },
    {
      key: "cp",
      head: ["Capaian Kinerja\n(%)"],
      role: "capaian",
      year: 2024,
      num: "8 = 7 / 4 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "ket", head: ["Ket."], role: "keterangan", num: 9, width: 18 },
  ];
  let no = 0;
  const first = rows[0].id;
  const last = rows[rows.length - 1].id;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...rows.map((x) => ({
        id: x.id,
        cells: (c: Ctx) => {
          const F = (v: number) => fmt(v, x.fmt);
          const cells: Record<string, Cell> = {
            no: ++no,
            ind: x.ind,
            sat: x.sat,
            t: F(x.t),
            sd: F(sdOf(x)),
            ket: x.ket,
          };
          x.tq.forEach((v, i) => (cells[`tq${i}`] = F(v)));
          x.rq.forEach((v, i) => (cells[`rq${i}`] = F(v)));
          const T = c.a("t");
          const R = c.a("sd");
          cells.cp =
            x.id === PLANT_CP
              ? fx(`ROUND(${c.a("rq3")}/${c.a("tq3")}*100,2)`)
              : fx(x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`);
          return cells;
        },
      })),
      {
        id: "avg",
        span: ["no", "sd"] as [string, string],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja (%)",
          cp: fx(`ROUND(AVERAGE(${c.a("cp", first)}:${c.a("cp", last)}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sd"] as [string, string],
        cells: () => {
          const caps = rows.map((x) => {
            if (x.id === PLANT_CP) return round((x.rq[3] / x.tq[3]) * 100);
            const R = sdOf(x);
            return round(x.neg ? ((2 * x.t - R) / x.t) * 100 : (R / x.t) * 100);
          });
          return { no: "Predikat Kinerja", cp: predikat(round(sum(caps) / caps.length)) };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: prevalensi PHMS semakin kecil semakin baik; capaiannya dihitung (2 x Target - Realisasi) / Target x 100.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Ciluncat, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PETERNAKAN DAN", "KESEHATAN HEWAN KABUPATEN CILUNCAT,"],
    nama: "drh. YUDHA PRASETYA WIBAWA, M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19780623 200604 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (m: string, id: string) => [0, 1, 2, 3].map((i) => a(`${m}${i}`, id));
  const x0 = rows.find((x) => x.id === PLANT_CP)!;
  b.plant({
    at: { sheet: S, cell: a("sd", PLANT_SD) },
    rules: ["sum-mismatch"],
    note: "Real. s.d. TW IV of produksi daging (a flow) is 3,608.50; the four quarters add up to 3,680.50",
    truth: qs("rq", PLANT_SD).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("cp", PLANT_CP) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `capaian of unit usaha ber-NKV is =ROUND(TW IV realisasi / TW IV target*100,2) = ${round((x0.rq[3] / x0.tq[3]) * 100)}; the year gives ${sum(x0.rq)} / ${x0.t} = ${round((sum(x0.rq) / x0.t) * 100)}`,
    truth: `ROUND(${a("sd", PLANT_CP)}/${a("t", PLANT_CP)}*100,2)`,
  });
  for (const x of rows) {
    const id = x.id;
    if (id !== PLANT_SD)
      b.ok({
        sheet: S,
        cell: a("sd", id),
        rules: ["sum-mismatch"],
        truth: x.level ? qs("rq", id)[3] : qs("rq", id).join("+"),
        trap: x.level ? qs("rq", id).join("+") : undefined,
      });
    b.ok({
      sheet: S,
      cell: a("t", id),
      rules: ["sum-mismatch"],
      truth: x.level ? qs("tq", id)[3] : qs("tq", id).join("+"),
      trap: x.level && x.tq[0] !== x.tq[3] ? qs("tq", id).join("+") : undefined,
    });
    if (id === PLANT_CP || id === PLANT_SD) continue;
    const T = a("t", id);
    const R = a("sd", id);
    b.ok({
      sheet: S,
      cell: a("cp", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
      trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
    });
  }
  b.ok({
    sheet: S,
    cell: a("cp", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cp", "avg")})`,
  });
  return b.finish();
}
