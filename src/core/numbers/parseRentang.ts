/**
 * parseRentang: a target written as a range, for stable indicators (PermenPANRB 8/2021):
 * "80 - 90", "80-90", "80 – 90", "80 — 90", "80 s.d. 90", "80 s/d 90", "80 sd 90",
 * "80 sampai (dengan) 90", "80 hingga 90", with or without "%" on either side.
 * Each bound is read by parseAngka (so "1.000 - 2.000" is 1000 to 2000 in the default mode).
 * Returns the bounds as written (bawah first); the caller decides what a reversed range means.
 * A plain negative number ("-3,2") is not a range.
 */
import type { ParseAngkaOptions } from "./jenisAngka";
import { parseAngka } from "./parseAngka";
import { rapikan } from "./teks";

export type Rentang = { bawah: number; atas: number };

const RANGE = /^(.+?)\s*(?:-|–|—|s\.?\s?d\.?|s\/d|sampai dengan|sampai|hingga)\s*(.+)$/i;

export function parseRentang(input: unknown, options: ParseAngkaOptions = {}): Rentang | undefined {
  if (typeof input !== "string") return undefined;
  const m = RANGE.exec(rapikan(input));
  if (!m) return undefined;
  const bawah = parseAngka(m[1], options);
  const atas = parseAngka(m[2], options);
  if (bawah.kind !== "angka" || atas.kind !== "angka") return undefined;
  if (bawah.label !== undefined || atas.label !== undefined) return undefined;
  return { bawah: bawah.value, atas: atas.value };
}
