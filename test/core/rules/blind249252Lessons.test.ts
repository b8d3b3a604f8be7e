// What forms-blind249 .. 252 taught (a TBC programme, a sports office, mangrove rehabilitation, a
// forest park): a "Sumber: ... data per 31 Januari 2025" line says when the data were drawn, not the
// period; a coverage over a target the header names may pass 100; an amount per visitor is a rate,
// not a budget; a stale capaian beside figures only read as target and realisation is a capaian
// written wrong; "Patroli (kali) > Rencana" is the count's target.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a coverage over the target the header names (forms-blind249)", () => {
  const spec = (g7: number): SheetSpec => ({
    name: "Rekap per PKM",
    rows: [
      ["REKAPITULASI PENEMUAN DAN PENGOBATAN KASUS TBC PER PUSKESMAS TAHUN 2024"],
      ["Sumber: SITB, data per 31 Januari 2025"],
      [],
      [
        "No",
        "Puskesmas",
        "Target Penemuan Kasus (Estimasi)",
        "Kasus TBC Ditemukan dan Diobati",
        null,
        null,
        "Treatment Coverage (%)",
      ],
      [
        "No",
        "Puskesmas",
        "Target Penemuan Kasus (Estimasi)",
        "Dewasa",
        "Anak (0-14 th)",
        "Jumlah",
        "Treatment Coverage (%)",
      ],
      [1, "Puskesmas Sirinjang", 241, 168, 21, 189, 78.42],
      [2, "Puskesmas Koto Baru", 158, 96, 14, 110, g7],
      [3, "Puskesmas Batang Lundai", 184, 131, 17, 148, 80.43],
      [4, "Puskesmas Lubuak Aia", 133, 72, 9, 81, 60.9],
    ],
    merges: ["A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:G5"],
    formulas: Object.fromEntries(
      [6, 7, 8, 9].flatMap((r) => [
        [`F${r}`, `D${r}+E${r}`],
        ...(r === 7 ? [] : [[`G${r}`, `ROUND(F${r}/C${r}*100,2)`]]),
      ]),
    ),
  });

  it("reads the year from the title, not from the date the data were drawn", () => {
    const [t] = detectTables(sheet(spec(69.62)));
    expect(t.columns.find((c) => c.col === 3)?.year).toBe(2024);
  });

  it("names a typed coverage its row contradicts as typed, not as a share over 100", () => {
    expect(foundOn(spec(143.64))).toEqual([["hardcoded-value", "G7"]]);
  });
});

describe("an amount per head (forms-blind252)", () => {
  it("reads 'Retribusi per Pengunjung (Rp)' as no budget, 'Pagu per Desa' still as one", () => {
    expect(classifyHeader(["Retribusi per Pengunjung (Rp)"]).role).toBe("lainnya");
    expect(classifyHeader(["Belanja per Kapita (Rp)"]).role).toBe("lainnya");
    expect(classifyHeader(["Pagu per Desa (Rp)"]).role).toBe("anggaran");
  });

  it("reads the plan of a count in its unit as its target", () => {
    expect(classifyHeader(["Patroli (kali)", "Rencana"]).role).toBe("target");
    expect(classifyHeader(["Anggaran (Rp)", "Rencana"]).role).toBe("anggaran");
  });
});

describe("a stale capaian beside a retribusi's target and realisation (forms-blind252)", () => {
  const spec = (j8: number): SheetSpec => ({
    name: "Rekap TW 2024",
    rows: [
      ["REKAPITULASI PENGUNJUNG DAN RETRIBUSI MASUK TAHURA TAHUN 2024"],
      [],
      [
        "No",
        "Periode",
        "Pengunjung (orang)",
        "Retribusi Masuk (Rp)",
        null,
        "Capaian Retribusi (%)",
        "Retribusi per Pengunjung (Rp)",
      ],
      [
        "No",
        "Periode",
        "Pengunjung (orang)",
        "Target",
        "Realisasi",
        "Capaian Retribusi (%)",
        "Retribusi per Pengunjung (Rp)",
      ],
      [1, "Triwulan I", 11240, 200000000, 221600000, 110.8, 19715],
      [2, "Triwulan II", 15380, 400000000, 312450000, j8, 20315],
      [3, "Triwulan III", 12905, 300000000, 268900000, 89.63, 20837],
      [4, "Triwulan IV", 14870, 350000000, 305800000, 87.37, 20565],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "G3:G4"],
    formulas: Object.fromEntries(
      [5, 6, 7, 8].flatMap((r) => [
        [`F${r}`, `ROUND(E${r}/D${r}*100,2)`],
        [`G${r}`, `ROUND(E${r}/C${r},0)`],
      ]),
    ),
  });

  it("names the capaian its own formula contradicts", () => {
    expect(foundOn(spec(87.11))).toEqual([["capaian-mismatch", "F6"]]);
  });

  it("leaves the recalculated capaian alone (kept)", () => {
    expect(foundOn(spec(78.11))).toEqual([]);
  });
});
