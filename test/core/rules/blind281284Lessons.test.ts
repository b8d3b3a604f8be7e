// What forms-blind281 .. 284 taught (capture fisheries, nutrition, small industry, irrigation): a
// percentage row's "=G13" does not hide a typed year among quarter sums; a vitamin A coverage over
// its Sasaran is a capaian; "Indikator negatif (X, Y)" names X and Y; a note that speaks of kinds
// leaves a count of work to the table's practice; a share capped at 100 is no correction.
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a typed year among quarter sums, beside a percentage row's '=G13' (forms-blind283)", () => {
  const spec = (halal: number): SheetSpec => ({
    name: "Sertifikasi 2024",
    rows: [
      ["Rekapitulasi Fasilitasi Sertifikasi Produk IKM per Triwulan Tahun 2024"],
      [],
      ["No", "Jenis Fasilitasi", "Target 2024", "Realisasi Triwulan", "", "", "", "Realisasi s.d. TW IV"],
      ["No", "Jenis Fasilitasi", "Target 2024", "I", "II", "III", "IV", "Realisasi s.d. TW IV"],
      [1, "Sertifikasi SNI (SPPT-SNI)", 40, 4, 9, 12, 11, 36],
      [2, "Sertifikat Halal (reguler dan self declare)", 120, 22, 35, 31, 29, halal],
      [3, "Pendaftaran Merek (HKI)", 60, 8, 14, 17, 15, 54],
      [4, "Persentase IKM lulus audit pada pengajuan pertama (%)", 80, 71.5, 76.8, 79.4, 83.6, 83.6],
    ],
    merges: ["D3:G3", "A3:A4", "B3:B4", "C3:C4", "H3:H4"],
    formulas: { H5: "D5+E5+F5+G5", H7: "D7+E7+F7+G7", H8: "G8" },
  });

  it("holds the typed 127 to the 117 its quarters give, and leaves the right 117 alone", () => {
    expect(foundOn(spec(117))).toEqual([]);
    expect(foundOn(spec(127))).toContainEqual(["hardcoded-value", "H6"]);
  });
});

describe("a T-C.27's final condition that mixes sums and last targets (forms-blind186, kept)", () => {
  const spec: SheetSpec = {
    name: "T-C.27",
    rows: [
      ["RENCANA PROGRAM, KEGIATAN DAN PENDANAAN 2025-2029"],
      [],
      ["Indikator", "Satuan", "2025", "2026", "2027", "2028", "2029", "Kondisi Akhir"],
      ["Rasio PJU terpasang terhadap kebutuhan", "%", 66, 70, 74, 78, 82, 82],
      ["Persentase ruas jalan yang dilengkapi rambu", "%", 53, 58, 63, 68, 73, 73],
      ["Jumlah rambu lalu lintas yang terpasang", "unit", 120, 130, 140, 140, 150, 680],
      ["Jumlah titik PJU yang terpasang", "titik", 250, 275, 300, 300, 325, 1450],
      ["Jumlah terminal tipe C yang memenuhi standar pelayanan", "unit", 1, 2, 2, 3, 3, 3],
      ["Jumlah terminal tipe C yang direhabilitasi", "unit", 0, 1, 0, 1, 0, 2],
    ],
    formulas: { H6: "C6+D6+E6+F6+G6", H7: "C7+D7+E7+F7+G7", H9: "C9+D9+E9+F9+G9" },
  };

  it("raises no hardcoded-value on the typed 3 of a count that is a stock: the years are no quarters", () => {
    expect(foundOn(spec)).not.toContainEqual(["hardcoded-value", "H8"]);
  });
});

describe("a coverage over its Sasaran added from its groups (forms-blind282)", () => {
  it("reads Sasaran as the target, Mendapat as realised and Cakupan as the capaian", () => {
    const spec: SheetSpec = {
      name: "Vit A Agst 2024",
      rows: [
        ["LAPORAN HASIL PEMBERIAN KAPSUL VITAMIN A BULAN AGUSTUS TAHUN 2024"],
        [],
        ["No", "Kecamatan", "Sasaran", "", "", "Mendapat Kapsul Vitamin A", "", "", "Cakupan (%)"],
        [
          "No",
          "Kecamatan",
          "Bayi 6-11 bulan",
          "Balita 12-59 bulan",
          "Jumlah",
          "Biru (bayi)",
          "Merah (balita)",
          "Jumlah",
          "Cakupan (%)",
        ],
        [1, "Tobadak Hulu", 412, 3105, 3517, 398, 2874, 3272, 93.03],
        [2, "Sinaru Pantai", 356, 2688, 3044, 331, 2402, 2733, 89.78],
        [3, "Budong Raya", 287, 2140, 2427, 266, 1952, 2218, 91.39],
        [4, "Karossa Timur", 198, 1523, 1721, 171, 1288, 1459, 84.78],
      ],
      merges: ["C3:E3", "F3:H3", "A3:A4", "B3:B4", "I3:I4"],
      formulas: Object.fromEntries(
        [5, 6, 7, 8].flatMap((r) => [
          [`E${r}`, `C${r}+D${r}`],
          [`H${r}`, `F${r}+G${r}`],
          [`I${r}`, `ROUND(H${r}/E${r}*100,2)`],
        ]),
      ),
    };
    const [t] = detectTables(sheet(spec));
    const roles = reportTable(t).columns.map((c) => c.role);
    expect(roles).toEqual([
      "no",
      "lokasi",
      "target",
      "target",
      "target",
      "realisasi",
      "realisasi",
      "realisasi",
      "capaian",
    ]);
  });
});

