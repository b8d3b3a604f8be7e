// The forty-seventh set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the LKjIP's levels take Triwulan IV and its count the sum of the quarters, the E.81's
// JUMLAH adds the programs only, and the PK carries its budget table under the targets.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind47 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the forty-seventh set of unseen standard-form workbooks", buildBlind47, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind47"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes Triwulan IV for the LKjIP's levels and the sum of the quarters for its count", () => {
      const { book: b, wb } = book("lkjip-2024-spbe-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      // the Realisasi s.d. TW IV column is the last realisasi column
      const re = Object.entries(t.columns)
        .filter(([, r]) => Array.isArray(r) && r[0] === "realisasi")
        .map(([c]) => c)
        .sort((x, y) => colNumber(x) - colNumber(y))
        .pop()!;
      const forms: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, colNumber(re)).value;
        forms.push(
          typeof v === "object" && v && "formula" in v ? String(v.formula).replace(/\d+/g, "") : "typed",
        );
      }
      expect(forms).toEqual(["I", "typed", "I", "SUM(F:I)", "I"]);
    });

    it("adds only the three programs in the E.81's JUMLAH", () => {
      const { book: b, wb } = book("e81-renja-2024-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const rp = Object.entries(t.columns).find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0];
      const v = ws.getCell(t.lastDataRow, colNumber(rp)).value as ExcelJS.CellFormulaValue;
      expect(String(v.formula).split("+").length).toBe(3);
    });

    it("puts the PK's budget table under its targets on one sheet, the Renstra on another", () => {
      const { book: b } = book("pk-2025-kadis-");
      const ts = b.expected().tables;
      expect(ts.map((t) => t.sheet)).toEqual(["PK 2025", "PK 2025", "Renstra 2025-2030"]);
      expect(ts[0].lastDataRow).toBeLessThan(ts[1].header[0]);
    });
  },
});
