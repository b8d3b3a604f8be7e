// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81's realisasi 2024 K is a sum of quarters exactly where the unit is not "%", and the T-C.27's
// kondisi akhir Rp adds the five Rp columns only (K between them left out) except the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind199 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-ninety-ninth set of unseen standard-form workbooks (Dishub PJU)",
  buildBlind199,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind199"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and takes Triwulan IV for the levels", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const k12 = colNumber(t.firstCol) + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value as { formula?: string };
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("keeps the T-C.27 kondisi akhir Rp the sum of the five Rp, except the planted row", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const cols = Object.entries(t.columns);
        const rp = cols.filter(([, r]) => Array.isArray(r) && r[0] === "anggaran").map(([l]) => colNumber(l));
        const ak = colNumber(cols.filter(([, r]) => Array.isArray(r) && r[0] === "kondisi-akhir")[1][0]);
        expect(rp.length).toBe(5);
        let off = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const total = rp.reduce((n, c) => n + (get(t.sheet, r, c) as number), 0);
          if (Math.abs((get(t.sheet, r, ak) as number) - total) > 0.5) off++;
        }
        expect(off).toBe(1);
      });
    },
  },
);
