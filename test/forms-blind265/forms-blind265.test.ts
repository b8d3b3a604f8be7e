// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// UPTD PPA recap never handles more cases than it counts, and the PK beside its Renstra.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind265 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 265th set of unseen standard-form workbooks (DP3A, UPTD PPA, KLA, PUSPAGA)",
  buildBlind265,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind265"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the cases handled at or below the cases counted in every kecamatan", () => {
        const { book: b, wb } = book("rekap-kasus-uptd-ppa-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const counted = (get(t.sheet, r, c0 + 2) as number) + (get(t.sheet, r, c0 + 3) as number);
          expect(get(t.sheet, r, c0 + 5) as number).toBeLessThanOrEqual(counted);
        }
      });

      it("writes the PK beside a Renstra sheet with five yearly targets", () => {
        const { book: b } = book("pk-2025-dp3a-");
        const renstra = b.expected().tables.find((t) => t.sheet.startsWith("Renstra"))!;
        const years = Object.values(renstra.columns).filter((c) => Array.isArray(c) && c[0] === "target");
        expect(years.length).toBe(5);
      });
    },
  },
);
