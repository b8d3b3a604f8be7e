// Reads an .xlsx file into grids with exceljs: values, cached results and formula text (shared
// formulas expanded), merged areas, number formats, rich text, hyperlinks, dates, bold and
// fills. The file is only read, never written. The package is first prepared for exceljs
// (xlsxPackage.ts: ranges clipped, odd but valid packages put in the layout exceljs reads).
// A package the preparation leaves as it is is read by the direct reader (directRead.ts: the
// same grids without exceljs's model of every cell, issue 11 item 6) unless it holds something
// that reader leaves to exceljs.
// Anything that is not a readable workbook ends in an InputError with a message a person can
// act on, saying what is wrong; a valid package is never called damaged ("rusak").
import * as fs from "fs";
import ExcelJS from "exceljs";
import { Grid } from "../core/grid";
import { InputError } from "./inputError";
import { PackageProblem, Prepared, Stage, diagnose, preparePackage } from "./xlsxPackage";
import { sheetToGrid } from "./sheetToGrid";
import { readDirect } from "./directRead";

export { sheetToGrid };

export { InputError };

export type WorkbookData = {
  file: string;
  sheets: Grid[];
  hiddenSheets: string[];
  /** Cells whose formulas read other workbooks ([1]Sheet!A1): their cached values are used. */
  externalLinks: number;
  /** The JSON text of the Cermat pane's settings saved in the workbook (addinSettings.ts). */
  addinSettings?: string;
};

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function readBytes(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(
      `Berkas tidak ditemukan: ${file}. Periksa nama dan foldernya.`,
      `File not found: ${file}. Check its name and folder.`,
    );
  }
  if (!stat.isFile()) throw new InputError(`Bukan berkas: ${file}.`, `Not a file: ${file}.`);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new InputError(
      `Berkas tidak dapat dibaca: ${file} (${(e as Error).message}). Periksa izin aksesnya.`,
      `Cannot read ${file} (${(e as Error).message}). Check its permissions.`,
    );
  }
}

function checkSignature(file: string, bytes: Buffer): void {
  if (bytes.length === 0)
    throw new InputError(`Berkas kosong (0 bita): ${file}.`, `Empty file (0 bytes): ${file}.`);
  if (bytes.subarray(0, 8).equals(OLE)) {
    // An encrypted .xlsx and an old .xls are both OLE compound files.
    throw new InputError(
      `${file} dilindungi kata sandi atau berformat .xls lama. Buka di Excel, hapus kata sandinya (File > Info > Proteksi Buku Kerja) atau simpan sebagai .xlsx, lalu periksa lagi.`,
      `${file} is password-protected or an old .xls file. Open it in Excel, remove the password (File > Info > Protect Workbook) or save it as .xlsx, then check again.`,
    );
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) {
    throw new InputError(
      `${file} bukan buku kerja .xlsx (isi berkasnya bukan format Excel). Simpan dari Excel sebagai "Buku Kerja Excel (.xlsx)".`,
      `${file} is not an .xlsx workbook. Save it from Excel as "Excel Workbook (.xlsx)".`,
    );
  }
}

export type ReadOptions = {
  /** Told what the reader is doing (the time and memory guard names it when a file is too much). */
  stage?: (s: Stage) => void;
  /** false: always read with exceljs (tests compare the direct reader with it). */
  direct?: boolean;
};

const unreadable = (file: string, p: PackageProblem): InputError =>
  new InputError(
    `${file} tidak dapat dibaca: ${p.id}. Buka dan simpan ulang di Excel, lalu periksa lagi.`,
    `${file} cannot be read: ${p.en}. Open and save it again in Excel, then check again.`,
  );

async function load(prepared: Prepared): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer);
  // every worksheet the workbook lists must come back; fewer means exceljs missed a part
  if (wb.worksheets.length < prepared.sheets.length)
    throw new Error("exceljs read fewer sheets than the workbook lists");
  return wb;
}

export async function readWorkbook(file: string, opts: ReadOptions = {}): Promise<WorkbookData> {
  const stage = opts.stage ?? (() => undefined);
  const bytes = readBytes(file);
  checkSignature(file, bytes);
  const prepare = async (rebuild: boolean): Promise<Prepared> => {
    try {
      return await preparePackage(bytes, { rebuild, stage, keep: !rebuild && opts.direct !== false });
    } catch (e) {
      if (e instanceof PackageProblem) throw unreadable(file, e);
      throw e;
    }
  };
  let prepared = await prepare(false);
  // a package exceljs would read as it is: read directly, exceljs only for what the reader leaves
  if (prepared.direct) {
    const pkg = prepared.direct;
    prepared = { ...prepared, direct: undefined }; // the sheets' text is not kept while exceljs reads
    stage({ id: "membaca lembar-lembar", en: "reading the sheets" });
    const grids = await readDirect(pkg);
    if (grids) return workbookData(file, grids, prepared);
  }
  const reading = (): void => {
    const big = [...prepared.sheets].sort((a, b) => b.chars - a.chars)[0];
    const mb = big
      ? ` (lembar terbesar "${big.name}", ${big.part}, ${(big.chars / 1e6).toFixed(1)} juta karakter XML)`
      : "";
    const mbEn = big
      ? ` (largest sheet "${big.name}", ${big.part}, ${(big.chars / 1e6).toFixed(1)} million XML characters)`
      : "";
    stage({ id: `exceljs membaca buku kerja${mb}`, en: `exceljs reading the workbook${mbEn}` });
  };
  reading();
  let wb: ExcelJS.Workbook | undefined;
  let failure: Error | undefined;
  try {
    wb = await load(prepared);
  } catch (e) {
    failure = e as Error;
  }
  if (!wb && !prepared.rebuilt) {
    // exceljs stumbled on something the quick tests did not see: once more with the package
    // rebuilt in its layout and every sheet rewritten by the parser
    prepared = await prepare(true);
    reading();
    try {
      wb = await load(prepared);
    } catch (e) {
      failure = e as Error;
    }
  }
  if (!wb) {
    const problem = await diagnose(bytes);
    if (problem) throw unreadable(file, problem);
    throw new InputError(
      `${file} tidak dapat dibaca oleh pembaca .xlsx Cermat (exceljs: ${failure?.message}). Buka dan simpan ulang di Excel, lalu periksa lagi.`,
      `${file} cannot be read by Cermat's .xlsx reader (exceljs: ${failure?.message}). Open and save it again in Excel, then check again.`,
    );
  }
  const sheets: Grid[] = [];
  wb.eachSheet((ws) => {
    stage({ id: `menyalin lembar "${ws.name}" ke grid`, en: `copying sheet "${ws.name}" to a grid` });
    sheets.push(sheetToGrid(ws));
  });
  return workbookData(file, sheets, prepared);
}

function workbookData(file: string, sheets: Grid[], prepared: Prepared): WorkbookData {
  let externalLinks = 0;
  for (const g of sheets) {
    if (g.formulaCount === 0) continue;
    for (const r of g.usedRows()) {
      for (let c = 1; c <= g.colCount; c++)
        if (/\[[^\]]+\][^!]*!/.test(g.formula(r, c) ?? "")) externalLinks++;
    }
  }
  return {
    file,
    sheets,
    hiddenSheets: sheets.filter((s) => s.hidden).map((s) => s.name),
    externalLinks,
    ...(prepared.addinSettings !== undefined ? { addinSettings: prepared.addinSettings } : {}),
  };
}
