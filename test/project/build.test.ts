// The production bundle as Excel receives it: built once into a temporary folder with a
// configured host, then checked file by file.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFINISI } from "../../src/functions/definitions";
import { functionsJson } from "../../src/functions/metadata";

const root = path.join(__dirname, "..", "..");
const HOST = "https://cermat.test.example/app/";
let out: string;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-build-"));
  execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules", "webpack", "bin", "webpack.js"),
      "--mode",
      "production",
      "--output-path",
      out,
    ],
    {
      cwd: root,
      env: { ...process.env, CERMAT_URL_PROD: HOST },
      stdio: "pipe",
    },
  );
}, 240_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const read = (f: string): string => fs.readFileSync(path.join(out, f), "utf8");

describe("npm run build", () => {
  it("emits functions.json with every IKU function, Indonesian descriptions and help links", () => {
    const meta = JSON.parse(read("functions.json"));
    const ids = meta.functions.map((f: { id: string }) => f.id);
    expect(ids).toEqual(DEFINISI.map((d) => d.nama));
    // exactly what the definitions say (src/functions/metadata.ts), with the configured host
    expect(meta).toEqual(functionsJson(DEFINISI, HOST));
    for (const f of meta.functions) {
      expect(f.name).toBe(f.id);
      expect(f.description).toMatch(/\w{3}/);
      expect(f.helpUrl).toBe(`${HOST}help.html#${f.id.toLowerCase()}`);
      for (const p of f.parameters) expect(p.description).toBeTruthy();
    }
  });

  it("rewrites every localhost URL of the manifest to the configured host", () => {
    const xml = read("manifest.xml");
    expect(xml).not.toMatch(/localhost/);
    const original = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    const count = (s: string, sub: string): number => s.split(sub).length - 1;
    expect(count(xml, HOST)).toBe(count(original, "https://localhost:3000/"));
  });

  it("emits every file the manifest points at", () => {
    const xml = read("manifest.xml");
    const files = [...xml.matchAll(new RegExp(`${HOST.replace(/[.]/g, "\\.")}([\\w./-]+)`, "g"))].map(
      (m) => m[1],
    );
    expect(files).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "functions.js",
        "functions.json",
        "help.html",
        "assets/icon-80.png",
      ]),
    );
    for (const f of files) expect(fs.existsSync(path.join(out, f))).toBe(true);
  });

  it("loads the functions bundle in the task pane page (shared runtime) and associates every function", () => {
    const html = read("taskpane.html");
    expect(html).toMatch(/<script[^>]+functions\.js/);
    expect(html).toMatch(/<script[^>]+taskpane\.js/);
    expect(html).toMatch(/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    const js = read("functions.js");
    for (const id of ["CAPAIAN", "PREDIKAT", "ANGKA"]) expect(js).toContain(`"${id}"`);
    expect(js).toMatch(/CustomFunctions\.associate/);
  });

  it("gives the help page a Content-Security-Policy that allows no script, frame or connection", () => {
    const help = read("help.html");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(help)?.[1] ?? "";
    // default-src 'none' covers frame-src and child-src; the page loads no Office.js
    expect(csp.split(";").map((d) => d.trim())).toEqual(["default-src 'none'", "style-src 'unsafe-inline'"]);
    expect(help).not.toMatch(/<script/);
  });

  it("has a help section for every function", () => {
    const help = read("help.html");
    const meta = JSON.parse(read("functions.json"));
    for (const f of meta.functions)
      expect(help).toMatch(new RegExp(`<section id="?${f.id.toLowerCase()}"?>`));
    expect(help).toContain("IKU.CAPAIAN(realisasi; target; [polaritas]; [metode])");
    // the English example beside the Indonesian one (the HTML minifier may unescape the quotes)
    expect(help).toMatch(/=IKU\.CAPAIAN\(0\.39, 0\.36, (&quot;|")negatif(&quot;|")\)/);
  });

  it("keeps eval and new Function out of every bundle (the pane's CSP forbids them)", () => {
    for (const f of fs.readdirSync(out).filter((x) => x.endsWith(".js"))) {
      const js = read(f);
      expect({ file: f, eval: /(^|[^\w.$])eval\(/.test(js) }).toEqual({ file: f, eval: false });
      expect({ file: f, newFunction: /new Function\b|[^\w.$]Function\(/.test(js) }).toEqual({
        file: f,
        newFunction: false,
      });
    }
  });

  it("gives the task pane a Content-Security-Policy that allows only Office.js and its own files", () => {
    const html = read("taskpane.html");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = Object.fromEntries(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    // frames: only the trust page Office.js itself opens on Excel on the web (src/taskpane/taskpane.html)
    const officeFrame = "https://appsforoffice.microsoft.com/lib/1/hosted/AgaveErrorUX/";
    expect(directives["frame-src"]).toEqual([officeFrame]);
    expect(directives["child-src"]).toEqual([officeFrame]);
    expect(csp).not.toMatch(/unsafe-eval/);
    // the only outside script is Office.js
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1]);
    expect(scripts.filter((s) => /^https?:/.test(s))).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
  });
});
