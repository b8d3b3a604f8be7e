// Evaluation forms of Permendagri 86/2017: E.81 (Renja, quarterly) and E.80 (Renstra, five years),
// each in two local variants. Every name and number is invented; the codes are Kepmendagri-shaped.
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
  type Placed,
  type Row,
} from "./kit";

// ============================================================================ E.81 (Renja, n-1)

type Jenis = "flow" | "level";

/** One body row of an E.81 table as the planner meant it (true values; parents' Rp are sums). */
type E81In = {
  id: string;
  no?: number;
  kode?: string;
  nama: string;
  section?: boolean;
  ind?: string;
  sat?: string;
  jenis?: Jenis;
  parent?: string;
  pj?: string;
  k5?: number;
  k6?: number;
  k7?: number;
  kq?: [number, number, number, number];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rpq?: [number, number, number, number];
};

type E81Vals = Record<string, number>;
const RP_INPUT = ["rp5", "rp6", "rp7", "q1rp", "q2rp", "q3rp", "q4rp"];

/** The true values of every E.81 row: parents' Rp summed from their children, then the identities. */
function e81Values(rows: E81In[]): Map<string, E81Vals> {
  const out = new Map<string, E81Vals>();
  const rpOf = (r: E81In): Record<string, number> => {
    const kids = rows.filter((k) => k.parent === r.id);
    if (kids.length === 0) {
      const q = r.rpq!;
      return { rp5: r.rp5!, rp6: r.rp6!, rp7: r.rp7!, q1rp: q[0], q2rp: q[1], q3rp: q[2], q4rp: q[3] };
    }
    const parts = kids.map(rpOf);
    return Object.fromEntries(RP_INPUT.map((k) => [k, sum(parts.map((p) => p[k]))]));
  };
  for (const r of rows) {
    if (r.section) continue;
    const v: E81Vals = { ...rpOf(r), k5: r.k5!, k6: r.k6!, k7: r.k7! };
    r.kq!.forEach((x, i) => (v[`q${i + 1}k`] = x));
    v.k12 = r.jenis === "flow" ? round(sum(r.kq!), 4) : r.kq![3];
    v.rp12 = v.q1rp + v.q2rp + v.q3rp + v.q4rp;
    v.k13 = r.jenis === "flow" ? round(v.k6 + v.k12, 4) : v.k12;
    v.rp13 = v.rp6 + v.rp12;
    v.k14 = round((v.k13 / v.k5) * 100);
    v.rp14 = round((v.rp13 / v.rp5) * 100);
    v.crk = round((v.k12 / v.k7) * 100);
    v.crrp = round((v.rp12 / v.rp7) * 100);
    out.set(r.id, v);
  }
  return out;
}

type Plants = Record<string, Record<string, number>>;

/** The average of one column over the data rows as written (planted values included). */
function average(data: E81In[], vals: Map<string, E81Vals>, plants: Plants, key: string): number {
  return sum(data.map((r) => plants[r.id]?.[key] ?? vals.get(r.id)![key])) / data.length;
}

const K_KEYS = ["k5", "k6", "k7", "q1k", "q2k", "q3k", "q4k", "k12", "k13"];

/** Body rows of an E.81 table from the true values, with planted overrides (key -> value). */
function e81Rows(
  rows: E81In[],
  vals: Map<string, E81Vals>,
  plants: Record<string, Record<string, number>>,
  footer: Row[],
): Row[] {
  const body: Row[] = rows.map((r) => {
    if (r.section) return { id: r.id, cells: { kode: r.kode, nama: r.nama }, bold: true };
    const v = { ...vals.get(r.id)!, ...(plants[r.id] ?? {}) };
    const ks = [r.k5!, r.k6!, r.k7!, ...r.kq!];
    const kf = r.jenis === "level" || !ks.every(Number.isInteger) ? DEC : INT;
    const cells: Record<string, Cell> = {
      no: r.no,
      kode: r.kode,
      nama: r.nama,
      ind: r.ind,
      sat: r.sat,
      pj: r.pj,
    };
    for (const [k, x] of Object.entries(v)) cells[k] = K_KEYS.includes(k) ? fmt(x, kf) : x;
    return { id: r.id, cells };
  });
  return [...body, ...footer];
}

/** Keeps only the cells of the columns a variant has. */
function only(cols: Col[], rows: Row[]): Row[] {
  const keys = new Set(cols.map((c) => c.key));
  return rows.map((r) => ({
    ...r,
    cells:
      typeof r.cells === "function"
        ? r.cells
        : Object.fromEntries(Object.entries(r.cells).filter(([k]) => keys.has(k))),
  }));
}

/** Clean claims every E.81 data row earns: the identities, K for flows only, levels as traps. */
function e81Clean(b: BookW, t: Placed, rows: E81In[], skip: Set<string>, hasRenja: boolean): void {
  const S = t.sheet;
  for (const r of rows) {
    if (r.section) continue;
    const a = (k: string) => t.a(k, r.id);
    const sumQ = (u: "k" | "rp") => [1, 2, 3, 4].map((q) => a(`q${q}${u}`)).join("+");
    const add = (key: string, rules: string[], truth: string, trap?: string) => {
      if (skip.has(`${r.id}.${key}`)) return;
      b.ok({ sheet: S, cell: a(key), rules, truth, trap, tol: key.startsWith("rp") ? 0.5 : 0.006 });
    };
    if (r.jenis === "flow") {
      add("k12", ["sum-mismatch"], sumQ("k"));
      add("k13", ["sum-mismatch"], `${a("k6")}+${a("k12")}`);
    } else {
      add("k12", ["sum-mismatch"], a("q4k"), sumQ("k"));
      add("k13", ["sum-mismatch"], a("k12"), `${a("k6")}+${a("k12")}`);
    }
    add("rp12", ["sum-mismatch"], sumQ("rp"));
    add("rp13", ["sum-mismatch"], `${a("rp6")}+${a("rp12")}`);
    add("k14", ["capaian-mismatch"], `ROUND(${a("k13")}/${a("k5")}*100,2)`);
    add("rp14", ["capaian-mismatch", "serapan-over-100"], `ROUND(${a("rp13")}/${a("rp5")}*100,2)`);
    if (hasRenja) {
      add("crk", ["capaian-mismatch"], `ROUND(${a("k12")}/${a("k7")}*100,2)`);
      add("crrp", ["capaian-mismatch", "serapan-over-100"], `ROUND(${a("rp12")}/${a("rp7")}*100,2)`);
    }
  }
}

/** Parents' Rp (a program over its kegiatan, a kegiatan over its sub kegiatan) as clean sums. */
function parentSumsClean(
  b: BookW,
  t: Placed,
  rows: Array<{ id: string; parent?: string; section?: boolean }>,
  keys: string[],
  skip: Set<string>,
): void {
  for (const r of rows) {
    const kids = rows.filter((k) => k.parent === r.id);
    if (kids.length === 0) continue;
    for (const key of keys) {
      if (skip.has(`${r.id}.${key}`)) continue;
      b.ok({
        sheet: t.sheet,
        cell: t.a(key, r.id),
        rules: ["sum-mismatch"],
        truth: kids.map((k) => t.a(key, k.id)).join("+"),
        tol: 0.5,
      });
    }
  }
}

