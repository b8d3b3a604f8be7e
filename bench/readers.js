#!/usr/bin/env node
// Which .xlsx reader (issue 15, item 2): the readers compared on the corpus of public files
// (scripts/corpus/build.js writes it to .corpus/). Not part of CI: the corpus is not committed.
//
//   cermat   exceljs as the command uses it: the package prepared by src/cli/xlsxPackage.ts,
//            then src/cli/readWorkbook.ts (lib/ must be built: npm run build:lib)
//   exceljs  exceljs 4.4.0 alone on the file's bytes, cells copied by the same sheetToGrid
//   sheetjs  the SheetJS parser as republished on the registry, @e965/xlsx (a devDependency)
//   fork     an exceljs fork, when given: --fork DIR (the folder of its package, installed
//            outside the project, e.g. `npm install @wekanteam/exceljs` in /tmp/fork and
//            --fork /tmp/fork/node_modules/@wekanteam/exceljs); cells copied by sheetToGrid
//
// Each reader runs in a worker thread of its own with a heap limit (--max-memory, default 1024
// MB) and a clock (--timeout, default 60 s); a worker past either is ended and started again.
// Per reader and file: read, refused (the reader threw an Error it means: a message about the
// file), crashed (a TypeError, RangeError or ReferenceError from inside the reader, or out of
// memory), timed out; the time; and for files two readers read, whether the values and
// formulas of a sample of cells agree (cells of sheets with the same name, rows 1-500 and
// columns 1-100, up to --sample cells per file, default 400, spread evenly). Values agree when
// both are blank (null or ""), equal numbers (relative 1e-9), the same instant (dates, 1 s),
// the same text (line ends aside), the same boolean or error; formulas when both are absent or
// equal without spaces, case and the _xlfn. prefix.
//
//   node bench/readers.js                       # all of .corpus/ -> test-results/readers.json
//   node bench/readers.js --only closedxml --readers cermat,sheetjs --fork DIR --json FILE
const fs = require("fs");
const path = require("path");
const { clearTimeout } = require("timers");
const { Worker, isMainThread, parentPort, workerData } = require("worker_threads");

const root = path.join(__dirname, "..");
const ROWS = 500;
const COLS = 100;

// ---------------------------------------------------------------------------------------------
// The worker: one reader

/** A cell value as JSON: dates and errors tagged. */
function plain(v) {
  if (v instanceof Date) return { date: v.getTime() };
  return v === undefined ? null : v;
}

function fromGrids(grids) {
  return grids.map((g) => {
    const cells = [];
    for (const r of g.usedRows()) {
      if (r > ROWS) break;
      for (let c = 1; c <= Math.min(g.colCount, COLS); c++) {
        const cell = g.cell(r, c);
        if (!cell) continue;
        const v = plain(cell.value);
        if ((v === null || v === "") && !cell.formula) continue;
        cells.push([r, c, v, cell.formula ?? null]);
      }
    }
    return { name: g.name, cells };
  });
}

function readerFor(name, fork) {
  const lib = (p) => require(path.join(root, "lib", p));
  if (name === "cermat") {
    const { readWorkbook, InputError } = lib("cli/readWorkbook");
    return async (file) => {
      try {
        return fromGrids((await readWorkbook(file)).sheets);
      } catch (e) {
        if (e instanceof InputError) throw Object.assign(new Error(e.id), { refused: true });
        throw e;
      }
    };
  }
  if (name === "exceljs" || name === "fork") {
    const ExcelJS = require(name === "fork" ? fork : "exceljs");
    const { sheetToGrid } = lib("cli/readWorkbook");
    return async (file) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(file));
      const grids = [];
      wb.eachSheet((ws) => grids.push(sheetToGrid(ws)));
      return fromGrids(grids);
    };
  }
  if (name === "sheetjs") {
    const XLSX = require("@e965/xlsx");
    return async (file) => {
      const wb = XLSX.read(fs.readFileSync(file), { type: "buffer", cellFormula: true, cellDates: true });
      return wb.SheetNames.map((sheetName) => {
        const ws = wb.Sheets[sheetName] || {};
        const cells = [];
        for (const key of Object.keys(ws)) {
          if (key[0] === "!") continue;
          const { r, c } = XLSX.utils.decode_cell(key);
          if (r + 1 > ROWS || c + 1 > COLS) continue;
          const cell = ws[key];
          let v = null;
          if (cell.t === "e") v = { error: cell.w ?? String(cell.v) };
          else if (cell.t !== "z") v = plain(cell.v);
          if ((v === null || v === "") && !cell.f) continue;
          cells.push([r + 1, c + 1, v, cell.f ?? null]);
        }
        cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        return { name: sheetName, cells };
      });
    };
  }
  throw new Error(`unknown reader ${name}`);
}

