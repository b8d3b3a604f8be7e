// The eleventh set must not lie either (../forms/soundness.ts says what is checked), plus checks of its
// own that the shared suite cannot express: the T-C.27 numbers its Target | Rp pairs with one merged
// number and gives a program's second indicator a row without code or Rp; the Renja header speaks
// only of n and n+1 while the years stand in the title; the LRA in millions lists kegiatan by name
// without a code and splits its JUMLAH into Belanja Operasi and Belanja Modal under it; and the
// Kerangka Pendanaan puts its two tables one under the other with the same yearly totals.
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind9 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the eleventh set of unseen standard-form workbooks", buildBlind9, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind9"),
  uniqueClean: true,
  extra: (loaded) => {
    it("numbers the T-C.27 Target | Rp pairs with one merged number, and gives the second indicator no code and no Rp", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("tc27-kerangka-"))!;
      const [t] = book.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const get = getter(wb);
      const numRow = t.header[1];
      expect(t.header[1] - t.header[0]).toBe(3);
      const pairs = Object.entries(t.columns).filter(([, r]) => Array.isArray(r) && r[0] === "target");
      expect(pairs).toHaveLength(5);
      for (const [letter] of pairs) {
        const c = colNumber(letter);
        expect(ws.getCell(numRow, c + 1).master.address).toBe(ws.getCell(numRow, c).address);
        expect(get(t.sheet, numRow - 1, c)).toBe("Target");
        expect(get(t.sheet, numRow - 1, c + 1)).toBe("Rp");
      }
      const second = book.tables[0].row("p1b");
      const kode = colNumber(book.tables[0].c("kode"));
      expect(get(t.sheet, second, kode)).toBeNull();
      for (const [letter, role] of Object.entries(t.columns))
        if (Array.isArray(role) && role[0] === "anggaran")
          expect(get(t.sheet, second, colNumber(letter))).toBeNull();
      expect(get(t.sheet, second, colNumber(book.tables[0].c("ind")))).toMatch(/SMP/);
    });

    it("speaks of n and n+1 in the Renja header, with the years only in the title", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("renja-tahun-n-"))!;
      const [t] = book.expected().tables;
      const get = getter(wb);
      const heads: string[] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
          const v = get(t.sheet, r, c);
          if (nonBlank(v)) heads.push(String(v));
        }
      expect(heads.filter((h) => /\b20\d\d\b/.test(h))).toEqual([]);
      expect(heads).toContain("Tahun Rencana (n)");
      expect(heads).toContain("Prakiraan Maju (n+1)");
      const above: string[] = [];
      for (let r = 1; r < t.header[0]; r++) above.push(String(get(t.sheet, r, 1) ?? ""));
      expect(above.some((x) => /TAHUN 2026 DAN PRAKIRAAN MAJU TAHUN 2027/.test(x))).toBe(true);
    });

    it("lists the LRA kegiatan by name without a code, in millions, with Operasi and Modal under JUMLAH", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("lra-jutaan-"))!;
      const p = book.tables[0];
      const get = getter(wb);
      const above: string[] = [];
      for (let r = 1; r < p.top; r++) above.push(String(get(p.sheet, r, 1) ?? ""));
      expect(above).toContain("(dalam jutaan rupiah)");
      const kode = colNumber(p.c("kode"));
      const nama = colNumber(p.c("nama"));
      for (const id of ["k11", "k21", "k41"]) {
        expect(get(p.sheet, p.row(id), kode)).toBeNull();
        expect(nonBlank(get(p.sheet, p.row(id), nama))).toBe(true);
      }
      const ang = colNumber(p.c("ang"));
      const v = (id: string) => get(p.sheet, p.row(id), ang) as number;
      expect(p.row("op")).toBe(p.row("j") + 1);
      expect(p.row("mo")).toBe(p.lastDataRow);
      expect(Math.abs(v("op") + v("mo") - v("j"))).toBeLessThan(0.006);
    });

    it("puts the two Kerangka Pendanaan tables one under the other with the same yearly totals", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("kerangka-sumberdana-"))!;
      const [t1, t2] = book.tables;
      const get = getter(wb);
      expect(t2.sheet).toBe(t1.sheet);
      expect(t2.top).toBeGreaterThan(t1.lastDataRow + 1);
      for (let i = 0; i < 5; i++) {
        expect(t2.c(`y${i}`)).toBe(t1.c(`y${i}`));
        const c = colNumber(t1.c(`y${i}`));
        expect(get(t2.sheet, t2.row("j"), c)).toBe(get(t1.sheet, t1.row("j"), c));
      }
    });
  },
});
