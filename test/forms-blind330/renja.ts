// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Sosial: rehabilitasi
// sosial, PMKS, panti. Every place, person and number is invented.
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

type E = { id: string; kode: string; ur: string; ind: string; sat: string; level: boolean };
type N = {
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of Dinas Sosial Kabupaten Lembah Sari Kencana (Sulawesi Tengah), ordinal (n-1)/(n-2) headers. */
export function e81Sosial(): BookW {
  const b = new BookW(
    "e81-dinsos-lembah-sari-kencana-330.xlsx",
    "E.81 Evaluasi Renja (Dinas Sosial)",
    "E.81 s.d. Triwulan IV 2024 with ordinal (n-1)/(n-2) headers; no No column; K | Rp pairs; merged number pairs; a level program row; rata-rata and predikat footer",
  );
  const S = "E81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARI KENCANA",
    "DINAS SOSIAL",
    "Jl. Trans Sulawesi No. 41, Bunta Jaya",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA DINAS SOSIAL",
    "Renstra 2021-2026, Periode s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const rows: Array<E & N> = [
    {
      id: "p",
      kode: "1.06.04",
      ur: "PROGRAM REHABILITASI SOSIAL",
      ind: "Persentase PPKS yang tertangani rehabilitasi sosial",
      sat: "%",
      level: true,
      k5: 85,
      k6: 68.2,
      k7: 76,
      q: [61.5, 66.8, 71.9, 77.4],
      r5: 9_850_000_000,
      r6: 5_214_600_000,
      r7: 1_962_000_000,
      rq: [0, 0, 0, 0],
    },
    {
      id: "g",
      kode: "1.06.04.2.02",
      ur: "Rehabilitasi Sosial Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar",
      ind: "Jumlah PPKS yang direhabilitasi dalam panti",
      sat: "orang",
      level: false,
      k5: 1250,
      k6: 712,
      k7: 260,
      q: [48, 71, 66, 79],
      r5: 9_850_000_000,
      r6: 5_214_600_000,
      r7: 1_962_000_000,
      rq: [0, 0, 0, 0],
    },
    {
      id: "s1",
      kode: "1.06.04.2.02.0001",
      ur: "Penyediaan Permakanan",
      ind: "Jumlah PPKS yang menerima permakanan",
      sat: "orang",
      level: false,
      k5: 900,
      k6: 514,
      k7: 190,
      q: [36, 52, 47, 58],
      r5: 6_420_000_000,
      r6: 3_398_100_000,
      r7: 1_284_000_000,
      rq: [286_450_000, 318_720_000, 301_080_000, 352_900_000],
    },
    {
      id: "s2",
      kode: "1.06.04.2.02.0007",
      ur: "Pemberian Layanan Rujukan",
      ind: "Jumlah PPKS yang mendapat layanan rujukan",
      sat: "orang",
      level: false,
      k5: 350,
      k6: 198,
      k7: 70,
      q: [12, 19, 19, 21],
      r5: 3_430_000_000,
      r6: 1_816_500_000,
      r7: 678_000_000,
      rq: [121_300_000, 174_850_000, 158_600_000, 196_420_000],
    },
  ];
  for (const i of [0, 1, 2, 3]) rows[1].rq[i] = rows[2].rq[i] + rows[3].rq[i];
  rows[0].rq = [...rows[1].rq];
  const k12 = (e: E & N) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E & N) => (e.level ? k12(e) : e.k6 + k12(e));
  const pair = (n: string, g: string, role: Col["role"], rrole: Col["role"], year?: number): Col[] => [
    { key: `k${n}`, head: [g, "K"], role, year, num: n, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rrole, year, num: n, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan"], num: 2, width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 30,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("8", "Realisasi Triwulan I", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun Berjalan (n-1)",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun (n-1) (%)",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15 },
  ];
  // planted: s1 col 12 Rp misses Triwulan III; g col 14 K is 12/7 x 100 instead of 13/5 x 100
  const R12S1 = sum(rows[2].rq) - rows[2].rq[2];
  const body: Row[] = rows.map((e) => {
    const r12 = e.id === "s1" ? R12S1 : sum(e.rq);
    const r13 = e.r6 + sum(e.rq);
    return {
      id: e.id,
      cells: {
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
        k12: k12(e),
        r12,
        k13: k13(e),
        r13,
        k14: e.id === "g" ? round((k12(e) / e.k7) * 100) : round((k13(e) / e.k5) * 100),
        r14: round((r13 / e.r5) * 100),
        pj: "Bidang Rehabilitasi Sosial",
      },
    };
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "p")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "p")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      { id: "pred", span: ["kode", "sat"], cells: () => ({ kode: "Predikat kinerja" }) },
    ],
  });
  const ws = s.ws;
  const avg = (k: string) => round(sum(body.map((r) => (r.cells as Record<string, number>)[k])) / 4);
  ws.getCell(t.a("k14", "pred")).value = predikat(avg("k14"));
  ws.getCell(t.a("r14", "pred")).value = predikat(avg("r14"));
  s.gap();
  s.lines(["Faktor penghambat: keterlambatan verifikasi DTKS untuk rujukan antar kabupaten."]);
  s.gap();
  signature(s, 20, {
    tempat: "Bunta Jaya, 15 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL"],
    nama: "Dra. NURHAYATI LAMASITUDJU, M.Si",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19720811 199803 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    truth: q("r", "s1"),
    note: "Column 12 Rp of Penyediaan Permakanan leaves out Triwulan III (301,080,000)",
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "g") },
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "g")}/${a("k5", "g")}*100,2)`,
    note: "Column 14 K of the kegiatan is 12/7 x 100 (the Renja capaian); 13/5 x 100 is meant",
  });
  b.ok({ sheet: S, cell: a("k12", "p"), rules: ["sum-mismatch"], truth: a("k11", "p"), trap: q("k", "p") });
  b.ok({
    sheet: S,
    cell: a("k13", "p"),
    rules: ["sum-mismatch"],
    truth: a("k12", "p"),
    trap: `${a("k6", "p")}+${a("k12", "p")}`,
  });
  for (const id of ["g", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["g", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
  for (const id of ["p", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({ sheet: S, cell: a("r7", "g"), rules: ["sum-mismatch"], truth: `${a("r7", "s1")}+${a("r7", "s2")}` });
  b.ok({
    sheet: S,
    cell: a("r13", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

/** T-C.27 of Dinas Sosial Kota Teluk Pandan Raya (Nusa Tenggara Barat), Renstra 2025-2029, Rp 000. */
export function tc27Sosial(): BookW {
  const b = new BookW(
    "tc27-dinsos-teluk-pandan-raya-330.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Sosial)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; 'Tahun ke-1'..'ke-5' over Target | Rp, group headers repeated; kegiatan Rp = SUM of sub kegiatan; kondisi akhir Rp = SUM of the years; a level program and flows",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TELUK PANDAN RAYA", "DINAS SOSIAL"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Sosial Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode" },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 30,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [`Tahun ke-${i + 1}`, "Target"], role: "target", year: y, fmt: DEC },
      { key: `r${i}`, head: [`Tahun ke-${i + 1}`, "Rp"], role: "anggaran", year: y, fmt: RP },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      fmt: DEC,
    },
    { key: "ra", head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"], role: "kondisi-akhir", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab" },
  ];
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
  const rows: P[] = [
    {
      id: "p",
      kode: "1.06.05",
      ur: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
      ind: "Persentase korban bencana yang menerima bantuan sosial",
      sat: "%",
      level: true,
      awal: 82.5,
      k: [85, 87.5, 90, 92.5, 95],
    },
    {
      id: "g",
      kode: "1.06.05.2.01",
      ur: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
      ind: "Jumlah korban bencana yang terpenuhi kebutuhan dasarnya",
      sat: "jiwa",
      level: false,
      awal: 1840,
      k: [420, 450, 480, 500, 520],
    },
    {
      id: "s1",
      kode: "1.06.05.2.01.0001",
      ur: "Penyediaan Makanan",
      ind: "Jumlah paket makanan siap saji yang disalurkan",
      sat: "paket",
      level: false,
      awal: 6200,
      k: [1500, 1600, 1700, 1800, 1900],
      rp: [412_500, 438_000, 465_250, 491_800, 518_400],
    },
    {
      id: "s2",
      kode: "1.06.05.2.01.0004",
      ur: "Penyediaan Logistik Pengungsian",
      ind: "Jumlah paket logistik pengungsian yang disalurkan",
      sat: "paket",
      level: false,
      awal: 940,
      k: [220, 240, 260, 280, 300],
      rp: [286_300, 301_750, 318_900, 334_600, 352_150],
    },
  ];
  // planted: the program's kondisi akhir K is the Tahun ke-4 target (92.5), not ke-5 (95)
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string | number> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        pj: "Bidang Linjamsos",
      };
      e.k.forEach((v, i) => {
        c[`k${i}`] = v;
        c[`r${i}`] = e.rp
          ? e.rp[i]
          : e.id === "g"
            ? fx(`SUM(${x.a(`r${i}`, "s1")}:${x.a(`r${i}`, "s2")})`)
            : fx(x.a(`r${i}`, "g"));
      });
      c.ka = e.level ? (e.id === "p" ? e.k[3] : e.k[4]) : sum(e.k);
      // planted: the kegiatan's kondisi akhir Rp keeps a stale result from before the 2029 revision
      const f = `SUM(${x.a("r0")},${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")})`;
      c.ra = e.id === "g" ? fx(f, 3_824_650) : fx(f);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 2, groups: "repeat", rows: body });
  s.gap();
  s.lines(["Catatan: target Tahun ke-1 mengikuti RKPD 2025."]);
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (p: string, id: string) => [0, 1, 2, 3, 4].map((i) => a(`${p}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ka", "p") },
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "p"),
    note: "Kondisi akhir of a level (persentase) is the Tahun ke-4 target 92.50; the last target is 95.00",
  });
  b.plant({
    at: { sheet: S, cell: a("ra", "g") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: yrs("r", "g"),
    note: "Kondisi akhir Rp of the kegiatan is a SUM with a stale cached result 3,824,650; the five years add up to 3,919,650",
  });
  b.ok({
    sheet: S,
    cell: a("ka", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yrs("k", "g"),
    trap: a("k4", "g"),
  });
  for (const id of ["s1", "s2"]) {
    b.ok({ sheet: S, cell: a("ka", id), rules: ["kondisi-akhir-mismatch"], truth: yrs("k", id) });
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("r", id),
    });
  }
  for (const i of [0, 2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}`,
    });
  b.ok({ sheet: S, cell: a("r3", "p"), rules: ["sum-mismatch"], truth: a("r3", "g") });
  return b.finish();
}
