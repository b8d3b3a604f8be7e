// Command-line arguments of `cermat`. Usage errors carry both languages like every other message.
import { DEFAULT_LIMITS, Limits } from "./guard";

export type Options = {
  command: "periksa";
  inputs: string[];
  format: "text" | "json";
  out?: string;
  lang: "id" | "en";
  /** Time and memory for one file (guard.ts). */
  limits: Limits;
  /** Tables and their column roles in the text report. */
  verbose?: boolean;
  /** The workbooks of a folder checked together as one office's documents (core/lintas). */
  silang?: boolean;
  /** --out may replace an existing file that Cermat did not write. */
  timpa?: boolean;
};

export class UsageError extends Error {
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(id);
  }
}

export const USAGE = {
  id: `Pemakaian: cermat periksa <berkas.xlsx|folder> [--format text|json] [--out bertanda.xlsx] [--lang id|en]
                              [--timeout DETIK] [--max-memory MB] [--verbose] [--silang] [--timpa]

  --format text     laporan yang mudah dibaca (bawaan)
  --format json     laporan mesin, skema cermat.report/1; untuk folder: larik laporan
  --out FILE        tulis salinan buku kerja dengan temuan ditandai (berkas asli tidak diubah)
  --lang id|en      bahasa laporan (bawaan id)
  --timeout DETIK   batas waktu membaca dan memeriksa satu berkas (bawaan ${DEFAULT_LIMITS.seconds})
  --max-memory MB   batas memori pembaca untuk satu berkas (bawaan ${DEFAULT_LIMITS.memoryMb})
  --verbose, -v     tampilkan juga tabel yang dibaca dan peran kolomnya
  --silang          periksa buku kerja satu folder bersama (Renstra, Renja, PK, LKjIP satu kantor)
  --timpa           --out boleh menimpa berkas yang ada walau bukan salinan bertanda Cermat
  --version         versi Cermat IKU

Contoh:
  cermat periksa renstra.xlsx
  cermat periksa renstra.xlsx --out renstra-bertanda.xlsx
  cermat periksa kiriman-opd/ --format json > hasil.json
  cermat periksa dinsos-2025/ --silang

Berkas yang melewati batas dilaporkan "terlalu besar / terlalu lama dibaca" (kode 2 untuk berkas
itu); dalam folder pemeriksaan berlanjut ke berkas berikutnya.
Kode keluar: 0 tanpa galat, 1 ada galat, 2 masukan tidak dapat dibaca.`,
  en: `Usage: cermat periksa <file.xlsx|folder> [--format text|json] [--out marked.xlsx] [--lang id|en]
                          [--timeout SECONDS] [--max-memory MB] [--verbose] [--silang] [--timpa]

  --format text       readable report (default)
  --format json       machine report, schema cermat.report/1; for a folder: an array of reports
  --out FILE          write a copy of the workbook with findings marked (the input is never written)
  --lang id|en        report language (default id)
  --timeout SECONDS   time limit to read and check one file (default ${DEFAULT_LIMITS.seconds})
  --max-memory MB     memory limit of the reader for one file (default ${DEFAULT_LIMITS.memoryMb})
  --verbose, -v       also list the tables read and their column roles
  --silang            check a folder's workbooks together (one office's Renstra, Renja, PK, LKjIP)
  --timpa             let --out replace an existing file even if Cermat did not write it
  --version           the version of Cermat IKU

Examples:
  cermat periksa renstra.xlsx
  cermat periksa renstra.xlsx --out renstra-marked.xlsx
  cermat periksa submissions/ --format json > results.json
  cermat periksa dinsos-2025/ --silang

A file beyond a limit is reported as too large / taking too long to read (exit code 2 for that
file); in a folder the check goes on with the next file.
Exit codes: 0 no errors, 1 errors found, 2 the input could not be read.`,
};

export function parseArgs(argv: string[]): Options | "help" | "version" {
  const args = [...argv];
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) return "help";
  if (args.includes("--version") || args.includes("-V")) return "version";
  const command = args.shift();
  if (command !== "periksa") {
    throw new UsageError(
      `Perintah tidak dikenal: "${command}". Gunakan: cermat periksa <berkas.xlsx>.`,
      `Unknown command "${command}". Use: cermat periksa <file.xlsx>.`,
    );
  }
  const opts: Options = {
    command: "periksa",
    inputs: [],
    format: "text",
    lang: "id",
    limits: { ...DEFAULT_LIMITS },
  };
  while (args.length) {
    const a = args.shift() as string;
    const value = (name: string): string => {
      const v = args.shift();
      if (v === undefined || v.startsWith("--"))
        throw new UsageError(`${name} memerlukan nilai.`, `${name} needs a value.`);
      return v;
    };
    if (a === "--format") {
      const v = value(a);
      if (v !== "text" && v !== "json")
        throw new UsageError(
          `--format harus text atau json, bukan "${v}".`,
          `--format must be text or json, not "${v}".`,
        );
      opts.format = v;
    } else if (a === "--lang") {
      const v = value(a);
      if (v !== "id" && v !== "en")
        throw new UsageError(
          `--lang harus id atau en, bukan "${v}".`,
          `--lang must be id or en, not "${v}".`,
        );
      opts.lang = v;
    } else if (a === "--out") {
      opts.out = value(a);
    } else if (a === "--timeout" || a === "--max-memory") {
      const v = value(a);
      const n = Number(v);
      if (!/^\d+(\.\d+)?$/.test(v) || !(n > 0))
        throw new UsageError(
          `${a} harus bilangan positif (${a === "--timeout" ? "detik" : "MB"}), bukan "${v}".`,
          `${a} must be a positive number (${a === "--timeout" ? "seconds" : "MB"}), not "${v}".`,
        );
      if (a === "--timeout") opts.limits.seconds = n;
      else opts.limits.memoryMb = n;
    } else if (a === "--verbose" || a === "-v") {
      opts.verbose = true;
    } else if (a === "--silang") {
      opts.silang = true;
    } else if (a === "--timpa") {
      opts.timpa = true;
    } else if (a.startsWith("--")) {
      throw new UsageError(`Pilihan tidak dikenal: ${a}.`, `Unknown option: ${a}.`);
    } else {
      opts.inputs.push(a);
    }
  }
  if (opts.inputs.length !== 1) {
    throw new UsageError(
      "Sebutkan tepat satu berkas .xlsx atau folder.",
      "Name exactly one .xlsx file or folder.",
    );
  }
  return opts;
}