function e81Cols(o: {
  no: boolean;
  sat: boolean;
  renja: boolean;
  ket: boolean;
  K: string;
  Rp: string;
  nMin1: number;
  h: {
    kode: string;
    nama: string;
    ind: string;
    t5: string;
    r6: string;
    t7: string;
    tw: string;
    tws: [string, string, string, string];
    r12: string;
    cr: string;
    r13: string;
    c14: string;
    pj: string;
  };
  nums: Record<string, string | number>;
}): Col[] {
  const y = o.nMin1;
  const pair = (
    key: string,
    head: string[],
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, o.K], role: kRole, year, num: o.nums[key] },
    { key: `rp${key}`, head: [...head, o.Rp], role: rpRole, year, num: o.nums[key], fmt: RP, width: 16 },
  ];
  const cols: Col[] = [];
  if (o.no) cols.push({ key: "no", head: ["No"], role: "no", num: o.nums.no, width: 5 });
  cols.push({ key: "kode", head: [o.h.kode], role: "kode", num: o.nums.kode, width: 18 });
  cols.push({ key: "nama", head: [o.h.nama], num: o.nums.nama, width: 40 });
  cols.push({ key: "ind", head: [o.h.ind], role: "indikator", num: o.nums.ind, width: 40 });
  if (o.sat) cols.push({ key: "sat", head: ["Satuan"], role: "satuan", num: o.nums.sat, width: 10 });
  cols.push(...pair("5", [o.h.t5], "target", "anggaran"));
  cols.push(...pair("6", [o.h.r6], "realisasi", "realisasi-anggaran", y - 1));
  cols.push(...pair("7", [o.h.t7], "target", "anggaran", y));
  o.h.tws.forEach((tw, i) => {
    const q = `q${i + 1}`;
    cols.push(
      { key: `${q}k`, head: [o.h.tw, tw, o.K], role: "realisasi", year: y, num: o.nums[q] },
      {
        key: `${q}rp`,
        head: [o.h.tw, tw, o.Rp],
        role: "realisasi-anggaran",
        year: y,
        num: o.nums[q],
        fmt: RP,
      },
    );
  });
  cols.push(...pair("12", [o.h.r12], "realisasi", "realisasi-anggaran", y));
  if (o.renja) {
    cols.push(
      { key: "crk", head: [o.h.cr, o.K], role: "capaian", year: y, num: o.nums.cr, fmt: DEC },
      { key: "crrp", head: [o.h.cr, o.Rp], role: "capaian", year: y, num: o.nums.cr, fmt: DEC },
    );
  }
  cols.push(...pair("13", [o.h.r13], "realisasi", "realisasi-anggaran", y));
  cols.push(
    { key: "k14", head: [o.h.c14, o.K], role: "capaian", num: o.nums["14"], fmt: DEC },
    { key: "rp14", head: [o.h.c14, o.Rp], role: "capaian", num: o.nums["14"], fmt: DEC },
  );
  cols.push({ key: "pj", head: [o.h.pj], role: "penanggung-jawab", num: o.nums.pj, width: 24 });
  if (o.ket) cols.push({ key: "ket", head: ["Keterangan"], role: "keterangan", num: o.nums.ket, width: 16 });
  return cols;
}

/** E.81 variant A: Dinas PUPR Kabupaten Karangsari, s.d. Triwulan IV 2023; ordinal (n-1), (n-2)
 * headers resolved from the title; an extra Renja capaian column (12/7); K/Rp; numbers merged
 * over the pairs with the form's identities; kegiatan only. */
