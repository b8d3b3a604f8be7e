// What forms-blind205 .. 208 taught (social assistance data, hospital wards, archives, the
// household affairs of a Setda): a numerator above its denominator is a share above 100 %; "%
// Dinilai" is a share as "% Tertata" is; a count the same every quarter as its target is a level
// kept, not a flow to add up; a duration counted in days is less-is-better; "Predikat kinerja:
// Sangat Tinggi" in one cell under the footer is the footer's, not data.
import { detectTables } from "../../../src/core/detect";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a hospital's SPM recap by numerator and denominator (forms-blind206)", () => {
  it("names a numerator above its denominator", () => {
    const spec: SheetSpec = {
      name: "SPM RS 2024",
      rows: [
        ["Rekapitulasi Capaian Indikator Standar Pelayanan Minimal Rumah Sakit Tahun 2024"],
        [],
        ["No", "Indikator SPM", "Standar (%)", "Pencapaian 2024", null, null],
        ["No", "Indikator SPM", "Standar (%)", "Numerator", "Denominator", "Capaian (%)"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (4) / (5) x 100"],
        [1, "Pelayanan gawat darurat oleh tenaga bersertifikat BLS", 100, 46, 48, 95.83],
        [2, "Visite dokter spesialis pukul 08.00 - 14.00", 80, 6318, 6138, 102.93],
        [3, "Kepuasan pasien rawat inap", 90, 1126, 1204, 93.52],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3"],
    };
    expect(foundOn(spec)).toEqual([["percent-out-of-range", "F7"]]);
  });
});

describe("a recap of inactive files received and assessed (forms-blind207)", () => {
  it("names a '% Dinilai' above 100", () => {
    const spec: SheetSpec = {
      name: "Rekap Kearsipan 2024",
      rows: [
        ["REKAPITULASI PENGELOLAAN ARSIP INAKTIF TAHUN 2024"],
        [],
        [
          "No",
          "Perangkat Daerah",
          "Diterima di Record Center (boks)",
          "Dinilai berdasarkan JRA (boks)",
          "% Dinilai",
        ],
        [1, "Sekretariat Daerah", 420, 336, 80],
        [2, "Dinas Kesehatan", 240, 150, 62.5],
        [3, "Dinas Pekerjaan Umum dan Penataan Ruang", 120, 96, 125],
        [4, "Badan Kepegawaian dan Pengembangan SDM", 205, 184, 89.76],
      ],
    };
    expect(foundOn(spec)).toEqual([["percent-out-of-range", "E6"]]);
  });
});

describe("an E.81 whose fleet maintained is 38 each quarter and 38 for the year (forms-blind208)", () => {
  const e81 = (tahun: number): SheetSpec => ({
    name: "E81 Renja 2024",
    rows: [
      ["Evaluasi terhadap Hasil Renja Sekretariat Daerah Tahun 2024"],
      [],
      [
        "Kode",
        "Sub Kegiatan",
        "Indikator",
        "Satuan",
        "Target Renja Tahun 2024",
        "Realisasi Kinerja pada Triwulan",
        null,
        null,
        null,
        "Realisasi Kinerja Tahun 2024",
      ],
      [
        "Kode",
        "Sub Kegiatan",
        "Indikator",
        "Satuan",
        "Target Renja Tahun 2024",
        "I",
        "II",
        "III",
        "IV",
        "Realisasi Kinerja Tahun 2024",
      ],
      [
        "4.01.01.2.09.0002",
        "Penyediaan Jasa Pemeliharaan Kendaraan Dinas",
        "Jumlah kendaraan dinas yang dipelihara dan dibayarkan pajaknya",
        "unit",
        38,
        38,
        38,
        38,
        38,
        tahun,
      ],
      [
        "4.01.01.2.09.0010",
        "Pemeliharaan Rumah Jabatan",
        "Jumlah rumah jabatan yang dipelihara",
        "unit",
        6,
        0,
        2,
        2,
        2,
        6,
      ],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:I3", "J3:J4"],
  });

  it("keeps the year's 38: a level, as its target says", () => {
    expect(foundOn(e81(38))).toEqual([]);
  });

  it("still names a flow whose year is not its quarters' sum (kept)", () => {
    const spec = e81(38);
    spec.rows[5] = [...spec.rows[5].slice(0, 9), 5];
    expect(foundOn(spec)).toEqual([["sum-mismatch", "J6"]]);
  });

  it("reads a duration in days as less-is-better", () => {
    expect(polaritasDariTeks("Rata-rata hari penyelesaian verifikasi SPPD")?.polaritas).toBe("negatif");
    expect(polaritasDariTeks("Lama penyelesaian izin usaha")?.polaritas).toBe("negatif");
    expect(polaritasDariTeks("Persentase penyelesaian kasus gangguan trantibum")?.polaritas).toBe("positif");
  });
});

describe("an E.81 whose predikat is a line of its own under the Rata-rata row (forms-blind208)", () => {
  it("ends the data at the Rata-rata row", () => {
    const spec: SheetSpec = {
      name: "E81 Renja 2024",
      rows: [
        ["Evaluasi terhadap Hasil Renja Sekretariat Daerah Tahun 2024"],
        [],
        [
          "Kode",
          "Sub Kegiatan",
          "Indikator",
          "Satuan",
          "Target Renja Tahun 2024",
          "Realisasi Kinerja Tahun 2024",
          "Tingkat Capaian (%)",
        ],
        [
          "4.01.01.2.08.0002",
          "Penyediaan Jasa Komunikasi",
          "Jumlah laporan penyediaan jasa",
          "laporan",
          12,
          12,
          100,
        ],
        [
          "4.01.01.2.09.0010",
          "Pemeliharaan Rumah Jabatan",
          "Jumlah rumah jabatan yang dipelihara",
          "unit",
          6,
          6,
          100,
        ],
        ["Rata-rata capaian kinerja (%)", null, null, null, null, null, 100],
        [],
        ["Predikat kinerja: Sangat Tinggi"],
      ],
    };
    const [t] = detectTables(sheet(spec));
    expect(t.dataRange.r2).toBe(6);
  });
});
