// The Renja evaluation (E.81) of the BKPSDM of Kabupaten Lembah Sirandah (Sumatera Barat) and the Renstra
// funding table (T-C.27) of the BKPSDM of Kota Selat Duyung (Kepulauan Riau): layanan pensiun dan kenaikan
// pangkat, pelanggaran disiplin, pengembangan kompetensi, indeks sistem merit. Every name and number is invented.
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

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  t5: [number, number];
  r6: [number, number];
  t7: [number, number];
  qk: number[];
  qr: number[];
};

/** E.81 BKPSDM Kabupaten Lembah Sirandah, s.d. Triwulan IV 2024 (Renstra 2021-2026), no No column. */
export function e81Bkpsdm(): BookW {
  const b = new BookW(
    "e81-bkpsdm-lembah-sirandah-316.xlsx",
    "E.81 Evaluasi Renja (BKPSDM)",
    "E.81 s.d. Triwulan IV 2024 with (n-2)/(n-1) ordinal headers, Kode as the first column (no No), K/Rp pairs under merged groups, number row merged over pairs, capaian (14) as ROUND formulas, rata-rata and predikat footer",
  );
  const S = "Evaluasi Renja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRANDAH",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "Jl. Bundo Kanduang No. 14, Nagari Sirandah Gadang",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BKPSDM KABUPATEN LEMBAH SIRANDAH",
    "Renstra PD 2021-2026, Renja Tahun 2024 (dievaluasi s.d. Triwulan IV Tahun 2024)",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "5.03.02.2.01.0004",
    ur: "Layanan Pensiun dan Pemberhentian ASN",
    ind: "Jumlah ASN yang menerima SK pensiun tepat waktu",
    sat: "orang",
    level: false,
    t5: [1450, 1286400000],
    r6: [702, 598750000],
    t7: [245, 214500000],
    qk: [52, 61, 58, 66],
    qr: [38250000, 52400000, 49875000, 61320000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "5.03.02.2.01.0005",
    ur: "Layanan Kenaikan Pangkat ASN",
    ind: "Jumlah ASN yang memperoleh SK kenaikan pangkat",
    sat: "orang",
    level: false,
    t5: [3600, 942000000],
    r6: [1742, 431600000],
    t7: [620, 168000000],
    qk: [298, 14, 305, 11],
    qr: [41200000, 36850000, 44100000, 39275000],
  };
  const s3: Ev = {
    id: "s3",
    kode: "5.03.02.2.04.0002",
    ur: "Penegakan Disiplin ASN",
    ind: "Jumlah kasus pelanggaran disiplin ASN yang diselesaikan",
    sat: "kasus",
    level: false,
    t5: [180, 486000000],
    r6: [96, 241300000],
    t7: [32, 84500000],
    qk: [7, 9, 6, 8],
    qr: [18400000, 22750000, 19600000, 21150000],
  };
  const add = (
    id: string,
    kode: string,
    ur: string,
    ind: string,
    sat: string,
    k: Omit<Ev, "id" | "kode" | "ur" | "ind" | "sat" | "level" | "t5" | "r6" | "t7" | "qr"> & {
      t5: number;
      r6: number;
      t7: number;
    },
    parts: Ev[],
  ): Ev => ({
    id,
    kode,
    ur,
    ind,
    sat,
    level: true,
    t5: [k.t5, sum(parts.map((p) => p.t5[1]))],
    r6: [k.r6, sum(parts.map((p) => p.r6[1]))],
    t7: [k.t7, sum(parts.map((p) => p.t7[1]))],
    qk: k.qk,
    qr: [0, 1, 2, 3].map((i) => sum(parts.map((p) => p.qr[i]))),
  });
  const k1 = add(
    "k1",
    "5.03.02.2.01",
    "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
    "Persentase usulan pensiun dan kenaikan pangkat yang diselesaikan tepat waktu",
    "%",
    { t5: 98, r6: 91.4, t7: 94, qk: [92.1, 93.0, 93.6, 95.2] },
    [s1, s2],
  );
  const k2 = add(
    "k2",
    "5.03.02.2.04",
    "Penilaian Kinerja dan Pembinaan Disiplin ASN",
    "Persentase kasus pelanggaran disiplin yang diselesaikan",
    "%",
    { t5: 100, r6: 88.9, t7: 92, qk: [85.7, 88.2, 90.0, 93.8] },
    [s3],
  );
  const p1 = add(
    "p1",
    "5.03.02",
    "PROGRAM KEPEGAWAIAN DAERAH",
    "Indeks Sistem Merit",
    "indeks",
    { t5: 335, r6: 288, t7: 310, qk: [288, 288, 301.5, 306] },
    [k1, k2],
  );
  const list = [p1, k1, s1, s2, k2, s3];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    g: string[],
    num: number,
    year?: number,
    rk: "target" | "realisasi" = "realisasi",
  ): Col[] => [
    { key: `${key}K`, head: [...g, "K"], num, fmt: DEC, role: rk, year },
    {
      key: `${key}Rp`,
      head: [...g, "Rp"],
      num,
      fmt: RP,
      width: 16,
      role: rk === "target" ? "anggaran" : "realisasi-anggaran",
      year,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    ...pair("t5", ["Target Renstra PD pada Akhir Periode Renstra (2026)"], 5, undefined, "target"),
    ...pair("r6", ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"], 6, 2023),
    ...pair(
      "t7",
      ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"],
      7,
      2024,
      "target",
    ),
    ...Q.flatMap((q, i) => pair(`q${i}`, ["Realisasi Kinerja pada Triwulan", q], 8 + i, 2024)),
    ...pair("r12", ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"], 12, 2024),
    ...pair("r13", ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)"], 13, 2024),
    {
      key: "c14K",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. (n-1) (%)", "K"],
      num: 14,
      fmt: DEC,
      role: "capaian",
    },
    {
      key: "c14Rp",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. (n-1) (%)", "Rp"],
      num: 14,
      fmt: DEC,
      role: "capaian",
    },
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 18 },
  ];
  const r12 = (e: Ev) => [e.level ? e.qk[3] : sum(e.qk), sum(e.qr)];
  const rows: Row[] = list.map((e) => ({
    id: e.id,
    bold: e.id === "p1",
    cells: (x) => {
      const [k12, rp12] = r12(e);
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        t5K: e.t5[0],
        t5Rp: e.t5[1],
        r6K: e.r6[0],
        r6Rp: e.r6[1],
        t7K: e.t7[0],
        t7Rp: e.t7[1],
        r12K: k12,
        // s1: the quarter III money left out of the year's realisation (planted)
        r12Rp: e.id === "s1" ? rp12 - e.qr[2] : rp12,
        r13K: e.level ? k12 : e.r6[0] + k12,
        r13Rp: e.r6[1] + rp12,
        c14K: fx(`ROUND(${x.a("r13K")}/${x.a("t5K")}*100,2)`),
        c14Rp: fx(`ROUND(${x.a("r13Rp")}/${x.a("t5Rp")}*100,2)`),
        unit: "Bidang Mutasi dan Kesejahteraan",
      };
      if (e.id === "s3" || e.id === "k2") c.unit = "Bidang Penilaian Kinerja dan Disiplin";
      if (e.id === "p1") c.unit = "Sekretariat BKPSDM";
      e.qk.forEach((v, i) => (c[`q${i}K`] = v));
      e.qr.forEach((v, i) => (c[`q${i}Rp`] = v));
      return c;
    },
  }));
  const capK = list.map((e) => round(((e.level ? e.qk[3] : e.r6[0] + sum(e.qk)) / e.t5[0]) * 100, 2));
  const capRp = list.map((e) => round(((e.r6[1] + sum(e.qr)) / e.t5[1]) * 100, 2));
  const avgK = sum(capK) / capK.length;
  const avgRp = sum(capRp) / capRp.length;
  rows.push(
    {
      id: "avg",
      span: ["kode", "sat"],
      cells: (x) => ({
        kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        c14K: fx(`AVERAGE(${x.c("c14K")}${x.row("p1")}:${x.c("c14K")}${x.row("s3")})`),
        c14Rp: fx(`AVERAGE(${x.c("c14Rp")}${x.row("p1")}:${x.c("c14Rp")}${x.row("s3")})`),
      }),
    },
    {
      id: "pred",
      span: ["kode", "sat"],
      // planted: the average K capaian sits in the Tinggi band
      cells: { kode: "Predikat kinerja", c14K: "Sangat Tinggi", c14Rp: predikat(avgRp) },
    },
  );
  if (predikat(avgK) === "Sangat Tinggi") throw new Error("E.81 predikat plant is no plant");
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: integrasi layanan kenaikan pangkat dan pensiun melalui aplikasi SIASN.",
    "Faktor penghambat: keterlambatan berkas usulan dari perangkat daerah.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sirandah Gadang, 15 Januari 2025",
    jabatan: ["KEPALA BKPSDM", "KABUPATEN LEMBAH SIRANDAH"],
    nama: "Hj. NURLAILA SUTAN MARAJO, S.Sos., M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720314 199803 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (u: "K" | "Rp", id: string) => [0, 1, 2, 3].map((i) => a(`q${i}${u}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12Rp", "s1") },
    rules: ["sum-mismatch"],
    truth: qs("Rp", "s1"),
    note: "Column 12 Rp of Layanan Pensiun leaves out Triwulan III (49,875,000): 151,970,000 instead of 201,845,000",
  });
  b.plant({
    at: { sheet: S, cell: a("c14K", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14K", "avg")})`,
    note: `"Sangat Tinggi" for an average K capaian of ${round(avgK, 2)} (> 75 to 90 is Tinggi)`,
  });
  // traps: the level rows keep the Triwulan IV level and the latest level
  for (const id of ["p1", "k1", "k2"]) {
    b.ok({ sheet: S, cell: a("r12K", id), rules: ["sum-mismatch"], truth: a("q3K", id), trap: qs("K", id) });
    b.ok({
      sheet: S,
      cell: a("r13K", id),
      rules: ["sum-mismatch"],
      truth: a("r12K", id),
      trap: `${a("r6K", id)}+${a("r12K", id)}`,
    });
  }
  for (const id of ["s2", "s3"]) {
    b.ok({ sheet: S, cell: a("r12K", id), rules: ["sum-mismatch"], truth: qs("K", id) });
    b.ok({ sheet: S, cell: a("r12Rp", id), rules: ["sum-mismatch"], truth: qs("Rp", id) });
    b.ok({
      sheet: S,
      cell: a("r13K", id),
      rules: ["sum-mismatch"],
      truth: `${a("r6K", id)}+${a("r12K", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("r13Rp", id),
      rules: ["sum-mismatch"],
      truth: `${a("r6Rp", id)}+${a("r12Rp", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14K", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r13K", id)}/${a("t5K", id)}*100`,
    });
  }
  b.ok({ sheet: S, cell: a("r12K", "s1"), rules: ["sum-mismatch"], truth: qs("K", "s1") });
  b.ok({
    sheet: S,
    cell: a("c14K", "s1"),
    rules: ["capaian-mismatch"],
    truth: `${a("r13K", "s1")}/${a("t5K", "s1")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("c14Rp", "s1"),
    rules: ["capaian-mismatch"],
    truth: `${a("r13Rp", "s1")}/${a("t5Rp", "s1")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("c14K", "p1"),
    rules: ["capaian-mismatch"],
    truth: `${a("r13K", "p1")}/${a("t5K", "p1")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("t7Rp", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("t7Rp", "k1")}+${a("t7Rp", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("t7Rp", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("t7Rp", "s1")}+${a("t7Rp", "s2")}`,
  });
  b.ok({ sheet: S, cell: a("q2Rp", "k2"), rules: ["sum-mismatch"], truth: a("q2Rp", "s3") });
  b.ok({
    sheet: S,
    cell: a("c14Rp", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14Rp", "avg")})`,
  });
  return b.finish();
}

type Tc = {
  id: string;
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  flow: boolean;
  rp?: number[];
  /** rows whose Rp is summed into this one (formulas) */
  of?: string[];
  kind: "p" | "k" | "s" | "x";
};

/** T-C.27 BKPSDM Kota Selat Duyung, Renstra 2025-2029, (dalam ribuan rupiah), "Tahun ke-" repeated over Target / Rp. */
export function tc27Bkpsdm(): BookW {
  const b = new BookW(
    "tc27-renstra-bkpsdm-selat-duyung-316.xlsx",
    "T-C.27 Renstra (BKPSDM)",
    "T-C.27 2025-2029 in thousands of rupiah; Sasaran merged down its rows; 'Tahun ke-1..5' written in every cell over Target / Rp (unmerged, repeated); number row (1)..(20); program/kegiatan Rp as SUM formulas; kondisi akhir Rp as SUM; a second indicator without a code; JUMLAH row",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SELAT DUYUNG", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif BKPSDM Kota Selat Duyung Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Tc[] = [
    {
      id: "p1",
      kode: "5.03.03",
      nm: "Program Pengembangan Sumber Daya Manusia",
      ind: "Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 JP",
      sat: "%",
      awal: 58.4,
      t: [65, 70, 75, 80, 85],
      flow: false,
      of: ["k1"],
      kind: "p",
    },
    {
      id: "k1",
      kode: "5.03.03.2.01",
      nm: "Pengembangan Kompetensi Teknis dan Fungsional",
      ind: "Jumlah ASN yang mengikuti pengembangan kompetensi teknis",
      sat: "orang",
      awal: 410,
      t: [450, 480, 520, 550, 600],
      flow: true,
      of: ["s1", "s2"],
      kind: "k",
    },
    {
      id: "s1",
      kode: "5.03.03.2.01.0001",
      nm: "Pelaksanaan Pelatihan Teknis dan Fungsional",
      ind: "Jumlah ASN peserta pelatihan teknis/fungsional",
      sat: "orang",
      awal: 280,
      t: [300, 320, 340, 360, 380],
      flow: true,
      rp: [1250000, 1340000, 1425500, 1510000, 1604250],
      kind: "s",
    },
    {
      id: "s2",
      kode: "5.03.03.2.01.0002",
      nm: "Pengembangan Kompetensi melalui Pembelajaran Daring",
      ind: "Jumlah ASN peserta e-learning",
      sat: "orang",
      awal: 130,
      t: [150, 160, 180, 190, 220],
      flow: true,
      rp: [385000, 402500, 436750, 458000, 497300],
      kind: "s",
    },
    {
      id: "s2b",
      ind: "Jumlah modul e-learning yang dikembangkan",
      sat: "modul",
      awal: 3,
      t: [4, 4, 5, 5, 6],
      flow: true,
      kind: "x",
    },
    {
      id: "p2",
      kode: "5.03.02",
      nm: "Program Kepegawaian Daerah",
      ind: "Indeks Sistem Merit",
      sat: "indeks",
      awal: 262.5,
      t: [275, 290, 305, 320, 335],
      flow: false,
      of: ["k2", "k3"],
      kind: "p",
    },
    {
      id: "k2",
      kode: "5.03.02.2.04",
      nm: "Penilaian Kinerja dan Pembinaan Disiplin ASN",
      ind: "Persentase pelanggaran disiplin yang diselesaikan",
      sat: "%",
      awal: 82,
      t: [85, 88, 90, 92, 95],
      flow: false,
      of: ["s3", "s4"],
      kind: "k",
    },
    {
      id: "s3",
      kode: "5.03.02.2.04.0002",
      nm: "Penegakan Disiplin ASN",
      ind: "Jumlah dokumen hasil pemeriksaan pelanggaran disiplin",
      sat: "dokumen",
      awal: 22,
      t: [24, 24, 26, 26, 28],
      flow: true,
      rp: [312000, 325500, 341800, 356000, 372400],
      kind: "s",
    },
    {
      id: "s4",
      kode: "5.03.02.2.04.0003",
      nm: "Pembinaan Disiplin dan Kode Etik ASN",
      ind: "Jumlah ASN yang mengikuti pembinaan disiplin",
      sat: "orang",
      awal: 180,
      t: [200, 220, 240, 260, 280],
      flow: true,
      rp: [148600, 156000, 163900, 172100, 180700],
      kind: "s",
    },
    {
      id: "k3",
      kode: "5.03.02.2.01",
      nm: "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
      ind: "Persentase layanan pensiun dan kenaikan pangkat tepat waktu",
      sat: "%",
      awal: 88.5,
      t: [90, 92, 94, 96, 98],
      flow: false,
      of: ["s5", "s6"],
      kind: "k",
    },
    {
      id: "s5",
      kode: "5.03.02.2.01.0004",
      nm: "Pengelolaan Pensiun ASN",
      ind: "Jumlah SK pensiun yang diterbitkan",
      sat: "orang",
      awal: 151,
      t: [165, 172, 180, 158, 190],
      flow: true,
      rp: [214000, 224700, 235900, 247700, 260100],
      kind: "s",
    },
    {
      id: "s6",
      kode: "5.03.02.2.01.0005",
      nm: "Pengelolaan Kenaikan Pangkat ASN",
      ind: "Jumlah ASN yang naik pangkat",
      sat: "orang",
      awal: 744,
      t: [780, 800, 820, 840, 860],
      flow: true,
      rp: [196500, 206300, 216600, 227400, 238800],
      kind: "s",
    },
  ];
  const sasOf = (id: string) =>
    ["p1", "k1", "s1", "s2", "s2b"].includes(id)
      ? "Meningkatnya kompetensi ASN"
      : "Meningkatnya penerapan sistem merit dan disiplin ASN";
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(3)", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: "(6)",
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: DEC,
      },
      {
        key: `rp${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${6 + 2 * y})`,
        fmt: RP,
        width: 14,
      },
    ]),
    {
      key: "akT",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(17)",
      fmt: DEC,
    },
    {
      key: "akRp",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "(18)",
      fmt: RP,
      width: 14,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(19)",
      width: 18,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)" },
  ];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rpOf = (r: Tc, y: number): number =>
    r.rp ? r.rp[y - 1] : sum((r.of ?? []).map((id) => rpOf(byId.get(id)!, y)));
  const body: Row[] = rows.map((r) => ({
    id: r.id,
    bold: r.kind === "p",
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
        sas: sasOf(r.id),
        kode: r.kode,
        nm: r.nm,
        ind: r.ind,
        sat: r.sat,
        awal: r.awal,
        // planted on p2: the kondisi akhir of the merit index is the Tahun ke-4 target
        akT: r.id === "p2" ? r.t[3] : r.flow ? sum(r.t) : r.t[4],
        unit:
          r.id.startsWith("s") || r.kind === "k"
            ? sasOf(r.id).includes("kompetensi")
              ? "Bidang Pengembangan Kompetensi"
              : "Bidang Mutasi dan Disiplin"
            : "Kepala BKPSDM",
        lok: "Kota Selat Duyung",
      };
      Y.forEach((y) => (c[`t${y}`] = r.t[y - 1]));
      if (r.kind !== "x") {
        Y.forEach((y) => {
          const k = `rp${y}`;
          if (r.rp) c[k] = r.rp[y - 1];
          else if (r.kind === "k") {
            const ids = r.of!;
            c[k] = fx(
              `SUM(${x.c(k)}${x.row(ids[0])}:${x.c(k)}${x.row(ids[ids.length - 1]) + (r.id === "k1" ? 1 : 0)})`,
            );
          } else c[k] = fx(r.of!.map((id) => x.a(k, id)).join("+"));
        });
        const all = Y.map((y) => x.a(`rp${y}`)).join(",");
        // planted on s3: a typed kondisi akhir Rp with two digits swapped
        c.akRp = r.id === "s3" ? 1770700 : fx(`SUM(${all})`);
        if (r.id === "s3" && sum(r.rp!) !== 1707700) throw new Error("T-C.27 s3 total moved");
      }
      return c;
    },
  }));
  body.push({
    id: "tot",
    bold: true,
    span: ["kode", "sat"],
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string> = { kode: "JUMLAH PENDANAAN INDIKATIF" };
      for (const k of [...Y.map((y) => `rp${y}`), "akRp"]) c[k] = fx(`${x.a(k, "p1")}+${x.a(k, "p2")}`);
      return c;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "repeat",
    rows: body,
    vmerge: ["sas"],
  });
  void rpOf;
  s.gap();
  signature(s, 18, {
    tempat: "Selat Duyung, 3 Februari 2025",
    jabatan: ["Kepala Badan Kepegawaian dan", "Pengembangan Sumber Daya Manusia"],
    nama: "RAJA AZHARI EFFENDI, S.STP., M.Si",
    nip: "19800921 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const tSum = (id: string) => Y.map((y) => a(`t${y}`, id)).join("+");
  const rSum = (id: string) => Y.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akT", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t5", "p2"),
    note: "Kondisi akhir of the Indeks Sistem Merit (a level) is 320, the Tahun ke-4 target; Tahun ke-5 is 335",
  });
  b.plant({
    at: { sheet: S, cell: a("akRp", "s3") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: rSum("s3"),
    note: "Typed kondisi akhir Rp 1,770,700 among SUM formulas; the five years add up to 1,707,700",
  });
  // traps: a level's kondisi akhir is the last target, a flow's the sum
  for (const id of ["p1", "k2", "k3"])
    b.ok({
      sheet: S,
      cell: a("akT", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: tSum(id),
    });
  for (const id of ["k1", "s5", "s2b"])
    b.ok({
      sheet: S,
      cell: a("akT", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tSum(id),
      trap: a("t5", id),
    });
  for (const id of ["s1", "s4", "s6", "p1"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rSum(id),
    });
  b.ok({
    sheet: S,
    cell: a("rp2", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2", "s1")}+${a("rp2", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp3", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp3", "s3")}+${a("rp3", "s4")}+${a("rp3", "s5")}+${a("rp3", "s6")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp4", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("rp4", "p1")}+${a("rp4", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s6"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${a("kode", "s6")})`,
    truth: a("kode", "k3"),
  });
  b.ok({ sheet: S, cell: a("t4", "s5"), rules: ["target-trend"], truth: "158" });
  return b.finish();
}
