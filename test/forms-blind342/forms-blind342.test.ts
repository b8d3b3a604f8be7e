// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the road
// recap's kondisi columns add up to the panjang (except the planted row), and every zone's cakupan akhir
// is its TW IV level while the SR Jumlah adds the quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind342 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 342th set of unseen standard-form workbooks (Dinas PUPR: kemantapan jalan kabupaten, jembatan, daerah irigasi dalam kondisi baik, air minum dan sanitasi layak)",
  buildBlind342,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind342"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the four kondisi to the panjang jalan in every kecamatan but the planted one", () => {
        const { book: b, wb } = book("rekap-kondisi-jalan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const parts = [3, 4, 5, 6].map((i) => get(t.sheet, r, c0 + i) as number);
          const total = get(t.sheet, r, c0 + 2) as number;
          if (Math.abs(parts.reduce((a, x) => a + x, 0) - total) > 0.001) off.push(r - t.firstDataRow);
        }
        expect(off).toEqual([3]);
      });

      it("keeps the TW IV cakupan as the year's level and sums the SR quarters", () => {
        const { book: b, wb } = book("rekap-sr-air-minum-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          expect(get(t.sheet, r, c0 + 10)).toBe(get(t.sheet, r, c0 + 9));
          if (r === t.firstDataRow + 1) continue;
          const q = [1, 2, 3, 4].map((i) => get(t.sheet, r, c0 + i) as number);
          expect(get(t.sheet, r, c0 + 5)).toBe(q[0] + q[1] + q[2] + q[3]);
        }
      });
    },
  },
);
