// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kecamatan gets more CPP than its alokasi, and the E.81 levels take Triwulan IV while flows add quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind151 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-fifty-first set of unseen standard-form workbooks (Ketahanan Pangan)",
  buildBlind151,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind151"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("distributes no more CPP than the alokasi in any kecamatan", () => {
        const { book: b, wb } = book("distribusi-cpp-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const first = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const al = get(t.sheet, r, first + 3) as number;
          const j = get(t.sheet, r, first + 6) as number;
          expect([r, j <= al]).toEqual([r, true]);
        }
      });

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-evaluasi-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const first = colNumber(t.firstCol);
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const sat = String(ws.getCell(r, first + 4).value);
          const v = ws.getCell(r, first + 15).value as { formula: string };
          expect([r, v.formula.includes("+")]).toEqual([r, sat !== "%" && sat !== "poin"]);
        }
      });
    },
  },
);
