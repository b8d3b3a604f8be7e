// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows (unit %) take the Triwulan IV value while the flows add their quarters, and no saluran
// kondisi baik exceeds its panjang except the planted Talun Kidul row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind183 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-eighty-third set of unseen standard-form workbooks (Dinas PUPR SPALD / drainase)",
  buildBlind183,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind183"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the % levels of the E.81 and adds the quarters of the flows", () => {
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
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("has no saluran in kondisi baik longer than the saluran, except the planted row", () => {
        const { book: b, wb } = book("rekap-akses-sanitasi-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c = colNumber(t.firstCol);
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const pj = get(t.sheet, r, c + 2);
          const bk = get(t.sheet, r, c + 3);
          if (typeof pj === "number" && typeof bk === "number" && bk > pj) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("percent-out-of-range")).length);
      });
    },
  },
);
