// An invented but well-formed nomenclature list for the tests (no official data ships with the
// project): urusan 1.06 (sosial) with five programmes, kegiatan of the kabupaten/kota (fourth
// segment 2) and of the province (1), eight sub kegiatan each, and three codes renamed by a later
// regulation. Rows as the SIPD export lays them out: Kode | Nomenklatur | Kinerja | Indikator |
// Satuan | Kewenangan | Kode Lama.
export const PROGRAM = [
  "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
  "PROGRAM PEMBERDAYAAN SOSIAL",
  "PROGRAM PENANGANAN WARGA NEGARA MIGRAN KORBAN TINDAK KEKERASAN",
  "PROGRAM REHABILITASI SOSIAL",
  "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
];

export const HEADER = ["Kode", "Nomenklatur", "Kinerja", "Indikator", "Satuan", "Kewenangan", "Kode Lama"];

/** The list's rows, header first. */
export function daftarUji(): string[][] {
  const rows: string[][] = [HEADER];
  rows.push(["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "", "", "", "", ""]);
  rows.push(["1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL", "", "", "", "", ""]);
  PROGRAM.forEach((nama, p) => {
    const pk = `1.06.${String(p + 1).padStart(2, "0")}`;
    rows.push([pk, nama, "", "", "", "PROV/KAB/KOTA", ""]);
    for (const [digit, kew] of [
      ["1", "PROV"],
      ["2", "KAB/KOTA"],
    ] as const) {
      for (let k = 1; k <= (digit === "2" ? 5 : 3); k++) {
        const kk = `${pk}.${digit}.${String(k).padStart(2, "0")}`;
        rows.push([
          kk,
          `Kegiatan ${k} Program ${p + 1} ${kew === "PROV" ? "Provinsi" : "Kabupaten/Kota"}`,
          "",
          "",
          "",
          kew,
          "",
        ]);
        for (let s = 1; s <= 8; s++)
          rows.push([
            `${kk}.${String(s).padStart(4, "0")}`,
            `Sub Kegiatan ${s} Kegiatan ${k} Program ${p + 1}`,
            `Terlaksananya sub kegiatan ${s}`,
            `Jumlah dokumen sub kegiatan ${s}`,
            "Dokumen",
            kew,
            "",
          ]);
      }
    }
  });
  // renamed by a later regulation: the new rows name the codes they replace
  rows.push([
    "1.06.04.2.06",
    "Rehabilitasi Sosial Penyandang Disabilitas Terlantar di Luar Panti",
    "",
    "",
    "",
    "KAB/KOTA",
    "1.06.04.2.09",
  ]);
  rows.push([
    "1.06.04.2.06.0001",
    "Pemberian Bimbingan Fisik, Mental dan Sosial",
    "",
    "",
    "Orang",
    "KAB/KOTA",
    "1.06.04.2.09.0001",
  ]);
  rows.push([
    "1.06.05.2.06",
    "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
    "",
    "",
    "",
    "KAB/KOTA",
    "1.06.05.2.03",
  ]);
  return rows;
}

/** The same list as CSV text, separated by semicolons as Excel in Indonesian writes it. */
export function daftarCsv(): string {
  return daftarUji()
    .map((r) => r.map((v) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(";"))
    .join("\r\n");
}

/** A Renja checked against the list: A6 (1.06.04.2.01.0011) is not in it, A7 and A8 are old codes. */
export const RENJA: Array<Array<string | number>> = [
  ["RENCANA KERJA DINAS SOSIAL KABUPATEN CONTOH TAHUN 2026"],
  ["Kode", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target 2026", "Pagu Indikatif 2026"],
  ["1.06.04", "Program Rehabilitasi Sosial", "Persentase PMKS yang tertangani", 72, 1_950_000_000],
  ["1.06.04.2.01", "Kegiatan 1 Program 4 Kabupaten/Kota", "Jumlah dokumen", 4, 1_250_000_000],
  ["1.06.04.2.01.0003", "Sub Kegiatan 3 Kegiatan 1 Program 4", "Jumlah dokumen", 4, 1_200_000_000],
  ["1.06.04.2.01.0011", "Sub Kegiatan 11", "Jumlah dokumen", 1, 50_000_000],
  ["1.06.04.2.09", "Rehabilitasi Sosial Penyandang Disabilitas Terlantar", "Jumlah orang", 40, 700_000_000],
  ["1.06.04.2.09.0001", "Pemberian Bantuan Alat Bantu", "Jumlah orang", 40, 700_000_000],
];
