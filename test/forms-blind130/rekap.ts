// A sector recap kept by the Bagian Organisasi of a Maluku Utara kabupaten: hasil evaluasi AKIP per Perangkat
// Daerah (four components weighted 30 / 30 / 15 / 25, nilai = their sum, SAKIP letter, SPIP level), with a
// Rata-rata row. Every number is invented.
import { BookW, DEC, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Pd = { id: string; nm: string; c: number[]; grade: string; spip: number };

export function rekapAkipWeda(): BookW {
  const b = new BookW(
    "rekap-nilai-akip-spip-per-pd-weda-timur.xlsx",
    "Recap of SAKIP scores and SPIP levels per Perangkat Daerah (2024)",
    "Rekap hasil evaluasi AKIP 2024 of Kabupaten Weda Timur: No | Perangkat Daerah | 'Komponen Penilaian' > Perencanaan (30) | Pengukuran (30) | Pelaporan (15) | Evaluasi Internal (25) | Nilai AKIP | Predikat | Level Maturitas SPIP; number row '7 = 3+4+5+6'; Rata-rata row",
  );
  const S = "Rekap AKIP 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WEDA TIMUR", "SEKRETARIAT DAERAH - BAGIAN ORGANISASI"]);
  s.lines([
    "REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (AKIP)",
    "PERANGKAT DAERAH TAHUN 2024",
  ]);
  s.gap();
  const pds: Pd[] = [
    {
      id: "d1",
      nm: "Badan Perencanaan Pembangunan Daerah",
      c: [24.1, 22.85, 11.6, 18.3],
      grade: "BB",
      spip: 3,
    },
    { id: "d2", nm: "Inspektorat Daerah", c: [25.3, 24.2, 12.1, 19.75], grade: "A", spip: 3 },
    // planted: 69.92 is B
    { id: "d3", nm: "Dinas Kesehatan", c: [22.4, 20.15, 10.8, 16.57], grade: "BB", spip: 2 },
    { id: "d4", nm: "Dinas Pendidikan dan Kebudayaan", c: [23.05, 21.4, 11.2, 14.35], grade: "B", spip: 3 },
    {
      id: "d5",
      nm: "Dinas Pekerjaan Umum dan Penataan Ruang",
      c: [19.8, 17.45, 10.2, 13.9],
      grade: "B",
      spip: 2,
    },
    {
      id: "d6",
      nm: "Badan Pengelolaan Keuangan dan Aset Daerah",
      c: [24.6, 23.1, 12.4, 18.9],
      grade: "BB",
      spip: 3,
    },
    { id: "d7", nm: "Dinas Sosial", c: [18.25, 16.9, 9.85, 12.4], grade: "CC", spip: 2 },
  ];
  const K = "Komponen Penilaian";
  const comp = ["c1", "c2", "c3", "c4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Perangkat Daerah"], num: 2, width: 40 },
    { key: "c1", head: [K, "Perencanaan Kinerja (30)"], num: 3, fmt: DEC },
    { key: "c2", head: [K, "Pengukuran Kinerja (30)"], num: 4, fmt: DEC },
    { key: "c3", head: [K, "Pelaporan Kinerja (15)"], num: 5, fmt: DEC },
    { key: "c4", head: [K, "Evaluasi Akuntabilitas Kinerja Internal (25)"], num: 6, fmt: DEC },
    { key: "n", head: ["Nilai AKIP"], role: "realisasi", year: 2024, num: "7 = 3+4+5+6", fmt: DEC },
    { key: "g", head: ["Predikat"], role: "predikat", year: 2024, num: 8 },
    { key: "spip", head: ["Level Maturitas SPIP"], num: 9 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...pds.map((p, i): Row => ({
        id: p.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          nm: p.nm,
          c1: p.c[0],
          c2: p.c[1],
          c3: p.c[2],
          c4: p.c[3],
          // planted: d5's nilai is typed 67.35 (the components give 61.35)
          n: p.id === "d5" ? 67.35 : fx(`ROUND(SUM(${c.a("c1")}:${c.a("c4")}),2)`),
          g: p.grade,
          spip: p.spip,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({
          no: "Rata-rata",
          ...Object.fromEntries(
            [...comp, "n"].map((k) => [k, fx(`ROUND(AVERAGE(${c.a(k, "d1")}:${c.a(k, "d7")}),2)`)]),
          ),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Predikat: AA > 90-100; A > 80-90; BB > 70-80; B > 60-70; CC > 50-60; C > 30-50; D 0-30 (PermenPANRB 88/2021).",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Weda, 15 Maret 2025",
    jabatan: ["a.n. SEKRETARIS DAERAH", "Asisten Administrasi Umum"],
    nama: "Ir. HASAN MUHAMMAD ALI, M.T.",
    nip: "19710909 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const add = (id: string) => comp.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("n", "d5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Nilai AKIP of the Dinas PUPR is a typed 67.35 among SUM formulas; 19.80 + 17.45 + 10.20 + 13.90 give 61.35",
    truth: add("d5"),
  });
  b.plant({
    at: { sheet: S, cell: a("g", "d3") },
    rules: ["sakip-grade-mismatch"],
    note: "Predikat BB of the Dinas Kesehatan; 69.92 is B (> 60 - 70)",
    truth: `SAKIP(${a("n", "d3")})`,
  });
  for (const id of ["d1", "d2", "d3", "d4", "d6", "d7"])
    b.ok({ sheet: S, cell: a("n", id), rules: ["sum-mismatch"], truth: add(id) });
  for (const id of ["d1", "d2", "d6", "d7"])
    b.ok({ sheet: S, cell: a("g", id), rules: ["sakip-grade-mismatch"], truth: `SAKIP(${a("n", id)})` });
  // 70.00 exactly: lower bounds are exclusive, so B, not BB
  b.ok({
    sheet: S,
    cell: a("g", "d4"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(${a("n", "d4")})`,
    trap: `SAKIP(${a("n", "d4")}+0.001)`,
  });
  for (const k of comp)
    b.ok({
      sheet: S,
      cell: a(k, "avg"),
      rules: ["sum-mismatch"],
      truth: `ROUND((${pds.map((p) => a(k, p.id)).join("+")})/7,2)`,
      trap: pds.map((p) => a(k, p.id)).join("+"),
    });
  return b.finish();
}
