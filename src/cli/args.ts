// Command-line arguments of `cermat`. Usage errors carry both languages like every other message.
import { DEFAULT_LIMITS, Limits } from "./guard";
import { SKALA_PREDIKAT } from "../core/indicators";
import type { SettingFlags } from "./checkSettings";

const SKALA = Object.keys(SKALA_PREDIKAT).join(", ");

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
  /** --out, --out-dir and --rekap may replace an existing file that Cermat did not write. */
  timpa?: boolean;
  /** The overview workbook of the run (rekap.ts). */
  rekap?: string;
  /** A folder for a marked copy of every workbook, at the same relative path. */
  outDir?: string;
  /** How many files are checked at once (pool.ts); default min(cpus, 4). */
  paralel?: number;
  /** --toleransi, --metode-negatif, --skala: over what the pane saved in each workbook. */
  settings?: SettingFlags;
  /** The official nomenclature list (.xlsx or .csv) the codes are checked against (nomenklatur.ts). */
  nomenklatur?: string;
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
                              [--out-dir FOLDER] [--rekap rekap.xlsx] [--paralel N]
                              [--timeout DETIK] [--max-memory MB] [--verbose] [--silang] [--timpa]
                              [--toleransi N] [--metode-negatif refleksi|rasio] [--skala NAMA]
                              [--nomenklatur DAFTAR.xlsx|.csv]

  --format text     laporan yang mudah dibaca (bawaan); untuk folder diakhiri tabel rekap
  --format json     laporan mesin, skema cermat.report/1; untuk folder: objek cermat.folder/1
                    (setiap berkas dengan statusnya dan laporannya)
  --out FILE        tulis salinan buku kerja dengan temuan ditandai (berkas asli tidak diubah)
  --out-dir FOLDER  untuk folder: salinan bertanda setiap buku kerja, di jalur relatif yang sama
  --rekap FILE      tulis rekap .xlsx: satu baris per berkas, jumlah per aturan, semua temuan
  --paralel N       jumlah berkas yang diperiksa bersamaan (bawaan min(CPU, 4))
  --lang id|en      bahasa laporan (bawaan id)
  --timeout DETIK   batas waktu membaca dan memeriksa satu berkas (bawaan ${DEFAULT_LIMITS.seconds})
  --max-memory MB   batas memori pembaca untuk satu berkas (bawaan ${DEFAULT_LIMITS.memoryMb})
  --verbose, -v     tampilkan juga tabel yang dibaca dan peran kolomnya
  --silang          periksa buku kerja satu folder bersama (Renstra, Renja, PK, LKjIP satu kantor)
  --timpa           --out, --out-dir, --rekap boleh menimpa berkas yang bukan tulisan Cermat
  --toleransi N     toleransi tambahan dalam poin persen (mis. 0,5)
  --metode-negatif refleksi|rasio
                    konvensi capaian indikator negatif
  --skala NAMA      skala predikat: ${SKALA}
                    Tanpa ketiganya dipakai pengaturan yang disimpan panel Cermat di buku kerja
                    (juga polaritas indikator dan temuan yang diterima dengan alasan), lalu bawaan.
  --nomenklatur DAFTAR
                    daftar nomenklatur resmi (ekspor SIPD / lampiran Kepmendagri, .xlsx atau .csv):
                    kode yang tidak ada, kode lama yang sudah diganti, nama yang berbeda
  --version         versi Cermat IKU

Contoh:
  cermat periksa renstra.xlsx
  cermat periksa renstra.xlsx --out renstra-bertanda.xlsx
  cermat periksa kiriman-opd/ --format json > hasil.json
  cermat periksa kiriman-opd/ --rekap rekap.xlsx --out-dir bertanda/
  cermat periksa dinsos-2025/ --silang

