// The fifty-eighth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the licence recap's SLA counts never exceed the licences issued, and the E.81 adds
// the kegiatan's Rp into the programme's Rp in every quarter.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind58 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifty-eighth set of unseen standard-form workbooks", buildBlind58, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind58"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("never counts more licences within the SLA than licences issued", () => {
      const { book: b, wb } = book("rekap-izin-terbit-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect((get(t.sheet, r, c0 + 8) as number) <= (get(t.sheet, r, c0 + 7) as number)).toBe(true);
    });

    it("adds the kegiatan's Rp into the programme's Rp in every quarter of the E.81", () => {
      const { book: b, wb } = book("e81-evaluasi-renja-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let q = 0; q < 4; q++) {
        const c = c0 + 7 + 2 * q;
        const kids = [1, 2, 3].map((k) => get(t.sheet, t.firstDataRow + k, c) as number);
        expect(get(t.sheet, t.firstDataRow, c)).toBeCloseTo(kids[0] + kids[1] + kids[2], 0);
      }
    });
  },
});
