#!/usr/bin/env node
// Scores the command line on a set of standard-form workbooks, test/forms or another test/forms-*
// set (issue 9): builds the library, writes the workbooks and their expected.json into a folder,
// then runs the shared scorer ../shared/tools/acceptance.js on that folder and prints its verbose
// result. The exit code is the scorer's: 0 when the set passes its thresholds, 1 when not, 2 when
// something could not run.
//
//   npm run score:forms-blind3                # the same for test/forms-blind3 (--set forms-blind3)
//   npm run score:forms                       # fresh temporary folder, kept and named at the end
//   npm run score:forms -- --out DIR          # or FORMS_DIR=DIR: write the set there
//   npm run score:forms -- --no-build         # skip `npm run build:lib`
//   npm run score:forms -- --write-only       # only write the workbooks and expected.json
//
// The TypeScript of test/forms is compiled in memory (typescript's transpileModule), so the set
// needs neither jest nor ts-node. ACCEPTANCE=path overrides where the scorer is looked for.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Lets require() load the .ts files of test/ by transpiling them (types are dropped, not checked). */
function registerTypeScript() {
  const ts = require("typescript");
  require.extensions[".ts"] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        isolatedModules: true,
      },
    });
    module._compile(outputText, filename);
  };
}

async function main() {
  // which set: test/forms (default), test/forms-unseen, test/forms-blind, ...
  const set = option("--set") || "forms";
  const build = path.join(root, "test", set, "build.ts");
  if (!/^forms(-[a-z0-9]+)?$/.test(set) || !fs.existsSync(build)) {
    console.error(`No form set ${set} (test/${set}/build.ts)`);
    return 2;
  }
  const dir = path.resolve(
    option("--out") || process.env.FORMS_DIR || fs.mkdtempSync(path.join(os.tmpdir(), `cermat-${set}-`)),
  );
  registerTypeScript();
  const exported = require(build);
  const write = Object.entries(exported).find(([name, f]) => /^write/.test(name) && typeof f === "function");
  if (!write) {
    console.error(`test/${set}/build.ts exports no write...(dir) function`);
    return 2;
  }
  const files = await write[1](dir);
  console.log(`${files.length} workbooks and expected.json written to ${dir}`);
  if (flag("--write-only")) return 0;

  if (!flag("--no-build")) {
    console.log("npm run build:lib ...");
    execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "build:lib"], {
      cwd: root,
      stdio: "inherit",
    });
  }
  const scorer = path.resolve(
    process.env.ACCEPTANCE || path.join(root, "..", "shared", "tools", "acceptance.js"),
  );
  if (!fs.existsSync(scorer)) {
    console.error(`Scorer not found: ${scorer} (set ACCEPTANCE=path/to/acceptance.js)`);
    return 2;
  }
  console.log(`node ${scorer} ${root} --set ${dir} --verbose`);
  const run = spawnSync(process.execPath, [scorer, root, "--set", dir, "--verbose"], {
    cwd: root,
    stdio: "inherit",
  });
  console.log(`Workbooks kept in ${dir}`);
  return run.status === null ? 2 : run.status;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e && e.stack ? e.stack : String(e));
    process.exit(2);
  },
);
