// The thirty-second set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the Disdukcapil level row's total is the December position, and the PUPR total row
// weighs the progress by the bobot instead of summing percentages.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind32 } from "./build";

soundnessSuite("the thirty-second set of unseen standard-form workbooks", buildBlind32, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind32"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("gives the KTP-el ownership row the December position as its total, not a sum", () => {
      const { book: b, wb } = book("laporan-bulanan-adminduk-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const r = t.lastDataRow;
      const dec = get(t.sheet, r, 15);
      expect(String(get(t.sheet, r, 2))).toMatch(/KTP-el/);
      expect(get(t.sheet, r, 16)).toBe(dec);
    });

    it("weighs the PUPR total progress by the bobot, below 100 %", () => {
      const { book: b, wb } = book("progres-fisik-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const v = get(t.sheet, t.lastDataRow, 12) as number;
      expect(v).toBeGreaterThan(50);
      expect(v).toBeLessThan(100);
    });
  },
});