export function e81A(): BookW {
  const b = new BookW(
    "e81-a-pupr-karangsari.xlsx",
    "E.81",
    "E.81 Renja evaluation, Dinas PUPR Kab. Karangsari, TW IV 2023 (ordinal n-1/n-2 headers, extra Renja capaian column)",
  );
  const s = b.sheet("Evaluasi Renja 2023");
  letterhead(s, [
    "PEMERINTAH KABUPATEN KARANGSARI",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Veteran No. 17 Karangsari 61234, Telp. (0321) 876543, Pos-el: dpupr@karangsari.example.go.id",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KARANGSARI",
    "RENJA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN KARANGSARI",
    "PERIODE PELAKSANAAN: TRIWULAN I s.d. TRIWULAN IV TAHUN 2023",
  ]);
  s.lines([
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: Meningkatnya kualitas dan jangkauan infrastruktur dasar",
  ]);
  s.gap();
  const rows: E81In[] = [
    {
      id: "u",
      kode: "1",
      nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
      section: true,
    },
    {
      id: "b",
      kode: "1.03",
      nama: "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG",
      section: true,
    },
    {
      id: "p1",
      no: 1,
      kode: "1.03.10",
      nama: "Program Penyelenggaraan Jalan",
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap (%)",
      jenis: "level",
      pj: "Bidang Bina Marga",
      k5: 78,
      k6: 69.4,
      k7: 72.5,
      kq: [70.1, 70.85, 71.6, 72.35],
    },
    {
      id: "k1",
      no: 2,
      kode: "1.03.10.2.01",
      nama: "Penyelenggaraan Jalan Kabupaten/Kota",
      ind: "Panjang jalan kabupaten yang ditingkatkan (km)",
      jenis: "flow",
      parent: "p1",
      pj: "Bidang Bina Marga",
      k5: 120,
      k6: 47.6,
      k7: 26.5,
      kq: [0, 4.2, 9.8, 11.3],
      rp5: 186_500_000_000,
      rp6: 71_245_380_000,
      rp7: 41_870_000_000,
      rpq: [1_256_100_000, 8_417_650_000, 14_902_335_000, 16_318_480_000],
    },
    {
      id: "k2",
      no: 3,
      kode: "1.03.10.2.02",
      nama: "Penyelenggaraan Jembatan Kabupaten/Kota",
      ind: "Jumlah jembatan kabupaten yang direhabilitasi (unit)",
      jenis: "flow",
      parent: "p1",
      pj: "Bidang Bina Marga",
      k5: 24,
      k6: 9,
      k7: 5,
      kq: [0, 1, 2, 2],
      rp5: 42_750_000_000,
      rp6: 15_382_640_000,
      rp7: 8_960_000_000,
      rpq: [412_500_000, 1_984_210_000, 3_271_800_000, 3_105_365_000],
    },
    {
      id: "p2",
      no: 4,
      kode: "1.03.03",
      nama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      ind: "Persentase rumah tangga yang mendapatkan akses air minum layak (%)",
      jenis: "level",
      pj: "Bidang Cipta Karya",
      k5: 92,
      k6: 84.15,
      k7: 87,
      kq: [84.6, 85.3, 86.05, 86.9],
    },
    {
      id: "k3",
      no: 5,
      kode: "1.03.03.2.01",
      nama: "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
      ind: "Jumlah sambungan rumah (SR) air minum yang terbangun (SR)",
      jenis: "flow",
      parent: "p2",
      pj: "Bidang Cipta Karya",
      k5: 7500,
      k6: 3150,
      k7: 1300,
      kq: [0, 310, 455, 475],
      rp5: 38_250_000_000,
      rp6: 16_127_450_000,
      rp7: 6_875_000_000,
      rpq: [254_000_000, 1_762_300_000, 2_418_725_000, 2_236_090_000],
    },
    {
      id: "p3",
      no: 6,
      kode: "1.03.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ind: "Nilai evaluasi SAKIP Dinas Pekerjaan Umum dan Penataan Ruang (nilai)",
      jenis: "level",
      pj: "Sekretariat",
      k5: 75,
      k6: 68.42,
      k7: 70.5,
      kq: [68.42, 68.42, 68.42, 71.08],
    },
    {
      id: "k4",
      no: 7,
      kode: "1.03.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah laporan keuangan perangkat daerah yang tersusun (dokumen)",
      jenis: "flow",
      parent: "p3",
      pj: "Sekretariat",
      k5: 80,
      k6: 32,
      k7: 16,
      kq: [4, 4, 4, 4],
      rp5: 64_800_000_000,
      rp6: 25_314_720_000,
      rp7: 13_450_000_000,
      rpq: [3_158_400_000, 3_284_125_000, 3_301_760_000, 3_512_915_000],
    },
    {
      id: "k5",
      no: 8,
      kode: "1.03.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah paket penyediaan peralatan dan perlengkapan kantor (paket)",
      jenis: "flow",
      parent: "p3",
      pj: "Sekretariat",
      k5: 25,
      k6: 10,
      k7: 5,
      kq: [1, 1, 2, 1],
      rp5: 6_250_000_000,
      rp6: 2_418_960_000,
      rp7: 1_275_000_000,
      rpq: [186_250_000, 298_400_000, 411_870_000, 362_115_000],
    },
  ];
  const vals = e81Values(rows);
  const data = rows.filter((r) => !r.section);
  const plants: Plants = {
    k1: { rp12: 40_984_565_000 },
    k3: { k13: 4930 },
  };
  const avgK = average(data, vals, plants, "k14");
  const avgRp = average(data, vals, plants, "rp14");
  const wrongPredikat = "Sangat Tinggi";
  if (predikat(avgK) === wrongPredikat) throw new Error("E.81 A: the planted predikat must be wrong");
  const cols = e81Cols({
    no: true,
    sat: false,
    renja: true,
    ket: true,
    K: "K",
    Rp: "Rp",
    nMin1: 2023,
    h: {
      kode: "Kode",
      nama: "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
      ind: "Indikator Kinerja Program (outcome)/Kegiatan (output)",
      t5: "Target Renstra Perangkat Daerah pada Akhir Periode Renstra",
      r6: "Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Perangkat Daerah Tahun Lalu (n-2)",
      t7: "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (n-1) yang Dievaluasi",
      tw: "Realisasi Kinerja Pada Triwulan",
      tws: ["I", "II", "III", "IV"],
      r12: "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
      cr: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)",
      r13: "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun Berjalan (n-1)",
      c14: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun Berjalan (n-1) (%)",
      pj: "Unit Perangkat Daerah Penanggung Jawab",
    },
    nums: {
      no: 1,
      kode: 2,
      nama: 3,
      ind: 4,
      "5": 5,
      "6": 6,
      "7": 7,
      q1: 8,
      q2: 9,
      q3: 10,
      q4: 11,
      "12": "12 = 8+9+10+11",
      cr: "13 = 12/7 x 100%",
      "13": "14 = 6 + 12",
      "14": "15 = 14/5 x 100%",
      pj: 16,
      ket: 17,
    },
  });
  const first = data[0].id;
  const last = data[data.length - 1].id;
  const footer: Row[] = [
    {
      id: "avg",
      span: ["no", "rp13"],
      cells: (x) => ({
        no: "Rata-rata capaian kinerja (%)",
        k14: fx(`AVERAGE(${x.a("k14", first)}:${x.a("k14", last)})`),
        rp14: fx(`AVERAGE(${x.a("rp14", first)}:${x.a("rp14", last)})`),
      }),
    },
    {
      id: "pred",
      span: ["no", "rp13"],
      cells: { no: "Predikat kinerja", k14: wrongPredikat, rp14: predikat(avgRp) },
    },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: only(cols, e81Rows(rows, vals, plants, footer)),
  });
  s.gap();
  s.lines([
    "Faktor pendorong keberhasilan pencapaian: dukungan DAK fisik bidang jalan dan kontrak tahun jamak.",
    "Faktor penghambat pencapaian kinerja: curah hujan tinggi pada triwulan IV.",
    "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya: percepatan lelang pada triwulan I.",
  ]);
  s.gap();
  signature(s, 21, {
    tempat: "Karangsari, 22 Januari 2024",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KABUPATEN KARANGSARI"],
    nama: "Ir. Bambang Setyohadi, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690817 199503 1 004",
  });
  const S = t.sheet;
  b.plant({
    at: { sheet: S, cell: t.a("rp12", "k1") },
    rules: ["sum-mismatch"],
    note: "column 12 Rp of kegiatan 1.03.10.2.01 is 40,984,565,000; its four quarters add up to 40,894,565,000 (column 14 = 6 + 12 and the program total follow the quarters)",
    truth: ["q1rp", "q2rp", "q3rp", "q4rp"].map((k) => t.a(k, "k1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: t.a("k13", "k3") },
    rules: ["sum-mismatch"],
    note: "realisasi s.d. 2023 (K) of SR air minum, a count, is 4,930; s.d. 2022 3,150 + 2023 1,240 = 4,390 (capaian column 15 uses 4,390)",
    truth: `${t.a("k6", "k3")}+${t.a("k12", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `predikat "${wrongPredikat}" for an average capaian of ${round(avgK)}, which the Permendagri scale calls "${predikat(avgK)}"`,
    truth: `PREDIKAT(${t.a("k14", "avg")})`,
  });
  e81Clean(
    b,
    t,
    rows,
    new Set(["k1.rp12", "k1.rp13", "k1.crrp", "k3.k13", "k3.k14", "p1.rp12", "p1.rp13", "p1.crrp"]),
    true,
  );
  parentSumsClean(b, t, rows, ["rp5", "rp6", "rp7", "q1rp", "q2rp", "q3rp", "q4rp"], new Set());
  b.ok({
    sheet: S,
    cell: t.a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("rp14", "avg")})`,
  });
  return b.finish();
}

/** E.81 variant B: Dinas Sosial Kota Mekarjaya, Triwulan IV 2024; explicit years in the headers;
 * Kinerja / Keuangan (Rp) instead of K / Rp; no No column, an extra Satuan and Keterangan; program,
 * kegiatan and sub kegiatan; the number row in parentheses. */
export function e81B(): BookW {
  const b = new BookW(
    "e81-b-dinsos-mekarjaya.xlsx",
    "E.81",
    "E.81 Renja evaluation, Dinas Sosial Kota Mekarjaya, TW IV 2024 (years in headers, Kinerja/Keuangan, sub kegiatan)",
  );
  const s = b.sheet("TW IV 2024");
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH",
    "DINAS SOSIAL KOTA MEKARJAYA",
    "TRIWULAN IV TAHUN ANGGARAN 2024",
  ]);
  s.lines(["Sasaran RKPD: Menurunnya jumlah penyandang masalah kesejahteraan sosial (PMKS)"]);
  s.gap();
  const rows: E81In[] = [
    { id: "b", kode: "1.06", nama: "URUSAN PEMERINTAHAN BIDANG SOSIAL", section: true },
    {
      id: "p1",
      kode: "1.06.04",
      nama: "Program Rehabilitasi Sosial",
      ind: "Persentase PMKS yang memperoleh rehabilitasi sosial dasar di luar panti",
      sat: "%",
      jenis: "level",
      pj: "Bidang Rehabilitasi Sosial",
      k5: 95,
      k6: 91.6,
      k7: 93,
      kq: [22.4, 48.75, 71.3, 94.2],
    },
    {
      id: "k1",
      kode: "1.06.04.2.02",
      nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
      ind: "Jumlah PMKS yang mendapatkan rehabilitasi sosial dasar di luar panti",
      sat: "orang",
      jenis: "flow",
      parent: "p1",
      pj: "Bidang Rehabilitasi Sosial",
      k5: 6000,
      k6: 3420,
      k7: 1250,
      kq: [296, 318, 341, 322],
    },
    {
      id: "s1",
      kode: "1.06.04.2.02.0001",
      nama: "Penyediaan Permakanan",
      ind: "Jumlah penerima layanan permakanan",
      sat: "orang",
      jenis: "flow",
      parent: "k1",
      pj: "Bidang Rehabilitasi Sosial",
      k5: 4500,
      k6: 2610,
      k7: 950,
      kq: [230, 240, 255, 238],
      rp5: 9_450_000_000,
      rp6: 5_487_300_000,
      rp7: 1_995_000_000,
      rpq: [462_150_000, 503_880_000, 528_640_000, 487_915_000],
    },
    {
      id: "s2",
      kode: "1.06.04.2.02.0006",
      nama: "Pemberian Pelayanan Reunifikasi Keluarga",
      ind: "Jumlah PMKS yang direunifikasi dengan keluarga",
      sat: "orang",
      jenis: "flow",
      parent: "k1",
      pj: "Bidang Rehabilitasi Sosial",
      k5: 300,
      k6: 164,
      k7: 60,
      kq: [12, 14, 18, 16],
      rp5: 675_000_000,
      rp6: 372_460_000,
      rp7: 142_500_000,
      rpq: [27_350_000, 31_920_000, 44_180_000, 36_715_000],
    },
    {
      id: "s3",
      kode: "1.06.04.2.02.0008",
      nama: "Pemberian Layanan Data dan Pengaduan",
      ind: "Jumlah pengaduan PMKS yang ditindaklanjuti",
      sat: "pengaduan",
      jenis: "flow",
      parent: "k1",
      pj: "Bidang Rehabilitasi Sosial",
      k5: 1200,
      k6: 646,
      k7: 240,
      kq: [54, 64, 68, 68],
      rp5: 1_560_000_000,
      rp6: 842_175_000,
      rp7: 315_000_000,
      rpq: [68_420_000, 79_355_000, 86_910_000, 77_640_000],
    },
    {
      id: "k2",
      kode: "1.06.04.2.05",
      nama: "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
      ind: "Jumlah PMKS lainnya yang mendapatkan rehabilitasi sosial",
      sat: "orang",
      jenis: "flow",
      parent: "p1",
      pj: "Bidang Rehabilitasi Sosial",
      k5: 1900,
      k6: 1116,
      k7: 400,
      kq: [85, 104, 115, 104],
    },
    {
      id: "s4",
      kode: "1.06.04.2.05.0001",
      nama: "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial",
      ind: "Jumlah PMKS yang mendapatkan bimbingan fisik, mental, spiritual dan sosial",
      sat: "orang",
      jenis: "flow",
      parent: "k2",
      pj: "Bidang Rehabilitasi Sosial",
      k5: 1500,
      k6: 880,
      k7: 320,
      kq: [70, 82, 91, 85],
      rp5: 2_850_000_000,
      rp6: 1_638_940_000,
      rp7: 612_000_000,
      rpq: [118_450_000, 156_300_000, 178_920_000, 149_635_000],
    },
    {
      id: "s5",
      kode: "1.06.04.2.05.0004",
      nama: "Pemberian Layanan Rujukan",
      ind: "Jumlah PMKS yang mendapatkan layanan rujukan",
      sat: "orang",
      jenis: "flow",
      parent: "k2",
      pj: "Bidang Rehabilitasi Sosial",
      k5: 400,
      k6: 236,
      k7: 80,
      kq: [15, 22, 24, 19],
      rp5: 380_000_000,
      rp6: 214_650_000,
      rp7: 76_000_000,
      rpq: [14_250_000, 20_900_000, 22_800_000, 17_560_000],
    },
    {
      id: "p2",
      kode: "1.06.05",
      nama: "Program Perlindungan dan Jaminan Sosial",
      ind: "Persentase keluarga penerima manfaat (KPM) yang mendapatkan perlindungan dan jaminan sosial",
      sat: "%",
      jenis: "level",
      pj: "Bidang Perlindungan dan Jaminan Sosial",
      k5: 100,
      k6: 97.2,
      k7: 98.5,
      kq: [24.1, 51.6, 77.45, 98.9],
    },
    {
      id: "k3",
      kode: "1.06.05.2.01",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen data fakir miskin yang dimutakhirkan",
      sat: "dokumen",
      jenis: "flow",
      parent: "p2",
      pj: "Bidang Perlindungan dan Jaminan Sosial",
      k5: 20,
      k6: 12,
      k7: 4,
      kq: [1, 1, 1, 1],
    },
    {
      id: "s6",
      kode: "1.06.05.2.01.0001",
      nama: "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah rumah tangga fakir miskin yang terdata dan terverifikasi",
      sat: "rumah tangga",
      jenis: "flow",
      parent: "k3",
      pj: "Bidang Perlindungan dan Jaminan Sosial",
      k5: 48000,
      k6: 29350,
      k7: 9600,
      kq: [1850, 2640, 2910, 2315],
      rp5: 3_840_000_000,
      rp6: 2_291_560_000,
      rp7: 782_400_000,
      rpq: [126_340_000, 204_815_000, 238_470_000, 205_195_000],
    },
    {
      id: "s7",
      kode: "1.06.05.2.01.0002",
      nama: "Pengelolaan Data Fakir Miskin untuk Pelaksanaan Bantuan Sosial",
      ind: "Jumlah dokumen basis data fakir miskin",
      sat: "dokumen",
      jenis: "flow",
      parent: "k3",
      pj: "Bidang Perlindungan dan Jaminan Sosial",
      k5: 20,
      k6: 12,
      k7: 4,
      kq: [1, 1, 1, 1],
      rp5: 1_150_000_000,
      rp6: 684_230_000,
      rp7: 236_000_000,
      rpq: [52_300_000, 58_710_000, 61_945_000, 59_820_000],
    },
  ];
  const vals = e81Values(rows);
  const data = rows.filter((r) => !r.section);
  const p1 = vals.get("p1")!;
  const s6 = vals.get("s6")!;
  const k2 = vals.get("k2")!;
  const plants: Plants = {
    p1: { k13: round(p1.k6 + p1.k12, 4) },
    k2: { rp7: k2.rp7 - 20_000_000 },
    s6: { rp14: round((s6.rp12 / s6.rp7) * 100) },
  };
  const avgK = round(average(data, vals, plants, "k14"));
  const avgRp = round(average(data, vals, plants, "rp14"));
  const cols = e81Cols({
    no: false,
    sat: true,
    renja: false,
    ket: true,
    K: "Kinerja",
    Rp: "Keuangan (Rp)",
    nMin1: 2024,
    h: {
      kode: "Kode",
      nama: "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan",
      ind: "Indikator Kinerja Program (outcome)/Kegiatan (output)/Sub Kegiatan",
      t5: "Target Renstra Perangkat Daerah Tahun 2026 (Akhir Periode Renstra)",
      r6: "Realisasi Capaian Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Renja Tahun 2023",
      t7: "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun 2024 yang Dievaluasi",
      tw: "Realisasi Kinerja dan Anggaran pada Triwulan",
      tws: ["TW I", "TW II", "TW III", "TW IV"],
      r12: "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi (Tahun 2024)",
      cr: "",
      r13: "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun 2024",
      c14: "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun 2024 (%)",
      pj: "Perangkat Daerah / Unit Penanggung Jawab",
    },
    nums: {
      kode: "(1)",
      nama: "(2)",
      ind: "(3)",
      sat: "(4)",
      "5": "(5)",
      "6": "(6)",
      "7": "(7)",
      q1: "(8)",
      q2: "(9)",
      q3: "(10)",
      q4: "(11)",
      "12": "(12) = (8+9+10+11)",
      "13": "(13) = (6+12)",
      "14": "(14) = (13/5) x 100",
      pj: "(15)",
      ket: "(16)",
    },
  });
  const first = data[0].id;
  const last = data[data.length - 1].id;
  const footer: Row[] = [
    {
      id: "avg",
      span: ["kode", "rp13"],
      cells: (x) => ({
        kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
        k14: fx(`ROUND(AVERAGE(${x.a("k14", first)}:${x.a("k14", last)}),2)`),
        rp14: fx(`ROUND(AVERAGE(${x.a("rp14", first)}:${x.a("rp14", last)}),2)`),
      }),
    },
    {
      id: "pred",
      span: ["kode", "rp13"],
      cells: { kode: "Predikat Kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
    },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: only(cols, e81Rows(rows, vals, plants, footer)),
  });
  s.gap();
  s.lines(["Catatan: realisasi indikator persentase adalah capaian kumulatif pada akhir triwulan."]);
  s.gap();
  signature(s, 22, {
    tempat: "Mekarjaya, 15 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KOTA MEKARJAYA"],
    nama: "Dra. Sri Handayani Wulandari, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19710324 199803 2 006",
  });
  const S = t.sheet;
  b.plant({
    at: { sheet: S, cell: t.a("k13", "p1") },
    rules: ["sum-mismatch", "percent-out-of-range"],
    note: "realisasi s.d. 2024 (K) of a percentage is 2023 + 2024 summed (91.60 + 94.20 = 185.80); for a level it is the latest value, 94.20 (capaian column 14 uses 94.20)",
    truth: t.a("k12", "p1"),
  });
  b.plant({
    at: { sheet: S, cell: t.a("rp7", "k2") },
    rules: ["sum-mismatch"],
    note: "pagu 2024 of kegiatan 1.06.04.2.05 is 668,000,000; its sub kegiatan add up to 688,000,000 (the program total uses 688,000,000)",
    truth: `${t.a("rp7", "s4")}+${t.a("rp7", "s5")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("rp14", "s6") },
    rules: ["capaian-mismatch"],
    note: "column 14 Rp of 1.06.05.2.01.0001 holds 12/7 (the 2024 serapan, 99.03); 13/5 gives 79.85",
    truth: `ROUND(${t.a("rp13", "s6")}/${t.a("rp5", "s6")}*100,2)`,
  });
  e81Clean(b, t, rows, new Set(["p1.k13", "p1.k14", "s6.rp14"]), false);
  parentSumsClean(
    b,
    t,
    rows,
    ["rp5", "rp6", "rp7", "q1rp", "q2rp", "q3rp", "q4rp", "rp12", "rp13"],
    new Set(["p1.rp7", "k2.rp7"]),
  );
  b.ok({
    sheet: S,
    cell: t.a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("rp14", "avg")})`,
  });
  // the programs' K are percentages among counts of people and documents: not a thousands slip;
  // their Rp (billions) under "Target Renstra ... Keuangan (Rp)" are money, not a percentage
  for (const id of ["p1", "p2"]) {
    for (const q of ["q1k", "q2k", "q3k", "q4k"])
      b.ok({ sheet: S, cell: t.a(q, id), rules: ["number-scale"], truth: t.a(q, id) });
    b.ok({ sheet: S, cell: t.a("rp5", id), rules: ["percent-out-of-range"], truth: t.a("rp5", id) });
  }
  return b.finish();
}

