// The Renstra 2025-2029 target table of a Dinas Lingkungan Hidup with a baseline year column and a
// 'Target Akhir Renstra' (the last target for indices and rates, the sum of the five years for new
// units formed each year), and the Perjanjian Kinerja 2025 on a second sheet whose targets must be the
// Renstra's 2025 targets. Every name and number is invented.
import { BookW, DEC, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { KAB } from "./common";

type RIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  base: number;
  y: number[];
  /** a count of new units per year: its end target is the sum */
  flow?: boolean;
  neg?: boolean;
  f: string;
  pk?: boolean;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

/** Tabel 6.1 of the Renstra DLH 2025-2029 and the PK 2025. */
export function renstraDlh(): BookW {
  const b = new BookW(
    "renstra-baseline-dlh-sumberkarta.xlsx",
    "Renstra target table with baseline and Target Akhir, and PK 2025 (Dinas Lingkungan Hidup)",
    "sheet 'Renstra 2025-2029': Tabel 6.1 No | Sasaran (merged) | Indikator Kinerja | Satuan | Baseline Tahun 2024 | 'Target Kinerja Tahun' > 2025 .. 2029 | Target Akhir Renstra | Keterangan; Target Akhir as =the 2029 cell for indices and rates and =SUM for the new bank sampah units (by the Keterangan); timbulan sampah tidak tertangani lower is better with falling targets; sheet 'PK 2025': statement lines, No | Sasaran Strategis | Indikator Kinerja | Target Tahun 2025 | Satuan (the satuan after the target), both parties signing",
  );
  const S = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [`PEMERINTAH ${KAB}`, "DINAS LINGKUNGAN HIDUP"]);
  s.lines([
    "Tabel 6.1",
    "Target Kinerja Sasaran Dinas Lingkungan Hidup Kabupaten Sumberkarta Tahun 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya kualitas lingkungan hidup daerah";
  const S2 = "Meningkatnya kinerja pengelolaan sampah";
  const S3 = "Meningkatnya ketaatan pelaku usaha terhadap izin lingkungan";
  const rows: RIn[] = [
    {
      id: "r1",
      sas: S1,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      base: 66.42,
      y: [67.1, 67.85, 68.6, 69.35, 70.1],
      f: DEC,
      pk: true,
    },
    {
      id: "r2",
      sas: S1,
      ind: "Indeks Kualitas Air",
      sat: "indeks",
      base: 52.3,
      y: [53, 53.75, 54.5, 55.25, 56],
      f: DEC,
      pk: true,
    },
    {
      id: "r3",
      sas: S1,
      ind: "Indeks Kualitas Udara",
      sat: "indeks",
      base: 86.15,
      y: [86.4, 86.65, 86.9, 87.15, 87.4],
      f: DEC,
    },
    // planted: 2027 typed 7.00 for 70.00
    {
      id: "r4",
      sas: S2,
      ind: "Persentase sampah terkelola",
      sat: "%",
      base: 61.3,
      y: [64, 67, 7, 73, 76],
      f: DEC,
      pk: true,
    },
    {
      id: "r5",
      sas: S2,
      ind: "Persentase timbulan sampah yang tidak tertangani",
      sat: "%",
      base: 38.7,
      y: [36, 33, 30, 27, 24],
      neg: true,
      f: DEC,
      pk: true,
    },
    {
      id: "r6",
      sas: S2,
      ind: "Jumlah bank sampah unit baru yang terbentuk",
      sat: "unit",
      base: 12,
      y: [15, 15, 20, 20, 25],
      flow: true,
      f: "0",
    },
    {
      id: "r7",
      sas: S3,
      ind: "Persentase usaha dan/atau kegiatan yang taat terhadap dokumen lingkungan",
      sat: "%",
      base: 72.4,
      y: [75, 78, 81, 84, 87],
      f: DEC,
      pk: true,
    },
  ];
  const PLANT_Y = { id: "r4", year: 2027 };
  const PLANT_A = "r6"; // end target =the 2029 cell copied down onto the count
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "base", head: ["Baseline Tahun 2024"], role: "kondisi-awal", year: 2024, width: 11 },
    ...YEARS.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Kinerja Tahun", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "akhir", head: ["Target Akhir Renstra"], role: "kondisi-akhir", width: 11 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 26 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const cells: Record<string, Cell> = {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          base: fmt(x.base, x.f),
          akhir: fx(x.flow && x.id !== PLANT_A ? `SUM(${c.a("y2025")}:${c.a("y2029")})` : c.a("y2029")),
          ket: x.flow ? "kumulatif 5 tahun" : x.neg ? "semakin kecil semakin baik" : "nilai tahun akhir",
        };
        x.y.forEach((v, i) => (cells[`y${YEARS[i]}`] = fmt(v, x.f)));
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: Target akhir Renstra indikator indeks dan persentase adalah target tahun 2029; indikator jumlah bank sampah unit baru adalah jumlah kumulatif selama lima tahun.",
  ]);

  // ------------------------------------------------------------------------------------ PK 2025
  const P = "PK 2025";
  const p = b.sheet(P);
  letterhead(p, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS LINGKUNGAN HIDUP", KAB]);
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Ir. ANDRI KUSUMAHADI, M.T.   Jabatan : Kepala Dinas Lingkungan Hidup",
    "selanjutnya disebut pihak pertama, berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  p.gap();
  p.lines(["SASARAN STRATEGIS DAN INDIKATOR KINERJA"]);
  const pkRows = rows.filter((x) => x.pk);
  // planted: the IKLH target is the Renstra's 2026 target (67.85), not 2025 (67.10)
  const PLANT_PK = "r1";
  const pt = p.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 11 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: pkRows.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: `${k + 1}.`,
        sas: x.sas,
        ind: x.ind,
        t: fmt(x.id === PLANT_PK ? x.y[1] : x.y[0], x.f),
        sat: x.sat,
      },
    })),
  });
  p.gap();
  p.lines(["Sumberkarta, 3 Februari 2025"], 3);
  signature(p, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI SUMBERKARTA,"],
    nama: "H. DEDI SOPANDI, S.E.",
    nip: "-",
  });
  p.r -= 7;
  signature(p, 4, {
    tempat: "Pihak Pertama,",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP,"],
    nama: "Ir. ANDRI KUSUMAHADI, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19740102 200003 1 007",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const ren = (k: string, id: string) => `'${S}'!${a(k, id)}`;
  b.plant({
    at: { sheet: S, cell: a(`y${PLANT_Y.year}`, PLANT_Y.id) },
    rules: ["target-trend", "target-outlier"],
    note: "target 2027 of the persentase sampah terkelola is 7.00 between 67.00 (2026) and 73.00 (2028) on a rise of 3 points a year: 70.00 with a digit lost",
    truth: `(${a("y2026", PLANT_Y.id)}+${a("y2028", PLANT_Y.id)})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_A) },
    rules: ["kondisi-akhir-mismatch"],
    note: `Target Akhir Renstra of the bank sampah unit baru (new units each year, cumulative by the note and the Keterangan) is =${a("y2029", PLANT_A)}, the 2029 target 25; the five years add up to 95`,
    truth: YEARS.map((y) => a(`y${y}`, PLANT_A)).join("+"),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", PLANT_PK) },
        { sheet: S, cell: a("y2025", PLANT_PK) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the PK 2025 target of the IKLH is 67.85, the Renstra's 2026 target; the Renstra 2025 target is 67.10",
    truth: ren("y2025", PLANT_PK),
    actual: pt.a("t", PLANT_PK),
  });
  for (const x of rows) {
    if (x.id !== PLANT_A)
      b.ok({
        sheet: S,
        cell: a("akhir", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: x.flow ? YEARS.map((y) => a(`y${y}`, x.id)).join("+") : a("y2029", x.id),
        // a rate's or index's end target is the last target, not the five years added up
        trap: x.flow ? undefined : YEARS.map((y) => a(`y${y}`, x.id)).join("+"),
      });
    if (x.neg)
      for (const y of YEARS.slice(1))
        b.ok({ sheet: S, cell: a(`y${y}`, x.id), rules: ["target-trend"], truth: a(`y${y}`, x.id) });
    if (x.pk && x.id !== PLANT_PK)
      b.ok({ sheet: P, cell: pt.a("t", x.id), rules: ["cross-table-mismatch"], truth: ren("y2025", x.id) });
  }
  return b.finish();
}
