// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// % siswa miskin terlayani of every kecamatan stays at or below 100, and the s.d. penyaluran never falls.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind245 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 245th set of unseen standard-form workbooks (Disdik, beasiswa daerah)", buildBlind245, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind245"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps every kecamatan's % siswa miskin terlayani at or below 100", () => {
      const { book: b, wb } = book("rekap-penerima-beasiswa-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(t.firstCol) + 6;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(get(t.sheet, r, c) as number).toBeLessThanOrEqual(100);
    });

    it("never lets the cumulative penyaluran fall from one triwulan to the next", () => {
      const { book: b, wb } = book("penyaluran-beasiswa-triwulan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(t.firstCol) + 3;
      for (let r = t.firstDataRow + 1; r < t.firstDataRow + 4; r++)
        expect(get(t.sheet, r, c) as number).toBeGreaterThanOrEqual(get(t.sheet, r - 1, c) as number);
    });
  },
});
