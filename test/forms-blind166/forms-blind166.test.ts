// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// puskesmas has more treatment successes than patients treated, and the E.81 levels take Triwulan IV
// while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind166 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-sixty-sixth set of unseen standard-form workbooks (Dinkes, penyakit menular)",
  buildBlind166,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind166"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("has no puskesmas with more successes than patients treated, and sembuh + lengkap = berhasil", () => {
        const { book: b, wb } = book("rekap-kasus-tb-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const [ob, sb, lk, bh] = [7, 8, 9, 10].map((k) => get(t.sheet, r, c0 + k) as number);
          expect([r, bh === sb + lk, bh <= ob]).toEqual([r, true, true]);
        }
      });

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const c0 = colNumber(t.firstCol);
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, c0 + 15).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, c0 + 4).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });
    },
  },
);
