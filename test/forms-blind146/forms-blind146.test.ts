// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows take the Triwulan IV value while the flows add their quarters, and no kecamatan has more
// proposals accommodated than it sent.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind146 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-forty-sixth set of unseen standard-form workbooks (Bappeda, RKPD evaluation)",
  buildBlind146,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind146"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-evaluasi-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const k12 = colNumber(t.firstCol) + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("accommodates no more proposals or money than a kecamatan sent", () => {
        const { book: b, wb } = book("rekap-usulan-musrenbang-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const [us, pu, ak, pa] = [3, 4, 5, 6].map((d) => get(t.sheet, r, c0 + d) as number);
          expect([r, ak <= us, pa <= pu]).toEqual([r, true, true]);
        }
      });
    },
  },
);
