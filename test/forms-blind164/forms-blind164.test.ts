// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// contract is above its HPS, and the E.81's realisasi K of the year is a sum of quarters exactly
// where the unit is not "%".
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind164 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-sixty-fourth set of unseen standard-form workbooks (UKPBJ, Disdik SMA/SMK)",
  buildBlind164,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind164"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("awards no contract above its HPS", () => {
        const { book: b, wb } = book("rekap-tender-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const hps = get(t.sheet, r, c + 3);
          const kon = get(t.sheet, r, c + 4);
          expect([r, typeof hps === "number" && typeof kon === "number" && kon <= hps]).toEqual([r, true]);
        }
      });

      it("adds the quarters of the E.81 flows and takes Triwulan IV for the levels", () => {
        const { book: b, wb } = book("e81-evaluasi-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const k12 = colNumber(t.firstCol) + 5 + 14;
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
