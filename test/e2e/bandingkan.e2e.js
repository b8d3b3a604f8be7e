#!/usr/bin/env node
// End to end, "Bandingkan dengan berkas..." (issue 13): the built pane in Debian's Chromium over
// the fake Excel host (as test/e2e/taskpane.e2e.js), the open workbook a Renstra. The planner
// picks a PK .xlsx (written here by exceljs) in the file chooser; the pane loads its .xlsx reader
// only then, reads the file in the page and shows the PK's target that differs from the Renstra,
// naming both places. Then a nomenclature list is loaded, kept over a reload (IndexedDB) and
// removed. Fails on any console error or outside request; nothing is uploaded.
// Run after `npm run build`: `node test/e2e/bandingkan.e2e.js`.
const assert = require("assert");
const path = require("path");
const { finish, results, stepper, withPane } = require("./harness");
const { berkasBandingkan, renstraOfficeJs } = require("./fixtures");

const { steps, step } = stepper();

async function main() {
  const { pkFile, listFile } = await berkasBandingkan();
  const loaded = [];
  return withPane(
    "bandingkan e2e",
    renstraOfficeJs(),
    { width: 360, height: 1200 },
    async (page, base, problems) => {
      page.on("request", (r) => loaded.push(new URL(r.url()).pathname));
      await page.goto(`${base}/taskpane.html`);
      await page.getByRole("button", { name: "Periksa" }).waitFor();
      const first = loaded.filter((p) => p.endsWith(".js") && !p.startsWith("/lib/"));

      await step("the pane's first load does not fetch the .xlsx reader", async () => {
        assert.deepStrictEqual(first.sort(), ["/functions.js", "/taskpane.js"]);
      });

      await step(
        "a picked PK is read in the pane and its target that differs from the Renstra is found",
        async () => {
          const [chooser] = await Promise.all([
            page.waitForEvent("filechooser"),
            page.getByRole("button", { name: "Bandingkan dengan berkas..." }).click(),
          ]);
          await chooser.setFiles(pkFile);
          await page.getByText("1 galat · 0 peringatan · 0 info").waitFor({ timeout: 30000 });
          const card = page.locator('[data-banding="pk-2025.xlsx PK!E4"]');
          await card.waitFor();
          const text = await card.innerText();
          assert.match(text, /tertulis 9,2, sedangkan Renstra \(buku kerja Tabel 6\.2!E4\) menulis 9,5/);
          assert.match(text, /dibandingkan dengan\s+buku kerja Tabel 6\.2!E4/);
          // what each workbook was read as
          assert.match(
            await page.locator('[data-dokumen="ini"]').innerText(),
            /dibaca sebagai\s+Renstra 2025–2029/,
          );
          assert.match(
            await page.locator('[data-dokumen="itu"]').innerText(),
            /pk-2025\.xlsx dibaca sebagai\s+Perjanjian Kinerja 2025/,
          );
          assert.ok(
            loaded.some((p) => p === "/baca-xlsx.js"),
            "the reader is loaded on the click",
          );
          assert.ok(await page.getByRole("button", { name: "Bandingkan dengan berkas..." }).isEnabled());
          await page.screenshot({ path: path.join(results, "bandingkan-id.png"), fullPage: true });
        },
      );

      await step("clicking the finding selects the Renstra's cell it compares with", async () => {
        await page.locator('[data-banding="pk-2025.xlsx PK!E4"] button').click();
        await page.waitForFunction(
          () =>
            window.__wb.selection &&
            window.__wb.selection.address === "E4" &&
            window.__wb.selection.sheet === "Tabel 6.2",
        );
      });

      await step("a file that is not an .xlsx gets a message that says what to do", async () => {
        const [chooser] = await Promise.all([
          page.waitForEvent("filechooser"),
          page.getByRole("button", { name: "Bandingkan dengan berkas..." }).click(),
        ]);
        await chooser.setFiles(listFile);
        await page
          .getByText(/nomenklatur-uji\.csv bukan buku kerja \.xlsx\. Buka di Excel dan simpan sebagai/)
          .waitFor();
      });

      await step("a nomenclature list is loaded once, kept over a reload, and removed", async () => {
        await page.getByRole("button", { name: "Pengaturan" }).click();
        const [chooser] = await Promise.all([
          page.waitForEvent("filechooser"),
          page.getByRole("button", { name: "Muat daftar nomenklatur..." }).click(),
        ]);
        await chooser.setFiles(listFile);
        await page.getByText(/Daftar nomenklatur-uji\.csv \(3 kode\) disimpan di komputer ini/).waitFor();
        await page.reload();
        await page.getByRole("button", { name: "Pengaturan" }).click();
        await page.getByText(/nomenklatur-uji\.csv: 3 kode, dimuat/).waitFor();
        await page.getByRole("button", { name: "Hapus daftar" }).click();
        await page.getByText("Daftar nomenklatur dihapus dari komputer ini.").waitFor();
        await page.reload();
        await page.getByRole("button", { name: "Pengaturan" }).click();
        await page.getByText(/Belum ada daftar/).waitFor();
      });

      await step("no console errors, no outside requests", async () => {
        assert.deepStrictEqual(problems, []);
      });
    },
  );
}

finish("e2e bandingkan", main(), steps);
