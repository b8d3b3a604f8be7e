// What forms-blind61 .. 62 taught (an inspectorate's SAKIP recap, the Indeks RB, livestock and
// vaccination of two kabupaten; a kecamatan, a Dinas Kebudayaan and a Dinas Pertanahan): a typed
// figure among its row's column sums is held to the same sum; "Cakupan (%)" that divides a count
// by the year's "Sasaran" is that year's capaian, the count its realisation; a count named
// cumulative ends on its last target; of the stages' realisations, the "Total Realisasi" is the
// year's; scores and indices measured in a recap are offered as the year's realisation.
import { detectTables } from "../../../src/core/detect";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const found = foundOn;
const roles = (spec: SheetSpec, i = 0): string[] =>
  detectTables(sheet(spec))[i].columns.map((c) => {
    const r = c.tebakan ?? c;
    return `${r.role}${r.year ? ` ${r.year}` : ""}`;
  });

describe("a typed figure among its row's column sums", () => {
  const spec = (e7: number): SheetSpec => ({
    name: "Indeks RB",
    rows: [
      ["Tabel 1. Perkembangan Nilai Indeks Reformasi Birokrasi"],
      ["No", "Komponen / Area Perubahan", "Bobot", "Nilai Indeks RB Tahun", null, null, null],
      ["No", "Komponen / Area Perubahan", "Bobot", 2021, 2022, 2023, 2024],
      ["A", "KOMPONEN PENGUNGKIT", 10, 5.46, 6.16, 6.86, 7.48],
      [1, "Manajemen Perubahan", 5, 2.41, 2.86, 3.12, 3.47],
      [2, "Deregulasi Kebijakan", 5, 3.05, 3.3, 3.74, 4.01],
      ["B", "KOMPONEN HASIL", 20, 12.52, e7, 13.5, 14.06],
      [1, "Kapasitas dan Akuntabilitas", 10, 5.62, 6.1, 6.48, 6.95],
      [2, "Pemerintah yang Bersih", 10, 6.9, 6.9, 7.02, 7.11],
      ["INDEKS (A + B)", null, 30, 17.98, 6.16 + e7, 20.36, 21.54],
    ],
    merges: ["D2:G2"],
    formulas: {
      D4: "SUM(D5:D6)",
      E4: "SUM(E5:E6)",
      F4: "SUM(F5:F6)",
      G4: "SUM(G5:G6)",
      D7: "SUM(D8:D9)",
      F7: "SUM(F8:F9)",
      G7: "SUM(G8:G9)",
      D10: "D4+D7",
      E10: "E4+E7",
      F10: "F4+F7",
      G10: "G4+G7",
    },
  });
  it("names it where the other years' SUM give another figure", () => {
    expect(found(spec(15))).toEqual([["sum-mismatch", "E7"]]);
    expect(found(spec(13))).toEqual([]);
  });
  it("does not hold a weight beside the years to them", () => {
    const s = spec(13);
    s.rows[3][2] = 60; // a Bobot typed, no formula of its kind beside it
    expect(found(s)).toEqual([]);
  });
});

it("reads Cakupan (%) over the year's Sasaran as its capaian, one pair per group", () => {
  const spec: SheetSpec = {
    name: "Vaksinasi",
    rows: [
      ["Tabel 4.3 Cakupan Vaksinasi Penyakit Hewan Menular Strategis Tahun 2024"],
      ["No", "Kecamatan", "Vaksinasi Rabies", null, null, "Vaksinasi SE", null, null],
      [
        "No",
        "Kecamatan",
        "Sasaran (ekor)",
        "Divaksin (ekor)",
        "Cakupan (%)",
        "Sasaran (ekor)",
        "Divaksin (ekor)",
        "Cakupan (%)",
      ],
      [1, "Muara Kedang", 1432, 1245, 86.94, 2860, 2514, 87.9],
      [2, "Loa Sengkuang", 986, 912, 92.49, 1740, 1802, 103.56],
      [3, "Sebulu Darat", 1215, 1037, 85.35, 3125, 2688, 86.02],
      ["JUMLAH", null, 3633, 3194, 87.92, 7725, 7004, 92.49],
    ],
    merges: ["C2:E2", "F2:H2"],
    formulas: {
      ...Object.fromEntries(
        [4, 5, 6, 7].flatMap((r) => [
          [`E${r}`, `ROUND(D${r}/C${r}*100,2)`],
          [`H${r}`, `ROUND(G${r}/F${r}*100,2)`],
        ]),
      ),
      H7: "ROUND(AVERAGE(H4:H6),2)",
    },
  };
  expect(roles(spec)).toEqual([
    "no",
    "lokasi",
    "target 2024",
    "realisasi 2024",
    "capaian 2024",
    "target 2024",
    "realisasi 2024",
    "capaian 2024",
  ]);
  // the JUMLAH's AVERAGE of percentages is no capaian of its totals
  expect(found(spec)).toEqual([["capaian-mismatch", "H7"]]);
});

