// Header paths as the seed tables print them, typos included, and the role each must get.
import { classifyHeader } from "../../../src/core/detect";

describe("classifyHeader", () => {
  it.each([
    [["N0"], "no", undefined],
    [["No."], "no", undefined],
    [["Kode"], "kode", undefined],
    [["Indikator Kinerja Sesuai Tugas dan Fungsi Perangkat Daerah"], "indikator", undefined],
    [["Indikator Tujuan/ Sasaran"], "indikator", undefined],
    [["INDIKATOR KINERJA UTAMA"], "indikator", undefined],
    [["Uraian"], "indikator", undefined],
    [["KINERJA UTAMA TUJUAN / SASARAN"], "sasaran", undefined],
    [["Tujuan"], "tujuan", undefined],
    [["Sasaran"], "sasaran", undefined],
    [["Definisi Operasional"], "definisi", undefined],
    [["Rumus Perhitungan"], "rumus", undefined],
    [["Formulasi Perhitungan"], "rumus", undefined],
    [["RUMUSAN OPERASIONAL"], "rumus", undefined],
    [["Cara Perhitungan"], "rumus", undefined],
    [["Satuan"], "satuan", undefined],
    [["PENANGGUNG JAWAB"], "penanggung-jawab", undefined],
    [["Unit Kerja Perangkat Daerah Penanggung Jawab"], "penanggung-jawab", undefined],
    [["SUMBER DATA"], "sumber-data", undefined],
    [["Lokasi"], "lokasi", undefined],
    [["Keterangan"], "keterangan", undefined],
    [["Kondisi Kinerja Awal 2020"], "kondisi-awal", 2020],
    [["Kondisi Awal (2021)"], "kondisi-awal", 2021],
    [["Data Capaian pada Awal Tahun Perencanaan"], "kondisi-awal", undefined],
    [["Kondisi Kinerja pada akhir periode Restra Perangkat Daerah"], "kondisi-akhir", undefined],
    [["Target NSPK"], "target", undefined],
    [["Target Indikator lainnya"], "target", undefined],
    [["Target Restra/ Lainnya PD Tahun ke", "2019"], "target", 2019],
    [["Realisasi Capaian tahun ke", "2018"], "realisasi", 2018],
    [["Rasio Capaian pada Tahun ke (%)", "2020"], "capaian", 2020],
    [["Target Capaian Kinerja", "2022"], "target", 2022],
    [["Target dan Realisasi Kinerja Tujuan / Sasaran", "2022", "Target"], "target", 2022],
    [["Target dan Realisasi Kinerja Tujuan / Sasaran", "2022", "Realisasi"], "realisasi", 2022],
    [["Anggaran pada Tahun ke-", "2017"], "anggaran", 2017],
    [["Realisasi Anggaran pada Tahun ke-", "2018"], "realisasi-anggaran", 2018],
    [["Rasio antara Realisasi dan Anggaran Tahun ke-", "2019"], "capaian", 2019],
    [["Rata-rata Pertumbuhan", "Anggaran"], "pertumbuhan", undefined],
    [["Target Kinerja Program dan Kerangka Pendanaan", "Tahun 2024", "K"], "target", 2024],
    [["Target Kinerja Program dan Kerangka Pendanaan", "Tahun 2024", "Rp"], "anggaran", 2024],
    [["Kondisi Kinerja pada akhir periode Renstra", "Rp"], "kondisi-akhir", undefined],
    [["Predikat"], "predikat", undefined],
  ])("%j is %s %s", (path, role, year) => {
    const g = classifyHeader(path as string[]);
    expect(g.role).toBe(role);
    expect(g.year).toBe(year);
    expect(g.certain).toBe(true);
  });

  it("marks K and Rp under a year", () => {
    expect(classifyHeader(["Target Kinerja", "2024", "K"]).ukuran).toBe("K");
    expect(classifyHeader(["Target Kinerja", "2024", "Rp"]).ukuran).toBe("Rp");
  });

  it("says when a role is a guess and never invents a year", () => {
    expect(classifyHeader(["2019"])).toEqual({ role: "lainnya", year: 2019, certain: false });
    expect(classifyHeader(["Catatan Rapat Pleno"]).role).toBe("keterangan");
    expect(classifyHeader(["Target Renstra Tahun ke-3"]).year).toBeUndefined();
    expect(classifyHeader([]).certain).toBe(false);
  });
});
