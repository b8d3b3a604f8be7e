// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27 kondisi akhir Rp is the five years added on every row, and the E.81 level rows take the
// Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind116 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-sixteenth set of unseen standard-form workbooks (Bapenda / BPKPAD)",
  buildBlind116,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind116"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the five years into the T-C.27 kondisi akhir Rp on every row", () => {
        const { book: b, wb } = book("tc27-renstra-bpkpad-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const rp = Object.entries(t.columns)
          .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
          .map(([l]) => colNumber(l));
        const akhir = Object.entries(t.columns)
          .filter(([, r]) => r === "kondisi-akhir")
          .map(([l]) => colNumber(l));
        expect(rp.length).toBe(5);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const years = rp.map((c) => get(t.sheet, r, c) as number).reduce((n, v) => n + v, 0);
          expect([r, get(t.sheet, r, akhir[1])]).toEqual([r, years]);
        }
      });

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-renja-bapenda-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const ind = colNumber(t.firstCol) + 3;
        const q1 = colNumber(t.firstCol) + 10;
        const k12 = q1 + 8;
        let levels = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const name = String(get(t.sheet, r, ind) ?? "");
          const kode = String(get(t.sheet, r, ind - 2) ?? "");
          if (!name || !/^5\.02\.04/.test(kode)) continue;
          const qs = [0, 2, 4, 6].map((d) => get(t.sheet, r, q1 + d) as number);
          const want = name.endsWith("(%)") ? qs[3] : qs.reduce((n, v) => n + v, 0);
          if (name.endsWith("(%)")) levels++;
          expect([r, get(t.sheet, r, k12)]).toEqual([r, want]);
        }
        expect(levels).toBe(2);
      });
    },
  },
);
