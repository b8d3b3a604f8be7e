// Cross-document checks (src/core/lintas): five documents of one office, Dinas Sosial Kota
// Contoh: the Renstra 2025-2029, the IKU decree, the Renja 2025, the PK 2025 and the LKjIP 2025.
// Names vary as offices write them ("Presentase", "yg", "Jml."), and still match. Planted: a PK
// target that is the Renstra's 2026 target, a PK unit, an LKjIP target, an IKU missing from the PK
// and the LKjIP, an end-period target quoted wrong in the LKjIP.
import { detectTables } from "../../../src/core/detect";
import type { CellValue } from "../../../src/core/grid";
import { indikatorDokumen, kenaliDokumen, periksaLintas } from "../../../src/core/lintas";
import type { DokumenLintas } from "../../../src/core/lintas";
import { sheet } from "../rules/ruleTester";

function dokumen(file: string, name: string, rows: CellValue[][], merges: string[] = []): DokumenLintas {
  const grid = sheet({ name, rows, merges });
  const tables = detectTables(grid).map((table) => ({ table, grid }));
  return {
    file,
    dokumen: kenaliDokumen(
      file,
      [name],
      tables.map((t) => t.table),
    ),
    indikator: indikatorDokumen(tables),
  };
}

const renstra = dokumen("renstra-dinsos.xlsx", "Tabel 6.2", [
  ["TUJUAN, SASARAN, INDIKATOR DAN TARGET KINERJA RENSTRA DINAS SOSIAL 2025-2029"],
  [
    "No",
    "Indikator",
    "Satuan",
    "Kondisi Awal 2024",
    "Target 2025",
    "Target 2026",
    "Target 2027",
    "Target 2028",
    "Target 2029",
    "Kondisi Akhir",
  ],
  [1, "Persentase PMKS yang tertangani", "%", 70, 72, 74, 76, 78, 80, 80],
  [2, "Persentase penduduk miskin", "%", 9.8, 9.5, 9.2, 8.9, 8.6, 8.3, 8.3],
  [3, "Indeks Kepuasan Masyarakat", "indeks", 80, 81, 82, 83, 84, 85, 85],
  [4, "Jumlah anak jalanan yang dibina", "orang", 40, 45, 50, 55, 60, 65, 275],
]);

const iku = dokumen("iku-dinsos.xlsx", "IKU", [
  ["MATRIKS INDIKATOR KINERJA UTAMA DINAS SOSIAL TAHUN 2025-2029"],
  ["No", "Sasaran", "Indikator Kinerja Utama", "Satuan", "Kondisi Akhir"],
  [1, "Meningkatnya kesejahteraan sosial", "Persentase PMKS yang tertangani", "%", 80],
  [2, "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", 8.3],
  [3, "Meningkatnya kualitas layanan", "Persentase lembaga kesejahteraan sosial yang terakreditasi", "%", 60],
]);

const renja = dokumen("renja-2025.xlsx", "Renja", [
  ["RENCANA KERJA (RENJA) DINAS SOSIAL TAHUN 2025"],
  ["No", "Indikator Kinerja", "Satuan", "Target 2025"],
  [1, "Presentase PMKS yg tertangani", "%", 72],
  [2, "Persentase Penduduk Miskin", "%", 9.5],
  [3, "Jml. anak jalanan yang dibina", "orang", 45],
]);

const pk = dokumen("pk-2025.xlsx", "PK", [
  ["PERJANJIAN KINERJA TAHUN 2025 DINAS SOSIAL"],
  ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025"],
  [1, "Meningkatnya kesejahteraan sosial", "Persentase PMKS yang tertangani", "%", 72],
  [2, "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", 9.2],
  [3, "Meningkatnya kualitas layanan", "Indeks Kepuasan Masyarakat", "%", 81],
]);

const lkjip = dokumen("lkjip-2025.xlsx", "Tabel 3.1", [
  ["PENGUKURAN KINERJA DINAS SOSIAL TAHUN 2025"],
  [
    "No",
    "Indikator Kinerja",
    "Satuan",
    "Target 2025",
    "Realisasi 2025",
    "Capaian (%)",
    "Target Akhir Renstra (2029)",
  ],
  [1, "Persentase PMKS yang tertangani.", "%", 74, 73.1, 98.78, 80],
  [2, "persentase penduduk miskin", "%", 9.5, 9.4, 101.05, 8.5],
  [3, "Indeks Kepuasan Masyarakat", "indeks", 81, 81.6, 100.74, 85],
]);

describe("documents of one office checked together", () => {
  it("recognises each document and its year or period", () => {
    expect(
      [renstra, iku, renja, pk, lkjip].map((d) => [d.dokumen.jenis, d.dokumen.tahun ?? d.dokumen.periode]),
    ).toEqual([
      ["renstra", [2025, 2029]],
      ["iku", [2025, 2029]],
      ["renja", 2025],
      ["pk", 2025],
      ["lkjip", 2025],
    ]);
  });

  it("finds every planted disagreement and nothing on the indicators that agree", () => {
    const found = periksaLintas([lkjip, pk, renja, iku, renstra]);
    expect(
      found
        .map(
          (f) =>
            `${f.file} ${f.sheet}!${f.cell} ${f.severity} ${f.other ? `${f.other.file} ${f.other.cell}` : ""}`,
        )
        .sort(),
    ).toEqual(
      [
        // the IKU of accreditation is in neither the PK nor the LKjIP
        "iku-dinsos.xlsx IKU!C5 warning ",
        // the end-period target 8,5 where the Renstra's is 8,3
        "lkjip-2025.xlsx Tabel 3.1!G4 error renstra-dinsos.xlsx J4",
        // the LKjIP's PMKS target 74 is the Renstra's 2026 target; 72 for 2025
        "lkjip-2025.xlsx Tabel 3.1!D3 error renstra-dinsos.xlsx E3",
        // the PK's target for poverty is the Renstra's 2026 one
        "pk-2025.xlsx PK!E4 error renstra-dinsos.xlsx E4",
        // the PK writes the satisfaction index in %
        "pk-2025.xlsx PK!C5 warning renstra-dinsos.xlsx B5",
      ].sort(),
    );
    const pkTarget = found.find((f) => f.cell === "E4" && f.file === "pk-2025.xlsx");
    expect(pkTarget?.message).toMatch(
      /Target 2025 "Persentase penduduk miskin" tertulis 9,2, sedangkan Renstra \(renstra-dinsos.xlsx Tabel 6.2!E4\) menulis 9,5/,
    );
    expect(pkTarget?.expected).toBe(9.5);
  });

  it("reports an unsure match as such, never as an error", () => {
    const lain = dokumen("pk-b.xlsx", "PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["No", "Indikator Kinerja", "Satuan", "Target 2025"],
      [1, "Persentase PMKS yang sudah tertangani", "%", 50],
    ]);
    const found = periksaLintas([renstra, lain], "en");
    expect(found.map((f) => `${f.cell} ${f.severity}`)).toEqual(["B3 info"]);
    expect(found[0].message).toMatch(/may be "Persentase PMKS yang tertangani".*not compared/);
  });
});
