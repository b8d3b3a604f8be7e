// A provincial recap of the Dinas Kesehatan Provinsi Gorontalo: pagu and realisasi of the DAK Non
// Fisik BOK per kabupaten/kota by semester, serapan and sisa (the total serapan is the ratio of the
// totals), and beside it, after one empty column, a shorter table of puskesmas terakreditasi per
// kabupaten/kota. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kab = { id: string; nm: string; pagu: number; s1: number; s2: number; pkm: number; akr: number };

export function rekapBokGorontalo(): BookW {
  const b = new BookW(
    "rekap-bok-puskesmas-dinkes-prov-gorontalo-2024.xlsx",
    "Rekap sektor: realisasi BOK per kabupaten/kota (Dinkes Provinsi)",
    "Recap of the DAK Non Fisik BOK 2024 per kabupaten/kota in Gorontalo: No | Kabupaten/Kota | Pagu (Rp) | 'Realisasi (Rp)' > Semester I | Semester II | Jumlah | Serapan (%) | Sisa (Rp); number row (6) = (4) + (5), (7) = (6) / (3) x 100, (8) = (3) - (6); TOTAL row; beside it puskesmas terakreditasi per kabupaten/kota",
  );
  const S = "Rekap BOK 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI GORONTALO",
    "DINAS KESEHATAN",
    "Jl. Sapta Marga No. 12, Kota Gorontalo",
  ]);
  s.lines([
    "REKAPITULASI PAGU DAN REALISASI DAK NON FISIK BANTUAN OPERASIONAL KESEHATAN (BOK) PUSKESMAS",
    "KABUPATEN/KOTA SE-PROVINSI GORONTALO TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const K: Kab[] = [
    {
      id: "a",
      nm: "Kota Hulontalo",
      pagu: 9_864_250_000,
      s1: 4_102_600_000,
      s2: 5_418_350_000,
      pkm: 10,
      akr: 10,
    },
    {
      id: "b",
      nm: "Kab. Bone Tilamuta",
      pagu: 14_237_800_000,
      s1: 5_863_900_000,
      s2: 7_944_150_000,
      pkm: 20,
      akr: 17,
    },
    // planted: Semester II typed 6,582,400,000 for 6,258,400,000 (the SP2D), so the Jumlah passes the pagu
    {
      id: "c",
      nm: "Kab. Paguyaman Raya",
      pagu: 11_482_600_000,
      s1: 4_917_300_000,
      s2: 6_582_400_000,
      pkm: 16,
      akr: 13,
    },
    {
      id: "d",
      nm: "Kab. Limboto Barat",
      pagu: 16_905_400_000,
      s1: 7_211_750_000,
      s2: 8_866_900_000,
      pkm: 21,
      akr: 18,
    },
    {
      id: "e",
      nm: "Kab. Atinggola Raya",
      pagu: 8_316_900_000,
      s1: 3_340_150_000,
      s2: 4_475_600_000,
      pkm: 11,
      akr: 8,
    },
    {
      id: "f",
      nm: "Kab. Popayato Timur",
      pagu: 10_748_300_000,
      s1: 4_228_450_000,
      s2: 5_903_700_000,
      pkm: 14,
      akr: 11,
    },
  ];
  const R = "Realisasi (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kabupaten/Kota"], role: "lokasi", num: "(2)", width: 22 },
    { key: "pagu", head: ["Pagu BOK (Rp)"], role: "anggaran", year: 2024, num: "(3)", fmt: RP, width: 17 },
    {
      key: "s1",
      head: [R, "Semester I"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(4)",
      fmt: RP,
      width: 16,
    },
    {
      key: "s2",
      head: [R, "Semester II"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(5)",
      fmt: RP,
      width: 16,
    },
    {
      key: "jml",
      head: [R, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(6) = (4) + (5)",
      fmt: RP,
      width: 17,
    },
    {
      key: "ser",
      head: ["Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6) / (3) x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "sisa", head: ["Sisa (Rp)"], num: "(8) = (3) - (6)", fmt: RP, width: 16 },
  ];
  const col = (k: string, c: Ctx) => `SUM(${c.a(k, "a")}:${c.a(k, "f")})`;
  const top = s.r;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          nm: k.nm,
          pagu: k.pagu,
          s1: k.s1,
          s2: k.s2,
          jml: fx(`${c.a("s1")}+${c.a("s2")}`),
          ser: fx(`ROUND(${c.a("jml")}/${c.a("pagu")}*100,2)`),
          sisa: fx(`${c.a("pagu")}-${c.a("jml")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({
          no: "TOTAL",
          pagu: fx(col("pagu", c)),
          // planted: the range stops at Atinggola Raya, Popayato Timur left out
          s1: fx(`SUM(${c.a("s1", "a")}:${c.a("s1", "e")})`),
          s2: fx(col("s2", c)),
          jml: fx(col("jml", c)),
          ser: fx(`ROUND(${c.a("jml")}/${c.a("pagu")}*100,2)`),
          sisa: fx(col("sisa", c)),
        }),
      },
    ],
  });
  const side: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Kabupaten/Kota"], role: "lokasi", width: 20 },
    { key: "pkm", head: ["Jumlah Puskesmas"], fmt: INT, width: 10 },
    {
      key: "akr",
      head: ["Puskesmas Terakreditasi", "Jumlah"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 10,
    },
    { key: "pct", head: ["Puskesmas Terakreditasi", "%"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
  ];
  const t2 = s.table(
    {
      cols: side,
      headerRows: 2,
      rows: [
        ...K.map((k, i): Row => ({
          id: k.id,
          cells: (c: Ctx) => ({
            no: i + 1,
            nm: k.nm,
            pkm: k.pkm,
            akr: k.akr,
            pct: fx(`ROUND(${c.a("akr")}/${c.a("pkm")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (c: Ctx) => ({
            no: "Provinsi",
            pkm: fx(`SUM(${c.a("pkm", "a")}:${c.a("pkm", "f")})`),
            akr: fx(`SUM(${c.a("akr", "a")}:${c.a("akr", "f")})`),
            pct: fx(`ROUND(${c.a("akr")}/${c.a("pkm")}*100,2)`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: laporan realisasi DAK Non Fisik Dinas Kesehatan kabupaten/kota (aplikasi e-Renggar), per 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Gorontalo, 17 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "PROVINSI GORONTALO,"],
    nama: "dr. YUSRAN K. PAKAYA, M.Kes",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710214 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("s2", "c") },
        { sheet: S, cell: a("jml", "c") },
        { sheet: S, cell: a("ser", "c") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Kab. Paguyaman Raya: Semester II typed 6,582,400,000 for the SP2D's 6,258,400,000, so the Jumlah 11,499,700,000 passes the pagu 11,482,600,000 (serapan 100.15 %, sisa -17,100,000)",
    truth: "6258400000",
  });
  b.plant({
    at: { sheet: S, cell: a("s1", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL Semester I is =SUM over the first five rows (25,435,700,000); Popayato Timur's 4,228,450,000 is left out, the six rows give 29,664,150,000",
    truth: `SUM(${a("s1", "a")}:${a("s1", "f")})`,
  });
  for (const id of ["a", "b", "d", "e", "f"]) {
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["serapan-over-100"],
      truth: `ROUND(${a("jml", id)}/${a("pagu", id)}*100,2)`,
    });
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: `${a("s1", id)}+${a("s2", id)}` });
  }
  for (const k of ["pagu", "s2", "jml"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "a")}:${a(k, "f")})` });
  // traps: the total serapan and the province's percentage are ratios of totals, not sums of the rows
  b.ok({
    sheet: S,
    cell: a("ser", "tot"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("jml", "tot")}/${a("pagu", "tot")}*100,2)`,
    trap: `SUM(${a("ser", "a")}:${a("ser", "f")})`,
  });
  b.ok({
    sheet: S,
    cell: a2("pct", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a2("akr", "tot")}/${a2("pkm", "tot")}*100,2)`,
    trap: `SUM(${a2("pct", "a")}:${a2("pct", "f")})`,
  });
  for (const id of ["a", "d"])
    b.ok({
      sheet: S,
      cell: a2("pct", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a2("akr", id)}/${a2("pkm", id)}*100,2)`,
    });
  return b.finish();
}
