// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two invented Dinas
// Perhubungan running a regional airport (UPBU): pioneer flights, on-time performance, retribusi.
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

/** E.81 of the Dishub Kabupaten Teluk Wamesa (Papua Barat), s.d. Triwulan IV 2024. */
export function e81Bandara(): BookW {
  const b = new BookW(
    "e81-dishub-upbu-teluk-wamesa-2024.xlsx",
    "E.81 Evaluasi Renja (Dishub, bandara)",
    "E.81 s.d. TW IV 2024, Renstra 2022-2026; K | Rp pairs; number row with '12 = 8+9+10+11'; a level row (% OTP) over flow rows; capaian by ROUND formulas; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TELUK WAMESA", "DINAS PERHUBUNGAN - UPBU KELAS III WAMESA JAYA"]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA DINAS PERHUBUNGAN s.d. TRIWULAN IV TAHUN 2024",
    "Renstra Perangkat Daerah Tahun 2022-2026",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.15.04.2.01.0002",
      ur: "Penyelenggaraan Angkutan Udara Perintis Penumpang",
      ind: "Jumlah penerbangan perintis terlaksana",
      sat: "flight",
      level: false,
      k5: 2_400,
      k6: 1_310,
      k7: 480,
      q: [104, 118, 131, 122],
      r5: 14_500_000_000,
      r6: 7_982_400_000,
      r7: 2_960_000_000,
      rq: [612_300_000, 744_850_000, 803_120_000, 761_500_000],
    },
    {
      id: "s2",
      kode: "2.15.04.2.01.0005",
      ur: "Pemeliharaan Sisi Udara Bandar Udara Wamesa Jaya",
      ind: "Luas runway dan apron yang dipelihara",
      sat: "m2",
      level: false,
      k5: 180_000,
      k6: 96_000,
      k7: 36_000,
      q: [6_000, 9_500, 11_000, 9_500],
      r5: 9_800_000_000,
      r6: 5_706_000_000,
      r7: 2_150_000_000,
      rq: [301_400_000, 587_900_000, 664_750_000, 498_200_000],
    },
  ];
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "2.15.04.2.01",
    ur: "Pengelolaan Bandar Udara Pengumpan Kewenangan Daerah",
    ind: "Jumlah pergerakan pesawat yang dilayani",
    sat: "pergerakan",
    level: false,
    k5: 5_600,
    k6: 3_020,
    k7: 1_150,
    q: [262, 281, 309, 290],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.15.04",
    ur: "PROGRAM PENYELENGGARAAN PENERBANGAN",
    ind: "Persentase ketepatan waktu penerbangan (on-time performance)",
    sat: "%",
    level: true,
    k5: 90,
    k6: 81.4,
    k7: 85,
    q: [82.6, 84.1, 86.9, 87.3],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "K"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Renja 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. 2024", "13 = 6+12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: (12) K of .0002 typed 485; the quarters give 475
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
      k12: e.id === "s1" ? 485 : k12(e),
      r12: sum(e.rq),
      k13: e.level ? k12(e) : e.k6 + k12(e),
      r13: e.r6 + sum(e.rq),
      k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
      // planted: the cached (14) Rp of .0005 is stale
      r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`, e.id === "s2" ? 58.24 : undefined),
      pj: "UPBU Wamesa Jaya",
    }),
  }));
  const k14v = rows.map((e) => round(((e.level ? k12(e) : e.k6 + k12(e)) / e.k5) * 100));
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
          no: "Rata-rata Capaian (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat", k14: predikat(round(sum(k14v) / 4)), r14: "Tinggi" },
      },
    ],
  });
  s.gap();
  signature(s, 22, {
    tempat: "Wamesa Jaya, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN"],
    nama: "YOHANIS K. RUMBEWAS, S.T., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750311 200212 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "(12) K of sub kegiatan 2.15.04.2.01.0002 is 485 flights; the four quarters add to 475",
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "s2") },
    rules: ["capaian-mismatch"],
    note: "(14) Rp of sub kegiatan 2.15.04.2.01.0005 caches 58.24; its formula 13/5 x 100 gives 79.17",
    truth: `ROUND(${a("r13", "s2")}/${a("r5", "s2")}*100,2)`,
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
  for (const id of ["prog", "keg", "s1", "s2"])
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
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
  k0: number;
  t: number[];
  rp: number[];
};

/** T-C.27 of the Dishub Kabupaten Selaru Timur (Maluku), Renstra 2025-2029, in thousands. */
export function tc27Bandara(): BookW {
  const b = new BookW(
    "tc27-renstra-dishub-bandara-selaru-timur.xlsx",
    "T-C.27 Renstra (Dishub, bandara)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..5 > Target | Rp; kegiatan Rp = SUM of sub kegiatan; kondisi akhir Rp = sum of the years; % rows end at year 5",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Perhubungan Kabupaten Selaru Timur",
      "Periode 2025-2029 (dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const subs: P[] = [
    {
      id: "s1",
      kode: "2.15.04.2.01.0001",
      ur: "Pelayanan Operasional Bandar Udara Selaru",
      ind: "Jumlah penumpang yang dilayani",
      sat: "orang",
      level: false,
      k0: 21_400,
      t: [22_500, 23_800, 25_100, 26_400, 27_900],
      rp: [1_850_000, 1_925_500, 2_010_000, 2_096_400, 2_180_000],
    },
    {
      id: "s2",
      kode: "2.15.04.2.01.0003",
      ur: "Subsidi Angkutan Udara Perintis Rute Selaru - Ambon",
      ind: "Jumlah penerbangan perintis bersubsidi",
      sat: "flight",
      level: false,
      k0: 208,
      t: [216, 216, 224, 232, 240],
      rp: [3_420_000, 3_420_000, 3_560_000, 3_690_000, 3_810_000],
    },
    {
      id: "s3",
      kode: "2.15.03.2.01.0004",
      ur: "Pemungutan Retribusi Pelayanan Kebandarudaraan",
      ind: "Jumlah retribusi bandara terpungut",
      sat: "Rp juta",
      level: false,
      k0: 640,
      t: [680, 720, 765, 810, 860],
      rp: [210_000, 218_500, 226_000, 234_800, 242_000],
    },
  ];
  const keg = {
    id: "keg",
    kode: "2.15.04.2.01",
    ur: "Pengelolaan Bandar Udara Kewenangan Daerah Kabupaten",
    ind: "Persentase pergerakan pesawat tepat waktu",
    sat: "%",
    level: true,
    k0: 78.5,
    t: [80, 82, 84, 86, 88],
  };
  const prog = {
    id: "prog",
    kode: "2.15.04",
    ur: "PROGRAM PENYELENGGARAAN PENERBANGAN",
    ind: "Indeks kepuasan pengguna jasa bandara",
    sat: "indeks",
    level: true,
    k0: 3.12,
    t: [3.2, 3.25, 3.3, 3.35, 3.42],
  };
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "k0", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, num: 5, fmt: DEC },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: [`Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [`Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 14,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 16,
      fmt: DEC,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "anggaran",
      num: 17,
      fmt: RP,
      width: 15,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
  ];
  const rows: Row[] = [
    ...[prog, keg].map((p): Row => ({
      id: p.id,
      bold: true,
      cells: (x) => ({
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        k0: p.k0,
        ...Object.fromEntries(Y.map((y) => [`t${y}`, p.t[y - 1]])),
        ...Object.fromEntries(
          Y.map((y) => [
            `r${y}`,
            p.id === "keg" ? fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`) : fx(x.a(`r${y}`, "keg")),
          ]),
        ),
        ka: p.t[4],
        ra: fx(Y.map((y) => x.a(`r${y}`)).join("+")),
        pj: "UPBU Selaru",
      }),
    })),
    ...subs.map((p): Row => ({
      id: p.id,
      cells: (x) => ({
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        k0: p.k0,
        ...Object.fromEntries(
          Y.flatMap((y) => [
            [`t${y}`, p.t[y - 1]],
            [`r${y}`, p.rp[y - 1]],
          ]),
        ),
        ka: sum(p.t),
        // planted: kondisi akhir Rp of .0003 typed 18,900,000; the years give 17,900,000
        ra: p.id === "s2" ? 18_900_000 : fx(Y.map((y) => x.a(`r${y}`)).join("+")),
        pj: "UPBU Selaru",
      }),
    })),
  ];
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: target % dan indeks adalah kondisi tahun ke-5; target jumlah adalah kumulatif lima tahun.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (p: string, id: string) => Y.map((y) => a(`${p}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ra", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of 2.15.04.2.01.0003 typed 18,900,000; the five years give 17,900,000",
    truth: yrs("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 2.15.03.2.01.0004 sits under kegiatan 2.15.04.2.01",
    truth: `PARENT(${a("kode", "keg")})`,
    actual: `PARENT(PARENT(${a("kode", "s3")}))`,
  });
  for (const id of ["prog", "keg"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: yrs("t", id),
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrs("t", id),
      trap: a("t5", id),
    });
  for (const id of ["prog", "keg", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("r", id),
    });
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+"),
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
