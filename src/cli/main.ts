// `cermat periksa`: reads .xlsx files, finds the Renstra / IKU tables, prints the report.
// Output goes to the streams it is given, so tests run it in-process.
import * as fs from "fs";
import * as path from "path";
import { Report, formatText } from "../core/report";
import type { Finding } from "../core/report";
import { Options, USAGE, UsageError, parseArgs } from "./args";
import { guardsFor } from "./guard";
import { InputError } from "./inputError";
import type { CheckedReport } from "./check";
import type { Stage } from "./xlsxPackage";
import type { SettingFlags } from "./checkSettings";
import { FileResult, Listed, Said, checkedStatus, folderReport, listFolder, notRead } from "./folder";
import { mapPool, poolSize } from "./pool";
import { progress, stageProgress } from "./progress";
import { folderText } from "./overview";
import { missingFolder, outRefused, writeAtomically } from "./outPath";

export type Io = {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: a folder run shows its progress there, so does a long single file. */
  tty?: boolean;
};

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  tty: process.stderr.isTTY,
};

/**
 * The files a path names: the file itself, or every file below a folder (folder.ts), each with
 * what becomes of it. `exclude`: folders not entered (--out-dir inside the input).
 */
export function inputFiles(input: string, exclude: string[] = []): { folder: boolean; files: Listed[] } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(input);
  } catch {
    throw new InputError(
      `Berkas atau folder tidak ditemukan: ${input}.`,
      `File or folder not found: ${input}.`,
    );
  }
  if (!stat.isDirectory()) return { folder: false, files: [{ path: path.basename(input), file: input }] };
  return { folder: true, files: listFolder(input, exclude) };
}

/** One file in this thread, without the time and memory guard (check.ts, loaded on first use). */
export async function checkFile(
  file: string,
  lang: "id" | "en" = "id",
  stage?: (s: Stage) => void,
  flags?: SettingFlags,
): Promise<Report> {
  const check = await import("./check");
  return check.checkFile(file, lang, stage, flags);
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let opts: Options | "help" | "version";
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      // the language asked for, when it was (the flags may not have been read to the end)
      const en = argv[argv.indexOf("--lang") + 1] === "en" && argv.includes("--lang");
      io.stderr(en ? `${e.en}\n\n${USAGE.en}\n` : `${e.id}\n\n${USAGE.id}\n`);
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
  const say = (m: Said): string => (lang === "en" ? m.en : m.id);
  const fail = (m: Said): number => {
    io.stderr(`cermat: ${say(m)}\n`);
    return 2;
  };
  const input = opts.inputs[0];
  if (opts.outDir) {
    if (!fs.existsSync(opts.outDir) || !fs.statSync(opts.outDir).isDirectory())
      return fail(missingFolder(path.resolve(opts.outDir), "--out-dir"));
    if (path.resolve(opts.outDir) === path.resolve(input))
      return fail({
        id: "--out-dir harus folder lain, bukan folder masukan; berkas masukan tidak pernah ditulis.",
        en: "--out-dir must be another folder than the input; the input files are never written.",
      });
  }
  if (opts.nomenklatur) {
    try {
      const { muatNomenklatur } = await import("./nomenklatur");
      const nomenklatur = await muatNomenklatur(opts.nomenklatur);
      opts.settings = { ...opts.settings, nomenklatur };
    } catch (e) {
      if (e instanceof InputError) return fail(e);
      throw e;
    }
  }
  let folder: boolean;
  let files: Listed[];
  try {
    // an --out-dir inside the input folder holds this run's copies, not submissions
    ({ folder, files } = inputFiles(input, opts.outDir ? [opts.outDir] : []));
  } catch (e) {
    if (e instanceof InputError) return fail(e);
    throw e;
  }
  if (folder && files.length === 0)
    return fail({ id: `Tidak ada berkas di ${input}.`, en: `No file in ${input}.` });
  if (opts.out && folder)
    return fail({
      id: "--out hanya untuk satu berkas, bukan folder; untuk folder pakai --out-dir FOLDER.",
      en: "--out needs a single file, not a folder; for a folder use --out-dir FOLDER.",
    });
  const inputs = new Set(files.map((f) => path.resolve(f.file)));
  if (opts.rekap) {
    const { isRekap } = await import("./rekap");
    const refused = await outRefused(opts.rekap, inputs, !!opts.timpa, "--rekap", isRekap);
    if (refused) return fail(refused);
  }

  const results = await checkAll(files, opts, io);
  const reports = results.flatMap((r) => (r.report ? [r.report as CheckedReport] : []));
  if (!folder && !reports.length) return 2; // its message is on stderr; nothing on stdout
  if (opts.silang) silang(results, lang, (await import("../core/lintas")).periksaLintas);
  // the cross-document data stays out of what is printed
  for (const r of reports) delete r.lintas;

  let writeFailed = false;
  if (opts.out) {
    const out = opts.out;
    const refused = await outRefused(out, inputs, !!opts.timpa);
    if (refused) return fail(refused);
    // the copy is written in this thread, without a pause for a timer: said at once
    const writing = stageProgress(io.stderr, io.tty, lang, out, 0);
    writing.stage({ id: "menulis salinan bertanda", en: "writing the marked copy" });
    try {
      const { markWorkbook } = await import("./markWorkbook");
      await markWorkbook(fs.readFileSync(files[0].file), reports[0], out, lang);
    } catch (e) {
      writing.end();
      const why = e instanceof InputError ? say(e) : (e as Error).message;
      return fail({ id: `Tidak dapat menulis ${out}: ${why}`, en: `Cannot write ${out}: ${why}` });
    }
    writing.end();
    io.stderr(
      `cermat: ${say({ id: `salinan bertanda ditulis ke ${out}`, en: `marked copy written to ${out}` })}\n`,
    );
  }
  if (opts.outDir)
    writeFailed = !(await markAll(results, files, opts.outDir, inputs, opts, io)) || writeFailed;
  if (opts.rekap) {
    try {
      const { rekapWorkbook } = await import("./rekap");
      writeAtomically(opts.rekap, await rekapWorkbook(results, opts.rekap, lang));
      io.stderr(
        `cermat: ${say({ id: `rekap ditulis ke ${opts.rekap}`, en: `overview written to ${opts.rekap}` })}\n`,
      );
    } catch (e) {
      writeFailed = true;
      const why = (e as Error).message;
      io.stderr(
        `cermat: ${say({ id: `Tidak dapat menulis ${opts.rekap}: ${why}`, en: `Cannot write ${opts.rekap}: ${why}` })}\n`,
      );
    }
  }

  if (!folder) {
    if (opts.format === "json") io.stdout(JSON.stringify(reports[0], null, 2) + "\n");
    else io.stdout(formatText(reports[0], lang, { verbose: opts.verbose }));
  } else if (opts.format === "json") io.stdout(JSON.stringify(folderReport(input, results), null, 2) + "\n");
  else io.stdout(folderText(results, input, lang, { verbose: opts.verbose }));
  if (writeFailed || results.some(notRead)) return 2;
  return reports.some((r) => r.summary.errors > 0) ? 1 : 0;
}

