// The sixtieth set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own: the T-C.27 says its scale above the table, the RKPD's second indicator carries no code
// and no pagu, the price table's weekly prices are in full rupiah, and the industry recap's group
// headers are written once without merges.
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind60 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the sixtieth set of unseen standard-form workbooks", buildBlind60, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind60"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("states the T-C.27's scale above its header", () => {
      const { book: b, wb } = book("tc27-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const above: string[] = [];
      for (let r = 1; r < t.header[0]; r++) {
        const v = get(t.sheet, r, 1);
        if (nonBlank(v)) above.push(String(v));
      }
      expect(above).toContain("(dalam ribuan rupiah)");
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = get(t.sheet, r, colNumber(t.firstCol) + 6);
        if (typeof v === "number") expect([r, v < 10_000_000]).toEqual([r, true]);
      }
    });

    it("gives the RKPD's second indicator no code and no pagu", () => {
      const { book: b, wb } = book("rkpd-2026-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let without = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        if (!nonBlank(get(t.sheet, r, c0))) {
          without++;
          expect(nonBlank(get(t.sheet, r, c0 + 2))).toBe(true);
          expect(get(t.sheet, r, c0 + 5)).toBeNull();
          expect(get(t.sheet, r, c0 + 8)).toBeNull();
        }
      expect(without).toBe(1);
    });

    it("writes weekly prices in full rupiah", () => {
      const { book: b, wb } = book("pemantauan-harga-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        for (let c = colNumber(t.firstCol) + 3; c <= colNumber(t.firstCol) + 8; c++) {
          const v = get(t.sheet, r, c);
          expect([r, c, typeof v === "number" && v >= 10_000 && v <= 100_000]).toEqual([r, c, true]);
        }
    });

    it("writes the industry recap's group headers once, without merges", () => {
      const { book: b, wb } = book("rekap-ikm-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const top = ws.getRow(t.header[0]);
      const groups: string[] = [];
      top.eachCell((cell) => {
        if (typeof cell.value === "string") groups.push(cell.value);
        expect(cell.isMerged && Number(cell.col) > 2 && Number(cell.col) < 12).toBe(false);
      });
      expect(groups).toEqual(expect.arrayContaining(["Industri Kecil", "Industri Menengah", "Jumlah"]));
    });
  },
});
