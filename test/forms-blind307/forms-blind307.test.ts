// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 TPK row keeps the Triwulan IV level while the flows add their quarters, and every share in
// the monthly kunjungan recap except the planted one stays within 0-100.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind307 } from "./build";

soundnessSuite(
  "the 307th set of unseen standard-form workbooks (Dinas Pariwisata, kunjungan, TPK, PAD, desa wisata)",
  buildBlind307,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind307"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the Triwulan IV level of the E.81 TPK row and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const t = b.tables[0];
        const get = getter(wb);
        const v = (k: string, id: string) =>
          get(t.sheet, t.row(id), t.spec.cols.findIndex((c) => c.key === k) + t.left) as number;
        expect(v("k12", "prog")).toBe(v("k11", "prog"));
        for (const id of ["keg", "s1", "s2"])
          expect(v("k12", id)).toBe(v("k8", id) + v("k9", id) + v("k10", id) + v("k11", id));
      });

      it("keeps every monthly % wisman within 0-100 except the planted Desember", () => {
        const { book: b, wb } = book("rekap-kunjungan-");
        const t = b.tables[0];
        const get = getter(wb);
        const col = t.spec.cols.findIndex((c) => c.key === "pw") + t.left;
        const over = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          if ((get(t.sheet, r, col) as number) > 100) over.push(r);
        expect(over).toEqual([t.row("m12")]);
      });
    },
  },
);
