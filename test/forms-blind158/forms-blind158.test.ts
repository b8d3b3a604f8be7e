// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the dividend
// recap's contributions add up to about 100, and the E.81's realisasi K is a sum of quarters exactly
// where the unit is not "%".
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind158 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-fifty-eighth set of unseen standard-form workbooks (Kebudayaan, BUMD)",
  buildBlind158,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind158"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("gives BUMD contributions that add up to 100 %", () => {
        const { book: b, wb } = book("rekap-dividen-bumd-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const ko = colNumber(t.firstCol) + 7;
        let n = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) n += get(t.sheet, r, ko) as number;
        expect(Math.abs(n - 100)).toBeLessThan(0.05);
      });

      it("adds the quarters of the E.81 flows and takes Triwulan IV for the levels", () => {
        const { book: b, wb } = book("e81-renja-disbud-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 3;
        const k12 = colNumber(t.firstCol) + 4 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });
    },
  },
);
