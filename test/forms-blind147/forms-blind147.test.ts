// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no desa of the
// seedling recap has more seedlings alive than distributed except the planted row, and the E.81 takes the
// Triwulan IV value for the program's rate while the other rows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind147 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-forty-seventh set of unseen standard-form workbooks (DLH and Dishut)",
  buildBlind147,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind147"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("has no desa with more seedlings alive than distributed, except the planted Babuin row", () => {
        const { book: b, wb } = book("rekap-distribusi-bibit-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c1) !== "number") continue;
          const jml = get(t.sheet, r, c1 + 6);
          const hid = get(t.sheet, r, c1 + 8);
          if (typeof jml === "number" && typeof hid === "number" && hid > jml) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("percent-out-of-range")).length);
      });

      it("adds the quarters of the E.81 flows and takes Triwulan IV for the rate", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const rK = colNumber(t.firstCol) + 5 + 10;
        let rates = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, rK).value as { formula?: string };
          const pct = String(ws.getCell(r, satCol).value) === "%";
          if (pct) rates++;
          expect([r, String(v.formula).includes("+")]).toEqual([r, !pct]);
        }
        expect(rates).toBe(1);
      });
    },
  },
);
