// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no pelatihan
// spends more than its pagu except the planted PKP row, and the E.81 level rows take the Triwulan IV value
// while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind184 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-eighty-fourth set of unseen standard-form workbooks (BPSDM / BKPSDM)",
  buildBlind184,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind184"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("spends no more than the pagu, except the planted PKP row", () => {
        const { book: b, wb } = book("rekap-pelatihan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const letters = Object.entries(t.columns);
        const pagu = colNumber(letters.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const real = colNumber(
          letters.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0],
        );
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const p = get(t.sheet, r, pagu);
          const x = get(t.sheet, r, real);
          if (typeof p === "number" && typeof x === "number" && x > p) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
      });

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-evaluasi-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const k13 = colNumber(t.firstCol) + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k13).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat === "orang"]);
        }
        expect(seen.has("%")).toBe(true);
      });
    },
  },
);
