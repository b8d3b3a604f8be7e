// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows take the Triwulan IV value while the flows add their quarters, and the T-C.27 kondisi
// akhir Rp adds the five years on every row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind122 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-twenty-second set of unseen standard-form workbooks (Dinas Perdagangan dan Metrologi)",
  buildBlind122,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind122"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the % rows of the E.81 and adds the quarters of the others", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const c1 = colNumber(t.firstCol);
        const sat = c1 + 4;
        const k12 = c1 + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const unit = String(ws.getCell(r, sat).value);
          seen.add(unit);
          expect([r, String(v.formula).includes("+")]).toEqual([r, unit !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
        expect(seen.size).toBeGreaterThan(1);
      });

      it("adds the five years' Rp into the kondisi akhir Rp of every T-C.27 row", () => {
        const { book: b, wb } = book("renstra-tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const rp = Object.entries(t.columns)
          .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
          .map(([l]) => colNumber(l));
        const ak = Object.entries(t.columns)
          .filter(([, r]) => r === "kondisi-akhir")
          .map(([l]) => colNumber(l));
        expect(rp.length).toBe(5);
        let rows = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const total = get(t.sheet, r, ak[1]);
          if (typeof total !== "number") continue;
          const years = rp.map((c) => get(t.sheet, r, c) as number).reduce((n, v) => n + v, 0);
          expect([r, Math.abs(total - years) < 0.5]).toEqual([r, true]);
          rows++;
        }
        expect(rows).toBe(t.lastDataRow - t.firstDataRow + 1);
      });
    },
  },
);
