// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// realisation in the APBD recap is above its pagu except the planted bansos row, and the LKjIP uses
// refleksi on exactly the lower-is-better rows except the planted SP2D row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind101 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the one hundred and first set of unseen standard-form workbooks (BPKAD)", buildBlind101, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind101"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("spends no more than the pagu in the APBD recap, except the planted bansos row", () => {
      const { book: b, wb } = book("realisasi-apbd-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const cols = Object.entries(t.columns);
      const ang = colNumber(cols.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
      const jml = colNumber(cols.filter(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")[4][0]);
      const kode = colNumber(t.firstCol);
      const over: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const k = String(get(t.sheet, r, kode) ?? "");
        const n = get(t.sheet, r, ang);
        const p = get(t.sheet, r, jml);
        if (
          k.startsWith("5.") &&
          k.split(".").length === 3 &&
          typeof n === "number" &&
          typeof p === "number" &&
          p > n
        )
          over.push(k);
      }
      expect(over).toEqual(["5.1.06"]);
    });

    it("uses refleksi in the LKjIP on the lower-is-better rows only, except the planted SP2D row", () => {
      const { book: b, wb } = book("lkjip-2024-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const ind = colNumber(t.firstCol) + 2;
      const cap = colNumber(t.firstCol) + 6;
      const refl: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, cap).value;
        if (v && typeof v === "object" && "formula" in v && String(v.formula).includes("(2*"))
          refl.push(String(ws.getCell(r, ind).value));
      }
      expect(refl.map((x) => /SILPA|rekomendasi/.test(x))).toEqual([true, true]);
    });
  },
});
