// `node bench/exceljsLoad.js file.xlsx`: exceljs reads the workbook, nothing else; the time of the
// read alone goes to bench/maxrss.js (the benchmark's denominator for `cermat periksa --out`).
const ExcelJS = require("exceljs");
const t = performance.now();
new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then(() => {
  globalThis.cermatBenchInner = performance.now() - t;
});
