// The seventeenth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the IFERROR formulas of the Dinas Perhubungan's
// report (written beside the kit's writer, which does not evaluate IFERROR) cache what their first
// argument gives; the E.81's year K is the Triwulan IV value exactly on the level rows; the T-C.27's
// group headings stand once without merges; the Satpol PP's Renstra gives its years only in the
// title; the Kecamatan's and the Dinas Perhubungan's second tables stand under the first with other
// columns; every workbook comes from the same Kabupaten.
import type ExcelJS from "exceljs";
import { evaluate } from "../forms/kit";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind17 } from "./build";
import { RAW } from "./util";
import { colLetter, colNumber } from "../fixtures/util";

soundnessSuite("the seventeenth set of unseen standard-form workbooks", buildBlind17, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind17"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    type T = ReturnType<ReturnType<typeof book>["book"]["expected"]>["tables"][number];
    const formula = (wb: ExcelJS.Workbook, sheet: string, r: number, c: number): string | null => {
      const v = wb.getWorksheet(sheet)!.getCell(r, c).value as ExcelJS.CellFormulaValue | null;
      return v && typeof v === "object" && "formula" in v ? v.formula : null;
    };
    /** the texts of a table's header band, master cells only */
    const heads = (wb: ExcelJS.Workbook, t: T): string[][] => {
      const get = getter(wb);
      const out: string[][] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++) {
        const row: string[] = [];
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
          const cell = wb.getWorksheet(t.sheet)!.getCell(r, c);
          row.push(cell.isMerged && cell.master !== cell ? "" : String(get(t.sheet, r, c) ?? ""));
        }
        out.push(row);
      }
      return out;
    };

    it("caches what each IFERROR's first argument gives in the Dinas Perhubungan's report", () => {
      const { book: b, wb } = book("lra-subkegiatan-");
      const raw = RAW.get(b.file)!;
      const get = getter(wb);
      for (const f of raw) {
        const cell = wb.getWorksheet(f.sheet)!.getCell(f.cell);
        const v = cell.value as ExcelJS.CellFormulaValue;
        expect([f.cell, v.formula]).toEqual([f.cell, f.formula]);
        const fresh = evaluate(f.inner, f.sheet, get) as number;
        expect([f.cell, Math.abs((v.result as number) - fresh) < 1e-6]).toEqual([f.cell, true]);
      }
      const [t] = b.expected().tables;
      expect(raw.length).toBe(t.lastDataRow - t.firstDataRow + 1);
    });

    it("takes the Triwulan IV value as the E.81's year K exactly on the level rows", () => {
      const { book: b, wb } = book("e81-kinerja-anggaran-");
      const [t] = b.expected().tables;
      const c0 = colNumber(t.firstCol);
      // columns: No, Kode, nama, indikator, satuan, 5 K/Rp, 6 K/Rp, 7 K/Rp, TW I..IV K/Rp, 12 K
      const k12 = c0 + 5 + 2 * 7;
      const q4 = c0 + 5 + 2 * 6;
      let levels = 0;
      let flows = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const f = formula(wb, t.sheet, r, k12);
        if (f === null) continue;
        const sat = String(getter(wb)(t.sheet, r, c0 + 4));
        if (f.includes("+")) flows++;
        else {
          levels++;
          expect([r, f, ["%", "ton/ha", "unit"].includes(sat)]).toEqual([r, `${colLetter(q4)}${r}`, true]);
        }
      }
      expect([levels, flows]).toEqual([4, 5]);
    });

    it("writes the T-C.27's group headings once, without merges", () => {
      const { book: b, wb } = book("tc27-rpjuta-");
      const [t] = b.expected().tables;
      const h = heads(wb, t);
      const ws = wb.getWorksheet(t.sheet)!;
      for (let r = t.header[0]; r <= t.header[1]; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
          expect([r, c, ws.getCell(r, c).isMerged]).toEqual([r, c, false]);
      expect(h[0].filter((x) => x === "Target Kinerja dan Kerangka Pendanaan").length).toBe(1);
      expect(h[1].filter((x) => /^20\d\d$/.test(x)).length).toBe(5);
      const above = [1, 2, 3, 4, 5, 6, 7].map((r) => String(ws.getCell(r, 1).value ?? ""));
      expect(above).toContain("(dalam jutaan rupiah)");
    });

    it("gives the Satpol PP's Renstra years only in the title", () => {
      const { book: b, wb } = book("pk-tahunke-");
      const t = b.expected().tables.find((x) => x.sheet === "Renstra 2025-2029")!;
      const h = heads(wb, t).flat();
      expect(h.filter((x) => /20\d\d/.test(x))).toEqual([]);
      expect(h).toContain("Tahun ke-1");
      expect(String(wb.getWorksheet(t.sheet)!.getCell(1, 1).value)).toMatch(/TAHUN 2025-2029$/);
    });

    it("stands a second table under the first with other columns in the Kecamatan's and the Dishub's sheets", () => {
      for (const prefix of ["lkjip-predikat-", "lra-subkegiatan-"]) {
        const { book: b, wb } = book(prefix);
        const [t1, t2] = b.expected().tables;
        expect(t1.sheet).toBe(t2.sheet);
        expect(t2.header[0]).toBeGreaterThan(t1.lastDataRow + 1);
        expect(heads(wb, t2).flat().filter(nonBlank)).not.toEqual(heads(wb, t1).flat().filter(nonBlank));
      }
    });

    it("comes from the offices of one Kabupaten", () => {
      for (const { wb } of loaded()) {
        const texts: string[] = [];
        wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value)))));
        expect(texts.some((x) => /GUNUNGTALANG/i.test(x))).toBe(true);
      }
    });
  },
});
