// The thirty-eighth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the BPBD response time is refleksi and the Satlinmas kondisi akhir is a sum.
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind38 } from "./build";

soundnessSuite("the thirty-eighth set of unseen standard-form workbooks", buildBlind38, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind38"),
  uniqueClean: true,
  extra: (loaded) => {
    it("plants 10 to 14 mistakes over six workbooks", () => {
      const n = loaded().reduce((k, l) => k + l.book.findings.length + l.book.stretch.length, 0);
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(14);
    });
  },
});
