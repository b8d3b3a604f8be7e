// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the ASN
// recap's JUMLAH row adds its units, and the E.81 level row keeps the Triwulan IV level while the
// flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind350 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 350th set of unseen standard-form workbooks (BKPSDM: ASN per golongan dan pendidikan, pengembangan kompetensi 20 JP, indeks profesionalitas ASN, kenaikan pangkat tepat waktu)",
  buildBlind350,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind350"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in the E.81 % row and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-bkpsdm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const level = get(t.sheet, r, c0 + 4) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("adds every unit into the JUMLAH row of the ASN recap, and the pendidikan Jumlah of a unit is its total", () => {
        const { book: b, wb } = book("rekap-asn-golongan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const pj = c0 + 11;
        let total = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const parts = [7, 8, 9, 10].map((i) => get(t.sheet, r, c0 + i) as number);
          expect(get(t.sheet, r, pj)).toBe(parts.reduce((x, y) => x + y, 0));
          total += get(t.sheet, r, pj) as number;
        }
        expect(get(t.sheet, t.lastDataRow, pj)).toBe(total);
      });
    },
  },
);
