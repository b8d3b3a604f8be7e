// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the RTH
// recap's rows add their three kinds of RTH, and the E.81's realisasi 2024 K is a sum of quarters
// exactly where the unit is not "%".
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind202 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set forms-blind202 (DLH: RTH and bank sampah / TPS3R)", buildBlind202, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind202"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds taman, jalur hijau and hutan kota in every kecamatan row of the RTH recap", () => {
      const { book: b, wb } = book("rekap-rth-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const parts = [3, 4, 5]
          .map((k) => get(t.sheet, r, c0 + k))
          .map((v) => (typeof v === "number" ? v : 0));
        const j = get(t.sheet, r, c0 + 6) as number;
        expect([r, Math.abs(j - parts.reduce((x, y) => x + y, 0)) < 1e-6]).toEqual([r, true]);
      }
    });

    it("takes the Triwulan IV level for the % rows of the E.81 and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const k12 = c0 + 5 + 14;
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k12).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, c0 + 4).value);
        seen.add(sat);
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(seen.has("%")).toBe(true);
    });
  },
});
