// What the thirteenth and fourteenth form sets (test/forms-blind11, test/forms-blind12) taught:
// a Renstra Perubahan's two target paths, lettered headings, a row-wise table that names each
// indicator in a row of its own, a predikat beside the year's capaian and a capaian to date, an
// E.81 whose number row reads "Kolom 1 .. 18" and a title year beside the Renstra period.
import { targetTrend } from "../../../src/core/rules/targetTrend";
import { missingValue } from "../../../src/core/rules/missingValue";
import { crossTableMismatch } from "../../../src/core/rules/crossTableMismatch";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { predikatMismatch } from "../../../src/core/rules/predikatMismatch";
import { detectTables } from "../../../src/core/detect";
import { konteksDari } from "../../../src/core/detect/periode";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

// Renstra Perubahan: "Tahun 2024 > Target Awal | Target Perubahan" for each year.
function perubahan(aki: CellValue[]): SheetSpec {
  return {
    name: "Renstra Perubahan",
    rows: [
      ["Indikator Kinerja", "Satuan", "Tahun 2024", null, "Tahun 2025", null, "Tahun 2026", null],
      [
        null,
        null,
        "Target Awal",
        "Target Perubahan",
        "Target Awal",
        "Target Perubahan",
        "Target Awal",
        "Target Perubahan",
      ],
      ["Angka Kematian Ibu (AKI)", "per 100.000 KH", ...aki],
      ["Prevalensi balita stunting", "%", 16, 17.5, 14, 15.5, 12, 14],
    ],
    merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:H1"],
  };
}

ruleTester(targetTrend, {
  valid: [
    {
      name: "amended targets above the original ones, each path falling: no trend across the two",
      sheets: [perubahan([92, 98, 88, 95, 85, 92])],
    },
  ],
  invalid: [
    {
      name: "the amended path of a lower-is-better indicator rising",
      sheets: [perubahan([92, 98, 88, 95, 85, 97])],
      findings: [{ sheet: "Renstra Perubahan", cell: "H3", expected: 95, actual: 97 }],
    },
  ],
});

// RPJMD: "I | ASPEK ..." then "A | Fokus ..." headings, no numbers, above the indicators.
const rpjmd: SheetSpec = {
  name: "Tabel 9.1",
  rows: [
    ["No", "Indikator Kinerja Pembangunan Daerah", "Satuan", "Target 2025", "Target 2026", "Target 2027"],
    ["I", "ASPEK KESEJAHTERAAN MASYARAKAT"],
    ["A", "Fokus Kesejahteraan dan Pemerataan Ekonomi"],
    [1, "Laju pertumbuhan ekonomi", "%", 5.1, 5.25, 5.4],
    [2, "Persentase penduduk miskin", "%", 10.4, 9.95, 9.5],
    ["B", "Fokus Kesejahteraan Sosial"],
    [3, "Indeks Pembangunan Manusia", "indeks", 72.1, 72.6, 73.1],
    [4, "Angka harapan hidup", "tahun", 72.4, 72.6, 72.8],
  ],
};

ruleTester(missingValue, {
  valid: [{ name: "lettered headings are no indicators without targets", sheets: [rpjmd] }],
  invalid: [
    {
      name: "an indicator without targets under them still is",
      sheets: [{ ...rpjmd, rows: [...rpjmd.rows, [5, "Indeks Gini", "indeks", null, null, null]] }],
      findings: [{ sheet: "Tabel 9.1", cell: "D9" }],
    },
  ],
});

