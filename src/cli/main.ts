// `cermat periksa`: reads .xlsx files, finds the Renstra / IKU tables, prints the report.
// Output goes to the streams it is given, so tests run it in-process.
import * as fs from "fs";
import * as path from "path";
import { Report, formatText } from "../core/report";
import { Options, USAGE, UsageError, parseArgs } from "./args";
import { guardFor } from "./guard";
import { markWorkbook } from "./markWorkbook";
import { InputError } from "./readWorkbook";
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
  let opts: Options | "help";
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

  const reports: Report[] = [];
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
  if (opts.out) {
    const out = opts.out;
    if (path.resolve(out) === path.resolve(files[0])) {
      io.stderr(
        `cermat: ${lang === "en" ? "--out must name a new file; the input is never written." : "--out harus berkas baru; berkas masukan tidak pernah ditulis."}\n`,
      );
      return 2;
    }
    try {
      await markWorkbook(fs.readFileSync(files[0]), reports[0], out, lang);
    } catch (e) {
      const why = e instanceof InputError ? msg(e) : (e as Error).message;
      io.stderr(`cermat: ${lang === "en" ? `Cannot write ${out}` : `Tidak dapat menulis ${out}`}: ${why}\n`);
      return 2;
    }
  }
  if (opts.format === "json") io.stdout(JSON.stringify(folder ? reports : reports[0], null, 2) + "\n");
  else io.stdout(reports.map((r) => formatText(r, lang)).join("\n"));
  if (unreadable) return 2;
  return reports.some((r) => r.summary.errors > 0) ? 1 : 0;
}
