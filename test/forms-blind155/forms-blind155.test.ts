// The set must not lie (../forms/soundness.ts says what is checked), plus a check of its own: every
// SR aktif s.d. tahun berjalan is aktif s.d. tahun lalu + baru - ditutup, except the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind155 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-fifty-fifth set of unseen standard-form workbooks (Dinas Perkim, PDAM)",
  buildBlind155,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind155"),
    uniqueClean: true,
    extra: (loaded) => {
      it("keeps 7 = 4 + 5 - 6 in the PDAM table except in the one planted row", () => {
        const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("sambungan-rumah-pdam-"))!;
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const bad: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const [s23, baru, tut, s24] = [3, 4, 5, 6].map((k) => get(t.sheet, r, c0 + k) as number);
          if (s24 !== s23 + baru - tut) bad.push(r);
        }
        expect(bad.length).toBe(1);
      });
    },
  },
);
