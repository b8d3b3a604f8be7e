// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no kapanewon
// handles more kejadian within 15 minutes than it had except the planted one, and the E.81 level rows take
// the Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind148 } from "./build";

import { colNumber } from "../fixtures/util";

soundnessSuite("the set 148 of unseen standard-form workbooks (Satpol PP dan Damkar)", buildBlind148, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind148"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("handles no more kejadian within 15 minutes than a kapanewon had, except the planted one", () => {
      const { book: b, wb } = book("rekap-kejadian-kebakaran-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const over: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        if (typeof get(t.sheet, r, c1) !== "number") continue;
        const jml =
          (get(t.sheet, r, c1 + 2) as number) +
          (get(t.sheet, r, c1 + 3) as number) +
          (get(t.sheet, r, c1 + 4) as number);
        if ((get(t.sheet, r, c1 + 7) as number) > jml) over.push(r);
      }
      expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("percent-out-of-range")).length);
    });

    it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-e81-");
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
      expect(seen.size).toBeGreaterThan(1);
    });
  },
});
