// Two recaps of a Dinas Pariwisata's own operational data: visits and retribusi per objek wisata with
// a quarterly table beside it, and desa wisata and hotel occupancy per kecamatan. Invented numbers.
import { BookW, DEC, RP, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type O = { id: string; nama: string; kec: string; wn: number; wm: number; tr: number; rr: number };

/** Kunjungan dan retribusi per objek wisata 2024, Kabupaten Lembah Sarimanik, with a per-triwulan table. */
export function rekapObjekWisata(): BookW {
  const b = new BookW(
    "rekap-kunjungan-retribusi-objek-wisata-lembah-sarimanik-337.xlsx",
    "Rekap kunjungan dan retribusi (Pariwisata)",
    "Per objek wisata: Kunjungan (wisnus, wisman, jumlah) and Retribusi (target, realisasi, capaian) groups, number row with '(6) = (4)+(5)' and '(9) = (8)/(7) x 100', JUMLAH row with the capaian of the totals; a per-triwulan table side by side after one empty column with a Rata-rata lama tinggal",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SARIMANIK", "DINAS PARIWISATA, PEMUDA DAN OLAHRAGA"]);
  s.lines(["REKAPITULASI KUNJUNGAN WISATAWAN DAN RETRIBUSI OBJEK WISATA TAHUN 2024"]);
  s.gap();
  const objek: O[] = [
    {
      id: "o1",
      nama: "Danau Sarimanik",
      kec: "Sarimanik",
      wn: 148_320,
      wm: 2_415,
      tr: 1_250_000_000,
      rr: 1_318_450_000,
    },
    {
      id: "o2",
      nama: "Air Terjun Lubuak Tampuruang",
      kec: "IX Koto Ampek",
      wn: 62_780,
      wm: 386,
      tr: 420_000_000,
      rr: 397_260_000,
    },
    {
      id: "o3",
      nama: "Puncak Bukik Kaluang",
      kec: "Lareh Sago",
      wn: 41_205,
      wm: 1_102,
      tr: 310_000_000,
      rr: 336_900_000,
    },
    {
      id: "o4",
      nama: "Pemandian Aia Angek Batu Bajanjang",
      kec: "Sarimanik",
      wn: 88_940,
      wm: 154,
      tr: 560_000_000,
      rr: 512_380_000,
    },
    {
      id: "o5",
      nama: "Ngarai Koto Baru",
      kec: "Lareh Sago",
      wn: 27_615,
      wm: 233,
      tr: 180_000_000,
      rr: 164_250_000,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nama", head: ["Objek Wisata"], num: "(2)", width: 32 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(3)", width: 15 },
    {
      key: "wn",
      head: ["Kunjungan (orang)", "Wisnus"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 11,
    },
    {
      key: "wm",
      head: ["Kunjungan (orang)", "Wisman"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
      width: 10,
    },
    {
      key: "j",
      head: ["Kunjungan (orang)", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (4)+(5)",
      fmt: INT,
      width: 11,
    },
    {
      key: "tr",
      head: ["Retribusi (Rp)", "Target"],
      role: "target",
      year: 2024,
      num: "(7)",
      fmt: RP,
      width: 16,
    },
    {
      key: "rr",
      head: ["Retribusi (Rp)", "Realisasi"],
      role: "realisasi",
      year: 2024,
      num: "(8)",
      fmt: RP,
      width: 16,
    },
    {
      key: "c",
      head: ["Retribusi (Rp)", "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(9) = (8)/(7) x 100",
      fmt: DEC,
      width: 11,
    },
  ];
  // planted: o2's jumlah typed 64,166 (62,780 + 386 = 63,166); o4's capaian typed 95.15 (91.50)
  const rows: Row[] = objek.map((o, i) => ({
    id: o.id,
    cells: (x) => ({
      no: i + 1,
      nama: o.nama,
      kec: o.kec,
      wn: o.wn,
      wm: o.wm,
      j: o.id === "o2" ? 64_166 : fx(`${x.a("wn")}+${x.a("wm")}`),
      tr: o.tr,
      rr: o.rr,
      c: o.id === "o4" ? 95.15 : fx(`ROUND(${x.a("rr")}/${x.a("tr")}*100,2)`),
    }),
  }));
  const top = s.r;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows,
      {
        id: "jml",
        span: ["no", "kec"],
        bold: true,
        cells: (x) => ({
          no: "JUMLAH",
          wn: fx(`SUM(${x.a("wn", "o1")}:${x.a("wn", "o5")})`),
          wm: fx(`SUM(${x.a("wm", "o1")}:${x.a("wm", "o5")})`),
          j: fx(`SUM(${x.a("j", "o1")}:${x.a("j", "o5")})`),
          tr: fx(`SUM(${x.a("tr", "o1")}:${x.a("tr", "o5")})`),
          rr: fx(`SUM(${x.a("rr", "o1")}:${x.a("rr", "o5")})`),
          c: fx(`ROUND(${x.a("rr")}/${x.a("tr")}*100,2)`),
        }),
      },
    ],
  });
  const tw: Array<[string, number, number, number]> = [
    ["Triwulan I", 71_240, 812, 1.7],
    ["Triwulan II", 84_515, 945, 1.8],
    ["Triwulan III", 96_380, 1_204, 2.1],
    ["Triwulan IV", 116_725, 1_329, 2.3],
  ];
  const q = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "wn", head: ["Wisnus (orang)"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
        { key: "wm", head: ["Wisman (orang)"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
        { key: "j", head: ["Jumlah (orang)"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
        {
          key: "lt",
          head: ["Rata-rata Lama Tinggal (hari)"],
          role: "realisasi",
          year: 2024,
          fmt: DEC,
          width: 12,
        },
      ],
      headerRows: 1,
      rows: [
        ...tw.map(([p, wn, wm, lt], i) => ({
          id: `q${i + 1}`,
          cells: (x: { a: (k: string) => string }) => ({
            tw: p,
            wn,
            wm,
            j: fx(`${x.a("wn")}+${x.a("wm")}`),
            lt,
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah / Rata-rata",
            wn: fx(`SUM(${x.a("wn", "q1")}:${x.a("wn", "q4")})`),
            wm: fx(`SUM(${x.a("wm", "q1")}:${x.a("wm", "q4")})`),
            j: fx(`SUM(${x.a("j", "q1")}:${x.a("j", "q4")})`),
            lt: fx(`ROUND(AVERAGE(${x.a("lt", "q1")}:${x.a("lt", "q4")}),2)`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.gap();
  s.lines(["Sumber: karcis masuk objek wisata dan laporan bulanan usaha akomodasi (data sementara)."]);
  s.gap();
  signature(s, 7, {
    tempat: "Sarimanik, 10 Februari 2025",
    jabatan: ["KEPALA BIDANG DESTINASI PARIWISATA"],
    nama: "RINA MARLINA PUTRI, S.ST.Par",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19860521 201001 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "o2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah pengunjung of Air Terjun Lubuak Tampuruang typed 64,166 among (4)+(5) formulas; 62,780 + 386 = 63,166",
    truth: `${a("wn", "o2")}+${a("wm", "o2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "o4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian retribusi of Pemandian Aia Angek Batu Bajanjang typed 95.15; 512,380,000 / 560,000,000 x 100 = 91.50",
    truth: `ROUND(${a("rr", "o4")}/${a("tr", "o4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rr", "jml")}/${a("tr", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("c", "o1")}:${a("c", "o5")}),2)`,
  });
  for (const k of ["wn", "wm", "tr", "rr"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o1")}:${a(k, "o5")})` });
  for (const id of ["o1", "o3", "o5"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("wn", id)}+${a("wm", id)}` });
  b.ok({
    sheet: S,
    cell: q.a("lt", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${q.a("lt", "q1")}:${q.a("lt", "q4")}),2)`,
    trap: `SUM(${q.a("lt", "q1")}:${q.a("lt", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: q.a("wn", "tot"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("wn", "jml"),
  });
  return b.finish();
}

type D = {
  id: string;
  kec: string;
  d: [number, number, number, number];
  h: number;
  sedia: number;
  jual: number;
};

/** Desa wisata and tingkat hunian hotel per kecamatan 2024, Kota Pantai Wolasi (no No column). */
export function rekapDesaHunian(): BookW {
  const b = new BookW(
    "rekap-desa-wisata-hunian-hotel-pantai-wolasi-337.xlsx",
    "Rekap desa wisata dan hunian hotel (Pariwisata)",
    "Per kecamatan, no No column: Desa Wisata (Rintisan, Berkembang, Maju, Mandiri, Jumlah typed) and Akomodasi (hotel, malam kamar tersedia / terjual, TPK formula); number row '(6) = (2)+(3)+(4)+(5)', '(10) = (9)/(8) x 100'; Kota total row with the TPK of the totals",
  );
  const S = "Desa Wisata & TPK";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA PANTAI WOLASI",
    "DINAS PARIWISATA",
    "Jl. Teluk Wolasi No. 3, Kendari Pesisir",
  ]);
  s.lines(["Rekapitulasi Desa Wisata dan Tingkat Penghunian Kamar Hotel per Kecamatan Tahun 2024"]);
  s.gap();
  const kec: D[] = [
    { id: "k1", kec: "Wolasi Pesisir", d: [2, 3, 1, 0], h: 14, sedia: 152_570, jual: 98_140 },
    { id: "k2", kec: "Kambu Raya", d: [3, 1, 0, 0], h: 6, sedia: 48_910, jual: 27_305 },
    { id: "k3", kec: "Poasia Timur", d: [1, 2, 2, 1], h: 9, sedia: 86_505, jual: 61_870 },
    { id: "k4", kec: "Abeli Dalam", d: [4, 1, 0, 0], h: 3, sedia: 21_900, jual: 11_214 },
    { id: "k5", kec: "Nambo Lalowaru", d: [2, 2, 1, 0], h: 5, sedia: 39_420, jual: 24_760 },
  ];
  const G = "Jumlah Desa Wisata menurut Klasifikasi";
  const H = "Akomodasi Hotel";
  const cols: Col[] = [
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 18 },
    { key: "d0", head: [G, "Rintisan"], role: "realisasi", year: 2024, num: "(2)", width: 10 },
    { key: "d1", head: [G, "Berkembang"], role: "realisasi", year: 2024, num: "(3)", width: 11 },
    { key: "d2", head: [G, "Maju"], role: "realisasi", year: 2024, num: "(4)", width: 8 },
    { key: "d3", head: [G, "Mandiri"], role: "realisasi", year: 2024, num: "(5)", width: 9 },
    {
      key: "dj",
      head: [G, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (2)+(3)+(4)+(5)",
      width: 10,
    },
    { key: "h", head: [H, "Hotel (unit)"], role: "realisasi", year: 2024, num: "(7)", width: 9 },
    {
      key: "sedia",
      head: [H, "Malam Kamar Tersedia"],
      role: "realisasi",
      year: 2024,
      num: "(8)",
      fmt: INT,
      width: 12,
    },
    {
      key: "jual",
      head: [H, "Malam Kamar Terjual"],
      role: "realisasi",
      year: 2024,
      num: "(9)",
      fmt: INT,
      width: 12,
    },
    {
      key: "tpk",
      head: [H, "TPK (%)"],
      role: "realisasi",
      year: 2024,
      num: "(10) = (9)/(8) x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  // planted: Kambu Raya jumlah desa typed 5 (3+1+0+0 = 4); Abeli Dalam TPK typed 151.21 (51.21)
  const rows: Row[] = kec.map((k) => ({
    id: k.id,
    cells: (x) => ({
      kec: k.kec,
      d0: k.d[0],
      d1: k.d[1],
      d2: k.d[2],
      d3: k.d[3],
      dj: k.id === "k2" ? 5 : k.d[0] + k.d[1] + k.d[2] + k.d[3],
      h: k.h,
      sedia: k.sedia,
      jual: k.jual,
      tpk: k.id === "k4" ? 151.21 : fx(`ROUND(${x.a("jual")}/${x.a("sedia")}*100,2)`),
    }),
  }));
  const sumOf = (x: { a: (k: string, id?: string) => string }, k: string) =>
    fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k5")})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows,
      {
        id: "kota",
        bold: true,
        cells: (x) => ({
          kec: "Kota Pantai Wolasi",
          d0: sumOf(x, "d0"),
          d1: sumOf(x, "d1"),
          d2: sumOf(x, "d2"),
          d3: sumOf(x, "d3"),
          dj: sumOf(x, "dj"),
          h: sumOf(x, "h"),
          sedia: sumOf(x, "sedia"),
          jual: sumOf(x, "jual"),
          tpk: fx(`ROUND(${x.a("jual")}/${x.a("sedia")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: TPK = malam kamar terjual / malam kamar tersedia x 100; klasifikasi desa wisata menurut SK Wali Kota.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pantai Wolasi, 3 Februari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA KOTA PANTAI WOLASI"],
    nama: "Hj. WA ODE RASNIATI, S.Sos., M.Si",
    nip: "19780214 200312 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const parts = (id: string) => ["d0", "d1", "d2", "d3"].map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("dj", "k2") },
    rules: ["sum-mismatch"],
    note: "Jumlah desa wisata of Kecamatan Kambu Raya is 5; 3 + 1 + 0 + 0 = 4",
    truth: parts("k2"),
  });
  b.plant({
    at: { sheet: S, cell: a("tpk", "k4") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "TPK of Kecamatan Abeli Dalam typed 151.21 %; 11,214 / 21,900 x 100 = 51.21",
    truth: `ROUND(${a("jual", "k4")}/${a("sedia", "k4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("tpk", "kota"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("jual", "kota")}/${a("sedia", "kota")}*100,2)`,
    trap: `SUM(${a("tpk", "k1")}:${a("tpk", "k5")})`,
  });
  for (const id of ["k1", "k3", "k5"]) {
    b.ok({ sheet: S, cell: a("dj", id), rules: ["sum-mismatch"], truth: parts(id) });
    b.ok({
      sheet: S,
      cell: a("tpk", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("jual", id)}/${a("sedia", id)}*100,2)`,
    });
  }
  for (const k of ["d0", "d1", "sedia", "jual"])
    b.ok({
      sheet: S,
      cell: a(k, "kota"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "k1")}:${a(k, "k5")})`,
    });
  return b.finish();
}
