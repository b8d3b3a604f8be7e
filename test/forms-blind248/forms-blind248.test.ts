// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows take the Triwulan IV value while the flows add their quarters, and no recap row
// counts more PBG terbit than applications or more SLF than PBG than menara.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind248 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 248th set of unseen standard-form workbooks (Cipta Karya, PBG, SLF and menara)",
  buildBlind248,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind248"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the E.81 quarters of the flows and keeps the Triwulan IV level of the % rows", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 4; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("never counts more PBG terbit than applications, nor more SLF than PBG than menara", () => {
        const rekap = book("rekap-permohonan-pbg-");
        const [t] = rekap.book.expected().tables;
        let get = getter(rekap.wb);
        let c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 5) as number);
        const side = book("retribusi-pbg-triwulan-");
        const m = side.book.expected().tables[1];
        get = getter(side.wb);
        c0 = colNumber(m.firstCol);
        for (let r = m.firstDataRow; r <= m.lastDataRow; r++) {
          const [td, pbg, slf] = [2, 3, 4].map((i) => get(m.sheet, r, c0 + i) as number);
          expect(slf).toBeLessThanOrEqual(pbg);
          expect(pbg).toBeLessThanOrEqual(td);
        }
      });
    },
  },
);
