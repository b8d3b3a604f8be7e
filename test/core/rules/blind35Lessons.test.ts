// What the thirty-seventh form set (test/forms-blind35, Sulawesi Barat and Kalimantan Tengah
// offices) taught: "Produksi Triwulan > I .. IV" are the quarters' realisations and "Posisi /
// Jumlah s.d. TW IV" the year's, where a stock summed is wrong and a count's sum is not asked
// for; a predikat that only follows a wrong capaian is that capaian's consequence.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

function produksi(kapal: number): SheetSpec {
  return {
    name: "Produksi 2024",
    rows: [
      ["LAPORAN PRODUKSI PERIKANAN TAHUN 2024"],
      [
        "No",
        "Indikator",
        "Satuan",
        "Target 2024",
        "Produksi Triwulan",
        null,
        null,
        null,
        "Posisi / Jumlah s.d. TW IV",
      ],
      ["No", "Indikator", "Satuan", "Target 2024", "I", "II", "III", "IV", "Posisi / Jumlah s.d. TW IV"],
      [1, "Jumlah pembudidaya ikan aktif", "RTP", 1850, 1712, 1768, 1805, 1842, 1842],
      [2, "Jumlah kapal perikanan terdaftar", "unit", 440, 412, 418, 425, 431, kapal],
      [
        3,
        "Jumlah benih ikan yang disalurkan",
        "ekor",
        1_200_000,
        250_000,
        310_000,
        345_000,
        280_000,
        1_185_000,
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3"],
  };
}

ruleTester(sumMismatch, {
  valid: [
    { name: "positions of stocks and sums of counts under 'Posisi / Jumlah'", sheets: [produksi(431)] },
  ],
  invalid: [
    {
      name: "a stock of registered boats summed over its quarters",
      sheets: [produksi(1686)],
      findings: [{ sheet: "Produksi 2024", cell: "I5", expected: 431, actual: 1686 }],
    },
  ],
});

it("names a predikat that follows a wrong capaian in that capaian's finding", () => {
  const g = sheet({
    name: "Tabel 3.3",
    rows: [
      ["PENGUKURAN KINERJA TAHUN 2024"],
      [
        "No",
        "Indikator",
        "Satuan",
        "Polaritas",
        "Target 2024",
        "Realisasi 2024",
        "Capaian 2024 (%)",
        "Predikat 2024",
      ],
      [1, "Indeks Kualitas Air", "indeks", "Positif", 52.5, 53.05, 101.05, "Sangat Tinggi"],
      [2, "Persentase sampah terkelola", "%", "Positif", 66, 57.1, 86.52, "Tinggi"],
      [3, "Jumlah pengaduan pencemaran yang tidak terselesaikan", "kasus", "Negatif", 5, 6, 120, "Tinggi"],
    ],
  });
  const found = runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter(
    (f) => f.severity !== "info",
  );
  expect(found.map((f) => `${f.rule} ${f.cell}`)).toEqual(["capaian-mismatch G5"]);
});
