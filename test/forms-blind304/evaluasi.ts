// The Renja evaluation (E.81) of the Satpol PP of Kabupaten Tanah Rimbo (Jambi) and the Renstra
// funding table (T-C.27) of the Dinas Pemadam Kebakaran of Kota Pasir Lawang (Kalimantan Selatan):
// penegakan perda, PPNS, trantibum, response time and WMK. Every name and number is invented.
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
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 s.d. Triwulan IV 2024 of the Satpol PP Kabupaten Tanah Rimbo, calendar-year headers. */
export function e81Satpol(): BookW {
  const b = new BookW(
    "e81-satpolpp-penegakan-perda-tanah-rimbo-2024.xlsx",
    "E.81 Evaluasi Renja (Satpol PP)",
    "E.81 2024, Renstra 2022-2026; calendar years in the headers; Kinerja | Keuangan pairs; number row with '(12) = (8)+(9)+(10)+(11)'; a level % row next to counts; Rata-rata and Predikat footers; letterhead and signature",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANAH RIMBO",
    "SATUAN POLISI PAMONG PRAJA",
    "Jl. Lintas Sumatera Km. 7 Muara Rimbo",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA SATPOL PP KABUPATEN TANAH RIMBO s.d. TRIWULAN IV TAHUN 2024",
    "Renstra Perangkat Daerah Tahun 2022-2026",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "1.05.02.2.02.0001",
      ur: "Penegakan Peraturan Daerah dan Peraturan Kepala Daerah",
      ind: "Jumlah pelanggaran perda yang ditindak",
      sat: "kasus",
      level: false,
      k5: 900,
      k6: 512,
      k7: 190,
      kq: [38, 51, 47, 60],
      r5: 6_450_000_000,
      r6: 3_871_250_000,
      r7: 1_320_000_000,
      rq: [214_300_000, 338_450_000, 352_100_000, 389_720_000],
    },
    {
      id: "s2",
      kode: "1.05.02.2.02.0002",
      ur: "Pembinaan dan Pengawasan PPNS dalam Penegakan Perda",
      ind: "Jumlah PPNS yang dibina",
      sat: "orang",
      level: false,
      k5: 120,
      k6: 70,
      k7: 24,
      kq: [4, 6, 8, 6],
      r5: 1_380_000_000,
      r6: 812_600_000,
      r7: 290_000_000,
      rq: [41_250_000, 76_800_000, 84_900_000, 79_150_000],
    },
  ];
  const keg: Line = {
    id: "keg",
    kode: "1.05.02.2.02",
    ur: "Penegakan Perda dan Perkada di Kabupaten/Kota",
    ind: "Jumlah operasi penegakan perda",
    sat: "operasi",
    level: false,
    k5: 300,
    k6: 171,
    k7: 64,
    kq: [14, 16, 17, 19],
    r5: sum(subs.map((x) => x.r5)),
    r6: sum(subs.map((x) => x.r6)),
    r7: sum(subs.map((x) => x.r7)),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: Line = {
    ...keg,
    id: "prog",
    kode: "1.05.02",
    ur: "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM",
    ind: "Persentase penegakan perda yang tuntas",
    sat: "%",
    level: true,
    k5: 90,
    k6: 78.5,
    k7: 84,
    kq: [79.2, 80.6, 82.4, 85.1],
  };
  const lines = [prog, keg, ...subs];
  const pair = (k: string, g: string, n: string, rk: Col["role"], rr: Col["role"], year?: number): Col[] => [
    { key: `k${k}`, head: [g, "Kinerja"], role: rk, year, num: n, fmt: DEC, width: 10 },
    { key: `r${k}`, head: [g, "Keuangan (Rp)"], role: rr, year, num: n, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(3)", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(4)", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra s.d. Akhir Periode (2026)", "(5)", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2023", "(6)", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "(7)", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "(8)", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "(9)", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "(10)", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "(11)", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Renja Tahun 2024",
      "(12) = (8)+(9)+(10)+(11)",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Renstra s.d. Tahun 2024",
      "(13) = (6)+(12)",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "(14) = (13)/(5) x 100", "capaian", "capaian"),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(15)", width: 16 },
  ];
  const Q = ["8", "9", "10", "11"];
  // planted: Rp (12) of sub kegiatan .0001 typed 1,924,570,000; the quarters add up to 1,294,570,000
  const TYPED = 1_924_570_000;
  const body: Row[] = lines.map((e, i) => ({
    id: e.id,
    cells: (x) => {
      const c: Record<string, Cell> = {
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
        k12: e.level ? fx(x.a("k11")) : fx(Q.map((q) => x.a(`k${q}`)).join("+")),
        r12: e.id === "s1" ? TYPED : fx(Q.map((q) => x.a(`r${q}`)).join("+")),
        k13: e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`),
        r13: fx(`${x.a("r6")}+${x.a("r12")}`),
        k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
        r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
        pj: "Bidang Penegakan Perundang-undangan Daerah",
      };
      Q.forEach((q, j) => {
        c[`k${q}`] = e.kq[j];
        c[`r${q}`] = e.rq[j];
      });
      return c;
    },
  }));
  const avg = (x: { a(k: string, id?: string): string }, k: string) =>
    fx(`ROUND(AVERAGE(${x.a(k, "prog")}:${x.a(k, "s2")}),2)`);
  // capaian K average: used for the Predikat row
  const kAvg = round(
    sum(
      lines.map((e) => {
        const k12 = e.level ? e.kq[3] : sum(e.kq);
        const k13 = e.level ? k12 : e.k6 + k12;
        return round((k13 / e.k5) * 100);
      }),
    ) / 4,
  );
  body.push(
    {
      id: "avg",
      bold: true,
      span: ["no", "sat"],
      cells: (x) => ({ no: "Rata-rata Capaian", k14: avg(x, "k14"), r14: avg(x, "r14") }),
    },
    {
      id: "pred",
      bold: true,
      span: ["no", "sat"],
      // planted: "Sedang" for an average that is in the Sangat Tinggi band
      cells: { no: "Predikat Kinerja", k14: "Sedang", r14: "Sangat Rendah" },
    },
  );
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  signature(s, 20, {
    tempat: "Muara Rimbo, 15 Januari 2025",
    jabatan: ["KEPALA SATUAN POLISI PAMONG PRAJA", "KABUPATEN TANAH RIMBO"],
    nama: "Drs. HENDRI SAPUTRA NASUTION, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740812 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (k: "k" | "r", id: string) => Q.map((q) => a(`${k}${q}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp 2024 of sub kegiatan 1.05.02.2.02.0001 typed 1,924,570,000 (digits swapped); the four quarters add up to 1,294,570,000",
    truth: qs("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat "Sedang" for a Rata-rata capaian kinerja of ${kAvg}; that is ${predikat(kAvg)}`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: qs("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qs("r", id) });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s2")}/${a("r5", "s2")}*100,2)`,
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.05.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}

/** T-C.27 2025-2029 of the Dinas Damkar Kota Pasir Lawang, "(dalam ribuan rupiah)". */
export function tc27Damkar(): BookW {
  const b = new BookW(
    "tc27-damkar-response-time-wmk-pasir-lawang.xlsx",
    "T-C.27 Renstra (Damkar)",
    "T-C.27 2025-2029 in thousands; kondisi awal 2024; Tahun ke-1..5 (years under the ordinals) > Target | Rp; kondisi akhir Target | Rp; a negative level (response time) and a % level; Rp of kegiatan and program as SUM formulas",
  );
  const S = "T-C.27 Damkar";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Dinas Pemadam Kebakaran dan Penyelamatan Kota Pasir Lawang Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  type L = {
    id: string;
    kode: string;
    ur: string;
    ind: string;
    sat: string;
    awal: number;
    k: number[];
    rp?: number[];
    flow: boolean;
  };
  const L: L[] = [
    {
      id: "p",
      kode: "1.05.04",
      ur: "PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN",
      ind: "Response time penanganan kebakaran",
      sat: "menit",
      awal: 18.5,
      k: [17, 16, 15, 14, 13],
      flow: false,
    },
    {
      id: "g1",
      kode: "1.05.04.2.01",
      ur: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan dan Penanganan Bahan Berbahaya dan Beracun Kebakaran",
      ind: "Persentase wilayah manajemen kebakaran (WMK) yang terlayani",
      sat: "%",
      awal: 62,
      k: [66, 70, 75, 80, 85],
      flow: false,
    },
    {
      id: "s1",
      kode: "1.05.04.2.01.0001",
      ur: "Pencegahan Kebakaran",
      ind: "Jumlah bangunan gedung yang diperiksa proteksi kebakarannya",
      sat: "gedung",
      awal: 140,
      k: [150, 160, 170, 180, 190],
      rp: [612_400, 655_000, 701_250, 748_900, 790_300],
      flow: true,
    },
    {
      id: "s2",
      kode: "1.05.04.2.01.0002",
      ur: "Pemadaman dan Penyelamatan Kebakaran",
      ind: "Jumlah kejadian kebakaran yang ditangani",
      sat: "kejadian",
      awal: 210,
      k: [200, 195, 190, 185, 180],
      rp: [2_315_600, 2_480_150, 2_615_000, 2_790_400, 2_944_750],
      flow: true,
    },
    {
      id: "s3",
      kode: "1.05.03.2.01.0003",
      ur: "Pengadaan Sarana dan Prasarana Pos Damkar WMK",
      ind: "Jumlah pos damkar WMK yang dibangun",
      sat: "pos",
      awal: 4,
      k: [1, 1, 2, 1, 1],
      rp: [1_850_000, 1_920_000, 3_640_000, 1_975_500, 2_010_000],
      flow: true,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 11,
      fmt: DEC,
    },
    ...YRS.flatMap((y, i): Col[] => [
      {
        key: `k${i + 1}`,
        head: [`Tahun ke-${i + 1} (${y})`, "Target"],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${i + 1}`,
        head: [`Tahun ke-${i + 1} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      fmt: DEC,
      width: 10,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      fmt: RP,
      width: 14,
    },
    { key: "pd", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  // planted: kondisi akhir Rp of sub kegiatan .0002 typed 12,854,900; the five years add up to 13,145,900
  const AK_S2 = 12_854_900;
  const rows: Row[] = L.map((l) => ({
    id: l.id,
    cells: (x) => {
      const c: Record<string, Cell> = {
        kode: l.kode,
        ur: l.ur,
        ind: l.ind,
        sat: l.sat,
        awal: l.awal,
        pd: "Bidang Pemadaman dan Penyelamatan",
      };
      l.k.forEach((v, i) => {
        c[`k${i + 1}`] = v;
        const col = x.c(`r${i + 1}`);
        c[`r${i + 1}`] = l.rp
          ? l.rp[i]
          : l.id === "g1"
            ? fx(`SUM(${col}${x.row("s1")}:${col}${x.row("s3")})`)
            : fx(`${col}${x.row("g1")}`);
      });
      c.akK = l.flow ? fx([1, 2, 3, 4, 5].map((i) => x.a(`k${i}`)).join("+")) : l.k[4];
      c.akR =
        l.id === "s2" ? AK_S2 : fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Catatan: indikator response time bersifat negatif (semakin kecil semakin baik)."]);
  const a = (k: string, id: string) => t.a(k, id);
  const five = (k: string, id: string) => [1, 2, 3, 4, 5].map((i) => a(`${k}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan 1.05.04.2.01.0002 typed 12,854,900; the five years add up to 13,145,900",
    truth: five("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengadaan Sarana dan Prasarana Pos Damkar WMK coded 1.05.03.2.01.0003 under kegiatan 1.05.04.2.01",
    truth: `"1.05.04.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "g1"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: five("k", id),
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: five("k", id),
      trap: a("k5", id),
    });
  for (const id of ["p", "g1", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five("r", id),
    });
  for (const i of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g1"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`r${i}`, id)).join("+"),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.05.04.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
