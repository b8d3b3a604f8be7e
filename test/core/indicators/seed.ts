// Rows copied from the seed documents (PDF-to-text), as printed, so the tests never read ../shared.
// Seed 001 = Kota Blitar, Renstra Dinas Sosial 2021-2026 (amended); seed 004 = Kabupaten Buleleng,
// IKU Dinas Sosial 2023-2026.

/**
 * Kota Blitar Tabel 2.3.1 "Pencapaian Kinerja Pelayanan" (form T-C.23). Targets per year 2017-2021;
 * realisasi and rasio capaian are filled for 2017-2020 (2021 is empty in the seed). The first
 * target-like value of some rows is the "Target Indikator lainnya"/NSPK/IKK column, left out here.
 * SPM and IKK rows print only two realisasi and two rasio; they are paired with the first two targets.
 */
export type BarisKinerja = {
  label: string;
  polaritas: "positif" | "negatif";
  target: string[];
  realisasi: string[];
  rasio: string[];
};

export const TABEL_2_3_1: BarisKinerja[] = [
  {
    label: "I.1 Indeks Gini (IKU Kota)",
    polaritas: "negatif",
    target: ["0,36", "0,36", "0,36", "0,36", "0,36"],
    realisasi: ["0,39", "0,35", "0,33", "NA"],
    rasio: ["91,67", "102,78", "108,33", "NA"],
  },
  {
    label: "II.1 Persentase Penurunan PMKS (IKU)",
    polaritas: "positif",
    target: ["19,69", "1", "1", "1", "1"],
    realisasi: ["-1,29", "5,89", "3,25", "-7,31"],
    rasio: ["-6,55", "589,00", "325,00", "-731,00"],
  },
  {
    label: "II.2 Persentase PMKS yang memperoleh pelayanan rehabilitasi sosial (IKU)",
    polaritas: "positif",
    target: ["82", "82", "85", "90", "90"],
    realisasi: ["91,35", "90,03", "90,23", "92,3"],
    rasio: ["111,40", "109,79", "106,15", "102,56"],
  },
  {
    label: "II.3 Persentase PSKS yang dibina dan aktif (IKU)",
    polaritas: "positif",
    target: ["98", "98", "99", "100", "100"],
    realisasi: ["100", "100", "100", "100"],
    rasio: ["102,04", "102,04", "101,01", "100,00"],
  },
  {
    label: "II.4 Persentase Fakir Miskin yang mandiri (IKU)",
    polaritas: "positif",
    target: ["-", "-", "10", "10", "10"],
    realisasi: ["-", "-", "18,07", "18,18"],
    rasio: ["-", "-", "180,7", "181,8"],
  },
  {
    label: "III.1 SPM PMKS memperoleh bantuan sosial kebutuhan dasar",
    polaritas: "positif",
    target: ["80", "80", "80", "80", "80"],
    realisasi: ["100", "100"],
    rasio: ["125,00", "125,00"],
  },
  {
    label: "III.2 SPM PMKS menerima pemberdayaan sosial melalui KUBE",
    polaritas: "positif",
    target: ["80", "80", "80", "80", "80"],
    realisasi: ["17,67", "12,22"],
    rasio: ["22,09", "15,28"],
  },
  {
    label: "III.3 SPM panti sosial menyediakan sarana prasarana",
    polaritas: "positif",
    target: ["80", "80", "80", "80", "80"],
    realisasi: ["100", "100"],
    rasio: ["125,00", "125,00"],
  },
  {
    label: "III.4 SPM WKBSM menyediakan sarana prasarana",
    polaritas: "positif",
    target: ["60", "60", "60", "60", "60"],
    realisasi: ["100", "100"],
    rasio: ["166,67", "166,67"],
  },
  {
    label: "III.5 SPM korban bencana menerima bantuan sosial",
    polaritas: "positif",
    target: ["80", "80", "80", "80", "80"],
    realisasi: ["100", "0"],
    rasio: ["125,00", "0,00"],
  },
  {
    label: "III.6 SPM korban bencana dievakuasi",
    polaritas: "positif",
    target: ["80", "80", "80", "80", "80"],
    realisasi: ["0", "0"],
    rasio: ["0,00", "0,00"],
  },
  {
    label: "III.7 SPM penyandang cacat dan lansia menerima jaminan sosial",
    polaritas: "positif",
    target: ["40", "40", "40", "40", "40"],
    realisasi: ["42,35", "60,78"],
    rasio: ["105,88", "151,95"],
  },
  {
    label: "III.8 SPM penyandang disabilitas terlantar di luar panti",
    polaritas: "positif",
    target: ["100", "100", "100", "100", "100"],
    realisasi: ["100", "100"],
    rasio: ["100,00", "100,00"],
  },
  {
    label: "IV.1 IKK Jumlah sarana sosial (panti)",
    polaritas: "positif",
    target: ["9", "11", "11", "11", "11"],
    realisasi: ["9", "11"],
    rasio: ["100,00", "100,00"],
  },
  {
    label: "IV.3 IKK PMKS yg memperoleh bantuan sosial",
    polaritas: "positif",
    target: ["80", "80", "80", "80", "80"],
    realisasi: ["100", "100"],
    rasio: ["125,00", "125,00"],
  },
  {
    label: "V.1 Program: warga miskin memperoleh bantuan sosial",
    polaritas: "positif",
    target: ["100", "100", "100", "100", "100"],
    realisasi: ["100", "100", "100", "100"],
    rasio: ["100", "100", "100", "100"],
  },
  {
    label: "V.2 Program: PMKS mendapatkan pelayanan dan pembinaan",
    polaritas: "positif",
    target: ["78", "80", "82", "85", "100"],
    realisasi: ["100", "100", "100", "100"],
    rasio: ["128,21", "125", "121,95", "117,65"],
  },
  {
    label: "V.3 Program: PSKS terampil",
    polaritas: "positif",
    target: ["68", "72", "75", "77", "80"],
    realisasi: ["100", "100", "100", "100"],
    rasio: ["147,06", "138,89", "133,33", "129,87"],
  },
  {
    label: "V.4 Program: Persentase PMKS terlatih",
    polaritas: "positif",
    target: ["20", "25", "30", "35", "35"],
    realisasi: ["16,24", "17,58", "19,70", "20,32"],
    rasio: ["81,20", "70,32", "65,67", "58,06"],
  },
];

