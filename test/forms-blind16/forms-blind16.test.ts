// The sixteenth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the IFERROR formulas of the DAK report (written
// beside the kit's writer, which does not evaluate IFERROR) cache what their first argument gives
// except the one stale result planted on purpose; the year's physical progress is the Triwulan IV
// level while the year's money adds the quarters; the Dinkes T-C.27 stands its kondisi akhir before
// the years; the T-C.29 lays its seven kinerja columns before the same seven for the money; the DPA's
// second sheet and the DLH's second table hold the same totals as the first; the BPKAD's table in
// millions holds no formula.
import type ExcelJS from "exceljs";
import { evaluate } from "../forms/kit";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind16 } from "./build";
import { RAW } from "./util";
import { colLetter, colNumber } from "../fixtures/util";

soundnessSuite("the sixteenth set of unseen standard-form workbooks", buildBlind16, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind16"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    type T = ReturnType<ReturnType<typeof book>["book"]["expected"]>["tables"][number];
    /** the header texts of a table, row by row */
    const heads = (wb: ExcelJS.Workbook, t: T): string[][] => {
      const get = getter(wb);
      const out: string[][] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++) {
        const row: string[] = [];
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
          const ws = wb.getWorksheet(t.sheet)!;
          const cell = ws.getCell(r, c);
          // the text of a merged range once, at its master
          row.push(cell.isMerged && cell.master !== cell ? "" : String(get(t.sheet, r, c) ?? ""));
        }
        out.push(row);
      }
      return out;
    };
    const formula = (wb: ExcelJS.Workbook, sheet: string, addr: string): string | null => {
      const v = wb.getWorksheet(sheet)!.getCell(addr).value as ExcelJS.CellFormulaValue | null;
      return v && typeof v === "object" && "formula" in v ? v.formula : null;
    };

    it("caches what each IFERROR's first argument gives in the DAK report, except the one stale result", () => {
      const { book: b, wb } = book("dak-triwulan-");
      const raw = RAW.get(b.file)!;
      const get = getter(wb);
      let stale = 0;
      for (const f of raw) {
        const cell = wb.getWorksheet(f.sheet)!.getCell(f.cell);
        const v = cell.value as ExcelJS.CellFormulaValue;
        expect([f.cell, v.formula]).toEqual([f.cell, f.formula]);
        const inner = /^IFERROR\((.*),0\)$/.exec(v.formula)![1];
        const fresh = evaluate(inner, f.sheet, get) as number;
        const same = Math.abs((v.result as number) - fresh) < 1e-6;
        expect([f.cell, same]).toEqual([f.cell, !f.stale]);
        if (f.stale) stale++;
      }
      expect(stale).toBe(1);
      expect(raw.length).toBe(b.expected().tables[0].lastDataRow - b.expected().tables[0].firstDataRow - 1);
    });

    it("adds the quarters' money and takes the Triwulan IV physical progress in the DAK report", () => {
      const { book: b, wb } = book("dak-triwulan-");
      const [t] = b.expected().tables;
      const c0 = colNumber(t.firstCol);
      const col = (i: number) => colLetter(c0 + i);
      let leaves = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sdF = formula(wb, t.sheet, `${col(14)}${r}`);
        if (sdF === null) continue;
        leaves++;
        expect([r, sdF]).toEqual([r, `${col(11)}${r}`]);
        expect([r, formula(wb, t.sheet, `${col(12)}${r}`)]).toEqual([
          r,
          `SUM(${col(4)}${r},${col(6)}${r},${col(8)}${r},${col(10)}${r})`,
        ]);
      }
      expect(leaves).toBe(9);
    });

    it("stands the Dinkes T-C.27's kondisi akhir before the years, without a number row", () => {
      const { book: b, wb } = book("tc27-akhirdulu-");
      const [t] = b.expected().tables;
      const h = heads(wb, t);
      const akhir = h[0].findIndex((x) => x.startsWith("Kondisi Kinerja pada Akhir"));
      const years = h[1].findIndex((x) => x === "2025");
      expect(akhir).toBeGreaterThan(0);
      expect(years).toBeGreaterThan(akhir);
      expect(h.some((row) => row.includes("1") || row.includes("(1)"))).toBe(false);
    });

    it("lays the T-C.29's seven kinerja columns before the same seven for the money", () => {
      const { book: b, wb } = book("tc29-blokkr-");
      const [t] = b.expected().tables;
      const h = heads(wb, t);
      const k = h[0].indexOf("Capaian Kinerja (K)");
      const rp = h[0].indexOf("Anggaran (Rp)");
      expect(rp - k).toBe(7);
      expect(h[1].slice(k, k + 7)).toEqual(h[1].slice(rp, rp + 7));
      expect(h[0].join(" ")).not.toMatch(/Tahun ke-/);
    });

    it("holds the DPA's total again on its jenis belanja sheet, and the DLH's in its second table", () => {
      const dpa = book("dpa-sumberdana-");
      const [t1, t2] = dpa.book.expected().tables;
      expect(t1.sheet).not.toBe(t2.sheet);
      const g1 = getter(dpa.wb);
      const jml = (t: T, col: number) => g1(t.sheet, t.lastDataRow, colNumber(t.firstCol) + col);
      expect(jml(t2, 2)).toBe(jml(t1, 10));
      const dlh = book("serapan-program-");
      const [u1, u2] = dlh.book.expected().tables;
      expect(u1.sheet).toBe(u2.sheet);
      expect(u2.header[0]).toBeGreaterThan(u1.lastDataRow + 1);
      const g2 = getter(dlh.wb);
      const at = (t: T, col: number) => g2(t.sheet, t.lastDataRow, colNumber(t.firstCol) + col);
      expect([at(u2, 2), at(u2, 3)]).toEqual([at(u1, 4), at(u1, 9)]);
    });

    it("types every figure of the BPKAD's table in millions", () => {
      const { book: b, wb } = book("belanja-jutaan-");
      const [t] = b.expected().tables;
      expect(b.formulas).toEqual([]);
      const ws = wb.getWorksheet(t.sheet)!;
      const above: string[] = [];
      for (let r = 1; r < t.header[0]; r++) above.push(String(ws.getCell(r, 1).value ?? ""));
      expect(above).toContain("(dalam jutaan rupiah)");
    });
  },
});
