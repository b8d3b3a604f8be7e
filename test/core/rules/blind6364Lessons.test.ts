// What forms-blind63 .. 64 taught (plans revised mid-year in Kepulauan Riau and Sulawesi
// Tenggara; health and personnel offices of two kota): a SUM that stops short of the rows its
// row's other sums add is named, whatever its column holds; "Fisik (%) > Ren. | Real." is the
// plan's progress and its realisation; a capaian that divides by a typed "Sasaran" makes the
// sasaran the year's target and the count its realisation, and is paired by its own formula when
// the year has several targets ("Sasaran > Bumil | Bulin").
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const found = foundOn;

describe("a section's SUM that stops short", () => {
  const spec = (d4: string): SheetSpec => ({
    name: "Rekap DAK",
    rows: [
      ["REKAPITULASI PELAKSANAAN DAK FISIK TAHUN ANGGARAN 2024"],
      [
        "No",
        "Bidang / Sub Bidang DAK Fisik",
        "Pagu Alokasi (Rp)",
        "Nilai Kontrak (Rp)",
        "Realisasi SP2D (Rp)",
      ],
      [4, "Bidang Pendidikan", 8_717_800_000, 0, 8_267_910_000],
      [null, "- Sub Bidang PAUD", 1_248_600_000, 1_196_450_000, 1_196_450_000],
      [null, "- Sub Bidang SD", 4_372_800_000, 4_185_320_000, 4_112_760_000],
      [null, "- Sub Bidang SMP", 3_096_400_000, 2_958_700_000, 2_958_700_000],
      ["TOTAL DAK FISIK", null, 8_717_800_000, 0, 8_267_910_000],
    ],
    formulas: { C3: "SUM(C4:C6)", D3: d4, E3: "SUM(E4:E6)", C7: "C3", D7: "D3", E7: "E3" },
  });
  const withValue = (d4: string, v: number): SheetSpec => {
    const s = spec(d4);
    s.rows[2][3] = v;
    s.rows[6][3] = v;
    return s;
  };
  it("names it where the rows left out hold amounts", () => {
    expect(found(withValue("SUM(D4:D5)", 5_381_770_000))).toEqual([["sum-mismatch", "D3"]]);
    expect(found(withValue("SUM(D4:D6)", 8_340_470_000))).toEqual([]);
  });
});

it("reads 'Fisik (%) > Ren.' as the plan's progress", () => {
  expect(classifyHeader(["Juli 2024", "Fisik (%)", "Ren."])).toMatchObject({ role: "target", year: 2024 });
  expect(classifyHeader(["Juli 2024", "Fisik (%)", "Real."])).toMatchObject({ role: "realisasi" });
  expect(classifyHeader(["Juli 2024", "Keuangan (Rp)", "Ren."])).toMatchObject({ role: "anggaran" });
});

describe("a KIA recap's coverage over its sasaran", () => {
  const spec = (j4: string): SheetSpec => ({
    name: "KIA 2024",
    rows: [
      ["Tabel 3. Cakupan Pelayanan Kesehatan Ibu Hamil dan Ibu Bersalin Tahun 2024"],
      ["No", "Puskesmas", "Sasaran", null, "Kunjungan K4", null, "Persalinan di Fasyankes", null],
      ["No", "Puskesmas", "Bumil", "Bulin", "Abs", "%", "Abs", "%"],
      [1, "Borong Tammu", 842, 804, 768, 91.21, 781, 97.14],
      [2, "Lembang Parang", 615, 587, 541, 87.97, 560, 95.4],
      [3, "Tallo Riaja", 1127, 1076, 1013, 89.88, 1049, 97.49],
    ],
    merges: ["C2:D2", "E2:F2", "G2:H2"],
    formulas: {
      F4: j4,
      F5: "ROUND(E5/C5*100,2)",
      F6: "ROUND(E6/C6*100,2)",
      H4: "ROUND(G4/D4*100,2)",
      H5: "ROUND(G5/D5*100,2)",
      H6: "ROUND(G6/D6*100,2)",
    },
  });
  it("reads the sasaran as the targets and the counts as the realisations", () => {
    const cols = detectTables(sheet(spec("ROUND(E4/C4*100,2)")))[0].columns;
    expect(cols.slice(2).map((c) => `${c.role} ${c.year}`)).toEqual([
      "target 2024",
      "target 2024",
      "realisasi 2024",
      "capaian 2024",
      "realisasi 2024",
      "capaian 2024",
    ]);
  });
  it("holds each % to the sasaran its own formulas divide by", () => {
    expect(found(spec("ROUND(E4/C4*100,2)"))).toEqual([]);
    // K4 over Bulin in one row: the % is not the K4 coverage of Bumil
    const s = spec("ROUND(E4/D4*100,2)");
    s.rows[3][5] = 95.52;
    expect(found(s)).toEqual([
      ["capaian-mismatch", "F4"],
      ["inconsistent-formula", "F4"],
    ]);
  });
});
