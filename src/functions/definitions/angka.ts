// IKU.ANGKA: the number an Indonesian-format text means (core/indicators/angka.ts).
import { bacaan, nilaiAngka, P, sebagaiOperand, statis } from "../../core/formulas";
import { angka } from "../../core/indicators";
import { fromHasil } from "../excelValue";
import { definisi } from "../definisi";

export default definisi({
  nama: "ANGKA",
  parameter: [
    {
      nama: "teks",
      jenis: "per-sel",
      id: "Teks atau angka: sel atau rentang.",
      en: "A text or a number: a cell or a range.",
    },
  ],
  doc: {
    excel:
      'Angka dari teks berformat Indonesia: "11.653" = 11653, "6,12" = 6,12, "12,5%" = 12,5, "A (84,35)" = 84,35.',
    id: 'Angka dari teks berformat Indonesia ("11.653", "6,12", "12,5%", "A (84,35)").',
    en: 'The number an Indonesian-format text means ("11.653", "6,12", "12,5%", "A (84,35)").',
    hasil: { id: 'Angkanya; #N/A untuk "-" atau "NA".', en: 'The number; #N/A for "-" or "NA".' },
  },
  contoh: [
    { args: ["2.161.905.000"], hasil: 2161905000 },
    { args: ["A (84,35)"], hasil: 84.35 },
    { args: [{ rentang: "B5", nilai: [["12,5%"]] }], hasil: 12.5 },
  ],
  hitung(teks: unknown) {
    return fromHasil(angka(teks));
  },
  rumus(p) {
    const x = p.arg(0);
    if (x.kind === "teks") return statis(angka(x.value), p.fungsi);
    if (x.kind === "angka") return sebagaiOperand(x);
    const o = p.angka(0, P("teks", "text"));
    if (p.baca) return bacaan([{ o, jikaKosong: "kosong" }], nilaiAngka(o));
    const v = o.text;
    p.catat({
      id: `IKU.ANGKA(${x.text}) diganti NUMBERVALUE: koma desimal dan titik ribuan dibaca benar ("11.653", "6,12", "12,5%"), tetapi teks berlabel ("A (84,35)"), "Rp ...", tanda "-"/"NA" menjadi #VALUE!, dan titik desimal ("11.60") terbaca 1160.`,
      en: `IKU.ANGKA(${x.text}) became NUMBERVALUE: decimal commas and thousands dots read right ("11.653", "6,12", "12,5%"), but labelled text ("A (84,35)"), "Rp ...", "-"/"NA" marks give #VALUE!, and a decimal point ("11.60") reads as 1160.`,
    });
    return `IF(TRIM(${v})="","",IF(ISNUMBER(${v}),${v},NUMBERVALUE(SUBSTITUTE(${v},"%",""),",",".")))`;
  },
});
