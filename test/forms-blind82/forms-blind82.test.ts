// The eighty-second set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own: the % serapan of every JUMLAH row is a formula on the totals, the E.81 levels take the
// Triwulan IV value, and the Renstra kondisi akhir K of every level row is the 2029 target.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind82 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the eighty-second set of unseen standard-form workbooks", buildBlind82, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind82"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string | null => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value;
      return v && typeof v === "object" && "formula" in v ? (v.formula ?? null) : null;
    };

    it("computes the % serapan of every JUMLAH row from the totals, never as a SUM", () => {
      for (const prefix of ["rekap-alokasi-", "penyaluran-pupuk-"]) {
        const { book: b, wb } = book(prefix);
        const [t] = b.expected().tables;
        const caps = Object.entries(t.columns).filter(([, r]) => Array.isArray(r) && r[0] === "capaian");
        expect(caps.length).toBe(3);
        for (const [letter] of caps) {
          const f = formula(wb, t.sheet, t.lastDataRow, colNumber(letter));
          expect([prefix, letter, f?.startsWith("ROUND(")]).toEqual([prefix, letter, true]);
        }
      }
    });

    it("takes the Triwulan IV value of a level in the E.81 and adds the quarters of a flow", () => {
      const { book: b, wb } = book("e81-evaluasi-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let levels = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = String(get(t.sheet, r, c0 + 4));
        const f = formula(wb, t.sheet, r, c0 + 19)!;
        expect([r, f.includes("+")]).toEqual([r, sat !== "%"]);
        if (sat === "%") levels++;
      }
      expect(levels).toBe(2);
    });

    it("gives the 2029 target as kondisi akhir of every level row of the Renstra", () => {
      const { book: b, wb } = book("renstra-tc27-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = String(get(t.sheet, r, c0 + 5));
        if (sat === "%" || sat === "ku/ha")
          expect([r, get(t.sheet, r, c0 + 17)]).toEqual([r, get(t.sheet, r, c0 + 15)]);
      }
    });
  },
});
