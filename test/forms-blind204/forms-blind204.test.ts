// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 adds the quarters of K (12) exactly for the flows, and the garam recap's TOTAL ratios are
// ratios of the totals.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind204 } from "./build";
import { E81_LEVEL_UNITS } from "./evaluasi";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the two-hundred-and-fourth set of unseen standard-form workbooks (DKP garam dan olahan ikan)",
  buildBlind204,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind204"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of K (12) in the E.81 exactly where the unit is a flow", () => {
        const { book: b, wb } = book("e81-dkp-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const left = colNumber(t.firstCol);
        const k12 = left + 5 + 14;
        let levels = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const level = E81_LEVEL_UNITS.includes(String(ws.getCell(r, left + 4).value));
          if (level) levels++;
          expect([r, String(v.formula).includes("+")]).toEqual([r, !level]);
        }
        expect(levels).toBe(2);
      });

      it("divides the totals for the TOTAL capaian and productivity of the garam recap", () => {
        const { book: b, wb } = book("rekap-produksi-garam-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const left = colNumber(t.firstCol);
        const r = t.lastDataRow;
        let tg = 0;
        let real = 0;
        for (let k = t.firstDataRow; k < r; k++) {
          tg += get(t.sheet, k, left + 4) as number;
          real += get(t.sheet, k, left + 5) as number;
        }
        expect(get(t.sheet, r, left + 6)).toBeCloseTo((real / tg) * 100, 2);
        expect(get(t.sheet, r, left + 5)).toBe(real);
      });
    },
  },
);
