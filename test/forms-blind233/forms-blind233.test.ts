// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan of the BPNT recap distributes to more KPM than its SK, and each quarter of the PKH
// graduasi recap starts with the KPM the quarter before ended with.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind233 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 233rd set of unseen standard-form workbooks (Dinas Sosial, PKH, BPNT and DTKS)",
  buildBlind233,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind233"),
    uniqueClean: true,
    extra: (loaded) => {
      const find = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("never distributes BPNT to more KPM than the SK of the kecamatan", () => {
        const { book, wb } = find("rekap-bpnt-");
        const [t] = book.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const sk = get(t.sheet, r, c0 + 2) as number;
          const sal = get(t.sheet, r, c0 + 3) as number;
          expect([r, sal <= sk]).toEqual([r, true]);
        }
      });

      it("starts each PKH quarter with the KPM the quarter before ended with", () => {
        const { book, wb } = find("graduasi-pkh-");
        const [t] = book.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow + 1; r < t.lastDataRow; r++)
          expect([r, get(t.sheet, r, c0 + 1)]).toEqual([r, get(t.sheet, r - 1, c0 + 6)]);
      });
    },
  },
);
