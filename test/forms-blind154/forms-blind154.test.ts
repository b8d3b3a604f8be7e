// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no desa
// receives more Dana Desa than its pagu except the planted row, and the E.81 takes the Triwulan IV value
// for its levels while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind154 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set forms-blind154 of unseen standard-form workbooks (DPMD)", buildBlind154, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind154"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("pays no desa more Dana Desa than its pagu, except the planted row", () => {
      const { book: b, wb } = book("penyaluran-dd-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const cols = Object.entries(t.columns);
      const pagu = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
      const paid = colNumber(cols.filter(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")[3][0]);
      const over: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        if (typeof get(t.sheet, r, colNumber(t.firstCol)) !== "number") continue;
        const n = get(t.sheet, r, pagu);
        const p = get(t.sheet, r, paid);
        if (typeof n === "number" && typeof p === "number" && p > n) over.push(r);
      }
      expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
    });

    it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-dpmd-");
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
  },
});
