// Accepted findings: marked, counted apart, left out of the error count; a changed value re-opens one.
import { penerimaanUntuk, tarik, terapkanPenerimaan, terima } from "../../../src/core/pengaturan";
import type { Penerimaan } from "../../../src/core/pengaturan";
import { acceptedFindings, groupFindings } from "../../../src/core/report";
import type { Finding, Report } from "../../../src/core/report";

const finding = (cell: string, severity: Finding["severity"], actual?: number): Finding => ({
  rule: "sum-mismatch",
  severity,
  sheet: "T 2.3.2",
  cell,
  message: `jumlah ${cell}`,
  ...(actual !== undefined ? { actual } : {}),
});

const report = (): Report => ({
  schema: "cermat.report/1",
  workbook: "x.xlsx",
  tables: [],
  findings: [
    finding("B9", "error", 100),
    finding("D9", "error", 200),
    finding("E9", "warning"),
    finding("F9", "info"),
  ],
  summary: { tables: 1, errors: 2, warnings: 1, info: 1 },
});

const alasan = (f: Finding, a = "sudah dijelaskan"): Penerimaan => penerimaanUntuk(f, a, "2025-01-20");

describe("terapkanPenerimaan", () => {
  it("marks the findings accepted and counts them apart", () => {
    const r = report();
    terapkanPenerimaan(r, [alasan(r.findings[0], "dana DAK"), alasan(r.findings[2])]);
    expect(r.findings.map((f) => f.accepted)).toEqual([
      { reason: "dana DAK", date: "2025-01-20" },
      undefined,
      { reason: "sudah dijelaskan", date: "2025-01-20" },
      undefined,
    ]);
    expect(r.summary).toEqual({ tables: 1, errors: 1, warnings: 0, info: 1, accepted: 2 });
    expect(groupFindings(r).flatMap((g) => g.findings.map((f) => f.finding.cell))).toEqual(["D9", "F9"]);
    expect(acceptedFindings(r).map((f) => f.finding.cell)).toEqual(["B9", "E9"]);
  });

  it("re-opens a finding whose value changed since it was accepted", () => {
    const r = report();
    const stale = alasan({ ...r.findings[0], actual: 99 });
    terapkanPenerimaan(r, [stale]);
    expect(r.findings[0].accepted).toBeUndefined();
    expect(r.summary).toEqual({ tables: 1, errors: 2, warnings: 1, info: 1, accepted: 0 });
  });

  it("holds on any value when none was stored, and only for the same rule, sheet and cell", () => {
    const r = report();
    terapkanPenerimaan(r, [
      { rule: "sum-mismatch", sheet: "T 2.3.2", cell: "D9", alasan: "a", tanggal: "" },
      { rule: "capaian-mismatch", sheet: "T 2.3.2", cell: "B9", alasan: "b", tanggal: "" },
      { rule: "sum-mismatch", sheet: "T 2.3.1", cell: "E9", alasan: "c", tanggal: "" },
    ]);
    expect(r.findings.map((f) => !!f.accepted)).toEqual([false, true, false, false]);
    expect(r.findings[1].accepted).toEqual({ reason: "a" });
  });

  it("leaves a report alone when nothing was accepted", () => {
    const r = report();
    terapkanPenerimaan(r, []);
    expect(r).toEqual(report());
  });
});

describe("terima and tarik", () => {
  it("keeps one acceptance per finding and withdraws it", () => {
    const f = finding("B9", "error", 100);
    const once = terima([], alasan(f, "pertama"));
    const twice = terima(once, alasan(f, "kedua"));
    expect(twice).toEqual([alasan(f, "kedua")]);
    expect(tarik(twice, f)).toEqual([]);
    expect(penerimaanUntuk(finding("E9", "warning"), " x ", "d")).toEqual({
      rule: "sum-mismatch",
      sheet: "T 2.3.2",
      cell: "E9",
      alasan: "x",
      tanggal: "d",
    });
  });
});
