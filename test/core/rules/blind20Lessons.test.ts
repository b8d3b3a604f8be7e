// What the twenty-second form set (test/forms-blind20, a kabupaten's small offices) taught:
// "Kin." is Kinerja (K), not money; a JUMLAH whose formula adds programs counts the lettered lines
// under a sub kegiatan once, through the sub kegiatan, and those lines are its parts; "JUMLAH
// PENDAPATAN" across the code column is a total; a lone "%" right after a realisation is its
// ratio; a yearless pagu takes the title's year beside a column of that year and last year's
// history; "Target Akhir Renstra" after a plan's yearly targets is its final condition, and a
// note "... indikator jumlah bank sampah unit baru adalah jumlah kumulatif" is obeyed; a note that
// lists the negative indicators by number beats a one-word guess; a formula that cannot compute
// from a text realisation ("BB (68,37)") does not make the typed capaian hardcoded.
import { detectTables } from "../../../src/core/detect";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { hardcodedValue } from "../../../src/core/rules/hardcodedValue";
import { kondisiAkhirMismatch } from "../../../src/core/rules/kondisiAkhirMismatch";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const roles = (s: SheetSpec) => detectTables(sheet(s))[0].columns.map((c) => [c.role, c.year, c.ukuran]);

it('reads "Kin." under a year as performance, beside its Rp', () => {
  expect(
    roles({
      name: "E.81",
      rows: [
        [
          "Kode",
          "Indikator Kinerja",
          "Satuan",
          "Target Renja Tahun 2024",
          null,
          "Realisasi Tahun 2024",
          null,
        ],
        ["Kode", "Indikator Kinerja", "Satuan", "Kin.", "Rp", "Kin.", "Rp"],
        ["3.27.02", "Produksi padi (GKG)", "ton", 186_400, 3_625_000_000, 188_532.6, 3_580_165_000],
        ["3.27.07", "Persentase kelompok tani kelas madya", "%", 42, 612_500_000, 42.6, 595_475_000],
      ],
      merges: ["D1:E1", "F1:G1"],
    }),
  ).toEqual([
    ["kode", undefined, undefined],
    ["indikator", undefined, undefined],
    ["satuan", undefined, undefined],
    ["target", 2024, "K"],
    ["anggaran", 2024, "Rp"],
    ["realisasi", 2024, "K"],
    ["realisasi-anggaran", 2024, "Rp"],
  ]);
});

it('reads a lone "%" after a realisation as its ratio, and the pagu of the title\'s year', () => {
  expect(
    roles({
      name: "Realisasi PAD 2024",
      rows: [
        ["LAPORAN TARGET DAN REALISASI PAJAK DAERAH TAHUN ANGGARAN 2024"],
        [],
        [
          "Kode Rek.",
          "Uraian",
          "Target (Rp)",
          "Realisasi s.d. 31 Desember 2024 (Rp)",
          "%",
          "Realisasi Tahun 2023 (Rp)",
        ],
        ["4.1.01.08", "PBJT atas Jasa Perhotelan", 6_250_000_000, 5_918_442_700, 94.7, 5_604_221_900],
        ["4.1.01.13", "Pajak Reklame", 2_100_000_000, 2_356_218_400, 112.2, 2_011_775_000],
      ],
    }).slice(2, 5),
  ).toEqual([
    ["anggaran", 2024, "Rp"],
    ["realisasi-anggaran", 2024, "Rp"],
    ["capaian", 2024, "Rp"],
  ]);
});

// a Renja of a kecamatan: works by kelurahan as lettered lines under a sub kegiatan; `sampai` is
// the last line the sub kegiatan's SUM reaches (7 = all three)
function renja(sampai: number): SheetSpec {
  const lines = [312_400_000, 287_650_000, 264_800_000];
  const sub = lines.slice(0, sampai - 4).reduce((a, b) => a + b, 0);
  const keg = sub + 198_400_000;
  return {
    name: "Renja Kec 2025",
    rows: [
      [
        "No",
        "Kode",
        "Program / Kegiatan / Sub Kegiatan",
        "Indikator Kinerja",
        "Target 2025",
        "Pagu Indikatif 2025 (Rp)",
      ],
      [1, "7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT", "Persentase kelurahan berprasarana baik", 82.5, keg],
      ["", "7.01.03.2.02", "Pembangunan Sarana dan Prasarana Kelurahan", "Jumlah paket", 11, keg],
      ["", "7.01.03.2.02.0001", "Pembangunan Sarana (Dana Kelurahan)", "Jumlah paket", 8, sub],
      ["", "", "a. Rehabilitasi drainase lingkungan", "Paket drainase", 3, lines[0]],
      ["", "", "b. Pembangunan jalan lingkungan", "Paket jalan", 3, lines[1]],
      ["", "", "c. Tembok penahan tanah", "Paket TPT", 2, lines[2]],
      ["", "7.01.03.2.02.0002", "Pemberdayaan Masyarakat di Kelurahan", "Jumlah kelurahan", 4, 198_400_000],
      ["JUMLAH", "", "", "", null, keg],
    ],
    formulas: { F2: "F3", F3: "F4+F8", F4: `SUM(F5:F${sampai})`, F9: "F2" },
  };
}

