// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the E.81
// level rows take the Triwulan IV value while the flows add their quarters, and the recap's JUMLAH and
// Total rows are what the rows give except where a mistake is planted.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind129 } from "./build";

soundnessSuite(
  "the hundred-and-thirty-first set of unseen standard-form workbooks (DKP and Distan)",
  buildBlind129,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind129"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("takes the Triwulan IV value for the E.81 levels and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-renja-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, 20).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, 5).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
      });

      it("adds the recap's rows into JUMLAH and Total, except the planted stale traktor total", () => {
        const { book: b, wb } = book("rekap-alsintan-");
        const get = getter(wb);
        const bad: string[] = [];
        for (const t of b.expected().tables) {
          const c1 = t.firstCol.charCodeAt(0) - 64;
          for (let c = c1 + 2; c <= t.lastCol.charCodeAt(0) - 64; c++) {
            const head = String(get(t.sheet, t.header[1], c) ?? get(t.sheet, t.header[0], c));
            if (head.includes("%")) continue;
            let s = 0;
            for (let r = t.firstDataRow; r < t.lastDataRow; r++) s += Number(get(t.sheet, r, c));
            if (Math.abs(s - Number(get(t.sheet, t.lastDataRow, c))) > 1e-6) bad.push(`${t.sheet}!${c}`);
          }
        }
        expect(bad.length).toBe(b.findings.filter((f) => f.note.startsWith("JUMLAH")).length);
      });
    },
  },
);
