// The fifty-fourth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the LKjIP sheet quotes its targets from the Renstra sheet by formula, the PKH recap
// takes the Tahap II KPM as the semester's (no sum over tahap), the SPM average is the plain mean of
// the percentages, and the PK sheet holds its programme table under the indicator table.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind54 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifty-fourth set of unseen standard-form workbooks", buildBlind54, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind54"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("quotes every LKjIP target from the Renstra sheet by formula", () => {
      const { book: b, wb } = book("lkjip-2024-kutip-renstra-");
      const t = b.expected().tables.find((x) => x.sheet === "LKjIP 2024")!;
      const ws = wb.getWorksheet(t.sheet)!;
      const c = colNumber(t.firstCol) + 4;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, c).value as ExcelJS.CellFormulaValue;
        expect([r, /^'Renstra 2022-2026'!/.test(v.formula)]).toEqual([r, true]);
      }
    });

    it("takes the Tahap II KPM as the semester's KPM in the PKH recap", () => {
      const { book: b, wb } = book("rekap-penyaluran-pkh-bpnt-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect([r, get(t.sheet, r, c0 + 6)]).toEqual([r, get(t.sheet, r, c0 + 4)]);
    });

    it("averages the SPM percentages without weights, and stands the PK programme table under the indicators", () => {
      const { book: b, wb } = book("capaian-spm-bidang-sosial-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(t.firstCol) + 4;
      const xs: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow - 2; r++) xs.push(get(t.sheet, r, c) as number);
      const avg = get(t.sheet, t.lastDataRow, c) as number;
      expect(avg).toBeCloseTo(xs.reduce((x, y) => x + y, 0) / xs.length, 2);
      const pk = book("perjanjian-kinerja-2025-")
        .book.expected()
        .tables.filter((x) => x.sheet === "PK 2025");
      expect(pk).toHaveLength(2);
      expect(pk[1].header[0]).toBeGreaterThan(pk[0].lastDataRow + 1);
    });
  },
});
