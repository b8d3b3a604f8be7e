// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// positivity rate of the malaria recap but the planted one is above 100, and the kelambu handed out
// never exceed their sasaran.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind261 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 261st set of unseen standard-form workbooks (Dinkes P2P, malaria and kusta)",
  buildBlind261,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind261"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps one positivity rate above 100 in the malaria recap, the planted one", () => {
        const { book: b, wb } = book("rekap-kasus-malaria-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c = colNumber(t.lastCol);
        const over: string[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          if ((get(t.sheet, r, c) as number) > 100) over.push(`${t.lastCol}${r}`);
        expect(over).toEqual([b.findings.find((f) => f.rules.includes("percent-out-of-range"))!.cell]);
      });

      it("hands out no more kelambu than the sasaran of any kecamatan", () => {
        const { book: b, wb } = book("kusta-triwulan-kelambu-");
        const t = b.expected().tables[1];
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 3) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 2) as number);
      });
    },
  },
);
