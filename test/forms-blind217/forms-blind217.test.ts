// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level row keeps the Triwulan IV value while its flows add up, and no kecamatan of the
// pupuk recap redeems more than its e-RDKK alokasi.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind217 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 217th set of unseen standard-form workbooks (Distan, alsintan, pupuk bersubsidi and LTT padi)",
  buildBlind217,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind217"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in column 12 K of the % row and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        // program (level), kegiatan and sub kegiatan .0002 (flows); .0001 holds a planted 12 K
        for (const r of [t.firstDataRow, t.firstDataRow + 1, t.firstDataRow + 3]) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("keeps every kecamatan's realisasi tebus at or below its alokasi", () => {
        const { book: b, wb } = book("rekap-tebus-pupuk-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++)
          for (const [al, re] of [
            [3, 4],
            [6, 7],
          ])
            expect(get(t.sheet, r, c0 + re) as number).toBeLessThanOrEqual(
              get(t.sheet, r, c0 + al) as number,
            );
      });
    },
  },
);
