// What forms-blind209 .. 212 taught (fire services, food reserves, village boundaries, public
// information): quarter columns headed "Triwulan I" .. "IV" alone, which the number row adds into
// the year's realisation ("12 = 8+9+10+11"), are realisations; a service "kepada masyarakat rawan
// pangan" serves a negative group and is more-is-better; a report whose rows are periods
// ("Periode | Permohonan Masuk | ...") over a number row is a table.
import { detectTables } from "../../../src/core/detect";
import { triwulanMenurutNomor } from "../../../src/core/detect/nomorKolom";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("an E.81 whose quarters are headed 'Triwulan I' .. 'IV' alone (forms-blind209, 212)", () => {
  it("reads them as the year's realisations, K and Rp, as the number row adds them", () => {
    const pair = (h: string): string[] => [h, h];
    const spec: SheetSpec = {
      name: "E.81",
      rows: [
        ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN"],
        ["Renstra Perangkat Daerah 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024"],
        [
          "Kode",
          "Program / Kegiatan",
          "Indikator",
          "Satuan",
          ...pair("Target Renstra PD pada Akhir Periode Renstra"),
          ...pair("Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"),
          ...pair("Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"),
          ...pair("Triwulan I"),
          ...pair("Triwulan II"),
          ...pair("Triwulan III"),
          ...pair("Triwulan IV"),
          ...pair("Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"),
        ],
        [
          "Kode",
          "Program / Kegiatan",
          "Indikator",
          "Satuan",
          ...Array.from({ length: 8 }, () => ["K", "Rp"]).flat(),
        ],
        [
          "1",
          "2",
          "3",
          "4",
          ..."5 6 7 8 9 10 11".split(" ").flatMap((n) => [n, n]),
          "12 = 8+9+10+11",
          "12 = 8+9+10+11",
        ],
        // prettier-ignore
        ["2.16.03", "PROGRAM APLIKASI INFORMATIKA", "Persentase desa yang terlayani akses internet", "%", 85, 11300000000, 62.4, 6657500000, 70, 2270000000, 63.1, 298900000, 65.8, 553000000, 68.2, 613700000, 71.3, 714530000, 71.3, 2180130000],
        // prettier-ignore
        ["2.16.03.2.02", "Pengelolaan Infrastruktur TIK Desa", "Jumlah desa blank spot yang tertangani", "desa", 40, 11300000000, 17, 6657500000, 12, 2270000000, 2, 298900000, 3, 553000000, 4, 613700000, 3, 714530000, 12, 2180130000],
      ],
      // the headings and the number row merged over each K | Rp pair, as the form prints them
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4"].concat(
        ["E", "G", "I", "K", "M", "O", "Q", "S"].flatMap((c) => {
          const d = String.fromCharCode(c.charCodeAt(0) + 1);
          return [`${c}3:${d}3`, `${c}5:${d}5`];
        }),
      ),
    };
    const g = sheet(spec);
    const [t] = detectTables(g);
    // (as forms-blind212's layout had them read: the plan beside them lent its roles)
    const dipinjam = t.columns.map((c) =>
      c.quarter === undefined
        ? c
        : { ...c, role: c.ukuran === "Rp" ? ("anggaran" as const) : ("target" as const) },
    );
    const q = triwulanMenurutNomor(g, dipinjam, t.numberRow).filter((c) => c.quarter !== undefined);
    expect(q.map((c) => c.role)).toEqual([
      "realisasi",
      "realisasi-anggaran",
      "realisasi",
      "realisasi-anggaran",
      "realisasi",
      "realisasi-anggaran",
      "realisasi",
      "realisasi-anggaran",
    ]);
  });
});

describe("rice from the reserve handed 'kepada masyarakat rawan pangan' (forms-blind210)", () => {
  it("is a service to a negative group: more is better", () => {
    expect(
      polaritasDariTeks("Persentase CPPD tersalur kepada masyarakat rawan pangan dan terdampak bencana")
        ?.polaritas,
    ).toBe("positif");
    // (the group itself stays negative)
    expect(polaritasDariTeks("Persentase masyarakat rawan pangan")?.polaritas).toBe("negatif");
  });
});

describe("a PPID report whose rows are its quarters (forms-blind212)", () => {
  it("is found under its number row", () => {
    const spec: SheetSpec = {
      name: "Rekap PPID 2024",
      rows: [
        ["LAPORAN LAYANAN INFORMASI PUBLIK TAHUN 2024"],
        [],
        ["Periode", "Permohonan Masuk", "Keputusan PPID", null, null, null, "% Diputus", "Keberatan"],
        [
          "Periode",
          "Permohonan Masuk",
          "Dikabulkan Seluruhnya",
          "Dikabulkan Sebagian",
          "Ditolak",
          "Jumlah Diputus",
          "% Diputus",
          "Keberatan",
        ],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (3)+(4)+(5)", "(7) = (6)/(2) x 100", "(8)"],
        ["Triwulan I", 46, 31, 8, 4, 43, 93.48, 3],
        ["Triwulan II", 58, 40, 9, 6, 55, 94.83, 4],
        ["Triwulan III", 63, 45, 10, 5, 60, 95.24, 2],
        ["Triwulan IV", 71, 52, 11, 4, 67, 94.37, 5],
        ["Jumlah", 238, 168, 38, 19, 225, 94.54, 14],
      ],
      merges: ["A3:A4", "B3:B4", "C3:F3", "G3:G4", "H3:H4"],
    };
    const [t] = detectTables(sheet(spec));
    expect(t?.dataRange).toEqual({ r1: 6, c1: 1, r2: 10, c2: 8 });
  });
});
