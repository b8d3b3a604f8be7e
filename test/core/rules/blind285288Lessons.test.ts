// What forms-blind285, 287 and 288 taught (culture, urban transport, the Bappeda's control of the
// RKPD): a share whose whole is another row's slip still counts as keeping the form's ratio; those
// coached are some of those registered; an accident "yang melibatkan" a bus is still an accident;
// a corridor is a place; "(14) = (13)" copies the quantity of (13).
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const sanggar = (jumlah12: number, persen13: number): SheetSpec => ({
  name: "Sanggar 2024",
  rows: [
    ["REKAPITULASI SANGGAR SENI TERDAFTAR DAN DIBINA MENURUT KECAMATAN"],
    [],
    [
      "Kecamatan",
      "Sanggar Terdaftar 2023",
      "Perubahan 2024",
      "",
      "Sanggar Terdaftar 2024",
      "Sanggar Dibina",
      "% Sanggar Dibina",
    ],
    [
      "Kecamatan",
      "Sanggar Terdaftar 2023",
      "Baru",
      "Dibekukan / Tidak Aktif",
      "Sanggar Terdaftar 2024",
      "Sanggar Dibina",
      "% Sanggar Dibina",
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5) = (2)+(3)-(4)", "(6)", "(7) = (6)/(5) x 100"],
    ["Bontolangi", 14, 3, 1, 16, 11, 68.75],
    ["Tinggimoncong Utara", 9, 2, 2, 9, 6, 66.67],
    ["Parangloe Hulu", 21, 4, 1, jumlah12, 16, 66.67],
    ["Bulu Sipong", 7, 1, 0, 8, 5, persen13],
    ["Pattallassang Baru", 12, 5, 3, 14, 8, 57.14],
  ],
  merges: ["C3:D3", "A3:A4", "B3:B4", "E3:E4", "F3:F4", "G3:G4"],
});

describe("a share whose whole is another row's slip (forms-blind285)", () => {
  it("counts the 66,67 % of a Jumlah typed 26 (where 24 is meant) as keeping the form's ratio", () => {
    // 16 / 24 x 100 = 66,67: the share is right, the whole is the slip
    const found = foundOn(sanggar(26, 50));
    expect(found).toContainEqual(["sum-mismatch", "E8"]);
    expect(found).toContainEqual(["ratio-components-mismatch", "G9"]);
    expect(found).not.toContainEqual(["ratio-components-mismatch", "G8"]);
  });

  it("reads those coached as some of those registered: 125 % cannot be", () => {
    expect(foundOn(sanggar(24, 62.5))).toEqual([]);
    expect(foundOn(sanggar(24, 125))).toContainEqual(["percent-out-of-range", "G9"]);
  });
});

describe("an accident 'yang melibatkan' a bus (forms-blind287)", () => {
  const spec = (capaian: number): SheetSpec => ({
    name: "Tabel 3.2",
    rows: [
      ["Tabel 3.2 Capaian Indikator Kinerja Dinas Perhubungan Tahun 2024"],
      [],
      ["No", "Indikator Kinerja Utama", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Load factor angkutan massal BTS", "%", 60, 57.3, 95.5],
      [2, "Jumlah kecelakaan yang melibatkan angkutan umum perkotaan", "kejadian", 10, 7, capaian],
      [3, "Persentase halte yang layak", "%", 80, 76, 95],
    ],
  });

  it("is lower-is-better: 130 by refleksi, not 70", () => {
    expect(foundOn(spec(130))).toEqual([]);
    expect(foundOn(spec(70))).toContainEqual(["capaian-mismatch", "F5"]);
  });
});

describe("a recap per bus corridor, and a copy the number row states (forms-blind287, 288)", () => {
  it("reads 'Koridor' as the place", () => {
    const spec: SheetSpec = {
      name: "Rekap BTS 2024",
      rows: [
        ["Rekapitulasi Kinerja Layanan Angkutan Massal per Koridor Tahun 2024"],
        [],
        ["No", "Koridor", "Km Tempuh", "Penumpang Terangkut (orang)"],
        [1, "K1 Terminal Sei Lekop - Pelabuhan", 612400, 513810],
        [2, "K2 Bandara - Pasar Baru", 538750, 406307],
        [3, "K3 Batu Hampar - Kampus Terpadu", 474200, 371990],
      ],
    };
    const [t] = detectTables(sheet(spec));
    expect(reportTable(t).columns[1].role).toBe("lokasi");
  });

  it("reads 'Fisik Akhir Tahun (%)' written '(14) = (13)' as the year's realisation", () => {
    const spec: SheetSpec = {
      name: "Pengendalian TW IV 2024",
      rows: [
        ["LAPORAN PENGENDALIAN PELAKSANAAN RKPD TAHUN ANGGARAN 2024 (s.d. TRIWULAN IV)"],
        [],
        ["No", "Perangkat Daerah", "Realisasi Fisik Kumulatif (%)", "", "", "", "Fisik Akhir Tahun (%)"],
        ["No", "Perangkat Daerah", "TW I", "TW II", "TW III", "TW IV", "Fisik Akhir Tahun (%)"],
        ["(1)", "(2)", "(10)", "(11)", "(12)", "(13)", "(14) = (13)"],
        [1, "Dinas Pekerjaan Umum dan Penataan Ruang", 14.2, 38.5, 67.9, 96.4, 96.4],
        [2, "Dinas Kesehatan", 22, 47.5, 73.1, 98.2, 98.2],
        [3, "Bappelitbangda", 24.5, 50, 75.5, 100, 100],
      ],
      merges: ["C3:F3", "A3:A4", "B3:B4", "G3:G4"],
      formulas: { G6: "F6", G7: "F7", G8: "F8" },
    };
    const [t] = detectTables(sheet(spec));
    const g = reportTable(t).columns.find((c) => c.column === "G");
    expect(g?.role).toBe("realisasi");
    expect(g?.quarter).toBeUndefined();
  });
});
