// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// job-seeker recap's Jumlah columns are L + P on every numbered row except the planted SMK row, and the E.81 levels (unit %)
// take the Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind137 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-thirty-seventh set of unseen standard-form workbooks (Dinas Tenaga Kerja)",
  buildBlind137,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind137"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("keeps Jumlah = L + P in both recap tables, except the planted SMK row", () => {
        const { book: b, wb } = book("rekap-pencaker-");
        const get = getter(wb);
        const off: string[] = [];
        for (const t of b.expected().tables) {
          const c1 = colNumber(t.firstCol);
          const [l, p, j] = [c1 + 2, c1 + 3, c1 + 4];
          for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
            // kecamatan and education rows (numbered), not the JUMLAH rows that follow them
            if (typeof get(t.sheet, r, c1) !== "number") continue;
            const [x, y, z] = [get(t.sheet, r, l), get(t.sheet, r, p), get(t.sheet, r, j)];
            if (typeof x === "number" && typeof y === "number" && typeof z === "number" && x + y !== z)
              off.push(`${t.sheet}!${r}`);
          }
        }
        const planted = b.findings.filter((f) => f.rules.includes("sum-mismatch"));
        expect(off.length).toBe(planted.length);
      });

      it("takes the Triwulan IV value for the E.81 levels and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const k12 = colNumber(t.firstCol) + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k12).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
        expect(seen.has("orang")).toBe(true);
      });
    },
  },
);
