// Renja evaluation (E.81), Renstra funding (T-C.27) and LKjIP of two Dinas Pendidikan: APK/APM SD-SMP,
// angka putus sekolah, guru bersertifikat, BOS, ruang kelas rusak. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
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

/** E.81 of Dinas Pendidikan Kabupaten Lembah Sari Jaya (Sulawesi Tengah), Triwulan I s.d. IV 2024. */
export function e81Pendidikan(): BookW {
  const b = new BookW(
    "e81-disdik-lembah-sari-jaya-312.xlsx",
    "E.81 Evaluasi Renja (Dinas Pendidikan)",
    "E.81 2024 with ordinal (n-2)/(n-1) headers resolved from the title; three header rows (Triwulan > I..IV > K/Rp); number row merged over the pairs; typed values; rata-rata and predikat footer",
  );
  const S = "Evaluasi Renja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARI JAYA",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. Trans Sulawesi No. 44, Sari Jaya",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "PERIODE PELAKSANAAN TAHUN 2024 (RENSTRA 2021-2026)",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "1.01.02.2.01.0009",
    ur: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
    ind: "Jumlah ruang kelas SD rusak yang direhabilitasi",
    level: false,
    k5: 240,
    k6: 131,
    k7: 48,
    q: [0, 9, 22, 15],
    r5: 31_200_000_000,
    r6: 17_480_500_000,
    r7: 6_450_000_000,
    rq: [0, 1_215_400_000, 2_960_750_000, 1_987_300_000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "1.01.02.2.01.0025",
    ur: "Pengelolaan Dana BOS Sekolah Dasar",
    ind: "Jumlah SD penerima BOS yang dibina pengelolaan dananya",
    level: false,
    k5: 1_050,
    k6: 612,
    k7: 214,
    q: [54, 61, 50, 47],
    r5: 4_875_000_000,
    r6: 2_903_600_000,
    r7: 985_000_000,
    rq: [183_250_000, 276_400_000, 241_900_000, 262_150_000],
  };
  const subs = [s1, s2];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: Ev = {
    id: "keg",
    kode: "1.01.02.2.01",
    ur: "Pengelolaan Pendidikan Sekolah Dasar",
    ind: "Persentase ruang kelas SD dalam kondisi baik",
    level: true,
    k5: 92,
    k6: 78.6,
    k7: 84,
    q: [79.1, 80.4, 82.7, 83.9],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "1.01.02",
    ur: "PROGRAM PENGELOLAAN PENDIDIKAN",
    ind: "Angka Partisipasi Murni (APM) SD",
    k5: 98.5,
    k6: 96.2,
    k7: 97.4,
    q: [96.3, 96.5, 96.8, 97.1],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: Ev) => round((k13(e) / e.k5) * 100);
  const r14 = (e: Ev) => round(((e.r6 + sum(e.rq)) / e.r5) * 100);
  // planted: BOS sub kegiatan (12) Rp typed 90,000,000 above its quarters
  const R12S2 = sum(s2.rq) + 90_000_000;
  // planted: (14) K of the ruang kelas flow computed from (12) alone, forgetting (6)
  const K14S1 = round((k12(s1) / s1.k5) * 100);
  const pair = (n: string, g: string[], role: Col["role"], rrole: Col["role"], year?: number): Col[] => [
    { key: `k${n}`, head: [...g, "K"], role, year, num: n, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [...g, "Rp"], role: rrole, year, num: n, fmt: RP, width: 16 },
  ];
  const tw = (n: string, q: string) =>
    pair(n, ["Realisasi Kinerja Pada Triwulan", q], "realisasi", "realisasi-anggaran", 2024);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"], num: 3, width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcomes)/ Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 30,
    },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (n-2)"],
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "target",
      "anggaran",
      2024,
    ),
    ...tw("8", "I"),
    ...tw("9", "II"),
    ...tw("10", "III"),
    ...tw("11", "IV"),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1"],
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)"],
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
  ];
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
      no: e.id === "prog" ? 1 : e.id === "keg" ? "1.1" : `1.1.${i - 1}`,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
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
      r12: e.id === "s2" ? R12S2 : sum(e.rq),
      k13: k13(e),
      r13: e.r6 + (e.id === "s2" ? R12S2 : sum(e.rq)),
      k14: e.id === "s1" ? K14S1 : k14(e),
      r14: e.id === "s2" ? round(((e.r6 + R12S2) / e.r5) * 100) : r14(e),
      pj: "Bidang Pembinaan SD",
    },
  }));
  const rAvg = round(
    sum(rows.map((e) => (e.id === "s2" ? round(((e.r6 + R12S2) / e.r5) * 100) : r14(e)))) / 4,
  );
  const kAvg = round((k14(prog) + k14(keg) + K14S1 + k14(s2)) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat kinerja", k14: predikat(kAvg), r14: predikat(rAvg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK Fisik bidang pendidikan.",
    "Faktor penghambat: keterlambatan pencairan BOS tahap I.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sari Jaya, 16 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN"],
    nama: "Dr. RAHMAT TOMPOLOLO, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720815 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of the BOS sub kegiatan is 90,000,000 above the sum of its four quarters",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of the ruang kelas flow is 12/5 x 100 (19.17); 13/5 x 100 gives 73.75",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  for (const id of ["prog", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("r7", id),
      rules: ["sum-mismatch"],
      truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
    });
  }
  b.ok({ sheet: S, cell: a("k12", "s1"), rules: ["sum-mismatch"], truth: q("k", "s1") });
  b.ok({ sheet: S, cell: a("r12", "s1"), rules: ["sum-mismatch"], truth: q("r", "s1") });
  b.ok({ sheet: S, cell: a("k12", "s2"), rules: ["sum-mismatch"], truth: q("k", "s2") });
  b.ok({
    sheet: S,
    cell: a("k13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("k6", "s1")}+${a("k12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  return b.finish();
}

type Tc = {
  id: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of Dinas Pendidikan Kota Muara Kelapa (Kalimantan Timur), Renstra 2025-2029, Rp in thousands. */
export function tc27Pendidikan(): BookW {
  const b = new BookW(
    "tc27-disdik-muara-kelapa-312.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Pendidikan)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Sasaran merged over rows; 'Tahun ke-1..5' > Target/Rp with a number row merged over each pair; a second program indicator without code; SUM formulas for kegiatan, program, kondisi akhir Rp and the JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA MUARA KELAPA", "DINAS PENDIDIKAN"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Pendidikan Kota Muara Kelapa Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Tc[] = [
    {
      id: "p",
      kode: "1.01.02",
      ur: "Program Pengelolaan Pendidikan",
      ind: "Angka Partisipasi Kasar (APK) SMP",
      sat: "%",
      flow: false,
      awal: 91.4,
      k: [92.0, 92.8, 93.5, 94.3, 95.0],
    },
    {
      id: "p2",
      ind: "Angka Partisipasi Murni (APM) SMP",
      sat: "%",
      flow: false,
      awal: 76.8,
      k: [77.5, 78.3, 79.0, 79.8, 80.5],
    },
    {
      id: "g1",
      kode: "1.01.02.2.01",
      ur: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Persentase guru SD bersertifikat pendidik",
      sat: "%",
      flow: false,
      awal: 61.2,
      k: [63.5, 66.0, 68.5, 71.0, 73.5],
    },
    {
      id: "s11",
      kode: "1.01.02.2.01.0018",
      ur: "Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan SD",
      ind: "Jumlah guru SD yang difasilitasi Pendidikan Profesi Guru",
      sat: "orang",
      flow: true,
      awal: 84,
      k: [90, 95, 95, 100, 100],
      rp: [1_215_000, 1_296_500, 1_310_250, 1_402_800, 1_425_600],
    },
    {
      id: "g2",
      kode: "1.01.02.2.02",
      ur: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      ind: "Angka putus sekolah SMP",
      sat: "%",
      flow: false,
      awal: 0.74,
      k: [0.7, 0.65, 0.6, 0.55, 0.5],
    },
    {
      id: "s21",
      kode: "1.01.02.2.02.0004",
      ur: "Pembangunan Ruang Kelas Baru",
      ind: "Jumlah ruang kelas baru SMP yang dibangun",
      sat: "ruang",
      flow: true,
      awal: 12,
      k: [14, 16, 12, 10, 10],
      rp: [5_320_000, 6_144_000, 4_680_000, 3_950_000, 4_012_500],
    },
    {
      id: "s22",
      kode: "1.01.02.2.02.0009",
      ur: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SMP rusak yang direhabilitasi",
      sat: "ruang",
      flow: true,
      awal: 30,
      k: [36, 32, 28, 24, 20],
      rp: [3_744_000, 3_420_800, 3_052_000, 2_688_000, 2_290_000],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 1, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 3, width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 30,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 6,
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 6 + y,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 6 + y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: 12,
      fmt: DEC,
      width: 9,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      num: 12,
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 13, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 14, width: 12 },
  ];
  const last = (e: Tc) => e.k[4];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string | number> = {
        sas: "Meningkatnya akses dan mutu pendidikan dasar",
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        ka: e.id === "s22" ? last(e) : e.flow ? sum(e.k) : last(e),
        unit: "Dinas Pendidikan",
        lok: "Kota Muara Kelapa",
      };
      if (e.kode) c.kode = e.kode;
      if (e.ur) c.ur = e.ur;
      Y.forEach((y, i) => {
        c[`k${y}`] = e.k[i];
        const col = x.c(`r${y}`);
        if (e.rp) c[`r${y}`] = e.rp[i];
        else if (e.id === "g1") c[`r${y}`] = fx(`SUM(${col}${x.row("s11")})`);
        else if (e.id === "g2")
          c[`r${y}`] = fx(
            y === 4
              ? `SUM(${col}${x.row("s21")}:${col}${x.row("s21")})`
              : `SUM(${col}${x.row("s21")}:${col}${x.row("s22")})`,
          );
        else if (e.id === "p") c[`r${y}`] = fx(`${col}${x.row("g1")}+${col}${x.row("g2")}`);
      });
      if (e.id !== "p2") c.ra = fx(Y.map((y) => x.a(`r${y}`)).join("+"));
      return c;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    vmerge: ["sas", "unit", "lok"],
    rows: [
      ...body,
      {
        id: "tot",
        span: ["sas", "sat"],
        bold: true,
        cells: (x) =>
          Object.fromEntries([
            ["sas", "JUMLAH"],
            ...[1, 2, 3, 4, 5].map((y) => [`r${y}`, fx(`${x.c(`r${y}`)}${x.row("p")}`)]),
            ["ra", fx(Y.map((y) => x.a(`r${y}`)).join("+"))],
          ]),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: angka putus sekolah dan APK/APM adalah capaian tahun terakhir, bukan jumlah lima tahun.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const kk = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ka", "s22") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the ruang kelas rehabilitation flow is the Tahun ke-5 target 20; the five yearly targets add up to 140",
    truth: kk("s22"),
  });
  b.plant({
    at: { sheet: S, cell: a("r4", "g2") },
    rules: ["sum-mismatch"],
    note: "Kegiatan SMP Tahun ke-4 Rp is =SUM over one sub kegiatan only (3,950,000); both give 6,638,000",
    truth: `${a("r4", "s21")}+${a("r4", "s22")}`,
  });
  for (const id of ["p", "p2", "g1", "g2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: kk(id),
    });
  for (const id of ["s11", "s21"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: kk(id),
      trap: a("k5", id),
    });
  for (const id of ["s11", "s21", "s22", "g1"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s21")}+${a(`r${y}`, "s22")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "g1")}+${a(`r${y}`, "g2")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s22"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s22")})`,
    actual: a("kode", "g2"),
  });
  return b.finish();
}

type Lk = { id: string; ind: string; neg: boolean; t: number; r: number; r23: number; akhir: number };

/** LKjIP 2024 of Dinas Pendidikan Kabupaten Lembah Sari Jaya: Tabel 3.1 with capaian formulas. */
export function lkjipPendidikan(): BookW {
  const b = new BookW(
    "lkjip-2024-disdik-lembah-sari-jaya-312.xlsx",
    "LKjIP Pengukuran Kinerja (Dinas Pendidikan)",
    "LKjIP 2024 Tabel 3.1, no No column, merged Sasaran, Satuan after Indikator, ROUND capaian formulas with refleksi on angka putus sekolah, predikat words, Realisasi 2023 and Target Akhir Renstra (2026)",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Dinas Pendidikan dan Kebudayaan Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const SA = "Meningkatnya partisipasi pendidikan dasar";
  const SB = "Meningkatnya mutu pendidik dan sarana belajar";
  const rows: Lk[] = [
    { id: "apk", ind: "APK SD", neg: false, t: 104.5, r: 103.2, r23: 103.6, akhir: 105 },
    { id: "apm", ind: "APM SD", neg: false, t: 97, r: 95.41, r23: 96.2, akhir: 98.5 },
    { id: "apms", ind: "APM SMP", neg: false, t: 78, r: 74.9, r23: 73.8, akhir: 80 },
    { id: "aps", ind: "Angka putus sekolah SD", neg: true, t: 0.2, r: 0.18, r23: 0.23, akhir: 0.15 },
    { id: "apsm", ind: "Angka putus sekolah SMP", neg: true, t: 0.6, r: 0.66, r23: 0.71, akhir: 0.5 },
    {
      id: "guru",
      ind: "Persentase guru bersertifikat pendidik",
      neg: false,
      t: 68,
      r: 55.4,
      r23: 52.3,
      akhir: 75,
    },
    {
      id: "rk",
      ind: "Persentase ruang kelas dalam kondisi baik",
      neg: false,
      t: 84,
      r: 83.9,
      r23: 78.6,
      akhir: 92,
    },
  ];
  const cap = (e: Lk) => round(e.neg ? ((2 * e.t - e.r) / e.t) * 100 : (e.r / e.t) * 100);
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((e) => ({
      id: e.id,
      cells: (x) => {
        const T = x.a("t"),
          R = x.a("r");
        const f = e.neg && e.id !== "apsm" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
        const shown = e.id === "apsm" ? round((e.r / e.t) * 100) : cap(e);
        return {
          sas: e.id === "guru" || e.id === "rk" ? SB : SA,
          ind: e.ind,
          sat: "%",
          r23: e.r23,
          t: e.t,
          r: e.r,
          c: fx(f),
          p: e.id === "guru" ? "Cukup" : predikatBaik(shown),
          ak: e.akhir,
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator angka putus sekolah (semakin kecil semakin baik) = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75-90 Baik; > 65-75 Cukup; > 50-65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "apsm") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Angka putus sekolah SMP (lower is better) computed R/T = 110.00; refleksi (2T-R)/T gives 90.00",
    truth: `ROUND((2*${a("t", "apsm")}-${a("r", "apsm")})/${a("t", "apsm")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "guru") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Cukup' for a capaian of 81.47; the band > 75-90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "guru")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "aps"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `(2*${a("t", "aps")}-${a("r", "aps")})/${a("t", "aps")}*100`,
    trap: `${a("r", "aps")}/${a("t", "aps")}*100`,
  });
  for (const id of ["apk", "apm", "apms", "guru", "rk"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r", id)}/${a("t", id)}*100`,
    });
  }
  for (const id of ["apk", "apm", "apms", "aps", "rk"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({ sheet: S, cell: a("r", "apk"), rules: ["percent-out-of-range"], truth: "103.2" });
  return b.finish();
}
