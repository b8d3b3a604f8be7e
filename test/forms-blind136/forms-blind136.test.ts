// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no DAK package is
// paid above its contract except the planted one, and the E.81 level row (the kondisi mantap rate) takes the
// Triwulan IV value while the km and unit rows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind136 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-thirty-sixth set of unseen standard-form workbooks (Dinas PUPR)",
  buildBlind136,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind136"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("pays no DAK package more than its contract, except the planted one", () => {
        const { book: b, wb } = book("progres-kontrak-dak-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c1) !== "number") continue;
          const kontrak = get(t.sheet, r, c1 + 4);
          const paid = get(t.sheet, r, c1 + 7);
          if (typeof kontrak === "number" && typeof paid === "number" && paid > kontrak) over.push(r);
        }
        const planted = b.findings.filter((f) => f.rules.includes("serapan-over-100"));
        expect(over.length).toBe(planted.length);
        expect(planted.length).toBe(1);
      });

      it("takes the Triwulan IV value for the level row of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
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
        expect(seen.has("km")).toBe(true);
      });
    },
  },
);
