// The twelfth set must not lie either (../forms/soundness.ts says what is checked), plus checks of its
// own that the shared suite cannot express: the E.80 header speaks only in ordinals while the period
// stands in the title, the quarterly PK targets are cumulative (TW IV is the year's target), the
// row-wise RSUD table is scored on its bounds only, and the PK is checked against the Renstra on a
// sheet of its own.
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind10 } from "./build";
import { colNumber } from "../fixtures/util";

soundnessSuite("the twelfth set of unseen standard-form workbooks", buildBlind10, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind10"),
  uniqueClean: true,
  extra: (loaded) => {
    it("gives the E.80 years only as ordinals in its header, and the Renstra period in the title", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("e80-rasio-"))!;
      const [t] = book.expected().tables;
      const get = getter(wb);
      const heads: string[] = [];
      for (let r = t.header[0]; r <= t.header[1]; r++)
        for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
          const v = get(t.sheet, r, c);
          if (nonBlank(v)) heads.push(String(v));
        }
      expect(heads.filter((h) => /\b20\d\d\b/.test(h))).toEqual([]);
      expect(heads).toContain("Tahun ke-3");
      const above: string[] = [];
      for (let r = 1; r < t.header[0]; r++) above.push(String(get(t.sheet, r, 1) ?? ""));
      expect(above.some((h) => /Periode 2022-2026/.test(h))).toBe(true);
      expect(above).toContain("(dalam ribuan rupiah)");
    });

    it("writes the PK quarterly targets cumulatively: TW IV is the year's target", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("pk-triwulan-"))!;
      const [t] = book.expected().tables;
      const get = getter(wb);
      const tg = colNumber(t.firstCol) + 4;
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        expect(get(t.sheet, r, tg + 4)).toBe(get(t.sheet, r, tg));
        const qs = [1, 2, 3, 4].map((k) => get(t.sheet, r, tg + k));
        const nums = qs.filter((v): v is number => typeof v === "number");
        for (let k = 1; k < nums.length; k++) expect(nums[k] !== nums[k - 1] || nums[k] === 100).toBe(true);
        expect(qs.every((v) => typeof v === "number" || v === "-")).toBe(true);
      }
      expect(wb.worksheets.map((w) => w.name)).toEqual(["PK 2025", "Renstra 2022-2026"]);
      const cross = book.findings.find((f) => f.rules.includes("cross-table-mismatch"))!;
      expect(cross.anyOf!.map((c) => c.sheet)).toEqual(["PK 2025", "Renstra 2022-2026"]);
    });

    it("scores the row-wise RSUD table on its bounds only, with Target / Realisasi / Capaian (%) rows", () => {
      const { book, wb } = loaded().find((l) => l.book.file.startsWith("iku-baris-rsud-"))!;
      const t = book.expected().tables.find((x) => x.sheet === "Capaian IKU 2022-2024")!;
      expect(t.columns).toEqual({});
      const get = getter(wb);
      const u = colNumber(t.firstCol) + 3;
      const labels: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) labels.push(String(get(t.sheet, r, u)));
      expect(labels).toEqual(Array.from({ length: 4 }).flatMap(() => ["Target", "Realisasi", "Capaian (%)"]));
    });
  },
});
