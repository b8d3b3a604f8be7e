import { missingValue } from "../../../src/core/rules/missingValue";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Kota Blitar Renstra Tabel 2.3.1 (target, realisasi, rasio capaian per year), years 2019-2021:
// 2021 not yet realised when the table was made (its realisation column is blank). The row of
// column numbers under the header is the seed's; without it the detector reads the section row
// "I Indikator Tujuan" as a third header row.
const header: CellValue[][] = [
  [
    "N0",
    "Indikator Kinerja Sesuai Tugas dan Fungsi Perangkat Daerah",
    "Satuan",
    "Target Renstra Tahun ke",
    null,
    null,
    "Realisasi Capaian tahun ke",
    null,
    null,
    "Rasio Capaian pada Tahun ke (%)",
    null,
    null,
  ],
  [null, null, null, 2019, 2020, 2021, 2019, 2020, 2021, 2019, 2020, 2021],
  [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
];
const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:I1", "J1:L1"];
const section = (t: string): CellValue[] => [t];
const gini: CellValue[] = [
  1,
  "Indeks Gini (IKU Kota)",
  "Indeks",
  0.36,
  0.36,
  0.36,
  0.33,
  "NA",
  null,
  108.33,
  "NA",
  null,
];
const pmks: CellValue[] = [
  1,
  "Persentase Penurunan PMKS (IKU)",
  "%",
  1,
  1,
  1,
  3.25,
  -7.31,
  null,
  325,
  -731,
  null,
];
const mandiri: CellValue[] = [
  4,
  "Persentase Fakir Miskin yang mandiri (IKU)",
  "%",
  10,
  10,
  10,
  18.07,
  18.18,
  null,
  180.7,
  181.8,
  null,
];
const psks: CellValue[] = [
  3,
  "Persentase PSKS yang dibina dan aktif (IKU)",
  "%",
  99,
  100,
  100,
  100,
  100,
  null,
  101.01,
  100,
  null,
];
const tabel = (rows: CellValue[][], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name: "T 2.3.1",
  rows: [...header, ...rows],
  merges,
  ...extra,
});
const base = [section("I Indikator Tujuan"), gini, section("II Indikator Sasaran"), pmks, psks, mandiri];

