// The sixty-first set must not lie either (../forms/soundness.ts says what is checked), plus checks of
// its own: the SAKIP recap's weights stand in its header and no component exceeds its weight, the
// population recap gives its unit only in the title, and the Rencana Aksi's counts add their quarters
// while its levels end on the yearly target.
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind61 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the sixty-first set of unseen standard-form workbooks", buildBlind61, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind61"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("states the SAKIP weights in the header and keeps every component within its weight", () => {
      const { book: b, wb } = book("rekap-lhe-akip-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const weights = [30, 30, 15, 25];
      weights.forEach((w, i) => {
        const head = String(get(t.sheet, t.header[0] + 1, c0 + 2 + i));
        expect(head).toContain(`(${w})`);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const v = get(t.sheet, r, c0 + 2 + i);
          expect([r, typeof v === "number" && v >= 0 && v <= w]).toEqual([r, true]);
        }
      });
      expect(weights.reduce((a, x) => a + x, 0)).toBe(100);
    });

    it("gives the population recap's unit only in the title", () => {
      const { book: b, wb } = book("populasi-ternak-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const above: string[] = [];
      for (let r = 1; r < t.header[0]; r++) {
        const v = get(t.sheet, r, 1);
        if (nonBlank(v)) above.push(String(v));
      }
      expect(above).toContain("(satuan: ekor)");
      for (let r = t.header[0]; r <= t.header[1]; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++)
          expect(String(get(t.sheet, r, c) ?? "")).not.toMatch(/ekor/i);
    });

    it("adds the quarters of the Rencana Aksi's counts and ends its levels on the yearly target", () => {
      const { book: b, wb } = book("pk-dan-rencana-aksi-");
      const t = b.expected().tables.find((x) => x.sheet === "Rencana Aksi 2025")!;
      const get = getter(wb);
      const c0 = colNumber(t.firstCol);
      const kinds = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const sifat = String(get(t.sheet, r, c0 + 8));
        kinds.add(sifat);
        const year = get(t.sheet, r, c0 + 3) as number;
        const q = [4, 5, 6, 7].map((k) => get(t.sheet, r, c0 + k) as number);
        if (sifat !== "jumlah triwulan") expect([r, q[3]]).toEqual([r, year]);
      }
      expect(kinds).toEqual(new Set(["jumlah triwulan", "kumulatif / posisi"]));
    });
  },
});
