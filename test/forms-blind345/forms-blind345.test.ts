// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// vaksinasi recap's row totals add their quarters except where planted, and the PK sheet's other
// targets are the Renstra Tahun ke-1 targets.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind345 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 345th set of unseen standard-form workbooks (Dinas Peternakan dan Kesehatan Hewan: populasi ternak, vaksinasi rabies dan PMK, inseminasi buatan, produksi daging dan telur, pemotongan di RPH)",
  buildBlind345,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind345"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the four quarters into every kecamatan's Jumlah Divaksin", () => {
        const { book: b, wb } = book("rekap-vaksinasi-rabies-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const q = [2, 3, 4, 5].map((i) => get(t.sheet, r, c0 + i) as number);
          expect([r, get(t.sheet, r, c0 + 6)]).toEqual([r, q[0] + q[1] + q[2] + q[3]]);
        }
      });

      it("takes the PK targets from Renstra Tahun ke-1 except the planted konsumsi protein", () => {
        const { book: b, wb } = book("pk-2025-");
        const [renstra, pk] = b.expected().tables;
        const get = getter(wb);
        const n = pk.lastDataRow - pk.firstDataRow + 1;
        const diff = [];
        for (let i = 0; i < n; i++) {
          const p = get(pk.sheet, pk.firstDataRow + i, colNumber(pk.lastCol)) as number;
          const r = get(renstra.sheet, renstra.firstDataRow + i, colNumber(renstra.firstCol) + 4) as number;
          if (p !== r) diff.push(i);
        }
        expect(diff).toEqual([3]);
      });
    },
  },
);
