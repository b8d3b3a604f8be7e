// What forms-blind325 .. 328 taught (the Inspektorat, food crops, housing and settlements, a
// kecamatan): a report's part lettered "B." over rows led by years is a table of its own; what
// records a harm ("profil kumuh") is work on it; a typed sum or a share that a mended slip puts
// right again is that slip's consequence.
import { detectTables } from "../../../src/core/detect";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a report's parts lettered 'A.' and 'B.' (forms-blind325)", () => {
  it("splits the second, its rows led by years, from the first", () => {
    // prettier-ignore
    const spec: SheetSpec = {
      name: "Rekap TLHP",
      rows: [
        ["A. Menurut Perangkat Daerah"],
        ["No", "Perangkat Daerah", "Jumlah Rekomendasi", "Sesuai Rekomendasi", "% Sesuai"],
        [1, "Dinas Pendidikan", 31, 22, 70.97],
        [2, "Dinas Kesehatan", 24, 19, 79.17],
        [3, "Dinas PUPR", 42, 26, 61.9],
        ["JUMLAH", null, 97, 67, 69.07],
        [],
        ["B. Menurut Tahun LHP"],
        ["Tahun LHP", "Jumlah Rekomendasi", "Sesuai Rekomendasi", "Belum Sesuai", "Persentase Sesuai (%)"],
        ["2022", 29, 21, 8, 72.41],
        ["2023", 34, 19, 15, 55.88],
        ["2024", 34, 27, 7, 79.41],
        ["Jumlah", 97, 67, 30, 69.07],
      ],
    };
    const ranges = detectTables(sheet(spec)).map((t) => [t.range.r1, t.range.r2, t.dataRange.r1]);
    expect(ranges).toEqual([
      [2, 6, 3],
      [9, 13, 10],
    ]);
  });
});

describe("what records a harm (forms-blind327)", () => {
  it("is work on it: higher is better", () => {
    expect(polaritasDariTeks("Persentase kelurahan dengan profil kumuh mutakhir")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Persentase desa dengan pemetaan kemiskinan")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Luas kawasan kumuh")?.polaritas).toBe("negatif");
  });
});

describe("a typed kondisi akhir Rp that a year's slip alone keeps from its sum (forms-blind328)", () => {
  // prettier-ignore
  const spec = (q: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["Rencana Program, Kegiatan dan Pendanaan Indikatif Kecamatan 2025-2029 (dalam ribuan rupiah)"],
      ["Kode", "Kegiatan / Sub Kegiatan", "Indikator", "Satuan", "Tahun 2025", null, "Tahun 2026", null, "Tahun 2027", null, "Tahun 2028", null, "Tahun 2029", null, "Kondisi Akhir", null],
      [null, null, null, null, "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp"],
      ["7.01.03.2.01.0001", "Fasilitasi Musrenbang", "Jumlah laporan musrenbang", "laporan", 1, 185400, 1, 192000, 1, 198750, 1, 205500, 1, 212300, 5, 993950],
      ["7.01.03.2.01.0002", "Bimtek LPM", "Jumlah peserta bimtek pengurus LPM", "orang", 40, 96250, 45, 99800, 50, 1034000, 50, 107100, 55, 110900, 240, q],
      ["7.01.03.2.02.0001", "Fasilitasi PKK", "Jumlah kegiatan PKK yang difasilitasi", "kegiatan", 12, 142600, 12, 148300, 14, 154200, 14, 160400, 16, 166800, 68, 772300],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2", "I2:J2", "K2:L2", "M2:N2", "O2:P2"],
    formulas: { P4: "SUM(F4,H4,J4,L4,N4)", P6: "SUM(F6,H6,J6,L6,N6)" },
  });

  it("is named once, at the year's Rp", () => {
    // 96.250 + 99.800 + 103.400 + 107.100 + 110.900: typed right, which J5's slip alone keeps from
    // adding up
    expect(foundOn(spec(517450))).toEqual([["target-outlier", "J5"]]);
  });
});

describe("a share above 100 % that reads a stale total (forms-blind328)", () => {
  // prettier-ignore
  const spec: SheetSpec = {
    name: "Rekap Layanan 2024",
    rows: [
      ["No", "Jenis Layanan", "TW I", "TW II", "TW III", "TW IV", "Jumlah", "Selesai Tepat Waktu", "% Tepat Waktu"],
      ["1", "2", "3", "4", "5", "6", "7 = 3+4+5+6", "8", "9 = 8/7 x 100"],
      [1, "Perekaman KTP-el", 412, 388, 455, 397, 1652, 1631, 98.73],
      [2, "Surat Keterangan Pindah Datang", 96, 104, 88, 121, 288, 398, 138.19],
      [3, "Legalisasi KK dan Akta", 233, 251, 219, 264, 967, 949, 98.14],
      [4, "Surat Keterangan Ahli Waris", 41, 37, 45, 39, 162, 158, 97.53],
    ],
    formulas: {
      G3: "SUM(C3:F3)", G4: "SUM(C4:F4)", G5: "SUM(C5:F5)", G6: "SUM(C6:F6)",
      I3: "ROUND(H3/G3*100,2)", I4: "ROUND(H4/G4*100,2)", I5: "ROUND(H5/G5*100,2)", I6: "ROUND(H6/G6*100,2)",
    },
  };

  it("is the stale total's consequence, named in its finding", () => {
    expect(foundOn(spec)).toEqual([["sum-mismatch", "G4"]]);
  });
});
