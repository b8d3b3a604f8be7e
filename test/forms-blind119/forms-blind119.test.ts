// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// E.81 level rows take the Triwulan IV value while the flows add their quarters, and the T-C.27
// kondisi akhir Rp is the five years added on every row except the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind119 } from "./build";

import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-nineteenth set of unseen standard-form workbooks (kecamatan)",
  buildBlind119,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind119"),
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
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%" && sat !== "nilai"]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("keeps the T-C.27 kondisi akhir Rp the sum of the five years on every row but the planted one", () => {
        const { book: b, wb } = book("tc27-renstra-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const rp = Object.entries(t.columns)
          .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
          .map(([l]) => colNumber(l));
        expect(rp.length).toBe(5);
        const ak = colNumber(t.firstCol) + 16;
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const total = rp.reduce((n, c) => n + Number(get(t.sheet, r, c)), 0);
          if (Math.abs(total - Number(get(t.sheet, r, ak))) > 0.5) off.push(r);
        }
        expect(off.length).toBe(1);
      });
    },
  },
);
