// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27's Rp kondisi akhir adds only the Rp columns (never a range over the K | Rp pairs) except the
// planted row, and the per-TPU recap's petak terpakai never exceed a TPU's kapasitas.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind176 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 176th set of unseen standard-form workbooks (Disperkim, pemakaman)", buildBlind176, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind176"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the T-C.27 Rp kondisi akhir from the Rp columns only, except the planted row", () => {
      const { book: b, wb } = book("tc27-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const akCol = Object.entries(t.columns).filter(
        ([, r]) => Array.isArray(r) && r[0] === "kondisi-akhir",
      )[1][0];
      const ranges: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, colNumber(akCol)).value;
        if (v && typeof v === "object" && "formula" in v && String(v.formula).includes(":")) ranges.push(r);
      }
      const planted = b.findings.filter((f) => f.rules.includes("kondisi-akhir-mismatch"));
      expect(ranges.length).toBe(planted.length);
    });

    it("never fills a TPU beyond its kapasitas", () => {
      const { book: b, wb } = book("rekap-okupansi-tpu-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const kap = get(t.sheet, r, c1 + 3);
        const used = get(t.sheet, r, c1 + 6);
        expect([r, typeof kap === "number" && typeof used === "number" && used <= kap]).toEqual([r, true]);
      }
    });
  },
});
