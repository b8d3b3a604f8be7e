// E.81, T-C.27 and LKjIP of two Dinas Perpustakaan dan Kearsipan (Kabupaten Lembah Sariayu, Sumatera
// Barat; Kota Pangkal Rindang, Kepulauan Bangka Belitung). Every name and number is invented.
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
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  r: [number, number, number];
  rq: number[];
};

/** E.81 of the Dinas Perpustakaan dan Kearsipan Kabupaten Lembah Sariayu, s.d. TW IV 2024 (ordinal n-1 / n-2). */
export function e81Perpus(): BookW {
  const b = new BookW(
    "e81-perpusarsip-lembah-sariayu-319.xlsx",
    "E.81 Evaluasi Renja (Perpustakaan dan Kearsipan)",
    "E.81 s.d. TW IV 2024, headers ordinal (n-1)/(n-2) resolved from the title; no No column; K | Rp under merged groups; number row merged over pairs; a level (IPLM) over flows; footer rata-rata + predikat",
  );
  const S = "Evaluasi Renja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIAYU",
    "DINAS PERPUSTAKAAN DAN KEARSIPAN",
    "Jl. Bundo Kanduang No. 14, Sariayu",
  ]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Dinas Perpustakaan dan Kearsipan Kabupaten Lembah Sariayu",
    "Renstra PD 2022-2026, Renja Tahun 2024 - periode pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "2.23.02.2.01.0005",
    ur: "Pengembangan Layanan Perpustakaan Keliling dan Pojok Baca",
    ind: "Jumlah pemustaka yang dilayani perpustakaan keliling",
    sat: "orang",
    level: false,
    k: [60_000, 33_800, 12_500],
    q: [2_710, 3_395, 3_120, 3_484],
    r: [2_150_000_000, 1_264_300_000, 465_000_000],
    rq: [61_250_000, 118_400_000, 124_900_000, 139_600_000],
  };
  const s2: E = {
    id: "s2",
    kode: "2.23.02.2.01.0008",
    ur: "Pengadaan dan Pengolahan Bahan Pustaka",
    ind: "Jumlah koleksi bahan pustaka yang diadakan",
    sat: "eksemplar",
    level: false,
    k: [25_000, 14_620, 5_200],
    q: [0, 1_850, 2_240, 1_110],
    r: [3_400_000_000, 1_987_500_000, 720_000_000],
    rq: [14_800_000, 276_350_000, 301_200_000, 97_450_000],
  };
  const rs = (i: 0 | 1 | 2) => s1.r[i] + s2.r[i];
  const rqs = [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]);
  const keg: E = {
    id: "keg",
    kode: "2.23.02.2.01",
    ur: "Pengelolaan Perpustakaan Tingkat Daerah Kabupaten",
    ind: "Jumlah kunjungan perpustakaan",
    sat: "orang",
    level: false,
    k: [480_000, 268_450, 98_000],
    q: [21_340, 24_875, 26_110, 28_930],
    r: [rs(0), rs(1), rs(2)],
    rq: rqs,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.23.02",
    ur: "PROGRAM PEMBINAAN PERPUSTAKAAN",
    ind: "Nilai Indeks Pembangunan Literasi Masyarakat (IPLM)",
    sat: "nilai",
    level: true,
    k: [72.5, 61.84, 66],
    q: [62.1, 63.4, 65.2, 67.35],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: E) => round(((e.r[1] + r12(e)) / e.r[0]) * 100);
  const pair = (n: string, g: string, rk: Col["role"], rr: Col["role"], year?: number): Col[] => [
    { key: `k${n}`, head: [g, "K"], role: rk, year, num: n, fmt: DEC, width: 10 },
    { key: `r${n}`, head: [g, "Rp"], role: rr, year, num: n, fmt: RP, width: 16 },
  ];
  const tw = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
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
    ...tw.flatMap((t, i) =>
      pair(String(8 + i), `Realisasi Kinerja pada Triwulan ${t}`, "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 18 },
  ];
  // planted: s1's column 12 K adds only TW I-III; s2's Renja Rp typed ten times over
  const K12S1 = s1.q[0] + s1.q[1] + s1.q[2];
  const R7S2 = s2.r[2] * 10;
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...rows.map((e) => ({
        id: e.id,
        bold: e.id === "prog",
        cells: {
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          k5: e.k[0],
          r5: e.r[0],
          k6: e.k[1],
          r6: e.r[1],
          k7: e.k[2],
          r7: e.id === "s2" ? R7S2 : e.r[2],
          ...Object.fromEntries(
            e.q.flatMap((v, i) => [
              [`k${8 + i}`, v],
              [`r${8 + i}`, e.rq[i]],
            ]),
          ),
          k12: e.id === "s1" ? K12S1 : k12(e),
          r12: r12(e),
          k13: k13(e),
          r13: e.r[1] + r12(e),
          k14: k14(e),
          r14: r14(e),
          pj: "Bidang Layanan dan Pembudayaan Gemar Membaca",
        },
      })),
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan realisasi anggaran Renstra (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: { kode: "Predikat kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK fisik perpustakaan dan gerakan pojok baca nagari.",
    "Faktor penghambat: armada perpustakaan keliling terbatas (2 unit) untuk 11 kecamatan.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sariayu, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN"],
    nama: "Dra. YUSNIDAR MARLIS, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19680914 199303 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: `Column 12 K of 2.23.02.2.01.0005 is ${K12S1}, the TW I-III only; 8+9+10+11 = ${k12(s1)}`,
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r7", "s2") },
    rules: ["number-scale", "sum-mismatch"],
    note: `Renja 2024 Rp of 2.23.02.2.01.0008 typed ${R7S2}, ten times the ${s2.r[2]} its kegiatan total leaves`,
    truth: `${a("r7", "keg")}-${a("r7", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r6", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s1")}+${a("r6", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  flow: boolean;
};

/** T-C.27 of the Dinas Perpustakaan dan Kearsipan Kota Pangkal Rindang, Renstra 2025-2029, Rp in thousands. */
export function tc27Perpus(): BookW {
  const b = new BookW(
    "tc27-perpusarsip-pangkal-rindang-319.xlsx",
    "T-C.27 Rencana program dan pendanaan (Perpustakaan dan Kearsipan)",
    "T-C.27 Renstra 2025-2029, '(dalam ribuan rupiah)', three header rows: group > Tahun ke-1..5 > Target | Rp; number row '(1)'..; Sasaran merged; a second program indicator without a code; kegiatan Rp SUM formulas; kondisi akhir Rp SUM formulas",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PANGKAL RINDANG", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Perpustakaan dan Kearsipan Kota Pangkal Rindang Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "prog",
      kode: "2.24.02",
      ur: "PROGRAM PENGELOLAAN ARSIP",
      ind: "Persentase OPD tertib arsip",
      sat: "%",
      awal: 38.5,
      k: [45, 52, 60, 68, 75],
      flow: false,
    },
    {
      id: "prog2",
      ind: "Nilai hasil pengawasan kearsipan internal",
      sat: "nilai",
      awal: 61.2,
      k: [64, 67.5, 71, 74.5, 78],
      flow: false,
    },
    {
      id: "keg1",
      kode: "2.24.02.2.01",
      ur: "Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah laporan pembinaan dan pengawasan arsip dinamis",
      sat: "laporan",
      awal: 12,
      k: [12, 12, 14, 14, 16],
      flow: true,
    },
    {
      id: "sub1",
      kode: "2.24.02.2.01.0002",
      ur: "Pembinaan Kearsipan pada Perangkat Daerah",
      ind: "Jumlah peserta bimbingan teknis kearsipan",
      sat: "orang",
      awal: 55,
      k: [60, 60, 75, 75, 90],
      flow: true,
    },
    {
      id: "sub2",
      kode: "2.24.02.2.01.0004",
      ur: "Penataan Arsip Inaktif",
      ind: "Jumlah berkas arsip inaktif yang ditata",
      sat: "berkas",
      awal: 3_650,
      k: [4_000, 4_500, 5_000, 5_500, 6_000],
      flow: true,
    },
    {
      id: "keg2",
      kode: "2.24.02.2.02",
      ur: "Pengelolaan Arsip Statis",
      ind: "Jumlah khazanah arsip statis yang dikelola",
      sat: "berkas",
      awal: 820,
      k: [300, 320, 350, 350, 380],
      flow: true,
    },
    {
      id: "sub3",
      kode: "2.24.02.2.02.0001",
      ur: "Akuisisi Arsip Statis",
      ind: "Jumlah arsip statis yang diakuisisi",
      sat: "berkas",
      awal: 260,
      k: [300, 320, 350, 350, 380],
      flow: true,
    },
  ];
  const rp: Record<string, number[]> = {
    sub1: [185_000, 192_500, 210_000, 218_400, 231_000],
    sub2: [342_600, 365_000, 388_250, 402_000, 425_500],
    sub3: [96_400, 104_800, 118_000, 121_500, 133_750],
  };
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "(3)", width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 30,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(6)",
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${6 + 2 * y})`,
        fmt: RP,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(17)",
      fmt: DEC,
    },
    {
      key: "kr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      num: "(18)",
      fmt: RP,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(19)", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)", width: 14 },
  ];
  const KA_PROG = 68; // planted: the Tahun ke-4 target
  const STALE = 571_250; // planted: keg1 Tahun ke-3 SUM with a stale result (true 598,250)
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: p.id.startsWith("prog"),
      cells: (x) => {
        const c: Record<string, ReturnType<typeof fx> | number | string> = {
          sas: "Meningkatnya tertib penyelenggaraan kearsipan daerah",
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          pj: "Bidang Kearsipan",
          lok: "Kota Pangkal Rindang",
        };
        if (p.kode) c.kode = p.kode;
        if (p.ur) c.ur = p.ur;
        Y.forEach((y) => (c[`k${y}`] = p.k[y - 1]));
        c.ka = p.id === "prog" ? KA_PROG : p.flow ? sum(p.k) : p.k[4];
        const hasRp = p.id !== "prog2";
        Y.forEach((y) => {
          const r = `r${y}`;
          if (rp[p.id]) c[r] = rp[p.id][y - 1];
          else if (p.id === "keg1")
            c[r] = fx(`SUM(${x.a(r, "sub1")}:${x.a(r, "sub2")})`, y === 3 ? STALE : undefined);
          else if (p.id === "keg2") c[r] = fx(`SUM(${x.a(r, "sub3")})`);
          else if (p.id === "prog") c[r] = fx(`${x.a(r, "keg1")}+${x.a(r, "keg2")}`);
        });
        if (hasRp) c.kr = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return c;
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: target persentase dan nilai bersifat tingkat (kondisi akhir = target tahun ke-5)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ka", "prog") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of Persentase OPD tertib arsip is 68, the Tahun ke-4 target; Tahun ke-5 is 75",
    truth: a("k5", "prog"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "keg1") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 2.24.02.2.01 Tahun ke-3 Rp =SUM with a stale result 571,250; its sub kegiatan give 598,250",
    truth: `${a("r3", "sub1")}+${a("r3", "sub2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "prog2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "prog2"),
    trap: Y.map((y) => a(`k${y}`, "prog2")).join("+"),
  });
  for (const id of ["keg1", "sub2", "keg2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`k${y}`, id)).join("+"),
      trap: a("k5", id),
    });
  b.ok({
    sheet: S,
    cell: a("ka", "sub1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "sub1")).join("+"),
  });
  for (const y of [1, 2, 4, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "keg1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "sub1")}+${a(`r${y}`, "sub2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "keg1")}+${a(`r${y}`, "keg2")}`,
    });
  }
  for (const id of ["sub1", "sub2", "sub3", "keg2"])
    b.ok({
      sheet: S,
      cell: a("kr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  return b.finish();
}

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  ta: number;
  neg: boolean;
};

/** LKjIP 2024 Tabel 3.1 of the Dinas Perpustakaan dan Kearsipan Kabupaten Lembah Sariayu. */
export function lkjipPerpus(): BookW {
  const b = new BookW(
    "lkjip-2024-perpusarsip-lembah-sariayu-319.xlsx",
    "LKjIP capaian (Perpustakaan dan Kearsipan)",
    "LKjIP 2024 Tabel 3.1: merged Sasaran, 'Tahun 2024' over Target / Realisasi / Capaian, Realisasi 2023, predikat words, target akhir Renstra 2026 and capaian against it; ROUND formulas, refleksi on negatives; number row with '(7) = (6)/(5) x 100'",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.1 Pengukuran Kinerja Dinas Perpustakaan dan Kearsipan Kabupaten Lembah Sariayu Tahun 2024",
  ]);
  s.gap();
  const A = "Meningkatnya budaya literasi masyarakat";
  const B = "Meningkatnya tertib penyelenggaraan kearsipan";
  const ls: L[] = [
    {
      id: "iplm",
      sas: A,
      ind: "Nilai Indeks Pembangunan Literasi Masyarakat (IPLM)",
      sat: "nilai",
      t: 66,
      r: 67.35,
      r23: 61.84,
      ta: 72.5,
      neg: false,
    },
    {
      id: "tgm",
      sas: A,
      ind: "Tingkat Kegemaran Membaca (TGM)",
      sat: "nilai",
      t: 64,
      r: 58.9,
      r23: 60.12,
      ta: 70,
      neg: false,
    },
    {
      id: "desa",
      sas: A,
      ind: "Persentase perpustakaan desa yang tidak aktif",
      sat: "%",
      t: 30,
      r: 26.4,
      r23: 33.8,
      ta: 20,
      neg: true,
    },
    {
      id: "opd",
      sas: B,
      ind: "Persentase OPD tertib arsip",
      sat: "%",
      t: 45,
      r: 38.2,
      r23: 36.5,
      ta: 60,
      neg: false,
    },
    {
      id: "vital",
      sas: B,
      ind: "Jumlah arsip vital yang rusak atau hilang",
      sat: "berkas",
      t: 40,
      r: 46,
      r23: 58,
      ta: 30,
      neg: true,
    },
  ];
  const cap = (l: L) => round((l.neg ? (2 * l.t - l.r) / l.t : l.r / l.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(5a)", fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(5)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
    {
      key: "c",
      head: ["Tahun 2024", "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6)/(5) x 100",
      fmt: DEC,
    },
    { key: "p", head: ["Predikat"], role: "predikat", num: "(8)" },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(9)", fmt: DEC },
    {
      key: "ct",
      head: ["Capaian terhadap Target Akhir Renstra (%)"],
      role: "capaian",
      num: "(10) = (6)/(9) x 100",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: ls.map((l, i) => ({
      id: l.id,
      cells: (x) => {
        const R = x.a("r");
        const T = x.a("t");
        const TA = x.a("ta");
        // planted: the arsip vital row (negative) keeps the positive formula copied down
        const c =
          l.neg && l.id !== "vital" ? fx(`ROUND((2*${T}-${R})/${T}*100,2)`) : fx(`ROUND(${R}/${T}*100,2)`);
        const shown = l.id === "vital" ? round((l.r / l.t) * 100) : cap(l);
        return {
          no: i + 1,
          sas: l.sas,
          ind: l.ind,
          sat: l.sat,
          r23: l.r23,
          t: l.t,
          r: l.r,
          c,
          // planted: "Sangat Baik" for the OPD tertib arsip capaian of 84.89
          p: l.id === "opd" ? "Sangat Baik" : predikatBaik(shown),
          ta: l.ta,
          ct: l.neg ? fx(`ROUND((2*${TA}-${R})/${TA}*100,2)`) : fx(`ROUND(${R}/${TA}*100,2)`),
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator yang semakin kecil semakin baik dihitung (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "vital") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah arsip vital rusak/hilang (lower is better) computed R/T = 115; refleksi (2T-R)/T gives 85",
    truth: `ROUND((2*${a("t", "vital")}-${a("r", "vital")})/${a("t", "vital")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "opd") },
    rules: ["predikat-mismatch"],
    note: "'Sangat Baik' for a capaian of 84.89; > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "opd")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "desa"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `(2*${a("t", "desa")}-${a("r", "desa")})/${a("t", "desa")}*100`,
    trap: `${a("r", "desa")}/${a("t", "desa")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("ct", "desa"),
    rules: ["capaian-mismatch"],
    truth: `(2*${a("ta", "desa")}-${a("r", "desa")})/${a("ta", "desa")}*100`,
    trap: `${a("r", "desa")}/${a("ta", "desa")}*100`,
  });
  for (const id of ["iplm", "tgm", "opd"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r", id)}/${a("t", id)}*100`,
    });
    b.ok({
      sheet: S,
      cell: a("ct", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r", id)}/${a("ta", id)}*100`,
    });
  }
  for (const id of ["iplm", "tgm", "desa"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}
