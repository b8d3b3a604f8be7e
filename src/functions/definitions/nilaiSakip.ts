// IKU.NILAISAKIP: the SAKIP grade letter of a score (core/indicators/nilaiSakip.ts).
import { bacaan, banding, jika, NUM, P, pita, statis } from "../../core/formulas";
import { nilaiSakip, SKALA_SAKIP } from "../../core/indicators";
import { fromHasil } from "../excelValue";
import { definisi } from "../definisi";

export default definisi({
  nama: "NILAISAKIP",
  parameter: [
    {
      nama: "nilai",
      jenis: "per-sel",
      id: 'Nilai 0-100, atau teks seperti "A (84,35)".',
      en: 'A score 0-100, or a text such as "A (84,35)".',
    },
  ],
  doc: {
    excel: "Huruf nilai SAKIP (PermenPANRB 88/2021): AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D.",
    id: "Huruf nilai SAKIP (PermenPANRB 88/2021); batas bawah eksklusif: 90,00 = A.",
    en: "SAKIP grade letter (PermenPANRB 88/2021); lower bounds exclusive: 90.00 is A.",
    hasil: { id: "Huruf nilai SAKIP.", en: "The SAKIP grade letter." },
  },
  contoh: [
    { args: [90], hasil: "A" },
    { args: [90.01], hasil: "AA" },
    { args: ["BB (84,35)"], hasil: "A" },
  ],
  hitung(nilai: unknown) {
    return fromHasil(nilaiSakip(nilai));
  },
  rumus(p) {
    const x = p.arg(0);
    if (x.kind === "teks") return statis(nilaiSakip(x.value), p.fungsi);
    const n = p.angka(0, P("nilai SAKIP", "SAKIP score"));
    return bacaan(
      [{ o: n, jikaKosong: "kosong" }],
      jika(banding(n, "<", 0), NUM, jika(banding(n, ">", 100), NUM, pita(n, SKALA_SAKIP))),
    );
  },
});
