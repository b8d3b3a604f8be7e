// What the twenty-fourth form set (test/forms-blind22, Java kabupaten/kota offices) taught: month
// columns "Jan .. Des" are parts of the year, so the year's own column pairs with its capaian; a
// service counted ("Perekaman KTP-el ...") is higher-is-better; a note may list its negative
// indicators after a colon ("a. ...; b. ..."); a duration ("Waktu tanggap ... penanganan
// kebakaran") is lower-is-better and a level; "Kategori" under a table is its predikat footer; a
// revenue report's realisation above target is no overspend.
import { detectTables } from "../../../src/core/detect";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { inconsistentFormula } from "../../../src/core/rules/inconsistentFormula";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { serapanOver100 } from "../../../src/core/rules/serapanOver100";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

function layanan(capaian: number): SheetSpec {
  return {
    name: "Rekap Layanan 2024",
    rows: [
      [
        "No",
        "Jenis Layanan",
        "Satuan",
        "Target 2024",
        ...BULAN.map(() => "Realisasi Bulan"),
        "Jumlah 2024",
        "Capaian (%)",
      ],
      ["No", "Jenis Layanan", "Satuan", "Target 2024", ...BULAN, "Jumlah 2024", "Capaian (%)"],
      [1, "Kartu Keluarga yang diterbitkan", "lembar", 21_000, ...BULAN.map(() => 1_800), 21_600, 102.86],
      [2, "Perekaman KTP-el penduduk wajib KTP", "orang", 9_800, ...BULAN.map(() => 850), 10_200, capaian],
      [],
      ["Kategori", "", "", "", ...BULAN.map(() => ""), "", "Sangat Baik"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:P1", "Q1:Q2", "R1:R2"],
  };
}

it("reads month columns as parts of the year, and Kategori as the footer", () => {
  const t = detectTables(sheet(layanan(104.08)))[0];
  expect(t.columns.filter((c) => c.role === "realisasi" && c.month).length).toBe(12);
  expect(t.rows.map((r) => r.kind)).toEqual(["indikator", "indikator", "predikat"]);
});

ruleTester(capaianMismatch, {
  valid: [{ name: "recordings against their target, R / T", sheets: [layanan(104.08)] }],
  invalid: [
    {
      name: "the target divided by the recordings",
      sheets: [layanan(96.08)],
      findings: [{ sheet: "Rekap Layanan 2024", cell: "R4", expected: 104.08, actual: 96.08 }],
    },
  ],
});

it("reads services and durations by their first words", () => {
  expect(polaritasDariTeks("Perekaman KTP-el penduduk wajib KTP")?.polaritas).toBe("positif");
  expect(polaritasDariTeks("Penerbitan akta kelahiran")?.polaritas).toBe("positif");
  expect(polaritasDariTeks("Waktu tanggap (response time) penanganan kebakaran")?.polaritas).toBe("negatif");
  expect(polaritasDariTeks("Persentase penanganan kebakaran")?.polaritas).toBe("positif");
});

function e81(capaianBerulang: number): SheetSpec {
  return {
    name: "E.81",
    rows: [
      [
        "No",
        "Indikator Kinerja",
        "Sat.",
        "Target 2024",
        "Triwulan IV 2024",
        "Realisasi 2024",
        "Tingkat Capaian 2024 (%)",
      ],
      [1, "Persentase pelanggaran Perda yang berulang", "%", 4, 4.8, 4.8, capaianBerulang],
      [2, "Waktu tanggap (response time) penanganan kebakaran", "menit", 13.5, 12.8, 12.8, 105.19],
      [3, "Jumlah kejadian kebakaran yang ditangani", "kejadian", 120, 28, 138, 115],
      [],
      [
        "1. Indikator negatif (semakin kecil semakin baik): a. Persentase pelanggaran Perda yang berulang; b. Waktu tanggap (response time) penanganan kebakaran. Tingkat capaian indikator negatif = (2 x target - realisasi) / target x 100%.",
      ],
    ],
    formulas: {
      F2: "E2",
      F3: "E3",
      F4: "E4+110",
      G2: "ROUND((2*D2-F2)/D2*100,2)",
      G3: "ROUND((2*D3-F3)/D3*100,2)",
      G4: "ROUND(F4/D4*100,2)",
    },
  };
}

ruleTester(capaianMismatch, {
  valid: [{ name: "both listed negatives computed with refleksi", sheets: [e81(80)] }],
  invalid: [
    {
      name: "the repeated violations computed as a ratio, though the note lists them",
      sheets: [{ ...e81(120), formulas: { ...e81(120).formulas, G2: "ROUND(F2/D2*100,2)" } }],
      findings: [{ sheet: "E.81", cell: "G2", expected: 80, actual: 120 }],
    },
  ],
});

function pajak(judul: string): SheetSpec {
  return {
    name: "Realisasi per Bulan",
    rows: [
      [judul],
      ["TAHUN ANGGARAN 2024"],
      [
        "Kode Rekening",
        "Uraian Pendapatan",
        "Target APBD Perubahan 2024 (Rp)",
        "Jumlah Realisasi s.d. Desember 2024 (Rp)",
      ],
      ["4.1.01.16", "Bea Perolehan Hak atas Tanah dan Bangunan", 27_000_000_000, 30_334_981_200],
      ["4.1.01.19", "PBJT atas Makanan dan/atau Minuman", 31_750_000_000, 32_408_662_375],
    ],
  };
}

ruleTester(serapanOver100, {
  valid: [
    {
      name: "taxes collected above their target",
      sheets: [pajak("LAPORAN REALISASI PENERIMAAN PAJAK DAERAH")],
    },
  ],
  invalid: [
    {
      name: "spending above the pagu",
      sheets: [
        {
          name: "Realisasi Belanja",
          rows: [
            ["LAPORAN REALISASI BELANJA TAHUN ANGGARAN 2024"],
            [],
            ["Kode", "Uraian Belanja", "Pagu 2024 (Rp)", "Realisasi 2024 (Rp)"],
            ["5.1.01", "Belanja Pegawai", 27_000_000_000, 26_334_981_200],
            ["5.1.02", "Belanja Barang dan Jasa", 31_750_000_000, 32_408_662_375],
          ],
        },
      ],
      findings: [{ sheet: "Realisasi Belanja", cell: "D5" }],
    },
  ],
});

// quarters K; the year is their sum for counts, the fourth quarter for a duration
function triwulan(waktu: string): SheetSpec {
  return {
    name: "E.81 TW",
    rows: [
      [
        "No",
        "Indikator Kinerja",
        "Sat.",
        "Target 2024",
        "TW I",
        "TW II",
        "TW III",
        "TW IV",
        "Realisasi 2024",
      ],
      [1, "Jumlah kejadian kebakaran yang ditangani", "kejadian", 120, 31, 42, 37, 28, 138],
      [2, "Jumlah gedung yang diinspeksi", "gedung", 50, 8, 14, 15, 13, 50],
      [3, "Jumlah sosialisasi pencegahan kebakaran", "kali", 24, 5, 7, 6, 6, 24],
      [4, "Waktu tanggap (response time) penanganan kebakaran", "menit", 13.5, 13.9, 13.4, 13.1, 12.8, 12.8],
    ],
    formulas: { I2: "SUM(E2:H2)", I3: "SUM(E3:H3)", I4: "SUM(E4:H4)", I5: waktu },
  };
}

ruleTester(inconsistentFormula, {
  valid: [
    {
      name: "a duration's year is its fourth quarter, among counts that add theirs",
      sheets: [triwulan("H5")],
    },
  ],
  invalid: [
    {
      name: "a duration's year taken from the wrong quarter",
      sheets: [
        {
          ...triwulan("G5"),
          rows: triwulan("G5").rows.map((r, i) => (i === 4 ? [...r.slice(0, 8), 13.1] : r)),
        },
      ],
      findings: [{ sheet: "E.81 TW", cell: "I5" }],
    },
  ],
});
