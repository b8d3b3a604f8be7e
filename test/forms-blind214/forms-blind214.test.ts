// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 % rows take the Triwulan IV level, and no kecamatan issues more akta than deaths reported.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind214 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 214th set of unseen standard-form workbooks (Disdukcapil, IKD, akta kematian and PKS)",
  buildBlind214,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind214"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in column 12 K of the E.81 % rows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const t = b.tables[0];
        const get = getter(wb);
        let levels = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (get(t.sheet, r, colNumber(t.c("sat"))) !== "%") continue;
          levels++;
          expect([r, get(t.sheet, r, colNumber(t.c("k12")))]).toEqual([
            r,
            get(t.sheet, r, colNumber(t.c("k11"))),
          ]);
        }
        expect(levels).toBe(2);
      });

      it("issues no more akta kematian per kecamatan (by the quarters) than deaths reported", () => {
        const { book: b, wb } = book("rekap-akta-kematian-");
        const t = b.tables[0];
        const get = getter(wb);
        const n = (k: string, r: number) => get(t.sheet, r, colNumber(t.c(k))) as number;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(n("q1", r) + n("q2", r) + n("q3", r) + n("q4", r)).toBeLessThanOrEqual(n("m", r));
      });
    },
  },
);
