// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// levels take the Triwulan IV value while the flows add their quarters, and the recap's Sisa is (4) - (7).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind211 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the two-hundred-eleventh set of unseen standard-form workbooks (Bagian Tapem)",
  buildBlind211,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind211"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-renja-tapem-");
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

      it("keeps the recap's Sisa at Jumlah Segmen minus Jumlah ditegaskan on every row", () => {
        const { book: b, wb } = book("rekap-segmen-batas-desa-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect([r, get(t.sheet, r, c1 + 8)]).toEqual([
            r,
            Number(get(t.sheet, r, c1 + 3)) - Number(get(t.sheet, r, c1 + 6)),
          ]);
      });
    },
  },
);
