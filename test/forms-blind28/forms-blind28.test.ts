// The twenty-eighth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: every IFERROR formula (written beside the kit, whose evaluator does not know IFERROR)
// caches what it gives, the DPA Ringkasan links to the Rincian sheet but for one typed copy, and the
// E.81 leaves K blank in Triwulan I and II where only the Rp is realised.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { plain } from "../forms/kit";
import { buildBlind28 } from "./build";
import { evalRaw } from "./common";

soundnessSuite("the twenty-eighth set of unseen standard-form workbooks", buildBlind28, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind28"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("caches the result of every IFERROR formula", () => {
      const problems: string[] = [];
      let n = 0;
      for (const { book: b, wb } of loaded()) {
        const get = getter(wb);
        wb.eachSheet((ws) =>
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              const v = cell.value as ExcelJS.CellFormulaValue;
              if (!v || typeof v !== "object" || !("formula" in v) || !/IFERROR|AVERAGE/.test(v.formula))
                return;
              if (
                b.formulas.some(
                  (f) => f.sheet === ws.name && f.row === Number(cell.row) && f.col === Number(cell.col),
                )
              )
                return;
              n++;
              const fresh = evalRaw(v.formula, ws.name, get);
              if (Math.abs(Number(plain(cell)) - Number(fresh)) > 1e-6)
                problems.push(
                  `${b.file} ${ws.name}!${cell.address}: ${v.formula} cached ${plain(cell)}, gives ${fresh}`,
                );
            }),
          ),
        );
      }
      expect(problems).toEqual([]);
      expect(n).toBe(7);
    });

    it("links the DPA Ringkasan to the Rincian sheet, but for one typed copy", () => {
      const { book: b, wb } = book("dpa-ringkasan-");
      const t = b.expected().tables.find((x) => x.sheet === "Ringkasan")!;
      const ws = wb.getWorksheet("Ringkasan")!;
      let links = 0;
      let typed = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(`${t.lastCol}${r}`).value;
        if (typeof v === "number") typed++;
        else if (v && typeof v === "object" && "formula" in v && /^Rincian!F\d+$/.test(String(v.formula)))
          links++;
      }
      expect([links, typed]).toEqual([7, 1]);
    });

    it("leaves the E.81 K blank in Triwulan I and II of the program and the first two kegiatan", () => {
      const { book: b, wb } = book("e81-faktortengah-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const kCols = Object.entries(t.columns)
        .filter(([, role]) => Array.isArray(role) && role[0] === "realisasi")
        .map(([c]) => c);
      const row = t.firstDataRow;
      const ws = wb.getWorksheet(t.sheet)!;
      expect(kCols.length).toBe(5);
      expect([ws.getCell(`${kCols[0]}${row}`).value, ws.getCell(`${kCols[1]}${row}`).value]).toEqual([
        null,
        null,
      ]);
      expect(get(t.sheet, row, Number(ws.getCell(`${kCols[3]}${row}`).col))).toBe(96.8);
    });
  },
});
