// The forty-eighth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the disaster recap's JUMLAH adds the two Sub Jumlah rows only, the PK's level index
// ends its quarters on the annual target, and the LKjIP's lower-is-better row uses the refleksi.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind48 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the forty-eighth set of unseen standard-form workbooks", buildBlind48, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind48"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formulaAt = (wb: ExcelJS.Workbook, sheet: string, row: number, col: string): string => {
      const v = wb.getWorksheet(sheet)!.getCell(row, colNumber(col)).value;
      return typeof v === "object" && v && "formula" in v ? String(v.formula) : "typed";
    };

    it("adds only the two Sub Jumlah rows in the disaster recap's JUMLAH", () => {
      const { book: b, wb } = book("rekapitulasi-kejadian-bencana-");
      const [t] = b.expected().tables;
      const rp = Object.keys(t.columns).pop()!;
      expect(formulaAt(wb, t.sheet, t.lastDataRow, rp).split("+").length).toBe(2);
    });

    it("puts the PK and its Renstra excerpt on two sheets", () => {
      const { book: b } = book("pk-rencana-aksi-");
      expect(
        b
          .expected()
          .tables.map((t) => t.sheet)
          .sort(),
      ).toEqual(["PK 2025", "Renstra"]);
    });

    it("uses the refleksi for the lower-is-better row of the LKjIP before 2024", () => {
      const { book: b, wb } = book("lkjip-2024-satpolpp-");
      const [t] = b.expected().tables;
      const f = formulaAt(wb, t.sheet, t.lastDataRow, "F");
      expect(f.startsWith("ROUND((2*")).toBe(true);
    });
  },
});
