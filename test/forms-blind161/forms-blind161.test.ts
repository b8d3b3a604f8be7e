// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27 kondisi akhir Rp adds only the Rp columns of the pairs, and the E.81 realisasi K is a sum of
// quarters exactly where the unit is not "%".
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind161 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the blind161 set of unseen standard-form workbooks (Disnakkeswan)", buildBlind161, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind161"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds only the Rp of the pairs in the T-C.27 kondisi akhir, with one planted row", () => {
      const { book: b, wb } = book("tc27-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const akr = colNumber(t.lastCol) - 1;
      let four = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, akr).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const refs = String(v.formula).split("+");
        for (const ref of refs)
          expect([r, (colNumber(ref.replace(/\d+/g, "")) - colNumber(t.firstCol)) % 2]).toEqual([r, 0]);
        if (refs.length === 4) four++;
      }
      expect(four).toBe(1);
    });

    it("adds the quarters of the E.81 flows and takes Triwulan IV for the percentage", () => {
      const { book: b, wb } = book("evaluasi-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const satCol = colNumber(t.firstCol) + 4;
      const reK = colNumber(t.firstCol) + 5 + 10;
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, reK).value as { formula: string };
        const sat = String(ws.getCell(r, satCol).value);
        seen.add(sat);
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(seen.has("%")).toBe(true);
    });
  },
});
