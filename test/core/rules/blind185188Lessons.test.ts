// What forms-blind185 .. 188 taught (puskesmas BLUD, parking and KIR, social rehabilitation,
// agricultural extension): a sub-header typed once over three leaves ends at the form's number
// row; capitation received is the ceiling of what is spent from it; a BPP and a UPTD Puskesmas are
// places; card holders are a coverage, more is better.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// a JKN capitation recap: "Realisasi Belanja Kapitasi (Rp)" typed once over its three leaves
const kapitasi = (belanjaOps: number): SheetSpec => ({
  name: "Kapitasi JKN 2024",
  rows: [
    ["REKAPITULASI PENERIMAAN DAN PEMANFAATAN DANA KAPITASI JKN PUSKESMAS TAHUN 2024"],
    [],
    [
      "No",
      "Puskesmas",
      "Peserta Terdaftar (jiwa)",
      "Pendapatan Kapitasi 12 Bulan (Rp)",
      "Realisasi Belanja Kapitasi (Rp)",
      null,
      null,
      "% Serapan",
    ],
    [null, null, null, null, "Jasa Pelayanan", "Dukungan Biaya Operasional", "Jumlah", null],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(5)+(6)", "(8)=(7)/(4)x100"],
    [1, "Puskesmas Wolasi Baru", 14250, 1026000000, 598440000, 371820000, 970260000, 94.57],
    [2, "Puskesmas Lalonggasu", 9830, 648780000, 382116000, 237904500, 620020500, 95.57],
    [
      3,
      "Puskesmas Tinanggea Utara",
      11460,
      825120000,
      486200000,
      belanjaOps,
      486200000 + belanjaOps,
      Math.round(((486200000 + belanjaOps) / 825120000) * 10000) / 100,
    ],
  ],
  formulas: {
    G6: "E6+F6",
    G7: "E7+F7",
    G8: "E8+F8",
    H6: "ROUND(G6/D6*100,2)",
    H7: "ROUND(G7/D7*100,2)",
    H8: "ROUND(G8/D8*100,2)",
  },
});

describe("a JKN capitation recap (forms-blind185)", () => {
  it("reads the leaves typed once under a heading as header, down to the number row", () => {
    const [t] = detectTables(sheet(kapitasi(318950000)));
    expect([t.dataRange.r1, t.numberRow]).toEqual([6, 5]);
    expect(t.columns.map((c) => c.role)).toEqual([
      "no",
      "lokasi",
      "lainnya",
      "anggaran",
      "realisasi-anggaran",
      "realisasi-anggaran",
      "realisasi-anggaran",
      "capaian",
    ]);
  });

  it("holds what was spent to the capitation received", () => {
    expect(foundOn(kapitasi(318950000))).toEqual([]);
    expect(foundOn(kapitasi(368950000))).toEqual([["serapan-over-100", "G8"]]);
  });
});

describe("places and coverage words (forms-blind185, 188)", () => {
  it("reads a BPP and a UPTD Puskesmas as places", () => {
    for (const h of ["BPP / Kecamatan", "BPP", "Nama UPTD Puskesmas"])
      expect(classifyHeader([h]).role).toBe("lokasi");
  });

  it("reads card holders as more is better, those without as less", () => {
    expect(polaritasDariTeks("Persentase petani pemegang kartu tani")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Persentase penduduk yang tidak memiliki akta kelahiran")?.polaritas).toBe(
      "negatif",
    );
  });
});
