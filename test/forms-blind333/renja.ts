// E.81 Renja evaluation of Dinas Perhubungan Kabupaten Wana Tirta Raya (Sulawesi Tengah) and the
// T-C.27 of Dinas Perhubungan Kota Rantau Lestari (Riau). Places, people and numbers are invented.
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
  no: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  r5?: number;
  r6?: number;
  r7?: number;
  rq?: number[];
};

/** E.81 of 2024, K / Rp pairs, ordinal (n-2)/(n-1) headers resolved from the title, quarters grouped. */
export function e81Dishub(): BookW {
  const b = new BookW(
    "e81-renja-2024-dishub-wana-tirta-raya-333.xlsx",
    "E.81 evaluasi Renja (Dinas Perhubungan)",
    "E.81 Renja 2024, No | Kode | Program/Kegiatan | Indikator | Satuan | 5..14 K/Rp pairs (n-2)/(n-1) headers, quarters under one merged group, number row merged by pair, Rata-rata and Predikat footer",
  );
  const S = "E.81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN WANA TIRTA RAYA",
    "RENJA DINAS PERHUBUNGAN KABUPATEN WANA TIRTA RAYA TAHUN 2024",
    "Periode pelaksanaan: Triwulan IV Tahun 2024 (Renstra PD 2021-2026)",
  ]);
  const rows: E[] = [
    {
      id: "p",
      no: "1",
      kode: "2.15.02",
      ur: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
      ind: "Persentase fasilitas perlengkapan jalan dalam kondisi baik",
      sat: "%",
      level: true,
      k5: 90,
      k6: 78,
      k7: 82,
      kq: [77, 79, 81, 83],
    },
    {
      id: "k1",
      no: "1.1",
      kode: "2.15.02.2.02",
      ur: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten",
      ind: "Jumlah rambu lalu lintas yang terpasang",
      sat: "unit",
      level: false,
      k5: 1200,
      k6: 610,
      k7: 220,
      kq: [30, 55, 60, 70],
      r5: 9_600_000_000,
      r6: 4_725_300_000,
      r7: 1_980_000_000,
      rq: [215_400_000, 462_750_000, 520_000_000, 688_150_000],
    },
    {
      id: "k2",
      no: "1.2",
      kode: "2.15.02.2.06",
      ur: "Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan wajib uji yang diuji (uji KIR)",
      sat: "kendaraan",
      level: false,
      k5: 27000,
      k6: 12850,
      k7: 4600,
      kq: [1020, 1180, 1210, 1105],
      r5: 6_300_000_000,
      r6: 3_010_450_000,
      r7: 1_150_000_000,
      rq: [248_300_000, 276_900_000, 301_250_000, 289_800_000],
    },
    {
      id: "k3",
      no: "1.3",
      kode: "2.15.02.2.03",
      ur: "Pengelolaan Terminal Penumpang Tipe C",
      ind: "Persentase terminal tipe C yang memenuhi standar pelayanan minimal",
      sat: "%",
      level: true,
      k5: 100,
      k6: 60,
      k7: 75,
      kq: [60, 65, 70, 75],
      r5: 11_400_000_000,
      r6: 5_880_000_000,
      r7: 2_140_000_000,
      rq: [312_600_000, 598_400_000, 540_750_000, 612_900_000],
    },
  ];
  const pair = (n: string, g: string[], role: Col["role"], rrole: Col["role"], year?: number): Col[] => [
    { key: `k${n}`, head: [...g, "K"], role, year, num: n, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [...g, "Rp"], role: rrole, year, num: n, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 14 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"],
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"],
      "target",
      "anggaran",
      2024,
    ),
    ...pair("8", [TW, "I"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
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
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)"],
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const kids = ["k1", "k2", "k3"];
  const Q = ["8", "9", "10", "11"];
  const k14 = (e: E) => round(((e.level ? e.kq[3] : e.k6 + sum(e.kq)) / e.k5) * 100);
  const avgK = round(sum(rows.map(k14)) / rows.length);
  // planted: a border average written one band down
  const wrongPred = predikat(avgK) === "Tinggi" ? "Sedang" : "Tinggi";
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "p",
    cells: (x) => {
      const rp = (n: string, v: number | undefined): number | ReturnType<typeof fx> =>
        e.rq ? v! : fx(kids.map((k) => x.a(`r${n}`, k)).join("+"));
      const out: Record<string, unknown> = {
        no: e.no,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        k5: e.k5,
        r5: rp("5", e.r5),
        k6: e.k6,
        r6: rp("6", e.r6),
        k7: e.k7,
        r7: rp("7", e.r7),
        pj: "Bidang Lalu Lintas dan Angkutan",
      };
      Q.forEach((n, i) => {
        out[`k${n}`] = e.kq[i];
        out[`r${n}`] = rp(n, e.rq?.[i]);
      });
      const rq = Q.map((n) => x.a(`r${n}`));
      out.k12 = e.level ? fx(x.a("k11")) : fx(Q.map((n) => x.a(`k${n}`)).join("+"));
      // planted: uji KIR (12) Rp adds TW I..III only
      out.r12 = fx((e.id === "k2" ? rq.slice(0, 3) : rq).join("+"));
      out.k13 = e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`);
      out.r13 = fx(`${x.a("r6")}+${x.a("r12")}`);
      out.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`);
      out.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
      return out as Record<string, number | string>;
    },
  }));
  body.push({
    id: "avg",
    bold: true,
    span: ["no", "sat"],
    cells: (x) => ({
      no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
      k14: fx(`ROUND(AVERAGE(${x.c("k14")}${x.row("p")}:${x.c("k14")}${x.row("k3")}),2)`),
      r14: fx(`ROUND(AVERAGE(${x.c("r14")}${x.row("p")}:${x.c("r14")}${x.row("k3")}),2)`),
    }),
  });
  body.push({
    id: "pred",
    bold: true,
    span: ["no", "sat"],
    cells: { no: "Predikat kinerja", k14: wrongPred },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK bidang transportasi darat untuk perlengkapan jalan.",
    "Faktor penghambat: alat uji emisi pada UPTD PKB rusak selama dua bulan.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Wana Tirta, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN WANA TIRTA RAYA"],
    nama: "Ir. BAHTIAR LAMAJIDO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720314 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12", "k2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "uji KIR (12) Rp adds Triwulan I..III only: 826,450,000 instead of 1,116,250,000",
    truth: Q.map((n) => a(`r${n}`, "k2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `predikat "${wrongPred}" for an average capaian of ${avgK} (${predikat(avgK)})`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "p"),
    rules: ["sum-mismatch"],
    truth: a("k11", "p"),
    trap: Q.map((n) => a(`k${n}`, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "k3"),
    rules: ["sum-mismatch"],
    truth: a("k12", "k3"),
    trap: `${a("k6", "k3")}+${a("k12", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "k1"),
    rules: ["sum-mismatch"],
    truth: Q.map((n) => a(`k${n}`, "k1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("k6", "k1")}+${a("k12", "k1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r12", "k1"),
    rules: ["sum-mismatch"],
    truth: Q.map((n) => a(`r${n}`, "k1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("r12", "p"),
    rules: ["sum-mismatch"],
    truth: Q.map((n) => a(`r${n}`, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("r13", "k3"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "k3")}+${a("r12", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r7", "p"),
    rules: ["sum-mismatch"],
    truth: kids.map((k) => a("r7", k)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k14", "k2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "k2")}/${a("k5", "k2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${rows.map((e) => a("k14", e.id)).join("+")})/4,2)`,
  });
  return b.finish();
}

type T = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 Renstra 2025-2029, "Tahun ke-1..5" > Target / Rp (years from the title), in thousands. */
export function tc27Dishub(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-dishub-rantau-lestari-333.xlsx",
    "T-C.27 Renstra (Dinas Perhubungan)",
    "T-C.27 2025-2029, (dalam ribuan rupiah), Kode | Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Kondisi awal 2024 | Tahun ke-1..5 > Target/Rp (group header written once) | Kondisi akhir Target/Rp | Unit PJ; number row (1)..(17)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perhubungan Kota Rantau Lestari",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const R: T[] = [
    {
      id: "p",
      kode: "2.15.02",
      ur: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      ind: "Persentase kendaraan angkutan umum yang laik jalan",
      sat: "%",
      flow: false,
      awal: 72,
      k: [75, 78, 81, 84, 87],
    },
    {
      id: "ka",
      kode: "2.15.02.2.06",
      ur: "Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan bermotor wajib uji yang diuji",
      sat: "kendaraan",
      flow: true,
      awal: 5840,
      k: [6000, 6250, 6500, 6750, 7000],
    },
    {
      id: "sa1",
      kode: "2.15.02.2.06.0001",
      ur: "Pelaksanaan Uji Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan yang diuji berkala",
      sat: "kendaraan",
      flow: true,
      awal: 5840,
      k: [6000, 6250, 6500, 6750, 7000],
      rp: [1_245_600, 1_310_000, 1_372_500, 1_441_000, 1_512_800],
    },
    {
      id: "sa2",
      kode: "2.15.02.2.06.0002",
      ur: "Penyediaan Sarana dan Prasarana Pengujian Kendaraan Bermotor",
      ind: "Jumlah alat uji yang dikalibrasi",
      sat: "unit",
      flow: true,
      awal: 6,
      k: [8, 8, 10, 10, 12],
      rp: [486_200, 512_000, 548_300, 575_900, 603_400],
    },
    {
      id: "kb",
      kode: "2.15.02.2.03",
      ur: "Pengelolaan Terminal Penumpang Tipe C",
      ind: "Indeks kepuasan pengguna terminal tipe C",
      sat: "nilai",
      flow: false,
      awal: 74.2,
      k: [76, 77.5, 79, 80.5, 82],
      rp: [2_104_500, 2_210_000, 2_315_800, 2_430_600, 2_552_100],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  let n = 5;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(2)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${++n})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${++n})`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: `(${++n})`, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: `(${++n})`, fmt: RP },
    {
      key: "pj",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: `(${++n})`,
      width: 18,
    },
  ];
  const kids: Record<string, string[]> = { p: ["ka", "kb"], ka: ["sa1", "sa2"] };
  const t = s.table({
    cols,
    headerRows: 3,
    groups: "first",
    numberRow: "plain",
    rows: R.map((e): Row => ({
      id: e.id,
      bold: !e.rp,
      cells: (x) => {
        const out: Record<string, number | string | ReturnType<typeof fx>> = {
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          awal: e.awal,
          pj: e.id === "kb" ? "UPTD Terminal" : e.id === "p" ? "Bidang Angkutan" : "UPTD PKB",
        };
        for (const y of Y) {
          out[`k${y}`] = e.k[y - 1];
          out[`r${y}`] = e.rp ? e.rp[y - 1] : fx(kids[e.id].map((k) => x.a(`r${y}`, k)).join("+"));
        }
        // planted: the program's Tahun ke-2 Rp typed with two digits swapped (4,302,000; kegiatan give 4,032,000)
        if (e.id === "p") out.r2 = 4_302_000;
        const ks = Y.map((y) => x.a(`k${y}`));
        // planted: the terminal index's kondisi akhir copied from Tahun ke-4
        out.akK = e.id === "kb" ? e.k[3] : e.flow ? fx(ks.join("+")) : fx(ks[4]);
        out.akR = fx(Y.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Sumber: Renstra Dinas Perhubungan Kota Rantau Lestari 2025-2029, Bab V."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r2", "p") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "program Tahun ke-2 Rp typed 4,302,000; its kegiatan give 1,822,000 + 2,210,000 = 4,032,000",
    truth: `${a("r2", "ka")}+${a("r2", "kb")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "kb") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the terminal satisfaction index is 80.5 (Tahun ke-4); Tahun ke-5 is 82",
    truth: a("k5", "kb"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: Y.map((y) => a(`k${y}`, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "ka"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "ka")).join("+"),
    trap: a("k5", "ka"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "sa2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "sa2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("r1", "ka"),
    rules: ["sum-mismatch"],
    truth: `${a("r1", "sa1")}+${a("r1", "sa2")}`,
  });
  b.ok({ sheet: S, cell: a("r3", "p"), rules: ["sum-mismatch"], truth: `${a("r3", "ka")}+${a("r3", "kb")}` });
  b.ok({ sheet: S, cell: a("r5", "p"), rules: ["sum-mismatch"], truth: `${a("r5", "ka")}+${a("r5", "kb")}` });
  for (const id of ["sa1", "kb", "ka"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  return b.finish();
}
