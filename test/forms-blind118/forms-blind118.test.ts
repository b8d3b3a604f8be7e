// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// level rows of the E.81 take the Triwulan IV value while the flows add their quarters, and the
// recap's JUMLAH percentages are the ratio of the totals.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind118 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-eighteenth set of unseen standard-form workbooks (Disdukcapil)",
  buildBlind118,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind118"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-disdukcapil-");
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

      it("computes no percentage of the recap above 100 and gives the JUMLAH the ratio of the totals", () => {
        const { book: b, wb } = book("rekap-kepemilikan-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const caps = Object.entries(t.columns)
          .filter(([, r]) => Array.isArray(r) && r[0] === "capaian")
          .map(([l]) => colNumber(l));
        expect(caps.length).toBe(3);
        for (const c of caps)
          for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
            const v = get(t.sheet, r, c);
            expect(typeof v === "number" && v >= 0 && v <= 100).toBe(true);
          }
        const last = t.lastDataRow;
        const [pr] = caps;
        const wajib = get(t.sheet, last, pr - 2) as number;
        const rekam = get(t.sheet, last, pr - 1) as number;
        expect(get(t.sheet, last, pr)).toBeCloseTo((rekam / wajib) * 100, 2);
      });
    },
  },
);
