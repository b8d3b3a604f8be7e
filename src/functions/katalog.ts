// The function reference shown to people (the pane, help.html, README), in Indonesian and
// English, made from the definitions (./definitions): syntax, description, the first example
// and its result. The build renders help.html from it (scripts/help-page.js).
import type { ArgumenContoh, Contoh, Definisi } from "./definisi";
import { DEFINISI } from "./definitions";

export type EntriKatalog = {
  nama: string;
  /** IKU.CAPAIAN(realisasi; target; [polaritas]; [metode]): Indonesian separators. */
  sintaks: string;
  contoh: string;
  hasil: string;
  id: string;
  en: string;
  /** The same in English Excel (comma separators, decimal point). */
  sintaksEn: string;
  contohEn: string;
  hasilEn: string;
  parameter: ReadonlyArray<{ nama: string; opsional: boolean; id: string; en: string }>;
  hasilDoc: { id: string; en: string };
};

type Bahasa = "id" | "en";
const PEMISAH: Record<Bahasa, string> = { id: "; ", en: ", " };

/** A number as Excel shows it in that language, without thousands separators: 0,39 / 0.39. */
const angka = (n: number, b: Bahasa): string => (b === "id" ? String(n).replace(".", ",") : String(n));

function argumen(a: ArgumenContoh, b: Bahasa): string {
  if (typeof a === "number") return angka(a, b);
  if (typeof a === "string") return `"${a.replace(/"/g, '""')}"`;
  return a.rentang;
}

/** =IKU.X(...) as typed, and what the ranges it reads hold: "C5:E5 = {100; 110; 121}". */
export function tulisContoh(nama: string, c: Contoh, b: Bahasa): string {
  const rumus = `=IKU.${nama}(${c.args.map((a) => argumen(a, b)).join(PEMISAH[b])})`;
  const isi = c.args.flatMap((a) =>
    typeof a === "object"
      ? [
          `${a.rentang} = {${a.nilai
            .flat()
            .map((v) => (v === null ? "" : typeof v === "number" ? angka(v, b) : `"${v}"`))
            .join(PEMISAH[b])}}`,
        ]
      : [],
  );
  if (!isi.length) return rumus;
  return `${rumus} ${b === "id" ? "dengan" : "with"} ${isi.join(b === "id" ? " dan " : " and ")}`;
}

export const tulisHasil = (h: number | string, b: Bahasa): string =>
  typeof h === "number" ? angka(h, b) : h;

export function sintaks(d: Definisi, b: Bahasa): string {
  const p = d.parameter.map((x) => (x.opsional ? `[${x.nama}]` : x.nama));
  return `IKU.${d.nama}(${p.join(PEMISAH[b])})`;
}

export function entri(d: Definisi): EntriKatalog {
  const [c] = d.contoh;
  return {
    nama: d.nama,
    sintaks: sintaks(d, "id"),
    contoh: tulisContoh(d.nama, c, "id"),
    hasil: tulisHasil(c.hasil, "id"),
    id: d.doc.id,
    en: d.doc.en,
    sintaksEn: sintaks(d, "en"),
    contohEn: tulisContoh(d.nama, c, "en"),
    hasilEn: tulisHasil(c.hasil, "en"),
    parameter: d.parameter.map((p) => ({ nama: p.nama, opsional: !!p.opsional, id: p.id, en: p.en })),
    hasilDoc: d.doc.hasil,
  };
}

export const KATALOG: readonly EntriKatalog[] = DEFINISI.map(entri);