Folder diperiksa beserta subfoldernya (kecuali folder tersembunyi dan node_modules); setiap berkas
disebut statusnya: diperiksa, tanpa tabel, tidak terbaca, bukan .xlsx (.xls, .ods, .csv: simpan
sebagai .xlsx), atau dilewati (berkas kunci ~$). Berkas yang melewati batas dilaporkan "terlalu
besar / terlalu lama dibaca"; pemeriksaan berlanjut ke berkas berikutnya.
Kode keluar: 0 tanpa galat, 1 ada galat, 2 ada masukan yang tidak dapat dibaca (atau bukan .xlsx).`,
  en: `Usage: cermat periksa <file.xlsx|folder> [--format text|json] [--out marked.xlsx] [--lang id|en]
                          [--out-dir FOLDER] [--rekap overview.xlsx] [--paralel N]
                          [--timeout SECONDS] [--max-memory MB] [--verbose] [--silang] [--timpa]
                          [--toleransi N] [--metode-negatif refleksi|rasio] [--skala NAME]
                          [--nomenklatur LIST.xlsx|.csv]

  --format text       readable report (default); for a folder it ends with an overview table
  --format json       machine report, schema cermat.report/1; for a folder: a cermat.folder/1
                      object (every file with its status and its report)
  --out FILE          write a copy of the workbook with findings marked (the input is never written)
  --out-dir FOLDER    for a folder: a marked copy of every workbook, at the same relative path
  --rekap FILE        write an .xlsx overview: one row per file, counts per rule, every finding
  --paralel N         how many files are checked at once (default min(CPUs, 4))
  --lang id|en        report language (default id)
  --timeout SECONDS   time limit to read and check one file (default ${DEFAULT_LIMITS.seconds})
  --max-memory MB     memory limit of the reader for one file (default ${DEFAULT_LIMITS.memoryMb})
  --verbose, -v       also list the tables read and their column roles
  --silang            check a folder's workbooks together (one office's Renstra, Renja, PK, LKjIP)
  --timpa             let --out, --out-dir, --rekap replace a file Cermat did not write
  --nomenklatur LIST  the official nomenclature list (SIPD export / the regulation's annex, .xlsx
                      or .csv): codes not in it, old codes replaced, names that differ
  --version           the version of Cermat IKU

Examples:
  cermat periksa renstra.xlsx
  cermat periksa renstra.xlsx --out renstra-marked.xlsx
  cermat periksa submissions/ --format json > results.json
  cermat periksa submissions/ --rekap overview.xlsx --out-dir marked/
  cermat periksa dinsos-2025/ --silang

A folder is checked with its subfolders (not hidden folders nor node_modules); every file is given
a status: checked, no tables, unreadable, not an .xlsx (.xls, .ods, .csv: save as .xlsx) or skipped
(~$ lock files). A file beyond a limit is reported as too large / taking too long to read; the
check goes on with the next file.
Exit codes: 0 no errors, 1 errors found, 2 an input could not be read (or is not an .xlsx).`,
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
    } else if (a === "--out-dir") {
      opts.outDir = value(a);
    } else if (a === "--rekap") {
      opts.rekap = value(a);
    } else if (a === "--paralel") {
      const v = value(a);
      if (!/^\d+$/.test(v) || !(Number(v) > 0))
        throw new UsageError(
          `--paralel harus bilangan bulat positif, bukan "${v}".`,
          `--paralel must be a positive whole number, not "${v}".`,
        );
      opts.paralel = Number(v);
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
    } else if (a === "--toleransi") {
      const v = value(a);
      const n = Number(v.replace(",", "."));
      if (!/^\d+([.,]\d+)?$/.test(v) || !Number.isFinite(n))
        throw new UsageError(
          `--toleransi harus bilangan tidak negatif (poin persen, mis. 0,5), bukan "${v}".`,
          `--toleransi must be a number of percentage points, 0 or more (e.g. 0.5), not "${v}".`,
        );
      opts.settings = { ...opts.settings, toleransi: n };
    } else if (a === "--metode-negatif") {
      const v = value(a);
      if (v !== "refleksi" && v !== "rasio")
        throw new UsageError(
          `--metode-negatif harus refleksi atau rasio, bukan "${v}".`,
          `--metode-negatif must be refleksi or rasio, not "${v}".`,
        );
      opts.settings = { ...opts.settings, metodeNegatif: v };
    } else if (a === "--skala") {
      const v = value(a);
      if (!Object.prototype.hasOwnProperty.call(SKALA_PREDIKAT, v))
        throw new UsageError(
          `--skala harus salah satu dari ${SKALA}, bukan "${v}".`,
          `--skala must be one of ${SKALA}, not "${v}".`,
        );
      opts.settings = { ...opts.settings, skalaPredikat: v };
    } else if (a === "--nomenklatur") {
      opts.nomenklatur = value(a);
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
