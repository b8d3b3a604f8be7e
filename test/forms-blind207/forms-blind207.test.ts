// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// levels take their Triwulan IV value while the flows add their quarters, and every T-C.27 kondisi
// akhir Rp is the five years' Rp added up.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind207 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set forms-blind207 of unseen standard-form workbooks (kearsipan)", buildBlind207, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind207"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the quarters of the E.81 flows and takes Triwulan IV for the levels", () => {
      const { book: b, wb } = book("e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c1 = colNumber(t.firstCol);
      const sat = c1 + 4;
      const k12 = c1 + 5 + 14;
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k12).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const unit = String(ws.getCell(r, sat).value);
        seen.add(unit);
        expect([r, String(v.formula).includes("+")]).toEqual([r, unit !== "%"]);
      }
      expect(seen.has("%")).toBe(true);
      expect(seen.size).toBeGreaterThan(2);
    });

    it("has every T-C.27 kondisi akhir Rp equal to the five years' Rp", () => {
      const { book: b, wb } = book("tc27-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const rpCols = Object.entries(t.columns)
        .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
        .map(([l]) => colNumber(l));
      expect(rpCols.length).toBe(5);
      const akr = colNumber(Object.entries(t.columns).find(([, r]) => r === "kondisi-akhir")![0]) + 1;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const total = rpCols.reduce((n, c) => n + (get(t.sheet, r, c) as number), 0);
        expect([r, get(t.sheet, r, akr)]).toEqual([r, total]);
      }
    });
  },
});
