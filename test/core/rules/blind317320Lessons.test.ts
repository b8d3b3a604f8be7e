// What forms-blind317 .. 320 taught (the Bappeda's macro indicators, trade, libraries and
// archives, public works): a count of reports whose bracketed list of subjects says "PDRB per
// kapita" is still a count; a typed kegiatan that its typed sub kegiatan reach once one loses a
// zero names that part; what is "bebas" of a harm ("bebas genangan") is the good.
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { aditif } from "../../../src/core/rules/konsolidasi";
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a count of reports with a bracketed list of subjects (forms-blind317)", () => {
  const nama = "Jumlah laporan analisis indikator makro (PE, PDRB per kapita, IPM, kemiskinan, TPT, gini)";

  it("adds up", () => {
    expect(aditif("laporan", nama)).toBe("ya");
    expect(aditif("rupiah", "PDRB per kapita")).toBe("tidak");
  });

  it("raises nothing on an E.81 row whose quarters are summed", () => {
    // prettier-ignore
    const spec: SheetSpec = {
      name: "Evaluasi Renja",
      rows: [
        ["Evaluasi Terhadap Hasil Renja Bappeda Tahun 2024"],
        ["Kode", "Program / Kegiatan", "Indikator Kinerja", "Satuan", "Target Renja 2024", null, "Realisasi Triwulan I", null, "Realisasi Triwulan II", null, "Realisasi Triwulan III", null, "Realisasi Triwulan IV", null, "Realisasi Renja 2024", null],
        [null, null, null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
        ["5.01.02.2.01.0002", "Analisis Indikator Makro", nama, "laporan", 4, 495000000, 1, 102400000, 1, 118650000, 1, 124300000, 1, 137900000, 4, 483250000],
        ["5.01.02.2.01.0003", "Penyusunan RKPD", "Jumlah dokumen RKPD", "dokumen", 2, 845000000, 0, 120000000, 1, 200000000, 0, 250000000, 1, 260000000, 2, 830000000],
      ],
    };
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("a kegiatan that its sub kegiatan reach once one loses a zero (forms-blind319)", () => {
  // prettier-ignore
  const spec = (rp: number): SheetSpec => ({
    name: "Renja",
    rows: [
      ["Rencana Kerja Dinas Perpustakaan Tahun 2024"],
      ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator", "Satuan", "Target", "Pagu (Rp)"],
      ["2.23.02", "Program Pembinaan Perpustakaan", "Nilai tingkat kegemaran membaca", "nilai", 68, 1585000000],
      ["2.23.02.2.01", "Pengelolaan Perpustakaan", "Jumlah koleksi yang diolah", "eksemplar", 12000, 1185000000],
      ["2.23.02.2.01.0001", "Pengadaan Bahan Pustaka", "Jumlah koleksi bahan pustaka yang diadakan", "eksemplar", 8000, rp],
      ["2.23.02.2.01.0002", "Pengolahan Bahan Pustaka", "Jumlah koleksi yang diolah", "eksemplar", 12000, 465000000],
      ["2.23.02.2.02", "Pembudayaan Gemar Membaca", "Jumlah kegiatan literasi", "kegiatan", 24, 400000000],
      ["2.23.02.2.02.0001", "Gerakan Literasi", "Jumlah kegiatan literasi", "kegiatan", 24, 400000000],
    ],
  });

  it("names the sub kegiatan, not the kegiatan whose sum is right", () => {
    expect(foundOn(spec(720000000))).toEqual([]);
    expect(foundOn(spec(7200000000))).toEqual([["sum-mismatch", "F5"]]);
  });
});

describe("what is 'bebas' of a harm (forms-blind320)", () => {
  it("is higher-is-better", () => {
    expect(polaritasDariTeks("Persentase kawasan permukiman bebas genangan")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Jumlah desa bebas narkoba")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Luas genangan")?.polaritas).toBe("negatif");
  });
});
