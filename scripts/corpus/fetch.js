#!/usr/bin/env node
// How the corpus's repositories were gathered, and a way to gather them again (issue 15, item 4).
//
// Gathered on 2026-12-01 on a machine without internet access other than the npm registry: each
// repository of sources.json was brought in as a snapshot by the session's repository tool, a
// bare git directory under /work/.mirror/<owner>+<name>/repo (openpyxl's one with a .git folder
// inside), and the commit each snapshot held was pinned in sources.json. The sources were chosen
// as the issue asks: the test-file folders of spreadsheet libraries in many languages (exceljs and
// xlsx-populate in JavaScript, SheetJS's test_files, openpyxl and XlsxWriter in Python, calamine
// in Rust, PhpSpreadsheet in PHP, excelize and tealeg/xlsx in Go, ClosedXML in C#), and the
// Indonesian government repositories with .xlsx files that a code search found (a regional
// e-office's RKA import formats and planning templates, a Bappeda's RKPD template and exports).
// openpyxl itself lives on foss.heptapod.net; theorchard/openpyxl is a GitHub mirror of 2015.
// python-excel/xlrd holds .xls only and was skipped. Large files are absent from the snapshots
// (build.js lists them). scripts/corpus/build.js then writes the corpus from these copies.
//
// With internet access this script does the same with git:
//
//   node scripts/corpus/fetch.js                      # says which copies are there and which not
//   node scripts/corpus/fetch.js --run                # fetches the missing ones (pinned commits)
//   node scripts/corpus/fetch.js --mirrors DIR --run  # into DIR (default /work/.mirror, or
//                                                     # CERMAT_CORPUS_MIRRORS), as build.js reads
//
// Each missing repository becomes a bare repository DIR/<owner>+<name>/repo holding the pinned
// commit only (git fetch --depth 1 of the commit from https://github.com/<owner>/<name>).
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const mirrors = path.resolve(option("--mirrors", process.env.CERMAT_CORPUS_MIRRORS || "/work/.mirror"));
const run = args.includes("--run");
const { sources } = JSON.parse(fs.readFileSync(path.join(__dirname, "sources.json"), "utf8"));

function hasCommit(repo, commit) {
  const base = path.join(mirrors, repo.replace("/", "+"));
  for (const d of [path.join(base, "repo", ".git"), path.join(base, "repo"), `${base}.git`]) {
    if (!fs.existsSync(path.join(d, "HEAD"))) continue;
    try {
      execFileSync("git", [`--git-dir=${d}`, "cat-file", "-e", `${commit}^{commit}`], { stdio: "ignore" });
      return "pinned commit present";
    } catch {
      return "copy present, pinned commit not in it (build.js uses its HEAD)";
    }
  }
  return undefined;
}

let missing = 0;
for (const s of sources) {
  const state = hasCommit(s.repo, s.commit);
  console.log(`${s.repo.padEnd(28)} ${s.commit.slice(0, 10)}  ${state ?? "MISSING"}`);
  if (state) continue;
  missing++;
  if (!run) continue;
  const dir = path.join(mirrors, s.repo.replace("/", "+"), "repo");
  fs.mkdirSync(dir, { recursive: true });
  const git = (...a) => execFileSync("git", [`--git-dir=${dir}`, ...a], { stdio: "inherit" });
  execFileSync("git", ["init", "--bare", "--quiet", dir], { stdio: "inherit" });
  git("fetch", "--depth", "1", `https://github.com/${s.repo}.git`, s.commit);
  git("update-ref", "HEAD", s.commit);
}
if (missing && !run) console.log(`\n${missing} missing; fetch them with: node scripts/corpus/fetch.js --run`);
process.exitCode = missing && !run ? 1 : 0;
