// IKU.TARGETANTARA: the linear intermediate target for a year (core/indicators/targetAntara.ts).
import {
  bacaan,
  bandingOperand,
  bukanBulat,
  jika,
  jumlahRapi,
  known,
  nilaiAngka as A,
  NUM,
  P,
  VALUE,
} from "../../core/formulas";
import { targetAntara } from "../../core/indicators";
import { fromHasil } from "../excelValue";
import { definisi } from "../definisi";

export default definisi({
  nama: "TARGETANTARA",
  parameter: [
    { nama: "kondisiAwal", jenis: "nilai", id: "Kondisi awal.", en: "The starting condition." },
    {
      nama: "kondisiAkhir",
      jenis: "nilai",
      id: "Kondisi akhir (target tahun terakhir).",
      en: "The final condition (the last year's target).",
    },
    {
      nama: "tahunAwal",
      jenis: "nilai",
      id: "Tahun kondisi awal.",
      en: "The year of the starting condition.",
    },
    {
      nama: "tahunAkhir",
      jenis: "nilai",
      id: "Tahun kondisi akhir.",
      en: "The year of the final condition.",
    },
    {
      nama: "tahun",
      jenis: "per-sel",
      id: "Tahun yang dicari: sel atau rentang tahun.",
      en: "The year asked for: a cell or a range of years.",
    },
  ],
  doc: {
    excel: "Target antara (linear) untuk satu tahun di antara kondisi awal dan kondisi akhir.",
    id: "Target antara secara linear antara kondisi awal dan kondisi akhir.",
    en: "Linear intermediate target between the start and the end condition.",
    hasil: { id: "Target tahun itu.", en: "That year's target." },
  },
  contoh: [
    { args: [10, 20, 2021, 2026, 2023], hasil: 14 },
    { args: [-0.1, 0.2, 2021, 2024, 2022], hasil: 0 },
  ],
  hitung(
    kondisiAwal: unknown,
    kondisiAkhir: unknown,
    tahunAwal: unknown,
    tahunAkhir: unknown,
    tahun: unknown,
  ) {
    return fromHasil(targetAntara(kondisiAwal, kondisiAkhir, tahunAwal, tahunAkhir, tahun));
  },
  rumus(p) {
    const aw = p.angka(0, P("kondisi awal", "starting condition"));
    const ak = p.angka(1, P("kondisi akhir", "final condition"));
    const t0 = p.angka(2, P("tahun awal", "starting year"));
    const t1 = p.angka(3, P("tahun akhir", "final year"));
    const t = p.angka(4, P("tahun", "year"));
    const d = `(${A(ak)}-${A(aw)})*(${A(t)}-${A(t0)})/(${A(t1)}-${A(t0)})`;
    let f = known(aw) === 0 ? d : jumlahRapi(A(aw), "+", d);
    f = jika(bandingOperand(t, ">", t1), NUM, f);
    f = jika(bandingOperand(t, "<", t0), NUM, f);
    f = jika(bandingOperand(t0, ">=", t1), VALUE, f);
    f = jika(bukanBulat(t), VALUE, f);
    f = jika(bukanBulat(t1), VALUE, f);
    f = jika(bukanBulat(t0), VALUE, f);
    return bacaan(
      [
        { o: aw, jikaKosong: "tidak-tersedia" },
        { o: ak, jikaKosong: "tidak-tersedia" },
        { o: t0, jikaKosong: "tidak-tersedia" },
        { o: t1, jikaKosong: "tidak-tersedia" },
        { o: t, jikaKosong: "kosong" },
      ],
      f,
    );
  },
});
