#!/usr/bin/env node
// End to end, "Bandingkan dengan berkas..." (issue 13): the built pane in Debian's Chromium over
// the fake Excel host (as test/e2e/taskpane.e2e.js), the open workbook a Renstra. The planner
// picks a PK .xlsx (written here by exceljs) in the file chooser; the pane loads its .xlsx reader
// only then, reads the file in the page and shows the PK's target that differs from the Renstra,
// naming both places. Then a nomenclature list is loaded, kept over a reload (IndexedDB) and
// removed. Fails on any console error or outside request; nothing is uploaded.
// Run after `npm run build`: `node test/e2e/bandingkan.e2e.js`.
const assert = require("assert");
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const { finish, results, root, stepper, withPane } = require("./harness");

const RENSTRA = [
  ["TUJUAN, SASARAN, INDIKATOR DAN TARGET KINERJA RENSTRA DINAS SOSIAL 2025-2029"],
  [
    "No",
    "Indikator",
    "Satuan",
    "Kondisi Awal 2024",
    "Target 2025",
    "Target 2026",
    "Target 2027",
    "Target 2028",
    "Target 2029",
    "Kondisi Akhir",
  ],
  [1, "Persentase PMKS yang tertangani", "%", 70, 72, 74, 76, 78, 80, 80],
  [2, "Persentase penduduk miskin", "%", 9.8, 9.5, 9.2, 8.9, 8.6, 8.3, 8.3],
];
const PK = [
  ["PERJANJIAN KINERJA TAHUN 2025 DINAS SOSIAL"],
  ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025"],
  [1, "Meningkatnya kesejahteraan sosial", "Presentase PMKS yg tertangani", "%", 72],
  [2, "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", 9.2],
];

/** Rows as the fake workbook's cells ({ A1: value }). */
function cells(rows) {
  const out = {};
  rows.forEach((r, i) => r.forEach((v, c) => (out[`${String.fromCharCode(65 + c)}${i + 1}`] = v)));
  return out;
}

const fakeOfficeJs = [
  fs.readFileSync(path.join(root, "test", "fakes", "fakeOffice.js"), "utf8"),
  `window.__wb = CermatFakeOffice.install(window, CermatFakeOffice.createWorkbook(${JSON.stringify({
    sheets: [{ name: "Tabel 6.2", cells: cells(RENSTRA) }],
  })}));`,
].join("\n");

const { steps, step } = stepper();

async function main() {
  fs.mkdirSync(results, { recursive: true });
  const pkFile = path.join(results, "pk-2025.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PK");
  PK.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(pkFile);
  const listFile = path.join(results, "nomenklatur-uji.csv");
  fs.writeFileSync(
    listFile,
    "Kode;Nomenklatur;Kewenangan\n1.06;URUSAN PEMERINTAHAN BIDANG SOSIAL;\n1.06.04;PROGRAM REHABILITASI SOSIAL;KAB/KOTA\n1.06.04.2.01;Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar;KAB/KOTA\n",
  );

  const loaded = [];
  return withPane(
    "bandingkan e2e",
    fakeOfficeJs,
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
