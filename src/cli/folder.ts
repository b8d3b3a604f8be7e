// The files of a folder run (issue 11, item 1): every file below the folder, recursively, sorted
// by relative path, each with what will become of it. .xlsx files are checked; Excel's lock files
// (~$name.xlsx) are skipped and said; every other file is named with what to do about it (.xls,
// .ods, .csv: save as .xlsx). Hidden folders (.git) and node_modules are not entered, hidden files
// (.DS_Store) not listed. After the check each file has one status, in the JSON and in the text.
import * as fs from "fs";
import * as path from "path";
import type { Report } from "../core/report";

/** A file's status in `cermat.folder/1` (docs/desain.md, "Folder runs"). */
export type FileStatus = "checked" | "no tables" | "unreadable" | "not an .xlsx" | "skipped";

export type Said = { id: string; en: string };

/** One file found below the folder. */
export type Listed = {
  /** Relative to the folder, with "/" on every platform: the key of the JSON and the sort order. */
  path: string;
  /** The path to open (the folder joined with `path`). */
  file: string;
  /** Undefined: an .xlsx to check; otherwise why it is not checked. */
  skip?: { status: "not an .xlsx" | "skipped"; why: Said };
};

/** One file after the run. */
export type FileResult = {
  path: string;
  status: FileStatus;
  reason?: string;
  report?: Report;
  /** The marked copy written for it (--out-dir), as given on the command line. */
  marked?: string;
};

const saveAs = (what: string, whatEn: string, how = "", howEn = ""): Said => ({
  id: `${what}; buka${how} lalu simpan sebagai Buku Kerja Excel (.xlsx) dan kirim ulang`,
  en: `${whatEn}; open it${howEn} and save it as an Excel Workbook (.xlsx), then send it again`,
});

/** Why a file that is not an .xlsx is not checked, and what to do about it. */
const OTHER_FORMATS: Record<string, Said> = {
  ".xls": saveAs(
    "format Excel 97-2003 (.xls)",
    "Excel 97-2003 format (.xls)",
    " di Excel (File > Simpan Sebagai)",
    " in Excel (File > Save As)",
  ),
  ".xlsm": saveAs("buku kerja bermakro (.xlsm)", "macro-enabled workbook (.xlsm)", " di Excel", " in Excel"),
  ".xlsb": saveAs("buku kerja biner (.xlsb)", "binary workbook (.xlsb)", " di Excel", " in Excel"),
  ".ods": saveAs(
    "lembar kerja OpenDocument (.ods)",
    "OpenDocument spreadsheet (.ods)",
    " di LibreOffice (File > Simpan Sebagai, jenis Excel 2007-365)",
    " in LibreOffice (File > Save As, type Excel 2007-365)",
  ),
  ".csv": saveAs(
    "teks CSV, tanpa judul kolom bergabung, rumus dan lembar",
    "CSV text, without merged headers, formulas or sheets",
    " di Excel",
    " in Excel",
  ),
  ".numbers": saveAs(
    "lembar kerja Apple Numbers",
    "Apple Numbers spreadsheet",
    " di Numbers (File > Ekspor Ke > Excel)",
    " in Numbers (File > Export To > Excel)",
  ),
};

/** What a file's name says about it: undefined for an .xlsx to check. */
export function classify(name: string): Listed["skip"] {
  if (name.startsWith("~$"))
    return {
      status: "skipped",
      why: {
        id: "berkas kunci Excel (~$): buku kerjanya sedang dibuka seseorang; dilewati",
        en: "Excel lock file (~$): someone has the workbook open; skipped",
      },
    };
  const ext = path.extname(name).toLowerCase();
  if (ext === ".xlsx") return undefined;
  const known = OTHER_FORMATS[ext];
  if (known) return { status: "not an .xlsx", why: known };
  return {
    status: "not an .xlsx",
    why: {
      id: `bukan buku kerja (${ext || "tanpa ekstensi"}); yang diperiksa hanya .xlsx: minta dikirim sebagai .xlsx bila berkas ini berisi tabel`,
      en: `not a workbook (${ext || "no extension"}); only .xlsx files are checked: ask for it as .xlsx if it holds tables`,
    },
  };
}

/**
 * Path segments compared as people sort names: case aside, numbers by value, then exactly; a lock
 * file (~$name) right after its workbook.
 */
