// The twenty-fourth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own that the shared suite cannot express: the IFERROR formulas (written beside the kit's
// writer) cache the result of their formula, the text numbers carry Indonesian thousand dots and stand
// where the notes say, the headers of the exports are one row, the T-C.29 ratio of a count adds the
// years and of a level takes 2024, and the PK targets are the Renstra 2025 targets but one.
import ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { plain } from "../forms/kit";
import { buildBlind24 } from "./build";
import { evalRaw } from "./common";
import { colNumber, parseA1 } from "../fixtures/util";

soundnessSuite("the twenty-fourth set of unseen standard-form workbooks", buildBlind24, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind24"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const cellsOf = (wb: ExcelJS.Workbook) => {
      const out: Array<{ sheet: string; cell: ExcelJS.Cell }> = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push({ sheet: ws.name, cell }))));
      return out;
    };

    it("caches each IFERROR formula's result, and every formula of the DPMD table is one", () => {
      const { book: b, wb } = book("lkjip-iferror-");
      const get = getter(wb);
      let n = 0;
      for (const { sheet, cell } of cellsOf(wb)) {
        const v = cell.value as ExcelJS.CellFormulaValue;
        if (!v || typeof v !== "object" || !("formula" in v) || !v.formula.startsWith("IFERROR(")) continue;
        n++;
        expect([cell.address, plain(cell)]).toEqual([cell.address, evalRaw(v.formula, sheet, get)]);
      }
      const [t] = b.expected().tables;
      expect(n).toBe(t.lastDataRow - t.firstDataRow);
    });

    it("writes the text numbers with Indonesian thousand dots, and nowhere else", () => {
      const texts = loaded().flatMap(({ book: b, wb }) =>
        cellsOf(wb)
          .filter(({ cell }) => typeof cell.value === "string" && /^\d{1,3}(\.\d{3})+$/.test(cell.value))
          .map(({ sheet, cell }) => `${b.file} ${sheet}!${cell.address} ${String(cell.value)}`),
      );
      expect(texts.map((x) => x.split(" ")[0]).sort()).toEqual([
        "sipd-sisaanggaran-perkim-sungaikelampai.xlsx",
        "spm-12layanan-dinkes-mutisraya.xlsx",
      ]);
    });

    it("lays the header of each web-app export out in one row", () => {
      for (const prefix of ["sipd-", "erenggar-"]) {
        const [t] = book(prefix).book.expected().tables;
        expect([prefix, t.header[0]]).toEqual([prefix, t.header[1]]);
      }
    });

    it("adds the years in the T-C.29 ratio of a count and takes 2024 for a level", () => {
      const { book: b, wb } = book("tc29-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const sat = String(ws.getCell(r, c0 + 4).value);
        const f = (ws.getCell(r, c0 + 13).value as ExcelJS.CellFormulaValue).formula;
        const adds = f.includes("+");
        kinds.add(`${sat === "%"} ${adds}`);
        expect([r, adds]).toEqual([r, sat !== "%"]);
      }
      expect(kinds.size).toBe(2);
    });

    it("gives the PK the Renstra 2025 targets, all but the planted one", () => {
      const { book: b, wb } = book("pk-kepalabadan-");
      const [renstra, pk] = b.expected().tables;
      const get = getter(wb);
      const col2025 = Object.entries(renstra.columns).find(([, v]) => Array.isArray(v) && v[1] === 2025)![0];
      const tgt = Object.entries(pk.columns).find(([, v]) => Array.isArray(v) && v[0] === "target")![0];
      let differ = 0;
      for (let i = 0; i <= pk.lastDataRow - pk.firstDataRow; i++) {
        const a = get(pk.sheet, pk.firstDataRow + i, colNumber(tgt));
        const r = get(renstra.sheet, renstra.firstDataRow + i, colNumber(col2025));
        if (a !== r) differ++;
      }
      expect(differ).toBe(1);
      const planted = b.findings.find((f) => f.rules.includes("cross-table-mismatch"))!;
      expect(parseA1(planted.anyOf![0].cell).col).toBe(colNumber(tgt));
    });
  },
});