/** Kota Blitar Tabel 2.3.2 (first part) "Capaian Kinerja Program 2017-2020": percentage, numerator, denominator. */
export const TABEL_2_3_2_PROGRAM: Array<{
  label: string;
  persen: string[];
  pembilang: string[];
  penyebut: string[];
}> = [
  {
    label: "1. Persentase warga miskin yang memperoleh bantuan sosial",
    persen: ["100", "100", "100", "100"],
    pembilang: ["11.653", "11.624", "11.434", "11.165"],
    penyebut: ["11.653", "11.624", "11.434", "11.165"],
  },
  {
    label: "2. Persentase PMKS yang mendapatkan pelayanan dan pembinaan",
    persen: ["100", "100", "100", "100"],
    pembilang: ["125", "250", "471", "535"],
    penyebut: ["125", "250", "471", "535"],
  },
  {
    label: "3. Persentase PSKS yang terampil",
    persen: ["100", "100", "100", "100"],
    pembilang: ["125", "132", "132", "133"],
    penyebut: ["125", "132", "132", "133"],
  },
  {
    label: "4. Persentase PMKS terlatih",
    persen: ["16,24", "17,58", "19,70", "20,32"],
    pembilang: ["1.009", "1.092", "1.224", "1.262"],
    penyebut: ["6.212", "6.212", "6.212", "6.212"],
  },
];

/**
 * Kota Blitar Tabel 2.3.2 (second part) "Anggaran dan Realisasi Pendanaan" (form T-C.24), 2017-2021:
 * anggaran, realisasi, rasio capaian (printed), rata-rata pertumbuhan anggaran and realisasi
 * (printed with a decimal point, "11.60").
 */
export type BarisAnggaran = {
  label: string;
  anggaran: string[];
  realisasi: string[];
  rasio: string[];
  pertumbuhan: { anggaran: string; realisasi: string };
};

