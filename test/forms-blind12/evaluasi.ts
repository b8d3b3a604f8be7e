// Evaluation tables of the fourteenth unseen set (LKjIP and evaluation layouts): the E.81 evaluation
// of the Renja 2024 of a Dinas Sosial whose number row reads "Kolom 1" .. "Kolom 18" (a Satuan column
// and the Renja capaian shift every number of the Permendagri form), and the E.80 evaluation of the
// Renstra 2021-2026 of a Dinas Perikanan whose pairs stand Rp before K. Every name and number is
// invented; the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ================================ E.81 Renja s.d. Triwulan IV 2024, "Kolom 1" .. "Kolom 18" (Dinsos)

type E81In = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  /** a percentage (level): quarters are cumulative levels, Kolom 13 = TW IV, Kolom 15 = Kolom 13 */
  level?: boolean;
  parent?: string;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rpq?: number[];
  pj: string;
};

type V = Record<string, number>;

/** E.81 of Dinas Sosial Kabupaten Gunungpadang, Renja 2024 evaluated s.d. Triwulan IV. */
export function e81Kolom(): BookW {
  const b = new BookW(
    "e81-kolom-dinsos-gunungpadang.xlsx",
    "E.81 Renja evaluation",
    "E.81 of a Dinas Sosial s.d. Triwulan IV 2024 (Renstra 2021-2026): No | Kode | Urusan/Bidang Urusan/Program/Kegiatan | Indikator | Satuan | Target Renstra akhir periode | Realisasi s.d. Renja tahun lalu (n-2) | Target Renja tahun berjalan (n-1) | Realisasi Triwulan I..IV | Realisasi Renja | Tingkat capaian Renja (%) | Realisasi Renstra s.d. n-1 | Tingkat capaian Renstra (%) | Unit PD | Keterangan, each measure K | Rp; the header merged over three rows; number row 'Kolom 1' .. 'Kolom 18' merged over the pairs; typed values, AVERAGE footer with predikat",
  );
  const S = "E.81";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNGPADANG",
    "DINAS SOSIAL",
    "Jl. Pahlawan Revolusi No. 21 Gunungpadang, Telp. (0265) 771 204",
  ]);
  s.lines([
    "Formulir E.81",
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN GUNUNGPADANG",
    "Renja Perangkat Daerah Dinas Sosial Kabupaten Gunungpadang",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra PD 2021-2026)",
  ]);
  s.gap();
  const PJ1 = "Bidang Pemberdayaan Sosial";
  const PJ2 = "Bidang Rehabilitasi Sosial";
  const PJ3 = "Bidang Perlindungan dan Jaminan Sosial";
  const rows: E81In[] = [
    {
      id: "p1",
      kode: "1.06.02",
      nama: "Program Pemberdayaan Sosial",
      ind: "Persentase Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang aktif dalam penyelenggaraan kesejahteraan sosial",
      sat: "%",
      level: true,
      k5: 80,
      k6: 68.5,
      k7: 72,
      kq: [70.2, 71.0, 71.8, 72.6],
      pj: PJ1,
    },
    {
      id: "k11",
      parent: "p1",
      kode: "1.06.02.2.02",
      nama: "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota",
      ind: "Jumlah laporan pengumpulan sumbangan yang diverifikasi",
      sat: "laporan",
      k5: 20,
      k6: 11,
      k7: 4,
      kq: [1, 1, 1, 1],
      rp5: 375_000_000,
      rp6: 208_640_000,
      rp7: 75_000_000,
      rpq: [12_500_000, 18_750_000, 18_300_000, 24_180_000],
      pj: PJ1,
    },
    {
      id: "k12",
      parent: "p1",
      kode: "1.06.02.2.03",
      nama: "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota",
      ind: "Jumlah PSKS yang mendapat pembinaan",
      sat: "orang",
      k5: 1_500,
      k6: 820,
      k7: 300,
      kq: [60, 80, 90, 75],
      rp5: 2_450_000_000,
      rp6: 1_312_480_000,
      rp7: 485_000_000,
      rpq: [62_150_000, 118_400_000, 136_275_000, 152_910_000],
      pj: PJ1,
    },
    {
      id: "p2",
      kode: "1.06.04",
      nama: "Program Rehabilitasi Sosial",
      ind: "Persentase PPKS yang memperoleh rehabilitasi sosial dasar di luar panti",
      sat: "%",
      level: true,
      k5: 85,
      k6: 74.2,
      k7: 78,
      kq: [74.9, 76.1, 77.4, 78.5],
      pj: PJ2,
    },
    {
      id: "k21",
      parent: "p2",
      kode: "1.06.04.2.02",
      nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
      ind: "Jumlah PPKS yang mendapatkan layanan rehabilitasi sosial dasar",
      sat: "orang",
      k5: 4_200,
      k6: 2_360,
      k7: 860,
      kq: [180, 240, 250, 210],
      rp5: 6_800_000_000,
      rp6: 3_914_250_000,
      rp7: 1_420_000_000,
      rpq: [248_600_000, 362_150_000, 391_480_000, 396_215_000],
      pj: PJ2,
    },
    {
      id: "k22",
      parent: "p2",
      kode: "1.06.04.2.05",
      nama: "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
      ind: "Jumlah PMKS lainnya yang mendapat rehabilitasi sosial",
      sat: "orang",
      k5: 600,
      k6: 318,
      k7: 120,
      kq: [25, 35, 30, 28],
      rp5: 1_150_000_000,
      rp6: 612_380_000,
      rp7: 235_000_000,
      rpq: [41_200_000, 60_850_000, 58_900_000, 66_415_000],
      pj: PJ2,
    },
    {
      id: "p3",
      kode: "1.06.05",
      nama: "Program Perlindungan dan Jaminan Sosial",
      ind: "Persentase data terpadu kesejahteraan sosial (DTKS) yang dimutakhirkan",
      sat: "%",
      level: true,
      k5: 95,
      k6: 88.4,
      k7: 90,
      kq: [88.9, 89.6, 90.3, 91.2],
      pj: PJ3,
    },
    {
      id: "k31",
      parent: "p3",
      kode: "1.06.05.2.01",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen hasil pemutakhiran DTKS",
      sat: "dokumen",
      k5: 60,
      k6: 36,
      k7: 12,
      kq: [3, 3, 3, 3],
      rp5: 1_620_000_000,
      rp6: 958_720_000,
      rp7: 330_000_000,
      rpq: [54_600_000, 88_125_000, 91_740_000, 89_385_000],
      pj: PJ3,
    },
  ];
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const rpIn = (x: E81In): V => {
    const ks = kids(x.id);
    if (!ks.length) {
      const v: V = { rp5: x.rp5!, rp6: x.rp6!, rp7: x.rp7! };
      x.rpq!.forEach((q, i) => (v[`q${i + 1}rp`] = q));
      return v;
    }
    const parts = ks.map(rpIn);
    return Object.fromEntries(Object.keys(parts[0]).map((k) => [k, sum(parts.map((p) => p[k]))]));
  };
  const vals = new Map<string, V>();
  for (const x of rows) {
    const v: V = { ...rpIn(x), k5: x.k5, k6: x.k6, k7: x.k7 };
    x.kq.forEach((q, i) => (v[`q${i + 1}k`] = q));
    v.k12 = x.level ? x.kq[3] : sum(x.kq);
    v.rp12 = v.q1rp + v.q2rp + v.q3rp + v.q4rp;
    v.crk = round((v.k12 / v.k7) * 100);
    v.crrp = round((v.rp12 / v.rp7) * 100);
    v.k13 = x.level ? v.k12 : v.k6 + v.k12;
    v.rp13 = v.rp6 + v.rp12;
    v.k14 = round((v.k13 / v.k5) * 100);
    v.rp14 = round((v.rp13 / v.rp5) * 100);
    vals.set(x.id, v);
  }
  // planted 1: Kolom 13 Rp of kegiatan 1.06.04.2.02 typed with two digits swapped
  const PLANT_S = { id: "k21", key: "rp12", v: 1_389_445_000 };
  if (vals.get("k21")!.rp12 !== 1_398_445_000) throw new Error("e81: k21 rp12");
  // planted 2: Kolom 15 K of the DTKS percentage (a level) written as Kolom 7 + Kolom 13
  const PLANT_L = { id: "p3", key: "k13", v: round(88.4 + 91.2) };
  const shown = (id: string, key: string): number =>
    id === PLANT_S.id && key === PLANT_S.key
      ? PLANT_S.v
      : id === PLANT_L.id && key === PLANT_L.key
        ? PLANT_L.v
        : vals.get(id)![key];

  const K = "K";
  const R = "Rp";
  const n = (i: number) => `Kolom ${i}`;
  const pair = (
    key: string,
    head: string[],
    kr: Col["role"],
    rr: Col["role"],
    num: number,
    year?: number,
  ) => [
    { key: `k${key}`, head: [...head, K], role: kr, year, num: n(num), width: 10 } as Col,
    { key: `rp${key}`, head: [...head, R], role: rr, year, num: n(num), fmt: RP, width: 15 } as Col,
  ];
  const TW = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: n(1), width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: n(2), width: 14 },
    {
      key: "nama",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: n(3),
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: n(4),
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: n(5), width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra PD"], "target", "anggaran", 6),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "realisasi",
      "realisasi-anggaran",
      7,
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "target",
      "anggaran",
      8,
      2024,
    ),
    ...TW.flatMap((q, i): Col[] => [
      {
        key: `q${i + 1}k`,
        head: ["Realisasi Kinerja pada Triwulan", q, K],
        role: "realisasi",
        year: 2024,
        num: n(9 + i),
        width: 10,
      },
      {
        key: `q${i + 1}rp`,
        head: ["Realisasi Kinerja pada Triwulan", q, R],
        role: "realisasi-anggaran",
        year: 2024,
        num: n(9 + i),
        fmt: RP,
        width: 15,
      },
    ]),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "realisasi",
      "realisasi-anggaran",
      13,
      2024,
    ),
    {
      key: "crk",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD (%)", K],
      role: "capaian",
      year: 2024,
      num: n(14),
      fmt: DEC,
      width: 10,
    },
    {
      key: "crrp",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD (%)", R],
      role: "capaian",
      year: 2024,
      num: n(14),
      fmt: DEC,
      width: 10,
    },
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)"],
      "realisasi",
      "realisasi-anggaran",
      15,
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)", K],
      role: "capaian",
      num: n(16),
      fmt: DEC,
      width: 10,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)", R],
      role: "capaian",
      num: n(16),
      fmt: DEC,
      width: 10,
    },
    {
      key: "pj",
      head: ["Unit Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: n(17),
      width: 24,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: n(18), width: 16 },
  ];
  const KK = ["k5", "k6", "k7", "q1k", "q2k", "q3k", "q4k", "k12", "k13"];
  const first = rows[0].id;
  const last = rows[rows.length - 1].id;
  const AVG = ["crk", "crrp", "k14", "rp14"];
  let no = 0;
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: !x.parent,
    cells: () => {
      const v = vals.get(x.id)!;
      const cells: Record<string, Cell> = {
        no: x.parent ? undefined : ++no,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        pj: x.pj,
        ket: x.level ? "nilai akhir triwulan" : undefined,
      };
      for (const k of Object.keys(v)) {
        const val = shown(x.id, k);
        cells[k] = KK.includes(k) ? fmt(val, x.level ? DEC : INT) : val;
      }
      return cells;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => {
          const cells: Record<string, Cell> = { no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)" };
          for (const k of AVG) cells[k] = fx(`ROUND(AVERAGE(${c.a(k, first)}:${c.a(k, last)}),2)`);
          return cells;
        },
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: () => {
          const cells: Record<string, Cell> = { no: "Predikat Kinerja" };
          for (const k of AVG) {
            const avg = round(sum(rows.map((x) => shown(x.id, k))) / rows.length);
            cells[k] = predikat(avg);
          }
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Pekerja Sosial Masyarakat dan TKSK di 18 kecamatan.",
    "Faktor penghambat: keterlambatan verifikasi data PPKS dari desa/kelurahan pada Triwulan I.",
    "Tindak lanjut: percepatan pemutakhiran DTKS melalui aplikasi SIKS-NG setiap bulan.",
    "Keterangan: indikator persentase diukur sebagai nilai akhir triwulan (kumulatif), bukan dijumlahkan; predikat kinerja: > 90 Sangat Tinggi, > 75 s.d. 90 Tinggi, > 65 s.d. 75 Sedang, > 50 s.d. 65 Rendah, <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Gunungpadang, 15 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KABUPATEN GUNUNGPADANG,"],
    nama: "Drs. YUSUF EFENDI RAHARJA, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19690317 199403 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q4 = (u: string, id: string) => [1, 2, 3, 4].map((q) => a(`q${q}${u}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a(PLANT_S.key, PLANT_S.id) },
    rules: ["sum-mismatch"],
    note: "Kolom 13 Rp of kegiatan 1.06.04.2.02 is 1,389,445,000; its four quarters (Kolom 9-12 Rp) add up to 1,398,445,000",
    truth: q4("rp", PLANT_S.id),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a(PLANT_L.key, PLANT_L.id) },
    rules: ["sum-mismatch", "percent-out-of-range"],
    note: "Kolom 15 K of the DTKS percentage (a level) is 179.60 = 88.40 (Kolom 7) + 91.20 (Kolom 13): levels are not added, s.d. K is the latest level, 91.20",
    truth: a("k12", PLANT_L.id),
  });
  // cells that merely follow a planted mistake (README): k21 crrp, k21 rp13, p2 rp12; p3 k14
  const follow = new Set(["k21.crrp", "k21.rp13", "p2.rp12", "p3.k14"]);
  const ok = (id: string, key: string, rules: string[], truth: string, trap?: string) => {
    if (follow.has(`${id}.${key}`)) return;
    if ((id === PLANT_S.id && key === PLANT_S.key) || (id === PLANT_L.id && key === PLANT_L.key)) return;
    b.ok({ sheet: S, cell: a(key, id), rules, truth, trap, tol: key.startsWith("rp") ? 0.5 : 0.006 });
  };
  for (const x of rows) {
    const id = x.id;
    if (x.level) {
      // a percentage: Kolom 13 is the TW IV level and Kolom 15 the latest level, not sums
      ok(id, "k12", ["sum-mismatch"], a("q4k", id), q4("k", id));
      ok(id, "k13", ["sum-mismatch"], a("k12", id), `${a("k6", id)}+${a("k12", id)}`);
    } else {
      ok(id, "k12", ["sum-mismatch"], q4("k", id));
      ok(id, "k13", ["sum-mismatch"], `${a("k6", id)}+${a("k12", id)}`);
    }
    ok(id, "rp12", ["sum-mismatch"], q4("rp", id));
    ok(id, "rp13", ["sum-mismatch"], `${a("rp6", id)}+${a("rp12", id)}`);
    ok(id, "crk", ["capaian-mismatch"], `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`);
    ok(id, "crrp", ["capaian-mismatch", "serapan-over-100"], `ROUND(${a("rp12", id)}/${a("rp7", id)}*100,2)`);
    ok(id, "k14", ["capaian-mismatch"], `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`);
    ok(id, "rp14", ["capaian-mismatch"], `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`);
    const ks = kids(id);
    if (ks.length)
      // Kolom 13 and 15 Rp are claimed above by their own row
      for (const key of ["rp5", "rp6", "rp7", "q1rp", "q2rp", "q3rp", "q4rp"])
        ok(id, key, ["sum-mismatch"], ks.map((k) => a(key, k.id)).join("+"));
  }
  for (const k of AVG)
    b.ok({ sheet: S, cell: a(k, "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a(k, "avg")})` });
  return b.finish();
}

// ==================================== E.80 Renstra 2021-2026, Rp before K (Dinas Perikanan Pesisirbaru)

type PkIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  parent?: string;
  neg?: boolean;
  awal?: number;
  akK: number;
  t: number[];
  r: number[];
  akRp?: number;
  tRp?: number[];
  rRp?: number[];
  f: string;
  pj: string;
};

const YP = [2022, 2023, 2024];

/** E.80 of Dinas Perikanan Kabupaten Pesisirbaru, Renstra 2021-2026, years 2022-2024 evaluated. */
export function e80RpK(): BookW {
  const b = new BookW(
    "e80-rpk-diskan-pesisirbaru.xlsx",
    "E.80 Renstra evaluation",
    "E.80 of a Dinas Perikanan, Renstra 2021-2026, years 2022-2024 in the header: No | Sasaran (merged) | Kode | Program/Kegiatan | Indikator | Satuan | Data Capaian pada Awal Tahun Perencanaan (2021) | Target Capaian pada Akhir Tahun Perencanaan > Rp | K | Target Renstra PD > 2022..2024 > Rp | K | Realisasi Capaian > 2022..2024 > Rp | K | Rasio Capaian (%) > 2022..2024 > Rp | K | Unit Penanggung Jawab; every pair Rp before K; program Rp as SUM formulas, rasio as ROUND formulas, refleksi on the lower-is-better susut row",
  );
  const S = "Evaluasi Renstra";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PESISIRBARU",
    "DINAS PERIKANAN",
    "Jl. Pelabuhan Lama No. 3 Pesisirbaru",
  ]);
  s.lines([
    "Tabel E.80",
    "EVALUASI TERHADAP HASIL RENSTRA PERANGKAT DAERAH LINGKUP KABUPATEN PESISIRBARU",
    "Renstra Dinas Perikanan Kabupaten Pesisirbaru Periode 2021-2026",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya produksi perikanan tangkap dan budidaya";
  const SAS2 = "Meningkatnya mutu dan nilai tambah hasil perikanan";
  const rows: PkIn[] = [
    {
      id: "p1",
      kode: "3.25.03",
      nama: "Program Pengelolaan Perikanan Tangkap",
      ind: "Persentase nelayan kecil yang terlindungi asuransi nelayan",
      sat: "%",
      awal: 58.2,
      akK: 80,
      t: [64, 68, 71],
      r: [63.4, 69.1, 72.45],
      f: DEC,
      pj: "Bidang Perikanan Tangkap",
    },
    {
      id: "k11",
      parent: "p1",
      kode: "3.25.03.2.01",
      nama: "Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota",
      ind: "Jumlah kelompok nelayan kecil yang diberdayakan",
      sat: "kelompok",
      akK: 150,
      t: [25, 25, 30],
      r: [24, 27, 30],
      akRp: 3_750_000_000,
      tRp: [610_000_000, 640_000_000, 715_000_000],
      rRp: [587_350_000, 631_420_000, 702_915_000],
      f: INT,
      pj: "Bidang Perikanan Tangkap",
    },
    {
      id: "k12",
      parent: "p1",
      kode: "3.25.03.2.02",
      nama: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan (TPI)",
      ind: "Jumlah TPI yang dikelola sesuai standar",
      sat: "unit",
      akK: 4,
      t: [2, 3, 3],
      r: [2, 3, 3],
      akRp: 2_180_000_000,
      tRp: [365_000_000, 380_000_000, 395_000_000],
      rRp: [351_860_000, 372_540_000, 389_105_000],
      f: INT,
      pj: "UPTD Pelabuhan Perikanan",
    },
    {
      id: "p2",
      kode: "3.25.04",
      nama: "Program Pengelolaan Perikanan Budidaya",
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      awal: 18_420,
      akK: 24_500,
      t: [19_800, 20_900, 22_000],
      r: [19_615, 21_240, 22_385],
      f: INT,
      pj: "Bidang Perikanan Budidaya",
    },
    {
      id: "k21",
      parent: "p2",
      kode: "3.25.04.2.01",
      nama: "Pemberdayaan Pembudi Daya Ikan Kecil",
      ind: "Jumlah pembudi daya ikan kecil yang mendapat bantuan benih dan pakan",
      sat: "orang",
      akK: 2_400,
      t: [420, 450, 480],
      r: [405, 437, 492],
      akRp: 5_600_000_000,
      tRp: [980_000_000, 1_050_000_000, 1_120_000_000],
      rRp: [948_720_000, 1_031_650_000, 1_104_380_000],
      f: INT,
      pj: "Bidang Perikanan Budidaya",
    },
    {
      id: "k22",
      parent: "p2",
      kode: "3.25.04.2.02",
      nama: "Pengelolaan Pembudidayaan Ikan",
      ind: "Luas kawasan budidaya yang dikembangkan",
      sat: "ha",
      akK: 320,
      t: [55, 60, 65],
      r: [52.5, 61.2, 66.8],
      akRp: 4_150_000_000,
      tRp: [720_000_000, 780_000_000, 845_000_000],
      rRp: [702_180_000, 768_930_000, 826_470_000],
      f: DEC,
      pj: "Bidang Perikanan Budidaya",
    },
    {
      id: "p3",
      kode: "3.25.06",
      nama: "Program Pengolahan dan Pemasaran Hasil Perikanan",
      ind: "Persentase susut hasil perikanan pascapanen",
      sat: "%",
      neg: true,
      awal: 18.6,
      akK: 12,
      t: [17, 15.8, 14.6],
      r: [17.4, 15.2, 14.1],
      f: DEC,
      pj: "Bidang Pengolahan dan Pemasaran",
    },
    {
      id: "k31",
      parent: "p3",
      kode: "3.25.06.2.01",
      nama: "Pembinaan Mutu dan Keamanan Hasil Perikanan bagi Usaha Pengolahan dan Pemasaran Skala Mikro dan Kecil",
      ind: "Jumlah UMKM pengolah ikan yang memperoleh Sertifikat Kelayakan Pengolahan (SKP)",
      sat: "unit usaha",
      akK: 90,
      t: [15, 15, 18],
      r: [12, 16, 19],
      akRp: 1_420_000_000,
      tRp: [232_000_000, 245_000_000, 268_000_000],
      rRp: [219_640_000, 240_815_000, 261_290_000],
      f: INT,
      pj: "Bidang Pengolahan dan Pemasaran",
    },
  ];
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  // planted 1: the rasio K 2023 of the TPI row divides the Rp columns (the pair stands Rp, K)
  const PLANT_F = { id: "k12", i: 1 };
  // planted 2: the realisasi 2024 of the asuransi percentage typed 7245 (72,45 pasted without its comma)
  const PLANT_P = { id: "p1", i: 2, v: 7_245 };
  const AK = "Target Capaian pada Akhir Tahun Perencanaan";
  const TG = "Target Renstra Perangkat Daerah";
  const RL = "Realisasi Capaian Program dan Kegiatan";
  const RS = "Rasio Capaian (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 14 },
    { key: "prog", head: ["Program/Kegiatan"], num: 4, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Awal Tahun Perencanaan (2021)"],
      role: "kondisi-awal",
      num: 7,
      width: 12,
    },
    { key: "akRp", head: [AK, "Rp"], role: "anggaran", num: 8, fmt: RP, width: 15 },
    { key: "akK", head: [AK, "K"], role: "target", num: 8, width: 10 },
  ];
  const groups: Array<[string, string, number]> = [
    ["t", TG, 9],
    ["r", RL, 12],
    ["c", RS, 15],
  ];
  for (const [p, head, n0] of groups)
    YP.forEach((y, i) => {
      const role = p === "t" ? "target" : p === "r" ? "realisasi" : "capaian";
      cols.push({
        key: `${p}Rp${i}`,
        head: [head, String(y), "Rp"],
        role: p === "t" ? "anggaran" : p === "r" ? "realisasi-anggaran" : "capaian",
        year: y,
        num: n0 + i,
        fmt: p === "c" ? DEC : RP,
        width: p === "c" ? 9 : 15,
      });
      cols.push({
        key: `${p}K${i}`,
        head: [head, String(y), "K"],
        role,
        year: y,
        num: n0 + i,
        fmt: p === "c" ? DEC : undefined,
        width: 10,
      });
    });
  cols.push({ key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 24 });
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    vmerge: ["sas"],
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.parent,
      cells: (c) => {
        const F = (v: number) => fmt(v, x.f);
        const ks = kids(x.id);
        const cells: Record<string, Cell> = {
          no: x.parent ? undefined : ++no,
          sas: x.id === "p1" || x.parent === "p1" || x.id === "p2" || x.parent === "p2" ? SAS1 : SAS2,
          kode: x.kode,
          prog: x.nama,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal === undefined ? undefined : F(x.awal),
          akK: F(x.akK),
          pj: x.pj,
          akRp: x.parent ? x.akRp : fx(`SUM(${c.a("akRp", ks[0].id)}:${c.a("akRp", ks[ks.length - 1].id)})`),
        };
        YP.forEach((_, i) => {
          cells[`tK${i}`] = F(x.t[i]);
          cells[`rK${i}`] = x.id === PLANT_P.id && i === PLANT_P.i ? F(PLANT_P.v) : F(x.r[i]);
          for (const p of ["t", "r"]) {
            const key = `${p}Rp${i}`;
            cells[key] = x.parent
              ? (p === "t" ? x.tRp! : x.rRp!)[i]
              : fx(`SUM(${c.a(key, ks[0].id)}:${c.a(key, ks[ks.length - 1].id)})`);
          }
          const T = c.a(`tK${i}`);
          const R = c.a(`rK${i}`);
          cells[`cRp${i}`] = fx(`ROUND(${c.a(`rRp${i}`)}/${c.a(`tRp${i}`)}*100,2)`);
          cells[`cK${i}`] =
            x.id === PLANT_F.id && i === PLANT_F.i
              ? fx(`ROUND(${c.a(`rRp${i}`)}/${c.a(`tRp${i}`)}*100,2)`)
              : fx(x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`);
        });
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Rp = pagu indikatif/realisasi anggaran dalam rupiah; K = kinerja.",
    "- Rasio capaian = realisasi / target x 100; untuk persentase susut hasil perikanan (polaritas negatif, semakin kecil semakin baik) rasio = (2 x target - realisasi) / target x 100.",
    "- Sumber: e-Monev Kabupaten Pesisirbaru, data per 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Pesisirbaru, 10 Februari 2025",
    jabatan: ["KEPALA DINAS PERIKANAN", "KABUPATEN PESISIRBARU,"],
    nama: "Ir. LA ODE MUSLIMIN, M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19730611 200003 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a(`cK${PLANT_F.i}`, PLANT_F.id) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "rasio capaian K 2023 of the TPI row is =ROUND(Rp realisasi / Rp target * 100,2) = 98.04, the money's ratio copied one column off; 3 / 3 gives 100.00",
    truth: `ROUND(${a(`rK${PLANT_F.i}`, PLANT_F.id)}/${a(`tK${PLANT_F.i}`, PLANT_F.id)}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a(`rK${PLANT_P.i}`, PLANT_P.id) },
    rules: ["percent-out-of-range", "number-scale"],
    note: "realisasi K 2024 of the persentase nelayan kecil terlindungi asuransi is 7,245 %: 72,45 pasted without its decimal comma (target 71, the earlier years 63.40 and 69.10)",
    truth: `${a(`rK${PLANT_P.i}`, PLANT_P.id)}/100`,
  });
  for (const x of rows) {
    YP.forEach((_, i) => {
      const T = a(`tK${i}`, x.id);
      const R = a(`rK${i}`, x.id);
      const planted = (x.id === PLANT_F.id && i === PLANT_F.i) || (x.id === PLANT_P.id && i === PLANT_P.i);
      if (!planted)
        b.ok({
          sheet: S,
          cell: a(`cK${i}`, x.id),
          rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
          truth: x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
          trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
        });
      b.ok({
        sheet: S,
        cell: a(`cRp${i}`, x.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a(`rRp${i}`, x.id)}/${a(`tRp${i}`, x.id)}*100,2)`,
      });
      if (!x.parent)
        for (const p of ["t", "r"]) {
          const key = `${p}Rp${i}`;
          b.ok({
            sheet: S,
            cell: a(key, x.id),
            rules: ["sum-mismatch"],
            truth: kids(x.id)
              .map((k) => a(key, k.id))
              .join("+"),
            tol: 0.5,
          });
        }
    });
    if (!x.parent)
      b.ok({
        sheet: S,
        cell: a("akRp", x.id),
        rules: ["sum-mismatch"],
        truth: kids(x.id)
          .map((k) => a("akRp", k.id))
          .join("+"),
        tol: 0.5,
      });
  }
  // the realised percentages of the other years stay within 0-100
  for (const i of [0, 1])
    b.ok({
      sheet: S,
      cell: a(`rK${i}`, "p1"),
      rules: ["percent-out-of-range", "number-scale"],
      truth: a(`rK${i}`, "p1"),
    });
  return b.finish();
}
