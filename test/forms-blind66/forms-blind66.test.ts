// The sixty-sixth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the per-ruas road table's kondisi km add up to each ruas's
// length except the planted one, the recap per kabupaten stands under the ruas table on the same sheet,
// the lower-is-better indicators of the LKjIP and the T-C.29 use the refleksi, and the housing recap's
// JUMLAH (A + B) adds only its two subtotals.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind66 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the sixty-sixth set of unseen standard-form workbooks", buildBlind66, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind66"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value;
      return typeof v === "object" && v && "formula" in v ? (v.formula ?? "") : "";
    };

    it("adds each ruas's kondisi km to its length, except the Bengkulu row planted wrong", () => {
      for (const [prefix, off, step] of [
        ["kondisi-jalan-per-ruas-", 4, 1],
        ["kondisi-jalan-prov-menurut-", 2, 2],
      ] as Array<[string, number, number]>) {
        const { book: b, wb } = book(prefix);
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const bad: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const p = get(t.sheet, r, c0 + off) as number;
          let k = 0;
          for (let j = 1; j <= 4; j++) k += get(t.sheet, r, c0 + off + (j - 1) * step + 1) as number;
          if (Math.abs(p - k) > 0.006) bad.push(r);
        }
        expect([prefix, bad.length]).toEqual([prefix, prefix.includes("menurut") ? 1 : 0]);
      }
    });

    it("stands the recap per kabupaten under the ruas table on the same sheet", () => {
      const { book: b } = book("kondisi-jalan-per-ruas-");
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).toBe(t2.sheet);
      expect(t2.header[0]).toBeGreaterThan(t1.lastDataRow + 1);
    });

    it("uses the refleksi for the lower-is-better indicators", () => {
      const { book: b, wb } = book("tc29-review-");
      const [t] = b.expected().tables;
      const c0 = colNumber(t.firstCol);
      const refl: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        if (formula(wb, t.sheet, r, c0 + 14).includes("(2*"))
          refl.push(String(getter(wb)(t.sheet, r, c0 + 1)));
      expect(refl).toEqual(["Angka kekurangan (backlog) kepemilikan rumah"]);
    });

    it("adds only the two subtotals in the housing recap's JUMLAH (A + B)", () => {
      const { book: b, wb } = book("rekap-progres-fisik-keuangan-");
      const [t] = b.expected().tables;
      const f = formula(wb, t.sheet, t.lastDataRow, colNumber(t.firstCol) + 9);
      expect(f).toMatch(/^[A-Z]+\d+\+[A-Z]+\d+$/);
    });
  },
});
