// A Renja's programme pagu against the Renstra's indicative funding of the same year
// (src/core/lintas/program.ts, periksaLintas): matched by code, the Renstra kept in thousands
// multiplied out, a difference or a programme missing from the Renstra a warning with the cells.
import { detectTables } from "../../../src/core/detect";
import { indikatorDokumen, kenaliDokumen, periksaLintas, programDokumen } from "../../../src/core/lintas";
import type { DokumenLintas } from "../../../src/core/lintas";
import type { CellValue } from "../../../src/core/grid";
import { sheet } from "../rules/ruleTester";

function dokumen(file: string, name: string, rows: CellValue[][]): DokumenLintas {
  const grid = sheet({ name, rows });
  const tables = detectTables(grid).map((table) => ({ table, grid }));
  return {
    file,
    dokumen: kenaliDokumen(
      file,
      [name],
      tables.map((t) => t.table),
    ),
    indikator: indikatorDokumen(tables),
    program: programDokumen(tables),
  };
}

// T-C.27 of a Renstra 2025-2029 in thousands of rupiah: K and Rp per year
const renstra = dokumen("renstra-dinsos.xlsx", "T-C.27", [
  ["RENCANA PROGRAM, KEGIATAN DAN PENDANAAN RENSTRA DINAS SOSIAL 2025-2029"],
  ["(dalam ribuan rupiah)"],
  [
    "Kode",
    "Program/Kegiatan",
    "Indikator Kinerja",
    "Satuan",
    "Target 2025",
    "Pagu 2025",
    "Target 2026",
    "Pagu 2026",
  ],
  [
    "1.06.01",
    "Program Penunjang Urusan Pemerintahan Daerah",
    "Nilai SAKIP",
    "nilai",
    70,
    5200000,
    72,
    5400000,
  ],
  [
    "1.06.01.2.01",
    "Perencanaan, Penganggaran dan Evaluasi Kinerja",
    "Jumlah dokumen",
    "dokumen",
    6,
    5200000,
    6,
    5400000,
  ],
  [
    "1.06.04",
    "Program Rehabilitasi Sosial",
    "Persentase PMKS yang tertangani",
    "%",
    72,
    1850000,
    74,
    1900000,
  ],
  [
    "1.06.04.2.01",
    "Rehabilitasi Sosial Dasar Penyandang Disabilitas",
    "Jumlah penyandang disabilitas",
    "orang",
    300,
    1850000,
    320,
    1900000,
  ],
]);

const renja = (rows: CellValue[][]): DokumenLintas =>
  dokumen("renja-2025.xlsx", "Renja", [
    ["RENCANA KERJA (RENJA) DINAS SOSIAL TAHUN 2025"],
    ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target 2025", "Pagu Indikatif 2025 (Rp)"],
    ...rows,
  ]);

describe("a Renja's pagu against the Renstra's indicative funding", () => {
  it("reads the programmes of both, in whole rupiah", () => {
    expect(renstra.program?.map((p) => [p.kode, p.pagu.get(2025)?.value])).toEqual([
      ["1.06.01", 5_200_000_000],
      ["1.06.04", 1_850_000_000],
    ]);
  });

  it("says nothing when the pagu of the year is the Renstra's", () => {
    const ok = renja([
      ["1.06.01", "Program Penunjang Urusan Pemerintahan Daerah", "Nilai SAKIP", "nilai", 70, 5_200_000_000],
      ["1.06.04", "Program Rehabilitasi Sosial", "Persentase PMKS yang tertangani", "%", 72, 1_850_000_000],
    ]);
    expect(periksaLintas([renstra, ok]).filter((f) => f.rule === "cross-document-mismatch")).toEqual([]);
  });

  it("warns on a different pagu and on a programme the Renstra does not have, naming both cells", () => {
    const beda = renja([
      ["1.06.01", "Program Penunjang Urusan Pemerintahan Daerah", "Nilai SAKIP", "nilai", 70, 5_350_000_000],
      ["1.06.04", "Program Rehabilitasi Sosial", "Persentase PMKS yang tertangani", "%", 72, 1_850_000_000],
      [
        "1.06.05",
        "Program Perlindungan dan Jaminan Sosial",
        "Persentase KPM yang terlindungi",
        "%",
        60,
        900_000_000,
      ],
    ]);
    const found = periksaLintas([beda, renstra]);
    expect(found.map((f) => `${f.file} ${f.sheet}!${f.cell} ${f.severity}`)).toEqual([
      "renja-2025.xlsx Renja!F3 warning",
      "renja-2025.xlsx Renja!A5 warning",
    ]);
    expect(found[0].other).toEqual({ file: "renstra-dinsos.xlsx", sheet: "T-C.27", cell: "F4" });
    expect(found[0].expected).toBe(5_200_000_000);
    expect(found[0].message).toMatch(/selisih Rp 150\.000\.000/);
    expect(found[1].message).toMatch(
      /1\.06\.05 Program Perlindungan dan Jaminan Sosial tidak ada di Renstra/,
    );
  });
});
