// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// produksi recap's Jumlah row adds the kecamatan, and the E.81 level rows keep the Triwulan IV level.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind352 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 352th set of unseen standard-form workbooks (Dinas Kelautan dan Perikanan: produksi perikanan tangkap dan budidaya per kecamatan, nelayan berasuransi, konsumsi ikan per kapita, kapal)",
  buildBlind352,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind352"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the kecamatan of every quarter in the produksi recap's Jumlah row", () => {
        const { book: b, wb } = book("rekap-produksi-tangkap-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let c = c0 + 1; c <= c0 + 4; c++) {
          let s = 0;
          for (let r = t.firstDataRow; r < t.lastDataRow; r++) s += get(t.sheet, r, c) as number;
          expect(get(t.sheet, t.lastDataRow, c) as number).toBeCloseTo(s, 6);
        }
      });

      it("keeps the Triwulan IV level in the E.81 (13) K of every % row", () => {
        const { book: b, wb } = book("e81-renja-dkp-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow - 2; r++)
          if (get(t.sheet, r, c0 + 3) === "%")
            expect(get(t.sheet, r, c0 + 18)).toBe(get(t.sheet, r, c0 + 16));
      });
    },
  },
);
