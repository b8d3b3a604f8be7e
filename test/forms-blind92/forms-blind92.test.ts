// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81's realisation K of the year is a sum of quarters exactly where the unit is a count, and the
// 20 JP quarters never fall (they are cumulative levels) and never pass the ASN of the unit.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind92 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the ninety-second set of unseen standard-form workbooks (BKPSDM)", buildBlind92, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind92"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the quarters of the E.81 flows and takes Triwulan IV for the levels", () => {
      const { book: b, wb } = book("evaluasi-e81-");
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
        expect([r, String(v.formula).includes("+")]).toEqual([r, unit === "orang"]);
      }
      expect(seen.has("indeks") && seen.has("%") && seen.has("orang")).toBe(true);
    });

    it("keeps the cumulative 20 JP quarters rising and within the ASN of each unit", () => {
      const { book: b, wb } = book("asn-20-jp-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const asn = get(t.sheet, r, c1 + 2) as number;
        const q = [3, 4, 5, 6].map((k) => get(t.sheet, r, c1 + k) as number);
        for (let i = 1; i < 4; i++) expect([r, q[i] >= q[i - 1]]).toEqual([r, true]);
        expect([r, q[3] <= asn]).toEqual([r, true]);
      }
    });
  },
});
