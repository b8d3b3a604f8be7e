// The checks Microsoft's validation service makes that matter to this add-in, run offline:
// the service and the current XSDs are not reachable from here (`npm run validate` needs them).
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DOMParser, Element } from "@xmldom/xmldom";
import { validateXML } from "xmllint-wasm";

// office-addin-manifest pulls in ES modules that jest's CommonJS runtime cannot load; Node can.
function readWithOfficeAddinManifest(file: string): Record<string, unknown> {
  const script =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
    ".then((i) => console.log(JSON.stringify(i)), (e) => { console.error(e.message); process.exit(1); })";
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script, file], {
      cwd: path.join(__dirname, "..", ".."),
      encoding: "utf8",
    }),
  );
}

const root = path.join(__dirname, "..", "..");
const manifestPath = path.join(root, "manifest.xml");
const xml = fs.readFileSync(manifestPath, "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");

const all = (name: string, scope: Element | Document = doc as unknown as Document): Element[] =>
  Array.from((scope as Element).getElementsByTagName(name) as unknown as ArrayLike<Element>);
const one = (name: string, scope?: Element): Element => {
  const found = all(name, scope);
  expect(found).toHaveLength(1);
  return found[0];
};
const children = (el: Element): Element[] =>
  Array.from(el.childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1);
const sourceResid = (el: Element): string | null => one("SourceLocation", el).getAttribute("resid");

describe("manifest.xml", () => {
  it("is well-formed XML (xmllint-wasm, no system package)", async () => {
    const r = await validateXML({
      xml: { fileName: "manifest.xml", contents: xml },
      normalization: "format",
    });
    expect(r.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it("is read by office-addin-manifest as an Excel task pane add-in", () => {
    const info = readWithOfficeAddinManifest(manifestPath);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.defaultLocale).toBe("id-ID");
    expect(info.displayName).toBe("Cermat IKU");
    expect(info.description).toMatch(/Periksa tabel Renstra dan IKU/);
  });

  it("has an English override of the display name and description", () => {
    const top = (tag: string): Element =>
      children(doc.documentElement as unknown as Element).find((e) => e.tagName === tag) as Element;
    for (const tag of ["DisplayName", "Description"]) {
      const o = all("Override", top(tag)).find((e) => e.getAttribute("Locale") === "en-US");
      expect(o?.getAttribute("Value")).toBeTruthy();
    }
    expect(all("Override", top("Description"))[0].getAttribute("Value")).toMatch(
      /Checks Renstra and IKU tables/,
    );
  });

  it("requires ExcelApi 1.4, SharedRuntime 1.1 and CustomFunctionsRuntime 1.2", () => {
    const sets = all("Set", one("Requirements")).map(
      (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`,
    );
    expect(sets).toEqual(
      expect.arrayContaining(["ExcelApi 1.4", "SharedRuntime 1.1", "CustomFunctionsRuntime 1.2"]),
    );
  });

  const host = all("Host").find((h) => h.getAttribute("xsi:type") === "Workbook") as Element;

  it("puts Runtimes first in the Workbook host, with one long-lived runtime", () => {
    expect(host).toBeDefined();
    expect(children(host)[0].tagName).toBe("Runtimes");
    const runtime = one("Runtime", host);
    expect(runtime.getAttribute("lifetime")).toBe("long");
  });

  it("runs the functions page, function file and task pane in the runtime's resid", () => {
    const resid = one("Runtime", host).getAttribute("resid");
    const cf = all("ExtensionPoint", host).find(
      (e) => e.getAttribute("xsi:type") === "CustomFunctions",
    ) as Element;
    expect(sourceResid(one("Page", cf))).toBe(resid);
    expect(one("FunctionFile", host).getAttribute("resid")).toBe(resid);
    const action = all("Action", host).find((a) => a.getAttribute("xsi:type") === "ShowTaskpane") as Element;
    expect(sourceResid(action)).toBe(resid);
    // the script is the functions bundle, which taskpane.html loads too (webpack.config.js)
    const script = sourceResid(one("Script", cf)) as string;
    const url = all("bt:Url")
      .find((u) => u.getAttribute("id") === script)
      ?.getAttribute("DefaultValue");
    expect(url).toBe("https://localhost:3000/functions.js");
  });

  it("declares the IKU namespace", () => {
    const ns = one("Namespace").getAttribute("resid");
    const s = all("bt:String").find((e) => e.getAttribute("id") === ns);
    expect(s?.getAttribute("DefaultValue")).toBe("IKU");
  });

  it("keeps resids at most 32 characters and resolves every reference", () => {
    const defined = new Set(
      ["bt:Image", "bt:Url", "bt:String"]
        .flatMap((t) => all(t).map((e) => e.getAttribute("id") as string))
        .filter(Boolean),
    );
    expect(defined.size).toBeGreaterThan(5);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
    const used = all("*")
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => !!r);
    expect(used.length).toBeGreaterThan(10);
    for (const r of used) {
      expect(r.length).toBeLessThanOrEqual(32);
      expect(defined).toContain(r);
    }
  });

  it("points every icon at a PNG of the right size in assets/", () => {
    const urls = [
      ...all("bt:Image")
        .filter((e) => e.getAttribute("id"))
        .map((e) => [e.getAttribute("DefaultValue"), Number((e.getAttribute("id") ?? "").split("x")[1])]),
      [one("IconUrl").getAttribute("DefaultValue"), 32],
      [one("HighResolutionIconUrl").getAttribute("DefaultValue"), 64],
    ] as Array<[string, number]>;
    for (const [url, size] of urls) {
      const m = /^https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)$/.exec(url);
      expect(m).not.toBeNull();
      const file = fs.readFileSync(path.join(root, (m as RegExpExecArray)[1]));
      expect(file.subarray(1, 4).toString()).toBe("PNG");
      expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("uses only https://localhost:3000/ during development", () => {
    const urls = xml.match(/https?:\/\/[^"'<\s]+/g) ?? [];
    const external = urls.filter(
      (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"),
    );
    expect(external.length).toBeGreaterThan(5);
    for (const u of external) expect(u.startsWith("https://localhost:3000/")).toBe(true);
  });
});
