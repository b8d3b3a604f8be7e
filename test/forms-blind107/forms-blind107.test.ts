// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// monthly stock of the cadangan beras carries each stok akhir into the next month's stok awal, and the
// E.81 takes the Triwulan IV value for the levels (skor, %) while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind107 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-seventh set of unseen standard-form workbooks (Dinas Ketahanan Pangan)",
  buildBlind107,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind107"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("carries each month's stok akhir into the next month's stok awal, and never goes below zero", () => {
        const { book: b, wb } = book("stok-cadangan-beras-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.firstCol);
        const aw = c1 + 2;
        const ak = c1 + 7;
        const months = t.lastDataRow - t.firstDataRow;
        expect(months).toBe(12);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const akhir = get(t.sheet, r, ak) as number;
          expect(akhir).toBeGreaterThan(0);
          if (r + 1 < t.lastDataRow) expect(get(t.sheet, r + 1, aw)).toBe(akhir);
          const awal = get(t.sheet, r, aw) as number;
          const masuk = get(t.sheet, r, aw + 1) as number;
          const keluar = get(t.sheet, r, aw + 4) as number;
          expect(akhir).toBe(awal + masuk - keluar);
        }
      });

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-evaluasi-renja-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 3;
        const k12 = colNumber(t.firstCol) + 4 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%" && sat !== "skor"]);
        }
        expect(seen.has("%")).toBe(true);
        expect(seen.has("skor")).toBe(true);
      });
    },
  },
);
