#!/usr/bin/env node
// End to end: the built task pane (dist/taskpane.html) in Debian's Chromium, driven by
// playwright-core, against the fake Excel host (test/fakes/fakeOffice.js) served in place of
// office.js. Clicks Periksa, opens a finding, applies a fix and undoes it, marks and unmarks,
// switches to English; saves screenshots to test-results/ and to docs/img/ (the README's, so they
// never go stale: commit them when they change) and fails on any console error.
// Run after `npm run build`: `npm run test:e2e`.
const assert = require("assert");
const fs = require("fs");
const path = require("path");
const { finish, results, root, stepper, withPane } = require("./harness");

const readmeImages = path.join(root, "docs", "img");

/** A screenshot for the test's results and the README (docs/img). */
async function shoot(page, name) {
  const file = path.join(results, name);
  await page.screenshot({ path: file, fullPage: true });
  fs.mkdirSync(readmeImages, { recursive: true });
  fs.copyFileSync(file, path.join(readmeImages, name));
}
// What the page gets instead of office.js: the fake host with the sample workbook installed.
const fakeOfficeJs = [
  fs.readFileSync(path.join(root, "test", "fakes", "fakeOffice.js"), "utf8"),
  fs.readFileSync(path.join(root, "test", "taskpane", "workbook.js"), "utf8"),
  "window.__wb = CermatFakeOffice.install(window, CermatFakeOffice.createWorkbook(CermatContohWorkbook()));",
  "window.__snapshot = () => CermatFakeOffice.snapshot(window.__wb);",
].join("\n");

const { steps, step } = stepper();

function main() {
  return withPane("test:e2e", fakeOfficeJs, { width: 360, height: 900 }, async (page, base, problems) => {
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
  });
}

finish("e2e", main(), steps);
