// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81's
// realisasi 2024 K is a sum of quarters exactly where the unit is not "%", and in the recap per
// kecamatan no kecamatan follows up more cases than it found and the TOTAL Jumlah is (4) + (5).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind192 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-ninety-second set of unseen standard-form workbooks (Satpol PP)",
  buildBlind192,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind192"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the flows in the E.81 and takes the Triwulan IV level of the rates", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const k12 = colNumber(t.firstCol) + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("follows up no more cases than found per kecamatan, and the TOTAL Jumlah is (4) + (5)", () => {
        const { book: b, wb } = book("rekap-penegakan-perda-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const [temu, ny, y, j] = [2, 3, 4, 5].map((d) => get(t.sheet, r, c0 + d) as number);
          expect([r, j]).toEqual([r, ny + y]);
          expect([r, j <= temu]).toEqual([r, true]);
        }
      });
    },
  },
);
