// What forms-blind269 .. 272 taught (legal drafting, statistics and encryption, disaster
// management, horticulture): two recaps side by side whose first label is merged over two header
// rows are tables; a PK's typed 7 is no copy of the Renstra's 7,5; a note "indikator X dan Y
// berpolaritas negatif" names X and Y, not "Y ber"; a table whose left part heads its columns
// under one merged heading stands beside another across two empty columns; and an E.81's bare
// "Triwulan I > K" quarters are as certain as the "12 = 8+9+10+11" they add into.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("two recaps side by side, each led by a label merged over two header rows (forms-blind269)", () => {
  const spec = (jumlah: number): SheetSpec => ({
    name: "Harmonisasi 2024",
    rows: [
      ["Rekap Harmonisasi Rancangan Produk Hukum dan Bantuan Hukum Tahun 2024"],
      [],
      [
        "Perangkat Daerah Pemrakarsa",
        "Rancangan",
        "Rancangan",
        "Rancangan",
        "% Tepat Waktu (tepat / selesai)",
        "Porsi Pengajuan (%)",
        null,
        "Jenis Perkara",
        "Jumlah Perkara",
        "Status",
        "Status",
        "Status",
      ],
      [
        "Perangkat Daerah Pemrakarsa",
        "Diajukan",
        "Selesai",
        "Tepat Waktu",
        "% Tepat Waktu (tepat / selesai)",
        "Porsi Pengajuan (%)",
        null,
        "Jenis Perkara",
        "Jumlah Perkara",
        "Menang",
        "Kalah",
        "Proses",
      ],
      ["Badan Pendapatan Daerah", 14, 12, 10, 83.33, 21.88, null, "Perdata", 6, 3, 1, 2],
      ["Dinas Lingkungan Hidup", 9, 9, 8, 88.89, 14.06, null, "Tata Usaha Negara", 9, 5, 2, 2],
      ["Dinas Perhubungan", 11, 10, 9, 90, 17.19, null, "Pidana", 3, 1, 0, 2],
      ["Satpol PP", 7, 6, 6, 100, 10.94, null, "Uji materiil perda", 2, 1, 1, 0],
      ["Bagian Tata Pemerintahan", 23, 21, 15, 71.43, 35.94, null, "Jumlah", jumlah, 10, 4, 6],
      ["TOTAL", 64, 58, 48, 82.76, 100],
    ],
    merges: ["A3:A4", "B3:D3", "E3:E4", "F3:F4", "H3:H4", "I3:I4", "J3:L3"],
  });

  it("finds both tables and holds the right one's Jumlah to its rows", () => {
    const tables = detectTables(sheet(spec(20)));
    expect(tables.map((t) => `${t.range.c1}-${t.range.c2}`)).toEqual(["1-6", "8-12"]);
    expect(foundOn(spec(20))).toEqual([]);
    expect(foundOn(spec(18))).toContainEqual(["sum-mismatch", "I9"]);
  });
});

