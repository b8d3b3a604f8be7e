// The thirty-sixth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the RPJMD review's Selisih is RKPD minus RPJMD and the monitoring's statuses add up.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind36 } from "./build";

soundnessSuite("the thirty-sixth set of unseen standard-form workbooks", buildBlind36, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind36"),
  uniqueClean: true,
  extra: (loaded) => {
    it("writes the RPJMD review with three year groups of Target RPJMD, Target RKPD and Selisih", () => {
      const { book: b } = loaded().find((l) => l.book.file.startsWith("reviu-selaras-"))!;
      const [t] = b.expected().tables;
      expect(Object.values(t.columns).filter((r) => Array.isArray(r) && r[0] === "target").length).toBe(6);
    });
    it("keeps every other monitoring row's statuses equal to its Jumlah Rekomendasi", () => {
      const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("pantau-tlhp-"))!;
      const [t] = b.expected().tables;
      const get = getter(wb);
      let off = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const parts = [5, 6, 7, 8].reduce((p, c) => p + Number(get(t.sheet, r, c)), 0);
        if (parts !== Number(get(t.sheet, r, 4))) off++;
      }
      expect(off).toBe(1);
    });
  },
});
