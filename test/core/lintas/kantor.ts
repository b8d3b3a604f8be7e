// Five documents of one office, Dinas Sosial Kota Contoh, as tables (test/core/lintas and the
// CLI's --silang test build them into grids and .xlsx files). Names vary as offices write them
// ("Presentase", "yg", "Jml."). Planted: a PK target that is the Renstra's 2026 target, a PK unit,
// an LKjIP target, an IKU missing from the PK and the LKjIP, an end-period target quoted wrong.
import type { CellValue } from "../../../src/core/grid";

export type Lembar = { file: string; sheet: string; rows: CellValue[][] };

export const RENSTRA: Lembar = {
  file: "renstra-dinsos.xlsx",
  sheet: "Tabel 6.2",
  rows: [
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
  ],
};

export const IKU: Lembar = {
  file: "iku-dinsos.xlsx",
  sheet: "IKU",
  rows: [
    ["MATRIKS INDIKATOR KINERJA UTAMA DINAS SOSIAL TAHUN 2025-2029"],
    ["No", "Sasaran", "Indikator Kinerja Utama", "Satuan", "Kondisi Akhir"],
    [1, "Meningkatnya kesejahteraan sosial", "Persentase PMKS yang tertangani", "%", 80],
    [2, "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", 8.3],
    [
      3,
      "Meningkatnya kualitas layanan",
      "Persentase lembaga kesejahteraan sosial yang terakreditasi",
      "%",
      60,
    ],
  ],
};

export const RENJA: Lembar = {
  file: "renja-2025.xlsx",
  sheet: "Renja",
  rows: [
    ["RENCANA KERJA (RENJA) DINAS SOSIAL TAHUN 2025"],
    ["No", "Indikator Kinerja", "Satuan", "Target 2025"],
    [1, "Presentase PMKS yg tertangani", "%", 72],
    [2, "Persentase Penduduk Miskin", "%", 9.5],
    [3, "Jml. anak jalanan yang dibina", "orang", 45],
  ],
};

export const PK: Lembar = {
  file: "pk-2025.xlsx",
  sheet: "PK",
  rows: [
    ["PERJANJIAN KINERJA TAHUN 2025 DINAS SOSIAL"],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025"],
    [1, "Meningkatnya kesejahteraan sosial", "Persentase PMKS yang tertangani", "%", 72],
    [2, "Menurunnya kemiskinan", "Persentase penduduk miskin", "%", 9.2],
    [3, "Meningkatnya kualitas layanan", "Indeks Kepuasan Masyarakat", "%", 81],
  ],
};

export const LKJIP: Lembar = {
  file: "lkjip-2025.xlsx",
  sheet: "Tabel 3.1",
  rows: [
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
  ],
};

export const KANTOR: Lembar[] = [RENSTRA, IKU, RENJA, PK, LKJIP];
