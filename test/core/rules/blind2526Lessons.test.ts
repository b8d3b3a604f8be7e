// What the twenty-seventh and twenty-eighth form sets (test/forms-blind25, a province's review;
// test/forms-blind26, eastern Indonesia's improvised layouts) taught: an LKjIP's "Target Akhir
// RPJMD (2026)" is the end target its "% Capaian thd Akhir RPJMD" is measured against; a final
// condition takes the period's last year from the title; an LRA's "%" after "Lebih/(Kurang)" is
// the ratio, its surplus and net financing lines are balances, and financing received is no
// spending; a row-wise block's capaian takes its name and polarity from the block's first row,
// where a "Ket." column holding "Negatif" / "Positif" is the polarity.
import { detectTables } from "../../../src/core/detect";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { inconsistentFormula } from "../../../src/core/rules/inconsistentFormula";
import { serapanOver100 } from "../../../src/core/rules/serapanOver100";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

function lkjip(tpt: number): SheetSpec {
  return {
    name: "Tabel 3.1",
    rows: [
      ["PENGUKURAN CAPAIAN IKU TAHUN 2024"],
      [],
      [
        "No",
        "Indikator Kinerja Utama",
        "Satuan",
        "Target 2024",
        "Realisasi 2024",
        "% Capaian",
        "Target Akhir RPJMD (2026)",
        "% Capaian thd Akhir RPJMD",
      ],
      [1, "Indeks Pembangunan Manusia", "indeks", 71.2, 71.46, 100.37, 72.3, 98.84],
      [2, "Tingkat Pengangguran Terbuka", "%", 4.8, 4.95, 96.88, 4.2, tpt],
    ],
  };
}

it("reads an LKjIP's end target of the RPJMD as a target, and the capaian against it", () => {
  const cols = detectTables(sheet(lkjip(82.14)))[0].columns;
  expect(cols.slice(6).map((c) => [c.role, c.year, c.endOfPeriod ?? false])).toEqual([
    ["target", 2026, true],
    ["capaian", 2024, true],
  ]);
});

ruleTester(capaianMismatch, {
  valid: [{ name: "unemployment against the end target, with refleksi", sheets: [lkjip(82.14)] }],
  invalid: [
    {
      name: "unemployment against the end target, as a ratio",
      sheets: [lkjip(117.86)],
      findings: [{ sheet: "Tabel 3.1", cell: "H5", expected: 82.14, actual: 117.86 }],
    },
  ],
});

it("gives a final condition the period's last year", () => {
  const cols = detectTables(
    sheet({
      name: "T-C.28",
      rows: [
        ["Rencana Program dan Indikator Kinerja"],
        ["Periode Renstra 2025-2029"],
        [],
        [
          "Kode",
          "Indikator Kinerja",
          "Satuan",
          "2025",
          "2026",
          "2027",
          "2028",
          "2029",
          "Kondisi Kinerja pada Akhir Periode Renstra",
        ],
        ["1.02.02", "Persentase puskesmas terakreditasi", "%", 60, 65, 70, 75, 80, 80],
        ["1.02.03", "Persentase ibu hamil mendapat pelayanan", "%", 90, 92, 94, 96, 98, 98],
      ],
    }),
  )[0].columns;
  expect([cols[8].role, cols[8].year]).toEqual(["kondisi-akhir", 2029]);
});

function lra(silpa: number): SheetSpec {
  return {
    name: "LRA 2024",
    rows: [
      ["Kode Rekening", "Uraian", "Anggaran Setelah Perubahan", "Realisasi", "Lebih/(Kurang)", "%"],
      ["4", "PENDAPATAN DAERAH", 1_449_635_000_000, 1_428_999_579_968, -20_635_420_032, 98.58],
      ["5", "BELANJA DAERAH", 1_529_375_000_000, 1_427_464_343_393, -101_910_656_607, 93.34],
      ["", "SURPLUS / (DEFISIT)", -79_740_000_000, 1_535_236_575, 81_275_236_575, null],
      ["6.1", "Penerimaan Pembiayaan", 87_240_000_000, 87_241_583_226, 1_583_226, 100],
      [
        "6.1.01",
        "Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya",
        87_240_000_000,
        silpa,
        silpa - 87_240_000_000,
        100,
      ],
      ["6.2", "Pengeluaran Pembiayaan", 7_500_000_000, 5_000_000_000, -2_500_000_000, 66.67],
    ],
    formulas: {
      C4: "C2-C3",
      D4: "D2-D3",
      E2: "D2-C2",
      E3: "D3-C3",
      E4: "D4-C4",
      E5: "D5-C5",
      E6: "D6-C6",
      E7: "D7-C7",
      F2: "ROUND(D2/C2*100,2)",
      F3: "ROUND(D3/C3*100,2)",
      F5: "ROUND(D5/C5*100,2)",
      F6: "ROUND(D6/C6*100,2)",
      F7: "ROUND(D7/C7*100,2)",
    },
  };
}

