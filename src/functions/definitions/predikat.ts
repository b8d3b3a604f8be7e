// IKU.PREDIKAT: the predikat of a capaian on a named scale or a two-column table
// (core/indicators/predikat.ts, skalaPredikat.ts).
import { bacaan, dariHasil, gagal, P, pita } from "../../core/formulas";
import { parseSkala, predikat, SKALA_PREDIKAT } from "../../core/indicators";
import type { SkalaPredikat } from "../../core/indicators";
import { fromHasil } from "../excelValue";
import { definisi, opsi } from "../definisi";

export default definisi({
  nama: "PREDIKAT",
  parameter: [
    {
      nama: "capaian",
      jenis: "per-sel",
      id: "Capaian (%): sel atau rentang.",
      en: "Achievement (%): a cell or a range.",
    },
    {
      nama: "skala",
      opsional: true,
      jenis: "skala",
      id: "Nama skala atau rentang dua kolom: batas (lebih dari) dan label.",
      en: "A scale name or a two-column range: bound (above) and label.",
    },
  ],
  doc: {
    excel:
      "Predikat capaian menurut skala: permendagri86 (bawaan: Sangat Tinggi > 90, Tinggi > 75, Sedang > 65, Rendah > 50, Sangat Rendah), lkjip, berhasil, atau tabel dua kolom (batas bawah, label).",
    id: 'Predikat capaian. Skala: "permendagri86" (bawaan), "lkjip", "berhasil", atau tabel dua kolom (batas, label).',
    en: 'Achievement level. Scales: "permendagri86" (default), "lkjip", "berhasil", or a two-column table (bound, label).',
    hasil: { id: "Predikat.", en: "The level." },
  },
  contoh: [
    { args: [90.5], hasil: "Sangat Tinggi" },
    { args: [90], hasil: "Tinggi" },
    { args: [90.5, "lkjip"], hasil: "Sangat Baik" },
    { args: [80, "berhasil"], hasil: "Berhasil" },
  ],
  hitung(nilaiCapaian: unknown, skala?: unknown) {
    const s = opsi(skala, parseSkala);
    if (!s.ok) return s.error;
    return fromHasil(predikat(nilaiCapaian, s.value));
  },
  rumus(p) {
    const s = p.arg(1);
    let skala: SkalaPredikat = SKALA_PREDIKAT.permendagri86;
    if (s.kind !== "kosong") {
      let x: unknown;
      if (s.kind === "teks" || s.kind === "angka" || s.kind === "logika") x = s.value;
      else if (s.kind === "larik") x = s.value.map((row) => row.map((c) => (c === null ? "" : c)));
      else {
        gagal(
          `IKU.PREDIKAT: skala ${s.text} berupa rentang atau rumus; rumus biasa hanya dapat dibuat untuk nama skala (permendagri86, lkjip, berhasil) atau larik konstanta. Pakai "nilai saja".`,
          `IKU.PREDIKAT: the scale ${s.text} is a range or formula; a plain formula can only be built for a scale name (permendagri86, lkjip, berhasil) or an array constant. Use "values only".`,
        );
      }
      skala = dariHasil(parseSkala(x), p.fungsi) ?? skala;
    }
    const c = p.angka(0, P("capaian", "achievement"));
    return bacaan([{ o: c, jikaKosong: "kosong" }], pita(c, skala));
  },
});
