// The thirty-fifth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the E.81 has no Renstra columns, the PK's triwulan targets stand beside a Renstra
// extract on another sheet, and the BOS / DAK recap holds two tables on one sheet.
import type ExcelJS from "exceljs";
import type { BookW } from "../forms/kit";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { colNumber } from "../fixtures/util";
import { buildBlind35 } from "./build";

soundnessSuite("the thirty-fifth set of unseen standard-form workbooks", buildBlind35, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind35"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const heads = (wb: ExcelJS.Workbook, t: ReturnType<BookW["tables"][number]["expected"]>) => {
      const get = getter(wb);
      const out: string[] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
          const v = get(t.sheet, r, c);
          if (nonBlank(v)) out.push(String(v));
        }
      return out;
    };

    it("leaves the Renstra columns out of the E.81", () => {
      const { book: b, wb } = book("e81-evaluasi-renja-");
      const [t] = b.expected().tables;
      const h = heads(wb, t).join(" | ");
      expect(h).toContain("Realisasi Kinerja pada Triwulan");
      expect(h).toContain("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)");
      expect(h).not.toMatch(/Renstra/);
    });

    it("puts the PK's triwulan targets and the Renstra extract on two sheets", () => {
      const { book: b } = book("pk-kabid-");
      const sheets = b.expected().tables.map((t) => t.sheet);
      expect(new Set(sheets).size).toBe(2);
    });

    it("holds the BOS and the DAK tables on one sheet, one under the other", () => {
      const { book: b } = book("rekap-bos-dakfisik-");
      const [a, d] = b.expected().tables;
      expect(a.sheet).toBe(d.sheet);
      expect(d.header[0]).toBeGreaterThan(a.lastDataRow + 1);
    });
  },
});
