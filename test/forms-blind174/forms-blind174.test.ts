// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81 level rows
// take the Triwulan IV value while the flows add their quarters, and the UMKM recap's Jumlah equals Mikro + Kecil +
// Menengah on every kecamatan except the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind174 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the set of unseen standard-form workbooks numbered 174 (Dinas KUKM dan Perdagangan)",
  buildBlind174,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind174"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-");
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
        expect(seen.size).toBeGreaterThan(1);
      });

      it("adds Mikro + Kecil + Menengah on every kecamatan of the recap except the planted one", () => {
        const { book: b, wb } = book("rekap-umkm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const first = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, first) !== "number") continue;
          const [mi, ke, me, ju] = [3, 4, 5, 6].map((d) => get(t.sheet, r, first + d) as number);
          if (mi + ke + me !== ju) off.push(r);
        }
        const planted = b.findings.filter(
          (f) => f.rules.includes("hardcoded-value") && f.rules.includes("sum-mismatch"),
        );
        expect(off.length).toBe(planted.length);
      });
    },
  },
);
