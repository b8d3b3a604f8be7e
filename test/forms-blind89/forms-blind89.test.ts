// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// pajak JUMLAH adds the PBJT subtotal and the other jenis (never the rincian twice), and the E.81 level
// rows take the Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind89 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the eighty-ninth set of unseen standard-form workbooks (Bapenda)", buildBlind89, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind89"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the PBJT subtotal and the other jenis in the JUMLAH row, never the rincian twice", () => {
      const { book: b, wb } = book("realisasi-pajak-daerah-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const kode = colNumber(t.firstCol) + 1;
      const jml = colNumber(t.lastCol) - 2;
      let top = 0;
      let total = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const k = get(t.sheet, r, kode);
        const v = get(t.sheet, r, jml);
        if (typeof k === "string" && k.split(".").length === 4 && typeof v === "number") top += v;
        if (r === t.lastDataRow && typeof v === "number") total = v;
      }
      expect(Math.abs(top - total)).toBeLessThan(0.5);
    });

    it("takes the Triwulan IV value for the E.81 levels and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-renja-2024-e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const sat = c0 + 4;
      const q = [0, 1, 2, 3].map((i) => c0 + 11 + 2 * i);
      const k12 = c0 + 19;
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const s = get(t.sheet, r, sat);
        if (typeof s !== "string" || !/^\d\.\d{2}/.test(String(get(t.sheet, r, c0 + 1)))) continue;
        seen.add(s);
        const qs = q.map((c) => get(t.sheet, r, c) as number);
        const want = s === "%" ? qs[3] : qs.reduce((n, v) => n + v, 0);
        expect([r, get(t.sheet, r, k12)]).toEqual([r, want]);
      }
      expect(seen.has("%")).toBe(true);
    });
  },
});
