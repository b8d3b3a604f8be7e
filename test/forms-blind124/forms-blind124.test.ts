// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows (unit "%") take the Triwulan IV value while the flows add their quarters, and in the
// recap every kabupaten's Jumlah PA is a SUM formula except the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind124 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the hundred-and-twenty-fourth set of unseen standard-form workbooks (DPPKB)", buildBlind124, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind124"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("takes the Triwulan IV value for the E.81 levels (in %) and adds the quarters of the flows", () => {
      const { book: b, wb } = book("e81-renja-dppkb-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const ind = c1 + 3;
      const kq = [0, 1, 2, 3].map((q) => c1 + 10 + 2 * q);
      const k12 = c1 + 18;
      let levels = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const name = get(t.sheet, r, ind);
        const v = get(t.sheet, r, k12);
        if (typeof name !== "string" || typeof v !== "number") continue;
        const qs = kq.map((c) => get(t.sheet, r, c) as number);
        const level = name.trim().endsWith("(%)");
        if (level) levels++;
        expect([r, v]).toEqual([r, level ? qs[3] : qs.reduce((n, x) => n + x, 0)]);
      }
      expect(levels).toBe(2);
    });

    it("sums every kabupaten's Jumlah PA by formula in the recap, except the planted one", () => {
      const { book: b, wb } = book("rekap-peserta-kb-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const pa = colNumber(t.lastCol) - 1;
      const typed: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, pa).value;
        if (!(v && typeof v === "object" && "formula" in v)) typed.push(r);
      }
      const planted = b.findings.filter((f) => f.rules.includes("hardcoded-value")).map((f) => f.cell);
      expect(typed.map((r) => `${ws.getCell(r, pa).address}`)).toEqual(planted);
    });
  },
});
