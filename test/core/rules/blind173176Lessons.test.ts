// What forms-blind173 .. 176 taught (transport, trade, labour, public cemeteries): a span in
// brackets after a name ("(3 tahun pertama)") is no unit; a note that explains the "(-)" mark first
// ("(-) indikator dengan polaritas negatif") marks its negatives; a cemetery is a place.
import { classifyHeader } from "../../../src/core/detect/roles";
import { aditif } from "../../../src/core/rules/konsolidasi";
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a retribusi report per quarter (forms-blind176)", () => {
  it("adds the quarters of a lease 'for the first 3 years', no duration", () => {
    expect(aditif("", "Sewa tanah makam (3 tahun pertama)")).not.toBe("tidak");
    const spec: SheetSpec = {
      name: "Retribusi Makam 2024",
      rows: [
        ["LAPORAN REALISASI PENERIMAAN RETRIBUSI PELAYANAN PEMAKAMAN TAHUN ANGGARAN 2024"],
        [],
        ["No", "Jenis Pelayanan", "Target 2024", "Realisasi", null, null, null, null, "% thd Target"],
        [
          "No",
          "Jenis Pelayanan",
          "Target 2024",
          "Triwulan I",
          "Triwulan II",
          "Triwulan III",
          "Triwulan IV",
          "Jumlah",
          "% thd Target",
        ],
        [1, "Sewa tanah makam (3 tahun pertama)", 486000, 98400, 121650, 117300, 132900, 470250, 96.76],
        [2, "Penggalian dan penutupan liang lahat", 228000, 52650, 55800, 58950, 61200, 228600, 100.26],
        [3, "Pelayanan mobil jenazah", 96000, 22400, 25650, 24300, 27450, 99800, 103.96],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:H3", "I3:I4"],
      formulas: {
        H5: "D5+E5+F5+G5",
        H6: "D6+E6+F6+G6",
        H7: "D7+E7+F7+G7",
        I5: "ROUND(H5/C5*100,2)",
        I6: "ROUND(H6/C6*100,2)",
        I7: "ROUND(H7/C7*100,2)",
      },
    };
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("an IKU whose note explains its '(-)' mark first (forms-blind173)", () => {
  it("reads the marked rows as lower-is-better and judges the others' paths", () => {
    const spec: SheetSpec = {
      name: "IKU 2025-2029",
      rows: [
        ["INDIKATOR KINERJA UTAMA DINAS PERHUBUNGAN TAHUN 2025 - 2029"],
        [],
        ["No", "Indikator Kinerja Utama", "Satuan", "Kondisi Awal (2024)", "Target", null, null, null, null],
        ["No", "Indikator Kinerja Utama", "Satuan", "Kondisi Awal (2024)", 2025, 2026, 2027, 2028, 2029],
        [1, "Tingkat keterisian kursi angkutan perintis (-)", "%", 9.4, 9, 8.6, 8.2, 7.8, 7.4],
        [2, "Persentase dermaga dalam kondisi baik", "%", 58.33, 62.5, 66.67, 64, 75, 79.17],
        [],
        ["Keterangan: (-) indikator dengan polaritas negatif, semakin kecil semakin baik."],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:I3"],
    };
    // the first row's falling path is right only if the mark is read; the second dips against its
    // positive polarity, which the marks leave sure
    expect(foundOn(spec)).toEqual([["target-trend", "G6"]]);
  });
});

describe("a cemetery recap (forms-blind176)", () => {
  it("names its rows by place", () => {
    expect(classifyHeader(["Nama TPU"]).role).toBe("lokasi");
  });
});
