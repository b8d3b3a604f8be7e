// The fifty-sixth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the TLHP recap's statuses add up to the rekomendasi on every clean row, the loan
// recap's JUMLAH of anggota aktif is December's level, and the T-C.27 kondisi akhir Rp adds the
// five years on every clean row.
import type ExcelJS from "exceljs";
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind56 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the fifty-sixth set of unseen standard-form workbooks", buildBlind56, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind56"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds Selesai, Dalam Proses and Belum up to the rekomendasi on every OPD row but the planted one", () => {
      const { book: b, wb } = book("rekap-tlhp-per-opd-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const off: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = [3, 4, 5, 6].map((k) => get(t.sheet, r, c0 + k));
        if (typeof v[0] !== "number" || typeof get(t.sheet, r, c0) !== "number") continue;
        if (v[0] !== (v[1] as number) + (v[2] as number) + (v[3] as number)) off.push(r);
      }
      expect(off).toHaveLength(1);
    });

    it("closes the loan recap's anggota aktif with December's level", () => {
      const { book: b, wb } = book("rekap-peminjaman-koleksi-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c = colNumber(t.lastCol);
      const v = ws.getCell(t.lastDataRow - 1, c).value as ExcelJS.CellFormulaValue;
      expect(v.formula).toBe(`${t.lastCol}${t.lastDataRow - 2}`);
    });

    it("adds the five years' Rp into the T-C.27 kondisi akhir on all rows but one", () => {
      const { book: b, wb } = book("renstra-2025-2029-tc27-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const off: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        let s = 0;
        for (let k = 0; k < 5; k++) s += get(t.sheet, r, c0 + 6 + 2 * k) as number;
        if (Math.abs(s - (get(t.sheet, r, c0 + 16) as number)) > 0.5) off.push(r);
      }
      expect(off).toHaveLength(1);
    });
  },
});
