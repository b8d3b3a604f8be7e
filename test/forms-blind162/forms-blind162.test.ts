// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 (12) K adds its quarters exactly where the unit is not "%", and the T-C.27 program Rp of every
// year is its kegiatan added up.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind162 } from "./build";
import { TC27_YEARS } from "./rencana";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-sixty-second set of unseen standard-form workbooks (Dinas Perkebunan)",
  buildBlind162,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind162"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 flows in (12) K and takes Triwulan IV for the levels", () => {
        const { book: b, wb } = book("e81-evaluasi-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const first = colNumber(t.firstCol);
        const satCol = first + 4;
        const k12 = first + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          expect(v && typeof v === "object" && "formula" in v).toBe(true);
          const f = String((v as { formula: string }).formula);
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, f.includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("makes each year's T-C.27 program Rp the sum of its kegiatan", () => {
        const { book: b, wb } = book("tc27-pendanaan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const rpCols = Object.entries(t.columns)
          .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
          .map(([l]) => colNumber(l));
        expect(rpCols.length).toBe(TC27_YEARS.length);
        for (const c of rpCols) {
          const prog = get(t.sheet, t.firstDataRow, c) as number;
          let kegs = 0;
          for (let r = t.firstDataRow + 1; r <= t.lastDataRow; r++) kegs += get(t.sheet, r, c) as number;
          expect([c, prog]).toEqual([c, kegs]);
        }
      });
    },
  },
);
