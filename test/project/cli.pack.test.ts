// The reviewer's CLI as the reviewer gets it (npm run test:pack, run by .ci/run; needs the npm
// registry, so it is not part of npm test): `npm run pack:cli` writes cermat-iku-<version>.tgz, the
// tarball is installed with its runtime dependencies only into an empty temporary folder, and
// `npx cermat periksa` runs there on the sample: exit 1 with its findings. The README's two commands
// for reviewers are run as written (the global install with a temporary --prefix). Nothing of the project's
// node_modules is reachable: the folder is outside the project, NODE_PATH and npm's per-project
// variables are removed from the environment.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version as string;
const npmBin = process.platform === "win32" ? "npm.cmd" : "npm";
const npxBin = process.platform === "win32" ? "npx.cmd" : "npx";

/** The environment of a reviewer's shell: no NODE_PATH, nothing npm set for this project's run. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      k === "NODE_PATH" ||
      k === "INIT_CWD" ||
      /^npm_(package|lifecycle|config_local_prefix|config_prefix)/i.test(k)
    )
      continue;
    env[k] = v;
  }
  return env;
}

let work: string;
let tgz: string;
let app: string;
const timings: string[] = [];

function timed<T>(label: string, f: () => T): T {
  const t0 = Date.now();
  const r = f();
  timings.push(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r;
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-pack-test-"));
  timed("pack:cli", () =>
    execFileSync(process.execPath, [path.join(root, "scripts", "pack-cli.js"), "--out", work], {
      cwd: root,
      stdio: "pipe",
    }),
  );
  tgz = path.join(work, `cermat-iku-${version}.tgz`);
  app = path.join(work, "penelaah");
  fs.mkdirSync(app);
  timed("npm install --omit=dev", () =>
    execFileSync(npmBin, ["install", "--omit=dev", "--no-audit", "--no-fund", tgz], {
      cwd: app,
      env: cleanEnv(),
      stdio: "pipe",
      shell: process.platform === "win32",
    }),
  );
  fs.copyFileSync(path.join(root, "contoh", "contoh-renstra.xlsx"), path.join(app, "contoh-renstra.xlsx"));
}, 600_000);

afterAll(() => {
  console.log(`CLI tarball: ${timings.join(", ")}`);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const npx = (...args: string[]) =>
  spawnSync(npxBin, ["--no-install", ...args], {
    cwd: app,
    env: cleanEnv(),
    encoding: "utf8",
    shell: process.platform === "win32",
  });

describe("npm run pack:cli", () => {
  it("writes one small tarball with the compiled CLI, no sources, tests or add-in bundle", () => {
    const size = fs.statSync(tgz).size;
    console.log(`cermat-iku-${version}.tgz: ${(size / 1024).toFixed(0)} KB`);
    expect(size).toBeLessThan(2 * 1024 * 1024);
    const pkg = JSON.parse(
      fs.readFileSync(path.join(app, "node_modules", "cermat-iku", "package.json"), "utf8"),
    );
    expect(pkg.bin).toEqual({ cermat: "bin/cermat.js" });
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["exceljs", "jszip", "mathjs", "saxes"]);
    expect(pkg.devDependencies).toBeUndefined();
    const installed = path.join(app, "node_modules", "cermat-iku");
    expect(fs.existsSync(path.join(installed, "lib", "cli", "main.js"))).toBe(true);
    expect(fs.existsSync(path.join(installed, "lib", "cli", "checkWorker.js"))).toBe(true);
    for (const absent of ["src", "test", "dist", "node_modules"])
      expect(fs.existsSync(path.join(installed, absent))).toBe(false);
  });

  it("installs the runtime dependencies only, and nothing above the folder lends modules", () => {
    for (const dev of ["typescript", "react", "react-dom", "@fluentui", "webpack", "jest", "@microsoft"])
      expect({ dev, installed: fs.existsSync(path.join(app, "node_modules", dev)) }).toEqual({
        dev,
        installed: false,
      });
    for (let d = path.dirname(app); d !== path.dirname(d); d = path.dirname(d))
      expect({ dir: d, node_modules: fs.existsSync(path.join(d, "node_modules")) }).toEqual({
        dir: d,
        node_modules: false,
      });
  });

  it("runs `npx cermat periksa` on the sample from the empty folder: exit 1 with its findings", () => {
    const r = timed("cermat periksa", () => npx("cermat", "periksa", "contoh-renstra.xlsx"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Cermat IKU: contoh-renstra\.xlsx/);
    expect(r.stdout).toMatch(/\d+ tabel, \d+ galat/);
    expect(r.stdout).toContain("[sum-mismatch]");
    expect(r.stdout).toContain("seharusnya 20.822.284.676; tertulis 20.800.284.676");
  });

  it("does what the README's two commands for reviewers say (Untuk penelaah)", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const section = readme.split(/^## Untuk penelaah.*$/m)[1].split(/^## /m)[0];
    const block = /```bash\n([\s\S]*?)```/.exec(section)![1];
    const commands = block
      .split("\n")
      .map((l) => l.replace(/#.*$/, "").trim())
      .filter(Boolean);
    expect(commands).toHaveLength(2);
    // the first is the install: the tarball this version's pack:cli writes, globally; run here with a
    // temporary --prefix standing in for npm's global folder
    expect(commands[0]).toBe(`npm install -g cermat-iku-${version}.tgz`);
    const prefix = path.join(work, "global");
    const home = path.join(work, "rumah");
    fs.mkdirSync(home);
    fs.copyFileSync(tgz, path.join(home, path.basename(tgz)));
    timed("npm install -g", () =>
      execFileSync(
        npmBin,
        [...commands[0].split(/\s+/).slice(1), "--prefix", prefix, "--no-audit", "--no-fund"],
        {
          cwd: home,
          env: cleanEnv(),
          stdio: "pipe",
          shell: process.platform === "win32",
        },
      ),
    );
    // the second, with the global bin folder on PATH, from a folder holding kiriman/
    const [cmd, ...args] = commands[1].split(/\s+/);
    expect(cmd).toBe("cermat");
    fs.mkdirSync(path.join(home, "kiriman"));
    fs.copyFileSync(path.join(app, "contoh-renstra.xlsx"), path.join(home, "kiriman", "renstra.xlsx"));
    const bin = process.platform === "win32" ? prefix : path.join(prefix, "bin");
    const env = cleanEnv();
    env.PATH = `${bin}${path.delimiter}${env.PATH ?? ""}`;
    const r = spawnSync(cmd, args, { cwd: home, env, encoding: "utf8", shell: process.platform === "win32" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("renstra.xlsx");
    expect(r.stdout).toMatch(/galat/);
    const rekap = args[args.indexOf("--rekap") + 1];
    expect(r.stderr).toContain(rekap);
    expect(fs.statSync(path.join(home, rekap)).size).toBeGreaterThan(0);
  });

  it("gives the JSON report, the marked copy and its version like the project's own CLI", () => {
    const r = npx("cermat", "periksa", "contoh-renstra.xlsx", "--format", "json", "--out", "bertanda.xlsx");
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.schema).toBe("cermat.report/1");
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(fs.statSync(path.join(app, "bertanda.xlsx")).size).toBeGreaterThan(0);
    const v = npx("cermat", "--version");
    expect(v.status).toBe(0);
    expect(v.stdout).toContain(version);
  });
});