it('reads an LRA\'s "%" after "Lebih/(Kurang)" as the ratio', () => {
  expect(detectTables(sheet(lra(87_241_583_226)))[0].columns[5].role).toBe("capaian");
});

ruleTester(serapanOver100, {
  valid: [{ name: "financing received above its budget", sheets: [lra(87_241_583_226)] }],
  invalid: [
    {
      name: "financing paid out above its budget",
      sheets: [
        {
          ...lra(87_241_583_226),
          rows: lra(87_241_583_226).rows.map((r, i) =>
            i === 6
              ? ["6.2", "Pengeluaran Pembiayaan", 7_500_000_000, 7_900_000_000, 400_000_000, 105.33]
              : r,
          ),
        },
      ],
      findings: [{ sheet: "LRA 2024", cell: "D7" }],
    },
  ],
});

ruleTester(inconsistentFormula, {
  valid: [{ name: "the surplus line is a balance of the totals above it", sheets: [lra(87_241_583_226)] }],
  invalid: [
    {
      name: "a difference that points at another row",
      sheets: [{ ...lra(87_241_583_226), formulas: { ...lra(87_241_583_226).formulas, E6: "D6-C5" } }],
      findings: [{ sheet: "LRA 2024", cell: "E6" }],
    },
  ],
});

function baris(capaianStunting: number): SheetSpec {
  return {
    name: "Tabel 3.2",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Uraian", "Tahun", "Tahun", "Ket."],
      ["No", "Indikator Kinerja", "Satuan", "Uraian", "2023", "2024", "Ket."],
      [1, "Prevalensi balita stunting", "%", "Target", 22, 19.5, "Negatif"],
      ["", "", "", "Realisasi", 21.4, 20.3, ""],
      ["", "", "", "Capaian (%)", 102.73, capaianStunting, ""],
      [2, "Cakupan kepesertaan JKN", "%", "Target", 95, 97, "Positif"],
      ["", "", "", "Realisasi", 96.2, 98.35, ""],
      ["", "", "", "Capaian (%)", 101.26, 101.39, ""],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "G1:G2"],
  };
}

it('reads "Ket." holding Negatif / Positif as the polarity', () => {
  expect(detectTables(sheet(baris(95.9)))[0].columns[6].role).toBe("polaritas");
});

ruleTester(capaianMismatch, {
  valid: [
    {
      name: "a negative block's capaian by refleksi, its name and polarity on its first row",
      sheets: [baris(95.9)],
    },
  ],
  invalid: [
    {
      name: "a stale capaian of the negative block",
      sheets: [baris(104.1)],
      findings: [{ sheet: "Tabel 3.2", cell: "F5", expected: 95.9, actual: 104.1 }],
    },
  ],
});

function iku(capaianSekolah: number): SheetSpec {
  return {
    name: "IKU 2024",
    rows: [
      ["No.", "Indikator Kinerja Utama", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Angka Partisipasi Kasar (APK) PAUD", "78 %", 80.15, 102.76],
      [2, "Jumlah sekolah terakreditasi A", "12 sekolah", 14, capaianSekolah],
      [3, "Rata-rata skor literasi jenjang SD", "62 poin", 58.9, 95],
    ],
  };
}

ruleTester(capaianMismatch, {
  valid: [{ name: "targets written with their unit, read as numbers", sheets: [iku(116.67)] }],
  invalid: [
    {
      name: "a capaian that is not 14 of 12 schools",
      sheets: [iku(161.67)],
      findings: [{ sheet: "IKU 2024", cell: "E3", expected: 116.67, actual: 161.67 }],
    },
  ],
});
