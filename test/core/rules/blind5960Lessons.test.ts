// What forms-blind59 .. 60 taught (RSUD, Disdukcapil and Dispora of Toraja and Papua Pegunungan;
// Bappelitbangda of two provinces and a kota's Disperindag): notes that call an indicator a
// position ("bersifat posisi") make its realisation to date the last year's, whatever its number
// row adds; a "% Cakupan" over a typed population beside its computed rest is a capaian; a
// cumulative capaian to a year beside the end target alone is measured against it; a price is no
// budget, a change in percent a growth, "Naik / Turun" beside it no polarity; an industry recap's
// investment is an amount realised; "Target Akhir Renstra" after the years takes the last year.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const found = foundOn;
const roles = (spec: SheetSpec): string[] =>
  detectTables(sheet(spec))[0].columns.map((c) => `${c.role}${c.year ? ` ${c.year}` : ""}`);

describe("an E.80 whose notes call a count a position", () => {
  const spec = (l5: number, note: string): SheetSpec => ({
    name: "E.80",
    rows: [
      ["Tabel E.80 Evaluasi terhadap Hasil Renstra Perangkat Daerah, s.d. Tahun 2026"],
      [
        "No",
        "Indikator Kinerja Program / Kegiatan",
        "Satuan",
        "Target Akhir Renstra (2029)",
        "Realisasi Kinerja",
        null,
        "Realisasi s.d. Tahun 2026",
      ],
      [
        "No",
        "Indikator Kinerja Program / Kegiatan",
        "Satuan",
        "Target Akhir Renstra (2029)",
        "Tahun 2025",
        "Tahun 2026",
        "Realisasi s.d. Tahun 2026",
      ],
      [1, 2, 3, 4, 5, 6, "7 = 5 + 6"],
      [1, "Jumlah organisasi kepemudaan yang dibina", "organisasi", 150, 28, 31, 59],
      [2, "Jumlah cabang olahraga prestasi yang dibina", "cabor", 18, 14, 15, l5],
      [3, "Jumlah event olahraga rekreasi yang diselenggarakan", "event", 40, 7, 9, 16],
      [],
      [note],
      ["indikator jumlah organisasi dan event dijumlahkan per tahun."],
    ],
    merges: ["E2:F2"],
  });
  const posisi =
    "Keterangan: indikator persentase dan jumlah cabor dibina bersifat posisi (realisasi s.d. 2026 = realisasi 2026);";
  it("takes the last year's realisation for the position, and adds the flows", () => {
    expect(found(spec(15, posisi))).toEqual([]);
  });
  it("holds the count to its number row where no note says otherwise", () => {
    expect(found(spec(15, "Keterangan: data dari bidang."))).toEqual([["sum-mismatch", "G6"]]);
  });
});

describe("a coverage recap with the rest computed", () => {
  const spec = (g4: number): SheetSpec => ({
    name: "Rekam KTP-el",
    rows: [
      ["REKAPITULASI CAKUPAN PEREKAMAN KTP ELEKTRONIK PER KECAMATAN"],
      ["Keadaan s.d. 31 Desember 2024"],
      ["No", "Kecamatan", "Penduduk Wajib KTP (jiwa)", "Sudah Rekam", "Belum Rekam", "% Cakupan Perekaman"],
      [1, "Pangala", 17402, 16958, 444, 97.45],
      [2, "Rinding Allo", 11236, 10781, 455, 95.95],
      [3, "Baruppu", 9118, 8604, 514, g4],
      [4, "Sopai", 14087, 13652, 435, 96.91],
    ],
    formulas: {
      E4: "C4-D4",
      E5: "C5-D5",
      E6: "C6-D6",
      E7: "C7-D7",
      F4: "ROUND(D4/C4*100,2)",
      F5: "ROUND(D5/C5*100,2)",
      F6: "ROUND(D6/C6*100,2)",
      F7: "ROUND(D7/C7*100,2)",
    },
  });
  it("reads the whole as the target, the reached as the realisation, their ratio as the capaian", () => {
    const g = sheet(spec(94.36));
    const cols = detectTables(g)[0].columns;
    expect(cols.map((c) => c.tebakan?.role ?? c.role)).toEqual([
      "no",
      "lokasi",
      "target",
      "realisasi",
      "realisasi",
      "capaian",
    ]);
  });
});

describe("a cumulative capaian to 2024 beside the end target alone", () => {
  const spec = (k5: number): SheetSpec => ({
    name: "E.79",
    rows: [
      ["EVALUASI TERHADAP HASIL RPJMD TAHUN 2024"],
      [
        "No",
        "Indikator Sasaran",
        "Satuan",
        "Target Akhir RPJMD (2026)",
        "Realisasi Kinerja Tahun",
        null,
        null,
        "Capaian Kumulatif s.d. 2024 (%)",
      ],
      [
        "No",
        "Indikator Sasaran",
        "Satuan",
        "Target Akhir RPJMD (2026)",
        2022,
        2023,
        2024,
        "Capaian Kumulatif s.d. 2024 (%)",
      ],
      [1, "Indeks Pembangunan Manusia (IPM)", "indeks", 70.95, 68.63, 69.41, 70.18, 98.91],
      [2, "Persentase penduduk miskin", "%", 6.1, 6.81, 6.71, 6.32, k5],
      [3, "Tingkat Pengangguran Terbuka (TPT)", "%", 4.9, 5.11, 5.05, 5.12, 95.51],
    ],
    merges: ["E2:G2"],
  });
  it("names a lower-is-better rate's R / T against the end target", () => {
    expect(found(spec(96.39))).toEqual([]);
    expect(found(spec(103.61))).toEqual([["capaian-mismatch", "H5"]]);
  });
});

