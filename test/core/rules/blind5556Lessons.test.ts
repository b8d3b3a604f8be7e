// What forms-blind55 .. 56 taught (health and public-works offices of Nias and the Kalimantan Barat
// border; public-order, library, inspectorate and council offices of Bangka Belitung and Jambi):
// "Sasaran Bayi" over numbers is a target population; "(bukan kumulatif)" is not to date; a
// "Sifat" of "Tingkat / Jumlah" is a remark; a contract's value caps what is paid on it; a
// JUMLAH that takes its last row (=J19) is not added; "Rekomendasi" is the sum of "Status Tindak Lanjut
// Rekomendasi"; a stale saved ratio is named; SUM passes over "-".
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report/buildReport";
import { runRules } from "../../../src/core/rules";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const found = foundOn;
const roles = (spec: SheetSpec): unknown[] =>
  reportTable(detectTables(sheet(spec))[0]).columns.map((c) => [c.column, c.role, c.year]);

it("reads a target population, its coverage and the puskesmas, and checks a typed coverage", () => {
  const spec = (k4: number): SheetSpec => ({
    name: "IDL 2024",
    rows: [
      ["REKAPITULASI CAKUPAN IMUNISASI DASAR LENGKAP PER PUSKESMAS TAHUN 2024"],
      ["No", "Nama Puskesmas", "Sasaran Bayi (Surviving Infant)", "Jumlah IDL", "% Cakupan thd Sasaran"],
      [1, "Puskesmas Hilisimae", 412, 207, 50.24],
      [2, "Puskesmas Lahusa Hulu", 286, 134, 46.85],
      [3, "Puskesmas Sirombu Dalam", 198, 93, k4],
    ],
    formulas: { E3: "ROUND(D3/C3*100,2)", E4: "ROUND(D4/C4*100,2)" },
  });
  expect(roles(spec(46.97)).slice(1, 3)).toEqual([
    ["B", "lokasi", undefined],
    ["C", "target", 2024],
  ]);
  expect(roles(spec(46.97))[4]).toEqual(["E", "capaian", 2024]);
  expect(found(spec(64.97))).toContainEqual(["capaian-mismatch", "E5"]);
});