// ========================================================================= E.80 (Renstra, 5 yrs)

type E80In = {
  id: string;
  no?: number;
  kode?: string;
  sasaran?: string;
  nama?: string;
  ind: string;
  sat?: string;
  jenis: Jenis | "negatif";
  parent?: string;
  pj: string;
  awal?: number;
  t: number[];
  r: number[];
  trp?: number[];
  rrp?: number[];
  /** K format */
  kf?: string;
};

type E80Vals = {
  t: number[];
  r: number[];
  trp?: number[];
  rrp?: number[];
  ck: number[];
  crp?: number[];
  akhirK: number;
  akhirRp?: number;
};

function e80Values(rows: E80In[]): Map<string, E80Vals> {
  const out = new Map<string, E80Vals>();
  const rp = (x: E80In, key: "trp" | "rrp"): number[] | undefined => {
    const kids = rows.filter((k) => k.parent === x.id);
    if (kids.length === 0) return x[key];
    const parts = kids.map((k) => rp(k, key)!);
    return [0, 1, 2, 3, 4].map((i) => sum(parts.map((p) => p[i])));
  };
  for (const x of rows) {
    const trp = rp(x, "trp");
    const rrp = rp(x, "rrp");
    const ck = x.t.map((t, i) =>
      x.jenis === "negatif" ? round(((2 * t - x.r[i]) / t) * 100) : round((x.r[i] / t) * 100),
    );
    out.set(x.id, {
      t: x.t,
      r: x.r,
      trp,
      rrp,
      ck,
      crp: trp && rrp ? trp.map((t, i) => round((rrp[i] / t) * 100)) : undefined,
      akhirK: x.jenis === "flow" ? sum(x.t) : x.t[4],
      akhirRp: trp ? sum(trp) : undefined,
    });
  }
  return out;
}

