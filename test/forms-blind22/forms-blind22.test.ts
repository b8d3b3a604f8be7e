// The twenty-second set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own that the shared suite cannot express: every IFERROR formula written by hand caches what
// it computes, the Disdukcapil's year adds the months exactly for the documents and takes December
// for the percentages, the Satpol PP's negative indicators are named in its note only, and the
// Kecamatan's TW-IV targets are the year's targets.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind22 } from "./build";
import { evalRaw } from "./common";

soundnessSuite("the twenty-second set of unseen standard-form workbooks", buildBlind22, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind22"),
  uniqueClean: true,
  extra: (loaded) => {
    it("caches the true result of every formula written by hand (IFERROR)", () => {
      const problems: string[] = [];
      for (const { book, wb } of loaded()) {
        const kit = new Set(book.formulas.map((f) => `${f.sheet}!${f.row}:${f.col}`));
        wb.eachSheet((ws) =>
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              const v = cell.value as ExcelJS.CellFormulaValue;
              if (!v || typeof v !== "object" || !("formula" in v)) return;
              if (kit.has(`${ws.name}!${cell.row}:${cell.col}`)) return;
              const fresh = evalRaw(v.formula, ws.name, getter(wb));
              if (fresh !== v.result) problems.push(`${book.file} ${ws.name}!${cell.address}: ${v.formula}`);
            }),
          ),
        );
      }
      expect(problems).toEqual([]);
    });

    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the months for the documents and takes December for the percentages (Disdukcapil)", () => {
      const { book: b, wb } = book("rekap-bulanan-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const sat = String(ws.getCell(`C${r}`).value ?? "");
        const y = ws.getCell(`Q${r}`).value as ExcelJS.CellFormulaValue | number | null;
        if (!sat) continue;
        const f = y && typeof y === "object" && "formula" in y ? y.formula : "typed";
        kinds.add(sat === "%" ? `% ${f}` : f.startsWith("SUM(") ? "sum" : f);
      }
      // the documents SUM, the two percentages point at their December cell, one year typed (planted)
      expect([...kinds].sort()).toEqual(["% P15", "% P19", "sum", "typed"]);
    });

    it("names the Satpol PP's negative indicators in its note only", () => {
      const { book: b, wb } = book("e81-catatannegatif-");
      const [t] = b.expected().tables;
      expect(Object.values(t.columns)).not.toContain("polaritas");
      const texts: string[] = [];
      wb.getWorksheet(t.sheet)!.eachRow((row, r) => {
        if (r > t.lastDataRow) row.eachCell((c) => texts.push(String(c.value)));
      });
      const note = texts.find((x) => x.includes("Indikator negatif"))!;
      expect(note).toContain("Persentase pelanggaran Perda yang berulang");
      expect(note).toContain("Waktu tanggap (response time) penanganan kebakaran");
    });

    it("gives the Kecamatan's year target as the TW-IV target, not the quarters' sum", () => {
      const { book: b, wb } = book("pk-twkumulatif-");
      const t = b.expected().tables[0];
      const get = getter(wb);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect([r, get(t.sheet, r, 9)]).toEqual([r, get(t.sheet, r, 5)]);
    });
  },
});
