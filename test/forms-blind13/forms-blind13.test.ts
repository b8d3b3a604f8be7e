// The fifteenth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the Inspektorat's sheet gives its year only in its
// name, the Kecamatan's second table stands under the first with other columns, the BPBD's yearly
// realisasi adds the quarters of a count and takes the Triwulan IV value of a level, and the PK
// amendment's reasons stand only where the Perubahan differs from the Murni.
import type ExcelJS from "exceljs";
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind13 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifteenth set of unseen standard-form workbooks", buildBlind13, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind13"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const texts = (wb: ExcelJS.Workbook, sheet: string): string[] => {
      const out: string[] = [];
      wb.getWorksheet(sheet)!.eachRow((row) =>
        row.eachCell((cell) => {
          const v = getter(wb)(sheet, Number(cell.row), Number(cell.col));
          if (typeof v === "string") out.push(v);
        }),
      );
      return out;
    };

    it("gives the Inspektorat's year only in the sheet's name", () => {
      const { book: b, wb } = book("capaian-namasheet-");
      const [t] = b.expected().tables;
      expect(t.sheet).toBe("Capaian 2024");
      expect(texts(wb, t.sheet).filter((x) => /20\d\d/.test(x))).toEqual([]);
      const get = getter(wb);
      for (let r = t.header[0]; r <= t.lastDataRow; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
          const v = get(t.sheet, r, c);
          if (typeof v === "number")
            expect([r, c, v >= 2015 && v <= 2035 && r <= t.header[1]]).toEqual([r, c, false]);
        }
    });

    it("stands the Kecamatan's second table under the first, with other columns", () => {
      const { book: b, wb } = book("renja-kelurahan-");
      const [t1, t2] = b.expected().tables;
      expect(t1.sheet).toBe(t2.sheet);
      expect(t2.header[0]).toBeGreaterThan(t1.lastDataRow + 1);
      const head = (t: typeof t1) => {
        const get = getter(wb);
        const out: string[] = [];
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
          for (let r = t.header[0]; r <= t.header[1]; r++) {
            const v = get(t.sheet, r, c);
            if (nonBlank(v)) out.push(String(v));
          }
        return out;
      };
      expect(head(t1)).toContain("Pagu Indikatif (Rp)");
      expect(head(t2)).not.toContain("Pagu Indikatif (Rp)");
      expect(head(t2)).toContain("Kondisi Kinerja 2023");
    });

    it("adds the quarters of a count and takes the Triwulan IV value of a level in the BPBD report", () => {
      const { book: b, wb } = book("triwulan-respons-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sifat = String(ws.getCell(r, colNumber(t.firstCol) + 3).value);
        const y = ws.getCell(r, colNumber(t.firstCol) + 9).value as ExcelJS.CellFormulaValue | number;
        kinds.add(sifat);
        if (typeof y === "object" && y && "formula" in y)
          expect([r, y.formula.startsWith("SUM(")]).toEqual([r, sifat === "Jumlah"]);
      }
      expect(kinds).toEqual(new Set(["Jumlah", "Nilai s.d. triwulan"]));
    });

    it("gives an Alasan Perubahan only where the PK Perubahan differs from the Murni", () => {
      const { book: b, wb } = book("pk-murni-perubahan-");
      const t = b.expected().tables.find((x) => x.sheet === "PK Perubahan 2025")!;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let changed = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const m = get(t.sheet, r, c0 + 4);
        const u = get(t.sheet, r, c0 + 5);
        const why = String(get(t.sheet, r, c0 + 6));
        expect([r, why !== "-"]).toEqual([r, m !== u]);
        if (m !== u) changed++;
      }
      expect(changed).toBe(1);
    });
  },
});
