// What forms-blind53 .. 54 taught (agriculture, transport and disaster offices of Kalimantan Utara
// and Maluku; social, women-and-children and government offices of Gorontalo and Papua): "TW-I"
// with a hyphen is a quarter; a Rencana Aksi's "Sifat Target: Kumulatif" runs its quarters from
// January (TW IV is the year); "TOTAL KABUPATEN" closes a recap; an LRA's grand-total heading is
// held to its own ratio; "Realisasi s.d. Triwulan III" adds the quarters so far; a note's clause
// without a subject speaks of the clause before it; money paid out under a title of payments is a
// realisation.
import { classifyHeader } from "../../../src/core/detect/roles";
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report/buildReport";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const found = foundOn;

it("reads cumulative quarter targets with hyphens as quarters whose last is the year", () => {
  const spec: SheetSpec = {
    name: "Rencana Aksi 2025",
    rows: [
      ["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025"],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target PK 2025",
        "Target Triwulan",
        null,
        null,
        null,
        "Sifat Target",
      ],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target PK 2025",
        "TW-I",
        "TW-II",
        "TW-III",
        "TW-IV",
        "Sifat Target",
      ],
      [1, "Luas tanam padi", "ha", 9600, 2300, 4900, 7400, 9600, "Kumulatif"],
      [2, "Produktivitas padi", "ku/ha", 42.5, 40.8, 41.6, 42.1, 42.5, "Posisi akhir triwulan"],
      [3, "Jumlah kelompok tani yang menerapkan GAP", "kelompok", 48, 8, 20, 34, 48, "Kumulatif"],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3"],
  };
  const [t] = detectTables(sheet(spec));
  expect(
    reportTable(t)
      .columns.slice(4, 8)
      .map((c) => c.quarter),
  ).toEqual([1, 2, 3, 4]);
  expect(found(spec)).toEqual([]);
});

it("closes a recap by place at 'TOTAL KABUPATEN' and checks its sub totals", () => {
  const spec = (e10: number): SheetSpec => ({
    name: "Produksi 2024",
    rows: [
      ["REKAPITULASI PRODUKSI TANAMAN PANGAN MENURUT KECAMATAN TAHUN 2024"],
      ["No", "Wilayah / Kecamatan", "Padi Sawah", "Jagung", "Ubi Kayu"],
      ["I", "WILAYAH PULAU WAIRATU"],
      [1, "Wairatu Kota", 2846, 412, 1385],
      [2, "Leihitu Timur", 4127, 956, 2204],
      [null, "Sub Total Wilayah I", 6973, 1368, 3589],
      ["II", "WILAYAH LEASE SELATAN"],
      [1, "Pulau Haruku Selatan", 0, 1518, 2690],
      [2, "Tanjung Amahai", 1204, 884, 1756],
      [null, "Sub Total Wilayah II", 1204, e10, 4446],
      [null, "TOTAL KABUPATEN", 8177, 1368 + e10, 8035],
    ],
    formulas: { C6: "SUM(C4:C5)", D6: "SUM(D4:D5)", E6: "SUM(E4:E5)", C10: "SUM(C8:C9)", E10: "SUM(E8:E9)" },
  });
  const [t] = detectTables(sheet(spec(2402)));
  expect(t.rows.map((r) => r.kind).slice(-1)).toEqual(["total"]);
  expect(reportTable(t).columns[1].role).toBe("lokasi");
  expect(found(spec(2402))).toEqual([]);
  expect(found(spec(1518))).toEqual([["sum-mismatch", "D10"]]);
});

