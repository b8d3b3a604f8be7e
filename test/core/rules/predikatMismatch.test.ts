import { predikatMismatch } from "../../../src/core/rules/predikatMismatch";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// LKjIP "Pengukuran Kinerja": indicator, target, realisasi, capaian, predikat. Capaian from
// Kota Blitar Tabel 2.3.1 (Gini 91,67 and 102,78; PMKS terlatih 70,32 and 58,06).
const lkjip = (rows: CellValue[][], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: "Pengukuran Kinerja",
  rows: [["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat"], ...rows],
  ...extra,
});

// Two years, each with its own capaian and predikat.
const duaTahun = (p22: CellValue, p23: CellValue): SheetSpec => ({
  rows: [
    [
      "No",
      "Indikator",
      "Target 2022",
      "Realisasi 2022",
      "Capaian 2022",
      "Target 2023",
      "Realisasi 2023",
      "Capaian 2023",
      "Predikat 2022",
      "Predikat 2023",
    ],
    ["1", "Persentase fakir miskin yang berdaya", 10, 15.71, 157.1, 10, 9, 90, p22, p23],
  ],
});

ruleTester(predikatMismatch, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "Permendagri 86 bands, half-open: 90,5 Sangat Tinggi, 90 Tinggi, 75 Sedang, 50 Sangat Rendah",
      sheets: [
        lkjip([
          ["1", "Indeks Gini", "Indeks", 0.36, 0.39, 91.67, "Sangat Tinggi"],
          ["2", "Indeks Gini 2018", "Indeks", 0.36, 0.35, 102.78, "sangat tinggi"],
          ["3", "a", "%", 100, 90.5, 90.5, "Sangat Tinggi"],
          ["4", "b", "%", 100, 90, 90, "Tinggi"],
          ["5", "c", "%", 100, 75, 75, "Sedang"],
          ["6", "PMKS terlatih 2018", "%", 25, 17.58, 70.32, "Sedang"],
          ["7", "PMKS terlatih 2020", "%", 35, 20.32, 58.06, "Rendah"],
          ["8", "d", "%", 100, 50, 50, "Sangat Rendah"],
          ["9", "e", "%", 1, -7.31, -731, "Sangat Rendah"],
          ["10", "f", "%", 100, 0, 0, "Sangat Rendah"],
        ]),
      ],
    },
    {
      name: "LKjIP words for the same bands, blanks, dashes, NA, unknown words",
      sheets: [
        lkjip([
          ["1", "a", "%", 100, 95, 95, "Sangat Baik"],
          ["2", "b", "%", 100, 80, 80, "Baik"],
          ["3", "c", "%", 100, 70, 70, "Cukup"],
          ["4", "d", "%", 100, 60, 60, "Kurang"],
          ["5", "e", "%", 100, 40, 40, "Sangat Kurang"],
          ["6", "f", "%", 100, null, null, "Sangat Baik"],
          ["7", "g", "%", 100, "NA", "NA", "Tinggi"],
          ["8", "h", "%", 100, 80, 80, "-"],
          ["9", "i", "%", 100, 80, 80, null],
          ["10", "j", "%", 100, 80, 80, "Memuaskan"],
        ]),
      ],
    },
    {
      name: "a capaian printed 90,00 but stored 90,004 may be called Tinggi",
      sheets: [lkjip([["1", "a", "%", 100, 90.004, 90.004, "Tinggi"]], { numFmts: { F2: "0.00" } })],
    },
    {
      name: "a capaian formatted as percent (0,9167 shown 91,67 %)",
      sheets: [
        lkjip([["1", "Indeks Gini", "Indeks", 0.36, 0.39, 0.9167, "Sangat Tinggi"]], {
          numFmts: { F2: "0.00%" },
        }),
      ],
    },
    {
      name: "another scale by setting: berhasil, inclusive bounds",
      sheets: [
        lkjip([
          ["1", "a", "%", 100, 100, 100, "Sangat Berhasil"],
          ["2", "b", "%", 100, 75, 75, "Berhasil"],
        ]),
      ],
      settings: { skalaPredikat: "berhasil" },
    },
    { name: "each predikat with the capaian of its year", sheets: [duaTahun("Sangat Tinggi", "Tinggi")] },
  ],
  invalid: [
    {
      name: "90 is Tinggi, not Sangat Tinggi; 58,06 is Rendah; LKjIP words fixed in LKjIP words",
      sheets: [
        lkjip([
          ["1", "a", "%", 100, 90, 90, "Sangat Tinggi"],
          ["2", "PMKS terlatih 2020", "%", 35, 20.32, 58.06, "Sedang"],
          ["3", "b", "%", 100, 88, 88, "Sangat Baik"],
          ["4", "c", "%", 1, 5.89, 589, "Rendah"],
          // most rows are right: a column where most rows disagree is read as misread (one info)
          ["5", "d", "%", 100, 95, 95, "Sangat Tinggi"],
          ["6", "e", "%", 100, 80, 80, "Tinggi"],
          ["7", "f", "%", 100, 70, 70, "Sedang"],
          ["8", "g", "%", 100, 60, 60, "Rendah"],
          ["9", "h", "%", 100, 40, 40, "Sangat Rendah"],
        ]),
      ],
      findings: [
        {
          sheet: "Pengukuran Kinerja",
          cell: "G2",
          expected: "Tinggi",
          actual: "Sangat Tinggi",
          messageId: "band",
          data: {
            name: { id: "a: ", en: "a: " },
            achievement: 90,
            correct: "Tinggi",
            range: { id: "> 75 s.d. 90", en: "> 75 to 90" },
            scale: "permendagri86",
            written: "Sangat Tinggi",
          },
          fix: { value: "Tinggi" },
        },
        {
          sheet: "Pengukuran Kinerja",
          cell: "G3",
          expected: "Rendah",
          actual: "Sedang",
          messageId: "band",
          data: {
            name: { id: "PMKS terlatih 2020: ", en: "PMKS terlatih 2020: " },
            achievement: 58.06,
            correct: "Rendah",
            range: { id: "> 50 s.d. 65", en: "> 50 to 65" },
            scale: "permendagri86",
            written: "Sedang",
          },
          fix: { value: "Rendah" },
        },
        {
          sheet: "Pengukuran Kinerja",
          cell: "G4",
          expected: "Baik",
          actual: "Sangat Baik",
          messageId: "band",
          data: {
            name: { id: "b: ", en: "b: " },
            achievement: 88,
            correct: "Baik",
            range: { id: "> 75 s.d. 90", en: "> 75 to 90" },
            scale: "permendagri86",
            written: "Sangat Baik",
          },
          fix: { value: "Baik" },
        },
        {
          sheet: "Pengukuran Kinerja",
          cell: "G5",
          expected: "Sangat Tinggi",
          messageId: "band",
          data: {
            name: { id: "c: ", en: "c: " },
            achievement: 589,
            correct: "Sangat Tinggi",
            range: { id: "> 90", en: "> 90" },
            scale: "permendagri86",
            written: "Rendah",
          },
          fix: { value: "Sangat Tinggi" },
        },
      ],
    },
    {
      name: "the predikat of 2023 read against the 2022 capaian by mistake",
      sheets: [duaTahun("Sangat Tinggi", "Sangat Tinggi")],
      findings: [
        {
          cell: "J2",
          expected: "Tinggi",
          actual: "Sangat Tinggi",
          messageId: "band",
          data: {
            name: {
              id: "Persentase fakir miskin yang berdaya: ",
              en: "Persentase fakir miskin yang berdaya: ",
            },
            achievement: 90,
            correct: "Tinggi",
            range: { id: "> 75 s.d. 90", en: "> 75 to 90" },
            scale: "permendagri86",
            written: "Sangat Tinggi",
          },
          fix: { value: "Tinggi" },
        },
      ],
    },
    {
      name: "0,904 formatted 0.00% is shown 90,40 %: Sangat Tinggi, not Tinggi (one percent reader)",
      sheets: [lkjip([["1", "a", "%", 100, 90.4, 0.904, "Tinggi"]], { numFmts: { F2: "0.00%" } })],
      findings: [
        {
          sheet: "Pengukuran Kinerja",
          cell: "G2",
          expected: "Sangat Tinggi",
          actual: "Tinggi",
          messageId: "band",
          data: {
            name: { id: "a: ", en: "a: " },
            achievement: 90.4,
            correct: "Sangat Tinggi",
            range: { id: "> 90", en: "> 90" },
            scale: "permendagri86",
            written: "Tinggi",
          },
          fix: { value: "Sangat Tinggi" },
        },
      ],
    },
    {
      name: "scale berhasil: 99,9 is Berhasil",
      sheets: [lkjip([["1", "a", "%", 100, 99.9, 99.9, "Sangat Berhasil"]])],
      settings: { skalaPredikat: "berhasil" },
      findings: [
        {
          sheet: "Pengukuran Kinerja",
          cell: "G2",
          expected: "Berhasil",
          messageId: "band",
          data: {
            name: { id: "a: ", en: "a: " },
            achievement: 99.9,
            correct: "Berhasil",
            range: { id: ">= 75 s.d. 100", en: ">= 75 to 100" },
            scale: "berhasil",
            written: "Sangat Berhasil",
          },
          fix: { value: "Berhasil" },
        },
      ],
    },
  ],
});

describe("predikat-mismatch fix", () => {
  it("offers the right label, but not over a formula", () => {
    const rows = [["1", "a", "%", 100, 90, 90, "Sangat Tinggi"]];
    const f = findingsOf(predikatMismatch, [lkjip(rows)]);
    expect(f[0].fix).toEqual({ value: "Tinggi" });
    const g = findingsOf(predikatMismatch, [
      lkjip(rows, { formulas: { G2: 'IF(F2>=90,"Sangat Tinggi","Tinggi")' } }),
    ]);
    expect(g).toHaveLength(1);
    expect(g[0].fix).toBeUndefined();
  });
});
