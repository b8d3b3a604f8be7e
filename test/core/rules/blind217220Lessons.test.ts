// What forms-blind217 .. 220 taught (agriculture, civil service, trade, a DPRD secretariat): a
// running total's first row ("=C6" before "=D6+C7") is one of the column's formulas, so a total
// typed among them is named; a report whose rows are periods is a table without a number row too,
// when its first rows are "Triwulan I", "Triwulan II" (or "Masa Sidang I", "II"); an unmerged
// T-C.27 header whose years read "Tahun-1 (2025)" is one header; violations "yang dijatuhi
// hukuman" are still violations; "Daerah Pemilihan" is a place.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a running total typed in one quarter (forms-blind217)", () => {
  const spec = (d8?: number): SheetSpec => ({
    name: "LTT 2024",
    rows: [
      ["Capaian Luas Tambah Tanam (LTT) Padi Tahun 2024"],
      [],
      ["Periode", "Target LTT (ha)", "Realisasi LTT (ha)", "Realisasi s.d. Triwulan (ha)", "Capaian (%)"],
      ["(1)", "(2)", "(3)", "(4) = (4) sebelumnya + (3)", "(5) = (3)/(2) x 100"],
      ["Triwulan I", 7800, 7215.5, 7215.5, 92.51],
      ["Triwulan II", 9400, 9862, 17077.5, 104.91],
      ["Triwulan III", 6200, 5480.25, d8 ?? 22557.75, 88.39],
      ["Triwulan IV", 8600, 8104, 30661.75, 94.23],
      ["Jumlah 2024", 32000, 30661.75, null, 95.82],
    ],
    formulas: {
      D5: "C5",
      D6: "D5+C6",
      ...(d8 === undefined ? { D7: "D6+C7" } : {}),
      D8: "D7+C8",
      ...Object.fromEntries([5, 6, 7, 8, 9].map((r) => [`E${r}`, `ROUND(C${r}/B${r}*100,2)`])),
      B9: "SUM(B5:B8)",
      C9: "SUM(C5:C8)",
    },
  });

  it("names the typed quarter that is not the row above plus this one", () => {
    expect(foundOn(spec(22757.75))).toContainEqual(["hardcoded-value", "D7"]);
  });

  it("leaves the column of formulas alone (kept)", () => {
    expect(foundOn(spec())).toEqual([]);
  });
});

describe("a report whose rows are its periods, without a number row (forms-blind218, 220)", () => {
  const spec = (label: string, first: string, second: string): SheetSpec => ({
    name: "Rekap 2024",
    rows: [
      ["Rekap Penjatuhan Hukuman Disiplin PNS Tahun 2024"],
      [label, "Tingkat Hukuman Disiplin", null, null, "Jumlah"],
      [label, "Ringan", "Sedang", "Berat", "Jumlah"],
      [first, 4, 2, 1, 7],
      [second, 6, 1, 0, 7],
      [`${first.replace(/ I$/, "")} III`, 3, 3, 2, 8],
      ["Jumlah", 13, 6, 3, 22],
    ],
    merges: ["B2:D2", "A2:A3", "E2:E3"],
  });

  it("is found under its header, by quarters", () => {
    const [t] = detectTables(sheet(spec("Periode", "Triwulan I", "Triwulan II")));
    expect(t?.dataRange).toEqual({ r1: 4, c1: 1, r2: 7, c2: 5 });
  });

  it("and by the sittings of a DPRD ('Masa Sidang')", () => {
    const [t] = detectTables(sheet(spec("Masa Sidang", "Masa Sidang I", "Masa Sidang II")));
    expect(t?.dataRange).toEqual({ r1: 4, c1: 1, r2: 7, c2: 5 });
  });
});

describe("an unmerged T-C.27 header whose years read 'Tahun-1 (2025)' (forms-blind219)", () => {
  it("is one header over the body, its years read", () => {
    const yrs = [2025, 2026, 2027];
    const spec: SheetSpec = {
      name: "Tabel 6.1",
      rows: [
        ["Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Perdagangan 2025-2027"],
        ["(dalam ribuan rupiah)"],
        [
          "Kode",
          "Program / Kegiatan",
          "Indikator Kinerja",
          "Satuan",
          "Target Kinerja Program dan Kerangka Pendanaan",
          null,
          null,
          null,
          null,
          null,
          "Kondisi Kinerja pada Akhir Periode Renstra PD",
          null,
        ],
        [null, null, null, null, ...yrs.flatMap((y, i) => [`Tahun-${i + 1} (${y})`, null]), null, null],
        [null, null, null, null, ...Array.from({ length: 4 }, () => ["Target", "Rp"]).flat()],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        // prettier-ignore
        ["3.30.06.2.01.0001", "Pelayanan Tera/Tera Ulang UTTP", "Jumlah sidang tera ulang di pasar rakyat", "kali", 18, 342600, 20, 359700, 20, 377700, 58, 1080000],
        // prettier-ignore
        ["3.30.06.2.01.0002", "Pengawasan Metrologi Legal", "Persentase SPBU yang diawasi", "%", 60, 118300, 65, 124200, 70, 130400, 70, 372900],
      ],
    };
    const [t] = detectTables(sheet(spec));
    expect(t.dataRange.r1).toBe(7);
    expect(t.columns.filter((c) => c.role === "target").map((c) => c.year)).toEqual(yrs);
  });
});

describe("words (forms-blind218, 220)", () => {
  it("reads violations that were punished as violations: less is better", () => {
    expect(polaritasDariTeks("Jumlah pelanggaran disiplin ASN yang dijatuhi hukuman")?.polaritas).toBe(
      "negatif",
    );
    expect(polaritasDariTeks("Persentase pelanggaran disiplin yang ditindaklanjuti")?.polaritas).toBe(
      "positif",
    );
  });

  it("reads an electoral district as a place", () => {
    expect(classifyHeader(["Daerah Pemilihan"]).role).toBe("lokasi");
    expect(classifyHeader(["Dapil"]).role).toBe("lokasi");
  });
});
