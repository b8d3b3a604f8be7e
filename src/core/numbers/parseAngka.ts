/**
 * parseAngka: what number a cell value means, read the Indonesian way.
 *
 * Numbers pass through (NaN and ±Infinity are `bukan-angka`); booleans are `bukan-angka`, never 1/0.
 * Text is read in this order:
 * 1. Spaces of every kind (non-breaking, thin, line breaks from PDF pastes) collapse; "" -> `kosong`.
 * 2. "No data" marks ("-", "–", "—", "NA", "N/A", "n.a.", "tidak ada data", "belum ada data", "TAD")
 *    -> `tanpa-nilai`.
 * 3. A trailing footnote of asterisks ("0,24*)", "7,37 **") is kept in `note`.
 * 4. "Rp" / "IDR" before the amount is dropped ("Rp2.161.905.000,00"), so is a trailing ",-"
 *    of money ("Rp 5.000,-", "2.161.905.000,-": no cents). Otherwise a leading word is a `label`: "A (84,35)", "Baik 82"; a word in
 *    parentheses after the number too: "82 (Baik)". Labels are letters and spaces only.
 * 5. A trailing "%" sets `percent`; the value stays in points ("12,5 %" -> 12.5, not 0.125).
 * 6. A sign "-" (or the Unicode minus) may lead. "(3,2)" is NOT read as negative: a bare number in
 *    parentheses is as likely a score torn from "A (84,35)" as an accounting negative.
 *
 * Separators, mode `id` (the default):
 * - "," is the decimal separator and "." groups thousands: "11.653" -> 11653, "6,12" -> 6.12,
 *   "2.161.905.000" -> 2161905000, "1.234,56" -> 1234.56, "1,092" -> 1.092.
 * - AMBIGUITY: a single "." followed by exactly three digits is thousands: "1.092" -> 1092.
 *   That is how Indonesian tables write it; text pasted from an English source changes magnitude
 *   here, which is why the `en` and `auto` modes exist and why rules check `number-scale`.
 * - A "." that cannot group thousands (one dot, not followed by exactly three digits, or after a
 *   leading 0) is read as a decimal point: "11.60" -> 11.6, "-32.89" -> -32.89, "0.500" -> 0.5.
 *   The seeds mix formats this way (Kota Blitar Tabel 2.3.2 prints "11.60" next to "83,55"), and no
 *   other reading of such text exists, so no magnitude is guessed.
 * - Spaces may group thousands when every group after the first has three digits
 *   ("2 161 905 000"); the separator after such groups is decimal whichever it is.
 * - Anything else with separators (two commas, "1.2.3", a dot after the comma) is `bukan-angka`.
 * Mode `en` swaps the roles ("1,234.56" -> 1234.56, "1.092" -> 1.092, "1,092" -> 1092).
 * Mode `auto`: when both "." and "," appear the last one is decimal ("1,234.56" and "1.234,56"
 * both -> 1234.56); with only one kind the `id` rules apply.
 */
import type { Angka, ModeDesimal, ParseAngkaOptions } from "./jenisAngka";
import { isTanpaNilai, rapikan } from "./teks";

export function parseAngka(input: unknown, options: ParseAngkaOptions = {}): Angka {
  if (input === null || input === undefined) return { kind: "kosong" };
  switch (typeof input) {
    case "number":
      return Number.isFinite(input) ? number(input, false) : { kind: "bukan-angka", text: String(input) };
    case "bigint":
      return Number.isSafeInteger(Number(input))
        ? number(Number(input), false)
        : { kind: "bukan-angka", text: String(input) };
    case "boolean":
      return { kind: "bukan-angka", text: input ? "TRUE" : "FALSE" };
    case "string":
      return parseTeks(input, options.decimal ?? "id");
    default:
      return { kind: "bukan-angka", text: Array.isArray(input) ? "(daftar nilai)" : `(${typeof input})` };
  }
}

function number(value: number, percent: boolean, label?: string, note?: string): Angka {
  const result: Angka = { kind: "angka", value: value === 0 ? 0 : value, percent };
  if (label !== undefined) result.label = label;
  if (note !== undefined) result.note = note;
  return result;
}

