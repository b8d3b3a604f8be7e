// E.81 and T-C.27 of two BPKAD (Kabupaten Lembah Sirantih, Sumatera Barat; Kota Batu Pelangan,
// Sulawesi Tenggara). Every office, person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

/** A band that is not the right one (a planted predikat). */
const otherBand = (p: number): string => (predikat(p) === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi");

type E81Row = {
  id: string;
  kode: string;
  prog: string;
  ind: string;
  sat: string;
  flow: boolean;
  k5: number;
  k6: number;
  k7: number;
  qk: number[];
  /** Rp of a kegiatan (the program rows add their kegiatan) */
  r?: { r5: number; r6: number; r7: number; q: number[] };
  kids?: string[];
  pj: string;
};

/** E.81 s.d. Triwulan IV 2024, BPKAD Kabupaten Lembah Sirantih: no No column, (dalam ribuan rupiah). */
export function e81Bpkad(): BookW {
  const b = new BookW(
    "e81-bpkad-lembah-sirantih-332.xlsx",
    "E.81 evaluasi Renja (BPKAD)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026, no No column (numbers start at 2), (n-1)/(n-2) headers, K/Rp pairs, Satuan column, ribuan rupiah, footer rata-rata + predikat",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRANTIH",
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
    "Jl. Bagindo Aziz Chan No. 14, Nagari Sirantih",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBAH SIRANTIH",
    "Renja BPKAD Kabupaten Lembah Sirantih (Renstra 2021-2026)",
    "Periode Pelaksanaan: Triwulan I s.d. Triwulan IV Tahun 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: E81Row[] = [
    {
      id: "p1",
      kode: "5.02.02",
      prog: "PROGRAM PENGELOLAAN KEUANGAN DAERAH",
      ind: "Persentase serapan anggaran belanja daerah",
      sat: "%",
      flow: false,
      k5: 95,
      k6: 91.2,
      k7: 93,
      qk: [18.4, 41.7, 66.2, 92.6],
      kids: ["k1", "k2", "k3"],
      pj: "Sekretariat / Bidang Anggaran",
    },
    {
      id: "k1",
      kode: "5.02.02.2.01",
      prog: "Perencanaan, Penganggaran dan Evaluasi Kinerja Keuangan Daerah",
      ind: "Jumlah dokumen perencanaan dan penganggaran yang disusun",
      sat: "dokumen",
      flow: true,
      k5: 30,
      k6: 17,
      k7: 6,
      qk: [1, 2, 1, 2],
      r: { r5: 9850000, r6: 5702300, r7: 1975000, q: [312400, 486250, 505100, 611850] },
      pj: "Bidang Anggaran",
    },
    {
      id: "k2",
      kode: "5.02.02.2.02",
      prog: "Pengelolaan Perbendaharaan dan Kas Daerah",
      ind: "Jumlah SP2D yang diterbitkan",
      sat: "lembar",
      flow: true,
      k5: 42000,
      k6: 24815,
      k7: 8600,
      qk: [1702, 2118, 2236, 2497],
      r: { r5: 6420000, r6: 3688900, r7: 1310000, q: [248300, 301750, 322600, 402150] },
      pj: "Bidang Perbendaharaan",
    },
    {
      id: "k3",
      kode: "5.02.02.2.03",
      prog: "Pengelolaan Akuntansi dan Pelaporan Keuangan Daerah",
      ind: "Persentase SPJ yang diverifikasi tepat waktu",
      sat: "%",
      flow: false,
      k5: 98,
      k6: 90.5,
      k7: 94,
      qk: [88.1, 90.4, 92.7, 94.6],
      r: { r5: 4105000, r6: 2391700, r7: 842500, q: [151200, 208450, 219900, 246300] },
      pj: "Bidang Akuntansi",
    },
    {
      id: "p2",
      kode: "5.02.03",
      prog: "PROGRAM PENGELOLAAN BARANG MILIK DAERAH",
      ind: "Persentase bidang tanah milik daerah yang bersertifikat",
      sat: "%",
      flow: false,
      k5: 85,
      k6: 61.3,
      k7: 70,
      qk: [63, 65.8, 67.4, 71.2],
      kids: ["k4"],
      pj: "Bidang Aset",
    },
    {
      id: "k4",
      kode: "5.02.03.2.02",
      prog: "Pengamanan Barang Milik Daerah",
      ind: "Jumlah bidang tanah yang disertifikatkan",
      sat: "bidang",
      flow: true,
      k5: 600,
      k6: 342,
      k7: 120,
      qk: [18, 27, 35, 31],
      r: { r5: 7380000, r6: 4016800, r7: 1540000, q: [214700, 366900, 402350, 448600] },
      pj: "Bidang Aset",
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    group: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}k`, head: [...group, "K"], role: kr, year, num, fmt: DEC },
    { key: `${key}r`, head: [...group, "Rp"], role: rr, year, num, fmt: RP },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 2 },
    {
      key: "prog",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: 3,
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    ...pair(
      "c5",
      ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"],
      "5",
      "target",
      "anggaran",
    ),
    ...pair(
      "c6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "c7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `t${i}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "c12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024 (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 22 },
  ];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rpOf = (r: E81Row) => {
    if (r.r) return r.r;
    const ks = r.kids!.map((k) => byId.get(k)!.r!);
    return {
      r5: sum(ks.map((k) => k.r5)),
      r6: sum(ks.map((k) => k.r6)),
      r7: sum(ks.map((k) => k.r7)),
      q: [0, 1, 2, 3].map((i) => sum(ks.map((k) => k.q[i]))),
    };
  };
  // the typed 12 Rp of k2 has two digits swapped (1,274,800 -> 1,247,800)
  const typed12 = (r: E81Row) => (r.id === "k2" ? 1247800 : sum(rpOf(r).q));
  const c14k = (r: E81Row) => {
    const k12 = r.flow ? sum(r.qk) : r.qk[3];
    const k13 = r.flow ? r.k6 + k12 : k12;
    return round((k13 / r.k5) * 100, 2);
  };
  const c14r = (r: E81Row) => {
    const rp = rpOf(r);
    const r12 = r.kids ? sum(r.kids.map((k) => typed12(byId.get(k)!))) : typed12(r);
    return round(((rp.r6 + r12) / rp.r5) * 100, 2);
  };
  const avgK = round(sum(rows.map(c14k)) / rows.length, 2);
  const avgR = round(sum(rows.map(c14r)) / rows.length, 2);
  const body: Row[] = rows.map((r) => ({
    id: r.id,
    bold: !!r.kids,
    cells: (x) => {
      const rng = (key: string) =>
        r.kids!.length === 1
          ? fx(`=${x.a(key, r.kids![0])}`)
          : fx(`=SUM(${x.a(key, r.kids![0])}:${x.a(key, r.kids![r.kids!.length - 1])})`);
      const rp = (key: string, v: number) => (r.kids ? rng(key) : v);
      const o: Record<string, ReturnType<typeof rp> | string> = {
        kode: r.kode,
        prog: r.prog,
        ind: r.ind,
        sat: r.sat,
        c5k: r.k5,
        c6k: r.k6,
        c7k: r.k7,
        c12k: r.flow ? sum(r.qk) : r.qk[3],
        c13k: r.flow ? r.k6 + sum(r.qk) : r.qk[3],
        c13r: fx(`=${x.a("c6r")}+${x.a("c12r")}`),
        c14k: fx(`=ROUND(${x.a("c13k")}/${x.a("c5k")}*100,2)`),
        c14r: fx(`=ROUND(${x.a("c13r")}/${x.a("c5r")}*100,2)`),
        pj: r.pj,
      };
      const v = r.r;
      o.c5r = rp("c5r", v?.r5 ?? 0);
      o.c6r = rp("c6r", v?.r6 ?? 0);
      o.c7r = rp("c7r", v?.r7 ?? 0);
      Q.forEach((_, i) => {
        o[`t${i}k`] = r.qk[i];
        o[`t${i}r`] = rp(`t${i}r`, v?.q[i] ?? 0);
      });
      o.c12r = rp("c12r", typed12(r));
      return o;
    },
  }));
  body.push(
    {
      id: "avg",
      span: ["kode", "sat"],
      cells: (x) => ({
        kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        c14k: fx(`=ROUND(AVERAGE(${x.a("c14k", "p1")}:${x.a("c14k", "k4")}),2)`),
        c14r: fx(`=ROUND(AVERAGE(${x.a("c14r", "p1")}:${x.a("c14r", "k4")}),2)`),
      }),
    },
    {
      id: "pred",
      span: ["kode", "sat"],
      cells: { kode: "Predikat kinerja", c14k: otherBand(avgK), c14r: predikat(avgR) },
    },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Faktor pendorong: rekonsiliasi kas harian dengan bank RKUD; penerapan SIPD-RI penatausahaan.",
    "Faktor penghambat: keterlambatan SPJ fungsional dari perangkat daerah.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Lembah Sirantih, 17 Januari 2025",
    jabatan: ["KEPALA BADAN PENGELOLAAN KEUANGAN", "DAN ASET DAERAH,"],
    nama: "Drs. AFRIZAL DATUAK RAJO PANGHULU, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720314 199803 1 006",
  });
  const qs = (id: string) => Q.map((_, i) => t.a(`t${i}r`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: t.a("c12r", "k2") },
    rules: ["sum-mismatch"],
    truth: qs("k2"),
    note: "12 Rp of Pengelolaan Perbendaharaan is a typed 1,247,800 but Triwulan I-IV add up to 1,274,800 (two digits swapped)",
  });
  b.plant({
    at: { sheet: S, cell: t.a("c14k", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("c14k", "avg")})`,
    note: `Predikat of the rata-rata capaian kinerja ${avgK} is ${predikat(avgK)} (> 75 up to 90), typed ${otherBand(avgK)}`,
  });
  // traps: levels keep their last quarter, their s.d. is the latest level
  for (const id of ["p1", "k3"]) {
    const qk = Q.map((_, i) => t.a(`t${i}k`, id)).join("+");
    b.ok({ sheet: S, cell: t.a("c12k", id), rules: ["sum-mismatch"], truth: t.a("t3k", id), trap: qk });
    b.ok({
      sheet: S,
      cell: t.a("c13k", id),
      rules: ["sum-mismatch"],
      truth: t.a("c12k", id),
      trap: `${t.a("c6k", id)}+${t.a("c12k", id)}`,
    });
  }
  for (const id of ["k1", "k4"]) {
    b.ok({
      sheet: S,
      cell: t.a("c12k", id),
      rules: ["sum-mismatch"],
      truth: Q.map((_, i) => t.a(`t${i}k`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: t.a("c13k", id),
      rules: ["sum-mismatch"],
      truth: `${t.a("c6k", id)}+${t.a("c12k", id)}`,
    });
  }
  for (const id of ["k1", "k3", "k4"])
    b.ok({ sheet: S, cell: t.a("c12r", id), rules: ["sum-mismatch"], truth: qs(id) });
  for (const id of ["p1", "p2", "k1", "k3", "k4"])
    b.ok({
      sheet: S,
      cell: t.a("c14k", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${t.a("c13k", id)}/${t.a("c5k", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: t.a("c5r", "p1"),
    rules: ["sum-mismatch"],
    truth: `${t.a("c5r", "k1")}+${t.a("c5r", "k2")}+${t.a("c5r", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c13r", "k4"),
    rules: ["sum-mismatch"],
    truth: `${t.a("c6r", "k4")}+${t.a("c12r", "k4")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c14r", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("c14r", "avg")})`,
  });
  return b.finish();
}

type TcRow = {
  id: string;
  sas: string;
  kode: string;
  prog: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  tk: number[];
  rp?: number[];
  kids?: string[];
  akhir?: number;
  unit: string;
};

/** T-C.27 Renstra 2025-2029 BPKAD Kota Batu Pelangan: Tahun ke-1..5, unmerged groups, (1).. number row. */
export function tc27Bpkad(): BookW {
  const b = new BookW(
    "tc27-bpkad-batu-pelangan-332.xlsx",
    "T-C.27 Renstra (BPKAD)",
    "T-C.27 Renstra 2025-2029, Tahun ke-1..5 > Target / Rp (group headers written once), (1)..(21) number row, merged Tujuan and Sasaran, (dalam ribuan rupiah), JUMLAH row, Lokasi",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Badan Keuangan dan Aset Daerah Kota Batu Pelangan",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya pendapatan asli daerah";
  const SAS2 = "Meningkatnya kualitas pengelolaan aset daerah";
  const rows: TcRow[] = [
    {
      id: "p1",
      sas: SAS1,
      kode: "5.02.04",
      prog: "Program Pengelolaan Pendapatan Daerah",
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      flow: false,
      awal: 18.2,
      tk: [19, 19.8, 20.5, 21.3, 22],
      kids: ["k11", "k12"],
      unit: "Bidang Pendapatan",
    },
    {
      id: "k11",
      sas: SAS1,
      kode: "5.02.04.2.01",
      prog: "Perencanaan Pengelolaan Retribusi Daerah",
      ind: "Jumlah dokumen kajian potensi pendapatan daerah",
      sat: "dokumen",
      flow: true,
      awal: 2,
      tk: [2, 2, 3, 2, 2],
      rp: [850000, 920000, 975500, 1010000, 1064250],
      unit: "Bidang Pendapatan",
    },
    {
      id: "k12",
      sas: SAS1,
      kode: "5.02.04.2.02",
      prog: "Analisa dan Pengembangan Retribusi Daerah",
      ind: "Persentase realisasi PAD terhadap target",
      sat: "%",
      flow: false,
      awal: 95.4,
      tk: [96, 97, 97.5, 98, 98.5],
      rp: [2415300, 2580000, 2712800, 2855400, 2990000],
      unit: "Bidang Pendapatan",
    },
    {
      id: "p2",
      sas: SAS2,
      kode: "5.02.03",
      prog: "Program Pengelolaan Barang Milik Daerah",
      ind: "Persentase aset tetap yang tercatat akurat dalam KIB",
      sat: "%",
      flow: false,
      awal: 79.5,
      tk: [82, 84.5, 86, 88, 90],
      kids: ["k21", "k22"],
      akhir: 88,
      unit: "Bidang Aset",
    },
    {
      id: "k21",
      sas: SAS2,
      kode: "5.02.03.2.01",
      prog: "Pengelolaan Barang Milik Daerah",
      ind: "Jumlah laporan inventarisasi BMD",
      sat: "laporan",
      flow: true,
      awal: 4,
      tk: [4, 4, 4, 4, 4],
      rp: [610000, 645500, 690000, 720750, 765000],
      unit: "Bidang Aset",
    },
    {
      id: "k22",
      sas: SAS2,
      kode: "5.02.03.2.02",
      prog: "Pengamanan Barang Milik Daerah",
      ind: "Jumlah bidang tanah pemda yang disertifikatkan",
      sat: "bidang",
      flow: true,
      awal: 35,
      tk: [40, 45, 50, 55, 60],
      rp: [1850000, 2045000, 2230600, 2410000, 2585300],
      unit: "Bidang Aset",
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  let n = 0;
  const num = () => `(${++n})`;
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: num(), width: 24 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: num(), width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: num() },
    { key: "prog", head: ["Program dan Kegiatan"], num: num(), width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: num(),
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num() },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: num(),
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: num(),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: num(),
        fmt: RP,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: num(),
      fmt: DEC,
    },
    { key: "ar", head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"], num: num(), fmt: RP },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: num() },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: num() },
  ];
  const body: Row[] = rows.map((r) => ({
    id: r.id,
    bold: !!r.kids,
    cells: (x) => {
      const o: Record<string, ReturnType<typeof fx> | string | number> = {
        tuj: "Meningkatnya kemandirian dan akuntabilitas keuangan daerah",
        sas: r.sas,
        kode: r.kode,
        prog: r.prog,
        ind: r.ind,
        sat: r.sat,
        awal: r.awal,
        ak: r.akhir ?? (r.flow ? sum(r.tk) : r.tk[4]),
        ar: fx(`=${Y.map((y) => x.a(`r${y}`)).join("+")}`),
        unit: r.unit,
        lok: "Kota Batu Pelangan",
      };
      Y.forEach((y, i) => {
        o[`k${y}`] = r.tk[i];
        o[`r${y}`] = r.kids ? fx(`=${r.kids.map((k) => x.a(`r${y}`, k)).join("+")}`) : r.rp![i];
      });
      return o;
    },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["kode", "sat"],
    cells: (x) => {
      const o: Record<string, ReturnType<typeof fx> | string> = { kode: "JUMLAH" };
      for (const y of Y)
        o[`r${y}`] = fx(y === 4 ? `=${x.a("r4", "p1")}` : `=${x.a(`r${y}`, "p1")}+${x.a(`r${y}`, "p2")}`);
      o.ar = fx(`=${x.a("ar", "p1")}+${x.a("ar", "p2")}`);
      return o;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: body,
    vmerge: ["tuj", "sas"],
  });
  s.gap();
  signature(s, 18, {
    tempat: "Batu Pelangan, 3 Maret 2025",
    jabatan: ["Kepala Badan Keuangan dan Aset Daerah"],
    nama: "Hj. WA ODE SITTI RAHMAWATI, S.E., M.M.",
    nip: "19760822 200112 2 004",
  });
  b.plant({
    at: { sheet: S, cell: t.a("ak", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("k5", "p2"),
    note: "Kondisi akhir of a level (persentase aset tercatat) is 88, the Tahun ke-4 target; the last target (Tahun ke-5) is 90",
  });
  b.plant({
    at: { sheet: S, cell: t.a("r4", "jml") },
    rules: ["sum-mismatch"],
    truth: `${t.a("r4", "p1")}+${t.a("r4", "p2")}`,
    note: "JUMLAH Tahun ke-4 Rp is =program 5.02.04 only; it misses Program Pengelolaan BMD",
  });
  const ks = (id: string) => Y.map((y) => t.a(`k${y}`, id)).join("+");
  for (const id of ["p1", "k12"])
    b.ok({
      sheet: S,
      cell: t.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t.a("k5", id),
      trap: ks(id),
    });
  for (const id of ["k11", "k21", "k22"])
    b.ok({ sheet: S, cell: t.a("ak", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of ["p1", "k11", "k22"])
    b.ok({
      sheet: S,
      cell: t.a("ar", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => t.a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: t.a(`r${y}`, "jml"),
      rules: ["sum-mismatch"],
      truth: `${t.a(`r${y}`, "p1")}+${t.a(`r${y}`, "p2")}`,
    });
  b.ok({
    sheet: S,
    cell: t.a("r2", "p2"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r2", "k21")}+${t.a("r2", "k22")}`,
  });
  return b.finish();
}
