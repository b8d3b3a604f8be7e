// What forms-blind313 .. 316 taught (fisheries, civil registry, environment, civil service): a
// "Realisasi Triwulan I > Target | Rp" pair is the realisation's K; a typed total that its parts
// reach once one part loses a zero names that part; a kondisi akhir Rp that such a part alone keeps
// from adding up is its consequence; a bare unit under a heading ("Nelayan Peserta Asuransi >
// Orang") counts what the heading names; "Waktu Layanan (hari) > Standar" is the target, and that
// heading says what every row measures; a ratio's base "terhadap jumlah ..." is no polarity.
import { detectTables } from "../../../src/core/detect";
import { reportTable } from "../../../src/core/report";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const roles = (spec: SheetSpec): string[] =>
  detectTables(sheet(spec))
    .map(reportTable)[0]
    .columns.map((c) => `${c.column} ${c.role}`);

describe("'Realisasi Triwulan I > Target | Rp' (forms-blind314)", () => {
  it("reads the pair's K as the realisation, the Renja's own target as the target", () => {
    // prettier-ignore
    const spec: SheetSpec = {
      name: "Evaluasi Renja",
      rows: [
        ["Evaluasi Terhadap Hasil Renja Disdukcapil Tahun 2024"],
        ["Kode", "Program / Kegiatan", "Indikator Kinerja", "Target Kinerja dan Anggaran Renja Tahun 2024", null, "Realisasi Triwulan I", null, "Realisasi Triwulan II", null],
        [null, null, null, "Target", "Rp", "Target", "Rp", "Target", "Rp"],
        ["2.12.02.2.01", "Pelayanan Pendaftaran Penduduk", "Jumlah dokumen diterbitkan", 92000, 1110500000, 20282, 220700000, 24123, 286795000],
        ["2.12.03.2.01", "Pelayanan Pencatatan Sipil", "Jumlah akta diterbitkan", 19500, 405000000, 4506, 84620000, 5131, 109435000],
      ],
    };
    expect(roles(spec)).toEqual(
      expect.arrayContaining([
        "D target",
        "E anggaran",
        "F realisasi",
        "G realisasi-anggaran",
        "H realisasi",
      ]),
    );
  });
});

describe("a typed total that its parts reach once one part loses a zero (forms-blind313)", () => {
  const spec = (kalumpang: number): SheetSpec => ({
    name: "TPI 2024",
    rows: [
      ["REKAPITULASI VOLUME DAN NILAI LELANG IKAN PER TPI TAHUN 2024"],
      [],
      ["Nama TPI", "Jumlah Volume (ton)", "Nilai Lelang (Rp)"],
      ["TPI Dufa-Dufa", 877.2, 21359820000],
      ["TPI Bastiong", 713.6, 16320032000],
      ["TPI Kalumpang Baru", 417, kalumpang],
      ["TPI Sasa", 271.8, 5425128000],
      ["Jumlah", 2279.6, 53005360000],
    ],
  });

  it("names the part, not the total", () => {
    expect(foundOn(spec(9900380000))).toEqual([]);
    expect(foundOn(spec(99003800000))).toEqual([["sum-mismatch", "C6"]]);
  });
});

