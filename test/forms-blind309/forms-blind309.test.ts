// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// sector of the OSS recap has masuk = terbit + ditolak + proses, and the E.81 level rows keep the
// Triwulan IV level while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind309 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 309th set of unseen standard-form workbooks (DPMPTSP, investasi PMA/PMDN, OSS, LKPM)",
  buildBlind309,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind309"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps masuk = terbit + ditolak + dalam proses for every sector of the OSS recap", () => {
        const { book: b, wb } = book("rekap-perizinan-oss-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const v = [1, 2, 3, 4].map((i) => get(t.sheet, r, c0 + i) as number);
          expect([r, v[0]]).toEqual([r, v[1] + v[2] + v[3]]);
        }
      });

      it("keeps the Triwulan IV level in the E.81 level rows and sums the quarters of the flows", () => {
        const { book: b, wb } = book("e81-dpmptsp-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.firstDataRow + 7; r++) {
          const q = [0, 1, 2, 3].map((i) => get(t.sheet, r, c0 + 11 + 2 * i) as number);
          const k12 = get(t.sheet, r, c0 + 19) as number;
          const sat = get(t.sheet, r, c0 + 4);
          const level = sat === "%" || sat === "nilai";
          expect([r, k12]).toEqual([r, level ? q[3] : q[0] + q[1] + q[2] + q[3]]);
        }
      });
    },
  },
);
