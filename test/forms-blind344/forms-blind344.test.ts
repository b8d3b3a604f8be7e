// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows keep the Triwulan IV level while flows add their quarters, and no kecamatan has more
// dropouts than pupils.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind344 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 344th set of unseen standard-form workbooks (Dinas Pendidikan: APK dan APM SD/SMP, angka putus sekolah, sekolah terakreditasi, guru bersertifikat pendidik, rata-rata lama sekolah)",
  buildBlind344,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind344"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level in the E.81 % rows and sums the quarters of the flows", () => {
        const { book: b, wb } = book("e81-dikbud-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect(Math.abs(k12 - (level ? q[3] : q[0] + q[1] + q[2] + q[3]))).toBeLessThan(1e-6);
        }
      });

      it("has no kecamatan with more dropouts than pupils", () => {
        const { book: b, wb } = book("rekap-putus-sekolah-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThan(get(t.sheet, r, c0 + 2) as number);
          expect(get(t.sheet, r, c0 + 6) as number).toBeLessThan(get(t.sheet, r, c0 + 5) as number);
        }
      });
    },
  },
);
