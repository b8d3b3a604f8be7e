// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81's
// column 12 K is a sum of quarters exactly where the unit is not "%", and no puskesmas in the recap reports more
// KK with akses jamban sehat than KK, except the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind191 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-ninety-first set of unseen standard-form workbooks (Dinkes kesling / STBM)",
  buildBlind191,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind191"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the flows in the E.81 and takes Triwulan IV for the rates", () => {
        const { book: b, wb } = book("e81-");
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

      it("has no puskesmas with more KK akses than KK except the planted one", () => {
        const { book: b, wb } = book("rekap-stbm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const left = colNumber(t.firstCol);
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const kk = get(t.sheet, r, left + 5);
          const ak = get(t.sheet, r, left + 6);
          if (typeof kk === "number" && typeof ak === "number" && ak > kk) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("percent-out-of-range")).length);
      });
    },
  },
);
