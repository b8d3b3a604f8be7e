// What the end-to-end tests and the README's screenshots (scripts/screenshots.js) give the pane:
// office.js replaced by the fake Excel host with a workbook installed, and the files a planner
// picks in the file chooser.
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const { results, root } = require("./harness");

const fakeOffice = () => fs.readFileSync(path.join(root, "test", "fakes", "fakeOffice.js"), "utf8");

/** The sample workbook (test/taskpane/workbook.js): two tables, one error and one warning. */
function contohOfficeJs() {
  return [
    fakeOffice(),
    fs.readFileSync(path.join(root, "test", "taskpane", "workbook.js"), "utf8"),
    "window.__wb = CermatFakeOffice.install(window, CermatFakeOffice.createWorkbook(CermatContohWorkbook()));",
    "window.__snapshot = () => CermatFakeOffice.snapshot(window.__wb);",
  ].join("\n");
}

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

/** "Bandingkan dengan berkas...": a Renstra open in the fake Excel. */
function renstraOfficeJs() {
  return [
    fakeOffice(),
    `window.__wb = CermatFakeOffice.install(window, CermatFakeOffice.createWorkbook(${JSON.stringify({
      sheets: [{ name: "Tabel 6.2", cells: cells(RENSTRA) }],
    })}));`,
  ].join("\n");
}

/** Writes, in test-results/, the PK whose 2025 target differs from the Renstra's and a nomenclature list. */
async function berkasBandingkan() {
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
  return { pkFile, listFile };
}

module.exports = { contohOfficeJs, renstraOfficeJs, berkasBandingkan };
