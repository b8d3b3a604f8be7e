// What the seventeenth form set (test/forms-blind15, performance accountability) taught: a PK's
// Rencana Aksi targets per quarter are parts of the year, not the year's target; "Kriteria" is the
// predikat and "Penjelasan" beside results a remark; lettered lines under a numbered one add up
// to it; "JUMLAH ..." written across the No column is a total; "% Capaian thd Target Akhir
// Renstra" is a capaian against the end; a note saying which final conditions are sums.
import { detectTables } from "../../../src/core/detect";
import { crossTableMismatch } from "../../../src/core/rules/crossTableMismatch";
import { kondisiAkhirMismatch } from "../../../src/core/rules/kondisiAkhirMismatch";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const roles = (s: SheetSpec) =>
  detectTables(sheet(s))[0].columns.map((c) => [c.role, c.endOfPeriod ?? false]);

const pk: SheetSpec = {
  name: "PK 2025",
  rows: [
    ["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025"],
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target"],
    [1, "Produksi perikanan tangkap", "ton", 14_250],
    [2, "Nilai Tukar Nelayan (NTN)", "indeks", 104.8],
  ],
};
const rencanaAksi = (tahunan: number): SheetSpec => ({
  name: "Rencana Aksi 2025",
  rows: [
    ["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025"],
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target Tahun 2025", "Target per Triwulan", null, null, null],
    ["No", "Indikator Kinerja", "Satuan", "Target Tahun 2025", "TW I", "TW II", "TW III", "TW IV"],
    [1, "Produksi perikanan tangkap", "ton", tahunan, 2_850, 3_420, 4_380, 3_600],
    [2, "Nilai Tukar Nelayan (NTN)", "indeks", 104.8, 104.2, 104.45, 104.6, 104.8],
  ],
  merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3"],
});

ruleTester(crossTableMismatch, {
  valid: [{ name: "quarterly targets beside the PK's yearly ones", sheets: [pk, rencanaAksi(14_250)] }],
  invalid: [
    {
      name: "a Rencana Aksi's yearly target that is not the PK's",
      sheets: [pk, rencanaAksi(12_450)],
      findings: [{ sheet: "Rencana Aksi 2025", cell: "D5" }],
    },
  ],
});

describe("the columns of an LKjIP", () => {
  it('reads "Kriteria" as the predikat and "Penjelasan" beside results as a remark', () => {
    const s: SheetSpec = {
      name: "Tabel 3.1",
      rows: [
        [
          "No.",
          "Indikator Kinerja Sasaran",
          "Satuan",
          "Target",
          "Realisasi",
          "Capaian (%)",
          "Kriteria",
          "Penjelasan",
        ],
        [
          1,
          "Persentase jalan kabupaten dalam kondisi mantap",
          "%",
          78.5,
          80.12,
          102.06,
          "Sangat Tinggi",
          null,
        ],
        [
          2,
          "Luas genangan banjir di kawasan perkotaan",
          "ha",
          120,
          146,
          78.33,
          "Tinggi",
          "Polaritas negatif",
        ],
      ],
    };
    expect(
      roles(s)
        .map(([r]) => r)
        .slice(5),
    ).toEqual(["capaian", "predikat", "keterangan"]);
  });

  it('reads "Rencana Tingkat Capaian" as the target (forms-blind17)', () => {
    const s: SheetSpec = {
      name: "Tabel 3.2",
      rows: [
        ["No", "Indikator Kinerja", "Satuan", "Rencana Tingkat Capaian", "Realisasi", "Capaian (%)"],
        [1, "Indeks Kepuasan Masyarakat (IKM) terhadap layanan PATEN", "nilai", 82, 84.36, 102.88],
        [2, "Persentase pengaduan masyarakat yang ditindaklanjuti", "%", 95, 97.5, 102.63],
      ],
    };
    expect(
      roles(s)
        .map(([r]) => r)
        .slice(3),
    ).toEqual(["target", "realisasi", "capaian"]);
  });

  it('reads "% Capaian thd Target Akhir Renstra" as a capaian against the end', () => {
    const s: SheetSpec = {
      name: "Tabel 3.3",
      rows: [
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Realisasi 2024",
          "Target Akhir Renstra (2026)",
          "% Capaian thd Target Akhir Renstra",
        ],
        [1, "Cakupan kepesertaan JKN", "%", 98.42, 98, 100.43],
        [2, "Persentase puskesmas terakreditasi paripurna", "%", 46.67, 60, 77.78],
      ],
    };
    expect(roles(s)[5]).toEqual(["capaian", true]);
  });
});

function pad(pajak: number): SheetSpec {
  return {
    name: "PAD 2024",
    rows: [
      ["No", "Jenis Pendapatan", "Target 2024 (Rp)", "Realisasi 2024 (Rp)"],
      [1, "Pajak Daerah", pajak, 369_520_000_000],
      ["a.", "PBJT atas Makanan dan/atau Minuman", 118_500_000_000, 127_846_215_440],
      ["b.", "Pajak Reklame", 14_600_000_000, 15_227_430_000],
      ["c.", "BPHTB", 98_700_000_000, 226_446_354_560],
      [2, "Retribusi Daerah", 52_600_000_000, 49_873_540_250],
      ["JUMLAH PENDAPATAN ASLI DAERAH", "JUMLAH PENDAPATAN ASLI DAERAH", 284_400_000_000, 419_393_540_250],
    ],
  };
}

ruleTester(sumMismatch, {
  valid: [{ name: "lettered lines that add up to their numbered line", sheets: [pad(231_800_000_000)] }],
  invalid: [
    {
      name: "a numbered line's SUM that leaves one lettered line out",
      sheets: [pad(133_100_000_000)],
      findings: [{ sheet: "PAD 2024", cell: "C2", expected: 231_800_000_000, actual: 133_100_000_000 }],
    },
  ],
});

function bab4(tps3r: number): SheetSpec {
  return {
    name: "Bab IV",
    rows: [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Kondisi Kinerja pada Akhir Periode Renstra",
      ],
      [1, "Persentase sampah yang tertangani", "%", 72, 75, 78, 78],
      [2, "Jumlah TPS3R yang dibangun", "unit", 2, 3, 3, tps3r],
      [3, "Luas RTH publik yang dipelihara", "ha", 392, 398.5, 405, 405],
      [],
      [
        "- Kondisi kinerja pada akhir periode untuk indikator persentase dan luas adalah target tahun ke-3; untuk indikator jumlah sarana yang dibangun atau direvitalisasi adalah jumlah target tahun ke-1 s.d. ke-3.",
      ],
    ],
  };
}

ruleTester(kondisiAkhirMismatch, {
  valid: [{ name: "a built count that adds its targets, as the note says", sheets: [bab4(8)] }],
  invalid: [
    {
      name: "a built count that quotes its last target against the note",
      sheets: [bab4(3)],
      findings: [{ sheet: "Bab IV", cell: "G3", expected: 8, actual: 3 }],
    },
  ],
});