/** Cells of an E.80 row keyed t1k, t1rp, r1k, r1rp, c1k, c1rp, ... plus the rest. */
function e80Cells(x: E80In, v: E80Vals, plant: Record<string, number> = {}): Record<string, Cell> {
  const kf = x.kf ?? (x.jenis === "flow" ? INT : DEC);
  const c: Record<string, Cell> = {
    no: x.no,
    kode: x.kode,
    sas: x.sasaran,
    prog: x.nama,
    ind: x.ind,
    sat: x.sat,
    pj: x.pj,
    awal: x.awal === undefined ? undefined : fmt(x.awal, kf),
    akK: fmt(v.akhirK, kf),
    akRp: v.akhirRp,
  };
  for (let i = 0; i < 5; i++) {
    const y = i + 1;
    c[`t${y}k`] = fmt(v.t[i], kf);
    c[`r${y}k`] = fmt(v.r[i], kf);
    c[`c${y}k`] = v.ck[i];
    if (v.trp) {
      c[`t${y}rp`] = v.trp[i];
      c[`r${y}rp`] = v.rrp![i];
      c[`c${y}rp`] = v.crp![i];
    }
  }
  for (const [k, val] of Object.entries(plant)) c[k] = typeof c[k] === "object" ? fmt(val, kf) : val;
  return c;
}

