// The fifty-seventh set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the LKjIP's yearly realisation adds the quarters for the tons and takes TW IV for the
// levels, and the waste-bank kecamatan rows add their desa on every month but the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind57 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifty-seventh set of unseen standard-form workbooks", buildBlind57, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind57"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the quarters for the tons and takes TW IV for the levels, but for the planted row", () => {
      const { book: b, wb } = book("lkjip-2024-pemkab-batu-lanteh-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const off: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const q = [5, 6, 7, 8].map((k) => get(t.sheet, r, c0 + k) as number);
        const y = get(t.sheet, r, c0 + 9) as number;
        const tons = get(t.sheet, r, c0 + 3) === "ton";
        const want = tons ? q[0] + q[1] + q[2] + q[3] : q[3];
        if (Math.abs(want - y) > 0.005) off.push(r);
      }
      expect(off).toHaveLength(1);
    });

    it("adds each kecamatan's desa in every month but one", () => {
      const { book: b, wb } = book("rekap-bank-sampah-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let off = 0;
      let kec = -1;
      const acc: number[] = [];
      const close = () => {
        if (kec < 0) return;
        for (let m = 0; m < 6; m++) if (get(t.sheet, kec, c0 + 3 + m) !== acc[m]) off++;
      };
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        if (typeof get(t.sheet, r, c0) === "string") {
          close();
          kec = r;
          acc.fill(0, 0, 6);
          for (let m = 0; m < 6; m++) acc[m] = 0;
        } else for (let m = 0; m < 6; m++) acc[m] += get(t.sheet, r, c0 + 3 + m) as number;
      }
      close();
      expect(off).toBe(1);
    });
  },
});
