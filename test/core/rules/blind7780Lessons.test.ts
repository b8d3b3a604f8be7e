// What forms-blind75's gap and forms-blind77 .. 80 taught: a capaian column's refleksi formulas
// name its target and realisation as its ratios do, and a table of places takes the polarity its
// title states.
import { detectTables } from "../../../src/core/detect";
import { refleksiReferences, ratioReferences } from "../../../src/core/grid";
import { bentukRumus } from "../../../src/core/rules/capaianMismatch";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("refleksi formulas read as the pair they relate", () => {
  it.each([
    ["=ROUND((2*C19-D19)/C19*100,2)", true, 2],
    ["=((2*C19-D19)/C19)*100", true, undefined],
    ["=(C19+(C19-D19))/C19*100", true, undefined],
    ["=(2-D19/C19)*100", true, undefined],
    ["=IFERROR(ROUND((2*$C$19-D19)/C19*100,2),0)", true, 2],
    ["=2-D19/C19", false, undefined],
    ["=(C19*2-D19)/C19", false, undefined],
  ])("%s: realisation D19 over target C19", (f, persen, digits) => {
    expect(refleksiReferences(f)).toEqual({
      num: [19, 4],
      den: [19, 3],
      persen,
      ...(digits !== undefined ? { digits } : {}),
    });
  });
  it.each(["=(2*C19-D19)/C18*100", "=2-D19/C19*100", "=(2*C19-C19)/C19", "=D19/C19*100", "=SUM(C19:D19)"])(
    "no refleksi in %s",
    (f) => {
      expect(refleksiReferences(f)).toBeUndefined();
    },
  );
  it("reads a ratio inside IFERROR as a ratio", () => {
    expect(ratioReferences("=IFERROR(ROUND(D7/C7*100,2),0)")).toEqual({
      num: [7, 4],
      den: [7, 3],
      persen: true,
      digits: 2,
    });
  });
  it("names the convention of a rounded formula", () => {
    expect(bentukRumus("=ROUND((2*C19-D19)/C19*100,2)", [19, 3], [19, 4])).toBe("negatif-refleksi");
    expect(bentukRumus("=IFERROR(ROUND(D19/C19*100,2),0)", [19, 3], [19, 4])).toBe("positif");
    expect(bentukRumus("=ROUND(C19/D19*100,2)", [19, 3], [19, 4])).toBe("negatif-rasio");
    expect(bentukRumus("=ROUND(C19/E19*100,2)", [19, 3], [19, 4])).toBeUndefined();
  });
});

// forms-blind75: a burnt area held under a ceiling per kabupaten, its capaian the refleksi, one
// row computed R / T
const luasTerbakar = (judul: string): SheetSpec => ({
  name: "Karhutla 2024",
  rows: [
    [judul],
    [
      "No",
      "Kabupaten",
      "Batas Maksimal Luas Terbakar (ha)",
      "Luas Terbakar (ha)",
      "Capaian (%)",
      "Keterangan",
    ],
    [1, "Kab. Karossa Hilir", 450, 312.6, 130.53, "di bawah batas"],
    [2, "Kab. Budong Raya", 380, 296.4, 122, "di bawah batas"],
    [3, "Kab. Tommo Utara", 250, 284.5, 86.2, "melampaui batas"],
    [4, "Kab. Sendana Barat", 150, 98.25, 134.5, "di bawah batas"],
    [5, "Kab. Mapilli Hulu", 120, 63.8, 53.17, "di bawah batas"],
    [6, "Kab. Lariang Tengah", 600, 472.9, 121.18, "di bawah batas"],
  ],
  formulas: {
    E3: "ROUND((2*C3-D3)/C3*100,2)",
    E4: "ROUND((2*C4-D4)/C4*100,2)",
    E5: "ROUND((2*C5-D5)/C5*100,2)",
    E6: "ROUND((2*C6-D6)/C6*100,2)",
    E7: "ROUND(D7/C7*100,2)",
    E8: "ROUND((2*C8-D8)/C8*100,2)",
  },
});

it("reads the measured column a refleksi capaian relates to the year's target as its realisation", () => {
  const [t] = detectTables(sheet(luasTerbakar("Luas Areal Terbakar per Kabupaten Tahun 2024")));
  expect(t.columns.map((c) => [c.role, c.year])).toEqual([
    ["no", undefined],
    ["lokasi", undefined],
    ["target", 2024],
    ["realisasi", 2024],
    ["capaian", 2024],
    ["keterangan", undefined],
  ]);
});

it("takes the polarity a table of places states in its title", () => {
  expect(
    foundOn(luasTerbakar("Luas Areal Terbakar per Kabupaten Tahun 2024 (semakin kecil semakin baik)")),
  ).toEqual([["capaian-mismatch", "E7"]]);
  // without it the row fits R / T: no polarity to hold it to
  expect(foundOn(luasTerbakar("Luas Areal Terbakar per Kabupaten Tahun 2024"))).toEqual([]);
});
