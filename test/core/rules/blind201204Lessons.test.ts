// What forms-blind201 .. 204 taught (mental health, green space and waste banks, land and property
// taxes, salt and fish processing): a note that names its stocks "bukan akumulasi" leaves the counts
// of work done to add up; a predikat away from the capaian grades the table's one capaian, of its
// year; "Komponen" names a computation's rows; a target population estimated may be passed;
// "Persentase capaian target" is an achievement, not a share.
import { detectTables } from "../../../src/core/detect";
import { bagianPersen } from "../../../src/core/rules/percentOutOfRange";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a T-C.27 whose note names its stocks 'bukan akumulasi' (forms-blind202)", () => {
  const tc27 = (akhirTaman: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["Rencana Program, Kegiatan dan Sub Kegiatan serta Pendanaan Renstra DLH Tahun 2025-2029"],
      [],
      [
        "Kode",
        "Program / Kegiatan / Sub Kegiatan",
        "Indikator",
        "Satuan",
        "Target Tahun ke-1",
        "Target Tahun ke-2",
        "Target Tahun ke-3",
        "Target Tahun ke-4",
        "Target Tahun ke-5",
        "Kondisi Akhir",
      ],
      [
        "2.11.06.2.01",
        "Pengelolaan Keanekaragaman Hayati",
        "Luas RTH publik yang dikelola",
        "ha",
        530,
        555,
        585,
        615,
        650,
        650,
      ],
      [
        "2.11.06.2.01.0002",
        "Pembangunan Taman Kota",
        "Jumlah taman kota yang dibangun",
        "unit",
        2,
        2,
        3,
        3,
        2,
        akhirTaman,
      ],
      [
        "2.11.06.2.01.0003",
        "Pemeliharaan RTH",
        "Luas RTH publik yang dipelihara",
        "ha",
        480,
        505,
        530,
        560,
        590,
        590,
      ],
      [],
      ["Keterangan: target indikator luas dan proporsi merupakan kondisi (stok), bukan akumulasi."],
    ],
  });

  it("names a count of parks built that ends at its last target", () => {
    expect(foundOn(tc27(2))).toEqual([["kondisi-akhir-mismatch", "J5"]]);
  });

  it("keeps the sum, and the stocks' last targets", () => {
    expect(foundOn(tc27(12))).toEqual([]);
  });
});

describe("an LKjIP whose predikat stands after last year's realisation (forms-blind204)", () => {
  it("grades the table's one capaian, of 2024", () => {
    const spec: SheetSpec = {
      name: "Tabel 3.1",
      rows: [
        [
          "No",
          "Indikator Kinerja Utama",
          "Satuan",
          "Kinerja Tahun 2024",
          null,
          null,
          "Tahun 2023",
          "Predikat",
        ],
        [
          "No",
          "Indikator Kinerja Utama",
          "Satuan",
          "Target",
          "Realisasi",
          "Capaian (%)",
          "Realisasi",
          "Predikat",
        ],
        [1, "Angka konsumsi ikan", "kg/kapita/tahun", 38.5, 37.2, 96.62, 36.1, "Sangat Tinggi"],
        [2, "Produksi garam rakyat", "ton", 18500, 16400, 88.65, 15900, "Tinggi"],
      ],
      merges: ["A1:A2", "B1:B2", "C1:C2", "D1:F1", "H1:H2"],
    };
    const [t] = detectTables(sheet(spec));
    expect(t.columns.find((c) => c.role === "predikat")?.year).toBe(2024);
  });
});

describe("an SPM computation under an LKjIP table, and its recap per puskesmas (forms-blind201)", () => {
  it("finds 'No | Komponen | Jumlah' as a table of its own", () => {
    const spec: SheetSpec = {
      name: "Tabel 3.1",
      rows: [
        ["Tabel 3.2 Perhitungan Capaian SPM Pelayanan Kesehatan ODGJ Berat Tahun 2024"],
        [],
        ["No", "Komponen", "Jumlah"],
        ["1", "Sasaran ODGJ berat (estimasi prevalensi Riskesdas)", 421],
        ["2", "ODGJ berat yang mendapat pelayanan sesuai standar", 389],
        ["3", "Persentase (2 / 1 x 100%)", 92.4],
      ],
    };
    const [t] = detectTables(sheet(spec));
    expect(t?.range).toEqual({ r1: 3, c1: 1, r2: 6, c2: 3 });
    expect(t?.columns.map((c) => c.role)).toEqual(["no", "indikator", "lainnya"]);
  });

  const rekap = (catatan: string): SheetSpec => ({
    name: "Rekap SPM Keswa 2024",
    rows: [
      ["REKAPITULASI CAPAIAN SPM PELAYANAN KESEHATAN ORANG DENGAN GANGGUAN JIWA BERAT"],
      ["DAN REALISASI DANA BOK PER PUSKESMAS s.d. DESEMBER 2024"],
      [],
      [
        "No",
        "Puskesmas",
        "Kecamatan",
        "Pelayanan Kesehatan ODGJ Berat",
        null,
        null,
        "Dana BOK Kesehatan Jiwa (Rp)",
        null,
        null,
      ],
      [
        "No",
        "Puskesmas",
        "Kecamatan",
        "Sasaran (orang)",
        "Dilayani Sesuai Standar (orang)",
        "Capaian SPM (%)",
        "Pagu",
        "Realisasi",
        "Serapan (%)",
      ],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (5) / (4) x 100", "(7)", "(8)", "(9) = (8) / (7) x 100"],
      [1, "Tepal Raya", "Batu Lanteh Hulu", 46, 44, 95.65, 45000000, 43750000, 97.22],
      [2, "Sebasang", "Moyo Tengah", 38, 38, 100, 38500000, 37915000, 98.48],
      [3, "Ropang Hulu", "Ropang", 29, 31, 106.9, 32000000, 31480000, 98.38],
      [4, "Empang Baru", "Empang", 41, 36, 87.8, 41200000, 38940000, 94.51],
      [],
      [catatan],
    ],
    merges: ["A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:I4"],
    formulas: Object.fromEntries(
      [7, 8, 9, 10].flatMap((r) => [
        [`F${r}`, `ROUND(E${r}/D${r}*100,2)`],
        [`I${r}`, `ROUND(H${r}/G${r}*100,2)`],
      ]),
    ),
  });

  it("lets those served pass a target population the notes call an estimate", () => {
    expect(
      foundOn(rekap("Catatan: sasaran = estimasi ODGJ berat (prevalensi psikosis x jumlah penduduk).")),
    ).toEqual([]);
  });

  it("names them above a target population counted (kept)", () => {
    expect(foundOn(rekap("Sumber: laporan bulanan keswa puskesmas."))).toEqual([
      ["percent-out-of-range", "E9"],
    ]);
  });
});

describe("a Renstra's 'Persentase capaian target BPHTB' of 101,3 (forms-blind203)", () => {
  it("is an achievement in percent, which may pass 100, not a share", () => {
    expect(bagianPersen("%", "Persentase capaian target BPHTB")).toBe(false);
    expect(bagianPersen("%", "Persentase pencapaian target PAD")).toBe(false);
    // (a share stays one)
    expect(bagianPersen("%", "Persentase objek PBB-P2 yang dimutakhirkan")).toBe(true);
  });
});
