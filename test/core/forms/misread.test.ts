// The principle "never cry wolf" as a property (docs/desain.md, "Precision before recall"): on
// generated tables whose header makes the detector misread one column (target and realisation
// swapped, K and Rp swapped, a to-date column labelled as the year's), the checker says so at
// most once per column and never with an error.
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { colToLetters, parseA1 } from "../../../src/core/grid";
import { runRules } from "../../../src/core/rules";
import { sheet } from "../rules/ruleTester";
import type { SheetSpec } from "../rules/ruleTester";

/** A small deterministic generator (mulberry32) so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const round2 = (v: number): number => Math.round(v * 100) / 100;

/** LKjIP: Target | Realisasi | Capaian, with the target and realisation headers swapped. */
function swappedTR(r: () => number): SheetSpec {
  const n = 4 + Math.floor(r() * 8);
  const rows: CellValue[][] = [
    ["No", "Indikator Kinerja", "Satuan", "Realisasi 2024", "Target 2024", "Capaian (%)"],
  ];
  for (let i = 0; i < n; i++) {
    const t = round2(50 + r() * 50);
    const real = round2(t * (0.6 + r() * 0.35));
    rows.push([i + 1, `Persentase layanan ${i + 1} yang terpenuhi`, "%", t, real, round2((real / t) * 100)]);
  }
  return { name: "LKjIP", rows };
}

/** T-C.27 style: per year "Rp" over the K values and "Target" over the money. */
function swappedKRp(r: () => number): SheetSpec {
  const years = [2025, 2026, 2027];
  const head: CellValue[][] = [
    ["Kode", "Program dan Kegiatan", "Indikator", "Satuan", ...years.flatMap((y) => [y, null])],
    [null, null, null, null, ...years.flatMap(() => ["Rp", "Target"])],
  ];
  const kegiatan = 2 + Math.floor(r() * 4);
  const subs: CellValue[][] = [];
  const sums = years.map(() => [0, 0]);
  for (let k = 0; k < kegiatan; k++) {
    const vals = years.map(() => [Math.round(60 + r() * 40), Math.round(100_000_000 + r() * 900_000_000)]);
    vals.forEach(([kv, rp], i) => {
      sums[i][0] += kv;
      sums[i][1] += rp;
    });
    subs.push([
      `1.06.02.2.0${k + 1}`,
      `Kegiatan ${k + 1}`,
      `Persentase layanan ${k + 1}`,
      "%",
      ...vals.flat(),
    ]);
  }
  const program: CellValue[] = ["1.06.02", "Program Pemberdayaan Sosial", "Persentase PSKS aktif", "%"];
  for (const [, rp] of sums) program.push(Math.round(60 + r() * 40), rp);
  return {
    name: "T-C.27",
    rows: [...head, program, ...subs],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1", "I1:J1"],
  };
}

/** An evaluation table whose "s.d." realisation is headed as the year's own realisation. */
function toDateAsYear(r: () => number): SheetSpec {
  const n = 4 + Math.floor(r() * 6);
  const rows: CellValue[][] = [
    ["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Capaian 2024 (%)"],
  ];
  for (let i = 0; i < n; i++) {
    const t = Math.round(100 + r() * 400);
    const year = Math.round(t * (0.7 + r() * 0.3));
    const before = Math.round(200 + r() * 600);
    // the column holds s.d. (before + year) while the capaian is of the year alone
    rows.push([
      i + 1,
      `Jumlah penerima layanan ${i + 1} (orang)`,
      t,
      before + year,
      round2((year / t) * 100),
    ]);
  }
  return { name: "Evaluasi", rows };
}

const CASES: Array<[string, (r: () => number) => SheetSpec]> = [
  ["target and realisation swapped", swappedTR],
  ["K and Rp swapped", swappedKRp],
  ["a to-date column read as the year's", toDateAsYear],
];

describe.each(CASES)("a misread column (%s)", (_name, make) => {
  it("gives at most one finding per column and no error, over 150 generated tables", () => {
    for (let seed = 1; seed <= 150; seed++) {
      const spec = make(rng(seed));
      const grid = sheet(spec);
      const tables = detectTables(grid);
      expect(tables.length).toBeGreaterThan(0);
      const findings = runRules(tables.map((table) => ({ table, grid })));
      const errors = findings.filter((f) => f.severity === "error");
      if (errors.length)
        throw new Error(`seed ${seed}: ${errors.map((f) => `${f.cell} ${f.message}`).join("\n")}`);
      const perColumn = new Map<string, number>();
      for (const f of findings) {
        const col = colToLetters(parseA1(f.cell)!.col);
        perColumn.set(col, (perColumn.get(col) ?? 0) + 1);
      }
      for (const [col, count] of perColumn)
        if (count > 1)
          throw new Error(
            `seed ${seed}: ${count} findings in column ${col}: ${findings.map((f) => `${f.rule} ${f.cell} ${f.severity}`).join(", ")}`,
          );
    }
  });
});
