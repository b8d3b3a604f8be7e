// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// musrenbang row's (6) equals its usulan masuk (2), and the cumulative fisik never goes down.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind288 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 288th set of unseen standard-form workbooks (Bappeda, musrenbang, pokir and pengendalian RKPD)",
  buildBlind288,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind288"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("verifies every usulan musrenbang: (3)+(4)+(5) = (2) per kecamatan", () => {
        const { book: b, wb } = book("rekap-usulan-musrenbang-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          expect([r, get(t.sheet, r, c0 + 6)]).toEqual([r, get(t.sheet, r, c0 + 2)]);
      });

      it("keeps the cumulative realisasi fisik non-decreasing and at most 100", () => {
        const { book: b, wb } = book("pengendalian-rkpd-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const f = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 9 + i) as number);
          for (let i = 1; i < 4; i++) expect(f[i]).toBeGreaterThanOrEqual(f[i - 1]);
          expect(f[3]).toBeLessThanOrEqual(100);
        }
      });
    },
  },
);
