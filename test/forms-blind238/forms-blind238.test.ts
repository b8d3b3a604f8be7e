// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows keep the Triwulan IV value, and the SPBE bobot add up to 100.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind238 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 238th set of unseen standard-form workbooks (Diskominfo, SPBE, LAPOR! and wifi)",
  buildBlind238,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind238"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in (12) Kinerja of the E.81 indeks and % rows", () => {
        const { book: b, wb } = book("e81-spbe-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (const r of [t.firstDataRow, t.firstDataRow + 1]) {
          expect(["indeks", "%"]).toContain(get(t.sheet, r, c0 + 4));
          expect(get(t.sheet, r, c0 + 19)).toBe(get(t.sheet, r, c0 + 17));
        }
      });

      it("weights the SPBE domains with bobot that add up to 100", () => {
        const { book: b, wb } = book("rekap-aduan-lapor-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c = colNumber(t.firstCol) + 1;
        let total = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) total += get(t.sheet, r, c) as number;
        expect(total).toBe(100);
        expect(get(t.sheet, t.lastDataRow, c)).toBe(100);
      });
    },
  },
);