// A PK's Rencana Aksi (Target 2024 by column) and an LKjIP's row-wise table that names each
// indicator in a row of its own: the same target of the same year must agree.
function rencanaAksi(target: number): SheetSpec {
  return {
    name: "Rencana Aksi 2024",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Target 2024"],
      [1, "Jumlah kelurahan layak anak", "kelurahan", target],
      [2, "Persentase perkawinan usia anak", "%", 6.5],
    ],
  };
}
function barisan(d13: number): SheetSpec {
  return {
    name: "Capaian Sasaran",
    rows: [
      ["No", "Uraian", "Tahun", null, null, "Keterangan"],
      [null, null, 2022, 2023, 2024, null],
      ["I", "Sasaran 1: Meningkatnya pemenuhan hak anak dan perlindungan perempuan", null, null, null, null],
      [1, "Indikator", "Jumlah kelurahan layak anak (kelurahan)", null, null, null],
      [null, "Target", 10, 14, 18, null],
      [null, "Realisasi", 10, 13, 17, null],
      [null, "Capaian (%)", 100, 92.86, 94.44, null],
      [2, "Indikator", "Persentase perkawinan usia anak (%)", null, null, null],
      [null, "Target", 8, 7.2, 6.5, null],
      [null, "Realisasi", 8.4, 7, 7.1, null],
      [null, "Capaian (%)", 95, d13, 90.77, "polaritas negatif"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "C4:F4", "C8:F8"],
  };
}

ruleTester(crossTableMismatch, {
  valid: [{ name: "the PK's target is the row-wise table's", sheets: [rencanaAksi(18), barisan(102.78)] }],
  invalid: [
    {
      name: "the Rencana Aksi writes another target for the same year",
      sheets: [rencanaAksi(20), barisan(102.78)],
      // named in the table of one year, against the three years of the other (stop 14: a PK or
      // Rencana Aksi quotes the plan, whichever sheet comes first)
      findings: [{ sheet: "Rencana Aksi 2024", cell: "D2", expected: 18, actual: 20 }],
    },
  ],
});

ruleTester(capaianMismatch, {
  valid: [{ name: "the row-wise capaian, refleksi on the negative row", sheets: [barisan(102.78)] }],
  invalid: [
    {
      name: "a capaian typed with digits swapped",
      sheets: [barisan(120.78)],
      findings: [{ sheet: "Capaian Sasaran", cell: "D11" }],
    },
  ],
});

// LKjIP: the year's capaian and the capaian to date against the end-period target, then the
// year's predikat.
function analisis(m: string): SheetSpec {
  return {
    name: "Tabel 3.3",
    rows: [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Tahun 2024",
        null,
        null,
        "Target Akhir Renstra (2026)",
        "Capaian s.d. Tahun 2024 terhadap Target Akhir Renstra (%)",
        "Predikat Capaian 2024",
      ],
      [null, null, null, "Target", "Realisasi", "Capaian (%)", null, null, null],
      [1, "Persentase lulusan pelatihan yang tersertifikasi", "%", 74, 67, 90.54, 85, 78.82, m],
      [2, "Indeks Pembangunan Ketenagakerjaan", "indeks", 66, 66.31, 100.47, 70, 94.73, "Sangat Baik"],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2", "H1:H2", "I1:I2"],
  };
}

ruleTester(predikatMismatch, {
  valid: [
    {
      name: "the predikat grades the year's capaian (90,54), not the one to date",
      sheets: [analisis("Sangat Baik")],
    },
  ],
  invalid: [
    {
      name: "a predikat that fits neither",
      sheets: [analisis("Cukup")],
      findings: [{ sheet: "Tabel 3.3", cell: "I3", expected: "Sangat Baik", actual: "Cukup" }],
    },
  ],
});

describe("the years of a form's header", () => {
  it("take the title's year beside a Renstra period it also names", () => {
    expect(konteksDari(["Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra PD 2021-2026)"])).toEqual({
      awalPeriode: 2021,
      akhirPeriode: 2026,
      tahun: 2024,
    });
  });

  it('read "Kolom 1 .. 18" (repeated over K | Rp) and "(a) .. (o)" as the number row', () => {
    const g = sheet({
      name: "E.81",
      rows: [
        ["No", "Indikator", "Target Renja 2024", null, "Realisasi Renja 2024", null],
        [null, null, "K", "Rp", "K", "Rp"],
        ["Kolom 1", "Kolom 2", "Kolom 3", "Kolom 3", "Kolom 4", "Kolom 4"],
        [1, "Jumlah laporan", 4, 75_000_000, 4, 73_730_000],
        [2, "Jumlah PSKS yang dibina", 300, 485_000_000, 305, 469_735_000],
      ],
      merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
    });
    const [t] = detectTables(g);
    expect(t.numberRow).toBe(3);
    expect(t.dataRange.r1).toBe(4);
    const h = sheet({
      name: "Rencana Aksi",
      rows: [
        ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024"],
        ["(a)", "(b)", "(c)", "(d)", "(e)"],
        [1, "Jumlah kelurahan layak anak", "kelurahan", 20, 17],
      ],
    });
    expect(detectTables(h)[0].numberRow).toBe(2);
  });
});
