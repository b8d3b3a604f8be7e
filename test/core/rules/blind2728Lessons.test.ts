// What the twenty-ninth and thirtieth form sets (test/forms-blind27, Gorontalo and Kalimantan
// Utara's SAKIP documents; test/forms-blind28, Sumatera Barat and Riau's workbooks of several
// sheets) taught: a PK's "Cara Rekap" column says per row whether the quarters add up; an amount
// in rupiah named "Nilai transaksi" is a flow; a count "yang terlayani" is no certain level; a
// capaian beside the second target of its year pairs with the nearest; "Renstra 2022-2026 >
// Target Akhir" is the target of 2026; T-C.27's kondisi akhir Rp is the period's pagu; an SPM's
// "Jumlah Sasaran" and "Jumlah Terlayani" under a group heading are its target and realisation; a
// DPA Ringkasan's account over its only sub-account is its total. And (forms-blind20's gap) a
// yearless growth beside the realisations of two years is the newer year's.
import { detectTables } from "../../../src/core/detect";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const TW = ["TW I", "TW II", "TW III", "TW IV", "Setahun"];

/** A PK monitoring table: targets and realisations per quarter, the year, and how it is rolled up. */
function pk(rows: Array<[string, string, number[], number[], string]>): SheetSpec {
  return {
    name: "PK 2024",
    rows: [
      ["MONITORING CAPAIAN PERJANJIAN KINERJA TAHUN 2024"],
      [],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        ...TW.map(() => "Target Tahun 2024"),
        ...TW.map(() => "Realisasi Tahun 2024"),
        "Cara Rekap",
      ],
      ["No", "Indikator Kinerja", "Satuan", ...TW, ...TW, "Cara Rekap"],
      ...rows.map(([nama, satuan, t, r, cara], i) => [i + 1, nama, satuan, ...t, ...r, cara]),
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:H3", "I3:M3", "N3:N4"],
  };
}

const LELANG: [string, string, number[], number[], string] = [
  "Nilai transaksi pasar lelang komoditas agro",
  "Rp miliar",
  [12, 15, 18, 15, 60],
  [10.4, 16.2, 19.5, 17.1, 63.2],
  "Akumulasi TW I s.d. TW IV",
];
const DISPARITAS: [string, string, number[], number[], string] = [
  "Disparitas harga bahan pokok antar kabupaten/kota",
  "%",
  [12, 11.5, 11, 10.5, 10.5],
  [12.4, 11.2, 10.9, 9.8, 9.8],
  "Posisi TW IV",
];
const PENUMPANG: [string, string, number[], number[], string] = [
  "Jumlah penumpang angkutan sungai yang terlayani",
  "orang",
  [96_500, 104_200, 118_300, 131_000, 450_000],
  [95_100, 101_800, 120_400, 129_700, 447_000],
  "",
];

