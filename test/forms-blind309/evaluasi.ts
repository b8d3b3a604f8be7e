// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Penanaman Modal dan
// PTSP: perizinan OSS, promosi investasi, pengendalian LKPM. Every name and number is invented.
import { BookW, RP, fx, letterhead, predikat, round, signature, sum, type Col, type Row } from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of DPMPTSP Kabupaten Lembah Seruni (Jawa Tengah), s.d. Triwulan IV 2024, ordinal (n-1)/(n-2) headers. */
export function e81Dpmptsp(): BookW {
  const b = new BookW(
    "e81-dpmptsp-lembah-seruni-309.xlsx",
    "E.81 Evaluasi Renja (DPMPTSP)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2022-2026; ordinal (n-1)/(n-2) headers; Satuan column; K/Rp pairs under merged groups; merged number row; level rows; Rata-rata and Predikat footer",
  );
  const S = "E.81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SERUNI",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
    "Jl. Pemuda No. 41 Seruni Kidul, Telp. (0293) 551207",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DPMPTSP KABUPATEN LEMBAH SERUNI",
    "RENSTRA PERANGKAT DAERAH 2022-2026",
    "Periode Pelaksanaan : s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "2.18.04.2.01.0001",
    ur: "Pelayanan Perizinan Berusaha melalui Sistem OSS Berbasis Risiko",
    ind: "Jumlah perizinan berusaha yang diterbitkan melalui OSS",
    sat: "dokumen",
    level: false,
    k5: 12500,
    k6: 4820,
    k7: 2600,
    q: [610, 705, 668, 742],
    r5: 4350000000,
    r6: 1612450000,
    r7: 905000000,
    rq: [188400000, 231750000, 215300000, 246880000],
  };
  const s2: E = {
    id: "s2",
    kode: "2.18.04.2.01.0002",
    ur: "Pelayanan Perizinan dan Nonperizinan Kewenangan Daerah di luar OSS",
    ind: "Jumlah izin dan non izin daerah yang diterbitkan",
    sat: "dokumen",
    level: false,
    k5: 6000,
    k6: 2310,
    k7: 1250,
    q: [290, 318, 301, 336],
    r5: 2100000000,
    r6: 802600000,
    r7: 436000000,
    rq: [92150000, 118400000, 104725000, 112980000],
  };
  const s3: E = {
    id: "s3",
    kode: "2.18.05.2.01.0001",
    ur: "Pemantauan Pemenuhan Komitmen dan Laporan Kegiatan Penanaman Modal (LKPM)",
    ind: "Jumlah laporan hasil pemantauan LKPM",
    sat: "laporan",
    level: false,
    k5: 20,
    k6: 8,
    k7: 4,
    q: [1, 1, 1, 1],
    r5: 1450000000,
    r6: 538900000,
    r7: 312500000,
    rq: [48600000, 81250000, 77900000, 96120000],
  };
  const roll = (
    id: string,
    kode: string,
    ur: string,
    ind: string,
    sat: string,
    level: boolean,
    k: number[],
    q: number[],
    parts: E[],
  ): E => ({
    id,
    kode,
    ur,
    ind,
    sat,
    level,
    k5: k[0],
    k6: k[1],
    k7: k[2],
    q,
    r5: sum(parts.map((p) => p.r5)),
    r6: sum(parts.map((p) => p.r6)),
    r7: sum(parts.map((p) => p.r7)),
    rq: [0, 1, 2, 3].map((i) => sum(parts.map((p) => p.rq[i]))),
  });
  const k1 = roll(
    "k1",
    "2.18.04.2.01",
    "Penyediaan Pelayanan Terpadu Perizinan dan Nonperizinan Berbasis Sistem Pelayanan Terpadu Satu Pintu",
    "Persentase permohonan izin yang diselesaikan sesuai SOP",
    "%",
    true,
    [95, 88.4, 91],
    [89.2, 90.1, 91.6, 92.3],
    [s1, s2],
  );
  const p1 = roll(
    "p1",
    "2.18.04",
    "Program Pelayanan Penanaman Modal",
    "Indeks Kepuasan Masyarakat layanan perizinan",
    "nilai",
    true,
    [85, 81.2, 82.5],
    [81.6, 82.0, 82.9, 83.4],
    [k1],
  );
  const k2 = roll(
    "k2",
    "2.18.05.2.01",
    "Pengendalian Pelaksanaan Penanaman Modal yang Menjadi Kewenangan Daerah",
    "Jumlah perusahaan PMA/PMDN yang dipantau dan dibina",
    "perusahaan",
    false,
    [900, 330, 190],
    [35, 52, 48, 61],
    [s3],
  );
  const p2 = roll(
    "p2",
    "2.18.05",
    "Program Pengendalian Pelaksanaan Penanaman Modal",
    "Persentase perusahaan PMA/PMDN yang menyampaikan LKPM",
    "%",
    true,
    [80, 61.5, 70],
    [58.3, 63.9, 68.2, 71.4],
    [k2],
  );
  const list = [p1, k1, s1, s2, p2, k2, s3];
  const derived = (e: E) => {
    const k12 = e.level ? e.q[3] : sum(e.q);
    const r12 = sum(e.rq);
    const k13 = e.level ? k12 : e.k6 + k12;
    const r13 = e.r6 + r12;
    return { k12, r12, k13, r13, k14: round((k13 / e.k5) * 100), r14: round((r13 / e.r5) * 100) };
  };
  const pair = (
    key: string,
    group: string[],
    num: number,
    role?: Col["role"],
    year?: number,
    roleRp?: Col["role"],
  ): Col[] => [
    { key: `${key}k`, head: [...group, "K"], num, role, year, fmt: "#,##0.##" },
    { key: `${key}r`, head: [...group, "Rp"], num, role: roleRp, year, fmt: RP },
  ];
  const tw = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], num: 1, role: "no", width: 5 },
    { key: "kode", head: ["Kode"], num: 2, role: "kode" },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      num: 4,
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], num: "4a", role: "satuan" },
    ...pair("c5", ["Target Renstra PD pada Akhir Periode Renstra"], 5, "target", undefined, "anggaran"),
    ...pair(
      "c6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"],
      6,
      "realisasi",
      2023,
      "realisasi-anggaran",
    ),
    ...pair(
      "c7",
      ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"],
      7,
      "target",
      2024,
      "anggaran",
    ),
    ...tw.flatMap((t, i) =>
      pair(`q${i}`, ["Realisasi Kinerja Pada Triwulan", t], 8 + i, "realisasi", 2024, "realisasi-anggaran"),
    ),
    ...pair(
      "c12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
      12,
      "realisasi",
      2024,
      "realisasi-anggaran",
    ),
    ...pair(
      "c13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)"],
      13,
      "realisasi",
      2024,
      "realisasi-anggaran",
    ),
    ...pair(
      "c14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)"],
      14,
      "capaian",
      undefined,
      "capaian",
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], num: 15, role: "penanggung-jawab", width: 20 },
  ];
  const WRONG_R12 = 4282550000; // s2's column 12 Rp typed ten times its quarters
  const rows: Row[] = list.map((e, i) => {
    const d = derived(e);
    const cells: Record<string, number | string> = {
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      c5k: e.k5,
      c5r: e.r5,
      c6k: e.k6,
      c6r: e.r6,
      c7k: e.k7,
      c7r: e.r7,
      c12k: d.k12,
      c12r: e.id === "s2" ? WRONG_R12 : d.r12,
      c13k: d.k13,
      c13r: d.r13,
      c14k: d.k14,
      c14r: d.r14,
      unit: ["p2", "k2", "s3"].includes(e.id)
        ? "Bidang Pengendalian Penanaman Modal"
        : "Bidang Pelayanan Perizinan",
    };
    e.q.forEach((v, j) => {
      cells[`q${j}k`] = v;
      cells[`q${j}r`] = e.rq[j];
    });
    return { id: e.id, cells, bold: e.id.startsWith("p") };
  });
  const avgK = round(sum(list.map((e) => derived(e).k14)) / list.length);
  const avgR = round(sum(list.map((e) => derived(e).r14)) / list.length);
  rows.push({
    id: "avg",
    span: ["no", "sat"],
    cells: (x) => ({
      no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
      c14k: fx(`AVERAGE(${x.a("c14k", "p1")}:${x.a("c14k", "s3")})`),
      c14r: fx(`AVERAGE(${x.a("c14r", "p1")}:${x.a("c14r", "s3")})`),
    }),
  });
  const wrongBand = predikat(avgR) === "Rendah" ? "Sedang" : "Rendah";
  rows.push({
    id: "pred",
    span: ["no", "sat"],
    cells: { no: "Predikat Kinerja", c14k: predikat(avgK), c14r: wrongBand },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines(
    [
      "Faktor pendorong : integrasi OSS RBA dengan SiCantik Cloud.",
      "Faktor penghambat : kepatuhan LKPM pelaku usaha mikro dan kecil masih rendah.",
    ],
    2,
  );
  s.gap();
  signature(s, 20, {
    tempat: "Seruni Kidul, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PENANAMAN MODAL DAN PTSP", "KABUPATEN LEMBAH SERUNI"],
    nama: "Ir. RAHARJO WICAKSONO, M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19710823 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qk = (id: string) => [0, 1, 2, 3].map((j) => a(`q${j}k`, id)).join("+");
  const qr = (id: string) => [0, 1, 2, 3].map((j) => a(`q${j}r`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("c12r", "s2") },
    rules: ["sum-mismatch", "number-scale"],
    truth: qr("s2"),
    note: "column 12 Rp of 2.18.04.2.01.0002 typed 4,282,550,000, ten times the quarters (428,255,000)",
  });
  b.plant({
    at: { sheet: S, cell: a("c14r", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14r", "avg")})`,
    note: `predikat "${wrongBand}" for an average realisasi anggaran Renstra of ${avgR} (${predikat(avgR)})`,
  });
  for (const id of ["p1", "k1", "p2"]) {
    b.ok({ sheet: S, cell: a("c12k", id), rules: ["sum-mismatch"], truth: a("q3k", id), trap: qk(id) });
    b.ok({
      sheet: S,
      cell: a("c13k", id),
      rules: ["sum-mismatch"],
      truth: a("c12k", id),
      trap: `${a("c6k", id)}+${a("c12k", id)}`,
    });
  }
  for (const id of ["s1", "s2", "s3", "k2"])
    b.ok({ sheet: S, cell: a("c12k", id), rules: ["sum-mismatch"], truth: qk(id) });
  for (const id of ["s1", "s3", "k2", "k1", "p2"]) {
    b.ok({ sheet: S, cell: a("c12r", id), rules: ["sum-mismatch"], truth: qr(id) });
    b.ok({
      sheet: S,
      cell: a("c13r", id),
      rules: ["sum-mismatch"],
      truth: `${a("c6r", id)}+${a("c12r", id)}`,
    });
  }
  for (const id of ["s1", "s3", "k2", "p1", "k1", "p2", "s2"])
    b.ok({
      sheet: S,
      cell: a("c14k", id),
      rules: ["capaian-mismatch"],
      truth: `${a("c13k", id)}/${a("c5k", id)}*100`,
    });
  for (const id of ["s1", "s3", "k2", "p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("c14r", id),
      rules: ["capaian-mismatch"],
      truth: `${a("c13r", id)}/${a("c5r", id)}*100`,
    });
  b.ok({ sheet: S, cell: a("c5r", "p1"), rules: ["sum-mismatch"], truth: a("c5r", "k1") });
  b.ok({
    sheet: S,
    cell: a("c5r", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("c5r", "s1")}+${a("c5r", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c7r", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("c7r", "s1")}+${a("c7r", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c14k", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14k", "avg")})`,
  });
  return b.finish();
}

/** T-C.27 of DPMPTSP Kota Pare Bulawan (Sulawesi Selatan), Renstra 2025-2029, "(dalam ribuan rupiah)". */
export function tc27Dpmptsp(): BookW {
  const b = new BookW(
    "tc27-dpmptsp-pare-bulawan-309.xlsx",
    "T-C.27 Renstra (DPMPTSP)",
    "T-C.27 2025-2029, Tahun ke-1..5 resolved from the title, (dalam ribuan rupiah), group headers written once (unmerged), Tujuan/Sasaran merged down, SUM formulas for kegiatan/program Rp, JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Pare Bulawan Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode" },
    { key: "prog", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Data Capaian pada Tahun Awal Perencanaan"], role: "kondisi-awal" },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        fmt: "#,##0.##",
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      fmt: "#,##0.##",
    },
    { key: "kr", head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"], fmt: RP },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi" },
  ];
  const T1 = "Meningkatkan iklim investasi daerah yang kondusif";
  const SA = "Meningkatnya realisasi investasi PMA dan PMDN";
  const SB = "Meningkatnya kualitas data perizinan dan investasi";
  type R = {
    id: string;
    kode: string;
    prog: string;
    ind: string;
    sat: string;
    awal: number;
    t: number[];
    flow: boolean;
    rp?: number[];
    parts?: string[];
    sas: string;
    unit: string;
  };
  const spec: R[] = [
    {
      id: "p1",
      kode: "2.18.03",
      prog: "Program Promosi Penanaman Modal",
      ind: "Persentase peningkatan nilai realisasi investasi",
      sat: "%",
      awal: 5.8,
      t: [6.5, 7, 7.5, 8, 8.5],
      flow: false,
      parts: ["k1"],
      sas: SA,
      unit: "Bidang Promosi",
    },
    {
      id: "k1",
      kode: "2.18.03.2.01",
      prog: "Penyelenggaraan Promosi Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah kegiatan promosi penanaman modal yang dilaksanakan",
      sat: "kegiatan",
      awal: 3,
      t: [4, 4, 5, 5, 6],
      flow: true,
      parts: ["s1", "s2"],
      sas: SA,
      unit: "Bidang Promosi",
    },
    {
      id: "s1",
      kode: "2.18.03.2.01.0001",
      prog: "Penyusunan Strategi Promosi Penanaman Modal",
      ind: "Jumlah dokumen strategi promosi penanaman modal",
      sat: "dokumen",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      flow: true,
      rp: [185000, 192500, 201000, 210000, 220500],
      sas: SA,
      unit: "Bidang Promosi",
    },
    {
      id: "s2",
      kode: "2.18.03.2.01.0002",
      prog: "Pelaksanaan Kegiatan Promosi Penanaman Modal",
      ind: "Jumlah pameran dan forum bisnis investasi yang diikuti",
      sat: "kegiatan",
      awal: 2,
      t: [3, 3, 4, 4, 5],
      flow: true,
      rp: [1240000, 1310000, 1385000, 1460000, 1540000],
      sas: SA,
      unit: "Bidang Promosi",
    },
    {
      id: "p2",
      kode: "2.18.06",
      prog: "Program Pengelolaan Data dan Sistem Informasi Penanaman Modal",
      ind: "Persentase data perizinan dan investasi yang mutakhir",
      sat: "%",
      awal: 76,
      t: [80, 84, 88, 92, 95],
      flow: false,
      parts: ["k2"],
      sas: SB,
      unit: "Bidang Data dan Informasi",
    },
    {
      id: "k2",
      kode: "2.18.06.2.01",
      prog: "Pengelolaan Data dan Informasi Perizinan dan Nonperizinan yang Terintegrasi pada Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah laporan data perizinan dan realisasi investasi",
      sat: "laporan",
      awal: 4,
      t: [4, 4, 4, 4, 4],
      flow: true,
      parts: ["s3", "s4"],
      sas: SB,
      unit: "Bidang Data dan Informasi",
    },
    {
      id: "s3",
      kode: "2.18.06.2.01.0001",
      prog: "Pengolahan, Penyajian dan Pemanfaatan Data dan Informasi Perizinan Berbasis Sistem Elektronik",
      ind: "Jumlah dokumen pengolahan data perizinan",
      sat: "dokumen",
      awal: 10,
      t: [12, 12, 12, 12, 12],
      flow: true,
      rp: [412000, 436500, 455000, 478000, 502000],
      sas: SB,
      unit: "Bidang Data dan Informasi",
    },
    {
      id: "s4",
      kode: "2.18.03.2.02.0003",
      prog: "Pembinaan Operator Sistem Informasi Perizinan",
      ind: "Jumlah pelatihan operator sistem informasi",
      sat: "kali",
      awal: 1,
      t: [2, 2, 2, 2, 2],
      flow: true,
      rp: [96000, 101500, 107000, 112500, 118000],
      sas: SB,
      unit: "Bidang Data dan Informasi",
    },
  ];
  const rows: Row[] = spec.map((e) => ({
    id: e.id,
    bold: !e.id.startsWith("s"),
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        tuj: T1,
        sas: e.sas,
        kode: e.kode,
        prog: e.prog,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        ka: e.id === "s2" ? e.t[4] : e.flow ? sum(e.t) : e.t[4],
        kr: fx(Y.map((y) => x.a(`r${y}`)).join("+")),
        unit: e.unit,
        lok: "Kota Pare Bulawan",
      };
      Y.forEach((y, i) => {
        c[`t${y}`] = e.t[i];
        c[`r${y}`] = e.rp
          ? e.rp[i]
          : fx(`SUM(${x.a(`r${y}`, e.parts![0])}:${x.a(`r${y}`, e.parts![e.parts!.length - 1])})`);
      });
      return c;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["kode", "sat"],
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string> = { kode: "JUMLAH" };
      for (const y of Y) c[`r${y}`] = fx(`${x.a(`r${y}`, "p1")}+${x.a(`r${y}`, "p2")}`);
      c.kr = fx(`${x.a("kr", "p1")}+${x.a("kr", "p2")}`);
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 3, groups: "first", rows, vmerge: ["tuj", "sas"] });
  s.gap();
  signature(s, 16, {
    tempat: "Pare Bulawan, 20 Februari 2025",
    jabatan: ["Kepala Dinas Penanaman Modal dan PTSP", "Kota Pare Bulawan"],
    nama: "Dr. ANDI MAPPATUNRU SALEH, S.E., M.Si.",
    nip: "19760412 200212 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const tsum = (id: string) => Y.map((y) => a(`t${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ka", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    truth: tsum("s2"),
    note: "kondisi akhir of a flow (pameran dan forum bisnis per tahun) typed as the Tahun ke-5 target 5; the five years add up to 19",
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s4")})`,
    note: "sub kegiatan code 2.18.03.2.02.0003 sits under kegiatan 2.18.06.2.01 (should be 2.18.06.2.01.0002)",
  });
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: tsum(id),
    });
  for (const id of ["k1", "s1", "k2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tsum(id),
      trap: a("t5", id),
    });
  for (const id of ["p1", "k1", "s1", "s2", "p2", "k2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "jml"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k1"),
    actual: `PARENT(${a("kode", "s2")})`,
  });
  return b.finish();
}
