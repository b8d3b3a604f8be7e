// The thirty-ninth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: 10 to 14 planted mistakes, the IKU's flows accumulate while its levels end on 2026, and
// every kegiatan's Anggaran Kas but one closes its pagu.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind39 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the thirty-ninth set of unseen standard-form workbooks", buildBlind39, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind39"),
  uniqueClean: true,
  extra: (loaded) => {
    it("plants 10 to 14 mistakes over six workbooks", () => {
      const n = loaded().reduce((k, l) => k + l.book.findings.length + l.book.stretch.length, 0);
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(14);
    });

    it("closes the pagu with the Anggaran Kas in every kegiatan but the planted one", () => {
      const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("dpa-anggaran-kas-"))!;
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const open: string[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const kode = String(get(t.sheet, r, c0 + 1));
        if (kode.split(".").length !== 5) continue;
        if (get(t.sheet, r, c0 + 3) !== get(t.sheet, r, c0 + 8)) open.push(kode);
      }
      expect(open).toEqual(["3.26.03.2.01"]);
    });
  },
});
