// Polarity stated in the notes under a table (src/core/rules/catatanPolaritas.ts).
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester, sheet } from "./ruleTester";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";

const header: CellValue[] = [
  "No",
  "Indikator Kinerja",
  "Satuan",
  "Target 2024",
  "Realisasi 2024",
  "Capaian (%)",
];

function check(
  rows: CellValue[][],
  notes: CellValue[][],
): Array<{ cell: string; severity: string; message: string }> {
  const grid = sheet({ name: "Tabel 3.1", rows: [header, ...rows, [], ...notes] });
  return runRules(detectTables(grid).map((table) => ({ table, grid })))
    .filter((f) => f.rule === "capaian-mismatch")
    .map((f) => ({ cell: f.cell, severity: f.severity, message: f.message }));
}

const rows: CellValue[][] = [
  // refleksi on the indicator the note names: right
  [1, "Persentase desa berstatus desa tertinggal", "%", 6.5, 5.85, 110],
  // T / R x 100 on an indicator the note does not name, its wording of no known polarity: 106,36
  // where R / T gives 94,02
  [2, "Persentase desa yang menyampaikan laporan APBDes", "%", 90, 84.62, 106.36],
  [3, "Rata-rata Indeks Desa Membangun", "indeks", 0.705, 0.7132, 101.16],
];

describe("polarity from the notes under a table", () => {
  it("the indicator a note calls 'semakin kecil semakin baik' is negative; the others are taken as positive, with a warning", () => {
    const found = check(rows, [["Keterangan: persentase desa tertinggal semakin kecil semakin baik."]]);
    expect(found.map((f) => `${f.cell} ${f.severity}`)).toEqual(["F3 warning"]);
  });

  it("a note that only defines the negative convention names no indicator and decides nothing", () => {
    const found = check(rows, [
      [
        "- Capaian indikator negatif (semakin kecil semakin baik) = (2 x Target - Realisasi) / Target x 100%.",
      ],
    ]);
    // without the note, 106,36 fits T / R (a negative convention) and 110 fits refleksi: no finding
    expect(found).toEqual([]);
  });

  it("a capaian that fits no convention stays an error whatever the note says", () => {
    const found = check(
      [...rows.slice(0, 2).map((r, i) => (i === 1 ? [2, r[1], "%", 90, 84.62, 96.5] : r)), rows[2]],
      [["Keterangan: persentase desa tertinggal semakin kecil semakin baik."]],
    );
    expect(found.map((f) => `${f.cell} ${f.severity}`)).toEqual(["F3 error"]);
  });
});

// the warning says why the value's fit with a negative convention is not taken: the note names
// other indicators as negative
ruleTester(capaianMismatch, {
  requireMessageId: true,
  valid: [
    {
      name: "a note that only defines the negative convention",
      sheets: [
        {
          name: "Tabel 3.1",
          rows: [
            header,
            ...rows,
            [],
            [
              "- Capaian indikator negatif (semakin kecil semakin baik) = (2 x Target - Realisasi) / Target x 100%.",
            ],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "an indicator the note does not name, whose value fits a negative convention",
      sheets: [
        {
          name: "Tabel 3.1",
          rows: [header, ...rows, [], ["Keterangan: persentase desa tertinggal semakin kecil semakin baik."]],
        },
      ],
      findings: [
        {
          cell: "F3",
          messageId: "achievement",
          data: {
            convention: "positif",
            reason: {
              id: "catatan di bawah tabel menyebut indikator negatif lain, bukan yang ini; dianggap positif",
              en: "the note under the table names other lower-is-better indicators, not this one; taken as positive",
            },
          },
        },
      ],
    },
  ],
});
