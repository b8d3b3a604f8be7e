// What one IKU.* function is, in one place (docs/desain.md, "How to add a function"): its name,
// its parameters, its documentation in Indonesian and English with examples and their results,
// its calculation (core/indicators underneath) and its plain-Excel rewrite for Siap kirim. Each
// function is one file in ./definitions; everything else is derived from the list there:
// `fungsi` (Node), the custom-function bindings and functions.json (functions.ts, metadata.ts),
// the catalogue of the pane and the help page (katalog.ts), the arity and spill of each call and
// the rewrite dispatch (rumusBiasa.ts).
import type { FungsiRumus, Panggilan, ParameterRumus } from "../core/formulas";
import type { Hasil } from "../core/indicators";
import { ExcelError, ExcelValue, fromHasil } from "./excelValue";

/** One parameter: how it is read (`jenis`, core/formulas JenisParameter) and what it is. */
export type Parameter = ParameterRumus & {
  /** Shown in Excel's formula autocomplete (functions.json) and the help page. */
  readonly id: string;
  readonly en: string;
};

/**
 * An argument of an example: a number or a text as written in the formula, or a range with the
 * values its cells hold (row by row), e.g. { rentang: "C5:E5", nilai: [[100, 110, 121]] }.
 */
export type ArgumenContoh =
  | number
  | string
  | { readonly rentang: string; readonly nilai: readonly (readonly (number | string | null)[])[] };

/**
 * An example and its result as documented. A number result is the add-in's value rounded to the
 * decimals written (test/functions/definitions.test.ts runs every example, through the custom
 * function and through its plain-Excel rewrite).
 */
export type Contoh = { readonly args: readonly ArgumenContoh[]; readonly hasil: number | string };

/** The calculation on plain values: a "deret" parameter gets the run's values, any other one value. */
type Hitung = (...args: never[]) => ExcelValue;

export type Definisi<N extends string = string, F extends Hitung = Hitung> = Omit<
  FungsiRumus,
  "parameter"
> & {
  /** The name after "IKU.", upper case. */
  readonly nama: N;
  readonly parameter: readonly Parameter[];
  readonly doc: {
    /** Excel's formula autocomplete (functions.json), Indonesian. */
    readonly excel: string;
    /** The pane and the help page. */
    readonly id: string;
    readonly en: string;
    /** What the result is (functions.json has no place for it; the help page shows it). */
    readonly hasil: { readonly id: string; readonly en: string };
  };
  /** The first example is the one the pane and the help page show. */
  readonly contoh: readonly [Contoh, ...Contoh[]];
  readonly hitung: F;
  /** The plain-Excel formula for one call (core/formulas operand.ts has the parts). */
  rumus(p: Panggilan): string;
};

/** Declares a definition, keeping its literal name and the signature of its calculation. */
export function definisi<const N extends string, F extends Hitung>(d: Definisi<N, F>): Definisi<N, F> {
  return d;
}

type Opsi<T> = { ok: true; value: T | undefined } | { ok: false; error: ExcelError };

const isBlank = (x: unknown): boolean =>
  x === null || x === undefined || (typeof x === "string" && !x.trim());

/** An option argument read with a core parser: blank is the default, a bad word the parser's error. */
export function opsi<T>(x: unknown, parse: (x: unknown) => Hasil<T> | undefined): Opsi<T> {
  if (isBlank(x)) return { ok: true, value: undefined };
  const h = parse(x);
  if (h === undefined) return { ok: true, value: undefined };
  if (h.ok) return { ok: true, value: h.value };
  if (h.error === "kosong") return { ok: true, value: undefined };
  return { ok: false, error: fromHasil(h) as ExcelError };
}
