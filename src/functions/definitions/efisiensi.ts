// IKU.EFISIENSI: capaian kinerja against serapan anggaran, selisih or rasio (core/indicators/efisiensi.ts).
import {
  bacaan,
  banding,
  jika,
  jumlahRapi,
  known,
  metodeDari,
  nilaiAngka,
  P,
  VALUE,
} from "../../core/formulas";
import { efisiensi } from "../../core/indicators";
import type { MetodeEfisiensi } from "../../core/indicators";
import { fromHasil } from "../excelValue";
import { definisi } from "../definisi";

export default definisi({
  nama: "EFISIENSI",
  parameter: [
    { nama: "capaian", jenis: "per-sel", id: "Capaian kinerja (%).", en: "Performance achievement (%)." },
    { nama: "serapan", jenis: "per-sel", id: "Serapan anggaran (%).", en: "Budget absorption (%)." },
    {
      nama: "metode",
      opsional: true,
      jenis: "pilihan",
      id: '"selisih" (bawaan) atau "rasio".',
      en: '"selisih" (difference, default) or "rasio" (ratio).',
    },
  ],
  doc: {
    excel:
      "Efisiensi: capaian kinerja dibanding serapan anggaran, dengan metode yang disebut: selisih (capaian - serapan, poin; bawaan) atau rasio (capaian / serapan x 100).",
    id: 'Efisiensi: "selisih" capaian − serapan (poin, bawaan) atau "rasio" capaian / serapan × 100.',
    en: 'Efficiency: "selisih" achievement − absorption (points, default) or "rasio" achievement / absorption × 100.',
    hasil: { id: "Nilai efisiensi menurut metode.", en: "The efficiency by the method." },
  },
  contoh: [
    { args: [98, 92.5], hasil: 5.5 },
    { args: [98, 98, "rasio"], hasil: 100 },
    { args: [97.29, 97.29], hasil: 0 },
  ],
  hitung(capaianKinerja: unknown, serapanAnggaran: unknown, metode?: unknown) {
    // core validates the option words (and their aliases) at run time
    return fromHasil(efisiensi(capaianKinerja, serapanAnggaran, metode as MetodeEfisiensi | undefined));
  },
  rumus(p) {
    const metode = metodeDari(efisiensi(100, 100, p.pilihan(2, P("metode")) as never), p.fungsi);
    const c = p.angka(0, P("capaian kinerja", "performance achievement"));
    const s = p.angka(1, P("serapan anggaran", "budget absorption"));
    const [C, S] = [nilaiAngka(c), nilaiAngka(s)];
    const rumus = metode === "rasio" ? `${C}/${S}*100` : known(s) === 0 ? C : jumlahRapi(C, "-", S);
    return bacaan(
      [
        { o: c, jikaKosong: "kosong" },
        { o: s, jikaKosong: "kosong" },
      ],
      jika(banding(s, "<", 0), VALUE, rumus),
    );
  },
});
