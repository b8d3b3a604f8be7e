// What forms-blind161 .. 164 taught (livestock, estate crops, ESDM and Kesbangpol, procurement and
// upper-secondary schools): a summary set apart under a blank row is the table's footer, not its data;
// a note's "S/C" names the row whose name holds "(S/C)"; "Tahun ke- > ke-1" counts from the period's
// first year; a fund beside its disbursements is what they are held to, and so is one pagu beside
// shares of it under headings of their own; a grade beside a capaian against a later year's target
// grades the realised year; a growth over "2023-2024" is the growth into 2024.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("an LKjIP with its lower-is-better rows named in a note (forms-blind161)", () => {
  const spec: SheetSpec = {
    name: "Tabel 3.1",
    rows: [
      ["Tabel 3.1 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"],
      [],
      ["No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat"],
      [1, "Persentase akseptor IB yang bunting (Conception Rate)", "%", 62, 65.4, 105.48, "Sangat Tinggi"],
      [2, "Service per Conception (S/C) inseminasi buatan", "kali", 1.8, 1.65, 108.33, "Sangat Tinggi"],
      [3, "Produksi susu segar sapi perah", "ribu liter", 36000, 37446.25, 104.02, "Sangat Tinggi"],
      [
        4,
        "Angka kematian ternak akibat penyakit hewan menular strategis",
        "%",
        1.5,
        1.2,
        120,
        "Sangat Tinggi",
      ],
      [],
      [null, "Rata-rata capaian IKU", null, null, null, 109.46, "Sangat Tinggi"],
      [],
      [
        "Catatan: S/C dan angka kematian ternak semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100.",
      ],
    ],
    formulas: {
      F4: "ROUND(E4/D4*100,2)",
      F5: "ROUND((2*D5-E5)/D5*100,2)",
      F6: "ROUND(E6/D6*100,2)",
      F7: "ROUND((2*D7-E7)/D7*100,2)",
      F9: "ROUND(AVERAGE(F4:F7),2)",
    },
  };

  it("reads the S/C row as lower-is-better, as the note says", () => {
    expect(foundOn(spec)).toEqual([]);
  });

  it("ends the data above the rata-rata set apart by a blank row, and still reads that row", () => {
    const [t] = detectTables(sheet(spec));
    expect(t.dataRange).toEqual({ r1: 4, c1: 1, r2: 7, c2: 7 });
    expect(t.rows.find((r) => r.row === 9)?.kind).toBe("rata-rata");
  });
});

describe("a Renstra whose years are ordinals written twice (forms-blind164)", () => {
  it("counts 'Target Kinerja Tahun ke- > ke-1' from the period's first year", () => {
    const ke = ["ke-1", "ke-2", "ke-3", "ke-4", "ke-5"];
    const [t] = detectTables(
      sheet({
        name: "Renstra 2025-2029",
        rows: [
          ["Renstra Dinas Pendidikan Tahun 2025-2029"],
          [],
          ["No", "Indikator Kinerja", "Satuan", "Kondisi Awal", ...ke.map(() => "Target Kinerja Tahun ke-")],
          ["No", "Indikator Kinerja", "Satuan", "Kondisi Awal", ...ke],
          [1, "Angka Partisipasi Kasar (APK) SMA/SMK/SLB", "%", 83.92, 84.6, 85.3, 86, 86.7, 87.4],
          [
            2,
            "Rata-rata lama sekolah penduduk usia 15 tahun ke atas",
            "tahun",
            9.12,
            9.2,
            9.3,
            9.4,
            9.5,
            9.6,
          ],
        ],
        merges: ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:I3"],
      }),
    );
    expect(t.columns.filter((c) => c.role === "target").map((c) => c.year)).toEqual([
      2025, 2026, 2027, 2028, 2029,
    ]);
  });
});

