// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// puskesmas spends more BOK than its pagu except the planted row, and the E.81 realisation of the year
// adds its quarters exactly where the unit is not "%" (the planted pasung rate apart).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind201 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the two hundred and first set of unseen standard-form workbooks (Dinkes, keswa and NAPZA)",
  buildBlind201,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind201"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("spends no more than the pagu, except the planted puskesmas", () => {
        const { book: b, wb } = book("rekap-spm-odgj-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const cols = Object.entries(t.columns);
        const pagu = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const real = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0]);
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const p = get(t.sheet, r, pagu);
          const x = get(t.sheet, r, real);
          if (typeof p === "number" && typeof x === "number" && x > p) over.push(r);
        }
        expect(over).toEqual([t.firstDataRow]);
        expect(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length).toBe(1);
      });

      it("adds the quarters of the E.81 flows and takes Triwulan IV for the rates, the planted row apart", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const first = colNumber(t.firstCol);
        const satCol = first + 4;
        const k12 = first + 5 + 14;
        const planted = b.findings.map((f) => f.cell);
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          if (planted.includes(ws.getCell(r, k12).address)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
        expect(seen.has("orang")).toBe(true);
      });
    },
  },
);