describe("a Renstra count named cumulative", () => {
  const spec = (p: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["Kode", "Indikator Kinerja", "Satuan", "Target", null, null, "Kondisi Akhir Renstra (2027)"],
      ["Kode", "Indikator Kinerja", "Satuan", 2025, 2026, 2027, "Kondisi Akhir Renstra (2027)"],
      ["2.10.02.2.01", "Jumlah bidang tanah pemda bersertifikat (kumulatif)", "bidang", 1330, 1424, 1518, p],
      ["2.10.02.2.02", "Jumlah dokumen rencana penggunaan tanah", "dokumen", 2, 2, 3, 7],
    ],
    merges: ["D1:F1"],
  });
  it("ends on its last target, not the sum", () => {
    expect(found(spec(1518))).toEqual([]);
    expect(found(spec(4272))).toEqual([["kondisi-akhir-mismatch", "G3"]]);
  });
});

it("takes the Total Realisasi of the stages as the year's realisation against the pagu", () => {
  const spec: SheetSpec = {
    name: "Rekap DK",
    rows: [
      ["REKAPITULASI PENYALURAN DAN REALISASI DANA KELURAHAN TAHUN ANGGARAN 2024"],
      ["No", "Kelurahan", "Pagu (Rp)", "Tahap I (50%)", null, "Tahap II (50%)", null, "Total Realisasi (Rp)"],
      [
        "No",
        "Kelurahan",
        "Pagu (Rp)",
        "Diterima",
        "Realisasi",
        "Diterima",
        "Realisasi",
        "Total Realisasi (Rp)",
      ],
      [1, "Lembang", 246_400_000, 123_200_000, 121_350_000, 123_200_000, 118_900_000, 240_250_000],
      [2, "Bulo Tanete", 98_500_000, 49_250_000, 48_200_000, 49_250_000, 53_750_000, 101_950_000],
      [3, "Takandeang", 239_800_000, 119_900_000, 119_900_000, 119_900_000, 112_475_000, 232_375_000],
    ],
    merges: ["D2:E2", "F2:G2"],
    formulas: { H4: "E4+G4", H5: "E5+G5", H6: "E6+G6" },
  };
  expect(found(spec)).toEqual([["serapan-over-100", "H5"]]);
});

it("offers an inspectorate's SAKIP scores as the year's realisation", () => {
  const spec: SheetSpec = {
    name: "Rekap LHE",
    rows: [
      ["REKAPITULASI HASIL EVALUASI AKUNTABILITAS KINERJA PERANGKAT DAERAH TAHUN 2024"],
      ["No.", "Perangkat Daerah", "Nilai Komponen Evaluasi (Bobot)", null, "Nilai Akhir", "Predikat"],
      [
        "No.",
        "Perangkat Daerah",
        "Perencanaan Kinerja (30)",
        "Pengukuran Kinerja (30)",
        "Nilai Akhir",
        "Predikat",
      ],
      [1, "Sekretariat Daerah", 24.6, 22.35, 46.95, "C"],
      [2, "Inspektorat Daerah", 25.2, 24.15, 49.35, "C"],
      [3, "Dinas Kesehatan", 22.5, 21.6, 44.1, "C"],
    ],
    merges: ["C2:D2"],
  };
  expect(roles(spec).slice(2, 5)).toEqual(["realisasi 2024", "realisasi 2024", "realisasi 2024"]);
});

it("plans only in the part of a title that says so ('... CAGAR BUDAYA DAN USULAN PENETAPAN')", () => {
  const spec = (title: string): SheetSpec => ({
    name: "Rekap CB",
    rows: [
      [title],
      ["KEADAAN 31 DESEMBER 2024"],
      ["No", "Kecamatan", "Cagar Budaya Ditetapkan", "Usulan Penetapan (ODCB)"],
      [1, "Karangsoka Utara", 16, 4],
      [2, "Karangsoka Selatan", 10, 2],
      [3, "Pekunden", 24, 6],
    ],
  });
  expect(roles(spec("REKAPITULASI CAGAR BUDAYA DAN USULAN PENETAPAN MENURUT KECAMATAN")).slice(2)).toEqual([
    "realisasi 2024",
    "lainnya",
  ]);
  expect(roles(spec("REKAPITULASI USULAN PENETAPAN CAGAR BUDAYA MENURUT KECAMATAN")).slice(2)).toEqual([
    "lainnya",
    "lainnya",
  ]);
});
