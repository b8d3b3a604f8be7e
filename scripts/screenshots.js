#!/usr/bin/env node
// The README's screenshots of the pane (docs/img/panel-*.png), taken from the built dist/ with the
// end-to-end harness (test/e2e/harness.js: Debian's Chromium, the fake Excel host in place of
// office.js) and the same workbooks as the e2e tests (test/e2e/fixtures.js). Builds nothing:
// run `npm run build` first, then `npm run screenshots`, look at the pictures and commit them.
// Opt-in: neither CI nor `npm run test:e2e` writes docs/img.
const fs = require("fs");
const path = require("path");
const { root, withPane } = require("../test/e2e/harness");
const { berkasBandingkan, contohOfficeJs, renstraOfficeJs } = require("../test/e2e/fixtures");

const out = path.join(root, "docs", "img");
const WIDTH = 360; // a task pane is 320-400 px wide
const MAX_BYTES = 150 * 1024;
const made = [];

/** Saves a PNG to docs/img and remembers its name. */
async function save(target, name, options = {}) {
  const file = path.join(out, name);
  await target.screenshot({ path: file, ...options });
  made.push(file);
}

/** Fails when the page logged an error or asked for anything outside. */
function noProblems(label, problems) {
  if (problems.length) throw new Error(`${label}:\n  ${problems.join("\n  ")}`);
}

async function panelContoh() {
  return withPane(
    "screenshots",
    contohOfficeJs(),
    { width: WIDTH, height: 720 },
    async (page, base, problems) => {
      await page.goto(`${base}/taskpane.html`);
      await page.getByRole("button", { name: "Periksa" }).click();
      await page.getByText("2 tabel · 1 galat · 1 peringatan").waitFor({ timeout: 20000 });
      await save(page, "panel-temuan.png", { fullPage: true });

      // one card open: selected, with "Terima dengan alasan" unfolded
      const sel = "T 2.3.1!F5";
      await page.locator(`[data-finding="${sel}"]`).click();
      await page.getByRole("button", { name: `Terima dengan alasan ${sel}` }).click();
      await page
        .getByRole("textbox", { name: `Alasan ${sel}` })
        .fill("Target diubah dalam Renstra perubahan");
      const box = await page.locator(`[data-card="${sel}"]`).boundingBox();
      await save(page, "panel-kartu-temuan.png", {
        clip: { x: 0, y: Math.max(0, box.y - 6), width: WIDTH, height: box.height + 12 },
      });
      await page.getByRole("button", { name: "Batal" }).click();

      await page.getByRole("button", { name: "Pengaturan" }).click();
      await page.getByRole("radio", { name: "English" }).check();
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByRole("button", { name: "Check", exact: true }).click();
      await page.getByText("2 table(s) · 1 error(s) · 1 warning(s)").waitFor();
      await save(page, "panel-en.png", { fullPage: true });
      noProblems("panel", problems);
    },
  );
}

async function panelBandingkan() {
  const { pkFile } = await berkasBandingkan();
  return withPane(
    "screenshots",
    renstraOfficeJs(),
    { width: WIDTH, height: 720 },
    async (page, base, problems) => {
      await page.goto(`${base}/taskpane.html`);
      const [chooser] = await Promise.all([
        page.waitForEvent("filechooser"),
        page.getByRole("button", { name: "Bandingkan dengan berkas..." }).click(),
      ]);
      await chooser.setFiles(pkFile);
      await page.locator('[data-banding="pk-2025.xlsx PK!E4"]').waitFor({ timeout: 30000 });
      await save(page, "panel-bandingkan.png", { fullPage: true });
      noProblems("bandingkan", problems);
    },
  );
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  if ((await panelContoh()) || (await panelBandingkan())) return 1;
  let code = 0;
  for (const file of made) {
    const kb = fs.statSync(file).size / 1024;
    const big = kb * 1024 > MAX_BYTES;
    if (big) code = 1;
    console.log(
      `${path.relative(root, file)}: ${kb.toFixed(0)} KB${big ? " (more than 150 KB: make it smaller)" : ""}`,
    );
  }
  return code;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`screenshots: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 1;
  },
);
