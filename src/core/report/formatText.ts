// The readable report: the counts, then the findings grouped by table with errors first, each
// message in full and wrapped; the tables and their column roles only when asked (verbose).
// Indonesian by default.
import { acceptedFindings, groupFindings } from "./groups";
import type { Finding, Report, ReportSettings, ReportTable } from "./types";

const WIDTH = 100;

const T = {
  id: {
    counts: (s: Report["summary"]) =>
      `${s.tables} tabel, ${s.errors} galat, ${s.warnings} peringatan, ${s.info} info${s.accepted ? `, ${s.accepted} diterima` : ""}.`,
    noTables:
      "Tidak ditemukan tabel Renstra/IKU. Pastikan tabel punya baris judul kolom (No, Indikator, Target, ...).",
    table: "Tabel",
    sheet: "lembar",
    outside: "di luar tabel yang terbaca",
    columns: "Kolom",
    guess: "ditebak",
    noFindings: "Tidak ada temuan.",
    quiet: (n: number) =>
      `${n ? `${n} tabel lain tanpa temuan. ` : ""}Daftar tabel dan peran kolomnya: tambahkan --verbose.`,
    read: "Tabel yang dibaca",
    readAs: "Dibaca sebagai",
    hidden: "Lembar tersembunyi",
    external: (n: number) =>
      `${n} rumus bertaut ke buku kerja lain; yang diperiksa adalah nilai tersimpan di berkas ini. Perbarui tautan di Excel (Data > Edit Tautan) bila perlu.`,
    summary: (s: Report["summary"]) =>
      `Ringkasan: ${s.tables} tabel, ${s.errors} galat, ${s.warnings} peringatan, ${s.info} info${s.accepted ? `, ${s.accepted} diterima` : ""}.`,
    accepted: "Diterima (sudah dijelaskan)",
    reason: "alasan",
    fromWorkbook: (parts: string[]) =>
      `Pengaturan dari buku kerja (disimpan panel Cermat): ${parts.join(", ")}.`,
    setting: {
      metodeNegatif: (v: string) => `metode indikator negatif ${v}`,
      toleransi: (v: string) => `toleransi ${v} poin`,
      skalaPredikat: (v: string) => `skala predikat ${v}`,
      polaritas: (n: number) => `polaritas ${n} indikator`,
    },
    sev: { error: "GALAT", warning: "PERINGATAN", info: "INFO" },
    expected: "seharusnya",
    estimate: "perkiraan",
    actual: "tertulis",
  },
  en: {
    counts: (s: Report["summary"]) =>
      `${s.tables} table(s), ${s.errors} error(s), ${s.warnings} warning(s), ${s.info} info${s.accepted ? `, ${s.accepted} accepted` : ""}.`,
    noTables:
      "No Renstra/IKU table found. Make sure tables have a row of column headings (No, Indikator, Target, ...).",
    table: "Table",
    sheet: "sheet",
    outside: "outside the tables read",
    columns: "Columns",
    guess: "guessed",
    noFindings: "No findings.",
    quiet: (n: number) =>
      `${n ? `${n} other table(s) without findings. ` : ""}To list the tables and their column roles: add --verbose.`,
    read: "Tables read",
    readAs: "Read as",
    hidden: "Hidden sheets",
    external: (n: number) =>
      `${n} formula(s) link to other workbooks; the values saved in this file are checked. Update the links in Excel (Data > Edit Links) if needed.`,
    summary: (s: Report["summary"]) =>
      `Summary: ${s.tables} table(s), ${s.errors} error(s), ${s.warnings} warning(s), ${s.info} info${s.accepted ? `, ${s.accepted} accepted` : ""}.`,
    accepted: "Accepted (explained)",
    reason: "reason",
    fromWorkbook: (parts: string[]) =>
      `Settings from the workbook (saved by the Cermat pane): ${parts.join(", ")}.`,
    setting: {
      metodeNegatif: (v: string) => `negative-indicator method ${v}`,
      toleransi: (v: string) => `tolerance ${v} points`,
      skalaPredikat: (v: string) => `predikat scale ${v}`,
      polaritas: (n: number) => `polarity of ${n} indicator(s)`,
    },
    sev: { error: "ERROR", warning: "WARNING", info: "INFO" },
    expected: "expected",
    estimate: "estimate",
    actual: "found",
  },
};

export type TextOptions = { verbose?: boolean };

export const JENIS: Record<NonNullable<Report["document"]>["kind"], string> = {
  renstra: "Renstra",
  renja: "Renja",
  pk: "Perjanjian Kinerja",
  lkjip: "LKjIP",
  iku: "Keputusan IKU",
  evaluasi: "formulir evaluasi",
  lainnya: "lainnya",
};

/** Lines of at most WIDTH characters after `indent`, broken between words, never inside one. */
export function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

// Numbers in Indonesian or English format; text (years, codes, what was typed) as written, quoted.
const shown = (v: number | string, lang: "id" | "en"): string =>
  typeof v === "number"
    ? v.toLocaleString(lang === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 2 })
    : /^\d{4}$/.test(v)
      ? v
      : `"${v}"`;

