// The set must not lie (../forms/soundness.ts says what is checked), plus a check of its own: in the
// PMKS recap no kecamatan handles more PMKS than it has.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind330 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 330th set of unseen standard-form workbooks (Dinas Sosial, PMKS, panti, bansos)",
  buildBlind330,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind330"),
    uniqueClean: true,
    extra: (loaded) => {
      it("keeps every kecamatan's tertangani at or below its jumlah PMKS", () => {
        const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("rekap-pmks-"))!;
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