describe("a market-price table and an industry recap", () => {
  it("reads a price as no budget, its change as a growth, Naik / Turun as a remark", () => {
    const spec: SheetSpec = {
      name: "Harga",
      rows: [
        ["LAPORAN PEMANTAUAN HARGA BARANG KEBUTUHAN POKOK"],
        ["Bulan Januari 2025"],
        [
          "No",
          "Komoditas",
          "Satuan",
          "Harga Rata-rata Pasar (Rp)",
          null,
          "Rata-rata Januari 2025",
          "Perubahan (%)",
          "Ket.",
        ],
        [
          "No",
          "Komoditas",
          "Satuan",
          "Minggu I",
          "Minggu II",
          "Rata-rata Januari 2025",
          "Perubahan (%)",
          "Ket.",
        ],
        [1, "Beras medium", "kg", 13400, 13600, 13500, 1.12, "Naik"],
        [2, "Cabai merah", "kg", 52000, 42000, 47000, -14.22, "Turun"],
        [3, "Gula pasir", "kg", 17800, 18000, 17900, 0.99, "Naik"],
      ],
      merges: ["D3:E3"],
    };
    const r = roles(spec);
    expect(r.slice(3, 5)).toEqual(["lainnya", "lainnya"]);
    expect(r[6]).toBe("pertumbuhan");
    expect(r[7]).toBe("keterangan");
  });
  it("offers the investment of an industry recap as realised, its kecamatan as a place", () => {
    const spec: SheetSpec = {
      name: "Rekap IKM",
      rows: [
        ["REKAPITULASI DATA INDUSTRI KECIL DAN MENENGAH PER KECAMATAN"],
        ["Keadaan s.d. 31 Desember 2024"],
        ["No.", "Nama Kecamatan", "Unit Usaha", "Tenaga Kerja (orang)", "Nilai Investasi (Rp)"],
        [1, "Pardomuan Utara", 412, 1236, 8_652_400_000],
        [2, "Pardomuan Kota", 538, 1702, 11_948_750_000],
        [3, "Sitinjo Baru", 297, 864, 5_214_300_000],
      ],
    };
    const cols = detectTables(sheet(spec))[0].columns;
    expect(cols.map((c) => c.tebakan?.role ?? c.role)).toEqual([
      "no",
      "lokasi",
      "realisasi",
      "realisasi",
      "realisasi",
    ]);
  });
  it("keeps Anggaran Perubahan a budget and a Pagu a budget", () => {
    expect(classifyHeader(["Anggaran Perubahan (Rp)"]).role).toBe("anggaran");
    expect(classifyHeader(["Perubahan (%)"]).role).toBe("pertumbuhan");
    expect(classifyHeader(["Harga Rata-rata (Rp)", "Minggu I"]).role).not.toBe("anggaran");
  });
});

it("gives an IKU matrix's Target Akhir Renstra the last target year", () => {
  const spec: SheetSpec = {
    name: "Matriks IKU",
    rows: [
      ["No", "Indikator Kinerja Utama", "Satuan", "Target IKU", null, null, "Target Akhir Renstra"],
      ["No", "Indikator Kinerja Utama", "Satuan", 2027, 2028, 2029, "Target Akhir Renstra"],
      [1, "Persentase keselarasan program RKPD", "%", 94, 96, 98, 98],
      [2, "Jumlah dokumen perencanaan yang ditetapkan tepat waktu", "dokumen", 7, 7, 7, 21],
    ],
    merges: ["D1:F1"],
  };
  expect(roles(spec)[6]).toBe("kondisi-akhir 2029");
});

// (stop 16, on forms-blind44's aid recap)
it("reads a payout recap under 'TAHUN ANGGARAN 2024 (APBD dan DAK)' as realised, not planned", () => {
  const spec: SheetSpec = {
    name: "Rekap Bantuan",
    rows: [
      ["REKAPITULASI PENYALURAN BANTUAN SARANA DAN PRASARANA PENANGKAPAN IKAN"],
      ["TAHUN ANGGARAN 2024 (APBD dan DAK)"],
      ["No", "Kabupaten/Kota", "Jaring Insang Dasar", null, null],
      [null, null, "Vol. (unit)", "Harga Satuan (Rp)", "Nilai (Rp)"],
      [1, "Kab. Tomini Barat", 42, 4_850_000, 203_700_000],
      [2, "Kab. Paguyaman Raya", 33, 4_850_000, 160_050_000],
      [3, "Kab. Bone Pantai Utara", 27, 4_850_000, 130_950_000],
    ],
    merges: ["C3:E3"],
  };
  const cols = detectTables(sheet(spec))[0].columns;
  expect(cols.map((c) => c.tebakan?.role ?? c.role)).toEqual([
    "no",
    "lokasi",
    "realisasi",
    "lainnya",
    "realisasi-anggaran",
  ]);
  // a title that plans still plans
  spec.rows[0] = ["REKAPITULASI RENCANA PENYALURAN BANTUAN SARANA DAN PRASARANA PENANGKAPAN IKAN"];
  expect(detectTables(sheet(spec))[0].columns[4].role).toBe("anggaran");
});