it("adds non-cumulative quarters whose 'Sifat' says Jumlah, and caps payments at the contract", () => {
  expect(
    found({
      name: "Rencana Aksi",
      rows: [
        ["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025"],
        [
          "No",
          "Indikator",
          "Satuan",
          "Target Tahunan",
          "Target per Triwulan (bukan kumulatif)",
          null,
          null,
          null,
          "Sifat",
        ],
        ["No", "Indikator", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV", "Sifat"],
        [1, "Persentase jalan kabupaten kondisi mantap", "%", 61.4, 58.2, 58.9, 60.3, 61.4, "Tingkat"],
        [2, "Panjang jalan yang direhabilitasi", "km", 18.5, 0, 3.5, 7, 6, "Jumlah"],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3"],
    }),
  ).toEqual([["sum-mismatch", "D5"]]);
  expect(
    found({
      name: "TW III",
      rows: [
        ["LAPORAN PERKEMBANGAN FISIK DAN KEUANGAN PAKET PEKERJAAN TAHUN 2024"],
        ["No", "Paket Pekerjaan", "Desa / Kecamatan", "Nilai Kontrak (Rp)", "Realisasi Keuangan", null],
        ["No", "Paket Pekerjaan", "Desa / Kecamatan", "Nilai Kontrak (Rp)", "Rp", "% thd Kontrak"],
        [1, "Peningkatan Jalan Lanjak", "Ds. Lanjak Raya", 4_386_500_000, 2_631_900_000, 60],
        [2, "Rehabilitasi Jembatan Sibau", "Ds. Sibau Tengah", 1_248_600_000, 1_284_600_000, 102.88],
        [3, "Drainase Pasar Embaloh", "Kel. Embaloh Hilir", 862_450_000, 819_327_500, 95],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"],
      formulas: { F4: "ROUND(E4/D4*100,2)", F5: "ROUND(E5/D5*100,2)", F6: "ROUND(E6/D6*100,2)" },
    }),
  ).toEqual([["serapan-over-100", "E5"]]);
});

const tlhp = (d7: number, h8: number): SheetSpec => ({
  name: "Rekap TLHP",
  rows: [
    ["REKAPITULASI TINDAK LANJUT HASIL PEMERIKSAAN PER PERANGKAT DAERAH 2024"],
    [
      "No",
      "Perangkat Daerah",
      "Hasil Pemeriksaan",
      null,
      "Status Tindak Lanjut Rekomendasi",
      null,
      null,
      "% Selesai",
    ],
    [
      "No",
      "Perangkat Daerah",
      "Temuan",
      "Rekomendasi",
      "Selesai",
      "Dalam Proses",
      "Belum Ditindaklanjuti",
      "% Selesai",
    ],
    [1, "Badan Keuangan", 9, 19, 14, 4, 1, 73.68],
    [2, "Dinas PUPR", 11, 21, 12, 6, 3, 57.14],
    [3, "Dinas Kesehatan", 6, 11, 9, 2, 0, 81.82],
    [4, "Dinas Perhubungan", 8, d7, 14, 5, 3, Math.round((14 / d7) * 10000) / 100],
    [5, "RSUD", 10, 15, 13, 2, 0, h8],
    [6, "Sekretariat Daerah", 5, 9, 7, 1, 1, 77.78],
    // (the total's share is its own ratio, 69 / 97: a typed one is held to it since forms-blind300)
    ["Sub Jumlah", null, 49, 97 + d7 - 22, 69, 20, 8, Math.round((69 / (75 + d7)) * 10000) / 100],
  ],
  merges: ["A2:A3", "B2:B3", "C2:D2", "E2:G2", "H2:H3"],
  formulas: Object.fromEntries([4, 5, 6, 7, 8, 9].map((r) => [`H${r}`, `ROUND(E${r}/D${r}*100,2)`])),
});

it("adds a status group into the column it is named for, and names a stale saved ratio", () => {
  expect(found(tlhp(22, 86.67))).toEqual([]);
  expect(found(tlhp(23, 86.67))).toEqual([["sum-mismatch", "D7"]]);
  // (a "%" column read as a capaian beside its counts: a capaian written stale, forms-blind247)
  expect(found(tlhp(22, 73.33))).toEqual([["capaian-mismatch", "H8"]]);
});

it("does not add a position's JUMLAH, and SUM passes over '-'", () => {
  const pinjam = (f: number): SheetSpec => ({
    name: "Peminjaman 2024",
    rows: [
      ["REKAPITULASI PEMINJAMAN KOLEKSI TAHUN 2024"],
      ["No", "Bulan", "Fiksi", "Nonfiksi", "Jumlah Dipinjam", "Anggota Aktif (akhir bulan)"],
      [1, "Januari", 1386, 974, 2360, 6842],
      [2, "Februari", 1302, 951, 2253, 6915],
      [3, "Maret", 1254, 1012, 2266, 7003],
      ["JUMLAH", null, f, 2937, 6879, 7003],
    ],
    formulas: { F6: "F5" },
  });
  expect(found(pinjam(3942))).toEqual([]);
  expect(found(pinjam(3492))).toEqual([["sum-mismatch", "C6"]]);
  const dpa: SheetSpec = {
    name: "DPA",
    rows: [
      ["RINGKASAN DPA TAHUN 2025"],
      ["Kode", "Uraian", "Belanja Pegawai", "Belanja Barang dan Jasa", "Belanja Modal", "Jumlah (Rp)"],
      ["2.23.02.2.01", "Pengelolaan Perpustakaan", "-", 833_450_000, 1_964_050_000, 2_797_500_000],
      ["2.23.02.2.01.0001", "Pengembangan Koleksi", "-", 215_600_000, 486_250_000, 710_850_000],
      ["2.23.02.2.01.0002", "Pembinaan Perpustakaan", "-", 205_750_000, 742_800_000, 948_550_000],
      ["2.23.02.2.01.0003", "Layanan Keliling", "-", 190_400_000, 405_000_000, 595_400_000],
      ["2.23.02.2.01.0004", "Literasi Digital", "-", 221_700_000, 330_000_000, 551_700_000],
    ],
    formulas: {
      F3: "SUM(C3:E3)",
      D3: "SUM(D4:D7)",
      E3: "SUM(E4:E7)",
      F5: "SUM(C5:E5)",
      F6: "SUM(C6:E6)",
      F7: "SUM(C7:E7)",
    },
  };
  const f = runRules(detectTables(sheet(dpa)).map((table) => ({ table, grid: sheet(dpa) })));
  const said = f.filter((x) => x.severity !== "info");
  expect(said.map((x) => [x.rule, x.cell])).toEqual([["hardcoded-value", "F4"]]);
  expect(said[0].message).toMatch(/701\.850\.000/);
});
