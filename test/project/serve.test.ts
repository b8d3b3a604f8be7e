// What an IT admin copies to a web server: the production dist/ (npm run build) served by a plain
// static HTTPS server on localhost, as IIS or nginx would, under the production URL's path. Every
// URL the built manifest names (task pane, functions.json, functions.js, icons, help page), the
// files the task pane page loads and the functions' help links answer 200 with the content type a
// static host gives their extension, and the content is what that type says. The client checks the
// certificate (made in the test with Node's crypto) like a browser would.
// Needs a build: without dist/manifest.xml the test is named "NOT RUN" and warns. CERMAT_DIST names
// another build folder (e.g. one built with CERMAT_URL_PROD=https://server/cermat/).
import * as fs from "fs";
import * as https from "https";
import type { AddressInfo } from "net";
import * as path from "path";
import * as vm from "vm";
import { selfSignedLocalhost } from "./selfSignedCert";

const dist = path.resolve(process.env.CERMAT_DIST || path.join(__dirname, "..", "..", "dist"));
const built = fs.existsSync(path.join(dist, "manifest.xml"));

// the types nginx's mime.types and IIS 10's defaults give these extensions
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

/** A static file server for `dir` mounted at `base` (e.g. /cermat/), nothing else. */
function staticServer(dir: string, base: string, tls: { key: string; cert: string }): https.Server {
  return https.createServer(tls, (req, res) => {
    const url = new URL(req.url ?? "/", "https://localhost");
    const rel = decodeURIComponent(url.pathname);
    const file = rel.startsWith(base) ? path.join(dir, path.normalize(rel.slice(base.length))) : "";
    const type = TYPES[path.extname(file)];
    if (!file.startsWith(dir + path.sep) || !type || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": type }).end(fs.readFileSync(file));
  });
}

interface Answer {
  status: number;
  type: string;
  body: Buffer;
}

if (!built) {
  describe("dist/ served over HTTPS", () => {
    it("NOT RUN: dist/ absent (run npm run build first; .ci/run does)", () => {
      console.warn("serve.test.ts NOT RUN: dist/manifest.xml absent; run `npm run build` first");
    });
  });
} else {
  describe("dist/ served over HTTPS from a static host", () => {
    const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const taskpaneUrl = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1];
    const prod = new URL(taskpaneUrl.replace(/taskpane\.html$/, ""));
    const tls = selfSignedLocalhost();
    let server: https.Server;
    let port: number;

    beforeAll(async () => {
      server = staticServer(dist, prod.pathname, tls);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    /** GET a production URL from the local server: same path, certificate checked for localhost. */
    const get = (prodUrl: string): Promise<Answer> =>
      new Promise((resolve, reject) => {
        const u = new URL(prodUrl, prod);
        https
          .get(
            { host: "127.0.0.1", servername: "localhost", port, path: u.pathname, ca: tls.cert },
            (res) => {
              const chunks: Buffer[] = [];
              res.on("data", (c: Buffer) => chunks.push(c));
              res.on("end", () =>
                resolve({
                  status: res.statusCode ?? 0,
                  type: String(res.headers["content-type"]),
                  body: Buffer.concat(chunks),
                }),
              );
            },
          )
          .on("error", reject);
      });

    const manifestUrls = [
      ...new Set([...manifest.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((m) => m[1])),
    ];

    /** The body is what its type says: a PNG, JSON, an HTML page, JavaScript that compiles. */
    function checkBody(url: string, a: Answer): void {
      const ext = path.extname(new URL(url).pathname);
      if (ext === ".png")
        expect(a.body.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
      if (ext === ".json") expect(() => JSON.parse(a.body.toString("utf8"))).not.toThrow();
      if (ext === ".html") expect(a.body.toString("utf8").slice(0, 15).toLowerCase()).toBe("<!doctype html>");
      if (ext === ".js")
        expect(() => new vm.Script(a.body.toString("utf8"), { filename: url })).not.toThrow();
    }

    it("names the production host's URLs only, under one base", () => {
      expect(manifestUrls.length).toBeGreaterThanOrEqual(8);
      for (const u of manifestUrls) expect(u.startsWith(prod.href)).toBe(true);
      expect(manifestUrls).toEqual(
        expect.arrayContaining(
          [
            "taskpane.html",
            "functions.js",
            "functions.json",
            "help.html",
            "assets/icon-32.png",
            "assets/icon-80.png",
          ].map((f) => prod.href + f),
        ),
      );
    });

    it("answers every URL of the manifest with 200, its type and matching content", async () => {
      for (const u of manifestUrls) {
        const a = await get(u);
        expect({ url: u, status: a.status }).toEqual({ url: u, status: 200 });
        expect(a.type).toBe(TYPES[path.extname(new URL(u).pathname)]);
        checkBody(u, a);
      }
    });

    it("serves the manifest itself (the admin center can take a link to it)", async () => {
      const a = await get(prod.href + "manifest.xml");
      expect(a.status).toBe(200);
      expect(a.type).toBe("application/xml");
      expect(a.body.toString("utf8")).toBe(manifest);
    });

    it("serves what the task pane page loads from the add-in's own host", async () => {
      const html = (await get(prod.href + "taskpane.html")).body.toString("utf8");
      const refs = [...html.matchAll(/\s(?:src|href)=["']?([^"'\s>]+)/g)]
        .map((m) => m[1])
        .filter((r) => !/^(https?:|data:|#)/.test(r));
      expect(refs).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
      for (const r of refs) {
        const u = new URL(r, prod).href;
        const a = await get(u);
        expect({ url: u, status: a.status }).toEqual({ url: u, status: 200 });
        checkBody(u, a);
      }
    });

    it("gives every function a help link that the host serves", async () => {
      const meta = JSON.parse((await get(prod.href + "functions.json")).body.toString("utf8"));
      const pages = new Set<string>();
      for (const f of meta.functions) {
        expect(f.helpUrl.startsWith(prod.href)).toBe(true);
        pages.add(f.helpUrl.replace(/#.*$/, ""));
      }
      for (const p of pages) expect((await get(p)).status).toBe(200);
    });

    it("holds only files whose extension a static host serves by default", () => {
      const walk = (d: string): string[] =>
        fs
          .readdirSync(d, { withFileTypes: true })
          .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
      for (const f of walk(dist))
        expect({ file: path.relative(dist, f), known: path.extname(f) in TYPES }).toEqual({
          file: path.relative(dist, f),
          known: true,
        });
    });

    it("answers 404 for a file that is not there (the server is not a catch-all)", async () => {
      expect((await get(prod.href + "tidak-ada.js")).status).toBe(404);
    });
  });
}
