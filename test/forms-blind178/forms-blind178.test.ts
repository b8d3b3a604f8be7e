// The set must not lie (../forms/soundness.ts), plus checks of its own: the E.81 level row takes its Triwulan IV
// value while the flows add their quarters, and no sub kegiatan spends above its pagu except the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind178 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set blind178 of unseen standard-form workbooks (Dinas Kesehatan, PTM)", buildBlind178, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind178"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the quarters of the E.81 flows and takes Triwulan IV for the level", () => {
      const { book: b, wb } = book("e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const sat = colNumber(t.firstCol) + 4;
      const k12 = colNumber(t.firstCol) + 5 + 14;
      let n = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k12).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        n++;
        expect([r, String(v.formula).includes("+")]).toEqual([r, ws.getCell(r, sat).value !== "%"]);
      }
      expect(n).toBe(3);
    });

    it("spends above the pagu only in the planted sub kegiatan", () => {
      const { book: b, wb } = book("realisasi-anggaran-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const over: number[] = [];
      for (let r = t.firstDataRow + 1; r <= t.lastDataRow; r++) {
        const pagu = get(t.sheet, r, c1 + 3);
        const jml = get(t.sheet, r, c1 + 8);
        if (typeof pagu === "number" && typeof jml === "number" && jml > pagu) over.push(r);
      }
      expect(over.length).toBe(1);
    });
  },
});
