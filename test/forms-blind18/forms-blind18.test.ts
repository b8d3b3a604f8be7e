// The eighteenth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own that the shared suite cannot express: the E.79's yearly K of a level is its Triwulan IV
// value while a flow's adds the quarters; the Renstra sheet of the PK gives its years only in the
// title (the header is ordinal); the LKjIP's 2024 capaian are formulas but the one planted typed
// value, while 2022 and 2023 are typed; the T-C.29's second indicator has no code and no money.
import type ExcelJS from "exceljs";
import { soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind18 } from "./build";
import { getter, nonBlank } from "../forms/soundness";
import { colNumber } from "../fixtures/util";

soundnessSuite("the eighteenth set of unseen standard-form workbooks", buildBlind18, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind18"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;
    const formula = (wb: ExcelJS.Workbook, sheet: string, cell: string): string | null => {
      const v = wb.getWorksheet(sheet)!.getCell(cell).value;
      return v && typeof v === "object" && "formula" in v ? (v as ExcelJS.CellFormulaValue).formula : null;
    };

    it("takes the Triwulan IV value as the E.79's yearly K of a level and adds the quarters of a flow", () => {
      const { book: b, wb } = book("e79-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const cols = Object.entries(t.columns);
      const q = cols
        .filter(([, r]) => Array.isArray(r) && r[0] === "realisasi" && r[1] === 2024)
        .map(([c]) => colNumber(c));
      // the four quarters' K, then the yearly K, then the s.d. K
      const [q1, q2, q3, q4, year] = q;
      let levels = 0;
      let flows = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sat = get(t.sheet, r, colNumber("E"));
        const y = get(t.sheet, r, year);
        if (typeof y !== "number") continue;
        const qs = [q1, q2, q3, q4].map((c) => Number(get(t.sheet, r, c)));
        if (sat === "km") {
          expect(Math.abs(y - qs.reduce((a, x) => a + x, 0))).toBeLessThan(1e-6);
          flows++;
        } else {
          expect(y).toBe(qs[3]);
          levels++;
        }
      }
      expect([levels, flows]).toEqual([3, 1]);
    });

    it("gives the PK's Renstra years only in the title, the header being ordinal", () => {
      const { book: b, wb } = book("pk-semula-");
      const t = b.expected().tables.find((x) => x.sheet === "Renstra 2025-2029")!;
      const get = getter(wb);
      const head: string[] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
          const v = get(t.sheet, r, c);
          if (nonBlank(v)) head.push(String(v));
        }
      expect(head.filter((h) => /202[5-9]/.test(h))).toEqual([]);
      expect(head).toContain("Tahun ke-1");
      expect(head).toContain("Kondisi Awal (2024)");
    });

    it("types the LKjIP's capaian of 2022 and 2023 and computes those of 2024 but the planted one", () => {
      const { book: b, wb } = book("lkjip-tigabaris-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const typed2024: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        if (get(t.sheet, r, colNumber("D")) !== "% Capaian") continue;
        expect(formula(wb, t.sheet, `E${r}`)).toBeNull();
        expect(formula(wb, t.sheet, `F${r}`)).toBeNull();
        if (!formula(wb, t.sheet, `G${r}`)) typed2024.push(`G${r}`);
      }
      expect(typed2024).toEqual(
        b.findings.filter((f) => f.rules.includes("hardcoded-value")).map((f) => f.cell),
      );
    });

    it("writes the T-C.29's second indicator without code and without money", () => {
      const { book: b, wb } = book("tc29-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const rows: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        if (!nonBlank(get(t.sheet, r, colNumber("A")))) rows.push(r);
      expect(rows).toHaveLength(1);
      const rp = Object.entries(t.columns)
        .filter(([, role]) =>
          ["anggaran", "realisasi-anggaran"].includes(Array.isArray(role) ? role[0] : role),
        )
        .map(([c]) => c);
      expect(rp.length).toBe(5);
      for (const c of rp) expect(get(t.sheet, rows[0], colNumber(c))).toBeNull();
      expect(nonBlank(get(t.sheet, rows[0], colNumber("C")))).toBe(true);
    });
  },
});