describe("a note 'Indikator negatif (X, Y)' (forms-blind284)", () => {
  const spec = (capaian: number): SheetSpec => ({
    name: "Tabel 3.2",
    rows: [
      ["Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2024"],
      [],
      ["No", "Indikator Kinerja Utama", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Persentase daerah irigasi dalam kondisi baik", "%", 66, 67.4, 102.12],
      [2, "Laju sedimentasi waduk Bili-Bili Hulu", "cm/tahun", 4.2, 4.6, capaian],
      [3, "Persentase P3A aktif berbadan hukum", "%", 55, 41.8, 76],
      [],
      [
        "Indikator negatif (sedimentasi, lahan puso) dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
      ],
    ],
  });

  it("reads the bracketed subjects as lower-is-better", () => {
    expect(foundOn(spec(90.48))).toEqual([]);
    expect(foundOn(spec(109.52))).toContainEqual(["capaian-mismatch", "F5"]);
  });
});

describe("a note on kinds, and a count of work not worded 'Jumlah' (forms-blind284)", () => {
  const spec = (akhir: number): SheetSpec => ({
    name: "Tabel 6.1",
    rows: [
      ["Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Bidang Sumber Daya Air 2025-2029"],
      [],
      ["Indikator", "Satuan", "Kondisi Awal 2024", "2025", "2026", "2027", "2028", "2029", "Kondisi Akhir"],
      ["Persentase daerah irigasi dalam kondisi baik", "%", 58.4, 61, 64, 67, 70, 73, 73],
      ["Jumlah daerah irigasi yang ditingkatkan kondisinya", "DI", 3, 3, 3, 4, 4, 4, 18],
      ["Panjang saluran irigasi yang direhabilitasi", "km", 15, 18, 20, 22, 24, 25, akhir],
      ["Jumlah embung yang dibangun", "unit", 1, 1, 1, 2, 2, 2, 8],
      ["Panjang tanggul banjir yang dibangun", "m", 450, 600, 750, 800, 850, 900, 3900],
      [],
      [
        "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
      ],
    ],
  });

  it("holds the km rehabilitated to the sum the table's other counts take", () => {
    expect(foundOn(spec(109))).toEqual([]);
    expect(foundOn(spec(25))).toContainEqual(["kondisi-akhir-mismatch", "I6"]);
  });
});

describe("a share capped at 100 is no correction (forms-blind284)", () => {
  it("reports a JUMLAH short by what the cap happens to move", () => {
    const rows = [
      ["Sekayu Ilir", 1245, 310, 122, 1677, 74.24],
      ["Muara Lawang", 860, 295, 210, 1365, 63],
      ["Tebing Sari", 1930, 402, 168, 2500, 77.2],
      ["Sungai Keruh Hulu", 512, 188, 260, 960, 187.5],
      ["Babat Toman Ulu", 1104, 356, 95, 1555, 71],
      ["Lais Tengah", 398, 140, 87, 625, 63.68],
    ];
    const spec: SheetSpec = {
      name: "Kondisi DI 2024",
      rows: [
        ["REKAPITULASI KONDISI JARINGAN DAERAH IRIGASI PER KECAMATAN TAHUN 2024"],
        [],
        ["Kecamatan", "Luas menurut Kondisi (ha)", "", "", "", "Persentase Kondisi Baik (%)"],
        ["Kecamatan", "Baik", "Rusak Ringan", "Rusak Berat", "Jumlah", "Persentase Kondisi Baik (%)"],
        ...rows,
        ["JUMLAH", 6049, 1691, 855, 8682, 69.67],
      ],
      merges: ["B3:E3", "A3:A4", "F3:F4"],
      formulas: {
        ...Object.fromEntries(
          [5, 6, 7, 9, 10].flatMap((r) => [
            [`E${r}`, `B${r}+C${r}+D${r}`],
            [`F${r}`, `ROUND(B${r}/E${r}*100,2)`],
          ]),
        ),
        E8: "B8+C8+D8",
        B11: "SUM(B5:B10)",
        C11: "SUM(C5:C10)",
        D11: "SUM(D5:D9)",
        E11: "SUM(E5:E10)",
        F11: "ROUND(B11/E11*100,2)",
      },
    };
    const found = foundOn(spec);
    expect(found).toContainEqual(["percent-out-of-range", "F8"]);
    expect(found).toContainEqual(["sum-mismatch", "D11"]);
  });
});
