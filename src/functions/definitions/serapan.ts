// IKU.SERAPAN: serapan anggaran (%), realisasi anggaran / pagu x 100 (core/indicators/serapan.ts).
import { bacaan, banding, jika, nilaiAngka, P, VALUE } from "../../core/formulas";
import { serapan } from "../../core/indicators";
import { fromHasil } from "../excelValue";
import { definisi } from "../definisi";

export default definisi({
  nama: "SERAPAN",
  parameter: [
    {
      nama: "realisasi",
      jenis: "per-sel",
      id: "Realisasi anggaran (Rp): sel atau rentang.",
      en: "Budget realisation (Rp): a cell or a range.",
    },
    {
      nama: "pagu",
      jenis: "per-sel",
      id: "Pagu anggaran (Rp): sel atau rentang seukuran.",
      en: "Budget ceiling (Rp): a cell or a range of the same size.",
    },
  ],
  doc: {
    excel: "Serapan anggaran: realisasi anggaran / pagu x 100.",
    id: "Serapan anggaran: realisasi / pagu × 100.",
    en: "Budget absorption: spending / ceiling × 100.",
    hasil: { id: "Serapan dalam persen.", en: "The absorption in percent." },
  },
  contoh: [
    { args: [1850000000, 2000000000], hasil: 92.5 },
    { args: ["21.014.747.235", "21.434.854.461"], hasil: 98.04 },
  ],
  hitung(realisasi: unknown, pagu: unknown) {
    return fromHasil(serapan(realisasi, pagu));
  },
  rumus(p) {
    const r = p.angka(0, P("realisasi anggaran", "budget realisation"));
    const g = p.angka(1, P("pagu"));
    return bacaan(
      [
        { o: r, jikaKosong: "kosong" },
        { o: g, jikaKosong: "tidak-tersedia" },
      ],
      jika(
        banding(r, "<", 0),
        VALUE,
        jika(banding(g, "<", 0), VALUE, `${nilaiAngka(r)}/${nilaiAngka(g)}*100`),
      ),
    );
  },
});
