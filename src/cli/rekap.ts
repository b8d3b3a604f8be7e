// The overview of a folder run (--rekap rekap.xlsx, issue 11 item 2), written with exceljs: sheet
// "Rekap" with one row per file (office, document kind, counts, accepted, status, a link to its
// marked copy when --out-dir wrote one), "Per aturan" with the counts per rule, and "Temuan" with
// every finding, an accepted one with the planner's reason; each with a frozen header and a filter.
// Findings accepted in the pane are counted apart, never as errors, warnings or info (as in
// summary.accepted). Indonesian, or English with --lang en.
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { JENIS, compareFindings } from "../core/report";
import type { Finding } from "../core/report";
import { FILL, TONE_FILL, toneOf } from "./markStyles";
import { FileResult, statusLabel } from "./folder";
import { officeOf } from "./kantor";

export const CREATOR = "Cermat IKU";

export const REKAP_TEXT = {
  id: {
    sheets: ["Rekap", "Per aturan", "Temuan"],
    files: [
      "No",
      "Berkas",
      "Perangkat daerah",
      "Jenis dokumen",
      "Tabel",
      "Galat",
      "Peringatan",
      "Info",
      "Diterima",
      "Status",
      "Keterangan",
      "Salinan bertanda",
    ],
    rules: ["Aturan", "Galat", "Peringatan", "Info", "Diterima", "Jumlah", "Berkas"],
    findings: [
      "Berkas",
      "Lembar",
      "Sel",
      "Aturan",
      "Tingkat",
      "Pesan",
      "Seharusnya",
      "Tertulis",
      "Diterima (alasan)",
    ],
    severity: { error: "Galat", warning: "Peringatan", info: "Info" },
    open: "buka",
  },
  en: {
    sheets: ["Overview", "By rule", "Findings"],
    files: [
      "No",
      "File",
      "Office (OPD)",
      "Document",
      "Tables",
      "Errors",
      "Warnings",
      "Info",
      "Accepted",
      "Status",
      "Note",
      "Marked copy",
    ],
    rules: ["Rule", "Errors", "Warnings", "Info", "Accepted", "Total", "Files"],
    findings: [
      "File",
      "Sheet",
      "Cell",
      "Rule",
      "Severity",
      "Message",
      "Expected",
      "Actual",
      "Accepted (reason)",
    ],
    severity: { error: "Error", warning: "Warning", info: "Info" },
    open: "open",
  },
};

const STATUS_FILL: Record<string, string> = {
  "siap kirim": "FFC6EFCE",
  "ready to send": "FFC6EFCE",
  "perlu perbaikan": FILL.error,
  "needs fixing": FILL.error,
  "tanpa tabel": FILL.warning,
  "no tables": FILL.warning,
  "tidak terbaca": "FFD9D9D9",
  unreadable: "FFD9D9D9",
  "bukan .xlsx": "FFD9D9D9",
  "not an .xlsx": "FFD9D9D9",
};

// grouped thousands, shown by Excel in the reader's locale (1.234 in Indonesian)
const COUNT = "#,##0";

const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

function sheet(wb: ExcelJS.Workbook, name: string, head: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = head.map((header, i) => ({ header, width: widths[i] }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.eachCell((c) => (c.fill = fill("FFD9E1F2")));
  return ws;
}

const filter = (ws: ExcelJS.Worksheet, columns: number): void => {
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: columns } };
};

/** A link from the overview's folder to a marked copy, as Excel follows it ("/" separators). */
const linkTo = (rekap: string, target: string): string =>
  path
    .relative(path.dirname(path.resolve(rekap)), path.resolve(target))
    .split(path.sep)
    .join("/");

const shown = (v: Finding["expected"]): string | number | null => (v === undefined ? null : v);

