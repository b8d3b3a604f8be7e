// IKU.RATAPERTUMBUHAN: the average yearly growth of a run of values, arithmetic or geometric
// (core/indicators/rataPertumbuhan.ts).
import { angkaDeret, metodeDari, NA, NUM, P, tesTanda, VALUE } from "../../core/formulas";
import { rataPertumbuhan } from "../../core/indicators";
import type { MetodeRataPertumbuhan } from "../../core/indicators";
import { fromHasil } from "../excelValue";
import { definisi } from "../definisi";

export default definisi({
  nama: "RATAPERTUMBUHAN",
  parameter: [
    {
      nama: "rentang",
      jenis: "deret",
      id: "Nilai tahunan berurutan (satu baris atau satu kolom).",
      en: "Yearly values in order (one row or one column).",
    },
    {
      nama: "metode",
      opsional: true,
      jenis: "pilihan",
      id: '"aritmetika" (bawaan) atau "geometrik".',
      en: '"aritmetika" (arithmetic mean, default) or "geometrik" (CAGR).',
    },
  ],
  doc: {
    excel:
      "Rata-rata pertumbuhan deret nilai tahunan: rata-rata hitung pertumbuhan per tahun (bawaan) atau geometrik (CAGR).",
    id: 'Rata-rata pertumbuhan tahunan: rata-rata hitung (bawaan) atau "geometrik" (CAGR).',
    en: 'Average yearly growth: arithmetic mean (default) or "geometrik" (CAGR).',
    hasil: { id: "Rata-rata pertumbuhan dalam persen.", en: "The average growth in percent." },
  },
  contoh: [
    { args: [{ rentang: "C5:G5", nilai: [[100, 110, 121, 133.1, 146.41]] }], hasil: 10 },
    { args: [{ rentang: "C5:E5", nilai: [[100, 150, 150]] }], hasil: 25 },
    { args: [{ rentang: "C5:E5", nilai: [[100, 150, 150]] }, "geometrik"], hasil: 22.47 },
  ],
  hitung(nilai: unknown[], metode?: unknown) {
    // core validates the option words (and their aliases) at run time
    return fromHasil(rataPertumbuhan(nilai, metode as MetodeRataPertumbuhan | undefined));
  },
  rumus(p) {
    const metode = metodeDari(rataPertumbuhan([1, 2], p.pilihan(1, P("metode")) as never), p.fungsi);
    const d = p.deret(0, false);
    const r = d.text;
    if (d.awal === undefined || d.akhir === undefined) {
      // One cell: blank -> "", anything else fewer than two values -> #N/A.
      return d.konversi || d.tanda ? `IF(${r}="","",${NA})` : `IF(COUNT(${r})=0,"",${NA})`;
    }
    const [a, c] = [d.awal, d.akhir];
    if (!d.konversi && !d.tanda) {
      const hitung =
        metode === "geometrik"
          ? `IF(MIN(${r})<=0,${NUM},((LOOKUP(2,1/ISNUMBER(${r}),${r})/INDEX(${r},MATCH(TRUE,INDEX(ISNUMBER(${r}),0),0)))^(1/(COUNT(${r})-1))-1)*100)`
          : `IF(MIN(${r})<0,${VALUE},SUMPRODUCT(IF(ISNUMBER(${a})*ISNUMBER(${c}),(${c}-${a})/${a},0))/(COUNT(${r})-1)*100)`;
      // Blank years at either end are skipped; a gap between two values is #N/A, as in the add-in:
      // the values form one unbroken run exactly when the adjacent numeric pairs number COUNT-1.
      return `IF(COUNT(${r})=0,"",IF(COUNT(${r})<2,${NA},IF(SUMPRODUCT(ISNUMBER(${a})*ISNUMBER(${c}))<>COUNT(${r})-1,${NA},${hitung})))`;
    }
    // Text numbers or marks present. A value is a cell that is neither blank nor a mark; marks at
    // either end are dropped like blanks, one inside the run breaks it (#N/A).
    const ada = (x: string): string => {
      const tanda = tesTanda(x, d.tanda);
      return tanda ? `((${x}<>"")-(${tanda}))` : `((${x}<>"")*1)`;
    };
    const V = (x: string): string => angkaDeret(x, d);
    const n = `SUMPRODUCT(${ada(r)})`;
    const min = `MIN(IF(${ada(r)},${V(r)},""))`;
    const hitung =
      metode === "geometrik"
        ? `IF(${min}<=0,${NUM},((LOOKUP(2,1/${ada(r)},${V(r)})/INDEX(${V(r)},MATCH(1,${ada(r)},0)))^(1/(${n}-1))-1)*100)`
        : `IF(${min}<0,${VALUE},SUMPRODUCT(IF(${ada(a)}*${ada(c)},(${V(c)}-${V(a)})/${V(a)},0))/(${n}-1)*100)`;
    return `IF(SUMPRODUCT((${r}<>"")*1)=0,"",IF(${n}<2,${NA},IF(SUMPRODUCT(${ada(a)}*${ada(c)})<>${n}-1,${NA},${hitung})))`;
  },
});