/** An LKjIP analysis: three years' realisations, the year's target, the Renstra's end, a national one. */
function analisis(nasional: number): SheetSpec {
  return {
    name: "Tabel 3.3",
    rows: [
      ["Analisis Capaian Kinerja Sasaran Tahun 2024"],
      [],
      [
        "No",
        "Indikator",
        "Satuan",
        "Realisasi",
        "Realisasi",
        "Realisasi",
        "Tahun 2024",
        "Tahun 2024",
        "Renstra 2022-2026",
        "Pembanding Nasional",
        "Pembanding Nasional",
      ],
      [
        "No",
        "Indikator",
        "Satuan",
        "2022",
        "2023",
        "2024",
        "Target",
        "Capaian (%)",
        "Target Akhir",
        "Target RPJMN 2024",
        "Capaian thd Nasional (%)",
      ],
      [1, "Nilai Tukar Nelayan (NTN)", "indeks", 104.2, 105.8, 107.35, 106, 101.27, 108, 107, 100.33],
      [
        2,
        "Persentase produk perikanan yang tidak memenuhi standar mutu",
        "%",
        8.4,
        7.1,
        5.9,
        6.5,
        109.23,
        5,
        6,
        nasional,
      ],
      [],
      ["Keterangan: indikator nomor 2 bernilai negatif (semakin kecil semakin baik)."],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:H3", "J3:K3"],
  };
}

function spm(f11: number): SheetSpec {
  return {
    name: "SPM Sosial 2024",
    rows: [
      ["LAPORAN PENCAPAIAN STANDAR PELAYANAN MINIMAL BIDANG SOSIAL TAHUN 2024"],
      [],
      [
        "No",
        "Jenis Layanan Dasar",
        "Indikator Mutu Layanan",
        "Capaian Penerima Layanan (orang)",
        null,
        "Persentase (%)",
      ],
      [
        "No",
        "Jenis Layanan Dasar",
        "Indikator Mutu Layanan",
        "Jumlah Sasaran",
        "Jumlah Terlayani",
        "Persentase (%)",
      ],
      [
        1,
        "Rehabilitasi sosial dasar penyandang disabilitas",
        "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya",
        412,
        386,
        93.69,
      ],
      [
        2,
        "Rehabilitasi sosial dasar anak terlantar",
        "Persentase anak terlantar yang terpenuhi kebutuhan dasarnya",
        268,
        241,
        f11,
      ],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"],
  };
}

function ringkasan(modal: number): SheetSpec {
  return {
    name: "Ringkasan",
    rows: [
      ["RINGKASAN DPA BELANJA SUB KEGIATAN TAHUN ANGGARAN 2025"],
      [],
      ["Kode Rekening", "Uraian", "Jumlah Anggaran 2025 (Rp)"],
      ["5", "BELANJA DAERAH", 610_850_000],
      ["5.1", "BELANJA OPERASI", 189_350_000],
      ["5.1.02", "Belanja Barang dan Jasa", 189_350_000],
      ["5.1.02.01", "Belanja Barang", 29_550_000],
      ["5.1.02.02", "Belanja Jasa", 109_800_000],
      ["5.1.02.03", "Belanja Pemeliharaan", 50_000_000],
      ["5.2", "BELANJA MODAL", modal],
      ["5.2.02", "Belanja Modal Peralatan dan Mesin", 421_500_000],
    ],
  };
}

it("reads 'Cara Rekap' as a remark, and a growth beside two years' realisations as the newer year's", () => {
  expect(detectTables(sheet(pk([LELANG])))[0].columns.at(-1)?.role).toBe("keterangan");
  const cols = detectTables(
    sheet({
      name: "PAD",
      rows: [
        ["LAPORAN TARGET DAN REALISASI PAJAK DAERAH TAHUN ANGGARAN 2024"],
        [],
        [
          "Kode Rekening",
          "Jenis Pajak",
          "Target (Rp)",
          "Realisasi 2024 (Rp)",
          "% Realisasi",
          "Realisasi Tahun 2023 (Rp)",
          "Pertumbuhan (%)",
        ],
        ["4.1.01.08", "PBJT atas Jasa Perhotelan", 6_250_000_000, 5_918_442_700, 94.7, 5_604_221_900, 5.61],
        ["4.1.01.13", "Pajak Reklame", 2_100_000_000, 2_356_218_400, 112.2, 2_011_775_000, 17.12],
      ],
    }),
  )[0].columns;
  expect([cols[6].role, cols[6].year]).toEqual(["pertumbuhan", 2024]);
});

it("reads 'Renstra 2022-2026 > Target Akhir' as the target of 2026, and pairs each capaian with its target", () => {
  const cols = detectTables(sheet(analisis(101.67)))[0].columns;
  expect(cols.slice(6).map((c) => [c.role, c.year])).toEqual([
    ["target", 2024],
    ["capaian", 2024],
    ["target", 2026],
    ["target", 2024],
    ["capaian", 2024],
  ]);
});

it("reads T-C.27's kondisi akhir Rp as the final condition in money, and an SPM's counts under a group heading", () => {
  const tc27 = detectTables(
    sheet({
      name: "T-C.27",
      rows: [
        ["Rencana Program, Kegiatan dan Pendanaan"],
        [],
        [
          "Kode",
          "Program",
          "Indikator",
          "Sat.",
          "Tahun 2025",
          null,
          "Tahun 2026",
          null,
          "Kondisi Kinerja Akhir Renstra (2026)",
          null,
        ],
        ["Kode", "Program", "Indikator", "Sat.", "Tgt", "Pagu (Rp)", "Tgt", "Pagu (Rp)", "Tgt", "Pagu (Rp)"],
        [
          "1.03.02",
          "PROGRAM SDA",
          "Persentase daerah irigasi dalam kondisi baik",
          "%",
          63.5,
          8_805_000,
          65.8,
          9_256_050,
          65.8,
          18_061_050,
        ],
      ],
      merges: ["E3:F3", "G3:H3", "I3:J3"],
    }),
  )[0].columns;
  // (the period's pagu until forms-blind149 .. 152: most sets, as the heading, call it the kondisi akhir)
  expect([tc27[8].role, tc27[9].role, tc27[9].ukuran, tc27[9].certain]).toEqual([
    "kondisi-akhir",
    "kondisi-akhir",
    "Rp",
    true,
  ]);
  expect(
    detectTables(sheet(spm(89.93)))[0]
      .columns.slice(1)
      .map((c) => [c.role, c.year]),
  ).toEqual([
    ["indikator", undefined],
    ["indikator", undefined],
    ["target", 2024],
    ["realisasi", 2024],
    ["capaian", 2024],
  ]);
});

ruleTester(sumMismatch, {
  valid: [
    {
      name: "a PK's amounts accumulated and levels at TW IV, as its Cara Rekap says",
      sheets: [pk([LELANG, DISPARITAS])],
    },
    { name: "passengers served in a year are the sum of its quarters", sheets: [pk([PENUMPANG])] },
    { name: "a DPA Ringkasan whose accounts add up", sheets: [ringkasan(421_500_000)] },
  ],
  invalid: [
    {
      name: "a PK's transaction value whose year leaves out TW IV",
      sheets: [
        pk([[LELANG[0], LELANG[1], LELANG[2], [10.4, 16.2, 19.5, 17.1, 46.1], LELANG[4]], DISPARITAS]),
      ],
      findings: [{ sheet: "PK 2024", cell: "M5", expected: 63.2, actual: 46.1 }],
    },
    {
      name: "a DPA Ringkasan's capital spending typed with two digits swapped",
      sheets: [ringkasan(412_500_000)],
      findings: [{ sheet: "Ringkasan", cell: "C10", expected: 421_500_000, actual: 412_500_000 }],
    },
  ],
});

ruleTester(capaianMismatch, {
  valid: [
    {
      name: "capaian against the year's and the national target, refleksi for the negative",
      sheets: [analisis(101.67)],
    },
    { name: "an SPM's percentages of the people served", sheets: [spm(89.93)] },
  ],
  invalid: [
    {
      name: "capaian of a negative indicator against the national target as R / T",
      sheets: [analisis(98.33)],
      findings: [{ sheet: "Tabel 3.3", cell: "K6", expected: 101.67, actual: 98.33 }],
    },
    {
      name: "an SPM percentage whose cached result is stale",
      sheets: [spm(98.51)],
      findings: [{ sheet: "SPM Sosial 2024", cell: "F6", expected: 89.93, actual: 98.51 }],
    },
  ],
});
