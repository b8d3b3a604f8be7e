// The thirtieth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the RKPD pagu pasted as text is text with thousands
// dots, the T-C.27's kondisi akhir on the second sheet adds pagu from the first, and the IKU's PK
// links or copies the 2025 targets.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind30 } from "./build";

soundnessSuite("the thirtieth set of unseen standard-form workbooks", buildBlind30, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind30"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("keeps the RKPD's pasted pagu as text with thousands dots, beside real numbers", () => {
      const { book: b, wb } = book("rkpd-rekap-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const texts: string[] = [];
      let numbers = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        for (const c of [4, 5, 6]) {
          const v = get(t.sheet, r, c);
          if (typeof v === "string") texts.push(v);
          if (typeof v === "number") numbers++;
        }
      expect(texts).toEqual(["12.475.380.000"]);
      expect(numbers).toBeGreaterThan(30);
    });

    it("adds the first sheet's pagu into the T-C.27 kondisi akhir on the second sheet", () => {
      const { book: b, wb } = book("tc27-duasheet-");
      const t2 = b.expected().tables[1];
      const ws = wb.getWorksheet(t2.sheet)!;
      let cross = 0;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ExcelJS.CellFormulaValue;
          if (v && typeof v === "object" && "formula" in v && v.formula.includes("'T-C.27 (1)'!")) cross++;
        }),
      );
      expect(cross).toBeGreaterThanOrEqual(6);
    });

    it("links most PK 2025 targets to the IKU table and types the rest", () => {
      const { wb } = book("iku-tahundasar-");
      const ws = wb.getWorksheet("PK 2025")!;
      let links = 0;
      let typed = 0;
      ws.eachRow((row, r) => {
        if (r < 6) return;
        const v = row.getCell(5).value;
        if (v && typeof v === "object" && "formula" in v) links++;
        else if (typeof v === "number") typed++;
      });
      expect([links, typed]).toEqual([2, 3]);
    });
  },
});
