// `--out`: a copy of the workbook with every finding marked on its cell (error red, warning
// amber, info blue), the message as a note, and a first sheet "Hasil Pemeriksaan" listing the
// findings with links to their cells. The input file is read, never written.
import * as fs from "fs";
import ExcelJS from "exceljs";
import type { Finding, Report } from "../core/report";

const FILL: Record<Finding["severity"], string> = {
  error: "FFF4B6B6",
  warning: "FFFFD98A",
  info: "FFCFE2F3",
};
const SEVERITY = {
  id: { error: "Galat", warning: "Peringatan", info: "Info" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};
const HEAD = {
  id: ["No", "Tingkat", "Lembar", "Sel", "Aturan", "Pesan", "Seharusnya", "Tertulis"],
  en: ["No", "Severity", "Sheet", "Cell", "Rule", "Message", "Expected", "Actual"],
};

function uniqueName(wb: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base} (${i})`;
  return name;
}

const quoteSheet = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export async function markWorkbook(
  input: Buffer,
  report: Report,
  out: string,
  lang: "id" | "en",
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ExcelJS.Buffer);
  for (const f of report.findings) {
    const ws = wb.getWorksheet(f.sheet);
    if (!ws) continue;
    const cell = ws.getCell(f.cell);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[f.severity] } };
    const before =
      typeof cell.note === "string"
        ? cell.note
        : cell.note
          ? (cell.note.texts ?? []).map((t) => t.text).join("")
          : "";
    const text = `Cermat IKU (${f.rule}): ${f.message}`;
    cell.note = before ? `${before}\n\n${text}` : text;
  }

  const sheet = wb.addWorksheet(uniqueName(wb, lang === "en" ? "Check Results" : "Hasil Pemeriksaan"));
  // exceljs writes sheets by orderNo: put the results first.
  type Ordered = { orderNo: number };
  const others = wb.worksheets.filter((w) => w !== sheet);
  (sheet as unknown as Ordered).orderNo = 0;
  others.forEach((w, i) => ((w as unknown as Ordered).orderNo = i + 1));
  sheet.addRow([`Cermat IKU: ${report.workbook}`]).font = { bold: true, size: 13 };
  const s = report.summary;
  sheet.addRow([
    lang === "en"
      ? `${s.tables} table(s), ${s.errors} error(s), ${s.warnings} warning(s), ${s.info} info`
      : `${s.tables} tabel, ${s.errors} galat, ${s.warnings} peringatan, ${s.info} info`,
  ]);
  sheet.addRow([]);
  sheet.addRow(HEAD[lang]).font = { bold: true };
  report.findings.forEach((f, i) => {
    const row = sheet.addRow([
      i + 1,
      SEVERITY[lang][f.severity],
      f.sheet,
      null,
      f.rule,
      f.message,
      f.expected ?? null,
      f.actual ?? null,
    ]);
    row.getCell(4).value = { text: f.cell, hyperlink: `#${quoteSheet(f.sheet)}!${f.cell}` };
    row.getCell(4).font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[f.severity] } };
  });
  sheet.columns = [
    { width: 5 },
    { width: 12 },
    { width: 22 },
    { width: 8 },
    { width: 24 },
    { width: 90 },
    { width: 16 },
    { width: 16 },
  ];
  sheet.getColumn(6).alignment = { wrapText: true, vertical: "top" };
  // Written beside the target first: a failure leaves no half-written file behind.
  const tmp = `${out}.cermat-${process.pid}.tmp`;
  try {
    await wb.xlsx.writeFile(tmp);
    fs.renameSync(tmp, out);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
