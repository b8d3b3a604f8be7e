// What the twenty-fifth form set (test/forms-blind23, Sulawesi and Bali kota offices) taught:
// "Perkembangan thd 2023 (%)" is a growth; "Realisasi per Triwulan > TW I .. TW IV | Tahun 2024"
// ends with the year's own realisation; a PK's Rencana Aksi "Rencana Capaian per Triwulan" holds
// quarter targets; a bidang urusan row with its own figures is the sum of its programs.
import { detectTables } from "../../../src/core/detect";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const roles = (s: SheetSpec) => detectTables(sheet(s))[0].columns.map((c) => [c.role, c.year ?? null]);

it('reads "Perkembangan thd 2023 (%)" as a growth', () => {
  expect(
    roles({
      name: "Tabel 3.2",
      rows: [
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Realisasi 2023",
          "Target 2024",
          "Realisasi 2024",
          "Perkembangan thd 2023 (%)",
        ],
        [1, "Jumlah kunjungan wisatawan mancanegara", "orang", 412_580, 450_000, 468_215, 13.48],
        [2, "Rata-rata lama tinggal wisatawan", "hari", 2.84, 3, 2.92, 2.82],
      ],
    }).map(([r]) => r),
  ).toEqual(["no", "indikator", "satuan", "realisasi", "target", "realisasi", "pertumbuhan"]);
});

it("reads the year after its quarters as the year's realisation", () => {
  expect(
    roles({
      name: "Tabel 3.3",
      rows: [
        ["Kunjungan Wisatawan per Triwulan Tahun 2024"],
        [],
        ["No", "Uraian", "Satuan", "Realisasi per Triwulan", null, null, null, "Tahun 2024"],
        ["No", "Uraian", "Satuan", "TW I", "TW II", "TW III", "TW IV", "Tahun 2024"],
        [1, "Wisatawan mancanegara", "orang", 98_412, 121_305, 142_660, 105_838, 468_215],
        [2, "Wisatawan nusantara", "orang", 301_245, 318_970, 352_118, 355_307, 1_327_640],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4"],
    }).slice(3),
  ).toEqual([
    ["realisasi", 2024],
    ["realisasi", 2024],
    ["realisasi", 2024],
    ["realisasi", 2024],
    ["realisasi", 2024],
  ]);
});

it("reads a Rencana Aksi's planned achievement per quarter as targets", () => {
  expect(
    roles({
      name: "Rencana Aksi 2025",
      rows: [
        ["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025"],
        [],
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Target Tahunan",
          "Rencana Capaian per Triwulan",
          null,
          null,
          null,
        ],
        ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"],
        [1, "Persentase koperasi aktif", "%", 68.5, 62, 64.5, 66, 68.5],
        [2, "Jumlah wirausaha baru yang difasilitasi", "orang", 350, 50, 100, 100, 100],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3"],
    }).slice(3),
  ).toEqual([
    ["target", 2025],
    ["target", 2025],
    ["target", 2025],
    ["target", 2025],
    ["target", 2025],
  ]);
});

function rkpd(bidang: number): SheetSpec {
  return {
    name: "Tabel T-C.33",
    rows: [
      [
        "No",
        "Kode",
        "Urusan / Bidang Urusan / Program",
        "Indikator Kinerja Program",
        "Target 2026",
        "Pagu Indikatif 2026 (Rp)",
      ],
      ["", "1.03", "BIDANG URUSAN PEKERJAAN UMUM DAN PENATAAN RUANG", "", null, bidang],
      [
        4,
        "1.03.02",
        "PROGRAM PENGELOLAAN SUMBER DAYA AIR",
        "Persentase drainase kondisi baik",
        64,
        18_450_000_000,
      ],
      [
        5,
        "1.03.10",
        "PROGRAM PENYELENGGARAAN JALAN",
        "Persentase jalan kondisi mantap",
        81.5,
        35_780_600_000,
      ],
    ],
  };
}

ruleTester(sumMismatch, {
  valid: [{ name: "a bidang row that adds its programs", sheets: [rkpd(54_230_600_000)] }],
  invalid: [
    {
      name: "a bidang row typed with two digits swapped",
      sheets: [rkpd(54_320_600_000)],
      findings: [{ sheet: "Tabel T-C.33", cell: "F2", expected: 54_230_600_000, actual: 54_320_600_000 }],
    },
  ],
});
