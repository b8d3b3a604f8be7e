// An .xlsx the planner picks from disk, read in the browser into the engine's grids (issue 13,
// "Bandingkan dengan berkas..." and the nomenclature list): the file never leaves the machine.
// The pane loads this module with a dynamic import only when it is needed, so exceljs and jszip
// stay out of the pane's first load (bench: bundle taskpane.js).
//
// The same reading as the CLI where it can run without Node: every sheet goes through
// prepareSheet (src/cli/xlsxPackage.ts: validations over whole columns dropped, huge merged areas
// clipped, masses of empty rows and cells dropped, odd rows and cells renumbered), styles and
// shared strings through dropOffFlags (src/cli/fontFlags.ts), and exceljs's
// worksheets through sheetToGrid (src/cli/sheetToGrid.ts). What stays with the CLI is the part
// built on Node (Buffer, zlib, streams): rebuilding a package in a layout other than Excel's own
// and the second attempt after exceljs fails; here such a file gets a message that says to save
// it again in Excel, which is where a planner's files come from anyway.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Grid } from "../../core/grid";
import { PackageProblem, prepareSheet } from "../../cli/xlsxPackage";
import { sheetToGrid } from "../../cli/sheetToGrid";
import { dropOffFlags } from "../../cli/fontFlags";
import { BerkasError, periksaBita } from "./berkasError";
import type { Pesan } from "./berkasError";

const tidakTerbaca = (nama: string, sebab: Pesan): BerkasError =>
  new BerkasError({
    id: `${nama} tidak dapat dibaca: ${sebab.id}. Buka dan simpan ulang di Excel, lalu pilih lagi.`,
    en: `${nama} cannot be read: ${sebab.en}. Open and save it again in Excel, then pick it again.`,
  });

/** The package exceljs reads: each worksheet prepared as the CLI prepares it. */
async function siapkan(b: Uint8Array, nama: string): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(b);
  } catch (e) {
    throw tidakTerbaca(nama, {
      id: `arsip zip-nya rusak atau terpotong (${(e as Error).message})`,
      en: `its zip archive is damaged or truncated (${(e as Error).message})`,
    });
  }
  const wbXml = zip.file("xl/workbook.xml");
  if (!wbXml)
    throw tidakTerbaca(nama, {
      id: "bukan buku kerja Excel (tidak ada xl/workbook.xml)",
      en: "not an Excel workbook (no xl/workbook.xml)",
    });
  const date1904 = /date1904\s*=\s*["'](1|true)["']/.test(await wbXml.async("string"));
  let changed = false;
  for (const f of zip.file(/^xl\/worksheets\/[^/]+\.xml$/)) {
    let prepared: ReturnType<typeof prepareSheet>;
    try {
      prepared = prepareSheet(await f.async("string"), f.name, false, date1904);
    } catch (e) {
      if (e instanceof PackageProblem) throw tidakTerbaca(nama, e);
      throw e;
    }
    if (prepared.xml === undefined) continue;
    changed = true;
    zip.file(f.name, prepared.xml, { compression: "STORE" });
    // a rewritten sheet no longer refers to its relationships (hyperlinks, drawings, notes)
    if (!prepared.keepRels) zip.remove(f.name.replace(/([^/]+)$/, "_rels/$1.rels"));
  }
  // font flags set off (<b val="0"/>), which exceljs reads as on: bold would mark header rows
  for (const f of [zip.file("xl/styles.xml"), zip.file("xl/sharedStrings.xml")]) {
    const d = f && dropOffFlags(await f.async("string"));
    if (!f || !d) continue;
    changed = true;
    zip.file(f.name, d.xml, { compression: "STORE" });
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : b;
}

/** The grids of an .xlsx's sheets; a BerkasError for anything the planner has to fix. */
export async function bacaXlsx(data: ArrayBuffer | Uint8Array, nama: string): Promise<Grid[]> {
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  periksaBita(b, nama);
  const bytes = await siapkan(b, nama);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw tidakTerbaca(nama, {
      id: `pembaca .xlsx gagal (${(e as Error).message})`,
      en: `the .xlsx reader failed (${(e as Error).message})`,
    });
  }
  const grids: Grid[] = [];
  wb.eachSheet((ws) => grids.push(sheetToGrid(ws)));
  return grids;
}
