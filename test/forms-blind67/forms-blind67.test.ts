// The sixty-seventh set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own that the shared suite cannot express: the bansos recap never adds KPM across programs,
// the Kesbangpol Renja's recap by sumber dana stands under Tabel 1 on the same sheet, and the row-wise
// LKjIP gives every indicator a block of three rows.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind67 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the sixty-seventh set of unseen standard-form workbooks", buildBlind67, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind67"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("never adds KPM across programs in the bansos recap", () => {
      const { book: b, wb } = book("rekap-penerima-bansos-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const heads: string[] = [];
      for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
        for (let r = t.header[0]; r <= t.header[1]; r++) heads.push(String(get(t.sheet, r, c) ?? ""));
      expect(heads.filter((h) => /KPM/.test(h) && /jumlah|total/i.test(h))).toEqual([]);
    });

    it("stands the recap by sumber dana under Tabel 1 of the Kesbangpol Renja", () => {
      const { book: b } = book("renja-2026-kesbangpol-");
      const [t1, t2] = b.expected().tables;
      expect(t2.sheet).toBe(t1.sheet);
      expect(t2.header[0]).toBeGreaterThan(t1.lastDataRow + 1);
      expect(t2.firstCol).toBe("B");
    });

    it("gives every indicator of the row-wise LKjIP a block of Tgt / Real / % Capaian rows", () => {
      const { book: b, wb } = book("lkjip-2024-diskopukm-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const u = colNumber(t.firstCol) + 4;
      const labels: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) labels.push(String(get(t.sheet, r, u)));
      expect(labels.length % 3).toBe(0);
      for (let i = 0; i < labels.length; i += 3)
        expect(labels.slice(i, i + 3)).toEqual(["Tgt", "Real", "% Capaian"]);
      expect(t.columns).toEqual({});
    });
  },
});
