// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: no
// kabupaten / kota is paid more BOSP than its pagu except the planted row, and the E.81 level rows take
// the Triwulan IV value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind114 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite(
  "the hundred-and-sixteenth set of unseen standard-form workbooks (Dinas Pendidikan NTT and Kepri)",
  buildBlind114,
  {
    minBooks: 6,
    minTraps: 5,
    earlier: () => booksBefore("forms-blind114"),
    uniqueClean: true,
    extra: (loaded) => {
      const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

      it("pays no kabupaten / kota more BOSP than its pagu, except the planted Natuna row", () => {
        const { book: b, wb } = book("rekap-penyaluran-bosp-");
        const [t] = b.expected().tables;
        const get = getter(wb);
        const letters = Object.entries(t.columns);
        const pagu = colNumber(letters.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const paid = colNumber(
          letters.filter(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")[2][0],
        );
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, colNumber(t.firstCol)) !== "number") continue;
          const n = get(t.sheet, r, pagu);
          const p = get(t.sheet, r, paid);
          if (typeof n === "number" && typeof p === "number" && p > n) over.push(r);
        }
        const planted = b.findings.filter((f) => f.rules.includes("serapan-over-100"));
        expect(over.length).toBe(planted.length);
        expect(over.length).toBe(1);
      });

      it("takes the Triwulan IV value for the levels of the E.81 and adds the quarters of the flows", () => {
        const { book: b, wb } = book("e81-evaluasi-renja-");
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
        expect(seen.size).toBeGreaterThan(1);
      });
    },
  },
);
