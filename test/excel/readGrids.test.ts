import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkFile } from "../../src/cli/main";
import { detectTables } from "../../src/core/detect";
import { buildReport } from "../../src/core/report";
import { runRules } from "../../src/core/rules";
import { capabilities } from "../../src/excel/capabilities";
import { parseAreas, readGrids } from "../../src/excel/readGrids";
import { cellsFromRows, fakeExcel, roundTrips } from "./fake";

// "Capaian Kinerja Program" (Kota Blitar Renstra) with a wrong 2020 numerator, and Tabel 7.3.
const capaianRows = [
  ["Capaian Kinerja Program Tahun 2017-2020"],
  [],
  ["No", "Uraian", 2017, 2018, 2019, 2020],
  ["3.", "Persentase PSKS yang terampil dalam pelayanan kesejahteraan sosial", 100, 100, 100, 100],
  ["3.1", "Jumlah PSKS yang terampil dalam pelayanan kesejahteraan sosial", 125, 132, 132, 133],
  ["3.2", "Jumlah PSKS", 125, 132, 132, 143],
];
const tabel73Rows = [
  ["Tabel 7.3"],
  [],
  ["No", "Indikator Kinerja Utama", "Satuan", "Target Capaian Kinerja", null],
  [null, null, null, 2022, 2023],
  [1, "Persentase Penurunan PMKS", "%", 1.45, 1.57],
];

function workbook() {
  return fakeExcel({
    sheets: [
      { name: "Capaian Program", cells: cellsFromRows(capaianRows) },
      {
        name: "Tabel 7.3",
        cells: {
          ...cellsFromRows(tabel73Rows),
          E6: { value: 1.57, formula: "D5+0.12", numberFormat: "0.00" },
        },
        merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3"],
      },
      { name: "Kosong", cells: {} },
    ],
  });
}

describe("readGrids", () => {
  it("reads the whole workbook in one round trip per sheet plus two", async () => {
    const wb = workbook();
    const { result, syncs } = await roundTrips(wb, (ctx) =>
      readGrids(ctx, { scope: "workbook", capabilities: capabilities() }),
    );
    expect(syncs).toBe(2 + 2); // two sheets with data; the empty one costs nothing more
    const [cap, t73, kosong] = result.grids;
    expect(cap.value(5, 6)).toBe(133);
    expect(cap.value(3, 2)).toBe("Uraian");
    expect(t73.mergeAt(3, 5)).toEqual({ r1: 3, c1: 4, r2: 3, c2: 5 });
    expect(t73.cell(6, 5)).toEqual({ value: 1.57, formula: "D5+0.12", numFmt: "0.00" });
    expect(kosong.rowCount).toBe(0);
  });

  it("reads only the active sheet in two round trips", async () => {
    const wb = workbook();
    wb.active = 1;
    const { result, syncs } = await roundTrips(wb, (ctx) =>
      readGrids(ctx, { scope: "active", capabilities: capabilities() }),
    );
    expect(result.grids.map((g) => g.name)).toEqual(["Tabel 7.3"]);
    expect(syncs).toBe(2);
  });

  it("reads a large sheet in row blocks, each within the request limit", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [i + 1, `Indikator ${i + 1}`, i * 1.5]);
    const wb = fakeExcel({
      sheets: [{ name: "Besar", cells: cellsFromRows(rows) }],
      maxCellsPerRequest: 300,
    });
    const progress: number[] = [];
    const { result, syncs } = await roundTrips(wb, (ctx) =>
      readGrids(ctx, {
        scope: "workbook",
        capabilities: capabilities(),
        blockCells: 300,
        onProgress: (d) => progress.push(d),
      }),
    );
    expect(syncs).toBe(2 + 10); // 100 rows x 3 columns per block
    expect(result.grids[0].value(1000, 3)).toBeCloseTo(999 * 1.5);
    expect(progress[progress.length - 1]).toBe(3000);
  });

  it("skips a sheet that is too large, with a message that says what to do", async () => {
    const wb = fakeExcel({ sheets: [{ name: "Raksasa", cells: { A1: 1, C200: 2 } }] });
    const { result } = await roundTrips(wb, (ctx) =>
      readGrids(ctx, { scope: "workbook", capabilities: capabilities(), maxSheetCells: 500 }),
    );
    expect(result.grids).toEqual([]);
    expect(result.skipped[0].sheet).toBe("Raksasa");
    expect(result.skipped[0].pesan.id).toMatch(/terlalu besar.*Hapus baris dan kolom kosong/);
  });

  it("stops when cancelled", async () => {
    workbook();
    const ac = new AbortController();
    ac.abort();
    await expect(
      Excel.run((ctx) =>
        readGrids(ctx, { scope: "workbook", capabilities: capabilities(), signal: ac.signal }),
      ),
    ).rejects.toMatchObject({
      kind: "cancelled",
    });
  });

  it("says what to do when Excel is editing a cell", async () => {
    const wb = workbook();
    wb.editMode = true;
    await expect(
      Excel.run((ctx) => readGrids(ctx, { scope: "workbook", capabilities: capabilities() })),
    ).rejects.toMatchObject({
      kind: "edit-mode",
      pesan: { id: expect.stringMatching(/Tekan Enter atau Esc/) },
    });
  });

  it("reads merged areas of sheet names with spaces and quotes", () => {
    expect(parseAreas("'Tabel 2.3.1'!A4:A6,'Tabel 2.3.1'!$B$4:$B$6")).toEqual([
      { r1: 4, c1: 1, r2: 6, c2: 1 },
      { r1: 4, c1: 2, r2: 6, c2: 2 },
    ]);
  });

  it("gives the engine the same findings as the command line", async () => {
    // the same workbook as an .xlsx file for the CLI
    const x = new ExcelJS.Workbook();
    const a = x.addWorksheet("Capaian Program");
    capaianRows.forEach((r) => a.addRow(r));
    const b = x.addWorksheet("Tabel 7.3");
    tabel73Rows.forEach((r) => b.addRow(r));
    b.getCell("E6").value = { formula: "D5+0.12", result: 1.57 };
    b.getCell("E6").numFmt = "0.00";
    for (const m of ["A3:A4", "B3:B4", "C3:C4", "D3:E3"]) b.mergeCells(m);
    x.addWorksheet("Kosong");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cermat-same-")), "same.xlsx");
    await x.xlsx.writeFile(file);
    const cli = await checkFile(file);

    workbook();
    const { grids } = await Excel.run((ctx) =>
      readGrids(ctx, { scope: "workbook", capabilities: capabilities() }),
    );
    const found = grids.flatMap((grid) => detectTables(grid).map((table) => ({ table, grid })));
    const pane = buildReport(
      "same.xlsx",
      found.map((f) => f.table),
      runRules(found),
    );
    expect(pane.tables).toEqual(cli.tables);
    expect(pane.findings).toEqual(cli.findings);
    expect(pane.findings.map((f) => `${f.sheet}!${f.cell}`)).toContain("Capaian Program!F5");
  });
});
