// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Perhubungan on
// urban public transport: buy-the-service (BTS) koridor, halte and angkutan pelajar. All invented.
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

/** E.81 of the Dishub Kota Tanjung Selaras (Kepulauan Riau), s.d. Triwulan IV 2024, calendar years in the header. */
export function e81Dishub(): BookW {
  const b = new BookW(
    "e81-dishub-bts-halte-tanjung-selaras.xlsx",
    "E.81 Evaluasi Renja (Dishub)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the group headers; Kinerja | Rp pairs; number row merged over pairs; load factor (level) program row over flows; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG SELARAS",
    "DINAS PERHUBUNGAN",
    "Jl. Hang Lekir No. 7, Tanjung Selaras, Kepulauan Riau",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Perhubungan Kota Tanjung Selaras",
    "Renstra 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
    "Sasaran RKPD: meningkatnya layanan angkutan umum massal perkotaan yang terjangkau",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.15.02.2.02.0003",
      ur: "Penyelenggaraan Angkutan Massal Perkotaan Skema Pembelian Layanan (Buy The Service)",
      ind: "Jumlah paket kontrak layanan koridor BTS",
      sat: "paket",
      level: false,
      k5: 30,
      k6: 16,
      k7: 5,
      q: [0, 3, 1, 1],
      r5: 68_500_000_000,
      r6: 38_214_600_000,
      r7: 14_200_000_000,
      rq: [3_102_450_000, 3_488_900_000, 3_612_300_000, 3_790_150_000],
    },
    {
      id: "s2",
      kode: "2.15.02.2.02.0004",
      ur: "Penyediaan Angkutan Pelajar dan Titik Jemput",
      ind: "Jumlah halte / titik jemput angkutan pelajar yang dibangun",
      sat: "unit",
      level: false,
      k5: 60,
      k6: 31,
      k7: 12,
      q: [0, 4, 5, 3],
      r5: 9_600_000_000,
      r6: 5_118_750_000,
      r7: 2_150_000_000,
      rq: [312_400_000, 568_250_000, 604_900_000, 596_700_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.15.02.2.02",
    ur: "Penyediaan Angkutan Umum untuk Jasa Angkutan Orang dalam Daerah Kota",
    ind: "Jumlah perjalanan (rit) angkutan BTS yang disubsidi",
    sat: "ribu rit",
    level: false,
    k5: 420,
    k6: 212.5,
    k7: 84,
    q: [19.6, 21.2, 22.4, 23.1],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.15.02",
    ur: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    ind: "Load factor rata-rata angkutan massal BTS",
    sat: "%",
    level: true,
    k5: 70,
    k6: 58.4,
    k7: 62,
    q: [55.2, 58.9, 61.4, 63.8],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : round(sum(e.q), 2));
  const k13 = (e: E) => (e.level ? k12(e) : round(e.k6 + k12(e), 2));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    n: string,
    g: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
    num = n,
  ): Col[] => [
    { key: `k${n}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Sat."], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra Perangkat Daerah Tahun 2026", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Renja Tahun 2023", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "realisasi", "realisasi-anggaran", 2024, "12 = 8+9+10+11"),
    ...pair("13", "Realisasi Renstra s.d. Tahun 2024", "realisasi", "realisasi-anggaran", 2024, "13 = 6+12"),
    ...pair(
      "14",
      "Tingkat Capaian Renstra s.d. 2024 (%)",
      "capaian",
      "capaian",
      undefined,
      "14 = 13/5 x 100",
    ),
    { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: column 12 Rp of sub kegiatan .0003 typed 13,939,800,000; the quarters give 13,993,800,000
  const R12S1 = 13_939_800_000;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
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
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: e.id === "s1" ? R12S1 : r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: e.id === "s2" ? "Bidang Angkutan Pelajar" : "Bidang Angkutan",
    },
  }));
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
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: {
          no: "Predikat Kinerja",
          // planted: "Sedang" for an average of 75.99 (Tinggi)
          k14: "Sedang",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan skema BTS Kementerian Perhubungan untuk dua koridor baru.",
    "Faktor penghambat: keterlambatan pembayaran subsidi per km kepada operator pada Triwulan I.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Tanjung Selaras, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN"],
    nama: "Drs. RAJA AZHAR FIRDAUS, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19721103 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.15.02.2.02.0003 is 13,939,800,000; the four quarters add up to 13,993,800,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sedang' for an average kinerja capaian of 75.99; the band > 75 to 90 is Tinggi",
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
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  b.ok({ sheet: S, cell: a("r12", "s2"), rules: ["sum-mismatch"], truth: q("r", "s2") });
  b.ok({
    sheet: S,
    cell: a("r13", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s2")}/${a("r5", "s2")}*100,2)`,
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
  ak: number;
  rp?: number[];
};

/** T-C.27 of the Dishub Kota Banyu Arum (Jawa Timur), Renstra 2025-2029, Rp in thousands, typed totals. */
export function tc27Dishub(): BookW {
  const b = new BookW(
    "tc27-dishub-angkutan-perkotaan-banyu-arum.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dishub)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; group headers repeated in every cell (unmerged); Tahun ke-1..5 > Target | Rp; kegiatan Rp typed, program Rp = kegiatan; kondisi akhir Rp = sum formula",
  );
  const S = "T-C.27 Dishub";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BANYU ARUM", "DINAS PERHUBUNGAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah",
    "Dinas Perhubungan Kota Banyu Arum Periode 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: P[] = [
    {
      id: "s1",
      kode: "2.15.02.2.02.0003",
      ur: "Subsidi Angkutan Massal Perkotaan Skema Buy The Service",
      ind: "Jumlah paket layanan koridor BTS yang dikontrakkan",
      sat: "paket",
      awal: 3,
      k: [4, 5, 5, 6, 6],
      ak: 26,
      rp: [18_450_000, 22_160_500, 22_890_000, 27_315_250, 28_104_800],
    },
    {
      id: "s2",
      kode: "2.15.02.2.02.0004",
      ur: "Penyediaan Layanan Angkutan Pelajar",
      ind: "Jumlah laporan evaluasi layanan angkutan pelajar",
      sat: "laporan",
      awal: 2,
      k: [2, 2, 2, 2, 2],
      ak: 10,
      rp: [2_310_400, 2_425_900, 2_547_200, 2_674_600, 2_808_300],
    },
    {
      id: "s3",
      kode: "2.15.02.2.02.0007",
      ur: "Pembangunan dan Pemeliharaan Halte Angkutan Perkotaan",
      ind: "Persentase halte angkutan perkotaan dalam kondisi baik",
      sat: "%",
      awal: 64.5,
      k: [70, 75, 80, 85, 90],
      ak: 90,
      rp: [1_185_000, 1_244_250, 1_306_450, 1_371_800, 1_440_400],
    },
  ];
  const gRp = [0, 1, 2, 3, 4].map((i) => sum(subs.map((x) => x.rp![i])));
  // planted: the kegiatan's year-3 Rp typed 26,473,650; its sub kegiatan add up to 26,743,650
  gRp[2] = 26_473_650;
  const g: P = {
    id: "g",
    kode: "2.15.02.2.02",
    ur: "Penyediaan Angkutan Umum untuk Jasa Angkutan Orang dalam Daerah Kota",
    ind: "Load factor angkutan umum perkotaan",
    sat: "%",
    awal: 54,
    k: [58, 61, 64, 67, 70],
    // planted: kondisi akhir 67 is the year-4 target; the year-5 target is 70
    ak: 67,
    rp: gRp,
  };
  const p: P = {
    id: "p",
    kode: "2.15.02",
    ur: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    ind: "Indeks kepuasan pengguna angkutan umum perkotaan",
    sat: "indeks",
    awal: 72.4,
    k: [74, 76, 78, 80, 82],
    ak: 82,
  };
  const T = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [T, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [T, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "18", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "repeat",
    rows: [p, g, ...subs].map((x) => ({
      id: x.id,
      bold: !x.id.startsWith("s"),
      cells: (c) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: x.kode,
          ur: x.ur,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          akK: x.ak,
          akR: fx(years.map((y) => c.a(`r${y}`)).join("+")),
          lok: "Kota Banyu Arum",
        };
        years.forEach((y) => {
          out[`k${y}`] = x.k[y - 1];
          out[`r${y}`] = x.rp ? x.rp[y - 1] : fx(c.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase/indeks = target tahun ke-5; indikator jumlah = akumulasi.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Banyu Arum, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN KOTA BANYU ARUM"],
    nama: "BAMBANG TRI WICAKSONO, S.T., M.T.",
    nip: "19750421 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sub3 = (y: number) => ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 2.15.02.2.02 Tahun ke-3 Rp is a typed 26,473,650; its three sub kegiatan add up to 26,743,650",
    truth: sub3(3),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "g") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the load factor is 67 (the Tahun ke-4 target); the Tahun ke-5 target is 70",
    truth: a("k5", "g"),
  });
  for (const id of ["p", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: sub3(y) });
  for (const id of ["s1", "s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.15.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  }
  return b.finish();
}
