// The set must not lie (../forms/soundness.ts), plus checks of its own: the parkir zones' Jumlah adds
// their quarters, and the T-C.27 kondisi akhir Rp adds the five years' Rp only (never the K columns).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind186 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set forms-blind186 (Dinas Perhubungan: parkir, uji KIR, terminal)", buildBlind186, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind186"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the five years' Rp into the T-C.27 kondisi akhir Rp", () => {
      const { book: b, wb } = book("tc27-renstra-pju");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const cols = Object.entries(t.columns);
      const rp = cols.filter(([, r]) => Array.isArray(r) && r[0] === "anggaran").map(([l]) => colNumber(l));
      const akhir = cols.filter(([, r]) => r === "kondisi-akhir").map(([l]) => colNumber(l))[1];
      expect(rp.length).toBe(5);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const total = rp.reduce((n, c) => n + (get(t.sheet, r, c) as number), 0);
        expect([r, get(t.sheet, r, akhir)]).toEqual([r, total]);
      }
    });

    it("gives every parkir zone a Jumlah equal to its four quarters", () => {
      const { book: b, wb } = book("rekap-retribusi-parkir");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const q = [4, 5, 6, 7].map((j) => get(t.sheet, r, c1 + j) as number);
        expect([r, get(t.sheet, r, c1 + 8)]).toEqual([r, q.reduce((n, v) => n + v, 0)]);
      }
    });
  },
});
