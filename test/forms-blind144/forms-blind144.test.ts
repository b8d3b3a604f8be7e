// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// levels of the E.81 (IKM, SLA rates) take the Triwulan IV value while the flows add their quarters,
// and the investment recap's quarters add up to its sektor JUMLAH.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind144 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-forty-fourth set of unseen standard-form workbooks (DPMPTSP)", buildBlind144, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind144"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
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
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%" && sat !== "indeks"]);
      }
      expect(seen.has("%") && seen.has("dokumen")).toBe(true);
    });

    it("adds the quarterly realisasi up to the sektor recap's JUMLAH Nilai", () => {
      const { book: b, wb } = book("realisasi-investasi-");
      const [left, right] = b.expected().tables;
      const get = getter(wb);
      const jn = colNumber(left.firstCol) + 7;
      const re = colNumber(right.firstCol) + 2;
      let quarters = 0;
      for (let r = right.firstDataRow; r < right.lastDataRow; r++)
        quarters += get(right.sheet, r, re) as number;
      expect(quarters).toBe(get(left.sheet, left.lastDataRow, jn));
    });
  },
});
