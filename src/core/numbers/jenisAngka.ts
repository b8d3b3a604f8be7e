/**
 * What a cell means as a number. Four outcomes, kept apart on purpose:
 * - `angka`: a number. `percent` says a "%" was written (the value stays in points: "12,5%" -> 12.5);
 *   `label` keeps a qualitative prefix ("A (84,35)" -> "A", "Baik 82" -> "Baik");
 *   `note` keeps a footnote marker ("0,24*)" -> "*)", the seeds mark predicted data that way).
 * - `kosong`: nothing written (null, undefined, "", whitespace): "not reported yet", never 0.
 * - `tanpa-nilai`: an explicit "no data" mark ("-", "NA", "tidak ada data", ...).
 * - `bukan-angka`: anything else (words, Excel error text such as "#REF!", booleans, NaN, Infinity).
 */
export type Angka =
  | { kind: "angka"; value: number; percent: boolean; label?: string; note?: string }
  | { kind: "kosong" }
  | { kind: "tanpa-nilai"; text: string }
  | { kind: "bukan-angka"; text: string };

/** Which character is the decimal separator; see parseAngka for the rules of each mode. */
export type ModeDesimal = "id" | "en" | "auto";

export interface ParseAngkaOptions {
  decimal?: ModeDesimal;
}
