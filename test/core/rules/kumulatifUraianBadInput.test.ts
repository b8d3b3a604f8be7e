// The two sum checks of stop 39 (core/rules/kumulatifBaris, identitasUraian) on bad input: a
// blank, a "-", text or an error value where a figure should be makes no claim on that cell nor,
// through it, on the rows that lean on it; a real slip elsewhere in the table is still named.
import type { CellValue } from "../../../src/core/grid";
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const ERR = { error: "#REF!" } as unknown as CellValue;

const sums = (spec: SheetSpec) => foundOn(spec).filter(([rule]) => rule === "sum-mismatch");

describe("a running total (kumulatifBaris) with a bad cell", () => {
  // KIA Terbit | KIA Kumulatif from an opening balance of 49.150, as forms-blind294 wrote it
  const spec = (terbit: CellValue[], kumulatif: CellValue[]): SheetSpec => ({
    name: "KIA 2024",
    rows: [
      ["Rekapitulasi Penerbitan Kartu Identitas Anak Tahun 2024"],
      [],
      ["Triwulan", "Anak 0-<17 Tahun (jiwa)", "KIA Terbit", "KIA Kumulatif", "Cakupan KIA (%)"],
      ...["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"].map((tw, i) => [
        tw,
        [118400, 118950, 119380, 119820][i],
        terbit[i],
        kumulatif[i],
        [44.82, 48.38, 52.41, 56.19][i],
      ]),
      ["Posisi akhir 2024", 119820, 18180, 67330, 56.19],
    ],
  });
  const terbit = [3920, 4480, 5105, 4675];
  const kumulatif = [53070, 57550, 62655, 67330];
  const with_ = (xs: CellValue[], i: number, v: CellValue) => xs.map((x, j) => (j === i ? v : x));

  it("the clean table gives nothing, and a slip in it is named (the check runs)", () => {
    expect(sums(spec(terbit, kumulatif))).toEqual([]);
    expect(sums(spec(terbit, with_(kumulatif, 3, 67230)))).toEqual([["sum-mismatch", "D7"]]);
  });

  it.each([
    ["a blank", null],
    ["a dash", "-"],
    ["text", "belum direkap"],
    ["an error value", ERR],
  ])("%s for a quarter's Kumulatif: no sum claim anywhere", (_, bad) => {
    expect(sums(spec(terbit, with_(kumulatif, 1, bad)))).toEqual([]);
  });

  it.each([
    ["a blank", null],
    ["a dash", "-"],
    ["an error value", ERR],
  ])("%s for a quarter's Terbit: the Kumulatif after it is not called wrong", (_, bad) => {
    expect(sums(spec(with_(terbit, 1, bad), kumulatif))).toEqual([]);
  });
});

describe("a row-label identity (identitasUraian) with a bad cell", () => {
  const spec = (realisasi: CellValue[], anggaran: CellValue[] = ANGGARAN): SheetSpec => ({
    name: "LRA 2024",
    rows: [
      ["Realisasi APBD Tahun Anggaran 2024"],
      [],
      ["No", "Uraian (dalam ribuan rupiah)", "Anggaran", "Realisasi"],
      ...URAIAN.map((u, i) => [i + 1, u, anggaran[i], realisasi[i]]),
    ],
  });
  const URAIAN = [
    "Pendapatan Daerah",
    "Belanja Daerah",
    "Surplus / (Defisit) (1 - 2)",
    "Penerimaan Pembiayaan (SiLPA tahun lalu)",
    "Pengeluaran Pembiayaan",
    "Pembiayaan Netto (4 - 5)",
    "Sisa Lebih Pembiayaan Anggaran (SiLPA) (3 + 6)",
  ];
  const ANGGARAN = [1284650200, 1342118700, -57468500, 62468500, 5000000, 57468500, 0];
  const REALISASI = [1251387940, 1198406515, 52981425, 62468500, 5000000, 57468500, 110449925];
  const with_ = (xs: CellValue[], i: number, v: CellValue) => xs.map((x, j) => (j === i ? v : x));

  it("the clean table gives nothing, and a slip in it is named (the check runs)", () => {
    expect(sums(spec(REALISASI))).toEqual([]);
    expect(sums(spec(with_(REALISASI, 6, 109449925)))).toEqual([["sum-mismatch", "D10"]]);
  });

  it.each([
    ["a blank", null],
    ["a dash", "-"],
    ["text", "menunggu audit"],
    ["an error value", ERR],
  ])("%s in a labelled row (the Surplus): no claim on it nor on the SiLPA that adds it", (_, bad) => {
    expect(sums(spec(with_(REALISASI, 2, bad)))).toEqual([]);
  });

  it.each([
    ["a blank", null],
    ["a dash", "-"],
    ["an error value", ERR],
  ])("%s in a term (Belanja's Anggaran): the other column's slip is still named", (_, bad) => {
    expect(sums(spec(with_(REALISASI, 6, 109449925), with_(ANGGARAN, 1, bad)))).toEqual([
      ["sum-mismatch", "D10"],
    ]);
  });
});
