// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// recap's Belum Rekam is Wajib - Sudah Rekam on every kecamatan but the planted one, and the T-C.27's
// kondisi akhir Rp is the sum of the five years on every row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind149 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-forty-ninth set of unseen standard-form workbooks (Disdukcapil)", buildBlind149, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind149"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const num = (v: unknown): number => (typeof v === "number" ? v : NaN);

    it("leaves Wajib - Sudah Rekam unequal to Belum Rekam only on the planted kecamatan", () => {
      const { book: b, wb } = book("rekap-perekaman-");
      const t = b.tables[0];
      const get = getter(wb);
      const col = (k: string) => colNumber(t.c(k));
      const off: string[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const [w, s, n] = ["wajib", "rekam", "belum"].map((k) => num(get(t.sheet, r, col(k))));
        if (w - s !== n) off.push(`${t.c("belum")}${r}`);
      }
      expect(off).toEqual(b.findings.filter((f) => f.rules.includes("hardcoded-value")).map((f) => f.cell));
    });

    it("keeps the T-C.27's kondisi akhir Rp equal to the five years added on every row", () => {
      const { book: b, wb } = book("tc27-renstra-");
      const t = b.tables[0];
      const get = getter(wb);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const years = [1, 2, 3, 4, 5].map((y) => num(get(t.sheet, r, colNumber(t.c(`rp${y}`)))));
        const total = num(get(t.sheet, r, colNumber(t.c("rpak"))));
        expect([r, total]).toEqual([r, years.reduce((n, v) => n + v, 0)]);
      }
    });
  },
});
