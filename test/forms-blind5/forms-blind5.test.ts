// The seventh set must not lie either (../forms/soundness.ts says what is checked), plus checks of its
// own that the shared suite cannot express: the RPJMD header really repeats after a page break inside
// the table, the DPA export starts in A1 with nothing above it, and the Satpol PP capaian kinerja is
// a fraction formatted as a percentage beside a capaian anggaran typed as a percent number.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind5 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventh set of unseen standard-form workbooks", buildBlind5, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind5"),
  uniqueClean: true,
  extra: (loaded) => {
    it("repeats the RPJMD header band inside the table, after a page break", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("evaluasi-rpjmd-"))!;
      const t = book.expected().tables[0];
      const get = getter(wb);
      // exceljs writes row breaks but does not read them back: ask the workbook as built
      const ws = book.wb.getWorksheet(t.sheet)!;
      const c1 = colNumber(t.firstCol);
      const c2 = colNumber(t.lastCol);
      const band = t.header[1] - t.header[0] + 1;
      const rowText = (r: number) => {
        const out: string[] = [];
        for (let c = c1; c <= c2; c++) out.push(String(get(t.sheet, r, c) ?? ""));
        return out.join("|");
      };
      const head = rowText(t.header[0]);
      const again: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) if (rowText(r) === head) again.push(r);
      expect(again).toHaveLength(1);
      for (let k = 0; k < band; k++) expect(rowText(again[0] + k)).toBe(rowText(t.header[0] + k));
      expect(again[0] + band).toBeLessThan(t.lastDataRow);
      expect(ws.model.rowBreaks.map((x) => x.id)).toEqual([again[0] - 1]);
    });

    it("starts the DPA export in A1 with no title above it", () => {
      const { book } = loaded().find((l) => l.book.file.startsWith("realisasi-a1-"))!;
      const [t] = book.expected().tables;
      expect([t.header[0], t.firstCol, t.firstDataRow]).toEqual([1, "A", 2]);
    });

    it("stores the capaian kinerja as fractions (0.00%) beside the capaian anggaran in percent numbers", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("pengukuran-kinerja-"))!;
      const t = book.expected().tables[0];
      const caps = Object.entries(t.columns)
        .filter(([, r]) => (Array.isArray(r) ? r[0] : r) === "capaian")
        .map(([c]) => colNumber(c));
      expect(caps).toHaveLength(2);
      const ws = wb.getWorksheet(t.sheet)!;
      const get = getter(wb);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        expect(ws.getCell(r, caps[0]).numFmt).toBe("0.00%");
        expect(get(t.sheet, r, caps[0]) as number).toBeLessThan(2);
        expect(get(t.sheet, r, caps[1]) as number).toBeGreaterThan(50);
      }
    });
  },
});
