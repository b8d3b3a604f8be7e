#!/usr/bin/env node
// npm run pack:cli: the reviewer's `cermat periksa` as one tarball, cermat-iku-<version>.tgz, that
// `npm install -g cermat-iku-<version>.tgz` installs with Node only (no build, no TypeScript, no
// React). lib/ is compiled afresh into a staging folder (the project's own lib/ is not touched), the
// staged package.json keeps only the dependencies lib/ requires (found by reading lib/, and each one
// must be a dependency of the project), then `npm pack` writes the tarball.
//
//   node scripts/pack-cli.js [--out FOLDER]    (bawaan: folder proyek / default: the project folder)
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { builtinModules } = require("module");

const root = path.join(__dirname, "..");

/** Bare package names a compiled folder requires (`require("x")`, `require("@s/x/y")` -> `@s/x`). */
function requiredPackages(dir) {
  const names = new Set();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".js")) {
        for (const m of fs.readFileSync(p, "utf8").matchAll(/\brequire\(\s*["']([^"'.][^"']*)["']\s*\)/g)) {
          const spec = m[1].replace(/^node:/, "");
          const parts = spec.split("/");
          const name = spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
          if (!builtinModules.includes(name)) names.add(name);
        }
      }
    }
  };
  walk(dir);
  return [...names].sort();
}

/** The staged package: lib/, bin/, README.md and a package.json with the runtime dependencies. */
function stage(pkg, dir) {
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.lib.json"), "--outDir", path.join(dir, "lib")], {
    cwd: root,
    stdio: "inherit",
  });
  const needed = requiredPackages(path.join(dir, "lib"));
  const missing = needed.filter((n) => !(pkg.dependencies && pkg.dependencies[n]));
  if (missing.length > 0)
    throw new Error(`lib/ requires ${missing.join(", ")}, not in package.json dependencies`);
  fs.mkdirSync(path.join(dir, "bin"));
  fs.copyFileSync(path.join(root, "bin", "cermat.js"), path.join(dir, "bin", "cermat.js"));
  fs.chmodSync(path.join(dir, "bin", "cermat.js"), 0o755);
  fs.copyFileSync(path.join(root, "README.md"), path.join(dir, "README.md"));
  const staged = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    // never published to a registry: the tarball is handed over as a file
    private: true,
    main: pkg.main,
    types: pkg.types,
    bin: pkg.bin,
    files: ["lib/", "bin/"],
    engines: pkg.engines,
    dependencies: Object.fromEntries(needed.map((n) => [n, pkg.dependencies[n]])),
  };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(staged, null, 2) + "\n");
  return staged;
}

function npm(args, cwd) {
  // run through the npm that runs this script when there is one (npm run pack:cli), else the PATH's
  const cli = process.env.npm_execpath;
  if (cli && /\.c?js$/.test(cli)) return execFileSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
  return execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", args, {
    cwd,
    encoding: "utf8",
    shell: process.platform === "win32",
  });
}

function main(argv) {
  const i = argv.indexOf("--out");
  const out = path.resolve(i >= 0 ? argv[i + 1] : root);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-pack-"));
  try {
    const staged = stage(pkg, dir);
    const report = JSON.parse(npm(["pack", "--json", "--pack-destination", out], dir));
    const tgz = path.join(out, report[0].filename);
    const kb = (fs.statSync(tgz).size / 1024).toFixed(0);
    process.stdout.write(
      `${tgz} (${kb} KB, ${report[0].entryCount} berkas / files; dependensi / dependencies: ` +
        `${Object.keys(staged.dependencies).join(", ")})\n` +
        `Pasang / install: npm install -g ${path.basename(tgz)}\n`,
    );
    return tgz;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`pack:cli: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 1;
  }
}

module.exports = { requiredPackages, main };
