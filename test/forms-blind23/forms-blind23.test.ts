// The twenty-third set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own that the shared suite cannot express: the Dinas Perhubungan's column 12 points at the
// cumulative "s.d. Triwulan IV" column (one typed value, the planted one), and the Dinas Pariwisata's
// length of stay is an AVERAGE of the quarters while the visitors are a SUM.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { colLetter, colNumber } from "../fixtures/util";
import { buildBlind23 } from "./build";

soundnessSuite("the twenty-third set of unseen standard-form workbooks", buildBlind23, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind23"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (ws: ExcelJS.Worksheet, addr: string): string | null => {
      const v = ws.getCell(addr).value as ExcelJS.CellFormulaValue | null;
      return v && typeof v === "object" && "formula" in v ? v.formula : null;
    };

    it("points column 12 of the Dinas Perhubungan at the cumulative 's.d. Triwulan IV' column", () => {
      const { book: b, wb } = book("e81-sdtw4-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const get = getter(wb);
      const heads: string[] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
          heads.push(String(get(t.sheet, r, c) ?? ""));
      expect(heads).toContain("s.d. Triwulan IV");
      // K and Rp of column 11 stand two and one columns left of column 12's K
      const c12 = heads.indexOf(
        heads.find((h) => h.startsWith("Realisasi Capaian Kinerja dan Anggaran Renja"))!,
      );
      const k12 = colNumber(t.firstCol) + (c12 % (colNumber(t.lastCol) - colNumber(t.firstCol) + 1));
      const kinds: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow - 2; r++)
        for (const d of [0, 1]) {
          const f = formula(ws, `${colLetter(k12 + d)}${r}`);
          kinds.push(f === `${colLetter(k12 + d - 2)}${r}` ? "s.d." : (f ?? "typed"));
        }
      expect(kinds.filter((k) => k !== "s.d.")).toEqual(["typed"]);
    });

    it("averages the Dinas Pariwisata's length of stay and adds its visitors", () => {
      const { book: b, wb } = book("lkjip-kunjungan-");
      const t = b.expected().tables[1];
      const ws = wb.getWorksheet(t.sheet)!;
      const year = colLetter(colNumber(t.lastCol) - 1);
      const fs: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        fs.push((formula(ws, `${year}${r}`) ?? "").replace(/[A-Z]+\d+/g, "X"));
      expect(fs[0]).toBe("SUM(X:X)");
      expect(fs[fs.length - 1]).toBe("ROUND(AVERAGE(X:X),2)");
    });
  },
});
