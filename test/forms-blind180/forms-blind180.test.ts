// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81's level rows take the Triwulan IV value while the flows add their quarters, and no persentase
// padan of the recap is above 100 except the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind180 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-eightieth set of unseen standard-form workbooks (Bappeda TPB / TKPKD)",
  buildBlind180,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind180"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
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
      });

      it("keeps every persentase padan of the recap at or below 100, except the planted row", () => {
        const { book: b, wb } = book("rekap-kemiskinan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const pp = colNumber(t.lastCol);
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = get(t.sheet, r, pp);
          if (typeof v === "number" && v > 100) over.push(r);
        }
        const planted = b.findings.filter((f) => f.rules.includes("percent-out-of-range"));
        expect(over.length).toBe(planted.length);
      });
    },
  },
);