export function byPath(a: string, b: string): number {
  const sa = a.split("/");
  const sb = b.split("/");
  const name = (s: string): string => s.replace(/^~\$/, "");
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const c = name(sa[i]).localeCompare(name(sb[i]), "en", { sensitivity: "base", numeric: true });
    if (c) return c;
    if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}

/**
 * Every file below `root`, sorted by relative path; hidden folders and files and node_modules
 * left out, and `exclude` (a folder inside root, e.g. --out-dir's) not entered.
 */
export function listFolder(root: string, exclude: string[] = []): Listed[] {
  const skipDirs = new Set(exclude.map((d) => path.resolve(d)));
  const found: Listed[] = [];
  const walk = (dir: string, rel: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const why = (e as Error).message;
      found.push({
        path: rel || ".",
        file: dir,
        skip: {
          status: "skipped",
          why: {
            id: `folder tidak dapat dibuka (${why}); periksa izin aksesnya`,
            en: `folder cannot be opened (${why}); check its permissions`,
          },
        },
      });
      return;
    }
    for (const d of entries) {
      if (d.name.startsWith(".")) continue;
      const file = path.join(dir, d.name);
      const r = rel ? `${rel}/${d.name}` : d.name;
      let isDir = d.isDirectory();
      if (d.isSymbolicLink()) {
        try {
          isDir = fs.statSync(file).isDirectory();
        } catch {
          isDir = false;
        }
        // a linked folder is not followed (no loops); a linked file is read like any other
        if (isDir) continue;
      }
      if (isDir) {
        if (d.name !== "node_modules" && !skipDirs.has(path.resolve(file))) walk(file, r);
        continue;
      }
      found.push({ path: r, file, skip: classify(d.name) });
    }
  };
  walk(root, "");
  return found.sort((a, b) => byPath(a.path, b.path));
}

/** The status of a file that was checked. */
export const checkedStatus = (report: Report): FileStatus =>
  report.tables.length === 0 ? "no tables" : "checked";

/** The file was not checked: its status makes the run's exit code 2 (a lock file does not). */
export const notRead = (r: FileResult): boolean => r.status === "unreadable" || r.status === "not an .xlsx";

/** What a person reads for a status: "siap kirim" (checked, no error) or "perlu perbaikan", ... */
export function statusLabel(r: FileResult, lang: "id" | "en"): string {
  const label: Record<FileStatus, Said> = {
    checked:
      r.report && r.report.summary.errors > 0
        ? { id: "perlu perbaikan", en: "needs fixing" }
        : { id: "siap kirim", en: "ready to send" },
    "no tables": { id: "tanpa tabel", en: "no tables" },
    unreadable: { id: "tidak terbaca", en: "unreadable" },
    "not an .xlsx": { id: "bukan .xlsx", en: "not an .xlsx" },
    skipped: { id: "dilewati", en: "skipped" },
  };
  return label[r.status][lang];
}

export type FolderSummary = {
  files: number;
  checked: number;
  "no tables": number;
  unreadable: number;
  "not an .xlsx": number;
  skipped: number;
  tables: number;
  errors: number;
  warnings: number;
  info: number;
  /** Findings accepted in the pane with a reason (not counted in errors, warnings, info). */
  accepted: number;
};

export function summarize(results: FileResult[]): FolderSummary {
  const s: FolderSummary = {
    files: results.length,
    checked: 0,
    "no tables": 0,
    unreadable: 0,
    "not an .xlsx": 0,
    skipped: 0,
    tables: 0,
    errors: 0,
    warnings: 0,
    info: 0,
    accepted: 0,
  };
  for (const r of results) {
    s[r.status]++;
    if (!r.report) continue;
    s.tables += r.report.summary.tables;
    s.errors += r.report.summary.errors;
    s.warnings += r.report.summary.warnings;
    s.info += r.report.summary.info;
    s.accepted += r.report.summary.accepted ?? 0;
  }
  return s;
}

/** The JSON of a folder run: `cermat.folder/1` (docs/desain.md). */
export type FolderReport = {
  schema: "cermat.folder/1";
  folder: string;
  files: FileResult[];
  summary: FolderSummary;
};

export function folderReport(folder: string, results: FileResult[]): FolderReport {
  return { schema: "cermat.folder/1", folder, files: results, summary: summarize(results) };
}
