// The forty-sixth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the Renstra's flow ends on the sum of its years and its rates on the last year, the
// fire recap carries two tables on one sheet, and the RKPD's JUMLAH adds the programmes only.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind46 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the forty-sixth set of unseen standard-form workbooks", buildBlind46, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind46"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("ends the Renstra's flow on the sum of its years and its rates on the last year", () => {
      const { book: b, wb } = book("renstra-target-disperkim-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const ak = Object.entries(t.columns).find(([, r]) => Array.isArray(r) && r[0] === "kondisi-akhir")![0];
      const formulas: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, colNumber(ak)).value;
        formulas.push(
          typeof v === "object" && v && "formula" in v ? String(v.formula).replace(/\d+/g, "") : "typed",
        );
      }
      expect(formulas).toEqual(["SUM(F:J)", "J", "typed", "J"]);
    });

    it("puts the two recap tables on one sheet, the monthly one first", () => {
      const { book: b } = book("rekap-kejadian-kebakaran-");
      const ts = b.expected().tables;
      expect(ts.map((t) => t.sheet)).toEqual(["Rekap 2024", "Rekap 2024"]);
      expect(ts[0].lastDataRow).toBeLessThan(ts[1].header[0]);
    });

    it("adds only the programmes in the RKPD's JUMLAH", () => {
      const { book: b, wb } = book("rancangan-rkpd-2026-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const pagu = Object.entries(t.columns).find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0];
      const v = ws.getCell(t.lastDataRow, colNumber(pagu)).value as ExcelJS.CellFormulaValue;
      expect(String(v.formula).split("+").length).toBe(2);
    });
  },
});
