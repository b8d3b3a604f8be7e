// `--nomenklatur DAFTAR`: the official nomenclature list read from the user's .xlsx (the SIPD
// export, the regulation's annex) or .csv, once per run; the workers receive it with the settings.
import * as fs from "fs";
import * as path from "path";
import { bacaCsv, bacaNomenklatur } from "../core/nomenklatur";
import type { Nomenklatur } from "../core/nomenklatur";
import { InputError, readWorkbook } from "./readWorkbook";
import { rowsOf } from "./sheetToGrid";

/** The list, or an InputError that says what is wrong with the file in both languages. */
export async function muatNomenklatur(file: string): Promise<Nomenklatur> {
  const nama = path.basename(file);
  if (!fs.existsSync(file))
    throw new InputError(
      `Daftar nomenklatur ${file} tidak ditemukan. Periksa nama dan foldernya.`,
      `Nomenclature list ${file} not found. Check its name and folder.`,
    );
  let sheets: unknown[][][];
  if (/\.csv$/i.test(file)) sheets = [bacaCsv(fs.readFileSync(file, "utf8"))];
  else if (/\.xlsx$/i.test(file)) {
    const wb = await readWorkbook(file);
    sheets = wb.sheets.map(rowsOf);
  } else
    throw new InputError(
      `Daftar nomenklatur ${nama} harus .xlsx atau .csv (ekspor SIPD atau lampiran Kepmendagri yang disimpan sebagai .xlsx / .csv).`,
      `The nomenclature list ${nama} must be .xlsx or .csv (the SIPD export or the regulation's annex saved as .xlsx / .csv).`,
    );
  // the first sheet that reads as a list
  let pesan: { id: string; en: string } | undefined;
  for (const rows of sheets) {
    const hasil = bacaNomenklatur(rows, nama);
    if (hasil.ok) return hasil.daftar;
    pesan ??= hasil.pesan;
  }
  throw new InputError(pesan?.id ?? `${nama} kosong.`, pesan?.en ?? `${nama} is empty.`);
}
