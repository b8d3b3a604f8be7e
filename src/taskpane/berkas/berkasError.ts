// What a picked file can have wrong that the planner can fix, told before anything is unpacked:
// too big, empty, encrypted or an old .xls, not an .xlsx at all. Kept apart from the reader so
// the pane can name these errors without loading exceljs.
import type { Pesan } from "../../core/indicators";

export type { Pesan };

/** A file the planner can act on: what is wrong and what to do, in both languages. */
export class BerkasError extends Error {
  constructor(readonly pesan: Pesan) {
    super(pesan.en);
  }
}

/** Larger files are refused: exceljs in a task pane holds the whole workbook in memory. */
export const MAKS_MB = 30;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const awalnya = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

/** Refuses what is not an .xlsx before anything is unpacked (size, encryption, other formats). */
export function periksaBita(b: Uint8Array, nama: string): void {
  const mb = b.length / 1024 / 1024;
  if (mb > MAKS_MB)
    throw new BerkasError({
      id: `${nama} terlalu besar untuk dibaca di panel (${mb.toFixed(1)} MB, batas ${MAKS_MB} MB). Simpan salinan yang hanya berisi lembar tabel kinerjanya, atau periksa dengan baris perintah: cermat periksa FOLDER --silang.`,
      en: `${nama} is too large to read in the pane (${mb.toFixed(1)} MB, limit ${MAKS_MB} MB). Save a copy with only the performance tables' sheets, or check it from the command line: cermat periksa FOLDER --silang.`,
    });
  if (b.length === 0)
    throw new BerkasError({ id: `${nama} kosong (0 bita).`, en: `${nama} is empty (0 bytes).` });
  // an encrypted .xlsx and an old .xls are both OLE compound files
  if (awalnya(b, OLE))
    throw new BerkasError({
      id: `${nama} dilindungi kata sandi atau berformat .xls lama. Buka di Excel, hapus kata sandinya (File > Info > Proteksi Buku Kerja) atau simpan sebagai .xlsx, lalu pilih lagi.`,
      en: `${nama} is password-protected or an old .xls file. Open it in Excel, remove the password (File > Info > Protect Workbook) or save it as .xlsx, then pick it again.`,
    });
  if (!awalnya(b, ZIP))
    throw new BerkasError({
      id: `${nama} bukan buku kerja .xlsx. Buka di Excel dan simpan sebagai "Buku Kerja Excel (.xlsx)", lalu pilih lagi.`,
      en: `${nama} is not an .xlsx workbook. Open it in Excel and save it as "Excel Workbook (.xlsx)", then pick it again.`,
    });
}