/**
 * Every file's result, in path order: the .xlsx files checked by a bounded pool of guarded
 * workers, the others with the reason they are not. Unreadable files are also said on stderr.
 */
async function checkAll(files: Listed[], opts: Options, io: Io): Promise<FileResult[]> {
  const lang = opts.lang;
  const toCheck = files.filter((f) => !f.skip);
  const guards = guardsFor(opts.limits, poolSize(opts.paralel, opts.limits.memoryMb, toCheck.length));
  const shown = progress(io.stderr, io.tty && files.length > 1, lang);
  // a single file: what it is at, once it takes more than a second
  const single = files.length === 1 ? stageProgress(io.stderr, io.tty, lang, files[0].path) : undefined;
  single?.stage({ id: "memulai pembaca", en: "starting the reader" });
  let started = 0;
  const checked = await mapPool(toCheck, guards.length, async (f, slot): Promise<FileResult> => {
    shown.start(++started, toCheck.length, f.path);
    try {
      const report = await guards[slot].check(f.file, lang, opts.settings, !!opts.silang, single?.stage);
      return { path: f.path, status: checkedStatus(report), report };
    } catch (e) {
      // one file's failure, whatever it is, is that file's status: the others are still checked
      const why = e instanceof InputError ? (lang === "en" ? e.en : e.id) : (e as Error).message;
      // the message names the file by its path in the folder, as the rest of the report does
      return { path: f.path, status: "unreadable", reason: why.split(f.file).join(f.path) };
    }
  });
  single?.end();
  shown.end();
  const byPath = new Map(checked.map((r) => [r.path, r]));
  return files.map((f) => {
    if (f.skip)
      return { path: f.path, status: f.skip.status, reason: lang === "en" ? f.skip.why.en : f.skip.why.id };
    const r = byPath.get(f.path) as FileResult;
    if (r.status === "unreadable") io.stderr(`cermat: ${r.reason}\n`);
    return r;
  });
}

/**
 * --out-dir: a marked copy of every workbook read, at its relative path below `dir` (folders
 * made as needed). False when one could not be written (said on stderr).
 */
async function markAll(
  results: FileResult[],
  files: Listed[],
  dir: string,
  inputs: ReadonlySet<string>,
  opts: Options,
  io: Io,
): Promise<boolean> {
  const lang = opts.lang;
  const source = new Map(files.map((f) => [f.path, f.file]));
  const { markWorkbook } = await import("./markWorkbook");
  let ok = true;
  let written = 0;
  for (const r of results) {
    if (!r.report) continue;
    const out = path.join(dir, ...r.path.split("/"));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const refused = await outRefused(out, inputs, !!opts.timpa, "--out-dir");
    let why = refused && (lang === "en" ? refused.en : refused.id);
    if (!why)
      try {
        await markWorkbook(fs.readFileSync(source.get(r.path) as string), r.report, out, lang);
        r.marked = out;
        written++;
      } catch (e) {
        why = e instanceof InputError ? (lang === "en" ? e.en : e.id) : (e as Error).message;
        why = lang === "en" ? `Cannot write ${out}: ${why}` : `Tidak dapat menulis ${out}: ${why}`;
      }
    if (why) {
      ok = false;
      io.stderr(`cermat: ${why}\n`);
    }
  }
  io.stderr(
    `cermat: ${lang === "en" ? `${written} marked copies written to ${dir}` : `${written} salinan bertanda ditulis ke ${dir}`}\n`,
  );
  return ok;
}

function version(): string {
  // lib/cli/main.js and src/cli/main.ts both sit two folders below package.json
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/**
 * The folder's workbooks as one office's documents: cross-document findings into each report.
 * A workbook is named by its path in the folder (two subfolders may hold the same file name).
 */
function silang(
  results: FileResult[],
  lang: "id" | "en",
  periksaLintas: typeof import("../core/lintas").periksaLintas,
): void {
  const docs = results.flatMap((r) => {
    const lintas = (r.report as CheckedReport | undefined)?.lintas;
    return lintas && r.report ? [{ report: r.report, lintas: { ...lintas, file: r.path } }] : [];
  });
  for (const f of periksaLintas(
    docs.map((d) => d.lintas),
    lang,
  )) {
    const r = docs.find((d) => d.lintas.file === f.file)?.report;
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
