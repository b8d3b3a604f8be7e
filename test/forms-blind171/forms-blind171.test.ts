// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// months of use of every puskesmas are its stock over its monthly use, and the E.81 realisasi K adds
// the quarters exactly where the unit is not "%".
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind171 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the forms-blind171 set of unseen standard-form workbooks (Dinkes, kefarmasian)",
  buildBlind171,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind171"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("gives every puskesmas its stock in months of use (stok / pemakaian)", () => {
        const { book: b, wb } = book("rekap-stok-obat-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        let n = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const stok = get(t.sheet, r, c0 + 6);
          const pakai = get(t.sheet, r, c0 + 7);
          const bln = get(t.sheet, r, c0 + 8);
          if (typeof stok !== "number" || typeof pakai !== "number") continue;
          expect([r, Math.abs((bln as number) - stok / pakai) <= 0.05]).toEqual([r, true]);
          n++;
        }
        expect(n).toBe(9);
      });

      it("adds the quarters of the flows in the E.81 and takes Triwulan IV for the % level", () => {
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
