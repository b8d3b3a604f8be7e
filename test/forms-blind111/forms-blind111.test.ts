// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows take the Triwulan IV value while the flows add their quarters, and the T-C.27
// kondisi akhir Rp adds the five years on every row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind111 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-eleventh set of unseen standard-form workbooks (Dinas Koperasi dan UKM)",
  buildBlind111,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind111"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the E.81 levels and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const indCol = colNumber(t.firstCol) + 3;
        const k12 = colNumber(t.firstCol) + 4 + 14;
        const seen = new Set<boolean>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const level = String(ws.getCell(r, indCol).value).endsWith("(%)");
          seen.add(level);
          expect([r, String(v.formula).includes("+")]).toEqual([r, !level]);
        }
        expect(seen.size).toBe(2);
      });

      it("adds the five years' Rp into the T-C.27 kondisi akhir Rp on every row", () => {
        const { book: b, wb } = book("renstra-tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const rpCols = Object.entries(t.columns)
          .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
          .map(([l]) => colNumber(l));
        expect(rpCols.length).toBe(5);
        const akRp = colNumber(Object.entries(t.columns).find(([, r]) => r === "kondisi-akhir")![0]) + 1;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const parts = rpCols.map((c) => get(t.sheet, r, c) as number);
          const total = parts.reduce((n, v) => n + v, 0);
          expect([r, get(t.sheet, r, akRp)]).toEqual([r, total]);
        }
      });
    },
  },
);
