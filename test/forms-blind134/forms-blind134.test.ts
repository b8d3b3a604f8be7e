// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows take the Triwulan IV value while the flows add their quarters, and no kecamatan
// spends more than its logistics pagu except the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind134 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the blind134 set of unseen standard-form workbooks (BPBD)", buildBlind134, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind134"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the E.81 levels and adds the quarters of the flows", () => {
      const { book: b, wb } = book("e81-renja-bpbd-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const first = colNumber(t.firstCol);
      const k12 = first + 5 + 14;
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k12).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, first + 4).value);
        seen.add(sat);
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(seen.has("%")).toBe(true);
    });

    it("spends no kecamatan's logistics above its pagu, except the planted row", () => {
      const { book: b, wb } = book("rekap-risiko-logistik-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const over: number[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const pagu = get(t.sheet, r, colNumber(t.firstCol) + 7);
        const real = get(t.sheet, r, colNumber(t.firstCol) + 8);
        if (typeof pagu === "number" && typeof real === "number" && real > pagu) over.push(r);
      }
      expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
    });
  },
});
