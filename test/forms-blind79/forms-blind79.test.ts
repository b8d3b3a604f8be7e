// The seventy-ninth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: every rasio elektrifikasi is a ROUND formula of its own row, and the IKU refleksi
// stands on the Turun rows only (except the planted one).
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind79 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventy-ninth set of unseen standard-form workbooks", buildBlind79, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind79"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (ws: ExcelJS.Worksheet, r: number, c: number): string => {
      const v = ws.getCell(r, c).value as ExcelJS.CellFormulaValue | null;
      return v && typeof v === "object" && "formula" in v ? v.formula : "";
    };

    it("computes every rasio elektrifikasi with ROUND from its own row", () => {
      const { book: b, wb } = book("rasio-elektrifikasi-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c = colNumber(t.firstCol) + 6;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const f = formula(ws, r, c);
        expect([r, f.startsWith("ROUND("), f.includes(String(r))]).toEqual([r, true, true]);
      }
    });

    it("uses the refleksi on the Turun rows of the IKU only, except the planted row", () => {
      const { book: b, wb } = book("pengukuran-iku-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const seen: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const arah = String(ws.getCell(r, c0 + 4).value);
        const refl = formula(ws, r, c0 + 7).includes("2*");
        seen.push(`${arah}:${refl}`);
      }
      expect(seen).toEqual(["Naik:false", "Turun:false", "Naik:false", "Turun:true", "Naik:false"]);
    });
  },
});