/**
 * "seharusnya 1,54; tertulis 5,89": "seharusnya" only where the value is certain (an error, or a
 * finding that offers it as its fix); otherwise "perkiraan", an estimate a planner must not copy blindly.
 */
function values(f: Finding, lang: "id" | "en"): string {
  const t = T[lang];
  const parts: string[] = [];
  if (f.expected !== undefined)
    parts.push(
      `${f.severity === "error" || f.fix?.value !== undefined ? t.expected : t.estimate} ${shown(f.expected, lang)}`,
    );
  if (f.actual !== undefined) parts.push(`${t.actual} ${shown(f.actual, lang)}`);
  return parts.join("; ");
}

/** The settings that came from the workbook, in one line; nothing when none did. */
function workbookSettings(s: ReportSettings | undefined, lang: "id" | "en"): string[] {
  if (!s) return [];
  const t = T[lang].setting;
  const parts: string[] = [];
  if (s.source.metodeNegatif === "workbook") parts.push(t.metodeNegatif(s.metodeNegatif));
  if (s.source.toleransi === "workbook") parts.push(t.toleransi(shown(s.toleransi, lang)));
  if (s.source.skalaPredikat === "workbook") parts.push(t.skalaPredikat(s.skalaPredikat));
  if (s.source.polaritas === "workbook") parts.push(t.polaritas(Object.keys(s.polaritas).length));
  return parts.length ? wrap(T[lang].fromWorkbook(parts), "") : [];
}

function heading(tb: ReportTable, i: number, lang: "id" | "en"): string {
  const t = T[lang];
  return `${t.table} ${i + 1}: ${t.sheet} "${tb.sheet}" ${tb.range} (${tb.kind})${tb.title ? ` - ${tb.title}` : ""}`;
}

export function formatText(report: Report, lang: "id" | "en" = "id", options: TextOptions = {}): string {
  const t = T[lang];
  const lines: string[] = [`Cermat IKU: ${report.workbook}`];
  lines.push(report.tables.length ? t.counts(report.summary) : t.noTables);
  const d = report.document;
  if (d && d.kind !== "lainnya")
    lines.push(
      ...wrap(
        `${t.readAs}: ${JENIS[d.kind]}${d.year ? ` ${d.year}` : d.period ? ` ${d.period[0]}-${d.period[1]}` : ""} (${
          lang === "en"
            ? d.reason
                .replace(/^berkas:/, "file:")
                .replace(/^judul:/, "title:")
                .replace(/^lembar:/, "sheet:")
            : d.reason
        })`,
        "",
      ),
    );
  lines.push(...workbookSettings(report.settings, lang));
  if (report.hiddenSheets?.length) lines.push(`${t.hidden}: ${report.hiddenSheets.join(", ")}`);
  if (report.externalLinks) lines.push(...wrap(t.external(report.externalLinks), ""));

  const groups = groupFindings(report);
  if (report.tables.length && groups.length === 0) lines.push("", t.noFindings);
  for (const g of groups) {
    const tb = g.table !== undefined ? report.tables[g.table] : undefined;
    lines.push(
      "",
      ...wrap(tb ? heading(tb, g.table as number, lang) : `${t.sheet} "${g.sheet}" (${t.outside})`, ""),
    );
    for (const { finding: f } of g.findings) {
      lines.push(`  ${t.sev[f.severity]} ${f.sheet}!${f.cell} [${f.rule}]`);
      lines.push(...wrap(f.message, "    "));
      const v = values(f, lang);
      if (v) lines.push(...wrap(`(${v})`, "    "));
    }
  }

  const quiet = report.tables.length - groups.filter((g) => g.table !== undefined).length;
  if (options.verbose && report.tables.length) {
    lines.push("", `${t.read}:`);
    report.tables.forEach((tb, i) => {
      lines.push(...wrap(heading(tb, i, lang), "  "));
      const cols = tb.columns.map(
        (c) => `${c.column} ${c.role}${c.year ? ` ${c.year}` : ""}${c.guess ? ` (${t.guess})` : ""}`,
      );
      lines.push(...wrap(`${t.columns}: ${cols.join(" | ")}`, "    "));
    });
  } else if (report.tables.length) lines.push("", t.quiet(groups.length ? quiet : 0));

  // accepted findings: counted and listed, apart, with the planner's reason
  const accepted = acceptedFindings(report);
  if (accepted.length) {
    lines.push("", `${t.accepted}: ${accepted.length}`);
    for (const { finding: f } of accepted) {
      lines.push(`  ${t.sev[f.severity]} ${f.sheet}!${f.cell} [${f.rule}]`);
      lines.push(...wrap(f.message, "    "));
      lines.push(
        ...wrap(
          `${t.reason}: "${f.accepted?.reason}"${f.accepted?.date ? ` (${f.accepted.date})` : ""}`,
          "    ",
        ),
      );
    }
  }

  lines.push("", t.summary(report.summary));
  return lines.join("\n") + "\n";
}
