// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// sub kegiatan (flows) add their four quarters in (12) K, and no perangkat daerah of the konsistensi
// recap has more konsisten programs than RKPD programs.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind351 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 351th set of unseen standard-form workbooks (Bappeda: indikator makro (IPM, kemiskinan, TPT, pertumbuhan ekonomi, gini), capaian RPJMD, konsistensi RKPD-APBD)",
  buildBlind351,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind351"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the four quarters of the E.81 sub kegiatan in (12) K and keeps TW IV for the % rows", () => {
        const { book: b, wb } = book("e81-bappeda-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.firstDataRow + 3; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 10 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 18) as number;
          const level = get(t.sheet, r, c0 + 3) === "%";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("keeps every perangkat daerah's konsisten programs within its RKPD programs", () => {
        const { book: b, wb } = book("rekap-konsistensi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
      });
    },
  },
);
