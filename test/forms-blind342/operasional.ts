// Set 342, the Perjanjian Kinerja of Dinas PUPR Kota Teluk Bandar Wangi (with its Renstra sheet) and two
// recaps of operational data: kondisi jalan / jembatan per kecamatan in Kabupaten Lembah Sariak, and
// sambungan rumah / cakupan air minum per zona per triwulan in Kota Teluk Bandar Wangi.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** PK 2025 (indicator table, program table with a typed Jumlah) beside the sheet `Renstra PUPR`. */
export function pkPupr(): BookW {
  const book = new BookW(
    "pk-2025-pupr-teluk-bandar-wangi-342.xlsx",
    "PK",
    "Perjanjian Kinerja Dinas PUPR 2025",
  );
  const pk = book.sheet("PK 2025");
  const rs = book.sheet("Renstra PUPR");
  type I = { id: string; sas: string; ind: string; awal: number; k: number[] };
  const SJ = "Meningkatnya kualitas infrastruktur jalan dan jembatan kota";
  const SA = "Meningkatnya layanan irigasi, air minum dan sanitasi";
  const iku: I[] = [
    {
      id: "jalan",
      sas: SJ,
      ind: "Persentase jalan kota dalam kondisi mantap",
      awal: 69.5,
      k: [72, 75, 78, 81, 84],
    },
    {
      id: "jemb",
      sas: SJ,
      ind: "Persentase jembatan kota dalam kondisi baik",
      awal: 80.2,
      k: [82, 84, 86, 88, 90],
    },
    {
      id: "di",
      sas: SA,
      ind: "Persentase daerah irigasi kewenangan kota dalam kondisi baik",
      awal: 58,
      k: [61, 64, 67, 70, 73],
    },
    {
      id: "am",
      sas: SA,
      ind: "Persentase rumah tangga dengan akses air minum layak",
      awal: 84.2,
      k: [86, 87.5, 89, 90.5, 92],
    },
    {
      id: "san",
      sas: SA,
      ind: "Persentase rumah tangga dengan akses sanitasi layak",
      awal: 78.4,
      k: [80, 82, 84, 86, 88],
    },
  ];
  // Renstra sheet
  rs.lines(["INDIKATOR KINERJA UTAMA DINAS PUPR - RENSTRA 2025-2029"], 1, { bold: true });
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no" },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `k${y}`,
      head: ["Target", `Tahun ke-${y}`],
      role: "target",
      year: 2024 + y,
      fmt: DEC,
    })),
    { key: "ka", head: ["Kondisi Akhir"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: iku.map((d, i) => ({
      id: d.id,
      cells: {
        no: i + 1,
        ind: d.ind,
        sat: "%",
        awal: d.awal,
        ...Object.fromEntries(d.k.map((v, j) => [`k${j + 1}`, v])),
        ka: d.k[4],
      },
    })),
  });
  // PK sheet
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA TELUK BANDAR WANGI",
  ]);
  const it = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 36, num: "(2)" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44, num: "(3)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, num: "(5)" },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: iku.map((d, i) => ({
      id: d.id,
      // planted: irigasi carries the Tahun ke-2 target
      cells: { no: i + 1, sas: d.sas, ind: d.ind, sat: "%", t: d.id === "di" ? d.k[1] : d.k[0] },
    })),
  });
  pk.gap();
  pk.lines(["Program dan Anggaran Tahun 2025"], 1, { bold: true });
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 14_862_450_000],
    ["Program Pengelolaan Sumber Daya Air (SDA)", 9_745_300_000],
    ["Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum", 6_450_000_000],
    ["Program Pengelolaan dan Pengembangan Sistem Air Limbah", 3_120_000_000],
    ["Program Penyelenggaraan Jalan", 24_600_000_000],
  ];
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, v], i): Row => ({ id: `p${i}`, cells: { no: i + 1, prog: p, rp: v, ket: "APBD" } })),
      { id: "jml", bold: true, span: ["no", "prog"], cells: { no: "Jumlah", rp: 58_177_750_000 } },
    ],
  });
  pk.gap();
  signature(pk, 4, {
    tempat: "Teluk Bandar Wangi, 3 Januari 2025",
    jabatan: ["KEPALA DINAS PUPR"],
    nama: "MOH. RIZAL LAMADJIDO, S.T., M.Si.",
    nip: "19760824 200212 1 003",
  });
  const R = `'${rt.sheet}'!`;
  book.plant({
    at: {
      anyOf: [
        { sheet: it.sheet, cell: it.a("t", "di") },
        { sheet: rt.sheet, cell: rt.a("k1", "di") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target irigasi 64 is Renstra Tahun ke-2 (2026); Tahun ke-1 (2025) is 61",
    truth: `${R}${rt.a("k1", "di")}`,
  });
  book.plant({
    at: { sheet: pt.sheet, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "typed Jumlah 58,177,750,000; the five programs give 58,777,750,000",
    truth: `SUM(${pt.a("rp", "p0")}:${pt.a("rp", "p4")})`,
    tol: 1,
  });
  book.ok({
    sheet: it.sheet,
    cell: it.a("t", "jalan"),
    rules: ["cross-table-mismatch"],
    truth: `${R}${rt.a("k1", "jalan")}`,
  });
  book.ok({
    sheet: rt.sheet,
    cell: rt.a("ka", "am"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("k5", "am"),
    trap: [1, 2, 3, 4, 5].map((y) => rt.a(`k${y}`, "am")).join("+"),
  });
  return book.finish();
}

/** Kondisi jalan per kecamatan ("(8) = (4)+(5)", "(9) = (8)/(3) x 100"), a jembatan table below it. */
export function rekapJalanJembatan(): BookW {
  const book = new BookW(
    "rekap-kondisi-jalan-jembatan-per-kecamatan-lembah-sariak-342.xlsx",
    "rekap",
    "Kondisi jalan dan jembatan kabupaten per kecamatan 2024",
  );
  const s = book.sheet("Kondisi Jalan 2024");
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SARIAK", "DINAS PUPR - BIDANG BINA MARGA"]);
  s.lines(["REKAPITULASI KONDISI JALAN KABUPATEN PER KECAMATAN, KEADAAN 31 DESEMBER 2024"], 1, {
    bold: true,
  });
  s.gap();
  const K = ["Sariak", "Batang Palupuh", "Koto Tinggi", "Lubuk Salasih", "Sungai Pua Baru"];
  const jalan: number[][] = [
    [28.4, 17.6, 10.1, 8.2],
    [20.15, 14.3, 9.8, 8.5],
    [31.6, 19.4, 11.7, 8.5],
    [15.8, 12.4, 9.3, 8.1],
    [24.7, 16.2, 10.4, 7.6],
  ];
  const kondisi = ["Baik", "Sedang", "Rusak Ringan", "Rusak Berat"];
  const jt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "kec", head: ["Kecamatan"], num: "(2)", width: 20 },
      { key: "pj", head: ["Panjang Jalan (km)"], num: "(3)", fmt: DEC },
      ...kondisi.map((k, i): Col => ({
        key: `c${i}`,
        head: ["Kondisi (km)", k],
        num: `(${4 + i})`,
        fmt: DEC,
      })),
      { key: "m", head: ["Mantap (km)"], num: "(8) = (4)+(5)", fmt: DEC },
      {
        key: "pm",
        head: ["Kemantapan (%)"],
        role: "realisasi",
        year: 2024,
        num: "(9) = (8)/(3) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: `r${i}`,
        cells: (x) => ({
          no: i + 1,
          kec: k,
          // planted: Lubuk Salasih typed 48.60 (its four kondisi give 45.60)
          pj: i === 3 ? 48.6 : Math.round(jalan[i].reduce((a, b) => a + b, 0) * 100) / 100,
          ...Object.fromEntries(jalan[i].map((v, j) => [`c${j}`, v])),
          m: fx(`${x.a("c0")}+${x.a("c1")}`),
          // planted: Koto Tinggi typed 71.35
          pm: i === 2 ? 71.35 : fx(`ROUND(${x.a("m")}/${x.a("pj")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => {
          const col = (k: string) => fx(`SUM(${x.a(k, "r0")}:${x.a(k, "r4")})`);
          return {
            no: "Jumlah",
            pj: col("pj"),
            c0: col("c0"),
            c1: col("c1"),
            c2: col("c2"),
            c3: col("c3"),
            m: col("m"),
            pm: fx(`ROUND(${x.a("m")}/${x.a("pj")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 2. Kondisi Jembatan Kabupaten per Kecamatan"], 1, { bold: true });
  const jemb: number[][] = [
    [14, 3, 1],
    [9, 2, 2],
    [17, 4, 1],
    [7, 3, 2],
    [12, 2, 0],
  ];
  const bt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kec", head: ["Kecamatan"] },
      { key: "n", head: ["Jumlah Jembatan (unit)"], fmt: INT },
      { key: "b", head: ["Kondisi", "Baik"], fmt: INT },
      { key: "rr", head: ["Kondisi", "Rusak Ringan"], fmt: INT },
      { key: "rb", head: ["Kondisi", "Rusak Berat"], fmt: INT },
      { key: "pb", head: ["Jembatan Kondisi Baik (%)"], role: "realisasi", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...K.map((k, i): Row => ({
        id: `b${i}`,
        cells: (x) => ({
          no: i + 1,
          kec: k,
          n: fx(`SUM(${x.a("b")}:${x.a("rb")})`),
          b: jemb[i][0],
          rr: jemb[i][1],
          rb: jemb[i][2],
          pb: fx(`ROUND(${x.a("b")}/${x.a("n")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => ({
          no: "Jumlah",
          n: fx(`SUM(${x.a("n", "b0")}:${x.a("n", "b4")})`),
          b: fx(`SUM(${x.a("b", "b0")}:${x.a("b", "b4")})`),
          rr: fx(`SUM(${x.a("rr", "b0")}:${x.a("rr", "b4")})`),
          rb: fx(`SUM(${x.a("rb", "b0")}:${x.a("rb", "b4")})`),
          pb: fx(`ROUND(${x.a("b")}/${x.a("n")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: survei kondisi jalan (IRMS) Bidang Bina Marga, Desember 2024."]);
  const S = jt.sheet;
  const sumOf = (id: string) => [0, 1, 2, 3].map((j) => jt.a(`c${j}`, id)).join("+");
  book.plant({
    at: { sheet: S, cell: jt.a("pj", "r3") },
    rules: ["sum-mismatch"],
    note: "panjang jalan Lubuk Salasih typed 48.60; Baik + Sedang + Rusak Ringan + Rusak Berat = 45.60",
    truth: sumOf("r3"),
  });
  book.plant({
    at: { sheet: S, cell: jt.a("pm", "r2") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "kemantapan Koto Tinggi typed 71.35; (31.60 + 19.40) / 71.20 x 100 = 71.63",
    truth: `ROUND(${jt.a("m", "r2")}/${jt.a("pj", "r2")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: bt.a("pb", "jml"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${bt.a("b", "jml")}/${bt.a("n", "jml")}*100,2)`,
    trap: `SUM(${bt.a("pb", "b0")}:${bt.a("pb", "b4")})`,
  });
  book.ok({
    sheet: S,
    cell: bt.a("pb", "b1"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${bt.a("b", "b1")}/${bt.a("n", "b1")}*100,2)`,
  });
  book.ok({ sheet: S, cell: jt.a("pj", "r0"), rules: ["sum-mismatch"], truth: sumOf("r0") });
  return book.finish();
}

/** SR baru (flow, summed) and cakupan (level, TW IV) per zona per triwulan; no No column. */
export function rekapAirMinum(): BookW {
  const book = new BookW(
    "rekap-sr-air-minum-per-triwulan-teluk-bandar-wangi-342.xlsx",
    "rekap",
    "Sambungan rumah dan cakupan air minum per zona per triwulan 2024",
  );
  const s = book.sheet("SR dan Cakupan 2024");
  s.lines(["Rekapitulasi Sambungan Rumah (SR) Baru dan Cakupan Layanan Air Minum per Zona Tahun 2024"], 1, {
    bold: true,
  });
  s.lines(["Dinas PUPR Kota Teluk Bandar Wangi - UPTD SPAM"]);
  s.gap();
  const TW = ["TW I", "TW II", "TW III", "TW IV"];
  const zona = ["Zona I Bukit Mandar", "Zona II Lembah Rawa", "Zona III Pantai Sero", "Zona IV Tanjung Ogo"];
  const sr = [
    [84, 112, 97, 131],
    [56, 73, 88, 69],
    [102, 95, 121, 140],
    [41, 52, 60, 77],
  ];
  const cak = [
    [81.4, 82, 82.9, 83.6],
    [76.2, 76.8, 77.1, 77.9],
    [88.1, 88.7, 89.5, 90.3],
    [70.6, 71.2, 72, 73.1],
  ];
  const t = s.table({
    cols: [
      { key: "z", head: ["Unit Layanan"], width: 24 },
      ...TW.map((q, i): Col => ({ key: `s${i}`, head: ["SR Baru (unit)", q], fmt: INT })),
      { key: "sj", head: ["SR Baru (unit)", "Jumlah 2024"], role: "realisasi", year: 2024, fmt: INT },
      ...TW.map((q, i): Col => ({ key: `c${i}`, head: ["Cakupan Layanan (%)", q], fmt: DEC })),
      { key: "ca", head: ["Cakupan Layanan (%)", "Akhir 2024"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 20 },
    ],
    headerRows: 2,
    groups: "first",
    rows: [
      ...zona.map((z, i): Row => ({
        id: `z${i}`,
        cells: (x) => ({
          z,
          ...Object.fromEntries(sr[i].map((v, j) => [`s${j}`, v])),
          // planted: Zona II typed 296 (its quarters give 286)
          sj: i === 1 ? 296 : fx(`SUM(${x.a("s0")}:${x.a("s3")})`),
          ...Object.fromEntries(cak[i].map((v, j) => [`c${j}`, v])),
          ca: fx(x.a("c3")),
          ket: i === 3 ? "jaringan baru" : "-",
        }),
      })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({
          z: "Jumlah",
          s0: fx(`SUM(${x.a("s0", "z0")}:${x.a("s0", "z3")})`),
          s1: fx(`SUM(${x.a("s1", "z0")}:${x.a("s1", "z3")})`),
          // planted: TW III sums one row short
          s2: fx(`SUM(${x.a("s2", "z0")}:${x.a("s2", "z2")})`),
          s3: fx(`SUM(${x.a("s3", "z0")}:${x.a("s3", "z3")})`),
          sj: fx(`SUM(${x.a("sj", "z0")}:${x.a("sj", "z3")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: cakupan adalah keadaan akhir triwulan (tidak dijumlahkan)."]);
  const S = t.sheet;
  book.plant({
    at: { sheet: S, cell: t.a("sj", "z1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Zona II Jumlah 2024 typed 296; 56 + 73 + 88 + 69 = 286",
    truth: `SUM(${t.a("s0", "z1")}:${t.a("s3", "z1")})`,
  });
  book.plant({
    at: { sheet: S, cell: t.a("s2", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah TW III =SUM one row short: 306; four zones give 366",
    truth: `SUM(${t.a("s2", "z0")}:${t.a("s2", "z3")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("ca", "z2"),
    rules: ["sum-mismatch"],
    truth: t.a("c3", "z2"),
    trap: `SUM(${t.a("c0", "z2")}:${t.a("c3", "z2")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("sj", "z0"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("s0", "z0")}:${t.a("s3", "z0")})`,
  });
  return book.finish();
}
