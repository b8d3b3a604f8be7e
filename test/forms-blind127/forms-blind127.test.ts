// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// lower-is-better row of the LKjIP but the planted one computes the refleksi, and in the BOK recap no
// kabupaten/kota spends more than its pagu except the planted row.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind127 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-twenty-seventh set of unseen standard-form workbooks (RSUD and Dinkes)",
  buildBlind127,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind127"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("computes the refleksi on every lower-is-better LKjIP row except the planted AKB", () => {
        const { book: b, wb } = book("lkjip-2024-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const first = colNumber(t.firstCol);
        const reflected: string[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, first + 7).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          if (String(v.formula).includes("2*")) reflected.push(String(ws.getCell(r, first + 2).value));
        }
        expect(reflected.map((s) => s.split(" ")[0])).toEqual(["Angka", "Prevalensi"]);
      });

      it("has no kabupaten/kota above its BOK pagu except the planted row", () => {
        const { book: b, wb } = book("rekap-bok-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.firstCol);
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c) !== "number") continue;
          const pagu = get(t.sheet, r, c + 2) as number;
          const jml = get(t.sheet, r, c + 5) as number;
          if (jml > pagu) over.push(r);
        }
        expect(over.length).toBe(b.findings.filter((f) => f.rules.includes("serapan-over-100")).length);
      });
    },
  },
);
