// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan insures more nelayan than it has, and the T-C.27 kondisi akhir K of the % rows is the
// Tahun ke-5 target.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind313 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 313th set of unseen standard-form workbooks (DKP: produksi, konsumsi ikan, asuransi nelayan, TPI)",
  buildBlind313,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind313"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every kecamatan's insured nelayan at or below its nelayan", () => {
        const { book: b, wb } = book("rekap-produksi-nelayan-asuransi-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });

      it("gives the % rows of the T-C.27 their Tahun ke-5 target as kondisi akhir", () => {
        const { book: b, wb } = book("tc27-dinas-perikanan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        let seen = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          if (get(t.sheet, r, c0 + 3) !== "%") continue;
          seen++;
          expect(get(t.sheet, r, c0 + 15)).toBe(get(t.sheet, r, c0 + 13));
        }
        expect(seen).toBe(2);
      });
    },
  },
);
