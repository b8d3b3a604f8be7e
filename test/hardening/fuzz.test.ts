// Thousands of random grids through detection and every rule: nothing throws, nothing hangs,
// every finding is well formed. Deterministic: the same grids on every run.
import { detectTables } from "../../src/core/detect";
import { CellValue, Grid, parseA1 } from "../../src/core/grid";
import { RULES, runRules } from "../../src/core/rules";
import { hitung } from "../../src/core/formulas/hitung/mathTerbatas";

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const WORDS = [
  "No",
  "Indikator",
  "Satuan",
  "Target",
  "Realisasi",
  "Capaian",
  "Kode",
  "Rumus",
  "Kondisi Awal",
  "Kondisi Akhir",
  "Anggaran",
  "Rp",
  "K",
  "Jumlah",
  "TOTAL",
  "I Indikator Tujuan",
  "1.",
  "1.1",
  "1.2",
  "1.06.01",
  "1.06.01.2.01",
  "1.06.01.2.01.0001",
  "*) Data prediksi",
  "Tabel 2.3.1",
  "A (84,35)",
  "BB (84,35)",
  "11.653",
  "6,12",
  "-",
  "NA",
  "0,24*)",
  "Rata-rata Pertumbuhan",
  "Predikat",
  "Sangat Tinggi",
  "%",
  "Persentase PMKS",
  "Rasio Capaian",
];
const IDS = new Set(RULES.map((r) => r.id));

function randomGrid(seed: number): Grid {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const rows = 1 + Math.floor(r() * (r() < 0.1 ? 200 : 30));
  const cols = r() < 0.02 ? 500 : 1 + Math.floor(r() * 20);
  const g = new Grid({ name: `Acak ${seed}` });
  const value = (): CellValue => {
    const k = r();
    if (k < 0.25) return pick(WORDS);
    if (k < 0.35) return 2000 + Math.floor(r() * 40);
    if (k < 0.45) return pick([0, -0, 1e308, -1e308, 5e-324, 1e-12, -7.31, 100, 0.36]);
    if (k < 0.6) return Math.round(r() * 1e9) / 100;
    if (k < 0.65) return "";
    if (k < 0.7) return { error: pick(["#REF!", "#DIV/0!", "#N/A", "#VALUE!"]) };
    if (k < 0.73) return pick([true, false]);
    if (k < 0.75) return new Date(Date.UTC(2024, 0, 1));
    if (k < 0.8) return String(Math.round(r() * 1e6));
    return null;
  };
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      if (r() < 0.3) continue;
      const v = value();
      const formula =
        r() < 0.08
          ? pick(["A1/B1*100", "#REF!/C2", "SUM(A1:A3)", "IKU.CAPAIAN(B2,C2)", "E5/D6*100"])
          : undefined;
      if (v === null && !formula) continue;
      g.set(i, j, {
        value: v,
        ...(formula ? { formula } : {}),
        ...(r() < 0.1 ? { numFmt: pick(["0.00", "#,##0", "0%", "@"]) } : {}),
      });
    }
  }
  for (let k = 0; k < 3; k++) {
    if (r() < 0.5) continue;
    const r1 = 1 + Math.floor(r() * rows);
    const c1 = 1 + Math.floor(r() * cols);
    g.addMerge({
      r1,
      c1,
      r2: Math.min(rows, r1 + Math.floor(r() * 3)),
      c2: Math.min(cols, c1 + Math.floor(r() * 4)),
    });
  }
  return g;
}

// mathjs is built on the first formula text a grid holds (1-2 s on a loaded machine): built here,
// so the per-batch bound below measures hangs, not that one start-up
beforeAll(() => {
  hitung("1 + 1", {});
});

describe("fuzzing the engine", () => {
  it("survives 3000 random grids, alone and together, with well-formed findings", () => {
    let findings = 0;
    for (let batch = 0; batch < 300; batch++) {
      const grids = Array.from({ length: 10 }, (_, i) => randomGrid(batch * 10 + i + 1));
      const started = Date.now();
      const tables = grids.flatMap((grid) => detectTables(grid).map((table) => ({ table, grid })));
      const out = runRules(tables);
      // no hang: a generous bound, not a performance budget (those live in bench/)
      expect(Date.now() - started).toBeLessThan(5000);
      for (const f of out) {
        expect(IDS.has(f.rule)).toBe(true);
        expect(["error", "warning", "info"]).toContain(f.severity);
        expect(parseA1(f.cell)).toBeDefined();
        expect(f.cell).not.toMatch(/\$/);
        expect(typeof f.message).toBe("string");
        expect(f.message.length).toBeGreaterThan(5);
        expect(f.message).not.toMatch(/undefined|NaN|\[object Object\]/);
        for (const v of [f.expected, f.actual])
          if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
      }
      findings += out.length;
    }
    expect(findings).toBeGreaterThan(0); // the generator does reach the rules
  });

  it("handles the edge sheets: empty, one cell, one row of 500 columns, a header alone", () => {
    const one = new Grid({ name: "satu" });
    one.set(1, 1, { value: "No" });
    const wide = new Grid({ name: "lebar" });
    for (let c = 1; c <= 500; c++) wide.set(1, c, { value: c % 2 ? "Target" : 2024 });
    const header = new Grid({ name: "judul" });
    ["No", "Indikator", "Satuan", "Target 2024"].forEach((h, i) => header.set(1, i + 1, { value: h }));
    for (const g of [new Grid({ name: "kosong" }), one, wide, header]) {
      expect(() => runRules(detectTables(g).map((table) => ({ table, grid: g })))).not.toThrow();
    }
  });
});
