// The E.81 Renja evaluation form: bounds, column meaning (years from "n-1" / "n-2" and the title,
// quarters, s.d., end-period target), its identities, and one finding per mistake.
import { detectTables } from "../../../src/core/detect";
import type { DetectedTable } from "../../../src/core/detect";
import { colToLetters, rangeToA1 } from "../../../src/core/grid";
import { runRules } from "../../../src/core/rules";
import { sheet } from "../rules/ruleTester";
import { e81 } from "./e81";

const cols = (t: DetectedTable): Record<string, string> =>
  Object.fromEntries(
    t.columns.map((c) => [
      colToLetters(c.col),
      [c.role, c.year, c.quarter ? `TW${c.quarter}` : "", c.toDate ? "sd" : "", c.endOfPeriod ? "akhir" : ""]
        .filter((x) => x !== undefined && x !== "")
        .join(" "),
    ]),
  );

function check(spec = e81()) {
  const grid = sheet(spec);
  const tables = detectTables(grid);
  return { tables, findings: runRules(tables.map((table) => ({ table, grid }))) };
}

describe("E.81 Renja evaluation form", () => {
  it("reads the header band, the number row, footers in and the signature block out", () => {
    const { tables } = check();
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(rangeToA1(t.headerRange)).toBe("A4:Y7");
    expect(rangeToA1(t.dataRange)).toBe("A8:Y12");
    expect(t.rows.map((r) => r.kind)).toEqual(["program", "kegiatan", "kegiatan", "rata-rata", "predikat"]);
  });

  it("resolves n-1 and n-2 from the title's year, quarters, s.d. and the end-period target", () => {
    const c = cols(check().tables[0]);
    expect(c.E).toBe("target akhir");
    expect(c.F).toBe("anggaran akhir");
    expect(c.G).toBe("realisasi 2022 sd");
    expect(c.H).toBe("realisasi-anggaran 2022 sd");
    expect(c.I).toBe("target 2023");
    expect(c.J).toBe("anggaran 2023");
    expect(c.K).toBe("realisasi 2023 TW1");
    expect(c.R).toBe("realisasi-anggaran 2023 TW4");
    expect(c.S).toBe("realisasi 2023");
    expect(c.U).toBe("realisasi 2023 sd");
    expect(c.W).toBe("capaian 2023 sd");
    expect(c.X).toBe("capaian 2023 sd");
  });

  it("raises nothing on a correct form, with a level indicator whose quarters are levels", () => {
    const bad = check().findings.filter((f) => f.severity !== "info");
    expect(bad).toEqual([]);
  });

  it("a wrong year total is one finding; the program total and s.d. it breaks are named in it", () => {
    const { findings } = check(
      e81((rows) => {
        rows[2].s[1] = 590_000_000; // quarters add up to 490 000 000
      }),
    );
    const bad = findings.filter((f) => f.severity !== "info");
    expect(bad.map((f) => `${f.rule} ${f.cell}`)).toEqual(["sum-mismatch T10"]);
    expect(bad[0].expected).toBe(490_000_000);
    expect(bad[0].message).toMatch(/T8/); // the program total
    expect(bad[0].message).toMatch(/V10/); // s.d. = s.d. tahun lalu + tahun ini
  });

  it("checks K sums only for flows: a count's quarters must add up", () => {
    const { findings } = check(
      e81((rows) => {
        rows[1].tw[3][0] = 70; // 40 + 50 + 55 + 70 = 215, the year says 205
      }),
    );
    const bad = findings.filter((f) => f.severity !== "info");
    expect(bad.map((f) => `${f.rule} ${f.cell}`)).toEqual(["sum-mismatch S9"]);
  });

  it("tingkat capaian s.d. is checked against the end-period target, not the year's", () => {
    const { findings } = check(
      e81((rows) => {
        rows[1].w[0] = 102.5; // 205 / 200: the Renja capaian; 625 / 1000 gives 62,5
      }),
    );
    const bad = findings.filter((f) => f.severity !== "info");
    expect(bad.map((f) => `${f.rule} ${f.cell}`)).toEqual(["capaian-mismatch W9"]);
    expect(bad[0].expected).toBe(62.5);
    // the footer's average and its predikat follow it: named in this finding, not reported apart
    expect(bad[0].message).toMatch(/W12/);
  });

  it("judges the footer predikat against the rata-rata capaian above it", () => {
    const spec = e81();
    spec.rows[spec.rows.length - 5][22] = "Tinggi"; // the average K is 70: Sedang
    const bad = check(spec).findings.filter((f) => f.severity !== "info");
    expect(bad.map((f) => `${f.rule} ${f.cell} ${f.expected}`)).toEqual(["predikat-mismatch W12 Sedang"]);
  });

  it("a typed rata-rata that is not the average of the capaian above it is a warning", () => {
    const spec = e81();
    spec.rows[spec.rows.length - 6][22] = 75; // the three capaian K average 70
    const bad = check(spec).findings.filter((f) => f.severity !== "info");
    expect(bad.map((f) => `${f.rule} ${f.cell} ${f.severity} ${f.expected}`)).toEqual([
      "capaian-mismatch W11 warning 70",
    ]);
  });
});
