// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows (unit "%") take the Triwulan IV value while the flows add their quarters, and no kecamatan
// of the recap spends more than its pagu except the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind115 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-fifteenth set of unseen standard-form workbooks (Dinas Sosial)",
  buildBlind115,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind115"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the E.81 levels and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const sat = colNumber(t.firstCol) + 4;
        const k12 = colNumber(t.firstCol) + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const unit = String(ws.getCell(r, sat).value);
          seen.add(unit);
          expect([r, String(v.formula).includes("+")]).toEqual([r, unit !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
        expect(seen.size).toBeGreaterThan(1);
      });

      it("spends no more than the pagu in any kecamatan, except the planted row", () => {
        const { book: b, wb } = book("rekap-pkh-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const cols = Object.entries(t.columns);
        const pagu = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const real = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0]);
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, colNumber(t.firstCol)) !== "number") continue;
          const p = get(t.sheet, r, pagu);
          const x = get(t.sheet, r, real);
          if (typeof p === "number" && typeof x === "number" && x > p) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
        expect(over.length).toBe(1);
      });
    },
  },
);
