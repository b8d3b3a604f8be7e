// The seventieth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the KB recap's shares divide each row's counts, and the E.81's level indicators take
// their Triwulan IV value.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind70 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventieth set of unseen standard-form workbooks", buildBlind70, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind70"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("divides every kecamatan's CPR by its own PUS in the KB recap", () => {
      const { book: b, wb } = book("rekap-pus-peserta-kb-aktif-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const pus = get(t.sheet, r, c0 + 2) as number;
        const pa = get(t.sheet, r, c0 + 5) as number;
        const cpr = get(t.sheet, r, c0 + 6) as number;
        expect([r, Math.abs(cpr - (pa / pus) * 100) < 0.01]).toEqual([r, true]);
      }
    });

    it("takes the Triwulan IV value of the E.81's level indicators", () => {
      const { book: b, wb } = book("evaluasi-hasil-renja-e81-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let levels = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = String(get(t.sheet, r, c0 + 4));
        if (sat !== "%" && sat !== "nagari") continue;
        levels++;
        expect([r, get(t.sheet, r, c0 + 15)]).toEqual([r, get(t.sheet, r, c0 + 13)]);
      }
      expect(levels).toBe(3);
    });
  },
});
