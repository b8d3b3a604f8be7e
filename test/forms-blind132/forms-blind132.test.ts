// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan receives more BOSDA than its pagu except the planted row, and the T-C.27's kondisi akhir Rp
// is the three years added except the planted sub kegiatan.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind132 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-thirty-fourth set of unseen standard-form workbooks (Dinas Pendidikan)",
  buildBlind132,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind132"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("pays no kecamatan more BOSDA than its pagu, except the planted Lubai Ulu row", () => {
        const { book: b, wb } = book("rekap-bosda-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const letters = Object.entries(t.columns);
        const pagu = colNumber(letters.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const paid = colNumber(
          letters.filter(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")[2][0],
        );
        const over: number[] = [];
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const n = get(t.sheet, r, pagu);
          const p = get(t.sheet, r, paid);
          if (typeof n === "number" && typeof p === "number" && p > n) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
      });

      it("adds the three years into the T-C.27 kondisi akhir Rp, except the planted sub kegiatan", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const rp = Object.entries(t.columns)
          .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
          .map(([l]) => colNumber(l));
        const ak = colNumber(t.lastCol) - 1;
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const years = rp.map((c) => get(t.sheet, r, c) as number);
          if (years[0] + years[1] + years[2] !== get(t.sheet, r, ak)) off.push(r);
        }
        expect(off.length).toBe(b.findings.filter((f) => f.rules.includes("kondisi-akhir-mismatch")).length);
      });
    },
  },
);
