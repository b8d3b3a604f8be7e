// Command-line arguments of `cermat`. Usage errors carry both languages like every other message.
export type Options = {
  command: "periksa";
  inputs: string[];
  format: "text" | "json";
  out?: string;
  lang: "id" | "en";
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

  --format text   laporan yang mudah dibaca (bawaan)
  --format json   laporan mesin, skema cermat.report/1; untuk folder: larik laporan
  --out FILE      tulis salinan buku kerja dengan temuan ditandai (berkas asli tidak diubah)
  --lang id|en    bahasa laporan (bawaan id)

Kode keluar: 0 tanpa galat, 1 ada galat, 2 masukan tidak dapat dibaca.`,
  en: `Usage: cermat periksa <file.xlsx|folder> [--format text|json] [--out marked.xlsx] [--lang id|en]

  --format text   readable report (default)
  --format json   machine report, schema cermat.report/1; for a folder: an array of reports
  --out FILE      write a copy of the workbook with findings marked (the input is never written)
  --lang id|en    report language (default id)

Exit codes: 0 no errors, 1 errors found, 2 the input could not be read.`,
};

export function parseArgs(argv: string[]): Options | "help" {
  const args = [...argv];
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) return "help";
  const command = args.shift();
  if (command !== "periksa") {
    throw new UsageError(
      `Perintah tidak dikenal: "${command}". Gunakan: cermat periksa <berkas.xlsx>.`,
      `Unknown command "${command}". Use: cermat periksa <file.xlsx>.`,
    );
  }
  const opts: Options = { command: "periksa", inputs: [], format: "text", lang: "id" };
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
