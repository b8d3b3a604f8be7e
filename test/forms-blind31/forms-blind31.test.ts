// The thirty-first set must not lie either (../forms/soundness.ts says what is checked), plus checks
// of its own: the Rencana Aksi's counts add their months while its levels do not, the cascading
// table merges tujuan and sasaran down the rows, and the recap per PD links the first sheet.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind31 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the thirty-first set of unseen standard-form workbooks", buildBlind31, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind31"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("adds the months of a count in the Rencana Aksi and types the level of the others", () => {
      const { book: b, wb } = book("rencana-aksi-bulanan-");
      const t = b.expected().tables.find((x) => x.sheet === "RA Kinerja 2025")!;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const cara = String(ws.getCell(r, c0 + 17).value);
        const y = ws.getCell(r, c0 + 4).value;
        const isSum =
          typeof y === "object" && y !== null && "formula" in y && String(y.formula).startsWith("SUM(");
        expect([r, isSum]).toEqual([r, cara === "Jumlah"]);
      }
    });

    it("merges tujuan and sasaran down the rows of the cascading table", () => {
      const { book: b, wb } = book("cascading-tujuan-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const c0 = colNumber(t.firstCol);
      expect(ws.getCell(t.firstDataRow + 1, c0).isMerged).toBe(true);
      expect(ws.getCell(t.firstDataRow + 1, c0 + 1).isMerged).toBe(true);
      expect(ws.getCell(t.lastDataRow, c0 + 3).isMerged).toBe(false);
    });

    it("links the recap per PD to the Program Prioritas sheet, but for one typed pagu", () => {
      const { wb } = book("rkpd-program-prioritas-");
      const ws = wb.getWorksheet("Rekap per PD")!;
      const get = getter(wb);
      let typed = 0;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (typeof v === "number" && v > 1e9) typed++;
          if (typeof v === "object" && v && "formula" in v && !String(v.formula).startsWith("SUM("))
            expect(String(v.formula)).toContain("'Prioritas RKPD 2026'!");
        }),
      );
      expect(typed).toBe(1);
      expect(get("Rekap per PD", 1, 1)).toMatch(/REKAPITULASI/);
    });
  },
});