/** The overview workbook's bytes. `rekap` is where it will be written (links are relative to it). */
export async function rekapWorkbook(
  results: FileResult[],
  rekap: string,
  lang: "id" | "en",
): Promise<Buffer> {
  const t = REKAP_TEXT[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.created = new Date();

  const files = sheet(wb, t.sheets[0], t.files, [5, 40, 30, 18, 8, 8, 11, 8, 10, 16, 60, 16]);
  results.forEach((r, i) => {
    const s = r.report?.summary;
    const kind = r.report?.document?.kind;
    const status = statusLabel(r, lang);
    const row = files.addRow([
      i + 1,
      r.path,
      (r.status !== "skipped" && officeOf(r.path, r.report)) || null,
      kind && kind !== "lainnya" ? JENIS[kind] : null,
      s?.tables ?? null,
      s?.errors ?? null,
      s?.warnings ?? null,
      s?.info ?? null,
      s ? (s.accepted ?? 0) : null,
      status,
      r.reason ?? null,
      r.marked ? { text: t.open, hyperlink: linkTo(rekap, r.marked) } : null,
    ]);
    for (let c = 5; c <= 9; c++) row.getCell(c).numFmt = COUNT;
    const argb = STATUS_FILL[status];
    if (argb) row.getCell(10).fill = fill(argb);
    if (r.marked) row.getCell(12).font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(11).alignment = { wrapText: true, vertical: "top" };
  });
  filter(files, t.files.length);

  // counts per rule, the most frequent first; an accepted finding counts as accepted only
  type Counts = Record<ReturnType<typeof toneOf>, number> & { files: Set<string> };
  const perRule = new Map<string, Counts>();
  for (const r of results)
    for (const f of r.report?.findings ?? []) {
      const c = perRule.get(f.rule) ?? {
        error: 0,
        warning: 0,
        info: 0,
        accepted: 0,
        files: new Set<string>(),
      };
      c[toneOf(f)]++;
      c.files.add(r.path);
      perRule.set(f.rule, c);
    }
  const rules = sheet(wb, t.sheets[1], t.rules, [30, 10, 12, 10, 10, 10, 10]);
  [...perRule]
    .map(([rule, c]) => ({ rule, ...c, total: c.error + c.warning + c.info + c.accepted }))
    .sort((a, b) => b.total - a.total || a.rule.localeCompare(b.rule))
    .forEach((c) => {
      const row = rules.addRow([c.rule, c.error, c.warning, c.info, c.accepted, c.total, c.files.size]);
      for (let i = 2; i <= 7; i++) row.getCell(i).numFmt = COUNT;
    });
  filter(rules, t.rules.length);

  const findings = sheet(wb, t.sheets[2], t.findings, [40, 22, 8, 26, 12, 80, 14, 14, 40]);
  for (const r of results) {
    const sorted = [...(r.report?.findings ?? [])].sort(
      (a, b) => a.sheet.localeCompare(b.sheet) || compareFindings(a, b),
    );
    for (const f of sorted) {
      const row = findings.addRow([
        r.marked ? { text: r.path, hyperlink: linkTo(rekap, r.marked) } : r.path,
        f.sheet,
        f.cell,
        f.rule,
        t.severity[f.severity],
        f.message,
        shown(f.expected),
        shown(f.actual),
        f.accepted
          ? f.accepted.date
            ? `${f.accepted.reason} (${f.accepted.date})`
            : f.accepted.reason
          : null,
      ]);
      // an accepted finding keeps its severity's name, in the marked copy's neutral grey
      row.getCell(5).fill = fill(TONE_FILL[toneOf(f)]);
      row.getCell(6).alignment = { wrapText: true, vertical: "top" };
      row.getCell(9).alignment = { wrapText: true, vertical: "top" };
    }
  }
  filter(findings, t.findings.length);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An overview Cermat wrote (--rekap may replace it without --timpa). */
export async function isRekap(zip: JSZip): Promise<boolean> {
  const core = await zip.file("docProps/core.xml")?.async("string");
  const wb = await zip.file("xl/workbook.xml")?.async("string");
  return (
    !!core &&
    core.includes(`<dc:creator>${CREATOR}</dc:creator>`) &&
    !!wb &&
    /name="(Rekap|Overview)"/.test(wb)
  );
}
