// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27's kondisi akhir Rp is the sum of the five years on every row, and no kecamatan's BPNT
// realisasi is above its pagu except the planted one.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind205 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the two-hundred-and-fifth set of unseen standard-form workbooks (Dinas Sosial)",
  buildBlind205,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind205"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps the T-C.27 kondisi akhir Rp the sum of the five years' Rp on every row", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const rps = Object.entries(t.columns)
          .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
          .map(([l]) => colNumber(l));
        expect(rps.length).toBe(5);
        const akRp = rps[4] + 2;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const total = rps.reduce((n, c) => n + Number(get(t.sheet, r, c)), 0);
          expect([r, get(t.sheet, r, akRp)]).toEqual([r, total]);
        }
      });

      it("pays no kecamatan more than its BPNT pagu, except the planted row", () => {
        const { book: b, wb } = book("rekap-bpnt-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const col = (role: string) =>
          colNumber(Object.entries(t.columns).find(([, r]) => Array.isArray(r) && r[0] === role)![0]);
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, colNumber(t.firstCol)) !== "number") continue;
          if (Number(get(t.sheet, r, col("realisasi-anggaran"))) > Number(get(t.sheet, r, col("anggaran"))))
            over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
      });
    },
  },
);
