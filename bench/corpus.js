#!/usr/bin/env node
// `npm run bench:corpus`: `cermat periksa`'s reading and checking on every file of the corpus of
// public .xlsx files (issue 15, item 4; scripts/corpus/build.js writes it to .corpus/). Not part
// of CI and not run by `npm test`: the corpus is not committed (licences, size).
//
// Each file goes through the command's own path: the guard's worker thread (src/cli/guard.ts)
// with its time and memory limits, one file at a time, as `cermat periksa FOLDER` checks them.
// Per file: status (checked, no tables, unreadable, too large / too slow, crash), the exit code
// `cermat periksa FILE` gives it (0 no error finding, 1 error findings, 2 not read), time, and
// the process's resident memory at its peak while the file was read and checked (sampled every
// 20 ms; the worker thread is in the same process). Prints a summary (counts per status and exit
// code, the 10 slowest, peak memory, every refused file with its reason, what the sources' tests
// expect of a file against what happened) and writes every row as JSON.
//
//   npm run bench:corpus                              # builds lib/, then .corpus/ -> test-results/corpus.json
//   node bench/corpus.js --corpus DIR --json FILE     # another corpus / result file
//   node bench/corpus.js --timeout 60 --max-memory 1024   # the guard's limits (defaults: the command's)
//   node bench/corpus.js --only closedxml             # files whose corpus path contains this
//   node bench/corpus.js --child                      # one `node bin/cermat.js periksa FILE` process
//                                                     # per file instead (exit code as a reviewer sees
//                                                     # it, peak memory of that process; ~2 s start-up each)
const { spawn } = require("child_process");
const { clearInterval, setInterval } = require("timers");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const corpus = path.resolve(option("--corpus", path.join(root, ".corpus")));
const jsonOut = path.resolve(option("--json", path.join(root, "test-results", "corpus.json")));
const only = option("--only", "");
const child = args.includes("--child");
const lib = (p) => require(path.join(root, "lib", p));

