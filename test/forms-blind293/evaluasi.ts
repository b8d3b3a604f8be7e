// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Lingkungan Hidup on
// ruang terbuka hijau: luas RTH publik, pohon ditanam, taman kota dikelola and ISPU. All invented.
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

/** E.81 of the DLH Kota Teluk Baruna (Kalimantan Timur), s.d. Triwulan IV 2024, Renstra 2021-2026. */
export function e81Rth(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dlh-teluk-baruna-rth.xlsx",
    "E.81 Evaluasi Renja (DLH)",
    "E.81 s.d. Triwulan IV 2024; K | Rp pairs, number row merged over the pairs; 12 and 13 as formulas except a typed Rp; a level program row (% luas RTH publik) and a level sub kegiatan (taman dikelola) whose quarters are not added; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TELUK BARUNA",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Pangeran Antasari No. 7, Teluk Baruna",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA DINAS LINGKUNGAN HIDUP KOTA TELUK BARUNA",
    "Periode pelaksanaan: s.d. Triwulan IV Tahun Anggaran 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "2.11.08.2.01.0003",
    ur: "Penanaman dan Pemeliharaan Pohon Peneduh di Ruang Terbuka Hijau",
    ind: "Jumlah pohon peneduh yang ditanam",
    sat: "batang",
    level: false,
    k5: 30_000,
    k6: 17_450,
    k7: 5_000,
    q: [650, 1_420, 1_875, 1_230],
    r5: 6_750_000_000,
    r6: 3_912_400_000,
    r7: 1_150_000_000,
    rq: [122_300_000, 318_650_000, 402_180_000, 271_900_000],
  };
  const s2: E = {
    id: "s2",
    kode: "2.11.08.2.01.0005",
    ur: "Pengelolaan Taman Kota dan Jalur Hijau",
    ind: "Jumlah taman kota yang dikelola",
    sat: "taman",
    level: true,
    k5: 24,
    k6: 19,
    k7: 21,
    q: [19, 20, 20, 22],
    r5: 11_400_000_000,
    r6: 6_805_750_000,
    r7: 2_250_000_000,
    rq: [410_200_000, 585_600_000, 612_450_000, 598_300_000],
  };
  const keg: E = {
    id: "keg",
    kode: "2.11.08.2.01",
    ur: "Pengelolaan Ruang Terbuka Hijau Publik",
    ind: "Luas RTH publik yang dipelihara",
    sat: "ha",
    level: false,
    k5: 120,
    k6: 71.5,
    k7: 24,
    q: [4.5, 6.2, 7.8, 5.9],
    r5: s1.r5 + s2.r5,
    r6: s1.r6 + s2.r6,
    r7: s1.r7 + s2.r7,
    rq: [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.11.08",
    ur: "PROGRAM PENGELOLAAN KEANEKARAGAMAN HAYATI DAN RUANG TERBUKA HIJAU",
    ind: "Persentase luas RTH publik terhadap luas wilayah kota",
    sat: "%",
    level: true,
    k5: 20,
    k6: 16.2,
    k7: 17.5,
    q: [16.4, 16.8, 17.1, 17.6],
  };
  const rows = [prog, keg, s1, s2];
  const pair = (
    n: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra DLH Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Renja Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "13",
      "Realisasi Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "15",
      width: 18,
    },
  ];
  const qs = (p: string, x: { a(k: string, id?: string): string }, id?: string) =>
    ["8", "9", "10", "11"].map((n) => x.a(`${p}${n}`, id)).join("+");
  // values for the footer (computed like the formulas)
  const k12 = (e: E) => (e.level ? e.q[3] : round(sum(e.q), 2));
  const k13 = (e: E) => (e.level ? k12(e) : round(e.k6 + k12(e), 2));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const R12S1 = 1_151_030_000;
  const r14 = (e: E) => round(((e.r6 + (e.id === "s1" ? R12S1 : sum(e.rq))) / e.r5) * 100);
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  // planted: the Predikat of K says one band above the average
  const up: Record<string, string> = {
    "Sangat Rendah": "Rendah",
    Rendah: "Sedang",
    Sedang: "Tinggi",
    Tinggi: "Sangat Tinggi",
    "Sangat Tinggi": "Tinggi",
  };
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: (x) => ({
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: e.level ? fx(x.a("k11")) : fx(qs("k", x)),
      // planted: the pohon row's Rp 12 typed 1,151,030,000 (the quarters give 1,115,030,000)
      r12: e.id === "s1" ? R12S1 : fx(qs("r", x)),
      k13: e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`),
      r13: fx(`${x.a("r6")}+${x.a("r12")}`),
      k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
      r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
      pj: "Bidang Pertamanan dan RTH",
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat kinerja", k14: up[predikat(avgK)], r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: jumlah taman kota yang dikelola dan persentase luas RTH adalah posisi akhir triwulan (tidak dijumlahkan).",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Teluk Baruna, 17 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP"],
    nama: "Dr. Ir. HENDRA SYAFRUDDIN PARINDING, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Column 12 Rp of sub kegiatan 2.11.08.2.01.0003 typed 1,151,030,000; the four quarters give 1,115,030,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the K average ${avgK} is written "${up[predikat(avgK)]}"; the band is ${predikat(avgK)}`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["prog", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the DLH Kabupaten Lembah Sawir (Sumatera Barat), Renstra 2025-2029, Rp in thousands. */
export function tc27Rth(): BookW {
  const b = new BookW(
    "tc27-renstra-dlh-lembah-sawir-rth-ispu.xlsx",
    "T-C.27 Rencana program dan pendanaan (DLH)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)', Tahun ke-1..ke-5 > Target | Rp with the year under each; kegiatan Rp as SUM of its sub kegiatan; kondisi akhir K by the kind of indicator (level = Tahun ke-5, flow = sum) and Rp = sum of five years; a kolom Lokasi",
  );
  const S = "Tabel 5.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SAWIR", "DINAS LINGKUNGAN HIDUP"]);
  s.lines([
    "Tabel 5.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Lingkungan Hidup Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.11.08",
      ur: "PROGRAM PENGELOLAAN RUANG TERBUKA HIJAU DAN KEANEKARAGAMAN HAYATI",
      ind: "Persentase luas RTH publik terhadap luas kawasan perkotaan",
      sat: "%",
      level: true,
      awal: 11.4,
      k: [12.2, 13.1, 14.3, 15.6, 17],
    },
    {
      id: "g",
      kode: "2.11.08.2.02",
      ur: "Penyediaan dan Pemeliharaan RTH Kawasan Perkotaan",
      ind: "Jumlah taman dan hutan kota yang dikelola",
      sat: "lokasi",
      level: true,
      awal: 9,
      k: [10, 11, 12, 13, 14],
    },
    {
      id: "s1",
      kode: "2.11.08.2.02.0001",
      ur: "Penanaman Pohon pada Jalur Hijau dan Hutan Kota",
      ind: "Jumlah pohon yang ditanam",
      sat: "batang",
      level: false,
      awal: 2_400,
      k: [3_000, 3_200, 3_500, 3_500, 3_800],
      rp: [684_500, 712_300, 765_800, 771_250, 826_400],
    },
    {
      id: "s2",
      kode: "2.11.08.2.02.0004",
      ur: "Pemeliharaan Taman Kota",
      ind: "Jumlah taman kota yang dipelihara",
      sat: "taman",
      level: true,
      awal: 7,
      k: [8, 8, 9, 10, 10],
      rp: [1_120_000, 1_185_600, 1_264_300, 1_340_750, 1_402_200],
    },
    {
      id: "s3",
      kode: "2.11.07.2.02.0006",
      ur: "Pemantauan Kualitas Udara Ambien di Kawasan RTH",
      ind: "Jumlah titik pemantauan kualitas udara (ISPU)",
      sat: "titik",
      level: true,
      awal: 2,
      k: [3, 3, 4, 4, 5],
      rp: [215_000, 198_400, 262_750, 240_100, 289_600],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 10,
    },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: [`Tahun ke-${i + 1} (${y})`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 9,
      },
      {
        key: `r${i}`,
        head: [`Tahun ke-${i + 1} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 9,
    },
    {
      key: "kr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: RP,
      width: 14,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 18, width: 14 },
  ];
  const subIds = ["s1", "s2", "s3"];
  const body: Row[] = rows.map((p) => ({
    id: p.id,
    bold: !p.rp,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        lok: p.id === "p" ? "Kabupaten" : "Kawasan perkotaan Sawir",
      };
      p.k.forEach((v, i) => {
        c[`k${i}`] = v;
        c[`r${i}`] = p.rp ? p.rp[i] : fx(`SUM(${x.a(`r${i}`, "s1")}:${x.a(`r${i}`, "s3")})`);
      });
      // planted: the pohon row's kondisi akhir K is the Tahun ke-5 target (3,800), not the five-year sum
      c.ka = p.level || p.id === "s1" ? p.k[4] : sum(p.k);
      c.kr = fx(`${x.a("r0")}+${x.a("r1")}+${x.a("r2")}+${x.a("r3")}+${x.a("r4")}`);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  signature(s, 14, {
    tempat: "Sawir, 3 Maret 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup", "Kabupaten Lembah Sawir"],
    nama: "NOVRIZAL DATUAK RAJO BUJANG, S.T., M.T.",
    nip: "19790924 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (p: string, id: string) => [0, 1, 2, 3, 4].map((i) => a(`${p}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ka", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Jumlah pohon yang ditanam' (a flow) is 3,800, the Tahun ke-5 target; the five years give 17,000",
    truth: five("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 2.11.07.2.02.0006 (bidang 2.11.07) sits under kegiatan 2.11.08.2.02",
    truth: a("kode", "g"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "g", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: five("k", id),
    });
  for (const id of ["p", "g", ...subIds])
    b.ok({
      sheet: S,
      cell: a("kr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five("r", id),
    });
  for (let i = 0; i < 5; i++)
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g"),
      rules: ["sum-mismatch"],
      truth: subIds.map((id) => a(`r${i}`, id)).join("+"),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", "g"),
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p"),
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}
