// The tenth set must not lie either (../forms/soundness.ts says what is checked), plus checks of its
// own that the shared suite cannot express: the T-C.29 header speaks only in ordinals while the period
// stands in a cell above the table, the LKjIP sheet holds two tables side by side one empty column
// apart, the cumulative columns of the Pertanahan table are formulas in every row, and the PK of the
// Bupati is checked against the RPJMD on a sheet of its own.
import type ExcelJS from "exceljs";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind8 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the tenth set of unseen standard-form workbooks", buildBlind8, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind8"),
  uniqueClean: true,
  extra: (loaded) => {
    it("gives the T-C.29 years only as ordinals in its header, and the period in a cell above the table", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("rekap-tahunke-"))!;
      const [t] = book.expected().tables;
      const get = getter(wb);
      const heads: string[] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
          const v = get(t.sheet, r, c);
          if (nonBlank(v)) heads.push(String(v));
        }
      expect(heads.filter((h) => /\b20\d\d\b/.test(h))).toEqual([]);
      expect(heads.some((h) => /Tahun ke-2/.test(h))).toBe(true);
      expect(heads.some((h) => /Tahun ke-3/.test(h))).toBe(true);
      const above: string[][] = [];
      for (let r = 1; r < t.header[0]; r++)
        above.push([1, 2, 3].map((c) => String(get(t.sheet, r, c) ?? "")));
      expect(above).toContainEqual(["Periode Renstra", ":", "2022 - 2026"]);
    });

    it("puts the two LKjIP tables side by side, one empty column apart, of different heights", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("lkjip-sanding-"))!;
      const [l, r] = book.expected().tables;
      const get = getter(wb);
      expect(r.sheet).toBe(l.sheet);
      expect(r.header).toEqual(l.header);
      expect(colNumber(r.firstCol)).toBe(colNumber(l.lastCol) + 2);
      expect(r.lastDataRow).toBeLessThan(l.lastDataRow);
      const gap = colNumber(l.lastCol) + 1;
      for (let row = l.header[0] - 1; row <= l.lastDataRow; row++) expect(get(l.sheet, row, gap)).toBeNull();
    });

    it("writes the cumulative, serapan and sisa columns of the Pertanahan table as formulas in every row", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("realisasi-kumulatif-"))!;
      const [t] = book.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const last = colNumber(t.lastCol);
      for (let row = t.firstDataRow; row <= t.lastDataRow; row++)
        for (let c = last - 4; c <= last; c++) {
          const v = ws.getCell(row, c).value as ExcelJS.CellFormulaValue | null;
          expect([row, c, typeof v === "object" && v !== null && "formula" in v]).toEqual([row, c, true]);
        }
    });

    it("checks the PK of the Bupati against the RPJMD on a sheet of its own", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("pk-bupati-"))!;
      expect(wb.worksheets.map((w) => w.name)).toEqual(["PK Bupati 2025", "RPJMD 2025-2029"]);
      const cross = book.findings.find((f) => f.rules.includes("cross-table-mismatch"))!;
      expect(cross.anyOf!.map((c) => c.sheet)).toEqual(["PK Bupati 2025", "RPJMD 2025-2029"]);
      expect(book.expected().tables.map((t) => t.sheet)).toEqual([
        "PK Bupati 2025",
        "PK Bupati 2025",
        "RPJMD 2025-2029",
      ]);
    });
  },
});