if (!isMainThread) {
  const read = readerFor(workerData.reader, workerData.fork);
  parentPort.on("message", async (file) => {
    const t = performance.now();
    try {
      const sheets = await read(file);
      parentPort.postMessage({ ok: true, ms: performance.now() - t, sheets });
    } catch (e) {
      const crashed =
        !e.refused && (e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError);
      parentPort.postMessage({
        ok: false,
        ms: performance.now() - t,
        status: crashed ? "crashed" : "refused",
        reason: `${e.refused ? "" : `${e.name}: `}${e.message}`.slice(0, 300),
      });
    }
  });
  parentPort.postMessage({ ready: true });
}

// ---------------------------------------------------------------------------------------------
// The comparison

class Runner {
  constructor(reader, limits, fork) {
    Object.assign(this, { reader, limits, fork });
  }
  start() {
    this.worker ??= new Promise((resolve, reject) => {
      const w = new Worker(module.filename, {
        workerData: { reader: this.reader, fork: this.fork },
        resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
      });
      w.once("message", () => resolve(w));
      w.once("error", reject);
    });
    return this.worker;
  }
  async read(file) {
    const w = await this.start();
    const t = performance.now();
    return new Promise((resolve) => {
      const done = (result, kill) => {
        clearTimeout(timer);
        w.removeAllListeners("message");
        w.removeAllListeners("error");
        w.removeAllListeners("exit");
        if (kill) {
          this.worker = undefined;
          void w.terminate();
        }
        resolve(result);
      };
      const timer = setTimeout(
        () =>
          done(
            {
              ok: false,
              status: "timed out",
              ms: performance.now() - t,
              reason: `over ${this.limits.seconds} s`,
            },
            true,
          ),
        this.limits.seconds * 1000,
      );
      w.on("message", (m) => done(m, false));
      w.on("error", (e) =>
        done(
          {
            ok: false,
            status: "crashed",
            ms: performance.now() - t,
            reason: `${e.code ?? e.name}: ${e.message}`,
          },
          true,
        ),
      );
      w.on("exit", (code) =>
        done(
          { ok: false, status: "crashed", ms: performance.now() - t, reason: `worker exit ${code}` },
          true,
        ),
      );
      w.postMessage(file);
    });
  }
  close() {
    const w = this.worker;
    this.worker = undefined;
    return w ? w.then((x) => x.terminate()) : undefined;
  }
}

const blank = (v) => v === null || v === "";
function sameValue(a, b) {
  if (blank(a) && blank(b)) return true;
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (typeof a === "string" && typeof b === "string")
    return a.replace(/\r\n?/g, "\n") === b.replace(/\r\n?/g, "\n");
  if (a && b && typeof a === "object" && typeof b === "object") {
    if ("date" in a && "date" in b) return Math.abs(a.date - b.date) < 1000;
    if ("error" in a && "error" in b) return a.error === b.error;
  }
  return a === b;
}
const normFormula = (f) =>
  f
    ? f
        .replace(/^=/, "")
        .replace(/_xl(fn|ws)\./gi, "")
        .replace(/\s+/g, "")
        .toUpperCase()
    : "";
const show = (v) =>
  v && typeof v === "object" && "date" in v
    ? Number.isFinite(v.date)
      ? new Date(v.date).toISOString()
      : "Invalid Date"
    : JSON.stringify(v);

const DAY = 86400000;
const MARCH_1900 = Date.UTC(1900, 2, 1);
const isDate = (v) => v && typeof v === "object" && "date" in v;
/** Differences with a known cause, neither reading wrong about the file, counted apart. */
const EXPLAINED = {
  // a formula cell saved without a result: one reader says blank, the other 0, FALSE or ""
  noCachedResult: (a, b) =>
    (a[1] || b[1]) &&
    ((blank(a[0]) && [0, false, ""].includes(b[0])) || (blank(b[0]) && [0, false, ""].includes(a[0]))),
  // serials before 1 March 1900: exceljs counts no 29 February 1900, Excel (and SheetJS) does
  before1900March: (a, b) =>
    isDate(a[0]) &&
    isDate(b[0]) &&
    Math.abs(a[0].date - b[0].date) === DAY &&
    Math.min(a[0].date, b[0].date) < MARCH_1900,
  // a date-formatted formula result: exceljs gives its serial number, SheetJS the date
  dateResultAsNumber: (a, b) =>
    (typeof a[0] === "number" && isDate(b[0])) || (typeof b[0] === "number" && isDate(a[0])),
};

