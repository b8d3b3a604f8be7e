// What forms-blind45 .. 46 taught (health and family-planning offices of Sumatera Selatan and
// Bangka Belitung; housing and fire offices of Kalimantan Timur and Sulawesi Tenggara): a stale
// total two formulas down (a JUMLAH BELANJA over the row, a SURPLUS over that JUMLAH) is that
// row's consequence, named in its finding; "unit/tahun" is a flow whose end the table decides;
// "rumah layak huni" is higher-is-better, a share of a service for victims too; an average in
// rupiah is never added.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import { sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

function blud(jumlahBarang: number): SheetSpec {
  const q = (a: number, b: number, c: number, d: number): number[] => [a, b, c, d, a + b + c + d];
  const pendapatan = q(298_450_000, 331_870_500, 342_615_000, 356_204_500);
  const pegawai = q(318_200_000, 329_450_000, 341_760_000, 352_915_000);
  const barang = [392_150_000, 451_820_000, 468_305_000, 425_610_000, jumlahBarang];
  const belanja = pegawai.map((v, i) => v + barang[i]);
  return {
    name: "LRA BLUD",
    rows: [
      ["LAPORAN REALISASI PENDAPATAN DAN BELANJA BLUD PER TRIWULAN TAHUN 2024"],
      [
        "Kode Rekening",
        "Uraian",
        "Anggaran 2024 (Rp)",
        "Realisasi per Triwulan (Rp)",
        null,
        null,
        null,
        "Jumlah Realisasi (Rp)",
      ],
      [
        "Kode Rekening",
        "Uraian",
        "Anggaran 2024 (Rp)",
        "Triwulan I",
        "Triwulan II",
        "Triwulan III",
        "Triwulan IV",
        "Jumlah Realisasi (Rp)",
      ],
      ["4", "PENDAPATAN BLUD"],
      ["4.1.04.16.01.0001", "Pendapatan Jasa Layanan", 1_250_000_000, ...pendapatan],
      ["JUMLAH PENDAPATAN", null, 1_250_000_000, ...pendapatan],
      ["5", "BELANJA BLUD"],
      ["5.1.01", "Belanja Pegawai", 1_380_000_000, ...pegawai],
      ["5.1.02", "Belanja Barang dan Jasa", 1_765_000_000, ...barang],
      ["JUMLAH BELANJA", null, 3_145_000_000, ...belanja],
      ["SURPLUS / (DEFISIT)", null, -1_895_000_000, ...pendapatan.map((v, i) => v - belanja[i])],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3"],
    formulas: {
      H5: "SUM(D5:G5)",
      H8: "SUM(D8:G8)",
      H9: "SUM(D9:G9)",
      ...Object.fromEntries(
        ["C", "D", "E", "F", "G", "H"].flatMap((c) => [
          [`${c}6`, `SUM(${c}5:${c}5)`],
          [`${c}10`, `SUM(${c}8:${c}9)`],
          [`${c}11`, `${c}6-${c}10`],
        ]),
      ),
    },
  };
}

it("names a stale total's consequences two formulas down in its own finding", () => {
  const g = sheet(blud(1_312_275_000));
  const found = runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter(
    (f) => f.severity !== "info",
  );
  expect(found.map((f) => [f.rule, f.cell])).toEqual([["sum-mismatch", "H9"]]);
  expect(found[0].message).toContain("H11");
});

it("reads a yearly flow's sum as its end, the service for victims and decent houses as positive", () => {
  const g = sheet({
    name: "Tabel 4.2",
    rows: [
      ["Sasaran, Indikator dan Target Kinerja Renstra Tahun 2025-2029"],
      [
        "No",
        "Indikator Sasaran",
        "Satuan",
        "Baseline (2024)",
        "2025",
        "2026",
        "2027",
        "2028",
        "2029",
        "Kondisi Kinerja Akhir Periode Renstra",
      ],
      [
        1,
        "Jumlah rumah tidak layak huni (RTLH) yang ditangani",
        "unit/tahun",
        286,
        315,
        340,
        360,
        385,
        410,
        1810,
      ],
      [2, "Persentase rumah layak huni", "%", 86.14, 87.25, 88.4, 89.6, 90.85, 92.1, 92.1],
      [
        3,
        "Persentase pelayanan penyelamatan dan evakuasi korban kebakaran sesuai SPM",
        "%",
        80,
        82,
        85,
        88,
        91,
        94,
        94,
      ],
      [],
      [
        "Catatan: indikator RTLH bersifat aliran (unit per tahun); kondisi akhir adalah jumlah penanganan selama lima tahun.",
      ],
    ],
    formulas: { J3: "SUM(E3:I3)", J4: "I4", J5: "I5" },
  });
  const found = runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter(
    (f) => f.severity !== "info",
  );
  expect(found).toEqual([]);
  // a decent-housing share that dips is a trend break
  const dip = sheet({
    name: "T",
    rows: [
      ["Target Kinerja Renstra 2025-2029"],
      [
        "No",
        "Indikator Sasaran",
        "Satuan",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
      ],
      [1, "Persentase rumah layak huni", "%", 87.25, 88.4, 87.9, 90.85, 92.1],
    ],
  });
  expect(
    runRules(detectTables(dip).map((table) => ({ table, grid: dip })))
      .filter((f) => f.severity !== "info")
      .map((f) => [f.rule, f.cell]),
  ).toEqual([["target-trend", "F3"]]);
});

it("never adds an average in rupiah in a JUMLAH row", () => {
  const g = sheet({
    name: "Kerugian",
    rows: [
      ["KERUGIAN MATERIIL AKIBAT KEBAKARAN MENURUT KECAMATAN TAHUN 2024"],
      [
        "No",
        "Kecamatan",
        "Jumlah Kejadian (kali)",
        "Taksiran Kerugian Materiil (Rp)",
        "Rata-rata Kerugian per Kejadian (Rp)",
      ],
      [1, "Betoambari Hilir", 36, 1_486_250_000, 41_284_722],
      [2, "Murhum Pesisir", 34, 2_317_800_000, 68_170_588],
      [3, "Kokalukuna Baru", 19, 612_450_000, 32_234_211],
      ["JUMLAH", null, 89, 4_416_500_000, 49_623_596],
    ],
    formulas: {
      C6: "SUM(C3:C5)",
      D6: "SUM(D3:D5)",
      E3: "ROUND(D3/C3,0)",
      E4: "ROUND(D4/C4,0)",
      E5: "ROUND(D5/C5,0)",
      E6: "ROUND(D6/C6,0)",
    },
  });
  expect(
    runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter((f) => f.severity !== "info"),
  ).toEqual([]);
});