ruleTester(missingValue, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "the seed's rows: NA, a future year left blank", sheets: [tabel(base)] },
    {
      name: "a future year with capaian formulas returning 0 while no realisation is in yet",
      sheets: [tabel(base.map((r) => (r.length > 1 ? [...r.slice(0, 11), 0] : r)))],
    },
    {
      name: "a target written '-' next to a realisation is deliberate (info at most); a row of '-' targets",
      sheets: [
        tabel([
          ...base,
          [5, "Persentase Fakir Miskin yang berdaya", "%", "-", 10, 10, 18.07, 18.18, null, "-", 181.8, null],
          [
            6,
            "Persentase lansia terlantar terlayani",
            "%",
            "-",
            "-",
            "-",
            null,
            null,
            null,
            null,
            null,
            null,
          ],
        ]),
      ],
    },
    {
      name: "total rows, zero and negative values, rows without indicator text",
      sheets: [
        tabel([
          ...base,
          [7, "Persentase korban bencana dievakuasi", "%", 80, 80, 80, 0, 0, null, 0, 0, null],
          [null, "Jumlah", null, null, null, null, 121.32, 118.18, null, null, null, null],
          [null, null, null, null, null, null, null, null, null, null, null, null],
        ]),
      ],
    },
    {
      name: "SPM rows with a target NSPK but no yearly targets before the SPM began (info only)",
      sheets: [
        {
          rows: [
            [
              "No",
              "Indikator",
              "Satuan",
              "Target NSPK",
              "Target 2017",
              "Target 2018",
              "Target 2019",
              "Realisasi 2017",
              "Realisasi 2018",
              "Realisasi 2019",
            ],
            [
              8,
              "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya",
              "%",
              100,
              null,
              null,
              100,
              100,
              100,
              100,
            ],
            [
              9,
              "Persentase anak terlantar yang terpenuhi kebutuhan dasarnya",
              "%",
              100,
              null,
              null,
              100,
              100,
              100,
              100,
            ],
          ],
        },
      ],
    },
    {
      name: "program table: second indicators have no Rp of their own",
      sheets: [
        {
          rows: [
            [
              "Kode",
              "Program/Kegiatan/Sub Kegiatan",
              "Indikator",
              "Satuan",
              "Target Kinerja Tahun 2022",
              null,
              "Realisasi Kinerja Tahun 2022",
              null,
            ],
            [null, null, null, null, "K", "Rp", "K", "Rp"],
            [
              "1.06.01.2.05.10",
              "Sub Kegiatan Sosialisasi Peraturan Perundang-Undangan",
              "Jumlah publikasi program/ kegiatan perangkat daerah",
              "publk",
              2,
              135345600,
              2,
              129438900,
            ],
            [
              null,
              null,
              "Jumlah event daerah dan hari besar nasional yang diikuti",
              "even",
              3,
              null,
              3,
              null,
            ],
          ],
          merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1"],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a realisation without its target, a capaian without realisation, a capaian without target",
      sheets: [
        tabel([
          ...base,
          [
            5,
            "Persentase Fakir Miskin yang berdaya",
            "%",
            null,
            10,
            10,
            18.07,
            null,
            null,
            180.7,
            181.8,
            null,
          ],
          [6, "Persentase PMKS terlatih", "%", 25, null, 35, 17.58, 19.7, null, 70.32, null, null],
        ]),
      ],
      findings: [
        {
          sheet: "T 2.3.1",
          cell: "D10",
          messageId: "targetBlank",
          data: {
            name: "Persentase Fakir Miskin yang berdaya: ",
            realisation: { id: "realisasi", en: "realisation" },
            year: " 2019",
            target: { id: "target", en: "target" },
          },
        },
        {
          sheet: "T 2.3.1",
          cell: "H10",
          messageId: "achievementWithoutRealisation",
          data: { name: "Persentase Fakir Miskin yang berdaya: ", year: " 2020", achievement: 181.8 },
        },
        {
          sheet: "T 2.3.1",
          cell: "E11",
          messageId: "targetBlank",
          data: {
            name: "Persentase PMKS terlatih: ",
            realisation: { id: "realisasi", en: "realisation" },
            year: " 2020",
            target: { id: "target", en: "target" },
          },
        },
      ],
    },
    {
      name: "a row without any target while the others have them",
      sheets: [
        tabel([
          ...base,
          [7, "Rasio rumah singgah per jumlah PMKS", "%", null, null, null, 1.2, 1.3, null, null, null, null],
        ]),
      ],
      findings: [
        {
          sheet: "T 2.3.1",
          cell: "D10",
          messageId: "noTargets",
          data: {
            name: "Rasio rumah singgah per jumlah PMKS: ",
            realised: { id: " (realisasinya terisi)", en: " (its realisations are filled)" },
            filled: "4",
          },
        },
      ],
    },
    {
      name: "money: realised Rp without its pagu",
      sheets: [
        {
          rows: [
            [
              "Uraian",
              "Anggaran 2019",
              "Anggaran 2020",
              "Realisasi Anggaran 2019",
              "Realisasi Anggaran 2020",
              "Rasio 2019",
              "Rasio 2020",
            ],
            ["Belanja Tidak Langsung", 3238828778, 3400000000, 2712279815, 3100000000, 83.74, 91.18],
            ["Belanja Langsung", 21434854461, null, 21014747235, 20000000000, 98.04, 95],
          ],
        },
      ],
      findings: [
        {
          cell: "C3",
          messageId: "targetBlank",
          data: {
            name: "Belanja Langsung: ",
            realisation: { id: "realisasi anggaran", en: "budget realisation" },
            year: " 2020",
            target: { id: "pagu anggaran", en: "budget" },
          },
        },
      ],
    },
  ],
});

describe("missing-value", () => {
  it("gives only an info for a '-' target next to a realisation", () => {
    const f = findingsOf(missingValue, [
      tabel([
        ...base,
        [5, "Persentase fakir miskin berdaya", "%", "-", 10, 10, 18.07, 18.18, null, null, 181.8, null],
      ]),
    ]);
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["D10", "info"]]);
  });
});
