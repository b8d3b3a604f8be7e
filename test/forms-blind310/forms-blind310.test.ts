// The set must not lie (../forms/soundness.ts says what is checked), plus a check of its own: in the
// rawat inap recap every room's pasien mati >= 48 jam stays within its pasien mati seluruhnya, and that
// within its pasien keluar.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind310 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 310th set of unseen standard-form workbooks (RSUD: BOR, ALOS, BTO, TOI, NDR, GDR, IKM, BLUD)",
  buildBlind310,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind310"),
    uniqueClean: true,
    extra: (loaded) => {
      it("keeps mati >= 48 jam <= mati seluruhnya <= pasien keluar in every room", () => {
        const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("rekap-bor-alos"))!;
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const [pk, m48, mt] = [5, 6, 7].map((i) => get(t.sheet, r, c0 + i) as number);
          expect(m48).toBeLessThanOrEqual(mt);
          expect(mt).toBeLessThanOrEqual(pk);
        }
      });
    },
  },
);
