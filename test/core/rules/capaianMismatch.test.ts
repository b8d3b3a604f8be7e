import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import type { CellValue } from "../../../src/core/grid";
import { ruleTester } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";
import { gini, head231, merges231, rows231, tabel231 } from "../../fixtures/sheets/blitar231";
import { bl, btl, rest232, tabel232 } from "../../fixtures/sheets/blitar232";
import { withCell } from "../../fixtures/sheets/variant";

// A one-year LKjIP measurement table (no years), with and without a polaritas column.
const lkjip = (rows: CellValue[][], polaritas = false): SheetSpec => ({
  rows: [
    polaritas
      ? ["No", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi", "Capaian (%)"]
      : ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    ...rows,
  ],
});

// LKjIP: two negative indicators with refleksi, one with rasio, each right by its own convention.
const sheetCampur = {
  name: "Pengukuran",
  rows: [
    ["No", "Indikator", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
    [1, "Prevalensi stunting pada balita", "%", 5.2, 4.8, 107.69],
    [2, "Angka kematian ibu per 100.000 kelahiran hidup", "per 100.000 KH", 60, 54.3, 109.5],
    [3, "Persentase penduduk miskin", "%", 9.4, 9.71, 96.81],
    [4, "Persentase PMKS yang tertangani", "%", 75, 76.85, 102.47],
  ] as CellValue[][],
  formulas: {
    F2: "(2*D2-E2)/D2*100",
    F3: "(2*D3-E3)/D3*100",
    F4: "D4/E4*100",
    F5: "E5/D5*100",
  } as Record<string, string>,
};

// the same with the first row's formula the positive one, and its value by it
const sheetRumusPositif: SheetSpec = {
  ...sheetCampur,
  rows: sheetCampur.rows.map((r, i) => (i === 1 ? withCell(r, 5, 92.31) : r)),
  formulas: { ...sheetCampur.formulas, F2: "E2/D2*100" },
};

ruleTester(capaianMismatch, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    {
      name: "Tabel 2.3.1 as printed (Gini refleksi, penurunan PMKS positive with negatives, NA, -)",
      sheets: [tabel231],
    },
    {
      name: "Tabel 2.3.2 rows whose ratios are right (Belanja Pegawai 0 / 0 printed 100 is skipped)",
      sheets: [tabel232(rest232)],
    },
    {
      name: "Gini with the rasio convention throughout is negatif-rasio",
      sheets: [
        {
          rows: [...head231, withCell(withCell(withCell(gini, 16, 92.31), 17, 102.86), 18, 109.09)],
          merges: merges231,
        },
      ],
    },
    {
      name: "a row of unknown polarity whose ratios all follow refleksi",
      sheets: [lkjip([[1, "Indeks Risiko Bencana", "Indeks", 120, 110, 108.33]])],
    },
    {
      name: "blank, dash, NA, text and target 0 give no finding",
      sheets: [
        lkjip([
          [1, "Persentase A", "%", 80, null, 50],
          [2, "Persentase B", "%", "-", 70, 50],
          [3, "Persentase C", "%", 80, "NA", 50],
          [4, "Persentase D", "%", 80, 70, "tercapai"],
          [5, "Persentase E", "%", 0, 70, 0],
          [6, "Jumlah kasus kekerasan", "kasus", 0, 0, 100],
          [7, "Persentase F", "%", 80, -8, -10],
        ]),
      ],
    },
    {
      name: "an explicit negatif polaritas with rasio ratios",
      sheets: [lkjip([[1, "Tingkat X", "%", "negatif", 5, 4, 125]], true)],
    },
    {
      name: "a percentage-formatted ratio",
      sheets: [{ ...lkjip([[1, "Persentase A", "%", 80, 72, 0.9]]), numFmts: { F2: "0.00%" } }],
    },
    {
      name: "settings.toleransi widens the band",
      sheets: [lkjip([[1, "Persentase A", "%", 80, 72, 90.3]])],
      settings: { toleransi: 0.5 },
    },
  ],
  invalid: [
    {
      name: "Tabel 2.3.2: Belanja Langsung 2020 printed 90,16 where the amounts give 98,04",
      sheets: [tabel232([withCell(btl, 13, 83.74), bl, ...rest232])],
      findings: [
        {
          sheet: "T 2.3.2",
          cell: "O6",
          expected: 98.04,
          actual: 90.16,
          messageId: "absorptionRatio",
          data: { name: "Belanja Langsung: ", year: " 2020", written: 90.16 },
          fix: { value: 98.04 },
        },
      ],
    },
    {
      name: "Tabel 2.3.2: Belanja Tidak Langsung 2019 printed 93,74 where the amounts give 83,74",
      sheets: [tabel232([btl, ...rest232])],
      findings: [
        {
          sheet: "T 2.3.2",
          cell: "N5",
          expected: 83.74,
          actual: 93.74,
          messageId: "absorptionRatio",
          data: { name: "Belanja Tidak Langsung: ", year: " 2019", written: 93.74 },
          fix: { value: 83.74 },
        },
      ],
    },
    {
      name: "Gini 2019 printed 98,33: negatif-refleksi from the lexicon",
      sheets: [{ name: "T 2.3.1", rows: [...head231, withCell(gini, 18, 98.33)], merges: merges231 }],
      findings: [
        {
          sheet: "T 2.3.1",
          cell: "S4",
          expected: 108.33,
          actual: 98.33,
          messageId: "achievement",
          data: {
            year: " 2019",
            written: 98.33,
            convention: "negatif-refleksi",
            reason: {
              id: 'tebakan dari kata "gini" pada nama indikator',
              en: 'guessed from the word "gini" in the indicator\'s name',
            },
            hint: "",
          },
        },
      ],
    },
    {
      name: "a positive row with one ratio computed as T / R",
      sheets: [
        {
          name: "T 2.3.1",
          rows: [...head231, rows231[7]].map((r, i) => (i === 3 ? withCell(r, 17, 91.08) : r)),
          merges: merges231,
        },
      ],
      findings: [
        {
          sheet: "T 2.3.1",
          cell: "R4",
          expected: 109.79,
          actual: 91.08,
          messageId: "achievement",
          data: {
            written: 91.08,
            convention: "positif",
            hint: {
              id: " Angka tertulis cocok dengan konvensi negatif-rasio (T / R x 100); bila itu yang dimaksud, nyatakan polaritasnya di kolom polaritas dan pakai satu konvensi untuk seluruh baris.",
              en: " The printed value fits the negatif-rasio convention (T / R x 100); if that is intended, state the polarity in a polarity column and use one convention for the whole row.",
            },
          },
        },
      ],
    },
    {
      name: "a stated positif polaritas gives a certain fix",
      sheets: [lkjip([[1, "Indeks Risiko Bencana", "Indeks", "positif", 120, 110, 108.33]], true)],
      findings: [
        {
          cell: "G2",
          expected: 91.67,
          actual: 108.33,
          messageId: "achievement",
          data: {
            target: 120,
            realisation: 110,
            convention: "positif",
            reason: { id: "dari kolom polaritas", en: "from the polarity column" },
            hint: {
              id: " Angka tertulis cocok dengan konvensi negatif-refleksi ((2T - R) / T x 100); bila itu yang dimaksud, nyatakan polaritasnya di kolom polaritas dan pakai satu konvensi untuk seluruh baris.",
              en: " The printed value fits the negatif-refleksi convention ((2T - R) / T x 100); if that is intended, state the polarity in a polarity column and use one convention for the whole row.",
            },
          },
          fix: { value: 91.67 },
        },
      ],
    },
    {
      name: "unknown polarity assumes positif and says so",
      sheets: [lkjip([[1, "Indeks X", "Indeks", 80, 72, 95]])],
      findings: [
        {
          cell: "F2",
          expected: 90,
          actual: 95,
          messageId: "achievement",
          data: {
            name: "Indeks X: ",
            year: "",
            written: 95,
            target: 80,
            realisation: 72,
            computed: 90,
            convention: "positif",
            reason: {
              id: "polaritas tidak diketahui, dianggap positif; isi kolom polaritas bila keliru",
              en: "polarity unknown, assumed positive; add a polarity column if wrong",
            },
            capped: "",
            formulaNote: "",
            hint: "",
          },
        },
      ],
    },
    {
      name: "an LRA: revenue against its target, spending against its pagu",
      sheets: [
        {
          name: "LRA",
          rows: [
            ["LAPORAN REALISASI ANGGARAN TAHUN 2024"],
            ["Kode", "Uraian", "Anggaran 2024 (Rp)", "Realisasi 2024 (Rp)", "Persentase (%)"],
            ["4.1.01", "Pajak Daerah", 1000e6, 1100e6, 100],
            ["5.1.01", "Belanja Pegawai", 800e6, 700e6, 80],
          ],
        },
      ],
      findings: [
        {
          cell: "E3",
          expected: 110,
          actual: 100,
          messageId: "revenueRatio",
          data: { name: "Pajak Daerah: ", year: " 2024", written: 100, realisation: 1100e6, ceiling: 1000e6 },
          fix: { value: 110 },
        },
        {
          cell: "E4",
          expected: 87.5,
          actual: 80,
          messageId: "absorptionRatio",
          data: {
            name: "Belanja Pegawai: ",
            year: " 2024",
            written: 80,
            realisation: 700e6,
            ceiling: 800e6,
            computed: 87.5,
          },
          fix: { value: 87.5 },
        },
      ],
    },
    {
      name: "a footer's typed average that is not the mean of the capaian above it",
      sheets: [
        lkjip([
          [1, "Persentase A", "%", 80, 72, 90],
          [2, "Persentase B", "%", 50, 50, 100],
          [null, "Rata-rata capaian", null, null, null, 99],
        ]),
      ],
      findings: [
        {
          cell: "F4",
          expected: 95,
          actual: 99,
          messageId: "averageDiffers",
          data: { column: "F", written: 99, count: "2", average: 95 },
        },
      ],
    },
    {
      name: "the notes' ceiling on a capaian is named",
      sheets: [
        lkjip([
          [1, "Persentase A", "%", 50, 80, 160],
          [],
          ["Catatan: capaian yang melebihi 120% ditetapkan 120%."],
        ]),
      ],
      findings: [
        {
          cell: "F2",
          expected: 120,
          actual: 160,
          messageId: "achievement",
          data: {
            computed: 120,
            capped: {
              id: ", dibatasi 120 % menurut catatan tabel",
              en: ", capped at 120 % by the table's note",
            },
          },
        },
      ],
    },
    {
      name: "a right formula whose saved value is stale",
      sheets: [{ ...lkjip([[1, "Persentase A", "%", 80, 72, 95]]), formulas: { F2: "E2/D2*100" } }],
      findings: [
        {
          cell: "F2",
          expected: 90,
          actual: 95,
          messageId: "achievement",
          data: {
            formulaNote: {
              id: " Rumus di sel ini (=E2/D2*100) benar, tetapi nilai yang tersimpan belum dihitung ulang: tekan F9 / hitung ulang buku kerja sebelum mengirim.",
              en: " The cell's formula (=E2/D2*100) is right but its saved value is stale: recalculate the workbook (F9) before sending it.",
            },
          },
        },
      ],
    },
    {
      name: "a column mixing refleksi and rasio: once, as info, and no row as wrong",
      sheets: [sheetCampur],
      findings: [
        {
          cell: "F4",
          messageId: "mixedConventions",
          data: { column: "F", refleksiRows: "2, 3", rasioRows: "4" },
        },
      ],
    },
    {
      name: "a positive formula on a negative indicator is named in the finding",
      sheets: [sheetRumusPositif],
      findings: [
        {
          cell: "F2",
          messageId: "achievement",
          data: {
            convention: "negatif-refleksi",
            formula: "(2T - R) / T x 100",
            formulaNote: {
              id: " Rumus di sel ini (=E2/D2*100) memakai R / T x 100, padahal baris ini memakai konvensi negatif-refleksi; ganti rumusnya menjadi (2T - R) / T x 100.",
              en: " The cell's formula (=E2/D2*100) uses R / T x 100, while this row needs the negatif-refleksi convention; change it to (2T - R) / T x 100.",
            },
          },
        },
        { cell: "F4", messageId: "mixedConventions", data: { refleksiRows: "3", rasioRows: "4" } },
      ],
    },
  ],
});

describe("names in messages", () => {
  it("a name is shown whole; a paragraph-long cell is shortened at a word boundary, never mid-word", async () => {
    const { awalan } = await import("../../../src/core/rules/values");
    const nama =
      "Persentase penyandang masalah kesejahteraan sosial yang memperoleh rehabilitasi sosial dasar di luar panti";
    expect(awalan(nama)).toBe(`${nama}: `);
    const paragraf = `${nama} ${nama} ${nama}`;
    const a = awalan(paragraf);
    expect(a.endsWith("...: ")).toBe(true);
    const shown = a.slice(0, -5);
    expect(paragraf.startsWith(shown)).toBe(true);
    expect(paragraf[shown.length]).toBe(" "); // cut before a space, not inside a word
    expect(awalan("Indeks Gini")).toBe("Indeks Gini: ");
  });
});