/** Values and formulas of a sample of cells of two readings. */
function compare(a, b, sample) {
  const byName = new Map(b.map((s) => [s.name, s]));
  const union = [];
  for (const sa of a) {
    const sb = byName.get(sa.name);
    if (!sb) continue;
    const cells = new Map();
    for (const [r, c, v, f] of sa.cells) cells.set(r * 1000 + c, { r, c, a: [v, f], b: [null, null] });
    for (const [r, c, v, f] of sb.cells) {
      const k = r * 1000 + c;
      if (cells.has(k)) cells.get(k).b = [v, f];
      else cells.set(k, { r, c, a: [null, null], b: [v, f] });
    }
    for (const [, x] of [...cells].sort((p, q) => p[0] - q[0])) union.push({ sheet: sa.name, ...x });
  }
  const step = Math.max(1, union.length / sample);
  const picked = [];
  for (let i = 0; i < union.length && picked.length < sample; i += step) picked.push(union[Math.floor(i)]);
  const out = {
    sheetsCompared: a.filter((s) => byName.has(s.name)).length,
    cells: picked.length,
    values: 0,
    formulas: 0,
    ...Object.fromEntries(Object.keys(EXPLAINED).map((k) => [k, 0])),
    examples: [],
  };
  for (const x of picked) {
    const v = sameValue(x.a[0], x.b[0]);
    const f = normFormula(x.a[1]) === normFormula(x.b[1]);
    if (f) out.formulas++;
    if (v) out.values++;
    else {
      const why = Object.keys(EXPLAINED).find((k) => EXPLAINED[k](x.a, x.b));
      if (why) {
        out[why]++;
        if (f) continue; // no example for a known cause
      }
    }
    if ((!v || !f) && out.examples.length < 3)
      out.examples.push(
        `${x.sheet}!R${x.r}C${x.c}: ${show(x.a[0])} ${x.a[1] ? `=${x.a[1]}` : ""} | ${show(x.b[0])} ${x.b[1] ? `=${x.b[1]}` : ""}`,
      );
  }
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const corpus = path.resolve(option("--corpus", path.join(root, ".corpus")));
  const jsonOut = path.resolve(option("--json", path.join(root, "test-results", "readers.json")));
  const fork = option("--fork", "");
  const sample = Number(option("--sample", 400));
  const limits = { seconds: Number(option("--timeout", 60)), memoryMb: Number(option("--max-memory", 1024)) };
  const readers = option("--readers", `cermat,exceljs,sheetjs${fork ? ",fork" : ""}`).split(",");
  const manifestFile = path.join(corpus, "manifest.json");
  if (!fs.existsSync(manifestFile)) {
    console.error(`No corpus at ${corpus}: node scripts/corpus/build.js first.`);
    process.exit(2);
  }
  const files = JSON.parse(fs.readFileSync(manifestFile, "utf8")).files.filter((f) =>
    f.file.includes(option("--only", "")),
  );
  const forkName = fork ? JSON.parse(fs.readFileSync(path.join(fork, "package.json"), "utf8")) : undefined;
  console.log(
    `${files.length} files, readers ${readers.join(", ")}${forkName ? ` (fork: ${forkName.name} ${forkName.version})` : ""}, limits ${limits.seconds} s / ${limits.memoryMb} MB`,
  );
  const runners = Object.fromEntries(
    readers.map((r) => [r, new Runner(r, limits, fork ? path.resolve(fork) : undefined)]),
  );
  // start-up (loading each library) outside the clocks
  await Promise.all(Object.values(runners).map((r) => r.start()));
  const rows = [];
  for (const [i, f] of files.entries()) {
    const file = path.join(corpus, f.file);
    const row = { file: f.file, source: f.source, ...(f.expect ? { expect: f.expect } : {}), readers: {} };
    const got = {};
    for (const r of readers) {
      const res = await runners[r].read(file);
      row.readers[r] = {
        status: res.ok ? "read" : res.status,
        ms: Math.round(res.ms),
        ...(res.ok ? { sheets: res.sheets.length } : { reason: res.reason }),
      };
      if (res.ok) got[r] = res.sheets;
    }
    row.agreement = {};
    for (const r of readers)
      if (r !== "cermat" && got.cermat && got[r]) {
        try {
          row.agreement[`cermat~${r}`] = compare(got.cermat, got[r], sample);
        } catch (e) {
          row.agreement[`cermat~${r}`] = {
            cells: 0,
            values: 0,
            formulas: 0,
            examples: [`not compared: ${e.message}`],
          };
        }
      }
    rows.push(row);
    if ((i + 1) % 100 === 0) console.log(`${i + 1}/${files.length}`);
  }
  await Promise.all(Object.values(runners).map((r) => r.close()));

  const lines = [];
  lines.push(`\nreader     files   read refused crashed timedout   total s  median ms   max ms`);
  for (const r of readers) {
    const rs = rows.map((x) => x.readers[r]);
    const n = (s) => rs.filter((x) => x.status === s).length;
    const ms = rs.map((x) => x.ms).sort((a, b) => a - b);
    lines.push(
      `${r.padEnd(9)} ${String(rs.length).padStart(6)} ${String(n("read")).padStart(6)} ${String(n("refused")).padStart(7)} ${String(n("crashed")).padStart(7)} ${String(n("timed out")).padStart(8)} ${(ms.reduce((a, b) => a + b, 0) / 1000).toFixed(1).padStart(9)} ${String(ms[Math.floor(ms.length / 2)]).padStart(10)} ${String(ms[ms.length - 1]).padStart(8)}`,
    );
  }
  lines.push(
    "\nagreement with cermat on sampled cells (files both read; cells; values equal; formulas equal):",
  );
  for (const r of readers.filter((x) => x !== "cermat")) {
    const key = `cermat~${r}`;
    const cs = rows.map((x) => x.agreement[key]).filter(Boolean);
    const cells = cs.reduce((a, c) => a + c.cells, 0);
    const values = cs.reduce((a, c) => a + c.values, 0);
    const formulas = cs.reduce((a, c) => a + c.formulas, 0);
    const allSame = cs.filter((c) => c.values === c.cells && c.formulas === c.cells).length;
    const pct = (n) => `${((100 * n) / Math.max(1, cells)).toFixed(2)} %`;
    const explained = Object.keys(EXPLAINED).map((k) => `${k} ${pct(cs.reduce((a, c) => a + c[k], 0))}`);
    lines.push(
      `  ${r.padEnd(8)} ${cs.length} files, ${cells} cells, values ${pct(values)} (differing for known causes: ${explained.join(", ")}), formulas ${pct(formulas)}, ${allSame} files agreeing in every sampled cell`,
    );
  }
  lines.push("\nfiles cermat does not read that another reader reads:");
  for (const x of rows.filter((x) => x.readers.cermat && x.readers.cermat.status !== "read")) {
    const others = readers.filter((r) => r !== "cermat" && x.readers[r].status === "read");
    if (others.length)
      lines.push(
        `  ${x.file} [${x.readers.cermat.status}: ${x.readers.cermat.reason}] read by ${others.join(", ")}${x.expect ? ` (expected: ${x.expect})` : ""}`,
      );
  }
  lines.push("\nfiles cermat reads that another reader does not:");
  for (const r of readers.filter((x) => x !== "cermat")) {
    const list = rows.filter((x) => x.readers.cermat?.status === "read" && x.readers[r].status !== "read");
    lines.push(
      `  ${r}: ${list.length}${
        list.length
          ? `, e.g. ${list
              .slice(0, 8)
              .map((x) => `${x.file} [${x.readers[r].status}: ${String(x.readers[r].reason).slice(0, 80)}]`)
              .join("; ")}`
          : ""
      }`,
    );
  }
  lines.push("\nfiles where a sampled cell differs for no known cause (first 40, cermat | other):");
  let shown = 0;
  for (const x of rows)
    for (const [k, c] of Object.entries(x.agreement))
      if (c.examples.length && shown++ < 40)
        lines.push(
          `  ${k} ${x.file} (${c.values}/${c.cells} values, ${c.formulas}/${c.cells} formulas): ${c.examples.join("; ")}`,
        );
  console.log(lines.join("\n"));
  fs.mkdirSync(path.dirname(jsonOut), { recursive: true });
  fs.writeFileSync(
    jsonOut,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        corpus,
        readers,
        fork: forkName ? `${forkName.name}@${forkName.version}` : undefined,
        limits,
        sample,
        rows,
      },
      null,
      1,
    ) + "\n",
  );
  console.log(`\nrows: ${path.relative(process.cwd(), jsonOut)}`);
}

if (isMainThread)
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
