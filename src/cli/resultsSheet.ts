// The results sheet of the marked copy: a summary block (file, date, tables, errors, warnings,
// accepted), then one row per open finding sorted by severity, sheet and cell, each linking to its
// cell with an internal hyperlink (a `location` and no relationship, the form Excel and LibreOffice
// follow); below them, apart, the findings accepted in the pane with their reasons. Frozen header,
// filter on the open findings, wrapped messages, landscape print one page wide with the header
// repeated.
import type { Finding, Report } from "../core/report";
import { FILL, RANK, Styles, TONE_FILL } from "./markStyles";
import { REL_NS, XML_DECL, colLetters, escapeAttr, escapeText, parseCell } from "./ooxml";

const LINK_COLOR = "FF0563C1";
const HEADER_FILL = "FFD9E1F2";

export const TEXT = {
  id: {
    sheet: "Hasil Pemeriksaan",
    title: "Cermat IKU: hasil pemeriksaan",
    file: "Berkas",
    date: "Tanggal",
    tables: "Tabel",
    errors: "Galat",
    warnings: "Peringatan",
    info: "Info",
    accepted: "Diterima",
    none: "Tidak ada temuan.",
    noneOpen: "Tidak ada temuan terbuka.",
    head: ["No", "Tingkat", "Lembar", "Sel", "Aturan", "Pesan", "Seharusnya", "Tertulis"],
    acceptedTitle: (n: number) => `Diterima (sudah dijelaskan): ${n}`,
    reason: "Alasan diterima",
    acceptedNote: (reason: string) => `Diterima (sudah dijelaskan), alasan: ${reason}`,
    severity: { error: "Galat", warning: "Peringatan", info: "Info" },
    footer: "Halaman &P dari &N",
  },
  en: {
    sheet: "Check Results",
    title: "Cermat IKU: check results",
    file: "File",
    date: "Date",
    tables: "Tables",
    errors: "Errors",
    warnings: "Warnings",
    info: "Info",
    accepted: "Accepted",
    none: "No findings.",
    noneOpen: "No open findings.",
    head: ["No", "Severity", "Sheet", "Cell", "Rule", "Message", "Expected", "Actual"],
    acceptedTitle: (n: number) => `Accepted (explained): ${n}`,
    reason: "Reason accepted",
    acceptedNote: (reason: string) => `Accepted (explained), reason: ${reason}`,
    severity: { error: "Error", warning: "Warning", info: "Info" },
    footer: "Page &P of &N",
  },
};
const WIDTHS = [6, 12, 22, 9, 24, 70, 16, 16, 40];

// ---------------------------------------------------------------------------------------------
// The results sheet: a summary block, then one row per finding with a link to its cell.

export type ResultStyles = Record<
  "title" | "label" | "value" | "head" | "text" | "wrap" | "link" | "number" | "accepted",
  number
> &
  Record<Finding["severity"], number>;

export function resultStyles(styles: Styles): ResultStyles {
  const bold = styles.font({ bold: true });
  const top = { vertical: "top" };
  return {
    title: styles.xf({ font: styles.font({ bold: true, size: 13 }) }),
    label: styles.xf({ font: bold }),
    value: styles.xf({ align: { horizontal: "left" } }),
    head: styles.xf({
      font: bold,
      fill: styles.fill(HEADER_FILL),
      align: { vertical: "center", wrap: true },
    }),
    text: styles.xf({ align: top }),
    wrap: styles.xf({ align: { ...top, wrap: true } }),
    link: styles.xf({ font: styles.font({ color: LINK_COLOR, underline: true }), align: top }),
    number: styles.xf({ align: top }),
    error: styles.xf({ fill: styles.fill(FILL.error), align: top }),
    warning: styles.xf({ fill: styles.fill(FILL.warning), align: top }),
    info: styles.xf({ fill: styles.fill(FILL.info), align: top }),
    accepted: styles.xf({ fill: styles.fill(TONE_FILL.accepted), align: top }),
  };
}

export const quoteSheet = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const MAX_CELL_TEXT = 32767;

