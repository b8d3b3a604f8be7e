// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// UPT's Jumlah (9) / (10) in the PKB + BBNKB recap adds its two taxes except the planted row, and the E.81
// takes the Triwulan IV value for its "%" rows while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind170 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-seventieth set of unseen standard-form workbooks (Bapenda, UPT Samsat)",
  buildBlind170,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind170"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds PKB and BBNKB into the Jumlah of every UPT, except the planted row", () => {
        const { book: b, wb } = book("rekap-pkb-bbnkb-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c0) !== "number") continue;
          const v = (k: number) => get(t.sheet, r, c0 + k) as number;
          if (Math.abs(v(2) + v(5) - v(8)) > 0.5) off.push(r);
          if (Math.abs(v(3) + v(6) - v(9)) > 0.5) off.push(r);
        }
        const planted = b.findings
          .filter((f) => f.rules.includes("hardcoded-value"))
          .map((f) => Number(/\d+$/.exec(f.cell!)![0]));
        expect(off).toEqual(planted);
      });

      it("takes the Triwulan IV value for the % rows of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const c0 = colNumber(t.firstCol);
        const k12 = c0 + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, c0 + 4).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });
    },
  },
);
