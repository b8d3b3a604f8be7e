// The sixty-fourth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the KIA recap's kota shares divide its own totals, the E.81 writes its kinerja targets
// with their unit as text, and the second ASN table counts PNS only.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind64 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the sixty-fourth set of unseen standard-form workbooks", buildBlind64, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind64"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("divides the kota shares of the KIA recap by the kota totals, never adds the shares", () => {
      const { book: b, wb } = book("rekap-kia-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const r = t.lastDataRow;
      expect(get(t.sheet, r, c0)).toBe("KOTA BONTOLEMPA");
      const k1 = get(t.sheet, r, c0 + 4) as number;
      const bumil = get(t.sheet, r, c0 + 2) as number;
      expect(get(t.sheet, r, c0 + 5)).toBeCloseTo((k1 / bumil) * 100, 2);
    });

    it("writes the E.81 kinerja targets with their unit as text", () => {
      const { book: b, wb } = book("e81-renja-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(t.firstCol) + 4;
      const texts: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = get(t.sheet, r, c);
        if (v !== null) texts.push(String(v));
      }
      expect(texts).toContain("4 dokumen");
      expect(texts).toContain("12 bulan");
      for (const x of texts) expect(x).toMatch(/^\d+ [a-z]+$/);
    });

    it("counts PNS only in the second ASN table", () => {
      const { book: b, wb } = book("rekap-asn-");
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).toBe(t2.sheet);
      const get = getter(wb);
      const pns = get(t1.sheet, t1.lastDataRow, colNumber(t1.firstCol) + 6) as number;
      const asn = get(t1.sheet, t1.lastDataRow, colNumber(t1.firstCol) + 8) as number;
      const tot = get(t2.sheet, t2.lastDataRow, colNumber(t2.firstCol) + 4) as number;
      expect(asn).toBeGreaterThan(pns);
      expect(Math.abs(tot - pns)).toBe(10);
    });
  },
});
