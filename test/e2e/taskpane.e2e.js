#!/usr/bin/env node
// End to end: the built task pane (dist/taskpane.html) in Debian's Chromium, driven by
// playwright-core, against the fake Excel host (test/fakes/fakeOffice.js) served in place of
// office.js. Clicks Periksa, opens a finding, applies a fix and undoes it, marks and unmarks,
// switches to English, checks the CSP's frames; saves screenshots to test-results/ and fails on
// any console error. The README's screenshots (docs/img) come from `npm run screenshots`.
// Run after `npm run build`: `npm run test:e2e`.
/* global document */ // in page.evaluate
const assert = require("assert");
const path = require("path");
const { finish, results, stepper, withPane } = require("./harness");
const { contohOfficeJs } = require("./fixtures");

/** A screenshot for the test's results (the README's are made by `npm run screenshots`). */
async function shoot(page, name) {
  await page.screenshot({ path: path.join(results, name), fullPage: true });
}

const { steps, step } = stepper();

function main() {
  return withPane("test:e2e", contohOfficeJs(), { width: 360, height: 900 }, async (page, base, problems) => {
    const loaded = [];
    page.on("request", (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${base}/taskpane.html`);
    const initial = await page.evaluate(() => window.__snapshot());
    await page.getByRole("button", { name: "Periksa" }).waitFor();
    const first = loaded.filter((p) => p.endsWith(".js") && !p.startsWith("/lib/"));

    await step("Periksa finds the tables and the findings", async () => {
      await page.getByRole("button", { name: "Periksa" }).click();
      await page.getByText("2 tabel · 1 galat · 1 peringatan").waitFor({ timeout: 20000 });
      const cells = await page
        .locator("[data-finding]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-finding")));
      assert.deepStrictEqual(cells, ["Capaian Program!F5", "T 2.3.1!F5"]);
      await page.getByText(/3\.1 \/ 3\.2 x 100 = 93,01 %/).waitFor();
    });

    await step(
      "the checker (rules, mathjs) is fetched by the first Periksa, not by the pane's first load",
      async () => {
        assert.deepStrictEqual(first.sort(), ["/functions.js", "/taskpane.js"]);
        assert.ok(loaded.includes("/pemeriksa.js"), `fetched: ${loaded.join(", ")}`);
      },
    );

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

    await step("the CSP lets in the frame Office.js opens on Excel on the web, and no other", async () => {
      // excel-web-16.00.js opens <office.js folder>AgaveErrorUX/index.html in a hidden iframe
      // (src/taskpane/taskpane.html); any other frame, even from the same host, is refused
      const agave = "https://appsforoffice.microsoft.com/lib/1/hosted/AgaveErrorUX/index.html";
      const refused = ["https://example.com/", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"];
      const framed = [];
      page.on("request", (r) => r.url().startsWith(agave) && framed.push(r.url()));
      const violations = await page.evaluate(
        async (urls) => {
          const seen = [];
          document.addEventListener("securitypolicyviolation", (e) =>
            seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
          );
          for (const src of urls) {
            const f = document.createElement("iframe");
            f.style.display = "none";
            f.src = src;
            document.body.appendChild(f);
            await new Promise((r) => setTimeout(r, 300));
            f.remove();
          }
          return seen;
        },
        [`${agave}#%7B%7D`, ...refused],
      );
      assert.strictEqual(framed.length, 1, "the AgaveErrorUX frame is requested");
      // the browser reports a refused cross-origin frame by its origin only
      assert.deepStrictEqual(
        violations,
        refused.map((u) => `frame-src ${new URL(u).origin}`),
      );
      // the two refusals are expected console errors, not problems
      const expected = refused.map((u) => new URL(u).origin);
      for (let i = problems.length - 1; i >= 0; i--)
        if (
          /^console: (Refused to frame|Framing) '/.test(problems[i]) &&
          expected.some((o) => problems[i].includes(`'${o}/'`))
        )
          problems.splice(i, 1);
    });

    await step("no console errors, no outside requests", async () => {
      assert.deepStrictEqual(problems, []);
    });
  });
}

finish("e2e", main(), steps);
