// The thirty-third set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the first Renstra's new indicators have a text for their kondisi awal instead of a
// number, the LKjIP's targets and realisations carry their units in the cell, and the Dishub IKU's
// Minimize rows take the refleksi except the one planted.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind33 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the thirty-third set of unseen standard-form workbooks", buildBlind33, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind33"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("gives the first Renstra's new indicators a text for their kondisi awal", () => {
      const { book: b, wb } = book("renstra-perdana-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const awal: string[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) awal.push(String(get(t.sheet, r, 5)));
      expect(new Set(awal.filter((v) => !/^\d/.test(v)))).toEqual(new Set(["-", "n/a", "belum ada data"]));
    });

    it("writes the LKjIP's targets and realisations as text with their units", () => {
      const { book: b, wb } = book("lkjip-realisasi-bersatuan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        for (const c of [colNumber("D"), colNumber("E")]) {
          const v = get(t.sheet, r, c);
          expect([r, c, typeof v === "string" && /^\d[\d,]* \S+$/.test(v)]).toEqual([r, c, true]);
        }
    });

    it("takes the refleksi on the Dishub's Minimize rows except the planted one", () => {
      const { book: b, wb } = book("iku-loadfactor-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const kinds: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sifat = String(ws.getCell(r, colNumber("F")).value);
        const f = (ws.getCell(r, colNumber("J")).value as ExcelJS.CellFormulaValue).formula;
        kinds.push(`${sifat}:${f.startsWith("ROUND((2*")}`);
      }
      expect(kinds.filter((k) => k === "Minimize:false").length).toBe(1);
      expect(kinds.filter((k) => k === "Maximize:true").length).toBe(0);
    });
  },
});
