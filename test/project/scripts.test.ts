import { execFileSync } from "child_process";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionUrl, rewriteUrls } = require("../../scripts/urls");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { helpPage } = require("../../scripts/help-page");

const root = path.join(__dirname, "..", "..");

describe("production URL rewriting", () => {
  it("replaces every occurrence, with or without the trailing slash", () => {
    const text =
      'a="https://localhost:3000/taskpane.html" b="https://localhost:3000/x.png" c="https://localhost:3000"';
    expect(rewriteUrls(text, "https://iku.example.go.id/")).toBe(
      'a="https://iku.example.go.id/taskpane.html" b="https://iku.example.go.id/x.png" c="https://iku.example.go.id"',
    );
  });

  it("reads the host from CERMAT_URL_PROD, then package.json, and insists on https", () => {
    expect(productionUrl({ CERMAT_URL_PROD: "https://a.example/p" }, { config: {} })).toBe(
      "https://a.example/p/",
    );
    expect(productionUrl({}, { config: { url_prod: "https://b.example/" } })).toBe("https://b.example/");
    expect(() => productionUrl({}, { config: {} })).toThrow(/CERMAT_URL_PROD/);
    expect(() => productionUrl({ CERMAT_URL_PROD: "http://a.example/" }, {})).toThrow(/https/);
  });
});

describe("help page", () => {
  it("escapes text and gives each function an anchor", () => {
    const html = helpPage([
      { nama: "X", sintaks: "IKU.X(a<b)", contoh: '=IKU.X("1")', hasil: "1", id: "Uji & coba", en: "Test" },
    ]);
    expect(html).toContain('<section id="x">');
    expect(html).toContain("IKU.X(a&lt;b)");
    expect(html).toContain("Uji &amp; coba");
    expect(html).toContain("=IKU.X(&quot;1&quot;)");
  });

  it("lists the parameters, the result and the English example when the catalogue has them", () => {
    const html = helpPage([
      {
        nama: "X",
        sintaks: "IKU.X(a; [b])",
        contoh: "=IKU.X(1,5)",
        hasil: "1,5",
        id: "Uji",
        en: "Test",
        contohEn: "=IKU.X(1.5)",
        hasilEn: "1.5",
        parameter: [
          { nama: "a", opsional: false, id: "Angka", en: "A number" },
          { nama: "b", opsional: true, id: "Pilihan", en: "An option" },
        ],
        hasilDoc: { id: "Angkanya", en: "The number" },
      },
    ]);
    expect(html).toContain('<code>[b]</code>: Pilihan <em lang="en">An option</em>');
    expect(html).toContain("Hasil / result: Angkanya");
    expect(html).toContain("<code>=IKU.X(1.5)</code> → <code>1.5</code>");
  });
});

describe("npm start without Excel", () => {
  it("ends with how to load the add-in in Excel on the web, not a stack trace", () => {
    if (process.platform === "win32" || process.platform === "darwin") return;
    const out = execFileSync(process.execPath, [path.join(root, "scripts", "start.js")], {
      encoding: "utf8",
    });
    expect(out).toMatch(/Excel untuk web/);
    expect(out).toMatch(/Upload My Add-in/);
    expect(out).toContain(path.join(root, "manifest.xml"));
    expect(out).not.toMatch(/\bat .+:\d+:\d+\)/);
  });
});
