// Shared by code-unknown, code-name-mismatch and code-renamed: the coded rows of a table that a
// nomenclature list speaks about (program, kegiatan or sub kegiatan with a Kepmendagri-shaped code
// in an urusan and bidang the list covers), and whether two names are the same beyond typing
// slips.
import type { DetectedTable } from "../detect";
import { withinOne } from "../detect/typos";
import type { Grid } from "../grid";
import { mencakup } from "../nomenklatur";
import type { Nomenklatur } from "../nomenklatur";
import { banyakBagian, kodeBaris } from "./kodeKepmendagri";
import type { KodeBaris } from "./kodeKepmendagri";
import { kataIndikator } from "./values";

const BERTINGKAT = new Set(["program", "kegiatan", "sub-kegiatan"]);

/** The coded rows the list can judge. */
export function barisBerkode(table: DetectedTable, grid: Grid, daftar: Nomenklatur): KodeBaris[] {
  return kodeBaris(table, grid).filter(
    (k) => k.baku && BERTINGKAT.has(k.row.kind) && banyakBagian(k.kunci) >= 3 && mencakup(daftar, k.kunci),
  );
}

// words that carry no meaning in a name, and the level words the list may or may not print
const SEPELE = new Set([
  "dan",
  "serta",
  "atau",
  "yang",
  "di",
  "ke",
  "dari",
  "untuk",
  "program",
  "kegiatan",
  "sub",
]);

const kata = (nama: string): string[] => kataIndikator(nama).filter((w) => !SEPELE.has(w));

/** The same name, case, punctuation, level words and one-letter slips in long words aside. */
export function namaSama(a: string, b: string): boolean {
  const x = kata(a);
  const y = kata(b);
  if (x.length !== y.length) return false;
  return x.every((w, i) => w === y[i] || (w.length >= 5 && y[i].length >= 5 && withinOne(w, y[i])));
}
