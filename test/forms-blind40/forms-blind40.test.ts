// The fortieth set must not lie either (../forms/soundness.ts says what is checked), plus a check of
// its own: 10 to 14 planted mistakes over the six workbooks.
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind40 } from "./build";

soundnessSuite("the fortieth set of unseen standard-form workbooks", buildBlind40, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind40"),
  uniqueClean: true,
  extra: (loaded) => {
    it("plants 10 to 14 mistakes over six workbooks", () => {
      const n = loaded().reduce((k, l) => k + l.book.findings.length + l.book.stretch.length, 0);
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(14);
    });
  },
});
