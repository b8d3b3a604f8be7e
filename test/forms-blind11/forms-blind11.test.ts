// The thirteenth set must not lie either (../forms/soundness.ts says what is checked), plus checks of its
// own that the shared suite cannot express: the T-C.25 body is text only (a table with nothing to
// compute), the T-C.26 header speaks only in ordinals while the RPJMD period stands in the title, the
// Renstra Perubahan puts Target Awal | Target Perubahan under every year and under the end of the
// period, the RPJMD sections carry roman numerals and no numbers, and the T-C.23 footnotes its last
// year of realisation.
import { getter, nonBlank, soundnessSuite } from "../forms/soundness";
import { booksBefore } from "../forms/sets";
import { buildBlind11 } from "./build";
import type { Loaded } from "../forms/soundness";
import type { ExpectedTableJson } from "../forms/kit";
import { colNumber } from "../fixtures/util";

const book = (loaded: Loaded[], prefix: string): Loaded =>
  loaded.find((l) => l.book.file.startsWith(prefix))!;

/** Every non-blank header text of a table. */
function heads(l: Loaded, t: ExpectedTableJson): string[] {
  const get = getter(l.wb);
  const out: string[] = [];
  for (let r = t.header[0]; r <= t.header[1]; r++)
    for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
      const v = get(t.sheet, r, c);
      if (nonBlank(v)) out.push(String(v));
    }
  return out;
}

soundnessSuite("the thirteenth set of unseen standard-form workbooks", buildBlind11, {
  minBooks: 6,
  minTraps: 5,
  earlier: () => booksBefore("forms-blind11"),
  uniqueClean: true,
  extra: (loaded) => {
    it("keeps the T-C.25 body text only, with no finding or clean cell on it", () => {
      const l = book(loaded(), "tc25-");
      const e = l.book.expected();
      const t = e.tables.find((x) => x.sheet === "T-C.25")!;
      const get = getter(l.wb);
      const numbers: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++)
        for (let c = colNumber(t.firstCol) + 1; c <= colNumber(t.lastCol); c++) {
          const v = get(t.sheet, r, c);
          if (typeof v === "number") numbers.push(`${r}:${c}`);
        }
      expect(numbers).toEqual([]);
      expect(heads(l, t)).toEqual(expect.arrayContaining(["Strategi", "Arah Kebijakan", "(6)"]));
      const cells = [
        ...e.findings.flatMap((f) => f.anyOf ?? [{ sheet: f.sheet!, cell: f.cell! }]),
        ...e.clean,
      ];
      expect(cells.some((c) => c.sheet === "T-C.25")).toBe(false);
    });

    it("gives the T-C.26 years only as ordinals in its header, and the RPJMD period in the title", () => {
      const l = book(loaded(), "tc26-");
      const [t] = l.book.expected().tables;
      const h = heads(l, t);
      expect(h.filter((x) => /\b20\d\d\b/.test(x))).toEqual([]);
      expect(h).toEqual(expect.arrayContaining(["Tahun ke-1", "Tahun ke-5"]));
      const get = getter(l.wb);
      const above: string[] = [];
      for (let r = 1; r < t.header[0]; r++) above.push(String(get(t.sheet, r, 1) ?? ""));
      expect(above.some((x) => /Tahun 2025-2029/.test(x))).toBe(true);
    });

    it("puts Target Awal | Target Perubahan under every year and under the end of the period", () => {
      const l = book(loaded(), "renstra-perubahan-");
      const [t] = l.book.expected().tables;
      const get = getter(l.wb);
      const pairs: string[] = [];
      for (let c = colNumber(t.firstCol); c <= colNumber(t.lastCol); c++) {
        const low = get(t.sheet, t.header[0] + 1, c);
        if (low === "Target Awal")
          pairs.push(`${get(t.sheet, t.header[0], c)} | ${low} | ${get(t.sheet, t.header[0] + 1, c + 1)}`);
      }
      expect(pairs).toEqual([
        "Tahun 2024 | Target Awal | Target Perubahan",
        "Tahun 2025 | Target Awal | Target Perubahan",
        "Tahun 2026 | Target Awal | Target Perubahan",
        "Capaian Kinerja Akhir Periode | Target Awal | Target Perubahan",
      ]);
    });

    it("numbers the RPJMD aspek with roman numerals on rows without numbers", () => {
      const l = book(loaded(), "rpjmd-ikd-");
      const t = l.book.expected().tables.find((x) => x.sheet === "Tabel 9.1")!;
      const get = getter(l.wb);
      const c1 = colNumber(t.firstCol);
      const romans: string[] = [];
      for (let r = t.firstDataRow; r <= t.lastDataRow; r++) {
        const no = get(t.sheet, r, c1);
        if (typeof no !== "string") continue;
        if (/^[IVX]+$/.test(no)) romans.push(no);
        for (let c = c1 + 2; c <= colNumber(t.lastCol); c++) expect(nonBlank(get(t.sheet, r, c))).toBe(false);
      }
      expect(romans).toEqual(["I", "II", "III"]);
    });

    it("footnotes the last year of the T-C.23 realisation as provisional", () => {
      const l = book(loaded(), "tc23-");
      const [t] = l.book.expected().tables;
      expect(heads(l, t)).toContain("Thn 2024*)");
      const get = getter(l.wb);
      const below: string[] = [];
      for (let r = t.lastDataRow + 1; r <= t.lastDataRow + 6; r++)
        below.push(String(get(t.sheet, r, 1) ?? ""));
      expect(below.some((x) => x.startsWith("*) angka sementara"))).toBe(true);
    });
  },
});
