// A nomenclature list read from the file the planner picks (.csv, or .xlsx through the pane's
// .xlsx reader), with the CLI's parser (core/nomenklatur). Loaded lazily, with the reader.
import { bacaCsv, bacaNomenklatur } from "../../core/nomenklatur";
import type { Nomenklatur } from "../../core/nomenklatur";
import { BerkasError, periksaBita } from "./berkasError";
import type { Pesan } from "./berkasError";
import { rowsOf } from "../../cli/sheetToGrid";
import { bacaXlsx } from "./bacaXlsx";

/** CSV text: UTF-8 as SIPD exports it, else Windows-1252 as Excel in Indonesian saves it. */
function teksCsv(b: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return new TextDecoder("windows-1252").decode(b);
  }
}

/** Reads a list from a picked file. */
export async function bacaDaftar(data: ArrayBuffer | Uint8Array, nama: string): Promise<Nomenklatur> {
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  let sheets: unknown[][][];
  if (/\.csv$/i.test(nama)) sheets = [bacaCsv(teksCsv(b))];
  else if (/\.xlsx$/i.test(nama)) {
    periksaBita(b, nama);
    sheets = (await bacaXlsx(b, nama)).map(rowsOf);
  } else
    throw new BerkasError({
      id: `Daftar nomenklatur ${nama} harus .xlsx atau .csv (ekspor SIPD atau lampiran Kepmendagri yang disimpan sebagai .xlsx / .csv).`,
      en: `The nomenclature list ${nama} must be .xlsx or .csv (the SIPD export or the regulation's annex saved as .xlsx / .csv).`,
    });
  let pesan: Pesan | undefined;
  for (const rows of sheets) {
    const hasil = bacaNomenklatur(rows, nama);
    if (hasil.ok) return hasil.daftar;
    pesan ??= hasil.pesan;
  }
  throw new BerkasError(pesan ?? { id: `${nama} kosong.`, en: `${nama} is empty.` });
}
