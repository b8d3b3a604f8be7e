// The twenty-first set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the E.79's s.d. Triwulan IV K points at Triwulan IV
// exactly for the levels, the PK's quarterly targets end on the year's target for the levels and add
// up to it for the counts but one, the LKjIP's typed capaian are exactly the capped ones, and the DPA's
// TOTAL adds the four group rows only.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind21 } from "./build";
import { colNumber } from "../fixtures/util";

const formulaOf = (cell: ExcelJS.Cell): string | null => {
  const v = cell.value;
  return typeof v === "object" && v && "formula" in v ? (v as ExcelJS.CellFormulaValue).formula : null;
};

soundnessSuite("the twenty-first set of unseen standard-form workbooks", buildBlind21, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind21"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("points the E.79's s.d. Triwulan IV K at Triwulan IV for the levels and adds the quarters of the flows", () => {
      const { book: b, wb } = book("e79-rkpd-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const kinds: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const ind = String(ws.getCell(r, c0 + 3).value ?? "");
        if (!ind) continue;
        const f = formulaOf(ws.getCell(r, c0 + 18))!;
        const level = ind.endsWith("(%)");
        kinds.push(level ? "level" : "flow");
        expect([r, f.includes("+")]).toEqual([r, !level]);
      }
      expect(kinds.sort()).toEqual(["flow", "flow", "level", "level", "level"]);
    });

    it("ends the PK's level quarters on the year's target and adds the count quarters up to it but once", () => {
      const { book: b, wb } = book("pk-target-triwulan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let off = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = String(get(t.sheet, r, c0 + 3));
        const y = get(t.sheet, r, c0 + 4) as number;
        const q = [5, 6, 7, 8].map((k) => get(t.sheet, r, c0 + k) as number);
        const count = sat === "dokumen" || sat === "orang" || sat === "kejadian";
        if (count) off += q.reduce((x, z) => x + z, 0) === y ? 0 : 1;
        else expect([r, q[3]]).toEqual([r, y]);
      }
      expect(off).toBe(1);
    });

    it("types exactly the LKjIP capaian the 120 % cap replaces", () => {
      const { book: b, wb } = book("lkjip-maks120-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const col = colNumber(t.firstCol) + 7;
      const typed: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const cell = ws.getCell(r, col);
        if (!formulaOf(cell)) typed.push(cell.value as number);
      }
      expect(typed).toEqual([120, 120]);
    });

    it("adds the DPA's four group rows, not every row, into the TOTAL", () => {
      const { book: b, wb } = book("rekap-dpa-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const f = formulaOf(ws.getCell(t.lastDataRow, colNumber(t.firstCol) + 3))!;
      expect(f.split("+")).toHaveLength(4);
      expect(f).not.toMatch(/SUM/);
    });
  },
});