function e80Clean(b: BookW, t: Placed, rows: E80In[], skip: Set<string>): void {
  for (const x of rows) {
    const a = (k: string) => t.a(k, x.id);
    const ok = (key: string, rules: string[], truth: string, trap?: string, tol?: number) => {
      if (!skip.has(`${x.id}.${key}`) && t.spec.cols.some((c) => c.key === key))
        b.ok({ sheet: t.sheet, cell: a(key), rules, truth, trap, tol });
    };
    for (let y = 1; y <= 5; y++) {
      const [T, R] = [a(`t${y}k`), a(`r${y}k`)];
      if (x.jenis === "negatif")
        ok(`c${y}k`, ["capaian-mismatch"], `ROUND((2*${T}-${R})/${T}*100,2)`, `ROUND(${R}/${T}*100,2)`);
      else ok(`c${y}k`, ["capaian-mismatch"], `ROUND(${R}/${T}*100,2)`);
      if (x.trp || rows.some((k) => k.parent === x.id))
        ok(
          `c${y}rp`,
          ["capaian-mismatch", "serapan-over-100"],
          `ROUND(${a(`r${y}rp`)}/${a(`t${y}rp`)}*100,2)`,
        );
    }
    const ts = [1, 2, 3, 4, 5].map((y) => a(`t${y}k`));
    if (x.jenis === "flow") ok("akK", ["kondisi-akhir-mismatch"], ts.join("+"));
    else ok("akK", ["kondisi-akhir-mismatch"], ts[4], ts.join("+"));
    if (x.trp || rows.some((k) => k.parent === x.id))
      ok(
        "akRp",
        ["kondisi-akhir-mismatch", "sum-mismatch"],
        [1, 2, 3, 4, 5].map((y) => a(`t${y}rp`)).join("+"),
        undefined,
        0.5,
      );
  }
}

/** E.80 variant A: Dinas Perhubungan Kabupaten Wanasari, Renstra 2019-2023; columns grouped by
 * measure as in the form ("Target ... pada Tahun ke-" > 1..5 > K/Rp), years only in the title; a
 * sasaran indicator row (K only), one negative indicator (refleksi, as the note says). */
