// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Perumahan dan Kawasan
// Permukiman: RTLH, kawasan kumuh, PSU. Every place, name and number is invented.
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
  no: string;
  kode: string;
  ur: string;
  ind: string;
  level: boolean;
  t5: [number, number];
  r6: [number, number];
  t7: [number, number];
  qk: number[];
  qr: number[];
};

/** E.81 of Dinas Perkim Kabupaten Lembah Sirangit (Sumatera Utara), Renja 2024 s.d. Triwulan IV. */
export function e81Perkim(): BookW {
  const b = new BookW(
    "e81-perkim-lembah-sirangit-327.xlsx",
    "E.81 Evaluasi Renja (Perkim)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; ordinal (n-2)/(n-1) headers resolved from the title; three header rows (group > triwulan > K/Rp); number row merged over K/Rp pairs; two level rows (% RTLH, % kumuh); footer rata-rata and predikat",
  );
  const S = "Evaluasi Renja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRANGIT",
    "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
    "Jl. Sisingamangaraja No. 41, Sipiongot",
  ]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Dinas Perumahan dan Kawasan Permukiman Kabupaten Lembah Sirangit",
    "Renja Tahun 2024 (n-1), periode pelaksanaan s.d. Triwulan IV; Renstra PD 2021-2026",
  ]);
  s.gap();
  const flow1: Ev = {
    id: "k1",
    no: "1.1",
    kode: "1.04.02.2.01",
    ur: "Fasilitasi Peningkatan Kualitas Rumah Tidak Layak Huni",
    ind: "Jumlah RTLH yang direhabilitasi (unit)",
    level: false,
    t5: [2400, 30_000_000_000],
    r6: [1020, 13_400_000_000],
    t7: [520, 6_500_000_000],
    qk: [0, 145, 210, 171],
    qr: [640_000_000, 1_815_500_000, 2_412_000_000, 1_503_750_000],
  };
  const flow2: Ev = {
    id: "k2",
    no: "1.2",
    kode: "1.04.02.2.02",
    ur: "Pendataan dan Verifikasi Rumah Tidak Layak Huni",
    ind: "Jumlah dokumen basis data RTLH by name by address (dokumen)",
    level: false,
    t5: [5, 1_250_000_000],
    r6: [2, 480_000_000],
    t7: [1, 260_000_000],
    qk: [0, 0, 0, 1],
    qr: [0, 45_000_000, 88_500_000, 119_000_000],
  };
  const addRp = (a: Ev, c: Ev, i: 0 | 1) => a.t5[i] + c.t5[i];
  const prog1: Ev = {
    id: "p1",
    no: "1",
    kode: "1.04.02",
    ur: "Program Pengembangan Perumahan",
    ind: "Persentase rumah tidak layak huni yang tertangani (%)",
    level: true,
    t5: [85, addRp(flow1, flow2, 1)],
    r6: [61.2, flow1.r6[1] + flow2.r6[1]],
    t7: [70, flow1.t7[1] + flow2.t7[1]],
    qk: [62.5, 64.8, 67.9, 71.3],
    qr: flow1.qr.map((x, i) => x + flow2.qr[i]),
  };
  const keg3: Ev = {
    id: "k3",
    no: "2.1",
    kode: "1.04.04.2.01",
    ur: "Penataan Kawasan Permukiman Kumuh dengan Luas di Bawah 10 Ha",
    ind: "Luas kawasan kumuh yang ditata (Ha)",
    level: false,
    t5: [24, 12_000_000_000],
    r6: [9.6, 4_950_000_000],
    t7: [4.8, 2_450_000_000],
    qk: [0, 1.2, 2.1, 1.6],
    qr: [210_000_000, 615_400_000, 880_900_000, 701_300_000],
  };
  const prog2: Ev = {
    id: "p2",
    no: "2",
    kode: "1.04.04",
    ur: "Program Penanganan Kawasan Permukiman Kumuh",
    ind: "Persentase luas kawasan kumuh yang tertangani (%)",
    level: true,
    t5: [60, keg3.t5[1]],
    r6: [38.4, keg3.r6[1]],
    t7: [46, keg3.t7[1]],
    qk: [39.1, 41.0, 43.6, 45.2],
    qr: keg3.qr,
  };
  const evs = [prog1, flow1, flow2, prog2, keg3];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
  ];
  const pair = (
    key: string,
    group: string[],
    num: number,
    rk?: Col["role"],
    rr?: Col["role"],
    year?: number,
  ) => {
    cols.push({
      key: `k${key}`,
      head: [...group, "K"],
      role: rk,
      year: rk ? year : undefined,
      num,
      fmt: DEC,
    });
    cols.push({
      key: `r${key}`,
      head: [...group, "Rp"],
      role: rr,
      year: rr ? year : undefined,
      num,
      fmt: RP,
    });
  };
  pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], 5, "target", "anggaran");
  pair(
    "6",
    ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"],
    6,
    "realisasi",
    "realisasi-anggaran",
    2023,
  );
  pair(
    "7",
    ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"],
    7,
    "target",
    "anggaran",
    2024,
  );
  ["I", "II", "III", "IV"].forEach((tw, i) => pair(`q${i}`, ["Realisasi Kinerja pada Triwulan", tw], 8 + i));
  pair(
    "12",
    ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
    12,
    "realisasi",
    "realisasi-anggaran",
    2024,
  );
  pair(
    "13",
    ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1"],
    13,
    "realisasi",
    "realisasi-anggaran",
    2024,
  );
  pair(
    "14",
    ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)"],
    14,
    "capaian",
    "capaian",
  );
  cols.push({
    key: "unit",
    head: ["Unit PD Penanggung Jawab"],
    role: "penanggung-jawab",
    num: 15,
    width: 18,
  });

  const vals = new Map<string, Record<string, number>>();
  const rows: Row[] = evs.map((e) => {
    const k12 = e.level ? e.qk[3] : round(sum(e.qk), 2);
    const r12 = sum(e.qr);
    const k13 = e.level ? k12 : round(e.r6[0] + k12, 2);
    const r13 = e.r6[1] + r12;
    const v: Record<string, number> = {
      k5: e.t5[0],
      r5: e.t5[1],
      k6: e.r6[0],
      r6: e.r6[1],
      k7: e.t7[0],
      r7: e.t7[1],
      k12,
      r12,
      k13,
      r13,
      k14: round((k13 / e.t5[0]) * 100),
      r14: round((r13 / e.t5[1]) * 100),
    };
    e.qk.forEach((x, i) => (v[`kq${i}`] = x));
    e.qr.forEach((x, i) => (v[`rq${i}`] = x));
    vals.set(e.id, v);
    const cells: Record<string, string | number> = { no: e.no, kode: e.kode, ur: e.ur, ind: e.ind, ...v };
    if (e.id === "k2") cells.r12 = r12 * 10; // planted: typed ten times off
    cells.unit = e.level
      ? "Kepala Dinas"
      : e.kode.startsWith("1.04.02")
        ? "Bidang Perumahan"
        : "Bidang Kawasan Permukiman";
    return { id: e.id, cells, bold: e.level };
  });
  const meanK = round(sum(evs.map((e) => vals.get(e.id)!.k14)) / evs.length);
  rows.push({
    id: "avg",
    span: ["no", "ind"],
    bold: true,
    cells: (x) => ({
      no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
      k14: fx(`AVERAGE(${x.a("k14", "p1")}:${x.a("k14", "k3")})`),
      r14: fx(`AVERAGE(${x.a("r14", "p1")}:${x.a("r14", "k3")})`),
    }),
  });
  rows.push({
    id: "pred",
    span: ["no", "ind"],
    bold: true,
    cells: () => ({
      no: "Predikat Kinerja",
      k14: "Tinggi", // planted: the mean is in the Sedang band
      r14: predikat(sum(evs.map((e) => vals.get(e.id)!.r14)) / evs.length),
    }),
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines(
    [
      "Faktor pendorong: dukungan dana BSPS dan swadaya masyarakat.",
      "Faktor penghambat: verifikasi calon penerima RTLH terlambat; lahan kawasan kumuh belum clean and clear.",
      "Tindak lanjut: percepatan verifikasi pada Triwulan I tahun berikutnya.",
    ],
    1,
  );
  s.gap();
  signature(s, 20, {
    tempat: "Sipiongot, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN DAN", "KAWASAN PERMUKIMAN"],
    nama: "Ir. HOTMAN PARULIAN SITORUS, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720314 199803 1 007",
  });

  const A = (k: string, id: string) => t.a(k, id);
  if (predikat(meanK) !== "Sedang") throw new Error(`mean K ${meanK}`);
  b.plant({
    at: { sheet: S, cell: A("r12", "k2") },
    rules: ["sum-mismatch", "number-scale"],
    truth: `${A("rq0", "k2")}+${A("rq1", "k2")}+${A("rq2", "k2")}+${A("rq3", "k2")}`,
    note: "Column 12 Rp of the basis data RTLH kegiatan typed 2,525,000,000, ten times the quarters' 252,500,000",
    tol: 1,
  });
  b.plant({
    at: { sheet: S, cell: A("k14", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${A("k14", "avg")})`,
    note: `"Tinggi" for an average K capaian of ${meanK} (> 65 to 75 is Sedang)`,
  });
  for (const id of ["p1", "p2"]) {
    const q = (k: string) => `${A(`${k}q0`, id)}+${A(`${k}q1`, id)}+${A(`${k}q2`, id)}+${A(`${k}q3`, id)}`;
    b.ok({ sheet: S, cell: A("k12", id), rules: ["sum-mismatch"], truth: A("kq3", id), trap: q("k") });
    b.ok({
      sheet: S,
      cell: A("k13", id),
      rules: ["sum-mismatch"],
      truth: A("k12", id),
      trap: `${A("k6", id)}+${A("k12", id)}`,
    });
    b.ok({ sheet: S, cell: A("r12", id), rules: ["sum-mismatch"], truth: q("r"), tol: 1 });
    b.ok({
      sheet: S,
      cell: A("r13", id),
      rules: ["sum-mismatch"],
      truth: `${A("r6", id)}+${A("r12", id)}`,
      tol: 1,
    });
    b.ok({
      sheet: S,
      cell: A("k14", id),
      rules: ["capaian-mismatch"],
      truth: `${A("k13", id)}/${A("k5", id)}*100`,
    });
  }
  for (const id of ["k1", "k3"]) {
    b.ok({
      sheet: S,
      cell: A("k12", id),
      rules: ["sum-mismatch"],
      truth: `${A("kq0", id)}+${A("kq1", id)}+${A("kq2", id)}+${A("kq3", id)}`,
    });
    b.ok({ sheet: S, cell: A("k13", id), rules: ["sum-mismatch"], truth: `${A("k6", id)}+${A("k12", id)}` });
    b.ok({
      sheet: S,
      cell: A("r12", id),
      rules: ["sum-mismatch"],
      truth: `${A("rq0", id)}+${A("rq1", id)}+${A("rq2", id)}+${A("rq3", id)}`,
      tol: 1,
    });
    b.ok({
      sheet: S,
      cell: A("r14", id),
      rules: ["capaian-mismatch"],
      truth: `${A("r13", id)}/${A("r5", id)}*100`,
    });
  }
  b.ok({
    sheet: S,
    cell: A("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${A("r14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: A("k14", "avg"),
    rules: ["capaian-mismatch"],
    truth: `AVERAGE(${A("k14", "p1")}:${A("k14", "k3")})`,
  });
  return b.finish();
}

type Tc = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number | string;
  k: number[];
  rp?: number[];
  /** kondisi akhir K: "last" for levels, "sum" for flows */
  akhir: "last" | "sum";
  unit: string;
  lokasi: string;
  /** Rp = SUM of these row ids */
  of?: string[];
};

/** T-C.27 of Dinas Perkim Kota Batu Panjang Jaya (Kalimantan Timur), Renstra 2025-2029, Rp 000. */
export function tc27Perkim(): BookW {
  const b = new BookW(
    "tc27-perkim-batu-panjang-jaya-327.xlsx",
    "T-C.27 Renstra (Perkim)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Sasaran merged over its rows; 'Tahun ke-1..5' > Target / Rp with group headers repeated in every cell; number row '(1)..'; program and kegiatan Rp as SUM formulas; a second indicator without a code",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel 6.1",
      "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
      "Dinas Perumahan dan Kawasan Permukiman Kota Batu Panjang Jaya",
      "Renstra Perangkat Daerah Tahun 2025-2029",
      "(dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const rowsT: Tc[] = [
    {
      id: "p",
      kode: "1.04.04",
      ur: "Program Penanganan Kawasan Permukiman Kumuh",
      ind: "Persentase luas permukiman kumuh yang tertangani",
      sat: "%",
      awal: 41.3,
      k: [48, 55, 62, 69, 76],
      akhir: "last",
      unit: "Dinas Perkim",
      lokasi: "Kota Batu Panjang Jaya",
      of: ["g1", "g2"],
    },
    {
      id: "g1",
      kode: "1.04.04.2.01",
      ur: "Penataan Kawasan Permukiman Kumuh dengan Luas di Bawah 10 Ha",
      ind: "Luas kawasan kumuh yang ditata",
      sat: "Ha",
      awal: 3.2,
      k: [5.5, 6, 6, 5.5, 5.5],
      akhir: "sum",
      unit: "Bidang Kawasan Permukiman",
      lokasi: "5 kecamatan",
      of: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "1.04.04.2.01.0001",
      ur: "Perbaikan Jalan Lingkungan dan Drainase di Kawasan Kumuh",
      ind: "Panjang jalan lingkungan yang diperbaiki",
      sat: "m",
      awal: 2150,
      k: [2400, 2600, 2600, 2500, 2500],
      rp: [3_845_000, 4_120_500, 4_210_000, 4_050_750, 4_180_000],
      akhir: "sum",
      unit: "Seksi Kumuh",
      lokasi: "Kel. Sungai Pinang, Loa Kuala",
    },
    {
      id: "s1b",
      kode: "",
      ur: "",
      ind: "Panjang saluran drainase lingkungan yang dibangun",
      sat: "m",
      awal: 1320,
      k: [1500, 1650, 1650, 1600, 1600],
      akhir: "sum",
      unit: "Seksi Kumuh",
      lokasi: "Kel. Sungai Pinang, Loa Kuala",
    },
    {
      id: "s2",
      kode: "1.04.05.2.01.0002",
      ur: "Penyediaan Sarana Air Minum dan Sanitasi Kawasan Kumuh",
      ind: "Jumlah unit SPAL komunal yang dibangun",
      sat: "unit",
      awal: 4,
      k: [6, 6, 7, 7, 8],
      rp: [1_920_000, 1_985_500, 2_240_000, 2_260_000, 2_575_250],
      akhir: "sum",
      unit: "Seksi Kumuh",
      lokasi: "Kel. Teluk Lerong",
    },
    {
      id: "g2",
      kode: "1.04.04.2.02",
      ur: "Pencegahan Perumahan dan Kawasan Permukiman Kumuh",
      ind: "Jumlah dokumen rencana pencegahan kumuh (RP2KPKP)",
      sat: "dokumen",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      akhir: "sum",
      unit: "Bidang Kawasan Permukiman",
      lokasi: "Kota Batu Panjang Jaya",
      of: ["s3"],
    },
    {
      id: "s3",
      kode: "1.04.04.2.02.0001",
      ur: "Penyusunan Rencana Pencegahan dan Peningkatan Kualitas Permukiman Kumuh",
      ind: "Persentase kelurahan dengan profil kumuh mutakhir",
      sat: "%",
      awal: 40,
      k: [55, 65, 75, 85, 100],
      rp: [615_000, 640_500, 655_000, 690_000, 720_000],
      akhir: "last",
      unit: "Seksi Pencegahan",
      lokasi: "24 kelurahan",
    },
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(3)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    { key: "awal", head: ["Data Capaian pada Tahun Awal Perencanaan"], role: "kondisi-awal", num: "(6)" },
  ];
  years.forEach((y, i) => {
    const g = `Target Kinerja Program dan Kerangka Pendanaan`;
    cols.push({
      key: `k${i}`,
      head: [g, `Tahun ke-${i + 1}`, "Target"],
      role: "target",
      year: y,
      num: `(${7 + 2 * i})`,
      fmt: DEC,
    });
    cols.push({
      key: `r${i}`,
      head: [g, `Tahun ke-${i + 1}`, "Rp"],
      role: "anggaran",
      year: y,
      num: `(${8 + 2 * i})`,
      fmt: RP,
    });
  });
  cols.push({
    key: "ka",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
    role: "kondisi-akhir",
    num: "(17)",
    fmt: DEC,
  });
  cols.push({
    key: "ra",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
    num: "(18)",
    fmt: RP,
  });
  cols.push({ key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(19)" });
  cols.push({ key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)" });

  const rows: Row[] = rowsT.map((d) => ({
    id: d.id,
    bold: !!d.of,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string | number> = {
        sas: "Meningkatnya kualitas lingkungan permukiman",
        ur: d.ur,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        unit: d.unit,
        lok: d.lokasi,
      };
      if (d.kode) c.kode = d.kode;
      d.k.forEach((v, i) => (c[`k${i}`] = v));
      if (d.id === "g1")
        c.ka = 5.5; // planted: the last target of a flow
      else c.ka = d.akhir === "last" ? d.k[4] : round(sum(d.k), 2);
      if (d.id === "s1b") return c;
      years.forEach((_, i) => {
        const k = `r${i}`;
        if (d.id === "p") c[k] = fx(`${x.a(k, "g1")}+${x.a(k, "g2")}`);
        else if (d.of) c[k] = fx(`SUM(${x.a(k, d.of[0])}:${x.a(k, d.of[d.of.length - 1])})`);
        else c[k] = d.rp![i];
      });
      c.ra = fx(`SUM(${x.a("r0")},${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")})`);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", groups: "repeat", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah/luas/panjang = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Batu Panjang Jaya, 3 Februari 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman"],
    nama: "SRI WAHYUNI HANDAYANI, S.T., M.Si.",
    nip: "19780902 200501 2 011",
  });

  const A = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => [0, 1, 2, 3, 4].map((i) => A(`k${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: A("ka", "g1") },
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g1"),
    note: "Kondisi akhir of luas kawasan kumuh yang ditata (a flow, Ha per year) is the Tahun ke-5 target 5.5; the five years add up to 28.5",
  });
  b.plant({
    at: { sheet: S, cell: A("kode", "s2") },
    rules: ["code-hierarchy"],
    actual: `PARENT(${A("kode", "s2")})`,
    truth: A("kode", "g1"),
    note: "Sub kegiatan 1.04.05.2.01.0002 (a PSU code) sits under kegiatan 1.04.04.2.01",
  });
  b.ok({
    sheet: S,
    cell: A("ka", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: A("k4", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: A("ka", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: A("k4", "s3"),
    trap: ks("s3"),
  });
  for (const id of ["s1", "s1b", "s2", "g2"])
    b.ok({ sheet: S, cell: A("ka", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of ["s1", "s2", "s3", "g2", "p", "g1"])
    b.ok({
      sheet: S,
      cell: A("ra", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: [0, 1, 2, 3, 4].map((i) => A(`r${i}`, id)).join("+"),
    });
  for (const i of [0, 2, 4]) {
    b.ok({
      sheet: S,
      cell: A(`r${i}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${A(`r${i}`, "s1")}+${A(`r${i}`, "s2")}`,
    });
    b.ok({
      sheet: S,
      cell: A(`r${i}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${A(`r${i}`, "g1")}+${A(`r${i}`, "g2")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: A("kode", "s1"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${A("kode", "s1")})`,
    truth: A("kode", "g1"),
  });
  b.ok({
    sheet: S,
    cell: A("kode", "s3"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${A("kode", "s3")})`,
    truth: A("kode", "g2"),
  });
  return b.finish();
}
