// The twenty-sixth set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the IKU targets are text with units, the E.81 realisation columns are cumulative (never
// falling from one quarter to the next) and the LKjIP blocks repeat Target / Realisasi / Capaian (%).
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind26 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the twenty-sixth set of unseen standard-form workbooks", buildBlind26, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind26"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("types the IKU targets as text with their units", () => {
      const { book: b, wb } = book("iku-target-berunit-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c = colNumber(
        Object.entries(t.columns).find(([, r]) => Array.isArray(r) && r[0] === "target")![0],
      );
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        expect(String(get(t.sheet, r, c))).toMatch(/^[\d,]+ \S+/);
    });

    it("never lets a cumulative E.81 column fall from one quarter to the next", () => {
      const { book: b, wb } = book("e81-sd-triwulan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const real = Object.entries(t.columns)
        .filter(([, r]) => Array.isArray(r) && r[0] === "realisasi")
        .map(([l]) => colNumber(l));
      expect(real.length).toBe(4);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        for (let i = 1; i < 4; i++)
          expect([r, Number(get(t.sheet, r, real[i])) >= Number(get(t.sheet, r, real[i - 1]))]).toEqual([
            r,
            true,
          ]);
    });

    it("repeats Target / Realisasi / Capaian (%) in every LKjIP block", () => {
      const { book: b, wb } = book("lkjip-baris-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const ur: string[] = [];
      for (let r = t.firstDataRow + 1; r <= t.lastDataRow; r++) ur.push(String(get(t.sheet, r, 4)));
      expect(ur).toEqual(Array.from({ length: 5 }, () => ["Target", "Realisasi", "Capaian (%)"]).flat());
    });
  },
});
