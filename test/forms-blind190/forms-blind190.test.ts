// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// saldo akhir of the rekap KIB subtracts the berkurang, and the levels (%) of the E.81 take
// Triwulan IV while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind190 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-ninetieth set of unseen standard-form workbooks (BPKAD, BMD)",
  buildBlind190,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind190"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps saldo akhir = awal + bertambah - berkurang on every KIB row but the planted one", () => {
        const { book: b, wb } = book("rekap-mutasi-kib-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const [aw, tb, kr, ak] = [3, 4, 5, 6].map((k) => get(t.sheet, r, c + k) as number);
          if (Math.abs(aw + tb - kr - ak) > 0.5) off.push(r);
        }
        expect(off.length).toBe(1);
      });

      it("takes Triwulan IV for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const c = colNumber(t.firstCol);
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, c + 4 + 10).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, c + 3).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });
    },
  },
);
