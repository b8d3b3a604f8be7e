// What forms-blind177 .. 180 taught (APBD monitoring, non-communicable disease, land, SDGs and
// poverty): a period of six years named over five counted targets ("RPJMD 2021-2026" over "Target
// Tahun ke- > 1 .. 5") ends its last target at the period's end; its first year is the baseline's.
import { detectTables } from "../../../src/core/detect";
import { sheet } from "./ruleTester";

/** An IKU matrix under `judul` whose targets are counted "Target Tahun ke- > 1 .. n". */
function matriks(judul: string, n: number) {
  const ke = Array.from({ length: n }, (_, i) => i + 1);
  const baris = (no: number, nama: string, awal: number, langkah: number) => [
    no,
    nama,
    "%",
    awal,
    ...ke.map((k) => Math.round((awal + k * langkah) * 100) / 100),
    Math.round((awal + n * langkah) * 100) / 100,
  ];
  const [t] = detectTables(
    sheet({
      name: "Matriks IKU",
      rows: [
        ["MATRIKS INDIKATOR KINERJA UTAMA (IKU) PEMERINTAH KOTA BUKIK SIRAH"],
        [judul],
        [],
        [
          "No.",
          "Indikator Kinerja Utama",
          "Satuan",
          "Kondisi Awal",
          ...ke.map(() => "Target Tahun ke-"),
          "Kondisi Akhir",
        ],
        ["No.", "Indikator Kinerja Utama", "Satuan", "Kondisi Awal", ...ke, "Kondisi Akhir"],
        baris(1, "Persentase penduduk miskin", 5.92, -0.15),
        baris(2, "Persentase indikator TPB yang tercapai", 58.2, 3),
        baris(3, "Indeks Pembangunan Manusia (IPM)", 72.65, 0.45),
      ],
      merges: ["A4:A5", "B4:B5", "C4:C5", "D4:D5", `E4:${String.fromCharCode(68 + n)}4`],
    }),
  );
  const tahun = (role: string) => t.columns.filter((c) => c.role === role).map((c) => c.year);
  return { target: tahun("target"), awal: tahun("kondisi-awal"), akhir: tahun("kondisi-akhir") };
}

describe("an RPJMD of six years named over five counted targets (forms-blind180)", () => {
  it("ends the fifth target at the period's end, the baseline at its first year", () => {
    expect(matriks("RPJMD TAHUN 2021-2026", 5)).toEqual({
      target: [2022, 2023, 2024, 2025, 2026],
      awal: [2021],
      akhir: [2026],
    });
  });

  it("still counts six targets of the same period from its first year", () => {
    expect(matriks("RPJMD TAHUN 2021-2026", 6)).toEqual({
      target: [2021, 2022, 2023, 2024, 2025, 2026],
      awal: [2020],
      akhir: [2026],
    });
  });

  it("still counts five targets of a five-year period from its first year", () => {
    expect(matriks("RENSTRA TAHUN 2025-2029", 5)).toEqual({
      target: [2025, 2026, 2027, 2028, 2029],
      awal: [2024],
      akhir: [2029],
    });
  });
});
