// Option words typed by users ("Negatif", " geometrik ", "-1"): matched case-insensitively after
// tidying spaces; numbers match their plain spelling. undefined = blank (use the default),
// null = not a known word (the caller answers with the list of valid words).
import { rapikan } from "../numbers";

export function pilih<T>(x: unknown, peta: Readonly<Record<string, T>>): T | undefined | null {
  if (x === null || x === undefined) return undefined;
  let key: string;
  if (typeof x === "string") key = rapikan(x).toLowerCase();
  else if (typeof x === "number" && Number.isFinite(x)) key = String(x);
  else return null;
  if (key === "") return undefined;
  return Object.prototype.hasOwnProperty.call(peta, key) ? (peta[key] as T) : null;
}