describe("a kondisi akhir Rp that a year's zero slip alone keeps from adding up (forms-blind315)", () => {
  // prettier-ignore
  const spec = (rp2027: number): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["Rencana Program, Kegiatan dan Pendanaan DLH Tahun 2025-2029"],
      ["Kode", "Program / Kegiatan", "Indikator", "Satuan", "Kondisi Awal", "Tahun 2025", null, "Tahun 2026", null, "Tahun 2027", null, "Tahun 2028", null, "Tahun 2029", null, "Kondisi Akhir", null],
      [null, null, null, null, null, "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp", "Target", "Rp"],
      ["2.11.03.2.02.0002", "Pengawasan Ketaatan Izin Lingkungan", "Jumlah usaha yang diawasi", "usaha", 40, 45, 325600, 50, 348200, 55, rp2027, 60, 381400, 65, 398700, 275, 1816800],
      ["2.11.03.2.01.0003", "Pengujian Emisi Gas Buang", "Jumlah kendaraan yang diuji emisi", "unit", 1850, 2000, 410000, 2200, 445500, 2400, 478000, 2600, 512750, 2800, 549300, 12000, 2395550],
    ],
  });

  it("names the year's Rp, and not the kondisi akhir that is right", () => {
    expect(foundOn(spec(362900))).toEqual([]);
    const found = foundOn(spec(3629000));
    expect(found).toContainEqual(["target-outlier", "K4"]);
    expect(found.filter(([, cell]) => cell === "Q4")).toEqual([]);
  });
});

describe("a bare unit under a heading, in a share by the form's number row (forms-blind313)", () => {
  const spec = (persen: number): SheetSpec => ({
    name: "Nelayan",
    rows: [
      ["Rekapitulasi Nelayan Peserta Asuransi per Kecamatan Tahun 2024"],
      ["No", "Kecamatan", "Jumlah Nelayan (orang)", "Nelayan Peserta Asuransi", null],
      [null, null, null, "Orang", "%"],
      ["(1)", "(2)", "(3)", "(4)", "(5) = (4) : (3) x 100"],
      [1, "Ampana Saronde", 1842, 826, 44.84],
      [2, "Tojo Pesisir", 1215, 498, 40.99],
      [3, "Walea Kecil", 1390, 655, persen],
      [4, "Togean Barat", 1027, 412, 40.12],
    ],
    merges: ["D2:E2", "A2:A3", "B2:B3", "C2:C3"],
  });

  it("holds the share under 100 %", () => {
    expect(foundOn(spec(47.12)).filter(([rule]) => rule === "percent-out-of-range")).toEqual([]);
    expect(foundOn(spec(112.35))).toContainEqual(["percent-out-of-range", "E7"]);
  });
});

describe("'Waktu Layanan (hari) > Standar | Rata-rata Realisasi' per kind of document (forms-blind314)", () => {
  const spec = (kematian: number): SheetSpec => ({
    name: "Waktu Layanan",
    rows: [
      ["Waktu Layanan Dokumen Kependudukan Tahun 2024"],
      [],
      ["No", "Jenis Dokumen", "Waktu Layanan (hari)", null, "Capaian (%)"],
      [null, null, "Standar", "Rata-rata Realisasi", null],
      [1, "KTP-el (cetak baru)", 1, 0.8, 120],
      [2, "Kartu Identitas Anak", 1, 1.2, 80],
      [3, "Akta Kelahiran", 3, 2.6, 113.33],
      [4, "Akta Kematian", 3, 3.5, kematian],
      [5, "Surat Keterangan Pindah", 1, 1.3, 70],
    ],
    merges: ["C3:D3", "A3:A4", "B3:B4", "E3:E4"],
  });

  it("reads the standard as the target and every row as a time, lower is better", () => {
    expect(roles(spec(83.33))).toEqual(expect.arrayContaining(["C target", "D realisasi", "E capaian"]));
    expect(foundOn(spec(83.33))).toEqual([]);
    expect(foundOn(spec(116.67))).toContainEqual(["capaian-mismatch", "E8"]);
  });
});

describe("a ratio's base 'terhadap jumlah ...' (forms-blind314)", () => {
  it("says nothing of what the ratio measures", () => {
    expect(
      polaritasDariTeks("Rasio akta kematian terhadap jumlah peristiwa kematian (%)")?.polaritas,
    ).not.toBe("negatif");
    expect(polaritasDariTeks("Persentase penduduk miskin terhadap jumlah penduduk")?.polaritas).toBe(
      "negatif",
    );
    expect(polaritasDariTeks("Persentase kasus kekerasan terhadap anak yang tertangani")?.polaritas).toBe(
      "positif",
    );
  });
});
