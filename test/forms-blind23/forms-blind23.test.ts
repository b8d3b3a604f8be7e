// The twenty-third set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own that the shared suite cannot express: the Dinas Perhubungan's column 12 points at the
// cumulative "s.d. Triwulan IV" column (one typed value, the planted one), and the Dinas Pariwisata's
// length of stay is an AVERAGE of the quarters while the visitors are a SUM.
import type ExcelJS from "exceljs";
import { buildForms } from "../forms/build";
import { getter, soundnessSuite } from "../forms/soundness";
import { colLetter, colNumber } from "../fixtures/util";
import { buildUnseen } from "../forms-unseen/build";
import { buildBlind } from "../forms-blind/build";
import { buildBlind2 } from "../forms-blind2/build";
import { buildBlind3 } from "../forms-blind3/build";
import { buildBlind4 } from "../forms-blind4/build";
import { buildBlind5 } from "../forms-blind5/build";
import { buildBlind6 } from "../forms-blind6/build";
import { buildBlind7 } from "../forms-blind7/build";
import { buildBlind8 } from "../forms-blind8/build";
import { buildBlind9 } from "../forms-blind9/build";
import { buildBlind10 } from "../forms-blind10/build";
import { buildBlind11 } from "../forms-blind11/build";
import { buildBlind12 } from "../forms-blind12/build";
import { buildBlind13 } from "../forms-blind13/build";
import { buildBlind14 } from "../forms-blind14/build";
import { buildBlind15 } from "../forms-blind15/build";
import { buildBlind16 } from "../forms-blind16/build";
import { buildBlind17 } from "../forms-blind17/build";
import { buildBlind18 } from "../forms-blind18/build";
import { buildBlind19 } from "../forms-blind19/build";
import { buildBlind20 } from "../forms-blind20/build";
import { buildBlind21 } from "../forms-blind21/build";
import { buildBlind22 } from "../forms-blind22/build";
import { buildBlind23 } from "./build";

soundnessSuite("the twenty-third set of unseen standard-form workbooks", buildBlind23, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => [
    ...buildForms(),
    ...buildUnseen(),
    ...buildBlind(),
    ...buildBlind2(),
    ...buildBlind3(),
    ...buildBlind4(),
    ...buildBlind5(),
    ...buildBlind6(),
    ...buildBlind7(),
    ...buildBlind8(),
    ...buildBlind9(),
    ...buildBlind10(),
    ...buildBlind11(),
    ...buildBlind12(),
    ...buildBlind13(),
    ...buildBlind14(),
    ...buildBlind15(),
    ...buildBlind16(),
    ...buildBlind17(),
    ...buildBlind18(),
    ...buildBlind19(),
    ...buildBlind20(),
    ...buildBlind21(),
    ...buildBlind22(),
  ],
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
