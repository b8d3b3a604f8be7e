// The forty-second set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the Disdukcapil's closing row sums the flows and repeats December's coverage, the PK's
// Rencana Aksi adds the quarters of a flow and climbs to the year for a level, the Minimal rows of the
// IKU matrix use the refleksi except the one planted, and the IKU's Formulasi is text.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind42 } from "./build";
import { colNumber } from "../fixtures/util";
import type ExcelJS from "exceljs";

soundnessSuite("the forty-second set of unseen standard-form workbooks", buildBlind42, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind42"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("sums the Disdukcapil's flows and repeats December's coverage in the closing row", () => {
      const { book: b, wb } = book("penerbitan-dokumen-");
      const t = b.expected().tables[0];
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const f = (c: number) => (ws.getCell(t.lastDataRow, c).value as ExcelJS.CellFormulaValue).formula;
      for (const c of [c0 + 2, c0 + 3, c0 + 4]) expect(f(c).startsWith("SUM(")).toBe(true);
      expect(f(c0 + 5)).toBe(`${t.lastCol}${t.lastDataRow - 1}`);
    });

    it("adds the quarters of a flow and climbs to the year for a level in the Rencana Aksi", () => {
      const { book: b, wb } = book("pk-rencana-aksi-");
      const t = b.expected().tables.find((x) => x.sheet === "PK 2025")!;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const units: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = String(get(t.sheet, r, c0 + 3));
        const year = get(t.sheet, r, c0 + 4) as number;
        const q = [5, 6, 7, 8].map((k) => get(t.sheet, r, c0 + k));
        units.push(sat);
        if (sat === "%" || sat === "nilai") expect([r, q[3]]).toEqual([r, year]);
        else expect([r, q.every((v) => typeof v === "number" && v < year)]).toEqual([r, true]);
      }
      expect(units.filter((u) => u === "%" || u === "nilai").length).toBe(3);
    });

    it("writes the IKU's Formulasi as text and the refleksi on a Minimal row", () => {
      const { book: b, wb } = book("matriks-iku-formulasi-");
      const t = b.expected().tables[0];
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      let refleksi = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        expect(typeof ws.getCell(r, c0 + 3).value).toBe("string");
        const f = (ws.getCell(r, c0 + 8).value as ExcelJS.CellFormulaValue).formula;
        if (f.includes("2*")) {
          refleksi++;
          expect(ws.getCell(r, c0 + 5).value).toBe("Minimal");
        }
      }
      expect(refleksi).toBe(1);
    });
  },
});
