// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no APM of a
// kecamatan is above its APK except the planted one, and the E.81 level rows keep the Triwulan IV level.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind312 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 312th set of unseen standard-form workbooks (Dinas Pendidikan: APK/APM, putus sekolah, BOS)",
  buildBlind312,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind312"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps every kecamatan's siswa usia 7-12 within its siswa seluruhnya and its APM within 100 but one", () => {
        const { book: b, wb } = book("rekap-apk-apm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        let over = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          expect(get(t.sheet, r, c0 + 4) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 3) as number);
          if ((get(t.sheet, r, c0 + 6) as number) > 100) over++;
        }
        expect(over).toBe(1);
      });

      it("keeps the Triwulan IV level as column 12 K of the E.81 level rows", () => {
        const { book: b, wb } = book("e81-disdik-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (const r of [t.firstDataRow, t.firstDataRow + 1])
          expect(get(t.sheet, r, c0 + 18)).toEqual(get(t.sheet, r, c0 + 16));
      });
    },
  },
);