describe("a fund beside its disbursements (forms-blind162)", () => {
  it("holds what was paid out to the fund, under a title of disbursement", () => {
    const spec: SheetSpec = {
      name: "PSR 2024",
      rows: [
        ["REKAPITULASI PENYALURAN DANA PEREMAJAAN SAWIT RAKYAT (PSR) TAHUN 2024"],
        [],
        ["No", "Koperasi", "Dana PSR (Rp)", "Penyaluran Dana BPDPKS (Rp)", null, null, "% Penyaluran"],
        ["No", "Koperasi", "Dana PSR (Rp)", "Tahap I (40%)", "Tahap II (60%)", "Jumlah", "% Penyaluran"],
        [1, "KUD Tunas Harapan Makmur", 14589000000, 5835600000, 8753400000, 14589000000, 100],
        [2, "KUD Karya Bakti Mandiri", 12141000000, 4856400000, 7383600000, 12240000000, 100.82],
        [3, "Gapoktan Rimba Sawit Sejahtera", 8610000000, 3444000000, 5166000000, 8610000000, 100],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"],
      formulas: {
        F5: "SUM(D5:E5)",
        F6: "SUM(D6:E6)",
        F7: "SUM(D7:E7)",
        G5: "ROUND(F5/C5*100,2)",
        G6: "ROUND(F6/C6*100,2)",
        G7: "ROUND(F7/C7*100,2)",
      },
    };
    const [t] = detectTables(sheet(spec));
    expect(t.columns.find((c) => c.col === 3)?.role).toBe("anggaran");
    expect(foundOn(spec)).toContainEqual(["serapan-over-100", "F6"]);
  });
});

describe("shares of one pagu under headings of their own (forms-blind164)", () => {
  it("holds each share to the pagu", () => {
    const spec: SheetSpec = {
      name: "PDN UMK 2024",
      rows: [
        ["Rekapitulasi Realisasi Penggunaan Produk Dalam Negeri (PDN) dan Belanja UMK Tahun Anggaran 2024"],
        [],
        [
          "No",
          "Perangkat Daerah",
          "Pagu Belanja Barang/Jasa dan Modal (Rp)",
          "Realisasi Belanja Produk Dalam Negeri",
          null,
          "Realisasi Belanja untuk Usaha Mikro dan Kecil",
          null,
        ],
        [
          "No",
          "Perangkat Daerah",
          "Pagu Belanja Barang/Jasa dan Modal (Rp)",
          "Rp",
          "% thd Pagu",
          "Rp",
          "% thd Pagu",
        ],
        [1, "Dinas Kesehatan", 28614500000, 21874090000, 76.44, 9118260000, 31.87],
        [2, "Dinas Pertanian dan Ketahanan Pangan", 12462300000, 14862400000, 119.26, 6207150000, 49.81],
        [3, "Sekretariat Daerah", 8905600000, 8905600000, 100, 5612380000, 63.02],
      ],
      merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"],
      formulas: Object.fromEntries(
        [5, 6, 7].flatMap((r) => [
          [`E${r}`, `ROUND(D${r}/C${r}*100,2)`],
          [`G${r}`, `ROUND(F${r}/C${r}*100,2)`],
        ]),
      ),
    };
    expect(foundOn(spec)).toContainEqual(["serapan-over-100", "D6"]);
  });
});

describe("a grade beside a capaian against the Renstra's last target (forms-blind164)", () => {
  const spec: SheetSpec = {
    name: "Tabel 3.1",
    rows: [
      ["Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024"],
      [],
      [
        "No",
        "Indikator Kinerja Utama",
        "Satuan",
        "Tahun 2024",
        null,
        null,
        "Renstra 2021-2026",
        null,
        "Kategori Capaian",
      ],
      [
        "No",
        "Indikator Kinerja Utama",
        "Satuan",
        "Target",
        "Realisasi",
        "Capaian (%)",
        "Target 2026",
        "Capaian thd 2026 (%)",
        "Kategori Capaian",
      ],
      [
        1,
        "Angka Partisipasi Kasar (APK) SMA/SMK/SMALB",
        "%",
        84.5,
        85.12,
        100.73,
        87,
        97.84,
        "Sangat Tinggi",
      ],
      [2, "Persentase lulusan SMK yang terserap di dunia kerja", "%", 62, 58.4, 94.19, 66, 88.48, "Tinggi"],
      [
        3,
        "Angka putus sekolah SMA/SMK (semakin kecil semakin baik)",
        "%",
        0.35,
        0.41,
        82.86,
        0.25,
        36,
        "Tinggi",
      ],
      [4, "Persentase SMA/SMK terakreditasi minimal B", "%", 88, 90.6, 102.95, 92, 98.48, "Sangat Tinggi"],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:H3", "I3:I4"],
    formulas: {
      F5: "ROUND(E5/D5*100,2)",
      F6: "ROUND(E6/D6*100,2)",
      F7: "ROUND((2*D7-E7)/D7*100,2)",
      F8: "ROUND(E8/D8*100,2)",
      H5: "ROUND(E5/G5*100,2)",
      H6: "ROUND(E6/G6*100,2)",
      H7: "ROUND((2*G7-E7)/G7*100,2)",
      H8: "ROUND(E8/G8*100,2)",
    },
  };

  it("grades the realised year's capaian", () => {
    const [t] = detectTables(sheet(spec));
    expect(t.columns.find((c) => c.role === "predikat")?.year).toBe(2024);
    expect(foundOn(spec)).toEqual([["predikat-mismatch", "I6"]]);
  });
});

describe("a growth over a span of years (forms-blind161)", () => {
  it("is the growth into the span's last year", () => {
    expect(classifyHeader(["Pertumbuhan 2023-2024 (%)"])).toMatchObject({ role: "pertumbuhan", year: 2024 });
  });
});

describe("a worked figure's table of two columns (forms-blind163)", () => {
  it("takes 'Uraian | Tahun 2024' under a numbered caption for a table", () => {
    const tables = detectTables(
      sheet({
        name: "Tabel 3.1",
        rows: [
          ["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Tahun 2024"],
          ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
          [1, "Rasio elektrifikasi", "%", 99.6, 99.71, 100.11],
          [2, "Persentase nagari/desa berlistrik PLN", "%", 98.5, 98.7, 100.2],
          [],
          ["Tabel 3.2 Perhitungan Persentase Nagari/Desa Berlistrik PLN"],
          ["Uraian", "Tahun 2024"],
          ["Jumlah nagari/desa di Sumatera Barat", 1158],
          ["Nagari/desa yang berlistrik PLN", 1143],
          ["Persentase nagari/desa berlistrik PLN (%)", 98.7],
        ],
        formulas: { B10: "ROUND(B9/B8*100,2)" },
      }),
    );
    expect(tables.map((t) => t.dataRange)).toEqual([
      { r1: 3, c1: 1, r2: 4, c2: 6 },
      { r1: 8, c1: 1, r2: 10, c2: 2 },
    ]);
  });

  it("but not a two-column list of a name and a number under no caption", () => {
    const tables = detectTables(
      sheet({
        rows: [
          ["Kepala Dinas", "Ir. HERRY MARTINUS"],
          [],
          ["Uraian", "Tahun 2024"],
          ["Jumlah nagari/desa", 1158],
          ["Nagari/desa berlistrik", 1143],
        ],
      }),
    );
    expect(tables).toEqual([]);
  });
});
