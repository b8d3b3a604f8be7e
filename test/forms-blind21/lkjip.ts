// The LKjIP 2024 measurement table of a Dinas Kelautan dan Perikanan in Kabupaten Gamkonora: capaian
// R / T x 100 (refleksi for the two lower-is-better rows the note names), capped at 120 % by the note,
// the capped values typed, a predikat in words, realisasi 2023 beside it and a Rata-rata row. Every
// name and number is invented.
import {
  BookW,
  DEC,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { KAB, refl, rt } from "./common";

type LIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

const S1 = "Meningkatnya produksi dan mutu hasil perikanan";
const S2 = "Meningkatnya kesejahteraan nelayan dan pembudidaya ikan";
const S3 = "Terjaganya kelestarian sumber daya kelautan dan perikanan";

/** LKjIP 2024, Tabel 3.2, of the Dinas Kelautan dan Perikanan Kabupaten Gamkonora. */
export function lkjipDkp(): BookW {
  const b = new BookW(
    "lkjip-maks120-dkp-gamkonora.xlsx",
    "LKjIP measurement table with capaian capped at 120 %",
    "LKjIP 2024 Tabel 3.2 of a Dinas Kelautan dan Perikanan: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) *) | Predikat **); number row (1) .. (9); capaian ROUND formulas, refleksi on the two negative rows named by number in the note, values above 120 typed as 120.00 by the note; Rata-rata Capaian (ROUND(AVERAGE)) and its predikat",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [`PEMERINTAH ${KAB}`, "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "Tabel 3.2",
    "Pengukuran Capaian Kinerja Sasaran Strategis Dinas Kelautan dan Perikanan Tahun 2024",
  ]);
  s.gap();
  const rows: LIn[] = [
    {
      id: "l1",
      sas: S1,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      r23: 23_870,
      t: 24_500,
      r: 26_180,
      f: "#,##0",
    },
    {
      id: "l2",
      sas: S1,
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      r23: 2_940,
      t: 3_200,
      r: 4_400,
      f: "#,##0",
    },
    {
      id: "l3",
      sas: S1,
      ind: "Persentase kehilangan hasil tangkapan pascapanen (losses)",
      sat: "%",
      r23: 17.2,
      t: 15,
      r: 16.5,
      neg: true,
      f: DEC,
    },
    {
      id: "l4",
      sas: S2,
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      r23: 102.85,
      t: 104.5,
      r: 103.2,
      f: DEC,
    },
    {
      id: "l5",
      sas: S2,
      ind: "Angka konsumsi ikan",
      sat: "kg/kapita/tahun",
      r23: 49.6,
      t: 52,
      r: 54.3,
      f: DEC,
    },
    {
      id: "l6",
      sas: S2,
      ind: "Persentase kelompok pembudidaya ikan berkelas madya",
      sat: "%",
      r23: 38.5,
      t: 45,
      r: 31.5,
      f: DEC,
    },
    {
      id: "l7",
      sas: S3,
      ind: "Persentase kawasan konservasi perairan yang dikelola efektif",
      sat: "%",
      r23: 41,
      t: 60,
      r: 48,
      f: DEC,
    },
    {
      id: "l8",
      sas: S3,
      ind: "Jumlah kasus penangkapan ikan yang merusak (destructive fishing)",
      sat: "kasus",
      r23: 15,
      t: 12,
      r: 9,
      neg: true,
      f: "0",
    },
  ];
  // planted 1: capaian of the losses (negative by note, row 3) is R / T = 110.00; refleksi 90.00.
  // planted 2: predikat of the kawasan konservasi (capaian 80.00) is "Cukup"; > 75 - 90 is Baik
  const POS_ON_NEG = "l3";
  const BAND = { id: "l7", v: "Cukup" };
  const CAP = 120;
  const raw = (x: LIn): number => (x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const capped = new Set(rows.filter((x) => x.id !== POS_ON_NEG && raw(x) > CAP).map((x) => x.id));
  if ([...capped].join() !== "l2,l8") throw new Error("lkjip: capped rows");
  const shown = (x: LIn): number => (x.id === POS_ON_NEG ? (x.r / x.t) * 100 : Math.min(CAP, raw(x)));
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 14 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(5)", width: 11 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, num: "(6)", width: 10 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, num: "(7)", width: 10 },
    { key: "c", head: [Y, "Capaian (%) *)"], role: "capaian", year: 2024, num: "(8)", fmt: DEC, width: 11 },
    { key: "p", head: ["Predikat **)"], role: "predikat", num: "(9)", width: 13 },
  ];
  const body: Row[] = rows.map((x, i): Row => ({
    id: x.id,
    cells: (c) => {
      const F = (v: number) => fmt(v, x.f);
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: F(x.r23),
        t: F(x.t),
        r: F(x.r),
        c: capped.has(x.id)
          ? fmt(CAP, DEC)
          : fx(x.neg && x.id !== POS_ON_NEG ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
        p: x.id === BAND.id ? BAND.v : predikatBaik(shown(x)),
      } as Record<string, Cell>;
    },
  }));
  const first = rows[0].id;
  const last = rows[rows.length - 1].id;
  const avgShown =
    Math.round((rows.reduce((n, x) => n + Math.round(shown(x) * 100) / 100, 0) / rows.length) * 100) / 100;
  body.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${c.a("c", first)}:${c.a("c", last)}),2)`),
      p: predikatBaik(avgShown),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", vmerge: ["sas"], rows: body });
  s.gap();
  s.lines([
    "*) Capaian = Realisasi / Target x 100%; untuk indikator berpolaritas negatif (nomor 3 dan 8) Capaian = (2 x Target - Realisasi) / Target x 100%.",
    "    Capaian yang melebihi 120% ditetapkan sebesar 120% (batas maksimal capaian yang diperhitungkan).",
    "**) Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Gamkonora, 28 Februari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN", "KABUPATEN GAMKONORA,"],
    nama: "JUNAIDI LATUCONSINA, S.Pi., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760224 200112 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const x3 = rows.find((x) => x.id === POS_ON_NEG)!;
  b.plant({
    at: { sheet: S, cell: a("c", POS_ON_NEG) },
    rules: ["capaian-mismatch"],
    note: `capaian of the kehilangan hasil tangkapan (lower is better, row 3 of the note) is =ROUND(R/T*100,2) = 110.00 (${x3.r} / ${x3.t}); the refleksi (2 x 15 - 16.5) / 15 gives 90.00`,
    truth: refl(a("r", POS_ON_NEG), a("t", POS_ON_NEG)),
  });
  b.plant({
    at: { sheet: S, cell: a("p", BAND.id) },
    rules: ["predikat-mismatch"],
    note: 'predikat of the kawasan konservasi is "Cukup" for a capaian of 80.00 (48 / 60); the band > 75 s.d. 90 of the note is Baik',
    truth: `PREDIKAT_BAIK(${a("c", BAND.id)})`,
  });
  for (const x of rows) {
    if (x.id === POS_ON_NEG) continue; // its predikat follows the planted capaian
    const formula = x.neg ? refl(a("r", x.id), a("t", x.id)) : rt(a("r", x.id), a("t", x.id));
    if (capped.has(x.id))
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: ["capaian-mismatch", "hardcoded-value", "percent-out-of-range"],
        truth: String(CAP),
        // the raw value the cap replaces (137.50 and the refleksi 125.00)
        trap: formula,
      });
    else
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules:
          x.id === "l1" || x.id === "l5"
            ? ["capaian-mismatch", "percent-out-of-range"]
            : ["capaian-mismatch"],
        truth: formula,
      });
    if (x.id !== BAND.id)
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  // the average's predikat holds whether the planted row gives 110.00 or 90.00
  b.ok({
    sheet: S,
    cell: a("p", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  return b.finish();
}
