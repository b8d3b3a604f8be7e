// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// monthly Jumlah AK1 is laki-laki + perempuan except the planted row, and the E.81's realisasi 2024 K
// adds the quarters exactly where the unit is not "%" (except the planted level row).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind175 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the set forms-blind175 of unseen standard-form workbooks (Disnaker)", buildBlind175, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind175"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds laki-laki and perempuan into every monthly Jumlah AK1, except the planted row", () => {
      const { book: b, wb } = book("rekap-bulanan-ak1-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(t.firstCol);
      const off: number[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const [l, p, j] = [2, 3, 4].map((k) => get(t.sheet, r, c + k)) as number[];
        if (l + p !== j) off.push(r);
      }
      expect(off.length).toBe(1);
      expect(b.findings.some((f) => f.cell === `${String.fromCharCode(64 + c + 4)}${off[0]}`)).toBe(true);
    });

    it("adds the quarters of the E.81 K only for the flows, except the planted level row", () => {
      const { book: b, wb } = book("e81-pengawasan-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const satCol = colNumber(t.firstCol) + 4;
      const k12 = colNumber(t.firstCol) + 5 + 14;
      const planted = b.findings.map((f) => f.cell);
      let levels = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k12).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, satCol).value);
        if (sat === "%") levels++;
        const isPlanted = planted.includes(ws.getCell(r, k12).address);
        expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%" || isPlanted]);
      }
      expect(levels).toBe(2);
    });
  },
});
