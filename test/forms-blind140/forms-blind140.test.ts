// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// produksi of the recap is luas x produktivitas / 10 except the planted typed one, and no kecamatan
// takes more pupuk than its alokasi except the planted NPK row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind140 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the forms-blind140 set (Dinas Pertanian, NTB and Gorontalo)", buildBlind140, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind140"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("computes every produksi as luas x produktivitas / 10, except the planted typed one", () => {
      const { book: b, wb } = book("rekap-produksi-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const off: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        if (typeof get(t.sheet, r, c0) !== "number") continue;
        for (const c of [c0 + 2, c0 + 5]) {
          const l = get(t.sheet, r, c) as number;
          const p = get(t.sheet, r, c + 1) as number;
          const v = get(t.sheet, r, c + 2) as number;
          if (Math.abs(v - Math.round((l * p) / 10)) > 0.5) off.push(`${r}:${c}`);
        }
      }
      expect(off.length).toBe(b.findings.filter((f) => f.rules.includes("hardcoded-value")).length);
    });

    it("gives no kecamatan more pupuk than its alokasi, except the planted NPK row", () => {
      const { book: b, wb } = book("alokasi-realisasi-pupuk-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      let over = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        if (typeof get(t.sheet, r, c0) !== "number") continue;
        for (const c of [c0 + 3, c0 + 6])
          if ((get(t.sheet, r, c + 1) as number) > (get(t.sheet, r, c) as number)) over++;
      }
      expect(over).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
    });
  },
});
