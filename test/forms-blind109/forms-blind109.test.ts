// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// road row of the recap has Panjang = Baik + Sedang + Rusak Ringan + Rusak Berat and Mantap = Baik +
// Sedang, and the E.81's year K (12) is a sum of quarters exactly where the indicator is not a "%".
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind109 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-ninth set of unseen standard-form workbooks (Dinas SDA dan Bina Marga)",
  buildBlind109,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind109"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the four road conditions to the Panjang of every kecamatan, and Baik + Sedang to the Mantap", () => {
        const { book: b, wb } = book("rekap-kondisi-jalan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        let rows = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c0) !== "number") continue;
          const v = [2, 3, 4, 5, 6, 7].map((k) => get(t.sheet, r, c0 + k) as number);
          expect([r, Math.abs(v[0] - (v[1] + v[2] + v[3] + v[4])) < 1e-6]).toEqual([r, true]);
          expect([r, Math.abs(v[5] - (v[1] + v[2])) < 1e-6]).toEqual([r, true]);
          rows++;
        }
        expect(rows).toBe(7);
      });

      it("takes the Triwulan IV value as the year K of the E.81 rates and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-evaluasi-renja-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const c0 = colNumber(t.firstCol);
        const k12 = c0 + 4 + 14;
        const seen = new Set<boolean>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const rate = String(ws.getCell(r, c0 + 3).value).includes("(%)");
          seen.add(rate);
          expect([r, String(v.formula).includes("+")]).toEqual([r, !rate]);
        }
        expect([...seen].sort()).toEqual([false, true]);
      });
    },
  },
);
