// Where the CLI may write (--out, --out-dir, --rekap): never over an input, never into a folder
// that is not there, never over a file Cermat did not write unless --timpa.
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import type { Said } from "./folder";

/** A marked copy: its workbook lists the results sheet. */
export async function isMarkedCopy(zip: JSZip): Promise<boolean> {
  const wb = await zip.file("xl/workbook.xml")?.async("string");
  return !!wb && /name="(Hasil Pemeriksaan|Check Results)"/.test(wb);
}

/**
 * Why `out` may not be written: it is one of the inputs; its folder is missing; or it exists and
 * `ours` does not recognise it (without --timpa). Undefined when it may. `flag` names the option.
 */
export async function outRefused(
  out: string,
  inputs: ReadonlySet<string>,
  timpa: boolean,
  flag = "--out",
  ours: (zip: JSZip) => Promise<boolean> = isMarkedCopy,
): Promise<Said | undefined> {
  if (inputs.has(path.resolve(out)))
    return {
      id: `${flag} harus berkas baru; berkas masukan tidak pernah ditulis.`,
      en: `${flag} must name a new file; the input is never written.`,
    };
  const dir = path.dirname(path.resolve(out));
  if (!fs.existsSync(dir)) return missingFolder(dir, flag);
  if (!fs.existsSync(out) || timpa) return undefined;
  let known = false;
  try {
    known = await ours(await JSZip.loadAsync(fs.readFileSync(out)));
  } catch {
    known = false;
  }
  return known
    ? undefined
    : {
        id: `${out} sudah ada dan bukan ${flag === "--rekap" ? "rekap" : "salinan bertanda"} Cermat; berkas itu tidak ditimpa. Pilih nama lain, atau tambahkan --timpa.`,
        en: `${out} already exists and is not ${flag === "--rekap" ? "an overview" : "a marked copy"} written by Cermat; it is left alone. Choose another name, or add --timpa.`,
      };
}

export const missingFolder = (dir: string, flag: string): Said => ({
  id: `Folder ${dir} untuk ${flag} tidak ada. Buat foldernya dulu, atau pilih folder lain.`,
  en: `The folder ${dir} for ${flag} does not exist. Create it first, or choose another folder.`,
});

/** Writes beside the target first: a failure leaves no half-written file behind. */
export function writeAtomically(out: string, bytes: Uint8Array): void {
  const tmp = `${out}.cermat-${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, out);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
