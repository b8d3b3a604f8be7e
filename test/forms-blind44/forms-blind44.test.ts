// The forty-fourth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the quarterly report's yearly value follows the Sifat Data of each row (mean, TW IV
// position or sum), the planted area is never added over years, and the PK stands on the first
// sheet with the RPJMD targets on the second.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind44 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the forty-fourth set of unseen standard-form workbooks", buildBlind44, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind44"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the yearly value of each quarterly row by its Sifat Data", () => {
      const { book: b, wb } = book("capaian-triwulan-ntn-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sifat = String(ws.getCell(r, c0 + 3).value);
        const f = (ws.getCell(r, c0 + 10).value as ExcelJS.CellFormulaValue).formula;
        seen.add(sifat);
        const kind = f.startsWith("ROUND(AVERAGE(")
          ? "Rata-rata"
          : f.startsWith("SUM(")
            ? "Kumulatif"
            : "Posisi akhir";
        expect([r, kind]).toEqual([r, sifat]);
      }
      expect(seen).toEqual(new Set(["Rata-rata", "Posisi akhir", "Kumulatif"]));
    });

    it("never adds the planted area over the years", () => {
      const { book: b, wb } = book("luas-areal-kelapa-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const years = Object.values(t.columns).filter((r) => Array.isArray(r) && r[0] === "realisasi");
      expect(years.length).toBe(5);
      for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
        for (let r = t.header[0]; r <= t.header[1]; r++)
          expect([r, c, /jumlah|total/i.test(String(get(t.sheet, r, c) ?? ""))]).toEqual([r, c, false]);
    });

    it("puts the PK on the first sheet and the RPJMD targets on the second", () => {
      const { book: b, wb } = book("pk-gubernur-gorontalo-");
      expect(wb.worksheets.map((w) => w.name)).toEqual(["PK 2025", "Target RPJMD 2025-2029"]);
      expect(
        b
          .expected()
          .tables.map((t) => t.sheet)
          .sort(),
      ).toEqual(["PK 2025", "Target RPJMD 2025-2029"]);
    });
  },
});
