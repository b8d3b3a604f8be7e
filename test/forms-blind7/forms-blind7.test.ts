// The ninth set must not lie either (../forms/soundness.ts says what is checked), plus checks of its
// own that the shared suite cannot express: the Renja of the kecamatan repeats its header band inside
// the table after each page break, the SPM sheet holds two tables one under the other, and the T-C.28
// header cells carry their "*)" notes, explained under the table.
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind7 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the ninth set of unseen standard-form workbooks", buildBlind7, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind7"),
  uniqueClean: true,
  extra: (loaded) => {
    it("repeats the header band of the kecamatan Renja inside the table, after each page break", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("renja2026-halaman-"))!;
      const [t] = book.expected().tables;
      const get = getter(wb);
      const band = (r0: number) => {
        const out: string[] = [];
        for (let r = r0; r < r0 + 3; r++)
          for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
            out.push(String(get(t.sheet, r, c)));
        return out.join("|");
      };
      const head = band(t.header[0]);
      const again: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) if (band(r) === head) again.push(r);
      expect(again).toHaveLength(2);
      // exceljs writes row breaks but does not read them back: ask the workbook as built
      const ws = book.wb.getWorksheet(t.sheet)!;
      expect(ws.model.rowBreaks.map((x: { id: number }) => x.id)).toEqual(again.map((r) => r - 1));
    });

    it("puts two tables on the SPM sheet, the second under the first", () => {
      const { book } = loaded().find((l) => l.book.file.startsWith("spm-kesehatan-"))!;
      const ts = book.expected().tables;
      expect(ts).toHaveLength(2);
      expect(ts[1].sheet).toBe(ts[0].sheet);
      expect(ts[1].header[0]).toBeGreaterThan(ts[0].lastDataRow + 3);
    });

    it("marks T-C.28 header cells with notes that stand under the table", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("tc28-catatan-"))!;
      const [t] = book.expected().tables;
      const get = getter(wb);
      const heads: string[] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
          const v = get(t.sheet, r, c);
          if (nonBlank(v)) heads.push(String(v));
        }
      // a merged header reads the same text in every cell it covers
      expect(new Set(heads.filter((h) => h.endsWith("*)"))).size).toBe(2);
      const notes = [t.lastDataRow + 2, t.lastDataRow + 3].map((r) => String(get(t.sheet, r, 1)));
      expect(notes[0].startsWith("*)")).toBe(true);
      expect(notes[1].startsWith("**)")).toBe(true);
    });
  },
});
