// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81's realisasi 2024 K is a sum of quarters exactly where the unit is not "%", and the T-C.27's
// kondisi akhir Rp adds the five years except on the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind200 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the two-hundredth set of unseen standard-form workbooks (pendidikan khusus)", buildBlind200, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind200"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the quarters of the E.81 flows and takes Triwulan IV for the levels", () => {
      const { book: b, wb } = book("e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c1 = colNumber(t.firstCol);
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, c1 + 19).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, c1 + 4).value);
        seen.add(sat);
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(seen.has("%")).toBe(true);
    });

    it("gives the T-C.27 kondisi akhir Rp as the five years' Rp, except the planted row", () => {
      const { book: b, wb } = book("tc27-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const off: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        let s = 0;
        for (let y = 0; y < 5; y++) s += get(t.sheet, r, c1 + 6 + 2 * y) as number;
        if (Math.abs(s - (get(t.sheet, r, c1 + 16) as number)) > 0.5) off.push(r);
      }
      expect(off.length).toBe(b.findings.filter((f) => f.rules.includes("kondisi-akhir-mismatch")).length);
    });
  },
});
