// `cermat periksa`: reads .xlsx files, finds the Renstra / IKU tables, prints the report.
// Output goes to the streams it is given, so tests run it in-process.
import * as fs from "fs";
import * as path from "path";
import { Report, formatText } from "../core/report";
import type { Finding } from "../core/report";
import { Options, USAGE, UsageError, parseArgs } from "./args";
import { guardFor } from "./guard";
import { markWorkbook } from "./markWorkbook";
import { InputError } from "./readWorkbook";
import type { CheckedReport } from "./check";
import { periksaLintas } from "../core/lintas";
import JSZip from "jszip";
import type { Stage } from "./xlsxPackage";

export type Io = { stdout: (s: string) => void; stderr: (s: string) => void };

const defaultIo: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

/** The .xlsx files a path names: the file itself, or every .xlsx in a folder (not Excel's ~$ lock files). */
export function inputFiles(input: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw new InputError(
      `Berkas atau folder tidak ditemukan: ${input}.`,
      `File or folder not found: ${input}.`,
    );
  }
  if (!stat.isDirectory()) return [input];
  return fs
    .readdirSync(input)
    .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith("~$"))
    .sort((a, b) => a.localeCompare(b))
    .map((f) => path.join(input, f));
}

/** One file in this thread, without the time and memory guard (check.ts, loaded on first use). */
export async function checkFile(
  file: string,
  lang: "id" | "en" = "id",
  stage?: (s: Stage) => void,
): Promise<Report> {
  const check = await import("./check");
  return check.checkFile(file, lang, stage);
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let opts: Options | "help" | "version";
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.id}\n\n${USAGE.id}\n`);
      return 2;
    }
    throw e;
  }
  if (opts === "help") {
    io.stdout(`${USAGE.id}\n\n${USAGE.en}\n`);
    return 0;
  }
  if (opts === "version") {
    io.stdout(`cermat-iku ${version()}\n`);
    return 0;
  }
  const lang = opts.lang;
  const msg = (e: InputError): string => (lang === "en" ? e.en : e.id);
  let files: string[];
  try {
    files = inputFiles(opts.inputs[0]);
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`cermat: ${msg(e)}\n`);
      return 2;
    }
    throw e;
  }
  const folder = files.length !== 1 || files[0] !== opts.inputs[0];
  if (folder && files.length === 0) {
    io.stderr(
      `cermat: ${lang === "en" ? `No .xlsx file in ${opts.inputs[0]}.` : `Tidak ada berkas .xlsx di ${opts.inputs[0]}.`}\n`,
    );
    return 2;
  }
  if (opts.out && folder) {
    io.stderr(
      `cermat: ${lang === "en" ? "--out needs a single file, not a folder." : "--out hanya untuk satu berkas, bukan folder."}\n`,
    );
    return 2;
  }

  const reports: CheckedReport[] = [];
  let unreadable = 0;
  const guard = guardFor(opts.limits); // each file in a worker, within the time and memory limits
  for (const file of files) {
    try {
      reports.push(await guard.check(file, lang));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      unreadable++;
      io.stderr(`cermat: ${msg(e)}\n`);
    }
  }
  if (!folder && unreadable) return 2;
  if (opts.silang) silang(reports, lang);
  // the cross-document data stays out of what is printed
  const printed: Report[] = reports.map((r) => {
    const copy: CheckedReport = { ...r };
    delete copy.lintas;
    return copy;
  });
  if (opts.out) {
    const out = opts.out;
    const refused = await outRefused(out, files[0], !!opts.timpa);
    if (refused) {
      io.stderr(`cermat: ${lang === "en" ? refused.en : refused.id}\n`);
      return 2;
    }
    try {
      await markWorkbook(fs.readFileSync(files[0]), printed[0], out, lang);
    } catch (e) {
      const why = e instanceof InputError ? msg(e) : (e as Error).message;
      io.stderr(`cermat: ${lang === "en" ? `Cannot write ${out}` : `Tidak dapat menulis ${out}`}: ${why}\n`);
      return 2;
    }
    io.stderr(
      `cermat: ${lang === "en" ? `marked copy written to ${out}` : `salinan bertanda ditulis ke ${out}`}\n`,
    );
  }
  if (opts.format === "json") io.stdout(JSON.stringify(folder ? printed : printed[0], null, 2) + "\n");
  else io.stdout(printed.map((r) => formatText(r, lang, { verbose: opts.verbose })).join("\n"));
  if (unreadable) return 2;
  return reports.some((r) => r.summary.errors > 0) ? 1 : 0;
}

function version(): string {
  // lib/cli/main.js and src/cli/main.ts both sit two folders below package.json
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Why --out may not write `out`: it is the input; its folder is missing; or it exists and is not
 * a marked copy Cermat wrote (without --timpa). Undefined when it may.
 */
async function outRefused(
  out: string,
  input: string,
  timpa: boolean,
): Promise<{ id: string; en: string } | undefined> {
  if (path.resolve(out) === path.resolve(input))
    return {
      id: "--out harus berkas baru; berkas masukan tidak pernah ditulis.",
      en: "--out must name a new file; the input is never written.",
    };
  const dir = path.dirname(path.resolve(out));
  if (!fs.existsSync(dir))
    return {
      id: `Folder ${dir} untuk --out tidak ada. Buat foldernya dulu, atau pilih folder lain.`,
      en: `The folder ${dir} for --out does not exist. Create it first, or choose another folder.`,
    };
  if (!fs.existsSync(out) || timpa) return undefined;
  let ours = false;
  try {
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const wb = await zip.file("xl/workbook.xml")?.async("string");
    ours = !!wb && /name="(Hasil Pemeriksaan|Check Results)"/.test(wb);
  } catch {
    ours = false;
  }
  return ours
    ? undefined
    : {
        id: `${out} sudah ada dan bukan salinan bertanda Cermat; berkas itu tidak ditimpa. Pilih nama lain, atau tambahkan --timpa.`,
        en: `${out} already exists and is not a marked copy written by Cermat; it is left alone. Choose another name, or add --timpa.`,
      };
}

/** The folder's workbooks as one office's documents: cross-document findings into each report. */
function silang(reports: CheckedReport[], lang: "id" | "en"): void {
  const docs = reports.flatMap((r) => (r.lintas ? [r.lintas] : []));
  for (const f of periksaLintas(docs, lang)) {
    const r = reports.find((x) => x.workbook === f.file);
    if (!r) continue;
    const finding: Finding = {
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
    };
    if (f.expected !== undefined) finding.expected = f.expected;
    if (f.actual !== undefined) finding.actual = f.actual;
    if (f.other) finding.related = { workbook: f.other.file, sheet: f.other.sheet, cell: f.other.cell };
    r.findings.push(finding);
    if (f.severity === "error") r.summary.errors++;
    else if (f.severity === "warning") r.summary.warnings++;
    else r.summary.info++;
  }
}
