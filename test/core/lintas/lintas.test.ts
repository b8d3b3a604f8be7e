// Cross-document checks (src/core/lintas): five documents of one office, Dinas Sosial Kota
// Contoh: the Renstra 2025-2029, the IKU decree, the Renja 2025, the PK 2025 and the LKjIP 2025.
// Names vary as offices write them ("Presentase", "yg", "Jml."), and still match. Planted: a PK
// target that is the Renstra's 2026 target, a PK unit, an LKjIP target, an IKU missing from the PK
// and the LKjIP, an end-period target quoted wrong in the LKjIP.
import { detectTables } from "../../../src/core/detect";
import { indikatorDokumen, kenaliDokumen, periksaLintas } from "../../../src/core/lintas";
import type { DokumenLintas } from "../../../src/core/lintas";
import { sheet } from "../rules/ruleTester";
import { IKU, LKJIP, PK, RENJA, RENSTRA } from "./kantor";
import type { Lembar } from "./kantor";

function dokumen({ file, sheet: name, rows }: Lembar): DokumenLintas {
  const grid = sheet({ name, rows });
  const tables = detectTables(grid).map((table) => ({ table, grid }));
  return {
    file,
    dokumen: kenaliDokumen(
      file,
      [name],
      tables.map((t) => t.table),
    ),
    indikator: indikatorDokumen(tables),
  };
}

const renstra = dokumen(RENSTRA);
const iku = dokumen(IKU);
const renja = dokumen(RENJA);
const pk = dokumen(PK);
const lkjip = dokumen(LKJIP);

describe("documents of one office checked together", () => {
  it("recognises each document and its year or period", () => {
    expect(
      [renstra, iku, renja, pk, lkjip].map((d) => [d.dokumen.jenis, d.dokumen.tahun ?? d.dokumen.periode]),
    ).toEqual([
      ["renstra", [2025, 2029]],
      ["iku", [2025, 2029]],
      ["renja", 2025],
      ["pk", 2025],
      ["lkjip", 2025],
    ]);
  });

  it("finds every planted disagreement and nothing on the indicators that agree", () => {
    const found = periksaLintas([lkjip, pk, renja, iku, renstra]);
    expect(
      found
        .map(
          (f) =>
            `${f.file} ${f.sheet}!${f.cell} ${f.severity} ${f.other ? `${f.other.file} ${f.other.cell}` : ""}`,
        )
        .sort(),
    ).toEqual(
      [
        // the IKU of accreditation is in neither the PK nor the LKjIP
        "iku-dinsos.xlsx IKU!C5 warning ",
        // the end-period target 8,5 where the Renstra's is 8,3
        "lkjip-2025.xlsx Tabel 3.1!G4 error renstra-dinsos.xlsx J4",
        // the LKjIP's PMKS target 74 is the Renstra's 2026 target; 72 for 2025
        "lkjip-2025.xlsx Tabel 3.1!D3 error renstra-dinsos.xlsx E3",
        // the PK's target for poverty is the Renstra's 2026 one
        "pk-2025.xlsx PK!E4 error renstra-dinsos.xlsx E4",
        // the PK writes the satisfaction index in %
        "pk-2025.xlsx PK!C5 warning renstra-dinsos.xlsx B5",
      ].sort(),
    );
    const pkTarget = found.find((f) => f.cell === "E4" && f.file === "pk-2025.xlsx");
    expect(pkTarget?.message).toMatch(
      /Target 2025 "Persentase penduduk miskin" tertulis 9,2, sedangkan Renstra \(renstra-dinsos.xlsx Tabel 6.2!E4\) menulis 9,5/,
    );
    expect(pkTarget?.expected).toBe(9.5);
  });

  it("reports an unsure match as such, never as an error", () => {
    const lain = dokumen({
      file: "pk-b.xlsx",
      sheet: "PK",
      rows: [
        ["PERJANJIAN KINERJA TAHUN 2025"],
        ["No", "Indikator Kinerja", "Satuan", "Target 2025"],
        [1, "Persentase PMKS yang sudah tertangani", "%", 50],
      ],
    });
    const found = periksaLintas([renstra, lain], "en");
    expect(found.map((f) => `${f.cell} ${f.severity}`)).toEqual(["B3 info"]);
    expect(found[0].message).toMatch(/may be "Persentase PMKS yang tertangani".*not compared/);
  });
});
