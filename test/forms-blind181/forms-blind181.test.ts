// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27 kondisi akhir Rp adds the five Rp cells one by one (no range over the Target columns), and
// every kecamatan's warga belajar Jumlah is Paket A + B + C.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind181 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-eighty-first set of unseen standard-form workbooks (PAUD dan kesetaraan)",
  buildBlind181,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind181"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the kondisi akhir Rp of the T-C.27 cell by cell, never as a range over K | Rp", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const akr = Object.entries(t.columns).filter(
          ([, r]) => Array.isArray(r) && r[0] === "kondisi-akhir",
        )[1][0];
        let n = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, colNumber(akr)).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          n++;
          expect([r, String(v.formula).includes(":")]).toEqual([r, false]);
        }
        expect(n).toBe(t.lastDataRow - t.firstDataRow + 1);
      });

      it("gives every kecamatan a warga belajar Jumlah of Paket A + B + C", () => {
        const { book: b, wb } = book("rekap-spm-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c1 = colNumber(t.lastCol);
        for (let r = t.firstDataRow; r < t.lastDataRow; r++) {
          const parts = [3, 2, 1].map((k) => get(t.sheet, r, c1 - k) as number);
          expect([r, get(t.sheet, r, c1)]).toEqual([r, parts[0] + parts[1] + parts[2]]);
        }
      });
    },
  },
);
