// The text report of a folder run: each file in path order (its report, or its status and why),
// then a short table of every file and the counts by status. Numbers in the report's language.
import { formatAngka } from "../core/numbers/formatAngka";
import { formatText, wrap } from "../core/report";
import type { TextOptions } from "../core/report";
import { FileResult, FolderSummary, statusLabel, summarize } from "./folder";

const T = {
  id: {
    title: (n: string, folder: string) => `Rekap: ${n} berkas di ${folder}`,
    head: ["No", "Berkas", "Status", "Tabel", "Galat", "Peringatan", "Info"],
    counts: (s: FolderSummary, n: (x: number) => string) => [
      `${n(s.checked + s["no tables"])} diperiksa`,
      s.checked
        ? `${n(s.errors)} galat, ${n(s.warnings)} peringatan, ${n(s.info)} info` +
          (s.accepted ? `, ${n(s.accepted)} diterima` : "")
        : "",
      s["no tables"] ? `${n(s["no tables"])} tanpa tabel` : "",
      s.unreadable ? `${n(s.unreadable)} tidak terbaca` : "",
      s["not an .xlsx"] ? `${n(s["not an .xlsx"])} bukan .xlsx` : "",
      s.skipped ? `${n(s.skipped)} dilewati` : "",
    ],
  },
  en: {
    title: (n: string, folder: string) => `Overview: ${n} file(s) in ${folder}`,
    head: ["No", "File", "Status", "Tables", "Errors", "Warnings", "Info"],
    counts: (s: FolderSummary, n: (x: number) => string) => [
      `${n(s.checked + s["no tables"])} checked`,
      s.checked
        ? `${n(s.errors)} error(s), ${n(s.warnings)} warning(s), ${n(s.info)} info` +
          (s.accepted ? `, ${n(s.accepted)} accepted` : "")
        : "",
      s["no tables"] ? `${n(s["no tables"])} without tables` : "",
      s.unreadable ? `${n(s.unreadable)} unreadable` : "",
      s["not an .xlsx"] ? `${n(s["not an .xlsx"])} not .xlsx` : "",
      s.skipped ? `${n(s.skipped)} skipped` : "",
    ],
  },
};

/** A count as people read it: 1.234 in Indonesian, 1,234 in English. */
export const count = (n: number, lang: "id" | "en"): string =>
  lang === "id" ? formatAngka(n, 0) : n.toLocaleString("en-US");

/** The short table at the end of a folder's text report. */
export function overviewTable(results: FileResult[], folder: string, lang: "id" | "en"): string {
  const t = T[lang];
  const n = (x: number): string => count(x, lang);
  const rows = results.map((r, i) => {
    const s = r.report?.summary;
    const num = (x: number | undefined): string => (x === undefined ? "-" : n(x));
    return [
      n(i + 1),
      r.path,
      statusLabel(r, lang),
      num(s?.tables),
      num(s?.errors),
      num(s?.warnings),
      num(s?.info),
    ];
  });
  const widths = t.head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  // text columns to the left, numbers to the right
  const line = (cells: string[]): string =>
    cells
      .map((v, c) => (c === 1 || c === 2 ? v.padEnd(widths[c]) : v.padStart(widths[c])))
      .join("  ")
      .trimEnd();
  const s = summarize(results);
  return [
    t.title(n(results.length), folder),
    line(t.head),
    ...rows.map(line),
    `${t.counts(s, n).filter(Boolean).join("; ")}.`,
  ].join("\n");
}

/** The whole text report of a folder run. */
export function folderText(
  results: FileResult[],
  folder: string,
  lang: "id" | "en",
  options: TextOptions = {},
): string {
  const parts = results.map((r) =>
    r.report
      ? // the path names the file: two folders may hold workbooks of the same name
        formatText({ ...r.report, workbook: r.path }, lang, options)
      : [`Cermat IKU: ${r.path}`, ...wrap(`${statusLabel(r, lang)}: ${r.reason ?? ""}`, "")].join("\n") +
        "\n",
  );
  return `${parts.join("\n")}\n${overviewTable(results, folder, lang)}\n`;
}