function textCell(ref: string, s: number, text: string): string {
  const t = text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeText(t)}</t></is></c>`;
}

function valueCell(ref: string, s: number, v: number | string | undefined | null): string {
  if (v === undefined || v === null || v === "") return `<c r="${ref}" s="${s}"/>`;
  if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
  return textCell(ref, s, String(v));
}

/** Rough line count of a wrapped cell, for a row height both applications start from. */
function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.15));
  return text.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
}

export type Sorted = Finding & { index: number };

/** Findings by severity (error, warning, info), then sheet in workbook order, then row and column. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Sorted[] {
  const order = new Map(sheetOrder.map((s, i) => [s, i]));
  const pos = (f: Finding) => parseCell(f.cell) ?? { row: Infinity, col: Infinity };
  return findings
    .map((f, index) => ({ ...f, index }))
    .sort(
      (a, b) =>
        RANK[a.severity] - RANK[b.severity] ||
        (order.get(a.sheet) ?? Infinity) - (order.get(b.sheet) ?? Infinity) ||
        (order.has(a.sheet) ? 0 : a.sheet.localeCompare(b.sheet)) ||
        pos(a).row - pos(b).row ||
        pos(a).col - pos(b).col ||
        a.index - b.index,
    );
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function resultsSheet(
  report: Report,
  lang: "id" | "en",
  st: ResultStyles,
  sheetOrder: string[],
  linkable: Set<string>,
  now: Date,
): { xml: string; headerRow: number; filterLastRow: number; lastRow: number } {
  const T = TEXT[lang];
  const s = report.summary;
  const rows: string[] = [];
  const merges: string[] = [];
  const heights = new Map<number, number>();
  const summary: Array<[string, string | number]> = [
    [T.file, report.workbook],
    [
      T.date,
      `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`,
    ],
    [T.tables, s.tables],
    [T.errors, s.errors],
    [T.warnings, s.warnings],
    [T.info, s.info],
    ...(s.accepted !== undefined ? [[T.accepted, s.accepted] as [string, number]] : []),
  ];
  rows.push(`<row r="1">${textCell("A1", st.title, T.title)}</row>`);
  heights.set(1, 18);
  summary.forEach(([label, value], i) => {
    const r = i + 2;
    rows.push(
      `<row r="${r}">${textCell(`A${r}`, st.label, label)}<c r="B${r}" s="${st.label}"/>${valueCell(`C${r}`, st.value, value)}</row>`,
    );
    merges.push(`A${r}:B${r}`);
  });
  const headRow = (r: number, head: string[]): string =>
    `<row r="${r}">${head.map((h, i) => textCell(`${colLetters(i + 1)}${r}`, st.head, h)).join("")}</row>`;
  const headerRow = summary.length + 3;
  rows.push(headRow(headerRow, T.head));
  const links: string[] = [];
  /** One finding's row, linking to its cell; an accepted one grey, with its reason in column I. */
  const findingRow = (f: Sorted, r: number, no: number): void => {
    const cell = f.cell.replace(/\$/g, "").toUpperCase();
    const canLink = linkable.has(f.sheet) && parseCell(cell) !== undefined;
    rows.push(
      `<row r="${r}">` +
        valueCell(`A${r}`, st.number, no) +
        textCell(`B${r}`, f.accepted ? st.accepted : st[f.severity], T.severity[f.severity]) +
        textCell(`C${r}`, st.text, f.sheet) +
        textCell(`D${r}`, canLink ? st.link : st.text, cell) +
        textCell(`E${r}`, st.text, f.rule) +
        textCell(`F${r}`, st.wrap, f.message) +
        valueCell(`G${r}`, st.number, f.expected) +
        valueCell(`H${r}`, st.number, f.actual) +
        (f.accepted
          ? textCell(
              `I${r}`,
              st.wrap,
              f.accepted.date ? `${f.accepted.reason} (${f.accepted.date})` : f.accepted.reason,
            )
          : "") +
        "</row>",
    );
    const lines = Math.max(
      wrappedLines(f.message, WIDTHS[5]),
      f.accepted ? wrappedLines(f.accepted.reason, WIDTHS[8]) : 1,
    );
    if (lines > 1) heights.set(r, Math.min(lines * 15, 409));
    if (canLink)
      links.push(
        `<hyperlink ref="D${r}" location="${escapeAttr(`${quoteSheet(f.sheet)}!${cell}`)}" display="${escapeAttr(cell)}"/>`,
      );
  };
  const sorted = sortFindings(report.findings, sheetOrder);
  const open = sorted.filter((f) => !f.accepted);
  const accepted = sorted.filter((f) => f.accepted);
  open.forEach((f, i) => findingRow(f, headerRow + 1 + i, i + 1));
  let lastRow = headerRow + open.length;
  if (!open.length) {
    lastRow = headerRow + 1;
    rows.push(
      `<row r="${lastRow}">${textCell(`A${lastRow}`, st.text, accepted.length ? T.noneOpen : T.none)}</row>`,
    );
  }
  const filterLastRow = lastRow;
  // the accepted findings apart, below a blank row: a title, their own header with the reason
  if (accepted.length) {
    const title = lastRow + 2;
    rows.push(`<row r="${title}">${textCell(`A${title}`, st.label, T.acceptedTitle(accepted.length))}</row>`);
    rows.push(headRow(title + 1, [...T.head, T.reason]));
    accepted.forEach((f, i) => findingRow(f, title + 2 + i, i + 1));
    lastRow = title + 1 + accepted.length;
  }
  const withHeights = rows.map((row) => {
    const r = Number(/^<row r="(\d+)"/.exec(row)![1]);
    const h = heights.get(r);
    return h ? row.replace(/^<row r="(\d+)"/, `<row r="$1" ht="${h}"`) : row;
  });
  const first = headerRow + 1;
  const xml =
    XML_DECL +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${accepted.length ? "I" : "H"}${lastRow}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${first}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${first}" sqref="A${first}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` +
    `<sheetData>${withHeights.join("")}</sheetData>` +
    `<autoFilter ref="A${headerRow}:H${filterLastRow}"/>` +
    `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    `<headerFooter><oddFooter>${escapeText(`&C${T.footer}`)}</oddFooter></headerFooter>` +
    "</worksheet>";
  return { xml, headerRow, filterLastRow, lastRow };
}
