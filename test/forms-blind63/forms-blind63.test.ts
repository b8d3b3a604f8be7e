// The sixty-third set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the progress report is cumulative (each month's figure at least the month before), the
// DPPA's Bertambah / (Berkurang) is Setelah - Sebelum on every coded row, and the DAK recap's bidang
// rows stand above their own sub bidang.
import type ExcelJS from "exceljs";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind63 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the sixty-third set of unseen standard-form workbooks", buildBlind63, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind63"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("reports cumulative progress: no month below the month before", () => {
      const { book: b, wb } = book("progres-fisik-keuangan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        for (let k = 0; k < 4; k++) {
          const m = [0, 1, 2].map((j) => get(t.sheet, r, c0 + 4 + 4 * j + k) as number);
          expect([r, k, m[0] <= m[1] && m[1] <= m[2]]).toEqual([r, k, true]);
        }
    });

    it("writes Bertambah / (Berkurang) as Setelah - Sebelum on every coded row of the DPPA", () => {
      const { book: b, wb } = book("dppa-perubahan-2024-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        expect(nonBlank(get(t.sheet, r, c0))).toBe(true);
        const d = get(t.sheet, r, c0 + 9) as number;
        expect(d).toBe((get(t.sheet, r, c0 + 7) as number) - (get(t.sheet, r, c0 + 5) as number));
      }
    });

    it("puts each DAK bidang above sub bidang rows that start with a dash", () => {
      const { book: b, wb } = book("rekap-dak-fisik-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)! as ExcelJS.Worksheet;
      const c0 = colNumber(t.firstCol);
      const names: string[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) names.push(String(ws.getCell(r, c0 + 1).value));
      expect(names[0].startsWith("Bidang")).toBe(true);
      expect(names.filter((n) => n.startsWith("Bidang"))).toHaveLength(4);
      expect(names.filter((n) => n.startsWith("- Sub Bidang"))).toHaveLength(9);
    });
  },
});
