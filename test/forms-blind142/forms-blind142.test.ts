import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind142 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-forty-fourth set of unseen standard-form workbooks (Inspektorat and Bagian Hukum)",
  buildBlind142,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind142"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("splits every perangkat daerah's recommendations into S + BS + BD", () => {
        const { book: b, wb } = book("rekap-status-tindak-lanjut-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const [rek, st, bs, bd] = [3, 4, 5, 6].map((d) => get(t.sheet, r, c0 + d) as number);
          expect([r, rek]).toEqual([r, st + bs + bd]);
        }
      });

      it("sums the five years' Rp into the T-C.27 kondisi akhir except in the planted row", () => {
        const { book: b, wb } = book("tc27-renstra-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const years = [6, 8, 10, 12, 14].map((d) => get(t.sheet, r, c0 + d) as number);
          if (Math.abs(years.reduce((x, y) => x + y, 0) - (get(t.sheet, r, c0 + 16) as number)) > 0.5)
            off.push(r);
        }
        const planted = b.findings.filter((f) => f.rules.includes("kondisi-akhir-mismatch"));
        expect(off.length).toBe(planted.length);
      });
    },
  },
);
