// The second set must not lie either (../forms/soundness.ts says what is checked), and its
// stacked and row-wise sheets are what they claim to be.
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildUnseen } from "./build";

soundnessSuite("the second set of unseen standard-form workbooks", buildUnseen, {
  minBooks: 8,
  minTraps: 6,
  earlier: () => booksBefore("forms-unseen"),
  uniqueClean: true,
  extra: (loaded) => {
    it("stacks the second table of the stacked sheet under the first, after two blank rows and its caption", () => {
      const book = loaded().find((l) => l.book.form === "stacked")!;
      const [a, b] = book.book.expected().tables;
      expect(a.sheet).toBe(b.sheet);
      expect(b.header[0] - a.lastDataRow).toBe(4);
      const get = getter(book.wb);
      for (const r of [a.lastDataRow + 1, a.lastDataRow + 2])
        for (let c = 1; c <= 20; c++) expect(nonBlank(get(a.sheet, r, c))).toBe(false);
    });

    it("gives row-wise tables no column roles, and only Target / Realisasi rows", () => {
      const book = loaded().find((l) => l.book.form === "row-wise T/R")!;
      const [t] = book.book.expected().tables;
      expect(t.columns).toEqual({});
      const get = getter(book.wb);
      const labels = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) labels.add(String(get(t.sheet, r, 4)));
      expect([...labels].sort()).toEqual(["Realisasi", "Target"]);
    });
  },
});
