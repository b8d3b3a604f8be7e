// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every group row of
// the PAD table adds its lines, and the E.81's realisasi K (12) adds the quarters exactly where the unit is not "%".
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind160 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-sixtieth set of unseen standard-form workbooks (Bapenda, PAD)",
  buildBlind160,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind160"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps PAD = pajak daerah + retribusi daerah for the target and every quarter", () => {
        const { book: b, wb } = book("realisasi-pad-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const rows: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          if (["4.1", "4.1.01", "4.1.02"].includes(String(get(t.sheet, r, 2)))) rows.push(r);
        expect(rows.length).toBe(3);
        for (let c = 4; c <= 8; c++) {
          const [pad, pj, rt] = rows.map((r) => get(t.sheet, r, c) as number);
          expect(Math.abs(pad - pj - rt)).toBeLessThan(1e-6);
        }
      });

      it("adds the quarters of the E.81's flows and takes Triwulan IV for its rates", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const sat = colNumber(t.firstCol) + 4;
        const k12 = colNumber(t.firstCol) + 5 + 14;
        let seen = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          seen++;
          expect([r, String(v.formula).includes("+")]).toEqual([r, String(ws.getCell(r, sat).value) !== "%"]);
        }
        expect(seen).toBe(5);
      });
    },
  },
);