describe("a PK target against the Renstra it quotes (forms-blind271)", () => {
  const renstra: SheetSpec = {
    name: "IKU Renstra",
    rows: [
      ["Indikator Kinerja Utama dan Target Renstra BPBD 2025-2029"],
      [],
      ["No.", "Indikator", "Satuan", "Kondisi Awal (2024)", "Target Tahun", null, null, null, null],
      [null, null, null, null, 2025, 2026, 2027, 2028, 2029],
      [1, "Indeks Risiko Bencana Kota", "indeks", 151.3, 147, 143.2, 139.5, 136, 132.4],
      [2, "Rata-rata waktu tanggap darurat bencana", "jam", 8, 7.5, 7, 6.5, 6, 5.5],
      [3, "Persentase kelurahan tangguh bencana", "%", 28, 33, 38, 44, 50, 56],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:I3"],
  };
  const pk = (waktu: number): SheetSpec => ({
    name: "Lampiran PK 2025",
    rows: [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      [],
      ["No", "Indikator Kinerja", "Target 2025", "Satuan"],
      [1, "Indeks Risiko Bencana Kota", 147, "indeks"],
      [2, "Rata-rata waktu tanggap darurat bencana", waktu, "jam"],
      [3, "Persentase kelurahan tangguh bencana", 33, "%"],
    ],
  });
  const found = (waktu: number): Array<[string, string]> => {
    const grids = [sheet(renstra, 0), sheet(pk(waktu), 1)];
    return runRules(grids.flatMap((grid) => detectTables(grid).map((table) => ({ table, grid }))))
      .filter((f) => f.severity !== "info")
      .map((f) => [f.rule, `${f.sheet}!${f.cell}`]);
  };

  it("names a 7 where the plan says 7,5", () => {
    expect(found(7.5)).toEqual([]);
    expect(found(7)).toContainEqual(["cross-table-mismatch", "Lampiran PK 2025!C5"]);
  });
});

describe("a note 'indikator X dan Y berpolaritas negatif' (forms-blind270)", () => {
  const spec = (capaian: number): SheetSpec => ({
    name: "Tabel 3.2",
    rows: [
      ["Tabel 3.2 Capaian Indikator Kinerja Sasaran Tahun 2024"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Persentase dataset yang dipublikasi", "%", 85, 88.4, 104],
      [2, "Jumlah insiden siber yang tidak tertangani", "kasus", 6, 4, 133.33],
      [3, "Indeks kerentanan sistem elektronik Pemda", "nilai", 2.5, 2.8, capaian],
      [4, "Persentase rekomendasi statistik ditindaklanjuti", "%", 80, 72, 90],
      [],
      [
        "Catatan: indikator insiden siber dan indeks kerentanan berpolaritas negatif; capaian = (2 x target - realisasi) / target x 100.",
      ],
    ],
  });

  it("reads both subjects as lower-is-better", () => {
    expect(foundOn(spec(88))).toEqual([]);
    expect(foundOn(spec(112))).toContainEqual(["capaian-mismatch", "F6"]);
  });
});

describe("a monthly price table beside a quarterly one, two empty columns between (forms-blind272)", () => {
  const bulan = ["Januari", "Februari", "Maret", "April", "Mei", "Juni"];
  const spec: SheetSpec = {
    name: "Harga & PSAT 2024",
    rows: [
      ["PEMANTAUAN HARGA DI TINGKAT PETANI DAN LAYANAN SERTIFIKASI PSAT 2024"],
      [],
      [
        "Bulan",
        "Harga Rata-rata di Tingkat Petani",
        null,
        null,
        null,
        null,
        null,
        "Triwulan",
        "Sertifikat PSAT",
        null,
        null,
      ],
      [
        null,
        "Cabai Merah (Rp/kg)",
        "Perubahan Cabai (%)",
        "Bawang Merah (Rp/kg)",
        "Perubahan Bawang (%)",
        null,
        null,
        null,
        "Permohonan",
        "Terbit",
        "Ditolak",
      ],
      ...bulan.map((b, i) => [
        b,
        38500 + i * 1000,
        i ? 2.5 : null,
        27000 - i * 500,
        i ? -1.8 : null,
        null,
        null,
        ...(i < 4
          ? [`TW ${["I", "II", "III", "IV"][i]}`, 8 + i, 5 + i, 3]
          : i === 4
            ? ["Jumlah", 38, 26, 12]
            : []),
      ]),
    ],
    merges: ["A3:A4", "B3:E3", "H3:H4", "I3:K3"],
  };

  it("reads two tables", () => {
    const tables = detectTables(sheet(spec));
    expect(tables.map((t) => `${t.range.c1}-${t.range.c2}`)).toEqual(["1-5", "8-11"]);
  });
});

describe("an E.81 whose quarters are headed 'Triwulan I > K' only (forms-blind272)", () => {
  const spec = (tahun: number): SheetSpec => ({
    name: "Evaluasi Renja TW IV",
    rows: [
      ["EVALUASI TERHADAP HASIL RENJA DINAS PERTANIAN TAHUN 2024"],
      [],
      [
        "No",
        "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
        "Satuan",
        "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)",
        "Target Kinerja Renja PD Tahun Berjalan (2024)",
        "Triwulan I",
        "Triwulan II",
        "Triwulan III",
        "Triwulan IV",
        "Realisasi Capaian Kinerja Renja PD yang Dievaluasi",
        "Realisasi Kinerja Renstra PD s.d. Tahun 2024",
      ],
      [null, null, null, "K", "K", "K", "K", "K", "K", "K", "K"],
      ["1", "4", "4a", "6", "7", "8", "9", "10", "11", "12 = 8+9+10+11", "13 = 6 + 12"],
      [1, "Luas tanam cabai yang difasilitasi", "ha", 880, 310, 60, 95, 90, 70, 315, 1195],
      [2, "Jumlah kebun hortikultura yang teregistrasi", "kebun", 352, 120, 18, 34, 41, 29, 122, 474],
      [3, "Jumlah sertifikat PSAT yang diterbitkan", "sertifikat", 140, 55, 9, 14, 16, 13, tahun, 192],
      [4, "Jumlah petani hortikultura dilatih", "orang", 610, 240, 40, 70, 65, 60, 235, 845],
    ],
  });

  it("names the typed (12) K, not the (13) that follows it", () => {
    expect(foundOn(spec(52))).toEqual([]);
    expect(foundOn(spec(58))).toEqual([["sum-mismatch", "J8"]]);
  });
});
