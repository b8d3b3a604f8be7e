// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// rate rows take the Triwulan IV level while the flows add their quarters, and no armada pos reports more
// units siap operasi than it has.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind106 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-and-sixth set of unseen standard-form workbooks (Dinas Damkar)", buildBlind106, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind106"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV level for the E.81 rate rows and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-renja-damkar-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const first = colNumber(t.firstCol);
      const sat = first + 4;
      // K (12) is the 9th K | Rp pair column after the five leading columns: 5,6,7,8,9,10,11 then 12
      const k12 = first + 5 + 2 * 7;
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

    it("never has more armada siap operasi than armada at a pos", () => {
      const { book: b, wb } = book("penyelamatan-non-kebakaran-");
      const t = b.expected().tables.find((x) => x.sheet === "Armada")!;
      const get = getter(wb);
      const first = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const j = get(t.sheet, r, first + 5);
        const siap = get(t.sheet, r, first + 6);
        expect(typeof j === "number" && typeof siap === "number" && siap <= j).toBe(true);
      }
    });
  },
});
