// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// puskesmas spends more BOK than its pagu except where a mistake is planted, and the E.81 realisasi of
// the year (12) K is a sum of quarters exactly where the unit is not "%" (the levels take Triwulan IV).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind112 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-twelfth set of unseen standard-form workbooks (Dinas Kesehatan)",
  buildBlind112,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind112"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("spends no puskesmas' BOK above its pagu, except the planted row", () => {
        const { book: b, wb } = book("rekap-spm-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const letters = Object.entries(t.columns);
        const pagu = colNumber(letters.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const real = colNumber(
          letters.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0],
        );
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, colNumber(t.firstCol)) !== "number") continue;
          const p = get(t.sheet, r, pagu);
          const x = get(t.sheet, r, real);
          if (typeof p === "number" && typeof x === "number" && x > p) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
      });

      it("adds the quarters of the E.81 flows and takes Triwulan IV for the levels", () => {
        const { book: b, wb } = book("e81-renja-");
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
        expect(seen.size).toBeGreaterThan(1);
      });
    },
  },
);
