// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// flows add their quarters while the rates take Triwulan IV, and the T-C.27 kegiatan funding is the sum
// of its sub kegiatan in every year.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind209 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set forms-blind209 of unseen standard-form workbooks (Dinas Damkar)", buildBlind209, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind209"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the quarters of the E.81 flows and takes the Triwulan IV value of the rates", () => {
      const { book: b, wb } = book("e81-evaluasi-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const satCol = colNumber(t.firstCol) + 4;
      const k13 = colNumber(t.firstCol) + 5 + 14;
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k13).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, satCol).value);
        seen.add(sat);
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(seen.has("%")).toBe(true);
    });

    it("funds the T-C.27 kegiatan with exactly its sub kegiatan in every year", () => {
      const { book: b, wb } = book("tc27-pendanaan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const rpCols = Object.entries(t.columns)
        .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
        .map(([l]) => colNumber(l));
      expect(rpCols.length).toBe(5);
      const k = t.firstDataRow + 1;
      for (const c of rpCols) {
        let subs = 0;
        for (let r = k + 1; r <= t.lastDataRow; r++) subs += get(t.sheet, r, c) as number;
        expect([c, get(t.sheet, k, c)]).toEqual([c, subs]);
        expect([c, get(t.sheet, t.firstDataRow, c)]).toEqual([c, subs]);
      }
    });
  },
});
