// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// terminal recap's Jumlah is the sum of its quarters except the planted typed row, and the E.81
// adds the quarters of the flows while the program's rate (a level) takes Triwulan IV.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind141 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-forty-first set of unseen standard-form workbooks (Dinas Perhubungan)",
  buildBlind141,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind141"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the quarters of every terminal except the planted typed Jumlah", () => {
        const { book: b, wb } = book("rekap-penumpang-terminal-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, c0) !== "number") continue;
          const q = [3, 4, 5, 6].map((k) => get(t.sheet, r, c0 + k) as number);
          if (q.reduce((n, v) => n + v, 0) !== get(t.sheet, r, c0 + 7)) off.push(r);
        }
        expect(off).toEqual(
          b.findings
            .filter((f) => f.rules.includes("hardcoded-value"))
            .map((f) => Number(f.cell!.replace(/^[A-Z]+/, ""))),
        );
      });

      it("takes Triwulan IV for the E.81 program's rate and adds the quarters of the kegiatan", () => {
        const { book: b, wb } = book("evaluasi-renja-e81-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const c0 = colNumber(t.firstCol);
        let levels = 0;
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const sat = get(t.sheet, r, c0 + 4);
          if (!/^2\.15\.\d\d/.test(String(get(t.sheet, r, c0 + 1)))) continue;
          const q = [11, 13, 15, 17].map((k) => get(t.sheet, r, c0 + k) as number);
          const k12 = get(t.sheet, r, c0 + 19);
          if (sat === "%") {
            levels++;
            expect(k12).toBe(q[3]);
          } else expect(k12).toBe(q.reduce((n, v) => n + v, 0));
        }
        expect(levels).toBe(1);
      });
    },
  },
);
