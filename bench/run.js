#!/usr/bin/env node
// `npm run bench`: the performance budgets of Cermat IKU, measured. Prints a table and one JSON
// line per figure: {"name", "value", "unit", "budget", "pass"}. Workbooks are generated from a
// seed (bench/generate.js); the bundles are read from dist/ (run `npm run build` first for them).
// Budgets live here, not in timed unit tests.
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const ExcelJS = require("exceljs");
const root = path.join(__dirname, "..");
const lib = (p) => require(path.join(root, "lib", p));
const { detectTables } = lib("core/detect");
const { gridFromRows } = lib("core/grid");
const { runRules } = lib("core/rules");
const { checkFile } = lib("cli/main");
const { readGrids } = lib("excel/readGrids");
const { tandai } = lib("excel/marks");
const { fungsi } = lib("functions/fungsi");
const { mapCells } = lib("functions/matrix");
const fake = require(path.join(root, "test", "fakes", "fakeOffice.js"));
const { workbookRows } = require("./generate");

const results = [];
function record(name, value, unit, budget, pass) {
  results.push({ name, value: Math.round(value * 100) / 100, unit, budget, pass });
}

/** Best of `n` runs after one warm-up: the machine's noise stays out of the figure. */
function best(n, f) {
  f();
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

function engine() {
  const perCell = {};
  for (const cells of [10_000, 100_000, 1_000_000]) {
    const grids = workbookRows(cells).map((s) => gridFromRows(s.name, s.rows));
    const used = grids.reduce((n, g) => n + g.rowCount * g.colCount, 0);
    const ms = best(cells >= 1_000_000 ? 3 : 5, () => {
      const tables = grids.flatMap((grid) => detectTables(grid).map((table) => ({ table, grid })));
      runRules(tables);
    });
    perCell[cells] = ms / used;
    record(
      `engine ${cells.toLocaleString("en-US")} cells`,
      ms,
      "ms",
      cells === 1_000_000 ? "< 1000 ms" : "-",
      cells === 1_000_000 ? ms < 1000 : true,
    );
    record(
      `engine ${cells.toLocaleString("en-US")} cells throughput`,
      used / (ms / 1000),
      "cells/s",
      "-",
      true,
    );
  }
  const growth = perCell[1_000_000] / perCell[100_000];
  record("engine time per cell, 1M vs 100k", growth, "x", "<= 1.5 (linear)", growth <= 1.5);
}

async function cli() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-bench-"));
  try {
    for (const cells of [100_000, 300_000]) {
      const file = path.join(dir, `renstra-${cells}.xlsx`);
      const wb = new ExcelJS.Workbook();
      for (const s of workbookRows(cells, 7)) {
        const ws = wb.addWorksheet(s.name);
        for (const row of s.rows) ws.addRow(row);
      }
      await wb.xlsx.writeFile(file);
      const time = async (f) => {
        await f();
        let min = Infinity;
        for (let i = 0; i < 3; i++) {
          const t = performance.now();
          await f();
          min = Math.min(min, performance.now() - t);
        }
        return min;
      };
      const load = await time(() => new ExcelJS.Workbook().xlsx.readFile(file));
      const check = await time(() => checkFile(file));
      record(`cli ${cells.toLocaleString("en-US")} cells: exceljs load`, load, "ms", "-", true);
      record(`cli ${cells.toLocaleString("en-US")} cells: cermat periksa`, check, "ms", "-", true);
      const ratio = check / load;
      record(
        `cli ${cells.toLocaleString("en-US")} cells: check / exceljs load`,
        ratio,
        "x",
        "<= 1.5",
        ratio <= 1.5,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function roundTrips() {
  const caps = { conditionalFormats: true, mergedAreas: true, notes: true };
  for (const n of [1, 5, 20]) {
    const sheets = Array.from({ length: n }, (_, i) => ({
      name: `Lembar ${i + 1}`,
      cells: Object.fromEntries(
        Array.from({ length: 200 }, (_, k) => [`${"ABCDE"[k % 5]}${1 + Math.floor(k / 5)}`, k]),
      ),
    }));
    const wb = fake.createWorkbook({ sheets });
    fake.install(globalThis, wb);
    const before = wb.syncs;
    await globalThis.Excel.run((ctx) => readGrids(ctx, { scope: "workbook", capabilities: caps }));
    const syncs = wb.syncs - before;
    record(`office.js read ${n} sheet(s)`, syncs, "round trips", `<= ${n} + 2`, syncs <= n + 2);
  }
  for (const m of [10, 1000]) {
    const sheets = [
      { name: "S", cells: { A1: 1 } },
      { name: "T", cells: { A1: 1 } },
    ];
    const wb = fake.createWorkbook({ sheets });
    fake.install(globalThis, wb);
    const findings = Array.from({ length: m }, (_, i) => ({
      rule: "x",
      severity: "error",
      sheet: i % 2 ? "S" : "T",
      cell: `B${i + 1}`,
      message: "m",
    }));
    const before = wb.syncs;
    await globalThis.Excel.run((ctx) => tandai(ctx, findings, caps));
    const syncs = wb.syncs - before;
    // two reads (our old marks, the notes) and one write for all marks
    record(`office.js mark ${m} findings`, syncs, "round trips", "3 (1 write)", syncs === 3);
  }
}

function customFunctions() {
  const n = 100_000;
  const r = Array.from({ length: n }, (_, i) => [50 + (i % 50)]);
  const t = Array.from({ length: n }, (_, i) => [80 + (i % 20)]);
  const ms = best(3, () => mapCells([r, t], (a, b) => fungsi.CAPAIAN(a, b)));
  record("IKU.CAPAIAN over 100,000 rows", n / (ms / 1000), "evaluations/s", "-", true);
}

function bundles() {
  const dist = path.join(root, "dist");
  for (const [file, budget] of [
    ["taskpane.js", 350 * 1024],
    ["functions.js", null],
  ]) {
    const p = path.join(dist, file);
    if (!fs.existsSync(p)) {
      record(`bundle ${file} (gzip)`, NaN, "KB", "run `npm run build` first", false);
      continue;
    }
    const size = zlib.gzipSync(fs.readFileSync(p), { level: 9 }).length;
    record(
      `bundle ${file} (gzip)`,
      size / 1024,
      "KB",
      budget ? `< ${budget / 1024} KB` : "-",
      budget ? size < budget : true,
    );
  }
}

async function main() {
  engine();
  await cli();
  await roundTrips();
  customFunctions();
  bundles();
  const w = Math.max(...results.map((r) => r.name.length));
  console.log(`${"figure".padEnd(w)}  ${"value".padStart(14)}  unit           budget              pass`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(w)}  ${r.value.toLocaleString("en-US").padStart(14)}  ${r.unit.padEnd(13)}  ${String(r.budget).padEnd(18)}  ${r.pass ? "ok" : "FAIL"}`,
    );
  }
  for (const r of results) console.log(JSON.stringify(r));
  process.exitCode = results.every((r) => r.pass) ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
