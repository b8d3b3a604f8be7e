// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// program rate (a level) takes its Triwulan IV value while the counts add their quarters, and only the
// planted SPM layanan spends above its pagu.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind187 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-eighty-seventh set of unseen standard-form workbooks (Dinas Sosial)",
  buildBlind187,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind187"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters in the E.81 (12) K exactly where the unit is not %", () => {
        const { book: b, wb } = book("e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const k12 = colNumber(t.firstCol) + 5 + 14;
        let n = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          n++;
          expect([r, String(v.formula).includes("+")]).toEqual([
            r,
            String(ws.getCell(r, satCol).value) !== "%",
          ]);
        }
        expect(n).toBe(5);
      });

      it("spends no more than the pagu in the SPM recap, except the planted lansia row", () => {
        const { book: b, wb } = book("rekap-spm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const pagu = get(t.sheet, r, 6);
          const real = get(t.sheet, r, 7);
          if (typeof pagu === "number" && typeof real === "number" && real > pagu) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
      });
    },
  },
);
