// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan records more KTP-el pemula than it has, and the KIA year-end row keeps the TW IV levels.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind294 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 294th set of unseen standard-form workbooks (Disdukcapil, jemput bola, akta anak, KIA, KTP-el pemula)",
  buildBlind294,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind294"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("records no more KTP-el pemula in a kecamatan than it has wajib KTP-el", () => {
        const { book: b, wb } = book("rekap-ktp-el-pemula-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect((get(t.sheet, r, c0 + 6) as number) <= (get(t.sheet, r, c0 + 2) as number)).toBe(true);
      });

      it("keeps the Triwulan IV sasaran and kumulatif in the KIA year-end row", () => {
        const { book: b, wb } = book("rekap-akta-anak-kia-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (const dc of [1, 3])
          expect(get(t.sheet, t.lastDataRow, c0 + dc)).toEqual(get(t.sheet, t.lastDataRow - 1, c0 + dc));
      });
    },
  },
);
