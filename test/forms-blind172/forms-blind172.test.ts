// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows (%, indeks) take the Triwulan IV value while the flows add their quarters, and the T-C.27's
// kondisi akhir Rp adds the five Rp columns (never the K between them) except where a mistake is planted.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind172 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-and-seventy-second set of unseen standard-form workbooks (DLH)", buildBlind172, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind172"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const first = colNumber(t.firstCol);
      const satCol = first + 4;
      const rK = first + 15;
      const seen = new Set<boolean>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, rK).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, satCol).value);
        const level = sat === "%" || sat === "indeks";
        seen.add(level);
        expect([r, String(v.formula).includes("+")]).toEqual([r, !level]);
      }
      expect(seen.size).toBe(2);
    });

    it("adds the five Rp columns of the T-C.27 into the kondisi akhir Rp, except the planted row", () => {
      const { book: b, wb } = book("tc27-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const first = colNumber(t.firstCol);
      const rps = [0, 1, 2, 3, 4].map((i) => first + 6 + 2 * i);
      const akRp = first + 16;
      const off: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const total = rps.reduce((n, c) => n + (get(t.sheet, r, c) as number), 0);
        if (Math.abs((get(t.sheet, r, akRp) as number) - total) > 0.5) off.push(r);
      }
      const planted = b.findings.filter((f) => f.rules.includes("kondisi-akhir-mismatch"));
      expect(off.length).toBe(planted.length);
    });
  },
});
