// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the nilai AKIP
// is the sum of its four components except the planted row, and the E.81 adds quarters only for flows.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind130 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-thirty-second set of unseen standard-form workbooks (Setwan and Bagian Organisasi)",
  buildBlind130,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind130"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the four AKIP components into the nilai of every PD, except the planted PUPR row", () => {
        const { book: b, wb } = book("rekap-nilai-akip-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const parts = [2, 3, 4, 5].map((j) => get(t.sheet, r, c1 + j) as number);
          const n = get(t.sheet, r, c1 + 6) as number;
          if (Math.abs(parts.reduce((x, y) => x + y, 0) - n) > 0.006) off.push(r);
        }
        expect(off.length).toBe(1);
      });

      it("adds the quarters of the E.81 flows only, and takes the Triwulan IV level of the rest", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const c1 = colNumber(t.firstCol);
        const k12 = c1 + 5 + 14;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, c1 + 4).value);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat === "PD" || sat === "dokumen"]);
        }
      });
    },
  },
);
