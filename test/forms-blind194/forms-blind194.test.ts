// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27's kondisi akhir Rp adds the five Rp columns only, and the PATEN recap's requests are the
// on-time, late and in-process services except where a mistake is planted.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind194 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set forms-blind194 of unseen standard-form workbooks (Kecamatan, PATEN)", buildBlind194, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind194"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds only the Rp columns in the T-C.27's kondisi akhir Rp", () => {
      const { book: b, wb } = book("tc27-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const rpCols = Object.entries(t.columns)
        .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
        .map(([l]) => l);
      expect(rpCols.length).toBe(5);
      const akRp = colNumber(t.lastCol) - 1;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, akRp).value as { formula: string };
        const refs = String(v.formula).match(/[A-Z]+(?=\d)/g)!;
        expect([r, [...refs].sort()]).toEqual([r, [...rpCols].sort()]);
      }
    });

    it("has requests = on time + late + in process in the PATEN recap, except the planted row", () => {
      const { book: b, wb } = book("rekap-layanan-paten-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const off: number[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const n = (k: number) => get(t.sheet, r, c0 + k) as number;
        if (n(2) !== n(3) + n(4) + n(6)) off.push(r);
      }
      expect(off.length).toBe(1);
    });
  },
});
