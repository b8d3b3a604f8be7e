// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// adds the quarters of K exactly where the unit is a count (not % or indeks), and the T-C.27 kondisi
// akhir Rp adds the five years on every row but the planted one.
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind198 } from "./build";
import { colNumber } from "../fixtures/util";

const formula = (v: unknown): string | null =>
  v && typeof v === "object" && "formula" in v ? String((v as { formula: string }).formula) : null;

soundnessSuite(
  "the hundred-ninety-eighth set of unseen standard-form workbooks (Diskominfo, statistik sektoral)",
  buildBlind198,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind198"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the E.81 K (12) exactly where the unit is not % or indeks", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const sat = colNumber(t.firstCol) + 4;
        const k12 = colNumber(t.firstCol) + 5 + 14;
        let n = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const f = formula(ws.getCell(r, k12).value);
          if (!f) continue;
          n++;
          const unit = String(ws.getCell(r, sat).value);
          expect([r, f.includes("+")]).toEqual([r, unit !== "%" && unit !== "indeks"]);
        }
        expect(n).toBe(5);
      });

      it("adds the five years' Rp in every T-C.27 kondisi akhir but the planted one", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const ra = colNumber(t.firstCol) + 16;
        const short: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const f = formula(ws.getCell(r, ra).value)!;
          if (f.split("+").length !== 5) short.push(r);
        }
        expect(short.length).toBe(b.findings.filter((f) => f.rules.includes("sum-mismatch")).length);
      });
    },
  },
);
