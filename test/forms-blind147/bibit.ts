// The per-desa recap of penghijauan seedlings of an NTT kabupaten's DLH: four kinds of seedling per desa,
// the Jumlah, the planted area and the seedlings alive after three months, grouped by kecamatan with Sub
// Jumlah rows and a JUMLAH (A + B) of the two subtotals. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Desa = { id: string; nama: string; b: number[]; luas: number; hidup: number };

export function rekapBibitDesa(): BookW {
  const b = new BookW(
    "rekap-distribusi-bibit-penghijauan-per-desa-amanuban-raya.xlsx",
    "Rekap distribusi bibit per desa (DLH)",
    "Rekap penyaluran bibit penghijauan 2024 per desa of an NTT kabupaten's DLH: No | Kecamatan / Desa | 'Jenis Bibit (batang)' > Mahoni | Jati Putih | Kemiri | Mangga (MPTS) | Jumlah (7 = 3+4+5+6) | Luas Tanam (ha) | Bibit Hidup (batang) | Persentase Tumbuh (%) (10 = 9/7 x 100); groups A and B with Sub Jumlah, JUMLAH (A + B)",
  );
  const S = "Rekap Bibit 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN AMANUBAN RAYA",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Gajah Mada No. 7, Niki-Niki Baru",
  ]);
  s.lines(["REKAPITULASI PENYALURAN BIBIT PENGHIJAUAN PER DESA", "GERAKAN TANAM POHON TAHUN 2024"]);
  s.gap();
  const A: Desa[] = [
    { id: "d1", nama: "Desa Oinlasi", b: [1_200, 800, 600, 400], luas: 7.5, hidup: 2_610 },
    { id: "d2", nama: "Desa Nulle", b: [900, 700, 500, 300], luas: 6, hidup: 2_016 },
    { id: "d3", nama: "Desa Tumu", b: [1_500, 600, 700, 200], luas: 7.5, hidup: 2_715 },
  ];
  const B: Desa[] = [
    { id: "d4", nama: "Desa Oetuke", b: [800, 1_000, 400, 600], luas: 7, hidup: 2_296 },
    { id: "d5", nama: "Desa Noesiu", b: [1_000, 1_200, 300, 500], luas: 7.5, hidup: 2_580 },
    // planted: 2,140 hidup of 2,000 distributed (the field sheet says 1,740)
    { id: "d6", nama: "Desa Babuin", b: [600, 400, 800, 200], luas: 5, hidup: 2_140 },
  ];
  const J = "Jenis Bibit (batang)";
  const KINDS = ["Mahoni", "Jati Putih", "Kemiri", "Mangga (MPTS)"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "desa", head: ["Kecamatan / Desa"], role: "lokasi", num: 2, width: 24 },
    ...KINDS.map((k, i): Col => ({
      key: `b${i}`,
      head: [J, k],
      role: "realisasi",
      year: 2024,
      num: 3 + i,
      fmt: INT,
      width: 10,
    })),
    { key: "jml", head: ["Jumlah"], role: "realisasi", year: 2024, num: "7 = 3+4+5+6", fmt: INT, width: 11 },
    { key: "luas", head: ["Luas Tanam (ha)"], num: 8, fmt: DEC, width: 10 },
    { key: "hid", head: ["Bibit Hidup (batang)"], num: 9, fmt: INT, width: 11 },
    { key: "pct", head: ["Persentase Tumbuh (%)"], num: "10 = 9/7 x 100", fmt: DEC, width: 11 },
  ];
  const NUM = ["b0", "b1", "b2", "b3", "jml", "luas", "hid"];
  const pct = (x: Ctx) => fx(`ROUND(${x.a("hid")}/${x.a("jml")}*100,2)`);
  const desaRows = (ds: Desa[], n0: number): Row[] =>
    ds.map((d, i) => ({
      id: d.id,
      cells: (x: Ctx) => ({
        no: n0 + i,
        desa: d.nama,
        ...Object.fromEntries(d.b.map((v, j) => [`b${j}`, v])),
        // planted: Noesiu's Jumlah typed 3,200 (the four kinds give 3,000)
        jml: d.id === "d5" ? 3_200 : fx(`SUM(${x.a("b0")}:${x.a("b3")})`),
        luas: d.luas,
        hid: d.hidup,
        pct: pct(x),
      }),
    }));
  const sub = (id: string, f: string, l: string): Row => ({
    id,
    bold: true,
    span: ["no", "desa"],
    cells: (x: Ctx) => ({
      no: `Sub Jumlah ${id === "sa" ? "A" : "B"}`,
      ...Object.fromEntries(NUM.map((k) => [k, fx(`SUM(${x.a(k, f)}:${x.a(k, l)})`)])),
      pct: pct(x),
    }),
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "ha", bold: true, cells: { no: "A", desa: "Kecamatan Amanuban Tengah" } },
      ...desaRows(A, 1),
      sub("sa", "d1", "d3"),
      { id: "hb", bold: true, cells: { no: "B", desa: "Kecamatan Kolbano Raya" } },
      ...desaRows(B, 4),
      sub("sb", "d4", "d6"),
      {
        id: "tot",
        bold: true,
        span: ["no", "desa"],
        cells: (x: Ctx) => ({
          no: "JUMLAH (A + B)",
          ...Object.fromEntries(NUM.map((k) => [k, fx(`${x.a(k, "sa")}+${x.a(k, "sb")}`)])),
          pct: pct(x),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: bibit hidup dihitung tiga bulan setelah tanam oleh penyuluh kehutanan lapangan; persentase Sub Jumlah dan JUMLAH dihitung dari jumlah bibit, bukan rata-rata desa.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Niki-Niki Baru, 30 Desember 2024",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN AMANUBAN RAYA,"],
    nama: "MELKIANUS TAEK, S.T., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780921 200312 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "d5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Desa Noesiu is a typed 3,200 among SUM formulas; 1,000 + 1,200 + 300 + 500 give 3,000",
    truth: `SUM(${a("b0", "d5")}:${a("b3", "d5")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pct", "d6") },
        { sheet: S, cell: a("hid", "d6") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Desa Babuin: 2,140 seedlings alive of 2,000 distributed gives a survival of 107.00 %; the field sheet's 1,740 gives 87.00 %",
    truth: `ROUND(1740/${a("jml", "d6")}*100,2)`,
  });
  for (const id of ["d1", "d2", "d3", "d4", "d6"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `SUM(${a("b0", id)}:${a("b3", id)})`,
    });
  for (const id of ["d1", "d3", "d4"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("hid", id)}/${a("jml", id)}*100,2)`,
    });
  // the Sub Jumlah A survival is the ratio of the sums, not the average of the desa percentages
  b.ok({
    sheet: S,
    cell: a("pct", "sa"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(SUM(${a("hid", "d1")}:${a("hid", "d3")})/SUM(${a("jml", "d1")}:${a("jml", "d3")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "d1")}:${a("pct", "d3")}),2)`,
  });
  for (const k of ["b0", "b1", "b2", "b3", "luas"]) {
    b.ok({ sheet: S, cell: a(k, "sa"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "d1")}:${a(k, "d3")})` });
    // JUMLAH (A + B) adds the two Sub Jumlah rows, not every row above
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "d1")}:${a(k, "d3")})+SUM(${a(k, "d4")}:${a(k, "d6")})`,
      trap: `SUM(${a(k, "d1")}:${a(k, "sb")})`,
    });
  }
  return b.finish();
}
