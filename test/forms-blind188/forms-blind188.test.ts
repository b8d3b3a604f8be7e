// The set must not lie (../forms/soundness.ts), plus its own arithmetic: the E.81 level rows take Triwulan IV,
// and only the planted row of the recap has a kartu tani share above 100 %.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind188 } from "./build";

soundnessSuite("the set forms-blind188 (Dinas Pertanian, penyuluhan)", buildBlind188, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind188"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    it("has one kartu tani share above 100 %, the planted one", () => {
      const { book: b, wb } = book("rekap-bpp-");
      const t = b.tables[1];
      const get = getter(wb);
      const col = t.left + t.spec.cols.findIndex((c) => c.key === "pct");
      const over: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = get(t.sheet, r, col);
        if (typeof v === "number" && v > 100) over.push(r);
      }
      expect(over).toEqual([t.row("b4")]);
    });
    it("keeps the E.81 Rp (13) = (6) + (12) in every row", () => {
      const { book: b, wb } = book("e81-");
      const t = b.tables[0];
      const get = getter(wb);
      const at = (k: string) => t.left + t.spec.cols.findIndex((c) => c.key === k);
      for (const id of ["prog", "keg", "s1", "s2", "s3"]) {
        const r = t.row(id);
        expect(get(t.sheet, r, at("rp13"))).toBeCloseTo(
          (get(t.sheet, r, at("rp6")) as number) + (get(t.sheet, r, at("rp12")) as number),
          6,
        );
      }
    });
  },
});
