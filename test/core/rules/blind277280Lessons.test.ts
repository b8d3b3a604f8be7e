// What forms-blind277 .. 280 taught (aquaculture, the Inspektorat, junior secondary schools,
// waste): a typed survival rate among "=100-K8" formulas is held to what its own row gives, and
// a note "indikator X dan Y bersifat negatif" names X and Y.
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a typed value among '=100-K8' formulas (forms-blind277)", () => {
  const spec = (sr: number): SheetSpec => ({
    name: "Rekap TW 2024",
    rows: [
      ["REKAPITULASI KESEHATAN IKAN PER TRIWULAN TAHUN 2024"],
      [],
      ["Triwulan", "Benih Ditebar", "Ikan Mati", "Tingkat Kematian (%)", "Kelangsungan Hidup / SR (%)"],
      ["TW I", 640, 71.4, 11.16, 88.84],
      ["TW II", 820, 84.6, 10.32, 89.68],
      ["TW III", 910, 118.3, 13, sr],
      ["TW IV", 760, 66.9, 8.8, 91.2],
    ],
    formulas: {
      D4: "ROUND(C4/B4*100,2)",
      D5: "ROUND(C5/B5*100,2)",
      D6: "ROUND(C6/B6*100,2)",
      D7: "ROUND(C7/B7*100,2)",
      E4: "100-D4",
      E5: "100-D5",
      E7: "100-D7",
    },
  });

  it("names the typed 104,6 where the row gives 87", () => {
    expect(foundOn(spec(87))).not.toContainEqual(["hardcoded-value", "E6"]);
    expect(foundOn(spec(104.6))).toContainEqual(["hardcoded-value", "E6"]);
  });
});

describe("a note 'indikator X dan Y bersifat negatif' (forms-blind280)", () => {
  const spec = (capaian: number): SheetSpec => ({
    name: "Tabel 3.2",
    rows: [
      ["Tabel 3.2 Capaian Indikator Kinerja Sasaran Tahun 2024"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Persentase sampah terkelola", "%", 70, 66.8, 95.43],
      [2, "Timbulan sampah per kapita", "kg/jiwa/hari", 0.62, 0.66, 93.55],
      [3, "Volume sampah yang dibuang ke TPA", "ton/hari", 180, 171, capaian],
      [4, "Jumlah bank sampah aktif", "unit", 85, 79, 92.94],
      [],
      [
        "Indikator timbulan per kapita dan volume ke TPA bersifat negatif: capaian = (2 x target - realisasi) / target x 100.",
      ],
    ],
  });

  it("reads both subjects as lower-is-better", () => {
    expect(foundOn(spec(105))).toEqual([]);
    expect(foundOn(spec(95))).toContainEqual(["capaian-mismatch", "F6"]);
  });
});

describe("the same note beside what is done about its subject (forms-blind71, kept)", () => {
  const spec = (capaian: number): SheetSpec => ({
    name: "T-C.29 2024",
    rows: [
      ["REVIU RENSTRA TAHUN 2024"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Luas serangan OPT perkebunan", "ha", 1200, 1100, 108.33],
      [2, "Luas areal perkebunan yang dikendalikan dari serangan OPT", "ha", 3800, 3650, capaian],
      [3, "Produktivitas kopi robusta", "kg/ha", 850, 820, 96.47],
      [],
      [
        "*) Indikator luas serangan OPT bersifat negatif; tingkat capaian = (2 x target - realisasi) / target x 100.",
      ],
    ],
  });

  it("reads the area controlled as more-is-better", () => {
    expect(foundOn(spec(96.05))).toEqual([]);
    expect(foundOn(spec(103.95))).toContainEqual(["capaian-mismatch", "F5"]);
  });
});
