// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// retribusi JUMLAH row adds every pasar, and the per-kecamatan table beside it adds up to the same total.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind346 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 346th set of unseen standard-form workbooks (Dinas Perdagangan: harga bahan pokok, pasar rakyat direvitalisasi, tera ulang UTTP, retribusi pasar per los dan kios, ekspor UMKM)",
  buildBlind346,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind346"),
    uniqueClean: true,
    extra: (loaded) => {
      it("adds the per-kecamatan realisasi up to the JUMLAH of the retribusi recap", () => {
        const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("rekap-retribusi-"))!;
        const [t, k] = b.expected().tables;
        const get = getter(wb);
        const jml = get(t.sheet, t.lastDataRow, colNumber(t.lastCol) - 1) as number;
        let sum = 0;
        for (let r = k.firstDataRow; r <= k.lastDataRow; r++)
          sum += get(k.sheet, r, colNumber(k.lastCol)) as number;
        expect(sum).toBe(jml);
      });

      it("keeps every Renstra kondisi akhir of a % indicator at its Tahun ke-5 target", () => {
        const { book: b, wb } = loaded().find((l) => l.book.file.startsWith("pk-2025-"))!;
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.lastCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          if (get(t.sheet, r, 3) === "%") expect(get(t.sheet, r, c)).toBe(get(t.sheet, r, c - 1));
      });
    },
  },
);
