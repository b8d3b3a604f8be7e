// What forms-blind49 .. 50 taught (food security, trade and environment offices of Jawa Tengah and
// Kalimantan Selatan; village, labour and personnel offices of Sulawesi Tengah and Papua Selatan):
// a note that lists two lower-is-better indicators ("PoU dan kelurahan rentan rawan pangan") names
// each, but only when each names one; "Tingkat Capaian s.d. 2024 thd Target Akhir (%)" is a
// capaian; Dana Desa paid out ("Penyaluran ... > Tahap I", "Jumlah Tersalur", "% Tersalur") is a
// realisation and its ratio; a "Jenis ..." column measured against targets names the rows.
import { classifyHeader } from "../../../src/core/detect/roles";
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report/buildReport";
import { runRules } from "../../../src/core/rules";
import { sheet } from "./ruleTester";

const found = (g: ReturnType<typeof sheet>): Array<[string, string]> =>
  runRules(detectTables(g).map((table) => ({ table, grid: g })))
    .filter((f) => f.severity !== "info")
    .map((f) => [f.rule, f.cell]);

const reviu = (catatan: string, g9: number): ReturnType<typeof sheet> =>
  sheet({
    name: "T-C.29",
    rows: [
      ["Reviu Pencapaian Renstra 2022-2026"],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target Tahun 2024",
        "Realisasi Tahun 2024",
        "Tingkat Capaian 2024 (%)",
      ],
      [1, "Skor Pola Pangan Harapan (PPH)", "poin", 86, 87.3, 101.51],
      [2, "Prevalensi ketidakcukupan konsumsi pangan (PoU)", "%", 8, 7.6, 105],
      [3, "Persentase kelurahan rentan rawan pangan", "%", 5, 4.6, g9],
      [4, "Jumlah sampel pangan segar yang diuji", "sampel", 320, 355, 110.94],
      [],
      [catatan],
    ],
  });

it("reads each lower-is-better indicator a note lists, only when every one is the table's", () => {
  const note = "*) indikator PoU dan kelurahan rentan rawan pangan semakin kecil semakin baik.";
  expect(found(reviu(note, 108))).toEqual([]);
  expect(found(reviu(note, 92))).toEqual([["capaian-mismatch", "F5"]]);
  // "GDR dan rata-rata waktu tunggu": one part names no indicator here, so the note says nothing
  // of the others either (forms-blind10)
  const lain = "Catatan: capaian PoU dan rata-rata waktu tunggu (semakin kecil semakin baik).";
  expect(found(reviu(lain, 108)).filter(([, c]) => c === "F3")).toEqual([]);
});

it("reads a capaian to date against the end target, and Dana Desa paid out, as what they are", () => {
  const role = (h: string): string => classifyHeader(h.split(" > ")).role;
  expect(role("Tingkat Capaian s.d. 2024 thd Target Akhir (%) > K")).toBe("capaian");
  expect(role("Penyaluran RKUD ke RKDes (Rp) > Tahap I")).toBe("realisasi-anggaran");
  expect(role("Penyaluran RKUD ke RKDes (Rp) > Jumlah Tersalur")).toBe("realisasi-anggaran");
  expect(role("Sisa Belum Tersalur (Rp)")).toBe("lainnya");
  expect(role("Rencana Penyaluran (Rp)")).toBe("anggaran");
  expect(role("% Tersalur")).toBe("capaian");
  expect(role("Nama Desa")).toBe("lokasi");
});

it("names a kind of training measured against its target as the row, and checks its quarters", () => {
  const g = sheet({
    name: "Diklat 2024",
    rows: [
      ["Rekap Peserta Pengembangan Kompetensi ASN Tahun 2024"],
      [
        "No",
        "Jenis Pengembangan Kompetensi",
        "Satuan",
        "Target Tahun 2024",
        "Realisasi per Triwulan",
        null,
        null,
        null,
        "Realisasi s.d. TW IV",
        "Capaian (%)",
      ],
      [null, null, null, null, "TW I", "TW II", "TW III", "TW IV", null, null],
      [1, "Pelatihan Dasar CPNS", "orang", 186, 0, 72, 114, 0, 186, 100],
      [2, "Pelatihan Kepemimpinan Pengawas", "orang", 60, 0, 30, 0, 28, 30, 50],
      [3, "Diklat Teknis Pengelolaan Keuangan", "orang", 90, 25, 30, 20, 15, 90, 100],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3", "J2:J3"],
  });
  const [t] = detectTables(g);
  expect(reportTable(t).columns[1]).toMatchObject({ column: "B", role: "indikator" });
  expect(found(g)).toEqual([["sum-mismatch", "I5"]]);
});

it("names a recap's total row by its own name in a sum finding, not by a dash beside it", () => {
  const g = sheet({
    name: "Rekap DD 2024",
    rows: [
      ["REKAPITULASI PENYALURAN DANA DESA PER TAHAP TAHUN ANGGARAN 2024"],
      ["No", "Nama Desa", "Pagu Dana Desa TA 2024 (Rp)", "Penyaluran (Rp)", null, "Sisa Belum Tersalur (Rp)"],
      ["No", "Nama Desa", "Pagu Dana Desa TA 2024 (Rp)", "Tahap I", "Tahap II", "Sisa Belum Tersalur (Rp)"],
      [1, "Desa Sibowi Lama", 1_000_000_000, 600_000_000, 400_000_000, "-"],
      [2, "Desa Pandere Indah", 800_000_000, 480_000_000, 320_000_000, "-"],
      [
        "Jumlah Kecamatan Tanah Lembah",
        "Jumlah Kecamatan Tanah Lembah",
        1_800_000_000,
        1_080_000_000,
        400_000_000,
        "-",
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "A6:B6"],
    formulas: { C6: "SUM(C4:C5)", D6: "SUM(D4:D5)", E6: "SUM(E4:E4)" },
  });
  const f = runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter(
    (x) => x.severity === "error",
  );
  expect(f.map((x) => [x.rule, x.cell])).toEqual([["sum-mismatch", "E6"]]);
  expect(f[0].message).toMatch(/^Jumlah Kecamatan Tanah Lembah: /);
});
