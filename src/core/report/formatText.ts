// The readable report: tables found, their columns, the findings. Indonesian by default.
import type { Report } from "./types";

const T = {
  id: {
    tables: (n: number) =>
      n
        ? `Ditemukan ${n} tabel.`
        : "Tidak ditemukan tabel Renstra/IKU. Pastikan tabel punya baris judul kolom (No, Indikator, Target, ...).",
    table: "Tabel",
    sheet: "lembar",
    columns: "Kolom",
    guess: "ditebak",
    findings: "Temuan",
    none: "tidak ada",
    hidden: "Lembar tersembunyi",
    external: (n: number) =>
      `${n} rumus bertaut ke buku kerja lain; yang diperiksa adalah nilai tersimpan di berkas ini. Perbarui tautan di Excel (Data > Edit Tautan) bila perlu.`,
    summary: (s: Report["summary"]) =>
      `Ringkasan: ${s.tables} tabel, ${s.errors} galat, ${s.warnings} peringatan, ${s.info} info.`,
    sev: { error: "GALAT", warning: "PERINGATAN", info: "INFO" },
    expected: "seharusnya",
    actual: "tertulis",
  },
  en: {
    tables: (n: number) =>
      n
        ? `Found ${n} table(s).`
        : "No Renstra/IKU table found. Make sure tables have a row of column headings (No, Indikator, Target, ...).",
    table: "Table",
    sheet: "sheet",
    columns: "Columns",
    guess: "guessed",
    findings: "Findings",
    none: "none",
    hidden: "Hidden sheets",
    external: (n: number) =>
      `${n} formula(s) link to other workbooks; the values saved in this file are checked. Update the links in Excel (Data > Edit Links) if needed.`,
    summary: (s: Report["summary"]) =>
      `Summary: ${s.tables} table(s), ${s.errors} error(s), ${s.warnings} warning(s), ${s.info} info.`,
    sev: { error: "ERROR", warning: "WARNING", info: "INFO" },
    expected: "expected",
    actual: "found",
  },
};

const num = (v: number | string, lang: "id" | "en"): string =>
  typeof v === "number"
    ? v.toLocaleString(lang === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 2 })
    : v;

export function formatText(report: Report, lang: "id" | "en" = "id"): string {
  const t = T[lang];
  const lines: string[] = [`Cermat IKU: ${report.workbook}`, t.tables(report.tables.length)];
  if (report.hiddenSheets?.length) lines.push(`${t.hidden}: ${report.hiddenSheets.join(", ")}`);
  if (report.externalLinks) lines.push(t.external(report.externalLinks));
  report.tables.forEach((tb, i) => {
    lines.push(
      "",
      `${t.table} ${i + 1}: ${t.sheet} "${tb.sheet}" ${tb.range} (${tb.kind})${tb.title ? ` - ${tb.title}` : ""}`,
    );
    const cols = tb.columns.map(
      (c) => `${c.column} ${c.role}${c.year ? ` ${c.year}` : ""}${c.guess ? ` (${t.guess})` : ""}`,
    );
    lines.push(`  ${t.columns}: ${cols.join(" | ")}`);
  });
  lines.push("", `${t.findings}:${report.findings.length ? "" : ` ${t.none}`}`);
  for (const f of report.findings) {
    const ea =
      f.expected !== undefined || f.actual !== undefined
        ? ` (${f.expected !== undefined ? `${t.expected} ${num(f.expected, lang)}` : ""}${f.expected !== undefined && f.actual !== undefined ? ", " : ""}${f.actual !== undefined ? `${t.actual} ${num(f.actual, lang)}` : ""})`
        : "";
    lines.push(`  ${t.sev[f.severity]} ${f.sheet}!${f.cell} [${f.rule}] ${f.message}${ea}`);
  }
  lines.push("", t.summary(report.summary));
  return lines.join("\n") + "\n";
}
