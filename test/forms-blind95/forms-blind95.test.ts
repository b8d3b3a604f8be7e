// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.79
// level rows take the Triwulan IV value while the flows add their quarters, and no logistics row is
// distributed above what the warehouse held except the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind95 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the ninety-fifth set of unseen standard-form workbooks (Satpol PP and BPBD)", buildBlind95, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind95"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the levels of the E.79 and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-rkpd-e79-");
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
        expect([r, String(v.formula).startsWith("SUM(")]).toEqual([r, unit !== "%"]);
      }
      expect(seen.has("%")).toBe(true);
    });

    it("distributes no logistics above what was available, except the planted row", () => {
      const { book: b, wb } = book("kejadian-bencana-");
      const t = b.expected().tables.find((x) => x.sheet === "Logistik")!;
      const get = getter(wb);
      const cols = Object.entries(t.columns);
      const ada = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
      const sal = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0]);
      let over = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const x = get(t.sheet, r, ada);
        const y = get(t.sheet, r, sal);
        if (typeof x === "number" && typeof y === "number" && y > x) over++;
      }
      expect(over).toBe(1);
    });
  },
});
