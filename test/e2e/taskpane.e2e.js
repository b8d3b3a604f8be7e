#!/usr/bin/env node
// End to end: the built task pane (dist/taskpane.html) in Debian's Chromium, driven by
// playwright-core, against the fake Excel host (test/fakes/fakeOffice.js) served in place of
// office.js. Clicks Periksa, opens a finding, applies a fix and undoes it, marks and unmarks,
// switches to English; saves screenshots to test-results/ and to docs/img/ (the README's, so they
// never go stale: commit them when they change) and fails on any console error.
// Run after `npm run build`: `npm run test:e2e`.
const assert = require("assert");
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");
const results = path.join(root, "test-results");
const readmeImages = path.join(root, "docs", "img");

/** A screenshot for the test's results and the README (docs/img). */
async function shoot(page, name) {
  const file = path.join(results, name);
  await page.screenshot({ path: file, fullPage: true });
  fs.mkdirSync(readmeImages, { recursive: true });
  fs.copyFileSync(file, path.join(readmeImages, name));
}
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "text/xml",
};

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(dir, path.normalize(url).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// What the page gets instead of office.js: the fake host with the sample workbook installed.
const fakeOfficeJs = [
  fs.readFileSync(path.join(root, "test", "fakes", "fakeOffice.js"), "utf8"),
  fs.readFileSync(path.join(root, "test", "taskpane", "workbook.js"), "utf8"),
  "window.__wb = CermatFakeOffice.install(window, CermatFakeOffice.createWorkbook(CermatContohWorkbook()));",
  "window.__snapshot = () => CermatFakeOffice.snapshot(window.__wb);",
].join("\n");

const steps = [];
async function step(name, f) {
  try {
    await f();
    steps.push([name, true]);
    console.log(`  ok   ${name}`);
  } catch (e) {
    steps.push([name, false]);
    console.log(
      `  FAIL ${name}\n       ${String(e && e.message)
        .split("\n")
        .join("\n       ")}`,
    );
    throw e;
  }
}

async function main() {
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    console.error("test:e2e: dist/taskpane.html is missing; run `npm run build` first.");
    return 1;
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(
      `test:e2e: Chromium not found at ${CHROMIUM}; install it with: apt-get install -y chromium`,
    );
    return 1;
  }
  fs.mkdirSync(results, { recursive: true });
  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  const problems = [];
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } }); // a task pane is narrow
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOfficeJs }),
    );
    // anything else from outside is a failure of "local only"
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|appsforoffice\.microsoft\.com)/, (route) => {
      problems.push(`outside request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(`${base}/taskpane.html`);
    const initial = await page.evaluate(() => window.__snapshot());

    await step("Periksa finds the tables and the findings", async () => {
      await page.getByRole("button", { name: "Periksa" }).click();
      await page.getByText("2 tabel · 1 galat · 1 peringatan").waitFor({ timeout: 20000 });
      const cells = await page
        .locator("[data-finding]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-finding")));
      assert.deepStrictEqual(cells, ["Capaian Program!F5", "T 2.3.1!F5"]);
      await page.getByText(/3\.1 \/ 3\.2 x 100 = 93,01 %/).waitFor();
    });

    await step("clicking a finding selects its cell", async () => {
      await page.locator('[data-finding="Capaian Program!F5"]').click();
      await page.waitForFunction(
        () =>
          window.__wb.selection &&
          window.__wb.selection.address === "F5" &&
          window.__wb.selection.sheet === "Capaian Program",
      );
    });

    await step("a fix is applied, the check re-runs, and the undo restores the cell exactly", async () => {
      await page.getByRole("button", { name: "Perbaiki T 2.3.1!F5" }).click();
      await page.getByText("1 sel diperbaiki. Pemeriksaan diulang.").waitFor();
      await page.getByText("2 tabel · 1 galat · 0 peringatan").waitFor();
      const formula = await page.evaluate(() => window.__wb.sheets[1].cells.get("5,6").formula);
      assert.strictEqual(formula, "E5/D5*100");
      await page.getByRole("button", { name: "Batalkan perbaikan (1)" }).click();
      await page.getByText("1 perbaikan dibatalkan; isi sel dipulihkan.").waitFor();
      assert.strictEqual(await page.evaluate(() => window.__snapshot()), initial);
    });

    await step("Tandai marks the cells and Hapus tanda leaves the workbook as it was", async () => {
      await page.getByRole("button", { name: "Tandai" }).click();
      await page.getByText(/2 sel ditandai/).waitFor();
      assert.strictEqual(
        await page.evaluate(() => window.__wb.sheets.reduce((n, s) => n + s.cfs.length, 0)),
        2,
      );
      await shoot(page, "taskpane-id.png");
      await page.getByRole("button", { name: "Hapus tanda" }).click();
      await page.getByText(/2 tanda dihapus/).waitFor();
      assert.strictEqual(await page.evaluate(() => window.__snapshot()), initial);
    });

    await step("the pane speaks English when asked", async () => {
      await page.getByRole("button", { name: "Pengaturan" }).click();
      await page.getByRole("radio", { name: "English" }).check();
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByRole("button", { name: "Check", exact: true }).click();
      await page.getByText("2 table(s) · 1 error(s) · 1 warning(s)").waitFor();
      await shoot(page, "taskpane-en.png");
    });

    await step("no console errors, no outside requests", async () => {
      assert.deepStrictEqual(problems, []);
    });
  } finally {
    await browser.close();
    server.close();
  }
  return 0;
}

main()
  .catch((e) => {
    if (!steps.some((s) => !s[1])) console.error(`test:e2e: ${e && e.stack ? e.stack : e}`);
    return 1;
  })
  .then((code) => {
    const passed = steps.filter((s) => s[1]).length;
    console.log(`e2e: ${passed} passed, ${steps.length - passed} failed`);
    process.exitCode = code || (steps.length - passed ? 1 : 0);
  });
