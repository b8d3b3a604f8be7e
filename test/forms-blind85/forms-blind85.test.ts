// The set must not lie (../forms/soundness.ts says what is checked), plus checks of its own: every
// SLA capaian of the izin recap is the refleksi except the planted Kesehatan row, and the E.81's
// realisasi 2024 K adds its quarters exactly where the indicator counts (the levels in % or nilai IKM
// take Triwulan IV), except the planted SLA rate.
import { getter, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind85 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the eighty-seventh set of unseen standard-form workbooks (DPMPTSP)", buildBlind85, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind85"),
  uniqueClean: true,
  extra: (loaded) => {
    const book = (prefix: string) => loaded().find((l) => l.book.file.startsWith(prefix))!;

    it("computes every SLA capaian as the refleksi, except the planted Kesehatan row", () => {
      const { book: b, wb } = book("izin-terbit-sektor-sla-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const capCol = colNumber(t.lastCol);
      const planted = new Set(b.findings.map((f) => f.cell));
      let n = 0;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, capCol).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        n++;
        const addr = ws.getCell(r, capCol).address;
        expect([addr, String(v.formula).includes("(2*")]).toEqual([addr, !planted.has(addr)]);
      }
      expect(n).toBe(6);
      // and the SLA realisasi stays a plain number of days, never a percentage
      const get = getter(wb);
      for (let r = t.firstDataRow; r < t.lastDataRow; r++)
        expect(typeof get(t.sheet, r, capCol - 1)).toBe("number");
    });

    it("adds the quarters of the E.81 flows and takes Triwulan IV for the levels, except the planted rate", () => {
      const { book: b, wb } = book("evaluasi-renja-e81-");
      const [t] = b.expected().tables;
      const ws = wb.getWorksheet(t.sheet)!;
      const first = colNumber(t.firstCol);
      const satCol = first + 4;
      const k13 = first + 5 + 14;
      const planted = new Set(b.findings.map((f) => f.cell));
      const seen = new Set<string>();
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const v = ws.getCell(r, k13).value;
        if (!v || typeof v !== "object" || !("formula" in v)) continue;
        const sat = String(ws.getCell(r, satCol).value);
        seen.add(sat);
        const level = sat === "%" || sat === "nilai IKM";
        const addr = ws.getCell(r, k13).address;
        const isSum = String(v.formula).includes("+");
        expect([addr, isSum]).toEqual([addr, planted.has(addr) ? true : !level]);
      }
      expect(seen.has("%")).toBe(true);
      expect(seen.has("izin")).toBe(true);
    });
  },
});