function parseTeks(raw: string, mode: ModeDesimal): Angka {
  const original = rapikan(raw);
  if (!original) return { kind: "kosong" };
  if (isTanpaNilai(original)) return { kind: "tanpa-nilai", text: original };

  let s = original;
  let note: string | undefined;
  const footnote = /^(.*?\S)\s*(\*+\)?)$/.exec(s);
  if (footnote) {
    s = footnote[1] as string;
    note = footnote[2];
    if (isTanpaNilai(s)) return { kind: "tanpa-nilai", text: original }; // "NA*)"
  }

  let label: string | undefined;
  const currency = /^(?:rp|idr)\.?\s*(?=[-−+\d.,])/i.exec(s);
  if (currency) {
    s = s.slice(currency[0].length);
  } else {
    const labelled = splitLabel(s);
    if (labelled) {
      label = labelled.label;
      s = labelled.rest;
    }
  }

  let percent = false;
  const pct = /^(.*?\S)\s*%$/.exec(s);
  if (pct) {
    s = pct[1] as string;
    percent = true;
  }

  const value = parseSigned(s.replace(/(\d)[.,]-$/, "$1"), mode);
  if (value === undefined) return { kind: "bukan-angka", text: original };
  return number(value, percent, label, note);
}

const LABEL_BEFORE_PAREN = /^(\p{L}[\p{L} ]*?)\s*\(\s*([^()]+?)\s*\)$/u;
const LABEL_BEFORE = /^(\p{L}[\p{L} ]*?)\s+([-−+]?[\d.,][^\p{L}()]*)$/u;
const LABEL_AFTER_PAREN = /^([-−+]?[\d.,][^\p{L}()]*?)\s*\(\s*(\p{L}[\p{L} ]*?)\s*\)$/u;

function splitLabel(s: string): { label: string; rest: string } | undefined {
  const before = LABEL_BEFORE_PAREN.exec(s) ?? LABEL_BEFORE.exec(s);
  if (before) return { label: before[1] as string, rest: before[2] as string };
  const after = LABEL_AFTER_PAREN.exec(s);
  if (after) return { label: after[2] as string, rest: after[1] as string };
  return undefined;
}

function parseSigned(s: string, mode: ModeDesimal): number | undefined {
  const m = /^([-−+]?)\s*(.*)$/.exec(s);
  if (!m) return undefined;
  const magnitude = parseMagnitude(m[2] as string, mode);
  if (magnitude === undefined) return undefined;
  return m[1] === "-" || m[1] === "−" ? -magnitude : magnitude;
}

function parseMagnitude(body: string, mode: ModeDesimal): number | undefined {
  if (!/^[\d.,]+(?: [\d.,]+)*$/.test(body) || !/\d/.test(body)) return undefined;
  if (body.includes(" ")) {
    const spaced = /^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$/.exec(body);
    if (!spaced) return undefined;
    return toNumber((spaced[1] as string).replace(/ /g, ""), spaced[2]);
  }

  const { decimal, group } = separators(body, mode);
  const parts = body.split(decimal);
  if (parts.length > 2) return undefined;
  const whole = parts[0] as string;
  const fraction = parts[1];
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;

  if (!whole.includes(group)) {
    if (whole === "" && fraction === undefined) return undefined;
    return toNumber(whole, fraction);
  }
  if (groupsOfThousands(group).test(whole)) return toNumber(whole.split(group).join(""), fraction);
  // One group mark that cannot group thousands ("11.60"): the only reading left is a decimal point.
  const asDecimal = new RegExp(`^(\\d*)\\${group}(\\d+)$`).exec(whole);
  if (fraction === undefined && asDecimal) return toNumber(asDecimal[1] as string, asDecimal[2]);
  return undefined;
}

function separators(body: string, mode: ModeDesimal): { decimal: string; group: string } {
  const en = { decimal: ".", group: "," };
  const id = { decimal: ",", group: "." };
  if (mode === "en") return en;
  if (mode === "auto" && body.includes(".") && body.includes(",")) {
    return body.lastIndexOf(".") > body.lastIndexOf(",") ? en : id;
  }
  return id;
}

function groupsOfThousands(group: string): RegExp {
  return new RegExp(`^[1-9]\\d{0,2}(?:\\${group}\\d{3})+$`);
}

function toNumber(whole: string, fraction: string | undefined): number {
  return Number(`${whole || "0"}${fraction ? `.${fraction}` : ""}`);
}
