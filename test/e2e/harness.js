// What the end-to-end tests share (taskpane.e2e.js, bandingkan.e2e.js): dist/ served on
// localhost, Debian's Chromium through playwright-core, office.js replaced by the fake Excel host,
// any outside request or console error recorded as a problem, and named steps with a summary.
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");
const results = path.join(root, "test-results");
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

/** Named steps: each logged ok or FAIL; the first failure ends the run. */
function stepper() {
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
  return { steps, step };
}

/**
 * Runs `body(page, base, problems)` on dist/taskpane.html with `fakeOfficeJs` in place of
 * office.js; `problems` collects console errors, page errors and outside requests. Returns the
 * exit code: 1 when dist/ or Chromium is missing.
 */
async function withPane(label, fakeOfficeJs, viewport, body) {
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    console.error(`${label}: dist/taskpane.html is missing; run \`npm run build\` first.`);
    return 1;
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`${label}: Chromium not found at ${CHROMIUM}; install it with: apt-get install -y chromium`);
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
    const page = await browser.newPage({ viewport }); // a task pane is narrow
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
    await body(page, base, problems);
  } finally {
    await browser.close();
    server.close();
  }
  return 0;
}

/** Ends the process with the steps' summary and exit code. */
function finish(label, run, steps) {
  run
    .catch((e) => {
      if (!steps.some((s) => !s[1])) console.error(`${label}: ${e && e.stack ? e.stack : e}`);
      return 1;
    })
    .then((code) => {
      const passed = steps.filter((s) => s[1]).length;
      console.log(`${label}: ${passed} passed, ${steps.length - passed} failed`);
      process.exitCode = code || (steps.length - passed ? 1 : 0);
    });
}

module.exports = { root, results, stepper, withPane, finish };
