// IKU.PERTUMBUHAN: growth (%) from the previous to the current value (core/indicators/pertumbuhan.ts).
import { rumusPerubahan } from "../../core/formulas";
import { pertumbuhan } from "../../core/indicators";
import { fromHasil } from "../excelValue";
import { definisi } from "../definisi";
import { SEBELUM_SESUDAH } from "./penurunan";

export default definisi({
  nama: "PERTUMBUHAN",
  parameter: SEBELUM_SESUDAH,
  doc: {
    excel: "Pertumbuhan: (nilai tahun ini - nilai tahun lalu) / nilai tahun lalu x 100.",
    id: "Pertumbuhan: (X(n) − X(n−1)) / X(n−1) × 100.",
    en: "Growth: (X(n) − X(n−1)) / X(n−1) × 100.",
    hasil: { id: "Pertumbuhan dalam persen.", en: "The growth in percent." },
  },
  contoh: [
    { args: [100, 112], hasil: 12 },
    { args: ["2.000", "1.900"], hasil: -5 },
  ],
  hitung(sebelum: unknown, sesudah: unknown) {
    return fromHasil(pertumbuhan(sebelum, sesudah));
  },
  rumus(p) {
    return rumusPerubahan(p, "naik");
  },
});
