// Service and funding tables of the thirteenth unseen set (Renstra, chapter II): the T-C.23
// "Pencapaian Kinerja Pelayanan" of a Dinas Sosial with Target SPM | Target IKK | Target Indikator
// Lainnya and "Thn 2020" .. "Thn 2024" under Target Renstra, Realisasi and Rasio Capaian (a footnoted
// "Thn 2024*)"), rasio as ROUND formulas with refleksi on the lower-is-better row; and the T-C.24
// "Anggaran dan Realisasi Pendanaan Pelayanan" of a Dinas Perhubungan in full rupiah, with kegiatan
// under one program, rasio formulas and typed "Rata-rata Pertumbuhan" (the arithmetic mean of the
// yearly rates, as its note says). Every name and number is invented; the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
} from "../forms/kit";

const Y = [2020, 2021, 2022, 2023, 2024];

// ====================================================== T-C.23 Dinas Sosial Kota Pasirlaut, 2020-2024

type PlIn = {
  id: string;
  ind: string;
  sat: string;
  spm?: number;
  ikk?: number;
  lain?: string;
  t: number[];
  r: number[];
  neg?: boolean;
  f: string;
};

/** Pencapaian Kinerja Pelayanan Dinas Sosial Kota Pasirlaut 2020-2024 (T-C.23). */
export function tc23Dinsos(): BookW {
  const b = new BookW(
    "tc23-thn-dinsos-pasirlaut.xlsx",
    "T-C.23 with SPM, IKK and Thn columns",
    "T-C.23 of a Dinas Sosial: letterhead; No | Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah | Satuan | Target SPM | Target IKK | Target Indikator Lainnya | Target Renstra Perangkat Daerah > Thn 2020..2024 | Realisasi Capaian > Thn 2020..Thn 2024*) | Rasio Capaian (%) > Thn 2020..2024; number row 1..21; rasio ROUND formulas, refleksi on the PMKS share (lower is better, note)",
  );
  const S = "T-C.23";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PASIRLAUT", "DINAS SOSIAL", "Jl. Pelabuhan Lama No. 14, Pasirlaut 61172"]);
  s.lines(["Tabel 2.3.1", "PENCAPAIAN KINERJA PELAYANAN DINAS SOSIAL KOTA PASIRLAUT", "TAHUN 2020 - 2024"]);
  s.gap();
  const rows: PlIn[] = [
    {
      id: "dis",
      ind: "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya di dalam panti",
      sat: "%",
      spm: 100,
      t: [100, 100, 100, 100, 100],
      r: [100, 100, 100, 100, 100],
      f: DEC,
    },
    {
      id: "anak",
      ind: "Persentase anak terlantar yang terpenuhi kebutuhan dasarnya di luar panti",
      sat: "%",
      spm: 100,
      t: [80, 85, 90, 95, 100],
      r: [78.4, 86.2, 88.6, 96.1, 98.7],
      f: DEC,
    },
    {
      id: "bencana",
      ind: "Persentase korban bencana yang menerima perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana",
      sat: "%",
      spm: 100,
      t: [100, 100, 100, 100, 100],
      r: [100, 100, 100, 100, 100],
      f: DEC,
    },
    {
      id: "bansos",
      ind: "Persentase PMKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar",
      sat: "Persen",
      ikk: 40,
      t: [32, 35, 38, 41, 44],
      r: [33.6, 34.1, 39.24, 41.85, 43.2],
      f: DEC,
    },
    {
      id: "pmks",
      ind: "Persentase PMKS terhadap jumlah penduduk",
      sat: "%",
      lain: "menurun",
      t: [6.8, 6.5, 6.2, 5.9, 5.6],
      r: [7.1, 6.4, 6.3, 5.7, 5.5],
      neg: true,
      f: DEC,
    },
    {
      id: "turun",
      ind: "Persentase penurunan jumlah keluarga miskin",
      sat: "%",
      lain: "RPJMD",
      t: [2, 2.5, 2.5, 3, 3],
      r: [1.6, 2.7, 2.4, 3.1, 3.4],
      f: DEC,
    },
    {
      id: "psks",
      ind: "Jumlah Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang aktif",
      sat: "orang",
      lain: "Renstra",
      t: [420, 450, 480, 510, 540],
      r: [415, 462, 476, 528, 551],
      f: INT,
    },
    {
      id: "ikm",
      ind: "Indeks Kepuasan Masyarakat (IKM) pelayanan rehabilitasi sosial",
      sat: "indeks",
      lain: "Renstra",
      t: [78, 80, 82, 84, 86],
      r: [79.12, 81.45, 80.96, 84.37, 87.02],
      f: DEC,
    },
  ];
  // planted 1: rasio Thn 2023 of PSKS typed 99.17 (the 2022 rasio left standing) among formulas
  const PLANT_H = { id: "psks", i: 3, val: 99.17 };
  // planted 2: realisasi Thn 2022 of the bansos share typed 3924 (39,24 with its comma lost)
  const PLANT_N = { id: "bansos", i: 2, val: 3924 };
  const psks = rows.find((x) => x.id === PLANT_H.id)!;
  if (round((psks.r[2] / psks.t[2]) * 100) !== PLANT_H.val) throw new Error("tc23: stale rasio");
  let n = 6;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    {
      key: "ind",
      head: ["Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah"],
      role: "indikator",
      num: 2,
      width: 42,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
    { key: "spm", head: ["Target SPM"], role: "target", num: 4, width: 8 },
    { key: "ikk", head: ["Target IKK"], role: "target", num: 5, width: 8 },
    { key: "lain", head: ["Target Indikator Lainnya"], role: "target", num: 6, width: 10 },
    ...Y.map((y, i): Col => ({
      key: `t${i}`,
      head: ["Target Renstra Perangkat Daerah", `Thn ${y}`],
      role: "target",
      year: y,
      num: ++n,
      width: 9,
    })),
    ...Y.map((y, i): Col => ({
      key: `r${i}`,
      head: ["Realisasi Capaian", `Thn ${y}${i === 4 ? "*)" : ""}`],
      role: "realisasi",
      year: y,
      num: ++n,
      width: 9,
    })),
    ...Y.map((y, i): Col => ({
      key: `c${i}`,
      head: ["Rasio Capaian (%)", `Thn ${y}`],
      role: "capaian",
      year: y,
      num: ++n,
      fmt: DEC,
      width: 9,
    })),
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, k) => ({
      id: x.id,
      cells: (c) => {
        const cells: Record<string, Cell> = {
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          spm: x.spm === undefined ? "-" : fmt(x.spm, INT),
          ikk: x.ikk === undefined ? "-" : fmt(x.ikk, INT),
          lain: x.lain ?? "-",
        };
        Y.forEach((_, i) => {
          cells[`t${i}`] = fmt(x.t[i], x.f);
          const rv = x.id === PLANT_N.id && i === PLANT_N.i ? PLANT_N.val : x.r[i];
          cells[`r${i}`] = fmt(rv, x.f);
          const T = c.a(`t${i}`);
          const R = c.a(`r${i}`);
          cells[`c${i}`] =
            x.id === PLANT_H.id && i === PLANT_H.i
              ? PLANT_H.val
              : fx(x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`);
        });
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Sumber: LKjIP Dinas Sosial Kota Pasirlaut 2020-2023 dan data SIKS-NG (diolah).",
    "*) angka sementara, menunggu hasil verifikasi dan validasi DTKS Triwulan IV 2024.",
    "Rasio capaian = realisasi / target x 100; untuk indikator yang semakin kecil semakin baik (Persentase PMKS terhadap jumlah penduduk) rasio capaian = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Pasirlaut, 20 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KOTA PASIRLAUT,"],
    nama: "Drs. HENDRA KUSUMAWARDANA, M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720914 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const hc = a(`c${PLANT_H.i}`, PLANT_H.id);
  b.plant({
    at: { sheet: S, cell: hc },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "rasio Thn 2023 of the PSKS aktif is a typed 99.17 in a column of ROUND formulas (the 2022 rasio, 476 / 480, left standing); 528 / 510 gives 103.53",
    truth: `ROUND(${a(`r${PLANT_H.i}`, PLANT_H.id)}/${a(`t${PLANT_H.i}`, PLANT_H.id)}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a(`r${PLANT_N.i}`, PLANT_N.id) },
    rules: ["percent-out-of-range", "number-scale"],
    note: "realisasi Thn 2022 of the persentase PMKS memperoleh bantuan sosial is 3,924 %: 39,24 with its comma lost (target 38.00, the years around 34.10 and 41.85)",
    truth: "39.24",
  });
  for (const x of rows)
    Y.forEach((_, i) => {
      const c = a(`c${i}`, x.id);
      const T = a(`t${i}`, x.id);
      const R = a(`r${i}`, x.id);
      if (x.id === PLANT_H.id && i === PLANT_H.i) return;
      // the rasio over the planted realisasi follows the plant
      if (x.id === PLANT_N.id && i === PLANT_N.i) return;
      const pos = `ROUND(${R}/${T}*100,2)`;
      const refl = `ROUND((2*${T}-${R})/${T}*100,2)`;
      const trap = x.neg ? pos : x.id === "turun" ? refl : undefined;
      const cap = x.neg ? refl : pos;
      const above = (x.neg ? 2 * x.t[i] - x.r[i] : x.r[i]) / x.t[i] > 1;
      b.ok({
        sheet: S,
        cell: c,
        rules: [
          "capaian-mismatch",
          // the refleksi formula of the lower-is-better row differs from its column on purpose
          ...(x.neg ? ["inconsistent-formula"] : []),
          ...(above ? ["percent-out-of-range"] : []),
        ],
        truth: cap,
        trap: trap && x.r[i] !== x.t[i] ? trap : undefined,
      });
    });
  // the falling targets of the PMKS share (lower is better) are its way, not a wrong trend
  Y.forEach((_, i) =>
    b.ok({ sheet: S, cell: a(`t${i}`, "pmks"), rules: ["target-trend"], truth: a(`t${i}`, "pmks") }),
  );
  return b.finish();
}

// ====================================================== T-C.24 Dinas Perhubungan Kabupaten Lemahabang

type AgIn = {
  id: string;
  kind: "program" | "kegiatan";
  parent?: string;
  kode: string;
  nama: string;
  a?: number[];
  r?: number[];
};

/** Arithmetic mean of the yearly growth rates (%), the convention of the table's note. */
const meanGrowth = (xs: number[]): number =>
  round(sum(xs.slice(1).map((x, i) => ((x - xs[i]) / xs[i]) * 100)) / (xs.length - 1));

/** Anggaran dan Realisasi Pendanaan Pelayanan Dinas Perhubungan Kabupaten Lemahabang 2020-2024. */
export function tc24Dishub(): BookW {
  const b = new BookW(
    "tc24-rupiah-dishub-lemahabang.xlsx",
    "T-C.24 in rupiah with kegiatan and typed growth",
    "T-C.24 of a Dinas Perhubungan in rupiah: Kode | Uraian | Anggaran pada Tahun > 2020..2024 | Realisasi Anggaran pada Tahun > 2020..2024 | Rasio antara Realisasi dan Anggaran (%) > 2020..2024 | Rata-rata Pertumbuhan (%) > Anggaran | Realisasi; kegiatan under program 2.15.02 (SUM), JUMLAH as '+', rasio ROUND formulas, growth typed (arithmetic mean, note)",
  );
  const S = "T-C.24";
  const s = b.sheet(S);
  s.lines([
    "Tabel 2.3.2",
    "Anggaran dan Realisasi Pendanaan Pelayanan Dinas Perhubungan Kabupaten Lemahabang",
    "Tahun Anggaran 2020 s.d. 2024",
  ]);
  s.gap();
  const rows: AgIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "2.15.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      a: [8_412_650_000, 7_186_420_000, 8_035_900_000, 8_694_275_000, 9_218_400_000],
      r: [8_016_337_250, 6_894_120_580, 7_742_618_900, 8_451_903_120, 8_987_114_600],
    },
    {
      id: "p2",
      kind: "program",
      kode: "2.15.02",
      nama: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
    },
    {
      id: "k1",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.15.02.2.01",
      nama: "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
      a: [245_000_000, 120_000_000, 310_500_000, 186_000_000, 198_750_000],
      r: [231_850_000, 112_400_000, 296_725_000, 179_360_000, 190_115_000],
    },
    {
      id: "k2",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.15.02.2.02",
      nama: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      a: [3_875_400_000, 1_946_800_000, 4_218_650_000, 4_560_000_000, 5_124_300_000],
      r: [3_612_546_000, 1_811_270_400, 4_027_915_250, 4_398_712_000, 4_936_548_900],
    },
    {
      id: "k3",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.15.02.2.04",
      nama: "Pengendalian dan Pengawasan Ketersediaan Angkutan Umum Jalan dan Lalu Lintas",
      a: [1_126_300_000, 864_500_000, 1_215_800_000, 1_342_650_000, 1_418_200_000],
      r: [1_058_722_000, 802_150_300, 1_163_508_600, 1_297_461_750, 1_376_824_500],
    },
    {
      id: "p3",
      kind: "program",
      kode: "2.15.03",
      nama: "Program Pengelolaan Pelayaran",
      a: [412_800_000, 296_400_000, 438_650_000, 472_300_000, 505_150_000],
      r: [389_361_600, 271_506_400, 416_280_850, 455_769_500, 486_459_450],
    },
  ];
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  for (const p of rows.filter((x) => x.kind === "program" && !x.a)) {
    p.a = Y.map((_, i) => sum(kids(p.id).map((k) => k.a![i])));
    p.r = Y.map((_, i) => sum(kids(p.id).map((k) => k.r![i])));
  }
  const progs = rows.filter((x) => x.kind === "program");
  const totA = Y.map((_, i) => sum(progs.map((p) => p.a![i])));
  const totR = Y.map((_, i) => sum(progs.map((p) => p.r![i])));
  // planted 1: the rasio 2022 of kegiatan 2.15.02.2.02 divides the anggaran by the realisasi
  const PLANT_INV = { id: "k2", i: 2 };
  // planted 2: the rata-rata pertumbuhan realisasi of program 2.15.03 divides the four rates by five
  const PLANT_G = "p3";
  const p3 = rows.find((x) => x.id === PLANT_G)!;
  const gRates = p3.r!.slice(1).map((x, i) => ((x - p3.r![i]) / p3.r![i]) * 100);
  const G_TRUE = meanGrowth(p3.r!);
  const G_VAL = round(sum(gRates) / 5);
  if (Math.abs(G_TRUE - G_VAL) < 1) throw new Error(`tc24: growth ${G_TRUE} vs ${G_VAL}`);
  const GA = "Anggaran pada Tahun";
  const GR = "Realisasi Anggaran pada Tahun";
  const GC = "Rasio antara Realisasi dan Anggaran (%)";
  const GP = "Rata-rata Pertumbuhan (%)";
  let n = 3;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 13 },
    { key: "nama", head: ["Uraian"], num: 2, width: 44 },
    ...Y.map((y, i): Col => ({
      key: `a${i}`,
      head: [GA, String(y)],
      role: "anggaran",
      year: y,
      num: n++,
      fmt: RP,
      width: 16,
    })),
    ...Y.map((y, i): Col => ({
      key: `r${i}`,
      head: [GR, String(y)],
      role: "realisasi-anggaran",
      year: y,
      num: n++,
      fmt: RP,
      width: 16,
    })),
    ...Y.map((y, i): Col => ({
      key: `c${i}`,
      head: [GC, String(y)],
      role: "capaian",
      year: y,
      num: n++,
      fmt: DEC,
      width: 8,
    })),
    { key: "ga", head: [GP, "Anggaran"], role: "pertumbuhan", num: n++, fmt: DEC, width: 11 },
    { key: "gr", head: [GP, "Realisasi"], role: "pertumbuhan", num: n++, fmt: DEC, width: 11 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x) => ({
        id: x.id,
        bold: x.kind === "program",
        cells: (c: Ctx) => {
          const cells: Record<string, Cell> = {
            kode: x.kode,
            nama: x.nama,
            ga: meanGrowth(x.a!),
            gr: x.id === PLANT_G ? G_VAL : meanGrowth(x.r!),
          };
          Y.forEach((_, i) => {
            const ks = kids(x.id);
            for (const m of ["a", "r"] as const) {
              const k = `${m}${i}`;
              cells[k] = ks.length
                ? fx(`SUM(${c.c(k)}${c.row(ks[0].id)}:${c.c(k)}${c.row(ks[ks.length - 1].id)})`)
                : x[m]![i];
            }
            const A = c.a(`a${i}`);
            const R = c.a(`r${i}`);
            cells[`c${i}`] =
              x.id === PLANT_INV.id && i === PLANT_INV.i
                ? fx(`ROUND(${A}/${R}*100,2)`)
                : fx(`ROUND(${R}/${A}*100,2)`);
          });
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "nama"] as [string, string],
        cells: (c: Ctx) => {
          const cells: Record<string, Cell> = { kode: "JUMLAH", ga: meanGrowth(totA), gr: meanGrowth(totR) };
          Y.forEach((_, i) => {
            for (const m of ["a", "r"]) {
              const k = `${m}${i}`;
              cells[k] = fx(progs.map((p) => `${c.c(k)}${c.row(p.id)}`).join("+"));
            }
            cells[`c${i}`] = fx(`ROUND(${c.a(`r${i}`)}/${c.a(`a${i}`)}*100,2)`);
          });
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Laporan Realisasi Anggaran Dinas Perhubungan Kabupaten Lemahabang 2020-2024 (audited), diolah.",
    "Catatan: tahun 2021 terdapat refocusing dan realokasi anggaran untuk penanganan COVID-19.",
    "Rata-rata pertumbuhan = rata-rata hitung dari pertumbuhan tahunan 2021, 2022, 2023 dan 2024 terhadap tahun sebelumnya.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Lemahabang, 10 Februari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN LEMAHABANG,"],
    nama: "Ir. WAHYU SETIABUDI, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700603 199603 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const inv = a(`c${PLANT_INV.i}`, PLANT_INV.id);
  const ci = PLANT_INV.i;
  b.plant({
    at: { sheet: S, cell: inv },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `rasio 2022 of kegiatan 2.15.02.2.02 is =ROUND(${a(`a${ci}`, "k2")}/${a(`r${ci}`, "k2")}*100,2) = 104.74, the anggaran over the realisasi, unlike every other formula of the column; 4,027,915,250 / 4,218,650,000 gives 95.48`,
    truth: `ROUND(${a(`r${ci}`, "k2")}/${a(`a${ci}`, "k2")}*100,2)`,
  });
  const grow = (m: "a" | "r", id: string) => {
    const c = Y.map((_, i) => a(`${m}${i}`, id));
    return c.slice(1).map((x, i) => `(${x}-${c[i]})/${c[i]}`);
  };
  b.plant({
    at: { sheet: S, cell: a("gr", PLANT_G) },
    rules: ["growth-mismatch"],
    note: `rata-rata pertumbuhan realisasi of program 2.15.03 is ${G_VAL}, the four yearly rates added up and divided by five (the number of years); their mean, as the note says, is ${G_TRUE}`,
    truth: `ROUND((${grow("r", PLANT_G).join("+")})/4*100,2)`,
  });
  for (const id of [...rows.map((x) => x.id), "j"]) {
    Y.forEach((_, i) => {
      if (id === PLANT_INV.id && i === PLANT_INV.i) return;
      b.ok({
        sheet: S,
        cell: a(`c${i}`, id),
        rules: ["capaian-mismatch", "inconsistent-formula", "serapan-over-100"],
        truth: `ROUND(${a(`r${i}`, id)}/${a(`a${i}`, id)}*100,2)`,
      });
    });
    for (const m of ["a", "r"] as const) {
      if (m === "r" && id === PLANT_G) continue;
      const g = grow(m, id);
      b.ok({
        sheet: S,
        cell: a(m === "a" ? "ga" : "gr", id),
        rules: ["growth-mismatch"],
        truth: `ROUND((${g.join("+")})/4*100,2)`,
        // the mean of four rates, not the rates over the five years
        trap: `ROUND((${g.join("+")})/5*100,2)`,
      });
    }
  }
  Y.forEach((_, i) => {
    for (const m of ["a", "r"]) {
      b.ok({
        sheet: S,
        cell: a(`${m}${i}`, "p2"),
        rules: ["sum-mismatch"],
        truth: kids("p2")
          .map((k) => a(`${m}${i}`, k.id))
          .join("+"),
        tol: 0.5,
      });
      b.ok({
        sheet: S,
        cell: a(`${m}${i}`, "j"),
        rules: ["sum-mismatch"],
        truth: progs.map((p) => a(`${m}${i}`, p.id)).join("+"),
        // JUMLAH adds the programs, not the programs and the kegiatan of 2.15.02 together
        trap: rows.map((p) => a(`${m}${i}`, p.id)).join("+"),
        tol: 0.5,
      });
    }
  });
  return b.finish();
}