export const TABEL_2_3_2_ANGGARAN: BarisAnggaran[] = [
  {
    label: "Belanja Tidak Langsung",
    anggaran: ["2.161.905.000", "2.233.885.914", "3.238.828.778", "3.000.088.398", "3.163.628.100"],
    realisasi: ["1.806.323.490", "2.076.600.633", "2.712.279.815", "2.635.115.898", "3.163.628.100"],
    rasio: ["83,55", "92,96", "93,74", "87,84", "100"],
    pertumbuhan: { anggaran: "11.60", realisasi: "15.70" },
  },
  {
    label: "Belanja Langsung",
    anggaran: ["20.800.284.676", "24.569.668.400", "23.452.719.500", "21.434.854.461", "23.309.298.114"],
    realisasi: ["20.555.043.609", "23.276.063.763", "23.121.181.926", "21.014.747.235", "23.309.289.114"],
    rasio: ["98,82", "94,73", "98,59", "90,16", "100"],
    pertumbuhan: { anggaran: "13,72", realisasi: "3,60" },
  },
  {
    label: "Belanja Pegawai",
    anggaran: ["134.064.200", "32.492.000", "57.511.000", "38.651.000", "0"],
    realisasi: ["109.548.200", "17.937.000", "46.200.000", "37.250.000", "0"],
    rasio: ["81,71", "55,20", "80,33", "96,38", "100"],
    pertumbuhan: { anggaran: "-32.89", realisasi: "-11.36" },
  },
  {
    label: "Belanja Barang dan Jasa",
    anggaran: ["20.598.505.476", "23.798.270.150", "22.198.053.960", "21.110.404.261", "23.288.528.814"],
    realisasi: ["20.356.995.409", "22.526.427.999", "21.943.731.282", "20.703.577.235", "23.288.528.814"],
    rasio: ["98,83", "94,66", "98,86", "98,07", "100"],
    pertumbuhan: { anggaran: "3.56", realisasi: "3.73" },
  },
  {
    label: "Belanja Modal",
    anggaran: ["89.715.000", "738.906.250", "1.199.154.540", "285.819.200", "20.750.300"],
    realisasi: ["88.500.000", "732.698.764", "1.131.250.644", "273.920.000", "20.750.300"],
    rasio: ["98,65", "99,16", "94,34", "95,84", "100"],
    pertumbuhan: { anggaran: "154.25", realisasi: "153.52" },
  },
  {
    label: "TOTAL",
    anggaran: ["22.984.189.676", "26.803.554.314", "26.691.548.278", "24.434.942.859", "26.472.917.214"],
    realisasi: ["22.361.367.099", "25.352.664.396", "25.833.461.741", "23.649.863.133", "26.472.917.214"],
    rasio: ["97,29", "94,59", "96,79", "96,79", "100"],
    pertumbuhan: { anggaran: "4.02", realisasi: "4.69" },
  },
];

export const TAHUN_2_3_2 = [2017, 2018, 2019, 2020, 2021];

/**
 * Tujuan/sasaran tables: kondisi awal, targets in year order, kondisi akhir as printed.
 * Kota Blitar Tabel 4.2 (header years 2021 | 2022 2024 2025 2026 | kondisi akhir: 2023 is missing
 * from the header) and Buleleng Tabel 2.2.1 (2021 | 2023 2024 2025 2026 | kondisi akhir 2026).
 */
export type BarisKondisi = { label: string; awal: string; target: string[]; akhir: string };

export const TABEL_4_2: BarisKondisi[] = [
  {
    label: "Nilai SAKIP Perangkat Daerah",
    awal: "A (85,13)",
    target: ["A (84,96)", "A (85,00)", "A (85,04)", "A (85,08)"],
    akhir: "A (85,08)",
  },
  {
    label: "Indeks Keparahan Kemiskinan",
    awal: "0,28",
    target: ["0,19", "0,23", "0,22", "0,21"],
    akhir: "0,21",
  },
  { label: "Persentase PMKS", awal: "7,90", target: ["7,40", "7,26", "7,15", "7,04"], akhir: "7,04" },
  { label: "Persentase PPKS", awal: "7,90", target: ["7,40", "7,26", "7,15", "7,04"], akhir: "7,04" },
  {
    label: "Persentase fakir miskin yang berdaya",
    awal: "0,16",
    target: ["0,66", "2,32", "2,77", "3,24"],
    akhir: "3,24",
  },
];

/** Tabel 4.2's wrong row: kondisi akhir 5,89 although the last target is 1,54. */
export const TABEL_4_2_PENURUNAN_PMKS: BarisKondisi = {
  label: "Persentase penurunan PMKS",
  awal: "-2,38",
  target: ["6,09", "1,49", "1,52", "1,54"],
  akhir: "5,89",
};

export const BULELENG_2_2_1: BarisKondisi[] = [
  { label: "Persentase penduduk miskin", awal: "6,12", target: ["5,15", "4,9", "4,8", "4,6"], akhir: "4,6" },
  {
    label: "Persentase penanganan PMKS",
    awal: "3,86",
    target: ["6,86", "9,86", "12,86", "15,86"],
    akhir: "15,86",
  },
];

/** Kota Blitar Tabel 4.1: Nilai SAKIP as written (kondisi awal 2020, target and realisasi 2022, 2023). */
export const TABEL_4_1_SAKIP = ["A (83,94)", "A (84,35)", "A (85,13)", "A (84,39)", "A (84,96)"];