function listCorpus() {
  const manifestFile = path.join(corpus, "manifest.json");
  if (!fs.existsSync(manifestFile)) {
    console.error(
      `No corpus at ${corpus} (manifest.json missing). Build it first: node scripts/corpus/build.js ` +
        `(it needs the repositories of scripts/corpus/sources.json; scripts/corpus/fetch.js says how).`,
    );
    process.exit(2);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  if (manifest.missingSources?.length)
    console.log(`Partial corpus: missing sources ${manifest.missingSources.join(", ")}\n`);
  return manifest.files.filter((f) => f.file.includes(only));
}

/** Resident memory of this process at its peak between start() and stop(), sampled. */
function rssSampler() {
  let peak = 0;
  let timer;
  return {
    start() {
      peak = process.memoryUsage.rss();
      timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
    },
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

const TOO_MUCH = /terlalu besar \/ terlalu lama dibaca/;
const said = (e) => String(e && e.id ? e.id : e && e.message ? e.message : e);

async function inWorker(files, limits) {
  const { guardFor } = lib("cli/guard");
  const { InputError } = lib("cli/readWorkbook");
  const guard = guardFor(limits);
  const sampler = rssSampler();
  // the worker's start-up (loading the engine) is paid once, before the first file's clock
  await guard.check(path.join(corpus, files[0].file), "id").catch(() => undefined);
  const rows = [];
  for (const [i, f] of files.entries()) {
    const file = path.join(corpus, f.file);
    const row = { file: f.file, source: f.source, size: f.size, ...(f.expect ? { expect: f.expect } : {}) };
    sampler.start();
    const t = performance.now();
    try {
      const report = await guard.check(file, "id");
      row.status = report.tables.length ? "checked" : "no tables";
      row.exit = report.summary.errors > 0 ? 1 : 0;
      row.tables = report.tables.length;
      row.findings = report.findings.length;
    } catch (e) {
      row.exit = 2;
      if (e instanceof InputError) row.status = TOO_MUCH.test(e.id) ? "too large / too slow" : "unreadable";
      else row.status = "crash";
      row.reason = said(e).replace(file, path.basename(file));
    }
    row.ms = Math.round(performance.now() - t);
    row.peakMb = Math.round(sampler.stop() / 1e6);
    rows.push(row);
    progress(i, files.length, row);
  }
  await guard.close();
  return rows;
}

function inChild(files, limits) {
  const bin = path.join(root, "bin", "cermat.js");
  const hook =
    "process.on('exit',()=>require('fs').writeSync(2,'\\nCORPUS_MAXRSS '+process.resourceUsage().maxRSS+'\\n'));" +
    `process.argv.splice(1,0,'cermat');require(${JSON.stringify(bin)})`;
  const one = (f) =>
    new Promise((resolve) => {
      const file = path.join(corpus, f.file);
      const t = performance.now();
      const p = spawn(
        process.execPath,
        [
          "-e",
          hook,
          "periksa",
          file,
          "--format",
          "json",
          "--timeout",
          String(limits.seconds),
          "--max-memory",
          String(limits.memoryMb),
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let out = "";
      let err = "";
      p.stdout.on("data", (d) => (out += d));
      p.stderr.on("data", (d) => (err += d));
      p.on("close", (code) => {
        const row = {
          file: f.file,
          source: f.source,
          size: f.size,
          ...(f.expect ? { expect: f.expect } : {}),
        };
        row.exit = code;
        row.ms = Math.round(performance.now() - t);
        const rss = /CORPUS_MAXRSS (\d+)/.exec(err);
        row.peakMb = rss ? Math.round((Number(rss[1]) * 1024) / 1e6) : undefined;
        const message = err.replace(/\n?CORPUS_MAXRSS \d+\n?/, "").trim();
        try {
          const report = JSON.parse(out);
          row.status = report.tables.length ? "checked" : "no tables";
          row.tables = report.tables.length;
          row.findings = report.findings.length;
        } catch {
          row.status =
            code === 2 ? (TOO_MUCH.test(message) ? "too large / too slow" : "unreadable") : "crash";
          row.reason = message.replace(/^cermat: /, "").replace(file, path.basename(file));
        }
        if (/kesalahan tak terduga/.test(message)) row.status = "crash";
        resolve(row);
      });
    });
  return (async () => {
    const rows = [];
    for (const [i, f] of files.entries()) {
      rows.push(await one(f));
      progress(i, files.length, rows[i]);
    }
    return rows;
  })();
}

function progress(i, n, row) {
  if (process.stdout.isTTY)
    process.stdout.write(`\r${i + 1}/${n} ${row.status.padEnd(20)} ${row.file.slice(0, 60).padEnd(60)}`);
  else if ((i + 1) % 100 === 0) console.log(`${i + 1}/${n}`);
}

function summary(rows, elapsed) {
  const count = (key) => rows.reduce((m, r) => ((m[r[key]] = (m[r[key]] || 0) + 1), m), {});
  const lines = [];
  lines.push(`\n${rows.length} files in ${(elapsed / 1000).toFixed(0)} s (${corpus})`);
  lines.push(
    `status:    ${Object.entries(count("status"))
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  lines.push(
    `exit code: ${Object.entries(count("exit"))
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ")}`,
  );
  const bySource = {};
  for (const r of rows) {
    const s = (bySource[r.source] ??= { files: 0, read: 0, refused: 0, other: 0 });
    s.files++;
    if (r.status === "checked" || r.status === "no tables") s.read++;
    else if (r.status === "unreadable") s.refused++;
    else s.other++;
  }
  lines.push("per source (files / read / refused / too large, crash):");
  for (const [s, c] of Object.entries(bySource))
    lines.push(
      `  ${s.padEnd(20)} ${String(c.files).padStart(4)} ${String(c.read).padStart(5)} ${String(c.refused).padStart(4)} ${String(c.other).padStart(4)}`,
    );
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  lines.push(
    `time per file: median ${pct(50)} ms, 90th ${pct(90)} ms, 99th ${pct(99)} ms, total ${(times.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`,
  );
  lines.push("10 slowest:");
  for (const r of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 10))
    lines.push(
      `  ${String(r.ms).padStart(7)} ms ${String(r.peakMb).padStart(5)} MB  ${r.status.padEnd(11)} ${r.file} (${Math.round(r.size / 1024)} KB)`,
    );
  const peak = [...rows].sort((a, b) => (b.peakMb ?? 0) - (a.peakMb ?? 0))[0];
  lines.push(`peak memory: ${peak.peakMb} MB (process resident, ${peak.file})`);
  const refused = rows.filter((r) => r.exit === 2 || r.status === "crash");
  lines.push(`refused or failed (${refused.length}):`);
  for (const r of refused)
    lines.push(`  [${r.status}] ${r.file}: ${r.reason}${r.expect ? `  (expected: ${r.expect})` : ""}`);
  const expected = rows.filter((r) => r.expect && r.exit !== 2);
  if (expected.length) {
    lines.push("read although the source's tests expect otherwise:");
    for (const r of expected) lines.push(`  ${r.file}: ${r.status} (expected: ${r.expect})`);
  }
  return lines.join("\n");
}

async function main() {
  const files = listCorpus();
  if (!files.length) {
    console.error("No corpus file matches.");
    process.exit(2);
  }
  const { DEFAULT_LIMITS } = lib("cli/guard");
  const limits = {
    seconds: Number(option("--timeout", DEFAULT_LIMITS.seconds)),
    memoryMb: Number(option("--max-memory", DEFAULT_LIMITS.memoryMb)),
  };
  console.log(
    `${files.length} files, ${child ? "one CLI process per file" : "the guard's worker"}, limits ${limits.seconds} s / ${limits.memoryMb} MB`,
  );
  const t = performance.now();
  const rows = child ? await inChild(files, limits) : await inWorker(files, limits);
  const elapsed = performance.now() - t;
  const text = summary(rows, elapsed);
  console.log(text);
  fs.mkdirSync(path.dirname(jsonOut), { recursive: true });
  fs.writeFileSync(
    jsonOut,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        corpus,
        mode: child ? "child" : "worker",
        limits,
        elapsedMs: Math.round(elapsed),
        rows,
      },
      null,
      1,
    ) + "\n",
  );
  console.log(`\nrows: ${path.relative(process.cwd(), jsonOut)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
