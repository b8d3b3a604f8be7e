// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: the
// monthly visits add up to their triwulan rows and the year adds the four triwulan rows (except the
// planted Triwulan III Keliling), and the E.81 adds the quarters of K exactly where the unit is a count.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { colNumber } from "../fixtures/util";
import { buildBlind87 } from "./build";

soundnessSuite("forms-blind87: Dinas Perpustakaan dan Kearsipan (Riau, Sulawesi Barat)", buildBlind87, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind87"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds each triwulan's months and the four triwulan rows, except the planted Keliling subtotal", () => {
      const { book: b, wb } = book("rekap-kunjungan-");
      const [t] = b.expected().tables;
      const get = getter(wb);
      const c1 = colNumber(t.firstCol);
      const off: string[] = [];
      const tw: number[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const label = String(get(t.sheet, r, c1 + 1));
        if (!label.startsWith("Jumlah Triwulan")) continue;
        tw.push(r);
        for (let c = c1 + 2; c <= c1 + 6; c++) {
          if (c === c1 + 5) continue; // Jumlah follows the typed Juli
          const months = [1, 2, 3].reduce((n, k) => n + (get(t.sheet, r - k, c) as number), 0);
          if (months !== get(t.sheet, r, c)) off.push(`${r}:${c}`);
        }
      }
      expect(tw.length).toBe(4);
      expect(off).toEqual([`${tw[2]}:${c1 + 4}`]);
      for (const c of [c1 + 2, c1 + 3, c1 + 6]) {
        const year = tw.reduce((n, r) => n + (get(t.sheet, r, c) as number), 0);
        expect(get(t.sheet, t.lastDataRow, c)).toBe(year);
      }
    });

    it("sums the quarters of K in the E.81 exactly where the unit is a count", () => {
      const { book: b, wb } = book("evaluasi-renja-");
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
        expect([r, String(v.formula).includes("+")]).toEqual([r, !["%", "nilai"].includes(sat)]);
      }
      expect(seen.has("%") && seen.has("nilai") && seen.has("orang")).toBe(true);
    });
  },
});
