// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 levels take the Triwulan IV value while the flows add their quarters, and only the planted
// row of the bantuan keuangan PSU is paid above its pagu.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind99 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the ninety-ninth set of unseen standard-form workbooks (Dinas Perkim)", buildBlind99, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind99"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the % rows of the E.81 and adds the quarters elsewhere", () => {
      const { book: b, wb } = book("evaluasi-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const first = colNumber(t.firstCol);
      const sat = first + 4;
      const k12 = first + 5 + 14;
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

    it("pays no kabupaten above its pagu PSU except the planted row", () => {
      const { book: b, wb } = book("rekap-akses-air-minum-");
      const t = b.expected().tables[1];
      const get = getter(wb);
      const first = colNumber(t.firstCol);
      const over: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const pagu = get(t.sheet, r, first + 2);
        const real = get(t.sheet, r, first + 3);
        if (typeof pagu === "number" && typeof real === "number" && real > pagu) over.push(r);
      }
      // the planted row, and the Jumlah row that follows it is not over
      expect(over.length).toBe(1);
    });
  },
});
