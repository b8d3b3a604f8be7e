// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level row takes the Triwulan IV value while the flows add their quarters, and no sub kegiatan of the
// recap spends above its pagu except the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind197 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the 197th set of unseen standard-form workbooks (Bagian Kerja Sama)", buildBlind197, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind197"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the E.81 levels and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const first = colNumber(t.firstCol);
      const satCol = first + 4;
      const k12 = first + 5 + 2 * 7;
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k12).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, satCol).value);
        seen.add(sat);
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(seen.has("%")).toBe(true);
      expect(seen.size).toBeGreaterThan(1);
    });

    it("spends no more than the pagu on any sub kegiatan of the recap, except the planted one", () => {
      const { book: b, wb } = book("rekap-naskah-kerja-sama-");
      const t = b.expected().tables[1];
      const get = getter(wb);
      const cols = Object.entries(t.columns);
      const pagu = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
      const real = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0]);
      const over: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const p = get(t.sheet, r, pagu);
        const x = get(t.sheet, r, real);
        if (
          typeof get(t.sheet, r, colNumber(t.firstCol)) === "number" &&
          typeof p === "number" &&
          typeof x === "number" &&
          x > p
        )
          over.push(r);
      }
      expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
    });
  },
});
