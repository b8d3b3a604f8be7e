// The eighth set must not lie either (../forms/soundness.ts says what is checked), plus checks of its
// own that the shared suite cannot express: the E.80 really has empty spacer columns inside its
// table, the Bapenda year totals are SUM formulas over Januari .. Desember, and every number of the
// RSUD table is text in Indonesian format.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind6 } from "./build";
import { BULAN } from "./evaluasi";
import { colLetter, colNumber } from "../fixtures/util";

soundnessSuite("the eighth set of unseen standard-form workbooks", buildBlind6, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind6"),
  uniqueClean: true,
  extra: (loaded) => {
    it("leaves empty spacer columns between the groups of the E.80", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("e80-spasi-"))!;
      const [t] = book.expected().tables;
      const get = getter(wb);
      const empty: string[] = [];
      for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
        let blank = true;
        for (let r = t.header[0]; r <= t.lastDataRow; r++) if (get(t.sheet, r, c) !== null) blank = false;
        if (blank) empty.push(colLetter(c));
      }
      expect(empty).toHaveLength(4);
      for (const c of empty) expect(t.columns[c]).toBeUndefined();
      // the one-level headers are merged down over the three header rows
      const ws = wb.getWorksheet(t.sheet)!;
      const no = ws.getCell(t.header[0] + 2, colNumber(t.firstCol));
      expect(no.isMerged && no.master.address).toBe(`${t.firstCol}${t.header[0]}`);
    });

    it("sums Januari .. Desember into the Bapenda year totals by SUM formulas", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("realisasi-bulanan-"))!;
      const [t] = book.expected().tables;
      const get = getter(wb);
      const heads: string[] = [];
      for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
        heads.push(String(get(t.sheet, t.header[1], c) ?? ""));
      expect(heads.filter((h) => BULAN.includes(h))).toEqual(BULAN);
      const jml = Object.entries(t.columns).find(
        ([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran",
      )!;
      const f = book.formulas.filter((x) => x.sheet === t.sheet && x.col === colNumber(jml[0]));
      expect(f.filter((x) => x.f.startsWith("SUM(")).length).toBeGreaterThanOrEqual(10);
    });

    it("types every number of the RSUD table as Indonesian text", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("capaian-teks-"))!;
      const [t] = book.expected().tables;
      const get = getter(wb);
      const numeric = Object.entries(t.columns)
        .filter(([, r]) => !["no", "kode", "indikator", "satuan"].includes(Array.isArray(r) ? r[0] : r))
        .map(([c]) => colNumber(c));
      expect(numeric).toHaveLength(6);
      let n = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        for (const c of numeric) {
          const v = get(t.sheet, r, c);
          if (v === null) continue;
          expect(typeof v).toBe("string");
          expect(String(v)).toMatch(/^\d{1,3}(\.\d{3})*(,\d{2})?$/);
          n++;
        }
      expect(n).toBeGreaterThan(40);
    });
  },
});
