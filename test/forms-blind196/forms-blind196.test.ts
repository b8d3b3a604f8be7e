// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows take the Triwulan IV value while the flows add their quarters, and no BOSP realisasi is
// above its dana disalurkan except the planted SMP row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind196 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-ninety-sixth set of unseen standard-form workbooks (Dinas Pendidikan)",
  buildBlind196,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind196"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-renja-");
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

      it("uses no more BOSP than was disalurkan, except the planted SMP row", () => {
        const { book: b, wb } = book("rekap-bosp-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          for (const [d, x] of [
            [4, 5],
            [8, 9],
          ]) {
            const dv = get(t.sheet, r, c0 + d);
            const xv = get(t.sheet, r, c0 + x);
            if (typeof dv === "number" && typeof xv === "number" && xv > dv) over.push(r);
          }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
      });
    },
  },
);
