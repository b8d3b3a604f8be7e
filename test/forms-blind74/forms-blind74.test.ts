// The seventy-sixth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the TEPRA kabupaten fisik is weighted by the pagu, the Tahun 2024 row of the quarterly
// table points at Triwulan IV, and the LKjIP computes the refleksi exactly where the Sifat is Minimal.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind74 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the seventy-sixth set of unseen standard-form workbooks", buildBlind74, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind74"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("weights the TEPRA kabupaten fisik by the pagu, not by the count of OPD", () => {
      const { book: b, wb } = book("tepra-fisik-keuangan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let w = 0;
      let p = 0;
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        w += Number(get(t.sheet, r, c0 + 6)) * Number(get(t.sheet, r, c0 + 2));
        p += Number(get(t.sheet, r, c0 + 2));
      }
      expect(Number(get(t.sheet, t.lastDataRow, c0 + 6))).toBeCloseTo(w / p, 2);
    });

    it("points the Tahun 2024 row of the quarterly table at Triwulan IV", () => {
      const { book: b, wb } = book("rekap-metode-pemilihan-");
      const t = b.expected().tables[1];
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      expect(get(t.sheet, t.lastDataRow, c0)).toBe("Tahun 2024");
      for (let k = 1; k <= 5; k++)
        expect(get(t.sheet, t.lastDataRow, c0 + k)).toEqual(get(t.sheet, t.lastDataRow - 1, c0 + k));
    });

    it("computes the refleksi exactly on the Minimal rows of the LKjIP, but for the planted one", () => {
      const { book: b, wb } = book("lkjip-paket-gagal-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      const seen: string[] = [];
      for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
        const sifat = String(ws.getCell(r, c0 + 2).value);
        const f = (ws.getCell(r, c0 + 6).value as { formula: string }).formula;
        seen.push(`${sifat} ${f.includes("(2*") ? "refleksi" : "R/T"}`);
      }
      expect(seen.filter((x) => x === "Minimal R/T")).toHaveLength(1);
      expect(seen.filter((x) => x === "Maksimal refleksi")).toHaveLength(0);
    });
  },
});
