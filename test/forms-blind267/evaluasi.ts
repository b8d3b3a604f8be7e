// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Tenaga Kerja:
// pelatihan berbasis kompetensi di BLK, uji kompetensi, AK/1 and penempatan. All names and numbers invented.
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

/** E.81 of the Disnaker Kabupaten Lembah Sarimas (Jambi), s.d. Triwulan IV 2024. */
export function e81Naker(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-disnaker-lembah-sarimas-2024.xlsx",
    "E.81 Evaluasi Renja (Disnaker)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026, calendar-year headers, Kinerja | Keuangan pairs, number row over pairs, level % row, Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIMAS",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "UPTD Balai Latihan Kerja, Jl. Lintas Sumatera Km. 7 Muara Sarimas",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS TENAGA KERJA DAN TRANSMIGRASI TAHUN 2024",
    "Periode pelaksanaan s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.07.02.2.01.0001",
      ur: "Proses Pelaksanaan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi",
      ind: "Jumlah paket pelatihan kejuruan di BLK",
      sat: "paket",
      level: false,
      k5: 150,
      k6: 86,
      k7: 30,
      q: [6, 8, 9, 7],
      r5: 14_500_000_000,
      r6: 8_215_400_000,
      r7: 2_960_000_000,
      rq: [412_500_000, 688_250_000, 905_100_000, 842_730_000],
    },
    {
      id: "s2",
      kode: "2.07.02.2.01.0002",
      ur: "Pelaksanaan Uji Kompetensi bagi Lulusan Pelatihan",
      ind: "Jumlah lulusan yang mengikuti uji kompetensi",
      sat: "orang",
      level: false,
      k5: 1900,
      k6: 1040,
      k7: 380,
      q: [70, 95, 118, 97],
      r5: 3_600_000_000,
      r6: 2_031_750_000,
      r7: 720_000_000,
      rq: [98_400_000, 165_300_000, 221_650_000, 187_900_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.07.02.2.01",
    ur: "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
    ind: "Jumlah peserta pelatihan berbasis kompetensi",
    sat: "orang",
    level: false,
    k5: 2400,
    k6: 1380,
    k7: 480,
    q: [96, 128, 144, 112],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.07.02",
    ur: "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
    ind: "Persentase lulusan pelatihan berbasis kompetensi yang bersertifikat",
    sat: "%",
    level: true,
    k5: 80,
    k6: 68.5,
    k7: 72,
    q: [66.2, 69.4, 71.8, 74.5],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + sum(e.rq)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a" },
    ...pair(
      "5",
      "Target Kinerja dan Anggaran Renstra pada Tahun 2026 (Akhir Periode)",
      "5",
      "target",
      "anggaran",
    ),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja dan Anggaran Renstra s.d. Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Kinerja dan Anggaran Renja Tahun 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
  ];
  // planted: sub kegiatan .0001's column 12 Rp typed 2,884,580,000; the quarters give 2,848,580,000
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
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
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: k12(e),
      r12: e.id === "s1" ? 2_884_580_000 : sum(e.rq),
      k13: k13(e),
      r13: e.r6 + sum(e.rq),
      k14: k14(e),
      r14: r14(e),
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata capaian (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        // planted: the K predikat says Sangat Tinggi for an average of 80.68 (Tinggi)
        cells: () => ({
          no: "Predikat capaian",
          k14: avgK > 90 ? "Tinggi" : "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: persentase lulusan bersertifikat adalah kondisi per akhir triwulan, bukan jumlah."]);
  s.gap();
  signature(s, 20, {
    tempat: "Muara Sarimas, 20 Januari 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI"],
    nama: "HENDRA WIRASAPUTRA, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760914 200312 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.07.02.2.01.0001 is 2,884,580,000; the quarters add up to 2,848,580,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat of the Kinerja average 80.68 is Tinggi (75 < p <= 90), not Sangat Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
  for (const id of ["keg", "s1", "s2"]) {
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
  awal: number;
  k: number[];
  rp: number[];
};

/** T-C.27 of the Disnakertrans Kota Tanjung Karangasri (Kalimantan Barat), 2025-2029, in thousands. */
export function tc27Naker(): BookW {
  const b = new BookW(
    "tc27-renstra-disnakertrans-tanjung-karangasri.xlsx",
    "T-C.27 Renstra (Disnakertrans)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)', Tahun ke-1..5 > Target | Rp, kondisi akhir K and Rp, a level % (TPT) program row, kegiatan Rp as SUM formulas",
  );
  const S = "TC-27 Disnakertrans";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG KARANGASRI", "DINAS TENAGA KERJA DAN TRANSMIGRASI"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Tenaga Kerja dan Transmigrasi Kota Tanjung Karangasri 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: P[] = [
    {
      id: "s1",
      kode: "2.07.03.2.02.0001",
      ur: "Penyediaan Layanan Informasi Pasar Kerja dan Kartu Pencari Kerja (AK/1)",
      ind: "Jumlah kartu AK/1 yang diterbitkan",
      sat: "kartu",
      awal: 4120,
      k: [4300, 4450, 4600, 4750, 4900],
      rp: [385_400, 402_750, 418_900, 436_200, 455_650],
    },
    {
      id: "s2",
      kode: "2.07.02.2.02.0004",
      ur: "Penempatan Lulusan Pelatihan melalui Bursa Kerja Khusus",
      ind: "Jumlah lulusan pelatihan yang ditempatkan",
      sat: "orang",
      awal: 610,
      k: [650, 700, 760, 820, 880],
      rp: [1_245_000, 1_310_500, 1_384_250, 1_452_800, 1_529_600],
    },
  ];
  const ak = (p: P) => sum(p.rp);
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "(2)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      fmt: DEC,
    },
    ...[1, 2, 3, 4, 5].flatMap((n): Col[] => [
      {
        key: `k${n}`,
        head: [`Tahun ke-${n} (${2024 + n})`, "Target"],
        role: "target",
        year: 2024 + n,
        num: `(${4 + 2 * n})`,
        fmt: DEC,
      },
      {
        key: `r${n}`,
        head: [`Tahun ke-${n} (${2024 + n})`, "Rp"],
        role: "anggaran",
        year: 2024 + n,
        num: `(${5 + 2 * n})`,
        fmt: RP,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: "(16)",
      fmt: DEC,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "anggaran",
      num: "(17)",
      fmt: RP,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "(18)", width: 16 },
  ];
  const yrs = [1, 2, 3, 4, 5];
  const rpSum = (x: { a: (k: string, id?: string) => string }, n: number) =>
    fx(`SUM(${x.a(`r${n}`, "s1")}:${x.a(`r${n}`, "s2")})`);
  const rows: Row[] = [
    {
      id: "prog",
      bold: true,
      cells: (x) => ({
        kode: "2.07.03",
        ur: "PROGRAM PENEMPATAN TENAGA KERJA",
        ind: "Tingkat Pengangguran Terbuka (TPT)",
        sat: "%",
        awal: 6.84,
        ...Object.fromEntries(
          yrs.flatMap((n) => [
            [`k${n}`, [6.6, 6.35, 6.1, 5.85, 5.6][n - 1]],
            [`r${n}`, fx(x.a(`r${n}`, "keg"))],
          ]),
        ),
        akK: 5.6,
        akR: fx(
          `SUM(${x.a("r1", "keg")},${x.a("r2", "keg")},${x.a("r3", "keg")},${x.a("r4", "keg")},${x.a("r5", "keg")})`,
        ),
        pj: "Bidang Penempatan",
      }),
    },
    {
      id: "keg",
      cells: (x) => ({
        kode: "2.07.03.2.02",
        ur: "Pelayanan Antarkerja di Daerah Kabupaten/Kota",
        ind: "Jumlah pencari kerja yang ditempatkan",
        sat: "orang",
        awal: 1480,
        ...Object.fromEntries(
          yrs.flatMap((n) => [
            [`k${n}`, [1550, 1640, 1730, 1820, 1910][n - 1]],
            [`r${n}`, rpSum(x, n)],
          ]),
        ),
        akK: 8650,
        akR: fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`),
        pj: "Bidang Penempatan",
      }),
    },
    ...subs.map((p): Row => ({
      id: p.id,
      cells: {
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        ...Object.fromEntries(
          yrs.flatMap((n) => [
            [`k${n}`, p.k[n - 1]],
            [`r${n}`, p.rp[n - 1]],
          ]),
        ),
        akK: sum(p.k),
        // planted: .0001's kondisi akhir Rp typed 2,189,900; the five years give 2,098,900
        akR: p.id === "s1" ? 2_189_900 : ak(p),
        pj: "Seksi Informasi Pasar Kerja",
      },
    })),
  ];
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Karangasri, 3 Maret 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi"],
    nama: "Dra. RATNA SULISTYOWATI, M.Si.",
    nip: "19711205 199803 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (p: string, id: string) => yrs.map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "s1") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of 2.07.03.2.02.0001 typed 2,189,900; the five years add up to 2,098,900",
    truth: five("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 2.07.02.2.02.0004 (program 2.07.02) stands under kegiatan 2.07.03.2.02",
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "prog"),
    trap: five("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "keg"),
    rules: ["kondisi-akhir-mismatch"],
    truth: five("k", "keg"),
    trap: a("k5", "keg"),
  });
  b.ok({ sheet: S, cell: a("akK", "s1"), rules: ["kondisi-akhir-mismatch"], truth: five("k", "s1") });
  b.ok({
    sheet: S,
    cell: a("akR", "s2"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: five("r", "s2"),
  });
  b.ok({ sheet: S, cell: a("akR", "keg"), rules: ["kondisi-akhir-mismatch"], truth: five("r", "keg") });
  for (const n of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`r${n}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${n}`, "s1")}+${a(`r${n}`, "s2")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s1")})`,
  });
  return b.finish();
}
