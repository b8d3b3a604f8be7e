// IKU.PENURUNAN: persentase penurunan from the previous to the current value (core/indicators/penurunan.ts).
import { rumusPerubahan } from "../../core/formulas";
import { penurunan } from "../../core/indicators";
import { fromHasil } from "../excelValue";
import { definisi } from "../definisi";
import type { Parameter } from "../definisi";

/** The previous and the current value; PERTUMBUHAN takes the same two. */
export const SEBELUM_SESUDAH: readonly Parameter[] = [
  {
    nama: "sebelum",
    jenis: "per-sel",
    id: "Nilai tahun sebelumnya (n-1).",
    en: "The previous year's value (n-1).",
  },
  {
    nama: "sesudah",
    jenis: "per-sel",
    id: "Nilai tahun berjalan (n).",
    en: "The current year's value (n).",
  },
];

export default definisi({
  nama: "PENURUNAN",
  parameter: SEBELUM_SESUDAH,
  doc: {
    excel: "Persentase penurunan: (nilai tahun lalu - nilai tahun ini) / nilai tahun lalu x 100.",
    id: "Persentase penurunan: (X(n−1) − X(n)) / X(n−1) × 100.",
    en: "Percentage decrease: (X(n−1) − X(n)) / X(n−1) × 100.",
    hasil: {
      id: "Penurunan dalam persen; negatif bila nilainya naik.",
      en: "The decrease in percent; negative when the value rose.",
    },
  },
  contoh: [
    { args: [1250, 1100], hasil: 12 },
    { args: [100, 110], hasil: -10 },
  ],
  hitung(sebelum: unknown, sesudah: unknown) {
    return fromHasil(penurunan(sebelum, sesudah));
  },
  rumus(p) {
    return rumusPerubahan(p, "turun");
  },
});
