// What forms-blind47 .. 48 taught (communication, statistics and library offices of Kalimantan
// Tengah and Sulawesi Barat; disaster, public-order and politics offices of Sumatera Barat and
// Riau): a target with two digits swapped breaks its path even for a count; the SPBE index is
// higher-is-better; a kondisi akhir after the yearly targets is the last target year's; a one-year
// recap's measured figures are offered as that year's realisations, a guess no rule acts on.
import { detectTables } from "../../../src/core/detect";
import type { Role } from "../../../src/core/detect";
import { analyse } from "../../../src/taskpane/engine";
import { tableKey } from "../../../src/taskpane/analisis";
import { reportTable } from "../../../src/core/report/buildReport";
import { DEFAULT_SETTINGS, runRules } from "../../../src/core/rules";
import { angkaTertukar } from "../../../src/core/rules/targetOutlier";
import { sheet } from "./ruleTester";

const found = (g: ReturnType<typeof sheet>): Array<[string, string]> =>
  runRules(detectTables(g).map((table) => ({ table, grid: g })))
    .filter((f) => f.severity !== "info")
    .map((f) => [f.rule, f.cell]);

const matriks = (kunjungan: number[], spbe: number[]): ReturnType<typeof sheet> =>
  sheet({
    name: "Matriks IKU",
    rows: [
      ["MATRIKS INDIKATOR KINERJA UTAMA 2025 - 2029"],
      [
        "No",
        "Indikator Kinerja Utama",
        "Satuan",
        "Kondisi Awal (2024)",
        "Target Kinerja",
        null,
        null,
        null,
        null,
      ],
      [null, null, null, null, "Th. 2025", "Th. 2026", "Th. 2027", "Th. 2028", "Th. 2029"],
      [1, "Jumlah kunjungan perpustakaan", "orang/tahun", 47_860, ...kunjungan],
      [2, "Indeks SPBE Kabupaten", "indeks", 2.67, ...spbe],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:I2"],
  });

it("names a count's target whose two digits were swapped, and a falling SPBE index", () => {
  expect(found(matriks([52_000, 57_500, 62_500, 56_200, 68_000], [2.8, 3, 3.15, 3.03, 3.45]))).toEqual([
    ["target-outlier", "H4"],
    ["target-trend", "H5"],
  ]);
  // a count that dips with no swap to explain it, and a steady index: nothing
  expect(found(matriks([52_000, 57_500, 62_500, 58_000, 68_000], [2.8, 3, 3.15, 3.3, 3.45]))).toEqual([]);
});

it("finds the one swap of two adjacent digits that puts a value back on its path", () => {
  expect(angkaTertukar(56_200, 62_500, 68_000)).toBe(65_200);
  expect(angkaTertukar(3.03, 3.15, 3.45)).toBe(3.3);
  expect(angkaTertukar(58_000, 62_500, 68_000)).toBeUndefined();
  expect(angkaTertukar(-56_200, 62_500, 68_000)).toBeUndefined();
  // two swaps fit: no single reading, no claim
  expect(angkaTertukar(1_243, 1_000, 3_000)).toBeUndefined();
});

it("reads a kondisi akhir after the yearly targets as the last target year's", () => {
  const g = sheet({
    name: "Tabel 5.1",
    rows: [
      ["Tabel 5.1 Indikator Kinerja BPBD"],
      [
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Kinerja Awal (2024)",
        "Target Kinerja per Tahun",
        null,
        null,
        "Kondisi Kinerja pada Akhir Periode Renstra",
      ],
      [null, null, null, "2025", "2026", "2027", null],
      ["Persentase desa rawan bencana yang menjadi Destana", "%", 18.4, 21.5, 24.6, 27.7, 27.7],
      ["Jumlah relawan yang dilatih", "orang", 320, 350, 380, 400, 400],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"],
  });
  const [t] = detectTables(g);
  expect(t.columns.find((c) => c.col === 7)).toMatchObject({ role: "kondisi-akhir", year: 2027 });
});

const rekap = (sub2: number): ReturnType<typeof sheet> =>
  sheet({
    name: "Rekap Bencana",
    rows: [
      ["REKAPITULASI KEJADIAN BENCANA MENURUT KABUPATEN/KOTA"],
      ["Periode 1 Januari s.d. 31 Desember 2024"],
      [
        "No.",
        "Kabupaten/Kota",
        "Frekuensi Kejadian (kali)",
        null,
        "Korban Jiwa (orang)",
        "Taksiran Kerugian (Rp)",
      ],
      ["No.", "Kabupaten/Kota", "Banjir", "Tanah Longsor", "Meninggal/ Hilang", "Taksiran Kerugian (Rp)"],
      [1, "Kab. Pesisir Batang Kapeh", 14, 9, 3, 18_742_500_000],
      [2, "Kab. Tiku Selatan", 11, 6, 1, 9_318_250_000],
      [3, "Kota Pariaman Baru", 7, 2, 0, 3_905_700_000],
      ["JUMLAH", null, 32, 17, 4, sub2],
    ],
    merges: ["A3:A4", "B3:B4", "C3:D3", "F3:F4"],
    formulas: { C8: "SUM(C5:C7)", D8: "SUM(D5:D7)", E8: "SUM(E5:E7)", F8: "SUM(F5:F6)" },
  });

it("offers a one-year recap's figures as that year's realisations, a guess no rule acts on", () => {
  const g = rekap(28_060_750_000);
  const [t] = detectTables(g);
  const cols = reportTable(t).columns;
  expect(cols.map((c) => [c.column, c.role, c.year, c.guess])).toEqual([
    ["A", "no", undefined, undefined],
    ["B", "lokasi", undefined, undefined],
    ["C", "realisasi", 2024, true],
    ["D", "realisasi", 2024, true],
    ["E", "realisasi", 2024, true],
    // a loss in rupiah is no budget
    ["F", "realisasi", 2024, true],
  ]);
  // the rules still see columns of no role: the recap's own sums decide
  expect(t.columns.filter((c) => c.col >= 3).every((c) => c.role === "lainnya")).toBe(true);
  expect(found(g)).toEqual([["sum-mismatch", "F8"]]);
});

it("offers no realisation where the table plans, or where a column holds shares", () => {
  const g = sheet({
    name: "Usulan",
    rows: [
      ["REKAPITULASI USULAN MUSRENBANG KECAMATAN TAHUN 2025"],
      ["No", "Kecamatan", "Jumlah Usulan Masuk", "Diakomodir", "Persentase (%)"],
      [1, "Kec. Mallawa Raya", 163, 57, 34.97],
      [2, "Kec. Bontoa Riaja", 120, 86, 71.67],
      [3, "Kec. Tanete Hulu", 98, 41, 41.84],
    ],
  });
  const [t] = detectTables(g);
  expect(reportTable(t).columns.filter((c) => c.role === "realisasi")).toEqual([]);
});

it("reads X / Y x 100 over a typed base as realisasi, target and capaian, over a computed whole as a share", () => {
  const tabel = (whole: boolean): ReturnType<typeof sheet> =>
    sheet({
      name: "Akta",
      rows: [
        ["CAKUPAN KEPEMILIKAN AKTA KELAHIRAN PER KECAMATAN", null, null, null, null],
        ["Posisi 31 Desember 2024"],
        ["No", "Kecamatan", "Jumlah Anak 0-18 Th (jiwa)", "Memiliki Akta Kelahiran (jiwa)", "Cakupan (%)"],
        [1, "Cigadung Kaler", 28_415, 27_306, 96.1],
        [2, "Sukaraja Wetan", 31_862, 30_118, 94.53],
        [3, "Pasirkaliki Girang", 24_097, 23_184, 96.21],
      ],
      formulas: {
        E4: "ROUND(D4/C4*100,2)",
        E5: "ROUND(D5/C5*100,2)",
        E6: "ROUND(D6/C6*100,2)",
        ...(whole ? { C4: "D4+1109", C5: "D5+1744", C6: "D6+913" } : {}),
      },
    });
  const roles = (g: ReturnType<typeof sheet>): unknown[] =>
    reportTable(detectTables(g)[0]).columns.map((c) => [c.column, c.role, c.year]);
  expect(roles(tabel(false)).slice(2)).toEqual([
    ["C", "target", 2024],
    ["D", "realisasi", 2024],
    ["E", "capaian", 2024],
  ]);
  expect(roles(tabel(true)).slice(2)).toEqual([
    ["C", "realisasi", 2024],
    ["D", "realisasi", 2024],
    ["E", "lainnya", undefined],
  ]);
  // a typed whole beside its computed rest: "Terdaftar | Aktif | Tidak Aktif (= C - D) | % Aktif"
  // is a share too (forms-blind32)
  const koperasi = sheet({
    name: "Koperasi",
    rows: [
      ["Rekapitulasi Koperasi Menurut Kecamatan Keadaan 31 Desember 2024"],
      ["No", "Kecamatan", "Terdaftar", "Aktif", "Tidak Aktif", "% Aktif"],
      [1, "Teupin Raya", 52, 41, 11, 78.85],
      [2, "Krueng Meuseugob", 38, 27, 11, 71.05],
      [3, "Lhok Mee", 44, 30, 14, 68.18],
    ],
    formulas: Object.fromEntries(
      [3, 4, 5].flatMap((r) => [
        [`E${r}`, `C${r}-D${r}`],
        [`F${r}`, `ROUND(D${r}/C${r}*100,2)`],
      ]),
    ),
  });
  expect(roles(koperasi).slice(2)).toEqual([
    ["C", "realisasi", 2024],
    ["D", "realisasi", 2024],
    ["E", "realisasi", 2024],
    ["F", "lainnya", undefined],
  ]);
});

it("drops the guess where the planner sets a column's role in the pane", () => {
  const g = rekap(28_060_750_000);
  const key = tableKey(detectTables(g)[0]);
  const cols = (o: Record<number, Role>): unknown[] =>
    analyse("rekap.xlsx", [g], DEFAULT_SETTINGS, { [key]: o }).report.tables[0].columns.map((c) => [
      c.column,
      c.role,
      c.guess,
    ]);
  expect(cols({})[2]).toEqual(["C", "realisasi", true]);
  expect(cols({ 3: "target" })[2]).toEqual(["C", "target", undefined]);
  expect(cols({ 3: "lainnya" })[2]).toEqual(["C", "lainnya", undefined]);
});
