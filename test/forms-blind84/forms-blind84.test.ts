// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: paid is
// never above the NPHD except where a mistake is planted, and the E.79 level rows take the Triwulan IV
// value while the flows add their quarters.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind84 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the eighty-sixth set of unseen standard-form workbooks (Bagian Kesra)", buildBlind84, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind84"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("pays no lembaga more than its NPHD, except the planted GKE row", () => {
      for (const prefix of ["rekap-nphd-", "daftar-pencairan-"]) {
        const { book: b, wb } = book(prefix);
        const [t] = b.expected().tables;
        const get = getter(wb);
        const letters = Object.entries(t.columns);
        const nphd = colNumber(letters.find(([, r]) => Array.isArray(r) && r[0] === "anggaran")![0]);
        const paid = colNumber(
          letters.filter(([, r]) => Array.isArray(r) && r[0] === "realisasi-anggaran")[2][0],
        );
        const over: number[] = [];
        for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
          if (typeof get(t.sheet, r, colNumber(t.firstCol)) !== "number") continue;
          const n = get(t.sheet, r, nphd);
          const p = get(t.sheet, r, paid);
          if (typeof n === "number" && typeof p === "number" && p > n) over.push(r);
        }
        const planted = b.findings.flatMap((f) => (f.rules.includes("serapan-over-100") ? [f] : []));
        expect([prefix, over.length]).toEqual([prefix, planted.length]);
      }
    });

    it("takes the Triwulan IV value for the levels of the E.79 and adds the quarters of the flows", () => {
      const { book: b, wb } = book("evaluasi-e79-");
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
    });
  },
});
