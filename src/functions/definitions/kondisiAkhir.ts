// IKU.KONDISIAKHIR: the end-of-period condition of yearly values (core/indicators/kondisiAkhir.ts).
import { angkaDeret, jika, metodeDari, NA, P, tesTanda } from "../../core/formulas";
import { kondisiAkhir } from "../../core/indicators";
import type { JenisKondisiAkhir } from "../../core/indicators";
import { fromHasil } from "../excelValue";
import { definisi } from "../definisi";

export default definisi({
  nama: "KONDISIAKHIR",
  parameter: [
    {
      nama: "rentang",
      jenis: "deret",
      id: "Nilai tahunan berurutan (satu baris atau satu kolom).",
      en: "Yearly values in order (one row or one column).",
    },
    {
      nama: "jenis",
      opsional: true,
      jenis: "pilihan",
      id: '"akhir" (bawaan), "jumlah" atau "rata-rata".',
      en: '"akhir" (last, default), "jumlah" (sum) or "rata-rata" (mean).',
    },
  ],
  doc: {
    excel:
      "Kondisi akhir periode dari target tahunan: nilai tahun terakhir (bawaan, untuk persentase, indeks, stok), jumlah (arus, uang) atau rata-rata.",
    id: 'Kondisi akhir periode: "akhir" (bawaan; persentase, indeks, stok), "jumlah" (arus, uang) atau "rata-rata".',
    en: 'End-of-period condition: "akhir" (last, default), "jumlah" (sum, for flows and money) or "rata-rata" (mean).',
    hasil: { id: "Kondisi akhir.", en: "The end-of-period condition." },
  },
  contoh: [
    { args: [{ rentang: "F9:J9", nilai: [[120, 130, 140, 150, 160]] }, "jumlah"], hasil: 700 },
    { args: [{ rentang: "F9:J9", nilai: [[7.37, 7.3, 7.2, 7.12, 7.04]] }], hasil: 7.04 },
    { args: [{ rentang: "F9:J9", nilai: [[1, "2,5", 3, null, null]] }, "rata-rata"], hasil: 2.17 },
  ],
  hitung(nilai: unknown[], jenis?: unknown) {
    return fromHasil(kondisiAkhir(nilai, jenis as JenisKondisiAkhir | undefined));
  },
  rumus(p) {
    const jenis = metodeDari(kondisiAkhir([1], p.pilihan(1, P("jenis")) as never), p.fungsi);
    const d = p.deret(0, true);
    const r = d.text;
    if (!d.konversi && !d.tanda) {
      const isi =
        jenis === "jumlah"
          ? `SUM(${r})`
          : jenis === "rata-rata"
            ? `AVERAGE(${r})`
            : `LOOKUP(2,1/(${r}<>""),${r})`;
      return `IF(COUNT(${r})=0,"",${isi})`;
    }
    // Text numbers or marks present: the last non-blank cell decides (akhir), or a mark anywhere is
    // #N/A and the text numbers count (jumlah, rata-rata).
    const terisi = `SUMPRODUCT((${r}<>"")*1)`;
    if (jenis === "akhir") {
      const L = `LOOKUP(2,1/(${r}<>""),${r})`;
      const tanda = tesTanda(L, d.tanda);
      return `IF(${terisi}=0,"",${tanda ? jika(tanda, NA, angkaDeret(L, d)) : angkaDeret(L, d)})`;
    }
    const jumlah = d.konversi ? `SUMPRODUCT(IF(${r}="",0,${angkaDeret(r, d)}))` : `SUM(${r})`;
    const isi = `IF(${terisi}=0,"",${jenis === "jumlah" ? jumlah : `${jumlah}/${terisi}`})`;
    const tanda = tesTanda(r, d.tanda);
    return tanda ? `IF(SUMPRODUCT((${tanda})*1)>0,${NA},${isi})` : isi;
  },
});
