// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no GPM
// lokasi spends more than its pagu except the planted row, and the E.81 level rows take the Triwulan IV
// value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind210 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the two hundred and tenth set of unseen standard-form workbooks (Dinas Ketahanan Pangan)",
  buildBlind210,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind210"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("spends no more than the pagu at any GPM lokasi, except the planted row", () => {
        const { book: b, wb } = book("gpm-stabilisasi-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const cols = Object.entries(t.columns);
        const pagu = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const rp = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0]);
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, colNumber(t.firstCol)) !== "number") continue;
          const p = get(t.sheet, r, pagu);
          const x = get(t.sheet, r, rp);
          if (typeof p === "number" && typeof x === "number" && x > p) over.push(r);
        }
        const planted = b.findings.filter((f) => f.rules.includes("serapan-over-100"));
        expect(over.length).toBe(planted.length);
      });

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
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
          expect([r, String(v.formula).includes("+")]).toEqual([r, !["%", "skor"].includes(sat)]);
        }
        expect(seen.has("%")).toBe(true);
      });
    },
  },
);
