// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// tunggakan of every kecamatan is its ketetapan less its two realisasi columns (but the planted row), and the E.81's
// realisasi 2024 K adds the semesters exactly where the unit is not "%".
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind203 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the two-hundred-third set of unseen standard-form workbooks (Bapenda PBB-P2)",
  buildBlind203,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind203"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps tunggakan = ketetapan - (5) - (6) except on the row whose Jumlah is the planted typed value", () => {
        const { book: b, wb } = book("ketetapan-realisasi-pbb-p2-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const [pokok, tw3, tw4, tgk] = [3, 4, 5, 8].map((d) => get(t.sheet, r, c1 + d) as number);
          if (Math.abs(pokok - tw3 - tw4 - tgk) >= 0.5) off.push(r);
        }
        const planted = b.findings.filter((f) => f.rules.includes("hardcoded-value"));
        expect(off).toEqual(planted.map((f) => Number(/\d+$/.exec(f.cell!)![0])));
      });

      it("adds the semesters for the flows of the E.81 and takes Semester II for the rates", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const c1 = colNumber(t.firstCol);
        let seen = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, c1 + 11).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          seen++;
          expect([r, String(v.formula).includes("+")]).toEqual([
            r,
            String(ws.getCell(r, c1 + 4).value) !== "%",
          ]);
        }
        expect(seen).toBe(5);
      });
    },
  },
);