it("holds an LRA's grand-total heading to its own absorption, not an average of the groups'", () => {
  const spec = (h3: string, e3: number): SheetSpec => ({
    name: "LRA Belanja",
    rows: [
      ["LAPORAN REALISASI ANGGARAN BELANJA TAHUN 2024"],
      ["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "% Realisasi"],
      ["5", "BELANJA DAERAH", 16_000_000_000, 12_500_000_000, e3],
      ["5.1", "BELANJA OPERASI", 12_000_000_000, 11_400_000_000, 95],
      ["5.1.01", "Belanja Pegawai", 12_000_000_000, 11_400_000_000, 95],
      ["5.3", "BELANJA TIDAK TERDUGA", 4_000_000_000, 1_100_000_000, 27.5],
      ["5.3.01", "Belanja Tidak Terduga", 4_000_000_000, 1_100_000_000, 27.5],
    ],
    formulas: {
      C3: "C4+C6",
      D3: "D4+D6",
      E3: h3,
      ...Object.fromEntries([4, 5, 6, 7].map((r) => [`E${r}`, `ROUND(D${r}/C${r}*100,2)`])),
    },
  });
  expect(found(spec("ROUND(D3/C3*100,2)", 78.13))).toEqual([]);
  expect(found(spec("ROUND(AVERAGE(E4,E6),2)", 61.25))).toEqual([["capaian-mismatch", "E3"]]);
});

it("adds the quarters so far into a realisation 's.d. Triwulan III'", () => {
  const spec = (n: string): SheetSpec => ({
    name: "E81 TW III",
    rows: [
      ["EVALUASI RENJA TRIWULAN III TAHUN 2024"],
      [
        "Kode",
        "Sub Kegiatan",
        "Indikator",
        "Target Renja 2024",
        null,
        "Realisasi",
        null,
        null,
        null,
        null,
        null,
        "Realisasi s.d. Triwulan III",
        null,
      ],
      [
        "Kode",
        "Sub Kegiatan",
        "Indikator",
        "Target Renja 2024",
        null,
        "Triwulan I",
        null,
        "Triwulan II",
        null,
        "Triwulan III",
        null,
        "Realisasi s.d. Triwulan III",
        null,
      ],
      ["Kode", "Sub Kegiatan", "Indikator", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
      [
        "2.15.02.2.01.0003",
        "Rambu",
        "Rambu terpasang",
        120,
        400_000_000,
        20,
        60_000_000,
        40,
        130_000_000,
        30,
        110_000_000,
        90,
        300_000_000,
      ],
      [
        "2.15.02.2.01.0004",
        "Marka",
        "Panjang marka jalan",
        6500,
        478_200_000,
        0,
        3_180_000,
        2100,
        151_380_000,
        2450,
        176_925_000,
        4550,
        331_485_000,
      ],
    ],
    merges: ["A2:A4", "B2:B4", "C2:C4", "D2:E3", "F2:K2", "F3:G3", "H3:I3", "J3:K3", "L2:M3"],
    formulas: { L5: "F5+H5+J5", M5: "G5+I5+K5", L6: "F6+H6+J6", M6: n },
  });
  expect(found(spec("G6+I6+K6"))).toEqual([]);
  const salah = found(spec("G6+I6"));
  expect(salah).toContainEqual(["sum-mismatch", "M6"]);
  expect(salah.filter(([, c]) => c !== "M6")).toEqual([]);
});

it("reads a note's subject from the clause before one that names none", () => {
  const spec: SheetSpec = {
    name: "Renstra",
    rows: [
      ["Target Kinerja Sasaran Renstra Tahun 2022-2026"],
      ["No", "Indikator Kinerja", "Satuan", "2022", "2023", "2024", "2025", "2026", "Kondisi Akhir (2026)"],
      [1, "Indeks Pembangunan Gender", "indeks", 86.4, 86.7, 87, 87.3, 87.6, 87.6],
      [
        2,
        "Jumlah desa ramah perempuan dan peduli anak (DRPPA) yang dibentuk",
        "desa/kel",
        10,
        12,
        15,
        15,
        18,
        70,
      ],
      [],
      ["Keterangan: DRPPA dihitung per tahun pembentukan; kondisi akhir = jumlah 2022-2026."],
    ],
  };
  expect(found(spec)).toEqual([]);
});

it("reads money paid out under a title of payments as realised, and SPM wordings", () => {
  const g = sheet({
    name: "Rekap Bansos",
    rows: [
      ["REKAPITULASI PENYALURAN BANTUAN SOSIAL PKH PER KABUPATEN TAHUN 2024"],
      ["No", "Kabupaten/Kota", "Tahap I", null, "Tahap II", null],
      ["No", "Kabupaten/Kota", "KPM", "Nilai (Rp)", "KPM", "Nilai (Rp)"],
      [1, "Kabupaten Sentanikarya", 18_452, 12_734_625_000, 18_197, 12_561_450_000],
      [2, "Kabupaten Yawamori", 9_864, 6_802_275_000, 9_731, 6_716_850_000],
    ],
    merges: ["A2:A3", "B2:B3", "C2:D2", "E2:F2"],
  });
  const cols = reportTable(detectTables(g)[0]).columns.map((c) => [c.column, c.role, c.guess]);
  expect(cols.slice(2)).toEqual([
    ["C", "realisasi", true],
    ["D", "realisasi-anggaran", undefined],
    ["E", "realisasi", true],
    ["F", "realisasi-anggaran", undefined],
  ]);
  const role = (h: string): string => classifyHeader(h.split(" > ")).role;
  expect(role("Jumlah Warga Negara yang Menjadi Sasaran (orang)")).toBe("target");
  expect(role("Jumlah yang Telah Terlayani (orang)")).toBe("realisasi");
});
