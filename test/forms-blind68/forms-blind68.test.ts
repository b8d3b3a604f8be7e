// The sixty-eighth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the waste recap's yearly % divides its totals, the E.81's level indicators take their
// Triwulan IV value, and the PPH's capped groups hold their maximum typed.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind68 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the sixty-eighth set of unseen standard-form workbooks", buildBlind68, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind68"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("gives the E.81's level indicators their Triwulan IV value and adds the quarters of counts", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const kinds = new Set<boolean>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const f = (ws.getCell(r, c0 + 15).value as { formula: string }).formula;
        kinds.add(f.startsWith("SUM("));
      }
      expect(kinds).toEqual(new Set([true, false]));
    });

    it("types the maximum where a PPH group's Skor Riil passes it, and a formula elsewhere", () => {
      const { book: b, wb } = book("skor-pph-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let capped = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const riil = get(t.sheet, r, c0 + 5) as number;
        const max = get(t.sheet, r, c0 + 6) as number;
        const v = wb.getWorksheet(t.sheet)!.getCell(r, c0 + 7).value;
        if (max === 0) continue;
        const typed = typeof v === "number";
        expect([r, typed]).toEqual([r, riil > max]);
        if (typed) capped++;
      }
      expect(capped).toBe(2);
    });

    it("stands the air-minum performance table under the recap on the same sheet", () => {
      const { book: b } = book("rekap-sambungan-rumah-");
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).toBe(t2.sheet);
      expect(t2.header[0]).toBeGreaterThan(t1.lastDataRow + 1);
    });
  },
});
