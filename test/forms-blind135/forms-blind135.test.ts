// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// T-C.27's kondisi akhir Rp adds the five years except where a mistake is planted, and the E.81 level
// rows take the Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind135 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-thirty-fifth set of unseen standard-form workbooks (Dinas Kesehatan)",
  buildBlind135,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind135"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("adds the five years' Rp into the T-C.27 kondisi akhir, except the planted kegiatan", () => {
        const { book: b, wb } = book("tc27-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const letters = Object.entries(t.columns);
        const rp = letters
          .filter(([, r]) => Array.isArray(r) && r[0] === "anggaran")
          .map(([l]) => colNumber(l));
        const ak = colNumber(letters.filter(([, r]) => Array.isArray(r) && r[0] === "kondisi-akhir")[1][0]);
        expect(rp.length).toBe(5);
        const off: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = get(t.sheet, r, ak);
          if (typeof v !== "number") continue;
          const five = rp.reduce((n, c) => n + Number(get(t.sheet, r, c)), 0);
          if (Math.abs(five - v) > 0.5) off.push(r);
        }
        const planted = b.findings.filter((f) => f.rules.includes("kondisi-akhir-mismatch"));
        expect(off.length).toBe(planted.length);
      });

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("evaluasi-e81-");
        const [t] = b.expected().tables;
        const ws = wb.getWorksheet(t.sheet)!;
        const satCol = colNumber(t.firstCol) + 4;
        const k13 = colNumber(t.firstCol) + 5 + 14;
        const seen = new Set<string>();
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          const v = ws.getCell(r, k13).value;
          if (!v || typeof v !== "object" || !("formula" in v)) continue;
          const sat = String(ws.getCell(r, satCol).value);
          seen.add(sat);
          expect([r, String(v.formula).includes("+")]).toEqual([r, sat !== "%"]);
        }
        expect(seen.has("%")).toBe(true);
        expect(seen.has("balita")).toBe(true);
      });
    },
  },
);
