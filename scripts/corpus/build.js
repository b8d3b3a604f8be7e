#!/usr/bin/env node
// Rebuilds the corpus of public .xlsx files (issue 15, item 4) from local git copies of the
// repositories in sources.json, at their pinned commits. Nothing is downloaded here: get the
// copies first (scripts/corpus/fetch.js says how). The corpus is not committed (licences, size):
// .corpus/ is git-ignored.
//
//   node scripts/corpus/build.js                      # writes .corpus/
//   node scripts/corpus/build.js --out DIR            # or elsewhere
//   node scripts/corpus/build.js --mirrors DIR        # where the copies are (default /work/.mirror,
//                                                     # or CERMAT_CORPUS_MIRRORS)
//   node scripts/corpus/build.js --all                # ignore `every` (all 988 XlsxWriter files)
//
// A copy of owner/name is looked for as DIR/owner+name/repo (bare, or with a .git folder inside)
// or DIR/owner+name.git. The corpus holds one file per distinct content (a file that is a byte
// copy of one already taken is listed in manifest.json under `duplicates`, not written again),
// named <source id>/<path with "/" as "__">. manifest.json lists every file with its repository,
// commit, path, blob id, size, licence and what the source's tests expect of it.
//
// Exit code 0 when every source was found, 1 when some are missing (the corpus is then partial
// and the run says which repositories to fetch), 2 when none was found.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..", "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const out = path.resolve(option("--out", path.join(root, ".corpus")));
const mirrors = path.resolve(option("--mirrors", process.env.CERMAT_CORPUS_MIRRORS || "/work/.mirror"));
const all = args.includes("--all");
const { sources } = JSON.parse(fs.readFileSync(path.join(__dirname, "sources.json"), "utf8"));

/** "**" any folders (or none), "*" any characters but "/", as a regular expression. */
function globRe(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

/** The git directory of a repository's local copy, or undefined. */
function gitDir(repo) {
  const base = path.join(mirrors, repo.replace("/", "+"));
  for (const d of [path.join(base, "repo", ".git"), path.join(base, "repo"), `${base}.git`, base]) {
    try {
      if (fs.statSync(path.join(d, "HEAD")).isFile() && fs.existsSync(path.join(d, "objects"))) return d;
    } catch {
      // not this layout
    }
  }
  return undefined;
}

const git = (dir, ...a) =>
  execFileSync("git", [`--git-dir=${dir}`, ...a], { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });

function commitIn(dir, commit) {
  try {
    git(dir, "cat-file", "-e", `${commit}^{commit}`);
    return { commit, pinned: true };
  } catch {
    return { commit: git(dir, "rev-parse", "HEAD").toString().trim(), pinned: false };
  }
}

fs.mkdirSync(out, { recursive: true });
const manifest = {
  built: new Date().toISOString(),
  mirrors,
  files: [],
  duplicates: [],
  absent: [],
  missingSources: [],
};
const seen = new Map();
for (const src of sources) {
  const dir = gitDir(src.repo);
  if (!dir) {
    manifest.missingSources.push(src.repo);
    console.log(
      `MISSING ${src.id}: no local copy of ${src.repo} under ${mirrors} (see scripts/corpus/fetch.js)`,
    );
    continue;
  }
  const { commit, pinned } = commitIn(dir, src.commit);
  if (!pinned)
    console.log(
      `NOTE ${src.id}: commit ${src.commit.slice(0, 10)} not in the copy; using its HEAD ${commit.slice(0, 10)}`,
    );
  const res = src.include.map(globRe);
  const rows = git(dir, "ls-tree", "-r", "-l", "-z", commit)
    .toString()
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [, type, blob, size] = line.slice(0, tab).split(/\s+/);
      return { type, blob, size: Number(size), path: line.slice(tab + 1) };
    })
    .filter((r) => r.type === "blob" && res.some((re) => re.test(r.path)))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const every = all ? 1 : src.every || 1;
  const kept = rows.filter((_, i) => i % every === 0);
  let written = 0;
  for (const r of kept) {
    const expect = src.expect?.[r.path];
    const entry = {
      source: src.id,
      repo: src.repo,
      commit,
      path: r.path,
      blob: r.blob,
      license: src.license,
    };
    if (seen.has(r.blob)) {
      manifest.duplicates.push({ ...entry, sameAs: seen.get(r.blob) });
      continue;
    }
    let bytes;
    try {
      bytes = git(dir, "cat-file", "blob", r.blob);
    } catch {
      manifest.absent.push({ ...entry, ...(expect ? { expect } : {}) });
      continue;
    }
    const name = `${src.id}/${r.path.replace(/\//g, "__")}`;
    fs.mkdirSync(path.join(out, src.id), { recursive: true });
    fs.writeFileSync(path.join(out, name), bytes);
    seen.set(r.blob, name);
    manifest.files.push({ file: name, ...entry, size: bytes.length, ...(expect ? { expect } : {}) });
    written++;
  }
  console.log(
    `${src.id.padEnd(20)} ${String(written).padStart(4)} files (${rows.length} match${every > 1 ? `, every ${every}th kept` : ""}) ${src.repo}@${commit.slice(0, 10)}`,
  );
}
fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
const bytes = manifest.files.reduce((n, f) => n + f.size, 0);
console.log(
  `\n${manifest.files.length} files (${(bytes / 1e6).toFixed(1)} MB) in ${path.relative(process.cwd(), out) || "."}; ` +
    `${manifest.duplicates.length} byte copies skipped; ${manifest.absent.length} listed but absent from the copies` +
    (manifest.absent.length ? ` (${manifest.absent.map((a) => `${a.repo}:${a.path}`).join(", ")})` : ""),
);
if (manifest.missingSources.length) {
  console.log(
    `\nMissing ${manifest.missingSources.length} of ${sources.length} sources: ${manifest.missingSources.join(", ")}.\n` +
      `The corpus is partial. Get them with: node scripts/corpus/fetch.js --mirrors ${mirrors}`,
  );
  process.exitCode = manifest.missingSources.length === sources.length ? 2 : 1;
}
