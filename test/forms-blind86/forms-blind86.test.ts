// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81's realisasi K adds its quarters exactly where the unit is not "%", and no count of certified
// bidang or of KKPR exceeds what it counts except where a mistake is planted.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind86 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the eighty-sixth set of unseen standard-form workbooks (penataan ruang dan pertanahan)",
  buildBlind86,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind86"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows and keeps the Triwulan IV level for the % rows", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const sat = c1 + 5;
        const q = [0, 1, 2, 3].map((i) => c1 + 12 + 2 * i);
        const k12 = c1 + 20;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const unit = get(t.sheet, r, sat);
          if (typeof get(t.sheet, r, c1) !== "number" || typeof unit !== "string") continue;
          seen.add(unit);
          const qs = q.map((c) => get(t.sheet, r, c));
          const want =
            unit === "%" ? qs[3] : qs.reduce<number>((n, v) => n + (typeof v === "number" ? v : 0), 0);
          expect([r, get(t.sheet, r, k12)]).toEqual([r, want]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("certifies no more bidang than a Perangkat Daerah holds and issues no more KKPR than requested, except the planted row", () => {
        const { book: b, wb } = book("rekap-sertifikasi-");
        const get = getter(wb);
        const [t1, t2] = b.expected().tables;
        const over: string[] = [];
        for (let r = t1.firstDataRow; r < t1.lastDataRow; r++) {
          const held = get(t1.sheet, r, colNumber(t1.firstCol) + 2) as number;
          const done = get(t1.sheet, r, colNumber(t1.firstCol) + 9) as number;
          if (done > held) over.push(`${t1.sheet}!${r}`);
        }
        for (let r = t2.firstDataRow; r < t2.lastDataRow; r++) {
          const asked = get(t2.sheet, r, colNumber(t2.firstCol) + 2) as number;
          const parts = [3, 4, 6, 7].map((d) => get(t2.sheet, r, colNumber(t2.firstCol) + d) as number);
          expect([r, parts.reduce((n, v) => n + v, 0)]).toEqual([r, asked]);
        }
        expect(over.length).toBe(1);
      });
    },
  },
);
