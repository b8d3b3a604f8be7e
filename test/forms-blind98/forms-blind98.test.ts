// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// takes the Triwulan IV value for its levels and adds the quarters of its flows, and no PJU-TS
// realisasi is above its pagu except the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind98 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the ninety-eighth set of unseen standard-form workbooks (Dinas ESDM)", buildBlind98, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind98"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the E.81 levels (unit %) and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const satCol = colNumber(t.firstCol) + 4;
      const k12 = colNumber(t.firstCol) + 5 + 14;
      let levels = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k12).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, satCol).value);
        if (sat === "%") levels++;
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
      }
      expect(levels).toBe(2);
    });

    it("pays no kabupaten more than its PJU-TS pagu, except the planted row", () => {
      const { book: b, wb } = book("rekap-pju-tenaga-surya-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const cols = Object.entries(t.columns);
      const pagu = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
      const real = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")![0]);
      const over: number[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const p = get(t.sheet, r, pagu);
        const x = get(t.sheet, r, real);
        if (typeof p === "number" && typeof x === "number" && x > p) over.push(r);
      }
      expect(over.length).toBe(1);
    });
  },
});
