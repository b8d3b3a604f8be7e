// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows take the Triwulan IV value while the flows add their quarters, and the PWS KIA totals are
// the sums of the puskesmas except where a mistake is planted.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind168 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set of unseen standard-form workbooks on KIA (Dinas Kesehatan)", buildBlind168, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind168"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-e81-");
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

    it("gives PWS KIA totals that add the puskesmas, except the planted K1 total", () => {
      const { book: b, wb } = book("laporan-bulanan-kia-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const off: string[] = [];
      for (const [letter, role] of Object.entries(t.columns)) {
        if (!(Array.isArray(role) && role[0] === "realisasi")) continue;
        const c = colNumber(letter);
        let s = 0;
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) s += get(t.sheet, r, c) as number;
        if (get(t.sheet, t.lastDataRow, c) !== s) off.push(`${letter}${t.lastDataRow}`);
      }
      const planted = b.findings.flatMap((f) => (f.rules.includes("sum-mismatch") ? [f.cell] : []));
      expect(off).toEqual(planted);
    });
  },
});
