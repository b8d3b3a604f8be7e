// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no party
// receives more than its pagu except the planted row, and the E.81's level rows take the Triwulan IV
// value in column (12) K while the flows add their quarters.
import { buildBlind104 } from "./build";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-fourth set of unseen standard-form workbooks (Badan Kesbangpol)",
  buildBlind104,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind104"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("pays no party more than its pagu, except the planted row", () => {
        const { book: b, wb } = book("bantuan-keuangan-parpol-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const cols = Object.entries(t.columns);
        const pagu = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const real = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0]);
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, colNumber(t.firstCol)) !== "number") continue;
          const p = get(t.sheet, r, pagu);
          const x = get(t.sheet, r, real);
          if (typeof p === "number" && typeof x === "number" && x > p) over.push(r);
        }
        expect(over.length).toBe(1);
      });

      it("takes the Triwulan IV value for the E.81 levels (unit %) and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
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
          expect([r, String(v.formula).startsWith("SUM(")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
        expect(seen.size).toBeGreaterThan(1);
      });
    },
  },
);