export function e80A(): BookW {
  const b = new BookW(
    "e80-a-dishub-wanasari.xlsx",
    "E.80",
    "E.80 Renstra evaluation, Dinas Perhubungan Kab. Wanasari 2019-2023 (Tahun ke- 1..5 in the header, years from the title)",
  );
  const s = b.sheet("E.80");
  s.lines([
    "EVALUASI TERHADAP HASIL RENSTRA PERANGKAT DAERAH LINGKUP KABUPATEN WANASARI",
    "RENSTRA DINAS PERHUBUNGAN KABUPATEN WANASARI PERIODE 2019-2023",
  ]);
  s.gap();
  const rows: E80In[] = [
    {
      id: "sa",
      no: 1,
      sasaran: "Meningkatnya keselamatan lalu lintas dan angkutan jalan",
      ind: "Angka kecelakaan lalu lintas per 10.000 kendaraan bermotor",
      jenis: "negatif",
      pj: "Dinas Perhubungan",
      awal: 13.1,
      t: [12.5, 12, 11.5, 11, 10.5],
      r: [12.8, 11.4, 11.9, 10.6, 10.2],
    },
    {
      id: "p1",
      no: 2,
      sasaran: "Meningkatnya keselamatan lalu lintas dan angkutan jalan",
      nama: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
      ind: "Persentase ruas jalan kabupaten yang dilengkapi perlengkapan jalan (%)",
      jenis: "level",
      pj: "Bidang Lalu Lintas",
      awal: 41.2,
      t: [45, 50, 55, 60, 65],
      r: [44.8, 50.6, 53.9, 58.7, 63.2],
    },
    {
      id: "k1",
      no: 3,
      sasaran: "Meningkatnya keselamatan lalu lintas dan angkutan jalan",
      nama: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      ind: "Jumlah rambu lalu lintas yang terpasang (unit)",
      jenis: "flow",
      parent: "p1",
      pj: "Bidang Lalu Lintas",
      awal: 142,
      t: [150, 160, 170, 180, 190],
      r: [148, 163, 158, 176, 195],
      trp: [5_250_000_000, 5_520_000_000, 5_800_000_000, 6_090_000_000, 6_400_000_000],
      rrp: [5_104_375_000, 5_482_960_000, 5_416_210_000, 5_987_430_000, 6_318_745_000],
    },
    {
      id: "k2",
      no: 4,
      sasaran: "Meningkatnya keselamatan lalu lintas dan angkutan jalan",
      nama: "Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan bermotor wajib uji yang diuji berkala (unit)",
      jenis: "flow",
      parent: "p1",
      pj: "UPT Pengujian Kendaraan Bermotor",
      awal: 9240,
      t: [9500, 9800, 10100, 10400, 10700],
      r: [9612, 9734, 8105, 10265, 10882],
      trp: [1_850_000_000, 1_925_000_000, 2_010_000_000, 2_085_000_000, 2_160_000_000],
      rrp: [1_796_420_000, 1_884_315_000, 1_642_870_000, 2_041_560_000, 2_137_905_000],
    },
    {
      id: "p2",
      no: 5,
      sasaran: "Meningkatnya akuntabilitas kinerja perangkat daerah",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ind: "Nilai evaluasi SAKIP Dinas Perhubungan (nilai)",
      jenis: "level",
      pj: "Sekretariat",
      awal: 58.4,
      t: [60, 62.5, 65, 67.5, 70],
      r: [61.2, 62.1, 65.8, 68.3, 70.45],
    },
    {
      id: "k3",
      no: 6,
      sasaran: "Meningkatnya akuntabilitas kinerja perangkat daerah",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah laporan keuangan perangkat daerah yang tersusun (dokumen)",
      jenis: "flow",
      parent: "p2",
      pj: "Sekretariat",
      awal: 16,
      t: [16, 16, 16, 16, 16],
      r: [16, 16, 16, 16, 16],
      trp: [11_420_000_000, 11_765_000_000, 12_118_000_000, 12_481_000_000, 12_856_000_000],
      rrp: [11_186_245_000, 11_598_410_000, 11_872_360_000, 12_305_875_000, 12_694_120_000],
    },
    {
      id: "k4",
      no: 7,
      sasaran: "Meningkatnya akuntabilitas kinerja perangkat daerah",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah paket kebutuhan administrasi perkantoran yang terpenuhi (paket)",
      jenis: "flow",
      parent: "p2",
      pj: "Sekretariat",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      r: [12, 11, 12, 12, 12],
      trp: [1_265_000_000, 1_302_500_000, 1_341_600_000, 1_381_800_000, 1_423_300_000],
      rrp: [1_218_640_000, 1_187_925_000, 1_309_480_000, 1_352_215_000, 1_398_760_000],
    },
  ];
  const vals = e80Values(rows);
  const k2 = vals.get("k2")!;
  const p1 = vals.get("p1")!;
  const k3 = vals.get("k3")!;
  const plants: Record<string, Record<string, number>> = {
    k2: { c3k: round((k2.t[2] / k2.r[2]) * 100) },
    p1: { t4rp: p1.trp![3] + 500_000_000 },
    k3: { akRp: k3.akhirRp! + 90_000_000 },
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 28 },
    { key: "prog", head: ["Program/Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "awal", head: ["Data Capaian pada Awal Tahun Perencanaan"], role: "kondisi-awal", num: 5 },
    { key: "akK", head: ["Target Capaian pada Akhir Tahun Perencanaan", "K"], role: "target", num: 6 },
    {
      key: "akRp",
      head: ["Target Capaian pada Akhir Tahun Perencanaan", "Rp"],
      role: "anggaran",
      num: 6,
      fmt: RP,
    },
  ];
  const groups: Array<[string, string, Col["role"], Col["role"], number]> = [
    ["t", "Target Kinerja dan Anggaran Renstra Perangkat Daerah pada Tahun ke-", "target", "anggaran", 7],
    [
      "r",
      "Realisasi Capaian Kinerja dan Anggaran Renstra Perangkat Daerah pada Tahun ke-",
      "realisasi",
      "realisasi-anggaran",
      12,
    ],
    ["c", "Rasio Capaian pada Tahun ke- (%)", "capaian", "capaian", 17],
  ];
  for (const [p, head, kRole, rpRole, n] of groups)
    for (let y = 1; y <= 5; y++) {
      const year = 2018 + y;
      const f = p === "c" ? DEC : undefined;
      cols.push(
        { key: `${p}${y}k`, head: [head, String(y), "K"], role: kRole, year, num: n + y - 1, fmt: f },
        {
          key: `${p}${y}rp`,
          head: [head, String(y), "Rp"],
          role: rpRole,
          year,
          num: n + y - 1,
          fmt: f ?? RP,
        },
      );
    }
  cols.push({
    key: "pj",
    head: ["Unit Perangkat Daerah Penanggung Jawab"],
    role: "penanggung-jawab",
    num: 22,
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    vmerge: ["sas"],
    rows: rows.map((x) => ({ id: x.id, cells: e80Cells(x, vals.get(x.id)!, plants[x.id]) })),
  });
  s.gap();
  s.lines([
    "Catatan: rasio capaian indikator negatif (makin kecil makin baik) dihitung (2 x target - realisasi) / target x 100%.",
  ]);
  s.gap();
  signature(s, 30, {
    tempat: "Wanasari, 5 Februari 2024",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN WANASARI"],
    nama: "Drs. Agus Priyanto Nugroho, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19680911 199303 1 007",
  });
  const S = t.sheet;
  b.plant({
    at: { sheet: S, cell: t.a("c3k", "k2") },
    rules: ["capaian-mismatch"],
    note: "rasio K 2021 (Tahun ke-3) of kendaraan diuji is target / realisasi (124.61); realisasi / target = 8,105 / 10,100 gives 80.25",
    truth: `ROUND(${t.a("r3k", "k2")}/${t.a("t3k", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("t4rp", "p1") },
    rules: ["sum-mismatch"],
    note: "program LLAJ target Rp 2022 (Tahun ke-4) is 8,675,000,000; its kegiatan add up to 8,175,000,000 (end-period and rasio follow the kegiatan)",
    truth: `${t.a("t4rp", "k1")}+${t.a("t4rp", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("akRp", "k3") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "end-period Rp of Administrasi Keuangan is 60,730,000,000; the five years add up to 60,640,000,000",
    truth: [1, 2, 3, 4, 5].map((y) => t.a(`t${y}rp`, "k3")).join("+"),
  });
  e80Clean(b, t, rows, new Set(["k2.c3k", "p1.akRp", "p1.c4rp", "k3.akRp", "p2.akRp", "p1.t4rp"]));
  parentSumsClean(
    b,
    t,
    rows,
    ["t1rp", "t2rp", "t3rp", "t5rp", "r1rp", "r2rp", "r3rp", "r4rp", "r5rp"],
    new Set(),
  );
  parentSumsClean(b, t, rows, ["t4rp"], new Set(["p1.t4rp"]));
  return b.finish();
}

/** E.80 variant B: Dinas Koperasi dan UKM Kota Tirtamulya, Renstra 2020-2024; columns grouped by
 * year (Tahun 2020 > Target / Realisasi / Rasio > K / Rp), calendar years in the header, a Kode
 * and a Satuan column, no number row, end-period target K only. */
export function e80B(): BookW {
  const b = new BookW(
    "e80-b-diskopukm-tirtamulya.xlsx",
    "E.80",
    "E.80 Renstra evaluation, Dinas Koperasi dan UKM Kota Tirtamulya 2020-2024 (grouped by year, no number row)",
  );
  const s = b.sheet("Evaluasi Renstra");
  letterhead(s, ["PEMERINTAH KOTA TIRTAMULYA", "DINAS KOPERASI DAN USAHA KECIL MENENGAH"]);
  s.lines(["EVALUASI HASIL PELAKSANAAN RENSTRA DINAS KOPERASI DAN UKM KOTA TIRTAMULYA TAHUN 2020-2024"]);
  s.gap();
  const rows: E80In[] = [
    {
      id: "p1",
      no: 1,
      kode: "2.17.07",
      nama: "Program Pemberdayaan dan Perlindungan Koperasi",
      ind: "Persentase koperasi aktif",
      sat: "%",
      jenis: "level",
      pj: "Bidang Koperasi",
      awal: 56.3,
      t: [58, 60, 62, 64, 66],
      r: [57.4, 59.1, 62.8, 64.5, 65.2],
    },
    {
      id: "k1",
      no: 2,
      kode: "2.17.07.2.01",
      nama: "Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah Kabupaten/Kota",
      ind: "Jumlah koperasi yang mendapatkan pembinaan",
      sat: "koperasi",
      jenis: "flow",
      parent: "p1",
      pj: "Bidang Koperasi",
      awal: 112,
      t: [120, 125, 130, 135, 140],
      r: [118, 127, 131, 135, 143],
      trp: [1_150_000_000, 1_210_000_000, 1_265_000_000, 1_320_000_000, 1_380_000_000],
      rrp: [1_098_450_000, 1_172_380_000, 1_241_650_000, 1_287_900_000, 1_352_115_000],
    },
    {
      id: "k2",
      no: 3,
      kode: "2.17.07.2.02",
      nama: "Pendidikan dan Latihan Perkoperasian bagi Koperasi yang Wilayah Keanggotaan dalam Daerah Kabupaten/Kota",
      ind: "Jumlah pengurus dan anggota koperasi yang dilatih",
      sat: "orang",
      jenis: "flow",
      parent: "p1",
      pj: "Bidang Koperasi",
      awal: 180,
      t: [200, 200, 225, 225, 250],
      r: [185, 204, 226, 231, 248],
      trp: [640_000_000, 655_000_000, 720_000_000, 735_000_000, 810_000_000],
      rrp: [598_720_000, 641_350_000, 704_180_000, 729_460_000, 793_825_000],
    },
    {
      id: "p2",
      no: 4,
      kode: "2.17.10",
      nama: "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
      ind: "Persentase usaha mikro yang naik kelas",
      sat: "%",
      jenis: "level",
      pj: "Bidang Usaha Mikro",
      awal: 1.6,
      t: [2, 2.5, 3, 3.5, 4],
      r: [1.84, 2.61, 3.05, 3.37, 4.12],
    },
    {
      id: "k3",
      no: 5,
      kode: "2.17.10.2.01",
      nama: "Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan",
      ind: "Jumlah usaha mikro yang difasilitasi",
      sat: "unit usaha",
      jenis: "flow",
      parent: "p2",
      pj: "Bidang Usaha Mikro",
      awal: 420,
      t: [450, 500, 550, 600, 650],
      r: [463, 488, 571, 612, 659],
      trp: [2_475_000_000, 2_650_000_000, 2_830_000_000, 3_010_000_000, 3_200_000_000],
      rrp: [2_391_840_000, 2_604_275_000, 2_768_910_000, 2_947_360_000, 3_118_495_000],
    },
    {
      id: "k4",
      no: 6,
      kode: "2.17.10.2.02",
      nama: "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil",
      ind: "Jumlah usaha mikro yang mendapatkan pendampingan",
      sat: "unit usaha",
      jenis: "flow",
      parent: "p2",
      pj: "Bidang Usaha Mikro",
      awal: 72,
      t: [80, 90, 100, 110, 120],
      r: [76, 92, 100, 114, 118],
      trp: [860_000_000, 945_000_000, 1_030_000_000, 1_120_000_000, 1_215_000_000],
      rrp: [812_460_000, 927_150_000, 1_011_380_000, 1_096_725_000, 1_187_940_000],
    },
  ];
  const vals = e80Values(rows);
  const p2 = vals.get("p2")!;
  const k1 = vals.get("k1")!;
  const plants: Record<string, Record<string, number>> = {
    p2: { r3rp: p2.rrp![2] - 72_000_000 },
    k1: { c4rp: round((k1.trp![3] / k1.rrp![3]) * 100) },
    p1: { c5k: 89.79 },
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "prog", head: ["Program / Kegiatan"], width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "awal", head: ["Kondisi Awal Kinerja"], role: "kondisi-awal" },
    { key: "akK", head: ["Target Kinerja pada Akhir Periode Renstra"], role: "target" },
  ];
  for (let y = 1; y <= 5; y++) {
    const year = 2019 + y;
    const g = `Tahun ${year}`;
    cols.push(
      { key: `t${y}k`, head: [g, "Target", "K"], role: "target", year },
      { key: `t${y}rp`, head: [g, "Target", "Rp"], role: "anggaran", year, fmt: RP },
      { key: `r${y}k`, head: [g, "Realisasi", "K"], role: "realisasi", year },
      { key: `r${y}rp`, head: [g, "Realisasi", "Rp"], role: "realisasi-anggaran", year, fmt: RP },
      { key: `c${y}k`, head: [g, "Rasio (%)", "K"], role: "capaian", year, fmt: DEC },
      { key: `c${y}rp`, head: [g, "Rasio (%)", "Rp"], role: "capaian", year, fmt: DEC },
    );
  }
  cols.push({ key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", width: 20 });
  const t = s.table({
    cols,
    headerRows: 3,
    rows: only(
      cols,
      rows.map((x) => ({ id: x.id, cells: e80Cells(x, vals.get(x.id)!, plants[x.id]) })),
    ),
  });
  s.gap();
  signature(s, 34, {
    tempat: "Tirtamulya, 10 Februari 2025",
    jabatan: ["KEPALA DINAS KOPERASI DAN USAHA KECIL MENENGAH", "KOTA TIRTAMULYA"],
    nama: "Hj. Endang Purwaningsih, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19730615 199903 2 004",
  });
  const S = t.sheet;
  b.plant({
    at: { sheet: S, cell: t.a("r3rp", "p2") },
    rules: ["sum-mismatch"],
    note: "program UMKM realisasi Rp 2022 is 3,708,290,000; its kegiatan add up to 3,780,290,000 (its rasio uses 3,780,290,000)",
    truth: `${t.a("r3rp", "k3")}+${t.a("r3rp", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("c4rp", "k1") },
    rules: ["capaian-mismatch"],
    note: "rasio Rp 2023 of pembinaan koperasi is pagu / realisasi (102.49); realisasi / pagu gives 97.57",
    truth: `ROUND(${t.a("r4rp", "k1")}/${t.a("t4rp", "k1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("c5k", "p1") },
    rules: ["capaian-mismatch"],
    note: "rasio K 2024 of koperasi aktif is 89.79; 65.20 / 66.00 gives 98.79",
    truth: `ROUND(${t.a("r5k", "p1")}/${t.a("t5k", "p1")}*100,2)`,
  });
  e80Clean(b, t, rows, new Set(["p2.c3rp", "k1.c4rp", "p1.c5k"]));
  parentSumsClean(
    b,
    t,
    rows,
    ["t1rp", "t2rp", "t3rp", "t4rp", "t5rp", "r1rp", "r2rp", "r4rp", "r5rp"],
    new Set(),
  );
  parentSumsClean(b, t, rows, ["r3rp"], new Set(["p2.r3rp"]));
  return b.finish();
}