ruleTester(sumMismatch, {
  valid: [
    {
      name: "a sub kegiatan whose SUM adds its lettered lines, under a JUMLAH of programs",
      sheets: [renja(7)],
    },
  ],
  invalid: [
    {
      name: "a sub kegiatan whose SUM stops a line short (the totals above follow it)",
      sheets: [renja(6)],
      findings: [{ sheet: "Renja Kec 2025", cell: "F4", expected: 864_850_000, actual: 600_050_000 }],
    },
    {
      name: "JUMLAH PENDAPATAN across the code column over a stale formula",
      sheets: [
        {
          name: "LRA BLUD 2024",
          rows: [
            ["Kode Rek.", "Uraian", "Target (Rp)", "Realisasi (Rp)"],
            ["4.1.04.16.01", "Pendapatan Jasa Layanan", 62_250_000_000, 63_115_614_500],
            ["4.1.04.16.02", "Hasil Kerja Sama", 1_150_000_000, 1_087_250_000],
            ["4.1.04.16.05", "Jasa Giro", 320_000_000, 411_385_217],
            ["JUMLAH PENDAPATAN", "JUMLAH PENDAPATAN", 63_720_000_000, 64_500_998_500],
          ],
          merges: ["A5:B5"],
          formulas: { C5: "C2+C3+C4", D5: "D2+D3+D4" },
        },
      ],
      findings: [{ sheet: "LRA BLUD 2024", cell: "D5", expected: 64_614_249_717, actual: 64_500_998_500 }],
    },
  ],
});

function renstra(bankAkhir: number): SheetSpec {
  return {
    name: "Renstra 2025-2029",
    rows: [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Baseline Tahun 2024",
        "Target Kinerja Tahun",
        null,
        null,
        null,
        null,
        "Target Akhir Renstra",
      ],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Baseline Tahun 2024",
        "2025",
        "2026",
        "2027",
        "2028",
        "2029",
        "Target Akhir Renstra",
      ],
      [1, "Indeks Kualitas Lingkungan Hidup", "indeks", 66.42, 67.1, 67.85, 68.6, 69.35, 70.1, 70.1],
      [2, "Persentase sampah terkelola", "%", 61.3, 64, 67, 70, 73, 76, 76],
      [3, "Jumlah bank sampah unit baru yang terbentuk", "unit", 12, 15, 15, 20, 20, 25, bankAkhir],
      [],
      [
        "Catatan: Target akhir Renstra indikator indeks dan persentase adalah target tahun 2029; indikator jumlah bank sampah unit baru adalah jumlah kumulatif selama lima tahun.",
      ],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:I1", "J1:J2"],
  };
}

it('reads "Target Akhir Renstra" after a plan\'s yearly targets as its final condition', () => {
  expect(
    detectTables(sheet(renstra(95)))[0]
      .columns.map((c) => c.role)
      .slice(-1),
  ).toEqual(["kondisi-akhir"]);
});

ruleTester(kondisiAkhirMismatch, {
  valid: [{ name: "the new bank sampah summed over five years, as the note says", sheets: [renstra(95)] }],
  invalid: [
    {
      name: "the new bank sampah quoting the last target only",
      sheets: [renstra(25)],
      findings: [{ sheet: "Renstra 2025-2029", cell: "J5", expected: 95, actual: 25 }],
    },
  ],
});

function inspektorat(capaianTuntutan: number): SheetSpec {
  return {
    name: "Tabel 3.2",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian 2024 (%)"],
      [1, "Nilai SAKIP Pemerintah Kabupaten", "predikat (nilai)", 70.5, "BB (68,37)", 96.98],
      [2, "Persentase temuan berulang hasil pemeriksaan", "%", 9, 7.65, 115],
      [3, "Persentase rekomendasi yang ditindaklanjuti", "%", 85, 86.92, 102.26],
      [4, "Persentase penyelesaian tuntutan ganti kerugian daerah", "%", 60, 52.8, capaianTuntutan],
      [],
      [
        "1. Indikator nomor 2 bersifat negatif (semakin rendah semakin baik); capaian = (2 x target - realisasi) / target x 100 %.",
      ],
    ],
    formulas: {
      F3: "ROUND((2*D3-E3)/D3*100,2)",
      F4: "ROUND(E4/D4*100,2)",
      F5: "ROUND(E5/D5*100,2)",
    },
  };
}

ruleTester(capaianMismatch, {
  valid: [
    { name: "settling claims for losses, positive by the note's list, at 88 %", sheets: [inspektorat(88)] },
  ],
  invalid: [
    {
      name: "a capaian of the settled claims that is neither convention",
      sheets: [inspektorat(80)],
      findings: [{ sheet: "Tabel 3.2", cell: "F5", expected: 88, actual: 80 }],
    },
  ],
});

ruleTester(hardcodedValue, {
  valid: [
    {
      name: "a typed capaian where the realisation is a grade with its score",
      sheets: [
        {
          ...inspektorat(88),
          formulas: { F3: "ROUND(E3/D3*100,2)", F4: "ROUND(E4/D4*100,2)", F5: "ROUND(E5/D5*100,2)" },
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a typed capaian where the formula could compute it",
      sheets: [
        {
          ...inspektorat(88),
          rows: inspektorat(88).rows.map((r, i) =>
            i === 1 ? [1, "Nilai SAKIP", "nilai", 70.5, 68.37, 96.98] : r,
          ),
          formulas: { F3: "ROUND(E3/D3*100,2)", F4: "ROUND(E4/D4*100,2)", F5: "ROUND(E5/D5*100,2)" },
        },
      ],
      findings: [{ sheet: "Tabel 3.2", cell: "F2", actual: 96.98 }],
    },
  ],
});
