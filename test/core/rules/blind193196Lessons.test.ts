// What forms-blind193 .. 196 taught (regional innovation, a kecamatan's services, immunisation and
// health insurance, school operating funds): every addend of a number row's sum is some of it;
// "Desa / Kelurahan" names places by any join; "Persentase Tepat Waktu" is a share; settling cases
// ("penyelesaian kasus") is more-is-better; "Sekolah Dasar (SD)" is no "s.d."; funds handed over
// cap their use.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { sekalaJalur } from "../../../src/core/rules/targetOutlier";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";
import { bospRekap as bosp } from "../../fixtures/sheets/bospRekap";

describe("a recap whose number row sums three stages (forms-blind193)", () => {
  it("names a share of one stage above 100 %, whatever the columns are called", () => {
    const spec: SheetSpec = {
      name: "Rekap Inovasi PD",
      rows: [
        ["REKAPITULASI INOVASI DAERAH MENURUT PERANGKAT DAERAH TAHUN 2024"],
        [],
        [
          "No",
          "Perangkat Daerah",
          "Jumlah Inovasi menurut Tahapan",
          null,
          null,
          "Jumlah",
          "Penerapan thd Jumlah (%)",
        ],
        [
          "No",
          "Perangkat Daerah",
          "Inisiatif",
          "Uji Coba",
          "Penerapan",
          "Jumlah",
          "Penerapan thd Jumlah (%)",
        ],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (3)+(4)+(5)", "(7) = (5)/(6) x 100"],
        [1, "Dinas Kesehatan", 4, 6, 11, 21, 52.38],
        [2, "Dinas Pendidikan dan Kebudayaan", 3, 5, 8, 16, 50],
        [3, "Badan Pengelolaan Keuangan dan Aset Daerah", 2, 4, 5, 11, 125],
        [4, "RSUD Kolonodale Hulu", 5, 3, 9, 17, 52.94],
      ],
      merges: ["A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4"],
    };
    expect(foundOn(spec)).toEqual([["percent-out-of-range", "G8"]]);
  });
});

describe("a kecamatan's PATEN recap per desa (forms-blind194)", () => {
  it("reads 'Desa / Kelurahan' and every other join of places as the rows' place", () => {
    for (const h of [
      "Desa / Kelurahan",
      "Kelurahan/Desa",
      "Nama Nagari",
      "Kecamatan / Desa / Kelurahan",
      "Kab. / Kota",
    ])
      expect(classifyHeader([h]).role).toBe("lokasi");
  });

  it("names a share settled on time above 100 %", () => {
    const spec: SheetSpec = {
      name: "Rekap PATEN 2024",
      rows: [
        ["REKAPITULASI PELAYANAN ADMINISTRASI TERPADU KECAMATAN (PATEN) TAHUN 2024"],
        [],
        ["No", "Desa / Kelurahan", "Jumlah Permohonan", "Selesai Tepat Waktu", "Persentase Tepat Waktu (%)"],
        [1, "Kelurahan Brang Bara", 412, 398, 96.6],
        [2, "Desa Karang Dima", 288, 273, 94.79],
        [3, "Desa Sebewe", 298, 312, 104.7],
        [4, "Desa Nijang", 241, 235, 97.51],
      ],
    };
    expect(foundOn(spec)).toEqual([["percent-out-of-range", "E6"]]);
  });

  it("reads cases settled as more-is-better, their duration as less-is-better", () => {
    expect(polaritasDariTeks("Persentase penyelesaian kasus gangguan trantibum")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Rata-rata waktu penyelesaian kasus pengaduan")?.polaritas).toBe("negatif");
    expect(polaritasDariTeks("Jumlah kasus gangguan trantibum")?.polaritas).toBe("negatif");
    // (the average written after "waktu": forms-blind65's reconciliation time)
    expect(polaritasDariTeks("Waktu rata-rata penyelesaian rekonsiliasi aset antar-SKPD")?.polaritas).toBe(
      "negatif",
    );
  });
});

describe("a BOSP recap under 'Sekolah Dasar (SD)' and 'SMP' (forms-blind196)", () => {
  it("takes '(SD)' for the school level, not 's.d.': the year's own funds", () => {
    const [t] = detectTables(sheet(bosp(1801750000)));
    const sd = t.columns.filter((c) => /^Sekolah Dasar/.test(c.header) && c.ukuran === "Rp");
    expect(sd.map((c) => [c.role, c.year, c.toDate ?? false])).toEqual([
      ["realisasi-anggaran", 2024, false],
      ["realisasi-anggaran", 2024, false],
    ]);
  });

  it("names the funds used above what was handed over", () => {
    expect(foundOn(bosp(1801750000))).toEqual([]);
    expect(foundOn(bosp(2463750000))).toEqual([["serapan-over-100", "H6"]]);
  });
});

describe("a break at zero or across zero (kept: sekalaJalur)", () => {
  it("is no break within the path's order of magnitude: a slip, target-outlier's", () => {
    expect(sekalaJalur(0, 5)).toBe(false);
    expect(sekalaJalur(-2.5, 2)).toBe(false);
    expect(sekalaJalur(2, -2.5)).toBe(false);
  });
});
