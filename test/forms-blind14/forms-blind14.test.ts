// The sixteenth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the cells written beside the kit's writer (IFERROR
// capaian formulas, averages over them) cache what their formulas give and the typed predikat words
// follow the averages above them (but the one planted); the E.81 of Wairinding takes the year's
// realisasi from the s.d. Triwulan IV column on every row but the planted one; the E.79's misprinted
// caption stands in its number row while its cells compute 14 / 5; the Renja in thousands says so
// above the table and holds thousands everywhere but in the planted cell.
import type ExcelJS from "exceljs";
import { plain, predikat } from "../forms/kit";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind14 } from "./build";
import { evalRaw } from "./common";
import { colLetter, colNumber } from "../fixtures/util";

soundnessSuite("the sixteenth set of unseen standard-form workbooks", buildBlind14, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind14"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    /** the header texts of a table, row by row */
    const heads = (
      wb: ExcelJS.Workbook,
      t: { sheet: string; header: number[]; firstCol: string; lastCol: string },
    ) => {
      const get = getter(wb);
      const out: string[][] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++) {
        const row: string[] = [];
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
          row.push(String(get(t.sheet, r, c) ?? ""));
        out.push(row);
      }
      return out;
    };

    it("caches the result of every formula written beside the kit's writer", () => {
      let n = 0;
      for (const { book: b, wb } of loaded()) {
        const kit = new Set(b.formulas.map((f) => `${f.sheet}!${f.row}:${f.col}`));
        const get = getter(wb);
        wb.eachSheet((ws) =>
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              const v = cell.value as ExcelJS.CellFormulaValue | null;
              if (!v || typeof v !== "object" || !("formula" in v)) return;
              if (kit.has(`${ws.name}!${cell.row}:${cell.col}`)) return;
              expect([b.file, cell.address, v.result]).toEqual([
                b.file,
                cell.address,
                evalRaw(v.formula, ws.name, get),
              ]);
              n++;
            }),
          ),
        );
      }
      // the Wairinding E.81: four IFERROR capaian on each of its 9 data rows, and four averages
      expect(n).toBe(40);
    });

    it("types every predikat word from the average above it, but the one planted", () => {
      const wrong: string[] = [];
      for (const { book: b, wb } of loaded())
        wb.eachSheet((ws) =>
          ws.eachRow((row) => {
            const label = String(plain(row.getCell(1)) ?? "");
            if (!/^Predikat/.test(label)) return;
            row.eachCell((cell) => {
              const v = plain(cell);
              if (typeof v !== "string" || v === label) return;
              const avg = plain(ws.getCell(Number(cell.row) - 1, Number(cell.col)));
              if (typeof avg !== "number") throw new Error(`${b.file} ${cell.address}: no average above`);
              if (predikat(avg) !== v) wrong.push(`${b.file} ${ws.name}!${cell.address}`);
            });
          }),
        );
      expect(wrong).toEqual([
        `e79-rekap-opd-bappeda-sungailintang.xlsx E.79 RKPD 2024!${wrongPredikatCell()}`,
      ]);
    });
    const wrongPredikatCell = () => {
      const e = book("e79-rekap-").book.expected();
      return e.findings.find((f) => f.rules.includes("predikat-mismatch"))!.cell!;
    };

    it("takes the Wairinding E.81's yearly realisasi from the s.d. Triwulan IV column, but on the planted row", () => {
      const { book: b, wb } = book("e81-sdtriwulan-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const h = heads(wb, t);
      const c0 = colNumber(t.firstCol);
      const at = (row: string[], text: string) => row.findIndex((x) => x === text);
      const year = c0 + at(h[0], "Realisasi Renja 2024");
      const sd4 = c0 + at(h[1], "IV");
      expect(h[0]).toContain("Realisasi Kumulatif s.d. Triwulan");
      const kinds: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        for (const d of [0, 1]) {
          const v = ws.getCell(r, year + d).value as ExcelJS.CellFormulaValue | null;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          kinds.push(v.formula === `${colLetter(sd4 + d)}${r}` ? "IV" : v.formula);
        }
      expect(kinds.filter((k) => k !== "IV")).toHaveLength(1);
      expect(kinds.filter((k) => k === "IV")).toHaveLength(17);
    });

    it("misprints the E.79 caption of column 15, whose cells compute 14 / 5", () => {
      const { book: b, wb } = book("e79-rekap-");
      const [t] = b.expected().tables;
      const nums = heads(wb, t)[3];
      const i = nums.indexOf("15 = 13/5 x 100%");
      expect(i).toBeGreaterThan(0);
      expect(nums).toContain("14 = 6 + 12");
      const col14 = colLetter(colNumber(t.firstCol) + nums.indexOf("14 = 6 + 12"));
      const ws = wb.getWorksheet(t.sheet)!;
      let n = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, colNumber(t.firstCol) + i).value as ExcelJS.CellFormulaValue | null;
        if (!v || typeof v !== "object" || !("formula" in v) || !/^ROUND\(/.test(v.formula)) continue;
        if (v.formula.startsWith("ROUND(AVERAGE(")) continue;
        expect(v.formula).toContain(`${col14}${r}`);
        n++;
      }
      expect(n).toBe(9);
    });

    it("says 'dalam ribuan rupiah' above the Renja in thousands, and holds thousands but in the planted cell", () => {
      const { book: b, wb } = book("renja-ribuan-");
      const [t, t2] = b.expected().tables;
      expect(t.sheet).toBe(t2.sheet);
      expect(t2.header[0]).toBeGreaterThan(t.lastDataRow + 1);
      const get = getter(wb);
      const above: string[] = [];
      for (let r = 1; r < t.header[0]; r++) {
        const v = get(t.sheet, r, 1);
        if (nonBlank(v)) above.push(String(v));
      }
      expect(above).toContain("(dalam ribuan rupiah)");
      const pagu = Object.entries(t.columns).find(
        ([, r]) => Array.isArray(r) && r[0] === "anggaran" && r[1] === 2026,
      )![0];
      const big: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = get(t.sheet, r, colNumber(pagu));
        if (typeof v === "number" && v >= 100_000_000) big.push(r);
      }
      const planted = b.expected().findings.find((f) => f.rules.includes("number-scale"))!;
      expect(big.map((r) => `${pagu}${r}`)).toEqual([planted.anyOf![0].cell]);
    });

    it("puts the Renstra targets of the Renja Sungai Lintang on a sheet of their own", () => {
      const { book: b } = book("renja-sumberdana-");
      const sheets = b.expected().tables.map((t) => t.sheet);
      expect(sheets).toEqual(["Renja 2026", "Renstra 2025-2029"]);
    });
  },
});
