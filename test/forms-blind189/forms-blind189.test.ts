// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// rates take the Triwulan IV level while the flows add their quarters, and every T-C.27 kondisi akhir
// Rp adds the five Rp columns only (never the K columns between them).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind189 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 189th set of unseen standard-form workbooks (Dinas Perindustrian, IKM)", buildBlind189, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind189"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the quarters of the E.81 flows and takes the Triwulan IV level of the rates", () => {
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
    });

    it("adds only the Rp columns into the T-C.27 kondisi akhir Rp", () => {
      const { book: b, wb } = book("renstra-tc27-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const first = colNumber(t.firstCol);
      const rp = [0, 1, 2, 3, 4].map((i) => first + 6 + 2 * i);
      const ak = first + 16;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const total = rp.reduce((n, c) => n + (get(t.sheet, r, c) as number), 0);
        expect([r, get(t.sheet, r, ak)]).toEqual([r, total]);
      }
    });
  },
});
