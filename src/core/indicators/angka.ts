/**
 * angka: the number an Indonesian text means, as a calculation result (IKU.ANGKA).
 * "11.653" -> 11653, "6,12" -> 6.12, "Rp 2.161.905.000" -> 2161905000, "A (84,35)" -> 84.35,
 * "0,24*)" -> 0.24. A percent text keeps its points: "12,5%" -> 12.5 (not 0.125), so it can be
 * compared with the other numbers of a capaian column; metode is then 'persen'.
 * The rules for "." and "," (including "1.092" -> 1092) are those of parseAngka; `desimal`
 * ('id' default, 'en', 'auto') switches them for text from English sources.
 * Errors: blank -> 'kosong'; "-" or "NA" -> 'tidak-tersedia'; other text, booleans -> 'nilai'.
 */
import { parseAngka } from "../numbers";
import type { ModeDesimal } from "../numbers";
import { bukanAngka, tanpaNilai } from "./argumen";
import { berhasil, gagal, KOSONG } from "./hasil";
import type { Hasil } from "./hasil";
import { pilih } from "./pilihan";

const MODE: Record<string, ModeDesimal> = {
  id: "id",
  indonesia: "id",
  en: "en",
  english: "en",
  inggris: "en",
  auto: "auto",
  otomatis: "auto",
};

export function angka(teks: unknown, desimal?: ModeDesimal): Hasil {
  const mode = pilih(desimal, MODE);
  if (mode === null) {
    return gagal(
      "nilai",
      `Mode desimal "${String(desimal)}" tidak dikenal. Tulis id (koma desimal, bawaan), en (titik desimal) atau auto.`,
      `Unknown decimal mode "${String(desimal)}". Use id (decimal comma, the default), en (decimal point) or auto.`,
    );
  }
  const a = parseAngka(teks, { decimal: mode ?? "id" });
  const nama = { id: "teks", en: "text" };
  if (a.kind === "kosong") return KOSONG;
  if (a.kind === "tanpa-nilai") return tanpaNilai(a.text, nama);
  if (a.kind === "bukan-angka") return bukanAngka(teks, a.text, nama);
  return berhasil(a.value, a.percent ? "persen" : undefined);
}
