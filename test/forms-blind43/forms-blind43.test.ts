// The forty-third set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the LKjIP's Turun rows use the refleksi except the one planted, and a flow indicator
// stays far below 100 at Triwulan III; the KIR report's average row stands under its Jumlah row; the
// T-C.30 program rows add only their kegiatan rows.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind43 } from "./build";
import { colNumber } from "../fixtures/util";
import type ExcelJS from "exceljs";

soundnessSuite("the forty-third set of unseen standard-form workbooks", buildBlind43, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind43"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value as ExcelJS.CellFormulaValue | number;
      return typeof v === "object" && v && "formula" in v ? v.formula : String(v);
    };

    it("uses the refleksi on the LKjIP's Turun rows except the planted one", () => {
      const { book: b, wb } = book("capaian-kinerja-sd-tw3-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const seen: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const arah = String(get(t.sheet, r, c0 + 5));
        const f = formula(wb, t.sheet, r, c0 + 8);
        seen.push(`${arah}:${f.startsWith("ROUND((2*")}`);
        if (arah === "Naik") expect([r, f.startsWith("ROUND((2*")]).toEqual([r, false]);
      }
      expect(seen.filter((x) => x === "Turun:true").length).toBe(1);
      expect(seen.filter((x) => x === "Turun:false").length).toBe(1);
      const low = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const c = get(t.sheet, r, c0 + 8);
        if (typeof c === "number" && c < 60) low.push(r);
      }
      expect(low.length).toBe(1);
    });

    it("stands the KIR report's average row under its Jumlah row", () => {
      const { book: b, wb } = book("rekap-uji-kir-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      expect(get(t.sheet, t.lastDataRow - 1, c0)).toBe("Jumlah");
      expect(get(t.sheet, t.lastDataRow, c0)).toBe("Rata-rata per Bulan");
      expect(formula(wb, t.sheet, t.lastDataRow, c0 + 3)).toMatch(/^ROUND\(AVERAGE\(/);
    });

    it("adds only the kegiatan rows in the T-C.30 program rows", () => {
      const { book: b, wb } = book("tc30-review-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let programs = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const kode = String(get(t.sheet, r, c0 + 1));
        if (kode.split(".").length !== 3) continue;
        programs++;
        const f = formula(wb, t.sheet, r, c0 + 7);
        expect([kode, f.includes("SUM(")]).toEqual([kode, false]);
        for (const ref of f.split("+")) {
          const row = Number(/\d+$/.exec(ref)![0]);
          expect(String(get(t.sheet, row, c0 + 1)).split(".").length).toBe(5);
        }
      }
      expect(programs).toBe(2);
    });
  },
});
