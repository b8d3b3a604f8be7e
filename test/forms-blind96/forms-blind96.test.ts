// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// monthly inflation capaian is the refleksi wherever it is not planted, and no sub kegiatan of the E.81
// spends more than its pagu.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind96 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the ninety-sixth set of unseen standard-form workbooks (Bagian Perekonomian dan SDA)",
  buildBlind96,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind96"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("computes the monthly inflation capaian as the refleksi, except the planted month", () => {
        const { book: b, wb } = book("inflasi-yoy-");
        const t = b.expected().tables[0];
        const get = getter(wb);
        const letter = (role: string) =>
          colNumber(Object.entries(t.columns).find(([, r]) => Array.isArray(r) && r[0] === role)![0]);
        const [R, T, C] = [letter("realisasi"), letter("target"), letter("capaian")];
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const [rv, tv, cv] = [get(t.sheet, r, R), get(t.sheet, r, T), get(t.sheet, r, C)];
          if (typeof rv !== "number" || typeof tv !== "number" || typeof cv !== "number") continue;
          if (Math.abs(cv - ((2 * tv - rv) / tv) * 100) > 0.006) off.push(r);
        }
        const planted = b.findings.filter((f) => f.rules.includes("inconsistent-formula"));
        expect(off.length).toBe(planted.length);
        expect(off.map((r) => `${String.fromCharCode(64 + C)}${r}`)).toEqual(planted.map((f) => f.cell));
      });

      it("spends no more than the pagu in any sub kegiatan of the E.81", () => {
        const { book: b, wb } = book("evaluasi-renja-2024-e81-");
        const t = b.expected().tables[0];
        const get = getter(wb);
        const rp = Object.entries(t.columns).filter(([, r]) => Array.isArray(r) && r[1] === 2024);
        const pagu = colNumber(rp.find(([, r]) => r[0] === "anggaran")![0]);
        const real = colNumber(rp.filter(([, r]) => r[0] === "realisasi-anggaran")[4][0]);
        let seen = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const p = get(t.sheet, r, pagu);
          const x = get(t.sheet, r, real);
          if (typeof p !== "number" || typeof x !== "number") continue;
          seen++;
          expect([r, x <= p]).toEqual([r, true]);
        }
        expect(seen).toBeGreaterThanOrEqual(5);
      });
    },
  },
);
