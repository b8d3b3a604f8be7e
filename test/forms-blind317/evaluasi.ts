// E.81, T-C.27 and LKjIP of two invented Bappeda: Kabupaten Lembah Sirandah (Sumatera Barat) and
// Kota Batu Pinang (Kalimantan Timur). Indikator makro RPJMD, evaluasi RPJMD per tahun. All invented.
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
  sum,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type KR = [number, number];
type ER = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  lvl: boolean;
  t5: KR;
  r6: KR;
  t7: KR;
  q: KR[];
};

/** E.81 Bappeda Lembah Sirandah s.d. TW IV 2024: no No column, (n-1)/(n-2) headers, footer. */
export function e81Bappeda(): BookW {
  const b = new BookW(
    "e81-bappeda-lembah-sirandah-2024-317.xlsx",
    "E.81 evaluasi Renja (Bappeda)",
    "E.81 s.d. TW IV 2024, Kode first (no No), (n-1)/(n-2) ordinal headers, K/Rp pairs, number row merged over pairs, rata-rata + predikat footer",
  );
  const S = "Evaluasi Renja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRANDAH",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
    "Jl. Sutan Syahrir No. 14 Koto Baru Sirandah",
  ]);
  s.lines(["EVALUASI TERHADAP HASIL RENJA BAPPEDA KABUPATEN LEMBAH SIRANDAH", "s.d. Triwulan IV Tahun 2024"]);
  s.gap();
  const subA: ER = {
    id: "sa",
    kode: "5.01.02.2.01.0001",
    ur: "Penyusunan Dokumen Evaluasi RPJMD",
    ind: "Jumlah dokumen evaluasi RPJMD",
    sat: "dokumen",
    lvl: false,
    t5: [5, 1250000000],
    r6: [3, 702500000],
    t7: [1, 260000000],
    q: [
      [0, 31200000],
      [0, 58400000],
      [0, 72900000],
      [1, 89750000],
    ],
  };
  const subB: ER = {
    id: "sb",
    kode: "5.01.02.2.01.0002",
    ur: "Analisis Indikator Makro Pembangunan Daerah",
    ind: "Jumlah laporan analisis indikator makro (PE, PDRB per kapita, IPM, kemiskinan, TPT, gini)",
    sat: "laporan",
    lvl: false,
    t5: [20, 2400000000],
    r6: [12, 1388600000],
    t7: [4, 495000000],
    q: [
      [1, 102400000],
      [1, 118650000],
      [1, 124300000],
      [1, 137900000],
    ],
  };
  const rp = (f: (e: ER) => number) => f(subA) + f(subB);
  const keg: ER = {
    id: "kg",
    kode: "5.01.02.2.01",
    ur: "Penyusunan Perencanaan dan Pendanaan",
    ind: "Jumlah dokumen perencanaan dan evaluasi yang disusun",
    sat: "dokumen",
    lvl: false,
    t5: [25, rp((e) => e.t5[1])],
    r6: [15, rp((e) => e.r6[1])],
    t7: [5, rp((e) => e.t7[1])],
    q: [0, 1, 2, 3].map((i) => [[1, 1, 1, 2][i], rp((e) => e.q[i][1])] as KR),
  };
  const prog: ER = {
    ...keg,
    id: "pg",
    kode: "5.01.02",
    ur: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
    ind: "Persentase indikator makro RPJMD yang mencapai target",
    sat: "%",
    lvl: true,
    t5: [85, keg.t5[1]],
    r6: [66.67, keg.r6[1]],
    t7: [83.33, keg.t7[1]],
    q: keg.q.map((x, i) => [[50, 66.67, 66.67, 83.33][i], x[1]] as KR),
  };
  const derive = (e: ER) => {
    const k12 = e.lvl ? e.q[3][0] : sum(e.q.map((x) => x[0]));
    const r12 = sum(e.q.map((x) => x[1]));
    const k13 = e.lvl ? k12 : e.r6[0] + k12;
    const r13 = e.r6[1] + r12;
    return { k12, r12, k13, r13, c14k: round((k13 / e.t5[0]) * 100), c14r: round((r13 / e.t5[1]) * 100) };
  };
  const PLANT_R12 = 438250000;
  const P = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "t5k",
      head: ["Target Renstra Bappeda pada Akhir Periode Renstra (2026)", "K"],
      role: "target",
      num: 5,
      fmt: DEC,
    },
    {
      key: "t5r",
      head: ["Target Renstra Bappeda pada Akhir Periode Renstra (2026)", "Rp"],
      role: "anggaran",
      num: 5,
      fmt: RP,
    },
    {
      key: "r6k",
      head: ["Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (n-2)", "K"],
      role: "realisasi",
      year: 2023,
      num: 6,
      fmt: DEC,
    },
    {
      key: "r6r",
      head: ["Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (n-2)", "Rp"],
      role: "realisasi-anggaran",
      year: 2023,
      num: 6,
      fmt: RP,
    },
    {
      key: "t7k",
      head: ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi", "K"],
      role: "target",
      year: 2024,
      num: 7,
      fmt: DEC,
    },
    {
      key: "t7r",
      head: ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi", "Rp"],
      role: "anggaran",
      year: 2024,
      num: 7,
      fmt: RP,
    },
    ...["I", "II", "III", "IV"].flatMap((tw, i): Col[] => [
      { key: `q${i}k`, head: [P, tw, "K"], role: "realisasi", year: 2024, num: 8 + i, fmt: DEC },
      { key: `q${i}r`, head: [P, tw, "Rp"], role: "realisasi-anggaran", year: 2024, num: 8 + i, fmt: RP },
    ]),
    {
      key: "k12",
      head: ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi", "K"],
      role: "realisasi",
      year: 2024,
      num: 12,
      fmt: DEC,
    },
    {
      key: "r12",
      head: ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 12,
      fmt: RP,
    },
    {
      key: "k13",
      head: ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun n-1", "K"],
      role: "realisasi",
      year: 2024,
      num: 13,
      fmt: DEC,
    },
    {
      key: "r13",
      head: ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun n-1", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 13,
      fmt: RP,
    },
    {
      key: "c14k",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)", "K"],
      role: "capaian",
      num: 14,
      fmt: DEC,
    },
    {
      key: "c14r",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)", "Rp"],
      role: "capaian",
      num: 14,
      fmt: DEC,
    },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 20 },
  ];
  const body = (e: ER): Row => {
    const d = derive(e);
    const cells: Record<string, number | string> = {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      t5k: e.t5[0],
      t5r: e.t5[1],
      r6k: e.r6[0],
      r6r: e.r6[1],
      t7k: e.t7[0],
      t7r: e.t7[1],
      k12: d.k12,
      r12: e.id === "sb" ? PLANT_R12 : d.r12,
      k13: d.k13,
      r13: d.r13,
      c14k: d.c14k,
      c14r: d.c14r,
      pj: "Bidang Perencanaan, Pengendalian dan Evaluasi",
    };
    e.q.forEach((x, i) => {
      cells[`q${i}k`] = x[0];
      cells[`q${i}r`] = x[1];
    });
    return { id: e.id, cells };
  };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      body(prog),
      body(keg),
      body(subA),
      body(subB),
      {
        id: "avg",
        span: ["kode", "r13"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          c14k: fx(`ROUND(AVERAGE(${x.a("c14k", "pg")}:${x.a("c14k", "sb")}),2)`),
          c14r: fx(`ROUND(AVERAGE(${x.a("c14r", "pg")}:${x.a("c14r", "sb")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "r13"],
        cells: () => {
          const avgK = round(
            (derive(prog).c14k + derive(keg).c14k + derive(subA).c14k + derive(subB).c14k) / 4,
          );
          const avgR = round(
            (derive(prog).c14r + derive(keg).c14r + derive(subA).c14r + derive(subB).c14r) / 4,
          );
          return {
            kode: "Predikat kinerja",
            c14k: predikat(avgK) === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi",
            c14r: predikat(avgR),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan data BPS Kabupaten tepat waktu.",
    "Faktor penghambat: rilis angka kemiskinan dan gini ratio terlambat.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Koto Baru Sirandah, 17 Januari 2025",
    jabatan: ["KEPALA BAPPEDA"],
    nama: "Ir. HENDRA SYAFRIZAL, M.Si",
    nip: "19720418 199803 1 006",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (k: string, id: string) => [0, 1, 2, 3].map((i) => a(`q${i}${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "sb") },
    rules: ["sum-mismatch"],
    truth: qs("r", "sb"),
    note: "(12) Rp typed 438,250,000 (digits swapped); the quarters add up to 483,250,000",
  });
  b.plant({
    at: { sheet: S, cell: a("c14k", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14k", "avg")})`,
    note: "Sangat Tinggi for an average K capaian of 84.51 (Tinggi)",
  });
  b.ok({
    sheet: S,
    cell: a("k12", "pg"),
    rules: ["sum-mismatch"],
    truth: a("q3k", "pg"),
    trap: qs("k", "pg"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "pg"),
    rules: ["sum-mismatch"],
    truth: a("k12", "pg"),
    trap: `${a("r6k", "pg")}+${a("k12", "pg")}`,
  });
  b.ok({ sheet: S, cell: a("r12", "pg"), rules: ["sum-mismatch"], truth: qs("r", "pg") });
  b.ok({
    sheet: S,
    cell: a("c14r", "pg"),
    rules: ["capaian-mismatch"],
    truth: `${a("r13", "pg")}/${a("t5r", "pg")}*100`,
  });
  b.ok({ sheet: S, cell: a("k12", "kg"), rules: ["sum-mismatch"], truth: qs("k", "kg") });
  b.ok({
    sheet: S,
    cell: a("k13", "kg"),
    rules: ["sum-mismatch"],
    truth: `${a("r6k", "kg")}+${a("k12", "kg")}`,
  });
  b.ok({ sheet: S, cell: a("r12", "sa"), rules: ["sum-mismatch"], truth: qs("r", "sa") });
  b.ok({
    sheet: S,
    cell: a("r13", "sa"),
    rules: ["sum-mismatch"],
    truth: `${a("r6r", "sa")}+${a("r12", "sa")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c14k", "sa"),
    rules: ["capaian-mismatch"],
    truth: `${a("k13", "sa")}/${a("t5k", "sa")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("c14r", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14r", "avg")})`,
  });
  return b;
}

type TR = {
  id: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  flow: boolean;
  rp?: number[];
};

/** T-C.27 Bappeda Kota Batu Pinang 2025-2029: Tahun ke-1..5, (dalam ribuan rupiah), unmerged groups. */
export function tc27Bappeda(): BookW {
  const b = new BookW(
    "tc27-renstra-bappeda-batu-pinang-2025-2029-317.xlsx",
    "T-C.27 Renstra (Bappeda)",
    "T-C.27 Renstra 2025-2029, Sasaran merged over all rows, Tahun ke-1..5 > Target / Rp (groups written once), (dalam ribuan rupiah), SUM formulas for kegiatan and program Rp, a second indicator without code",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Bappeda Kota Batu Pinang Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: TR[] = [
    {
      id: "s1",
      kode: "5.01.02.2.01.0001",
      ur: "Analisis Data dan Informasi Perencanaan Pembangunan Daerah",
      ind: "Jumlah laporan analisis indikator makro RPJMD (PE, PDRB per kapita, IPM, kemiskinan, TPT, gini)",
      sat: "laporan",
      awal: 2,
      t: [2, 2, 2, 2, 2],
      flow: true,
      rp: [312500, 328100, 344500, 361700, 379800],
    },
    {
      id: "s2",
      kode: "5.01.02.2.01.0002",
      ur: "Penyusunan Dokumen Perencanaan Pembangunan Daerah",
      ind: "Jumlah dokumen RKPD dan perubahan RKPD",
      sat: "dokumen",
      awal: 2,
      t: [1, 1, 1, 1, 2],
      flow: true,
      rp: [845000, 887250, 931600, 978200, 1027100],
    },
    {
      id: "s3",
      kode: "5.01.02.2.02.0001",
      ur: "Evaluasi Pelaksanaan RPJMD",
      ind: "Jumlah laporan evaluasi RPJMD per tahun",
      sat: "laporan",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      flow: true,
      rp: [415000, 436000, 457800, 480700, 504700],
    },
    {
      id: "s3b",
      ind: "Indeks kepuasan pengguna hasil evaluasi RPJMD",
      sat: "indeks",
      awal: 3.05,
      t: [3.1, 3.2, 3.3, 3.4, 3.5],
      flow: false,
    },
    {
      id: "s4",
      kode: "5.01.02.2.02.0002",
      ur: "Pengendalian dan Evaluasi Pelaksanaan RKPD",
      ind: "Jumlah laporan pengendalian dan evaluasi RKPD",
      sat: "laporan",
      awal: 4,
      t: [4, 4, 4, 4, 4],
      flow: true,
      rp: [268400, 281800, 295900, 310700, 326200],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const K = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 1, width: 26 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 3, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 6,
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 6 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akt", head: [K, "Target"], role: "kondisi-akhir", num: 17, fmt: DEC },
    { key: "akr", head: [K, "Rp"], role: "kondisi-akhir", num: 18, fmt: RP },
    { key: "unit", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 19, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 20 },
  ];
  const SAS = "Meningkatnya kualitas perencanaan, pengendalian dan evaluasi pembangunan daerah";
  const row = (
    id: string,
    kode: string,
    ur: string,
    ind: string,
    sat: string,
    awal: number,
    t: number[],
    flow: boolean,
    rp: (x: Ctx, y: number) => Cell,
    akOverride?: number,
  ): Row => ({
    id,
    cells: (x) => {
      const c: Record<string, Cell> = {
        sas: SAS,
        kode: kode || undefined,
        ur: ur || undefined,
        ind,
        sat,
        awal,
        unit: "Bidang PPEPD",
        lok: "Kota Batu Pinang",
      };
      Y.forEach((y) => {
        c[`t${y}`] = t[y - 1];
        c[`r${y}`] = rp(x, y);
      });
      c.akt = akOverride ?? (flow ? sum(t) : t[4]);
      if (rp(x, 1) !== undefined) c.akr = fx(`SUM(${Y.map((y) => x.a(`r${y}`)).join(",")})`);
      return c;
    },
  });
  const KEG3 = 1267100;
  const sub = (e: TR, ak?: number) =>
    row(e.id, e.kode ?? "", e.ur ?? "", e.ind, e.sat, e.awal, e.t, e.flow, (_x, y) => e.rp?.[y - 1], ak);
  const rows: Row[] = [
    row(
      "pg",
      "5.01.02",
      "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
      "Persentase indikator makro RPJMD yang mencapai target",
      "%",
      66.67,
      [70, 75, 80, 85, 90],
      false,
      (x, y) => fx(`${x.a(`r${y}`, "k1")}+${x.a(`r${y}`, "k2")}`),
    ),
    row(
      "k1",
      "5.01.02.2.01",
      "Penyusunan Perencanaan dan Pendanaan",
      "Jumlah dokumen perencanaan makro yang disusun",
      "dokumen",
      4,
      [3, 3, 3, 3, 4],
      true,
      (x, y) => (y === 3 ? KEG3 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s2")})`)),
    ),
    sub(subs[0], 2),
    sub(subs[1]),
    row(
      "k2",
      "5.01.02.2.02",
      "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah",
      "Persentase rekomendasi hasil evaluasi RPJMD yang ditindaklanjuti",
      "%",
      55,
      [60, 65, 70, 75, 80],
      false,
      (x, y) => fx(`SUM(${x.a(`r${y}`, "s3")}:${x.a(`r${y}`, "s4")})`),
    ),
    sub(subs[2]),
    sub(subs[3]),
    sub(subs[4]),
  ];
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", groups: "first", rows, vmerge: ["sas"] });
  s.gap();
  signature(s, 14, {
    tempat: "Batu Pinang, 3 Maret 2025",
    jabatan: ["Kepala Bappeda Kota Batu Pinang"],
    nama: "Dra. RATNA KUSUMAWARDHANI, M.M.",
    nip: "19750911 200003 2 004",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  const ts = (id: string) => Y.map((y) => a(`t${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akt", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    truth: ts("s1"),
    note: "kondisi akhir of a flow (laporan per year) typed 2 = last target; the five years add up to 10",
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
    note: "kegiatan Tahun ke-3 Rp typed 1,267,100 in a row of SUM formulas; its sub kegiatan give 1,276,100",
  });
  b.ok({
    sheet: S,
    cell: a("akt", "pg"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t5", "pg"),
    trap: ts("pg"),
  });
  b.ok({
    sheet: S,
    cell: a("akt", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t5", "k2"),
    trap: ts("k2"),
  });
  b.ok({
    sheet: S,
    cell: a("akt", "s3b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t5", "s3b"),
    trap: ts("s3b"),
  });
  b.ok({
    sheet: S,
    cell: a("akt", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ts("s2"),
    trap: a("t5", "s2"),
  });
  b.ok({
    sheet: S,
    cell: a("akr", "s4"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: Y.map((y) => a(`r${y}`, "s4")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("r2", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("r2", "s3")}+${a("r2", "s4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r1", "pg"),
    rules: ["sum-mismatch"],
    truth: `${a("r1", "k1")}+${a("r1", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r5", "k1"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy", "duplicate-code"],
    truth: `"5.01.02.2.02.0001"`,
  });
  return b;
}

/** LKjIP 2024 Bappeda Lembah Sirandah: indikator makro, refleksi on negatives, predikat words. */
export function lkjipMakro(): BookW {
  const b = new BookW(
    "lkjip-2024-indikator-makro-lembah-sirandah-317.xlsx",
    "LKjIP capaian (Bappeda, indikator makro)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran (merged) | Indikator | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) ROUND formulas, refleksi on negatives | Predikat words | Target akhir RPJMD 2026; rata-rata footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Makro RPJMD Kabupaten Lembah Sirandah Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya pertumbuhan ekonomi yang inklusif";
  const S2 = "Meningkatnya kualitas SDM dan kesejahteraan masyarakat";
  const I = [
    { id: "pe", no: 1, sas: S1, ind: "Pertumbuhan ekonomi", sat: "%", neg: false, t: 5.2, r: 4.62, ak: 5.6 },
    {
      id: "pdrb",
      no: 2,
      sas: S1,
      ind: "PDRB per kapita ADHB",
      sat: "juta Rp",
      neg: false,
      t: 48.6,
      r: 49.12,
      ak: 53.4,
    },
    { id: "gini", no: 3, sas: S1, ind: "Gini ratio", sat: "indeks", neg: true, t: 0.335, r: 0.342, ak: 0.32 },
    {
      id: "ipm",
      no: 4,
      sas: S2,
      ind: "Indeks Pembangunan Manusia",
      sat: "indeks",
      neg: false,
      t: 72.45,
      r: 72.31,
      ak: 73.6,
    },
    {
      id: "mis",
      no: 5,
      sas: S2,
      ind: "Persentase penduduk miskin",
      sat: "%",
      neg: true,
      t: 6.85,
      r: 7.02,
      ak: 6.1,
    },
    {
      id: "tpt",
      no: 6,
      sas: S2,
      ind: "Tingkat pengangguran terbuka (TPT)",
      sat: "%",
      neg: true,
      t: 4.1,
      r: 4.62,
      ak: 3.8,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(5)", fmt: DEC },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(7)", fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", num: "(8)" },
    { key: "ak", head: ["Target Akhir RPJMD (2026)"], role: "target", num: "(9)", fmt: DEC },
  ];
  const capF = (neg: boolean, T: string, R: string) =>
    neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
  const cap = (neg: boolean, T: number, R: number) => round(neg ? ((2 * T - R) / T) * 100 : (R / T) * 100);
  const word = (p: number) =>
    p > 90 ? "Sangat Baik" : p > 75 ? "Baik" : p > 65 ? "Cukup" : p > 50 ? "Kurang" : "Sangat Kurang";
  const rows: Row[] = I.map((i) => ({
    id: i.id,
    cells: (x) => {
      const f = fx(capF(i.id === "tpt" ? false : i.neg, x.a("t"), x.a("r")));
      const shown = i.id === "tpt" ? cap(false, i.t, i.r) : cap(i.neg, i.t, i.r);
      const g = i.id === "gini";
      return {
        no: i.no,
        sas: i.sas,
        ind: i.ind,
        sat: i.sat,
        t: g ? fmt(i.t, "0.000") : i.t,
        r: g ? fmt(i.r, "0.000") : i.r,
        c: f,
        p: i.id === "pe" ? "Sangat Baik" : word(shown),
        ak: g ? fmt(i.ak, "0.000") : i.ak,
      };
    },
  }));
  rows.push({
    id: "avg",
    span: ["no", "r"],
    cells: (x) => ({
      no: "Rata-rata capaian",
      c: fx(`ROUND(AVERAGE(${x.a("c", "pe")}:${x.a("c", "tpt")}),2)`),
      p: "Sangat Baik",
    }),
  });
  const t = s.table({ cols, headerRows: 1, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: capaian indikator negatif (gini ratio, penduduk miskin, TPT) = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `(2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100`;
  const rt = (id: string) => `${a("r", id)}/${a("t", id)}*100`;
  b.plant({
    at: { sheet: S, cell: a("c", "tpt") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("tpt"),
    note: "TPT (negative) computed R/T = 112.68; refleksi gives 87.32",
  });
  b.plant({
    at: { sheet: S, cell: a("p", "pe") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "pe")})`,
    note: "Sangat Baik for a capaian of 88.85 (Baik)",
  });
  b.ok({
    sheet: S,
    cell: a("c", "mis"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("mis"),
    trap: rt("mis"),
  });
  b.ok({
    sheet: S,
    cell: a("c", "gini"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("gini"),
    trap: rt("gini"),
  });
  b.ok({ sheet: S, cell: a("c", "ipm"), rules: ["capaian-mismatch"], truth: rt("ipm") });
  b.ok({ sheet: S, cell: a("c", "pe"), rules: ["capaian-mismatch"], truth: rt("pe") });
  b.ok({
    sheet: S,
    cell: a("p", "pdrb"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "pdrb")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "mis"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "mis")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "ipm"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "ipm")})`,
  });
  return b;
}
