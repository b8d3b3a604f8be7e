// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows take the Triwulan IV value while the flows add their quarters, and no kondisi akhir
// Rp of the T-C.27 differs from the five years added except the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind131 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-thirty-first set of unseen standard-form workbooks (DLH, UPTD TPA)",
  buildBlind131,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind131"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and takes Triwulan IV for the levels", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const left = colNumber(t.firstCol);
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, left + 5 + 14).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, left + 4).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("SUM")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("keeps every T-C.27 kondisi akhir Rp the sum of the five years, except the planted row", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const left = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          let s = 0;
          for (let i = 0; i < 5; i++) s += Number(get(t.sheet, r, left + 6 + 2 * i));
          if (Math.abs(Number(get(t.sheet, r, left + 16)) - s) > 0.5) off.push(r);
        }
        expect(off.length).toBe(b.findings.filter((f) => f.rules.includes("kondisi-akhir-mismatch")).length);
      });
    },
  },
);
