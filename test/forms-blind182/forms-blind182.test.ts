// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81's realisasi 2024 K adds its quarters exactly where the unit is not "%", and the rekap's
// prevalences are (9) / (8) everywhere but the planted kecamatan.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind182 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-eighty-second set of unseen standard-form workbooks (stunting)",
  buildBlind182,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind182"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of the flows in the E.81 and takes the Triwulan IV level of the rates", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const first = colNumber(t.firstCol);
        const sat = first + 4;
        const k12 = first + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const unit = String(ws.getCell(r, sat).value);
          seen.add(unit);
          expect([r, String(v.formula).includes("+")]).toEqual([r, unit !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("gives every kecamatan's prevalence as (9) / (8) x 100 except the planted one", () => {
        const { book: b, wb } = book("rekap-eppgbm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const tb = get(t.sheet, r, c + 7);
          const st = get(t.sheet, r, c + 8);
          const pv = get(t.sheet, r, c + 9);
          if (typeof tb !== "number" || typeof st !== "number" || typeof pv !== "number") continue;
          if (Math.abs(Math.round((st / tb) * 10000) / 100 - pv) > 0.006) off.push(r);
        }
        const planted = b.findings.filter((f) => f.rules.includes("hardcoded-value"));
        expect(off.length).toBe(planted.length);
      });
    },
  },
);
