// What forms-blind43 .. 44 taught (transport and tourism offices of Bali and NTB; marine-fisheries
// and estate-crop offices of Sulawesi Utara and Gorontalo): a capaian "s.d. TW III" over the
// realisation to date and the year's target; "Sifat" (Kumulatif) beside "Arah" (Naik / Turun)
// is a remark; "Rata-rata per Bulan" under a JUMLAH; "Jumlah Pagu Perubahan 2022-2024 (Rp)" is
// the period's total; a last row that SUMs every row above is the total whatever its name;
// leaves under unmerged group headings; a unit price is no amount to add.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import type { Finding } from "../../../src/core/report";
import { sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";
import type { CellValue } from "../../../src/core/grid";

function findings(spec: SheetSpec): Finding[] {
  const g = sheet(spec);
  return runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter((f) => f.severity !== "info");
}
const said = (fs: Finding[]): string[][] => fs.map((f) => [f.rule, f.cell]);
function roles(spec: SheetSpec): string[] {
  const [t] = detectTables(sheet(spec));
  return t.columns.map((c) => `${c.role}${c.year ? ` ${c.year}` : ""}${c.quarter ? ` q${c.quarter}` : ""}`);
}

function tw3(capaianTunggu: number): SheetSpec {
  return {
    name: "Capaian TW III",
    rows: [
      ["PENGUKURAN KINERJA TRIWULANAN"],
      ["Periode: Januari s.d. September (Triwulan III) Tahun Anggaran 2024"],
      ["No", "Indikator Kinerja", "Satuan", "Sifat", "Arah", "Tahun 2024", null, null],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Sifat",
        "Arah",
        "Target Tahun",
        "Realisasi s.d. TW III",
        "Capaian s.d. TW III (%)",
      ],
      [
        1,
        "Rasio kecelakaan lalu lintas per 10.000 kendaraan",
        "rasio",
        "Non Kumulatif",
        "Turun",
        2.4,
        2.1,
        112.5,
      ],
      [2, "Jumlah penumpang angkutan umum massal", "orang", "Kumulatif", "Naik", 1_450_000, 812_340, 56.02],
      [
        3,
        "Rata-rata waktu tunggu penumpang di halte",
        "menit",
        "Non Kumulatif",
        "Turun",
        15,
        17,
        capaianTunggu,
      ],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3"],
  };
}

it("holds a capaian to date against the year's target, by the polarity of 'Arah'", () => {
  expect(roles(tw3(86.67)).slice(3, 5)).toEqual(["keterangan", "polaritas"]);
  expect(findings(tw3(86.67))).toEqual([]);
  expect(said(findings(tw3(113.33)))).toEqual([["capaian-mismatch", "H7"]]);
});

function kir(tidakLulus: string): SheetSpec {
  const bulan: Array<[string, number, number]> = [
    ["Januari", 1182, 214],
    ["Februari", 1094, 187],
    ["Maret", 1236, 229],
    ["April", 1058, 176],
  ];
  const rows: CellValue[][] = [
    ["REKAPITULASI PENGUJIAN KENDARAAN BERMOTOR TAHUN 2024"],
    ["No", "Bulan", "Hari Layanan", "Lulus Uji", "Tidak Lulus", "Jumlah Kendaraan Diuji"],
  ];
  const formulas: Record<string, string> = {};
  bulan.forEach(([b, l, t], i) => {
    rows.push([i + 1, b, 20 + i, l, t, l + t]);
    formulas[`F${i + 3}`] = `D${i + 3}+E${i + 3}`;
  });
  const tl = tidakLulus === "E3:E6" ? 806 : 592;
  // (F7 sums the row totals above it, whichever range E7 takes: its saved value is theirs)
  rows.push(["Jumlah", null, 86, 4570, tl, 4570 + 806]);
  rows.push(["Rata-rata per Bulan", null, null, 1143, null, null]);
  Object.assign(formulas, {
    C7: "SUM(C3:C6)",
    D7: "SUM(D3:D6)",
    E7: `SUM(${tidakLulus})`,
    F7: "SUM(F3:F6)",
    D8: "ROUND(AVERAGE(D3:D6),0)",
  });
  return { name: "Uji KIR", rows, formulas };
}

it("sets an average row apart and holds the JUMLAH above it to its months", () => {
  expect(
    detectTables(sheet(kir("E3:E6")))[0]
      .rows.map((r) => r.kind)
      .slice(-2),
  ).toEqual(["total", "rata-rata"]);
  expect(findings(kir("E3:E6"))).toEqual([]);
  expect(said(findings(kir("E3:E5")))).toEqual([["sum-mismatch", "E7"]]);
});

it("reads 'Jumlah Pagu Perubahan 2022-2023 (Rp)' as the period's total, not a pagu of 2022", () => {
  const spec: SheetSpec = {
    name: "Pendanaan",
    rows: [
      ["PAGU MURNI DAN PAGU PERUBAHAN TAHUN 2022 S.D. 2024 (dalam rupiah)"],
      [
        "No",
        "Kode",
        "Program / Kegiatan",
        "Tahun 2022",
        null,
        "Tahun 2023",
        null,
        "Jumlah Pagu Perubahan 2022-2023 (Rp)",
      ],
      [
        "No",
        "Kode",
        "Program / Kegiatan",
        "Pagu Murni",
        "Pagu Perubahan",
        "Pagu Murni",
        "Pagu Perubahan",
        "Jumlah Pagu Perubahan 2022-2023 (Rp)",
      ],
      [
        1,
        "2.15.02",
        "PROGRAM LLAJ",
        3_851_600_000,
        4_018_050_000,
        4_383_750_000,
        4_274_600_000,
        8_292_650_000,
      ],
      [
        null,
        "2.15.02.2.02",
        "Penyediaan Perlengkapan Jalan",
        2_946_000_000,
        3_128_750_000,
        3_415_500_000,
        2_874_600_000,
        6_003_350_000,
      ],
      [
        null,
        "2.15.02.2.04",
        "Pengujian Berkala Kendaraan Bermotor",
        905_600_000,
        889_300_000,
        968_250_000,
        1_400_000_000,
        2_289_300_000,
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2", "H2:H3"],
    formulas: {
      D4: "SUM(D5:D6)",
      E4: "SUM(E5:E6)",
      F4: "SUM(F5:F6)",
      G4: "SUM(G5:G6)",
      H4: "E4+G4",
      H5: "E5+G5",
      H6: "E6+G6",
    },
  };
  const [t] = detectTables(sheet(spec));
  expect(t.columns.find((c) => c.col === 8)).toMatchObject({ role: "anggaran", endOfPeriod: true });
  expect(t.columns.find((c) => c.col === 8)?.year).toBeUndefined();
  expect(findings(spec)).toEqual([]);
});

function luas(e2022: number): SheetSpec {
  return {
    name: "Luas Areal",
    rows: [
      ["LUAS AREAL TANAMAN KELAPA DALAM MENURUT KABUPATEN/KOTA 2020-2022"],
      ["No", "Kabupaten/Kota", "Luas Areal (Ha)", null, null],
      ["No", "Kabupaten/Kota", 2020, 2021, 2022],
      [1, "Kab. Tomini Barat", 21_486.5, 21_402.75, 21_355.2],
      [2, "Kab. Paguyaman Raya", 17_932.4, 18_046.1, 18_210.35],
      [3, "Kab. Bone Pantai Utara", 9_874.2, 9_911.6, 9_966.45],
      [null, "Provinsi Gorontalo", 49_293.1, 49_360.45, e2022],
    ],
    merges: ["A2:A3", "B2:B3", "C2:E2"],
    formulas: { C7: "SUM(C4:C6)", D7: "SUM(D4:D6)", E7: "SUM(E4:E6)" },
  };
}

it("takes a last row that SUMs every row above for the total, whatever its name", () => {
  expect(roles(luas(49_532))[1]).toBe("lokasi");
  expect(detectTables(sheet(luas(49_532)))[0].rows.at(-1)?.kind).toBe("total");
  expect(findings(luas(49_532))).toEqual([]);
  expect(said(findings(luas(49_133.6)))).toEqual([["sum-mismatch", "E7"]]);
});

it("reads leaves under unmerged group headings, and a unit price as no amount", () => {
  const spec: SheetSpec = {
    name: "Rekap Bantuan",
    rows: [
      ["REKAPITULASI BANTUAN ALAT PENANGKAPAN IKAN TAHUN 2024"],
      [
        "No",
        "Kabupaten/Kota",
        "Jaring Insang Dasar",
        null,
        null,
        "Mesin Tempel 15 PK",
        null,
        null,
        "Total Nilai Bantuan (Rp)",
      ],
      [
        null,
        null,
        "Vol. (unit)",
        "Harga Satuan (Rp)",
        "Nilai (Rp)",
        "Vol. (unit)",
        "Harga Satuan (Rp)",
        "Nilai (Rp)",
        null,
      ],
      [1, "Kab. Tomini Barat", 42, 4_850_000, 203_700_000, 14, 18_750_000, 262_500_000, 466_200_000],
      [2, "Kab. Paguyaman Raya", 33, 4_850_000, 160_050_000, 11, 18_750_000, 206_250_000, 366_300_000],
      [3, "Kab. Bone Pantai Utara", 27, 4_850_000, 130_950_000, 9, 19_400_000, 174_600_000, 305_550_000],
      ["JUMLAH", null, 102, 4_850_000, 494_700_000, 34, null, 643_350_000, 1_138_050_000],
    ],
    formulas: { C7: "SUM(C4:C6)", E7: "SUM(E4:E6)", F7: "SUM(F4:F6)", H7: "SUM(H4:H6)", I7: "SUM(I4:I6)" },
  };
  const [t] = detectTables(sheet(spec));
  expect([t.range.r1, t.range.c1, t.range.c2]).toEqual([2, 1, 9]);
  expect(roles(spec)[3]).toBe("lainnya");
  expect(findings(spec)).toEqual([]);
});
