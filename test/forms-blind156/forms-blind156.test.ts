// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the ASN
// recap adds up row by row except the planted Jumlah ASN, and the T-C.27 programs carry the Rp of
// their kegiatan in every year.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind156 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set of unseen standard-form workbooks numbered 156 (BKPSDM)", buildBlind156, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind156"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the golongan to Jumlah PNS and PNS + PPPK to Jumlah ASN, except the planted row", () => {
      const { book: b, wb } = book("rekap-asn-golongan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const num = (r: number, k: number) => get(t.sheet, r, c0 + k) as number;
      const off: number[] = [];
      let rows = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        rows++;
        expect(num(r, 2) + num(r, 3) + num(r, 4) + num(r, 5)).toBe(num(r, 6));
        if (num(r, 6) + num(r, 7) !== num(r, 8)) off.push(r);
      }
      expect(rows).toBe(10);
      expect(off.length).toBe(b.findings.filter((f) => f.rules.includes("hardcoded-value")).length);
    });

    it("gives every T-C.27 program the Rp of its kegiatan in each year", () => {
      const { book: b, wb } = book("tc27-renstra-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const rpCols = Object.entries(t.columns)
        .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
        .map(([l]) => colNumber(l));
      expect(rpCols.length).toBe(5);
      const progs: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        if (String(get(t.sheet, r, c0)).split(".").length === 3) progs.push(r);
      expect(progs.length).toBe(2);
      progs.forEach((p, i) => {
        const end = progs[i + 1] ?? t.lastDataRow + 1;
        for (const c of rpCols) {
          let s = 0;
          for (let r = p + 1; r < end; r++) s += get(t.sheet, r, c) as number;
          expect(get(t.sheet, p, c)).toBe(s);
        }
      });
    });
  },
});
