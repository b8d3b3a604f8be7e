// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no OPD
// publishes more datasets than it planned, and the E.81 level rows keep the Triwulan IV level.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind331 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the 331st set of unseen standard-form workbooks (Diskominfo: statistik sektoral, PPID, SPBE, aduan)",
  buildBlind331,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind331"),
    uniqueClean: true,
    extra: (loaded) => {
      const find = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("never publishes more datasets than an OPD planned", () => {
        const { book: b, wb } = find("rekap-statistik-sektoral-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
          expect(get(t.sheet, r, c0 + 2) as number).toBeLessThanOrEqual(get(t.sheet, r, c0 + 1) as number);
      });

      it("keeps the Triwulan IV level in the E.81 level rows (%, indeks)", () => {
        const { book: b, wb } = find("evaluasi-renja-diskominfo-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow - 2; r++) {
          const sat = get(t.sheet, r, c0 + 3);
          if (sat !== "%" && sat !== "indeks") continue;
          expect([r, get(t.sheet, r, c0 + 18)]).toEqual([r, get(t.sheet, r, c0 + 16)]);
        }
      });
    },
  },
);
