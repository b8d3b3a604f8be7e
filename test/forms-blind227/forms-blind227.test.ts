// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows keep the Triwulan IV value, and the APK PAUD recap may pass 100 % only by its own
// arithmetic (murid / penduduk), never by a typed number.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind227 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 227th set of unseen standard-form workbooks (Disdik, PAUD and kesetaraan)",
  buildBlind227,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind227"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in column 12 K of the E.81 % rows and sums the flows", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        // Kode, uraian, indikator, satuan, 5 K/Rp, 6 K/Rp, 7 K/Rp, then quarters from offset 10
        for (let r = t.firstDataRow; r <= t.firstDataRow + 5; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, Math.round(k12 * 100)]).toEqual([
            r,
            Math.round((level ? q[3] : q[0] + q[1] + q[2] + q[3]) * 100),
          ]);
        }
      });

      it("has exactly one kecamatan with an APK PAUD above 100, and it is murid / penduduk", () => {
        const { book: b, wb } = book("apk-paud-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const apk = get(t.sheet, r, c0 + 7) as number;
          const murid = [3, 4, 5].reduce((s, i) => s + (get(t.sheet, r, c0 + i) as number), 0);
          expect(apk).toBeCloseTo((murid / (get(t.sheet, r, c0 + 2) as number)) * 100, 2);
          if (apk > 100) over.push(r);
        }
        expect(over.length).toBe(1);
      });
    },
  },
);
