// What forms-blind129 .. 132 taught (coastal and irrigation offices, a Sekretariat DPRD, waste and
// air quality, a kabupaten's education office): an LKjIP may mark its lower-is-better indicators
// "(-)" and say so in a note; T-C.27's "17 = 7+9+11+13+15" is the final condition's identity; an
// E.81 heading may read "Realisasi Target ..."; a target two steps off a rising path is a bend for
// target-trend; "Predikat kinerja <office>" closes an LKjIP; a count written "=L13" in a "s.d."
// column keeps its level; "yang beroperasi" counts a stock; "Daerah Irigasi" names places.
import { classifyHeader } from "../../../src/core/detect/roles";
import { detectTables } from "../../../src/core/detect";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("an LKjIP that marks its lower-is-better indicators (-)", () => {
  const spec = (kasus: number): SheetSpec => ({
    name: "Tabel 3.1",
    rows: [
      ["No", "Indikator Kinerja Utama", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Nilai Tukar Nelayan (NTN)", "indeks", 108, 110.42, 102.24],
      [2, "Persentase pelanggaran pemanfaatan ruang laut (-)", "%", 12, 9.6, 120],
      [3, "Jumlah kapal perikanan tanpa izin (-)", "unit", 18, 21, kasus],
      [],
      ["Catatan: indikator bertanda (-) semakin rendah semakin baik."],
    ],
  });

  it("reads a marked row as lower-is-better, as the note says", () => {
    expect(foundOn(spec(83.33))).toEqual([]);
    expect(foundOn(spec(116.67))).toEqual([["capaian-mismatch", "F4"]]);
  });

  it("reads the cases of destructive fishing as lower-is-better from their words", () => {
    expect(
      polaritasDariTeks("Jumlah kasus penangkapan ikan yang merusak (destructive fishing)")?.polaritas,
    ).toBe("negatif");
  });
});

describe("a T-C.27 whose number row writes the final Rp as the sum of the years", () => {
  const spec = (q3: string): SheetSpec => ({
    name: "T-C.27",
    rows: [
      ["Renstra Sekretariat Daerah Tahun 2025-2029"],
      [
        "Kode",
        "Indikator",
        "Satuan",
        ...[
          "Tahun ke-1",
          null,
          "Tahun ke-2",
          null,
          "Tahun ke-3",
          null,
          "Tahun ke-4",
          null,
          "Tahun ke-5",
          null,
        ],
        "Kondisi Kinerja pada Akhir Periode Renstra",
        null,
      ],
      ["Kode", "Indikator", "Satuan", ...Array(6).fill(["Target", "Rp"]).flat()],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, "15 = 5+7+9+11+13"],
      [
        "4.01.03.2.04.0001",
        "Indeks Reformasi Birokrasi",
        "indeks",
        66,
        245,
        68,
        260,
        70,
        275,
        72,
        290,
        75,
        310,
        75,
        1380,
      ],
      [
        "4.01.03.2.04.0002",
        "Jumlah TPS3R yang beroperasi",
        "unit",
        12,
        180,
        15,
        185,
        18,
        195,
        21,
        200,
        24,
        210,
        24,
        970,
      ],
      [
        "4.01.03.2.04.0003",
        "Jumlah dokumen evaluasi kelembagaan",
        "dokumen",
        5,
        320,
        5,
        335,
        5,
        350,
        5,
        365,
        5,
        380,
        25,
        1750,
      ],
      ["4.01.03.2.04.0004", "Jumlah laporan SPIP", "laporan", 2, 60, 2, 60, 2, 60, 2, 60, 2, 60, 10, 300],
      [
        "4.01.03.2.04.0005",
        "Jumlah izin yang diterbitkan",
        "izin",
        8,
        215,
        9,
        236,
        10,
        248,
        10,
        263,
        12,
        281,
        49,
        1243,
      ],
    ],
    merges: ["D2:E2", "F2:G2", "H2:I2", "J2:K2", "L2:M2", "N2:O2"],
    formulas: {
      N5: "L5",
      O5: "E5+G5+I5+K5+M5",
      N6: "L6",
      O6: q3,
      N7: "D7+F7+H7+J7+L7",
      O7: "E7+G7+I7+K7+M7",
      N8: "D8+F8+H8+J8+L8",
      O8: "E8+G8+I8+K8+M8",
      N9: "D9+F9+H9+J9+L9",
      O9: "E9+G9+I9+K9+M9",
    },
  });

  it("names a year left out kondisi-akhir-mismatch, once, and keeps a stock's last target", () => {
    expect(foundOn(spec("E6+G6+I6+K6+M6"))).toEqual([]);
    const wrong = spec("E6+G6+I6+K6");
    wrong.rows[5][14] = 760;
    expect(foundOn(wrong)).toEqual([
      ["kondisi-akhir-mismatch", "O6"],
      ["inconsistent-formula", "O6"],
    ]);
  });
});

describe("an E.81 column of what was realised of the targets to last year", () => {
  it("is a realisation", () => {
    const g = classifyHeader([
      "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s.d. Renja PD Tahun Lalu (2023)",
      "K",
    ]);
    expect([g.role, g.certain]).toEqual(["realisasi", true]);
  });
});

describe("an E.81 count whose to-date K is written as this year's", () => {
  const spec = (p: string, value: number): SheetSpec => ({
    name: "E.81",
    rows: [
      [
        "No",
        "Indikator Kinerja Program (outcome) / Kegiatan (output)",
        "Satuan",
        "Realisasi Kinerja s.d. Renja PD Tahun Lalu (2023)",
        null,
        "Target Renja PD Tahun 2024",
        null,
        "Realisasi Renja PD Tahun 2024",
        null,
        "Realisasi Kinerja dan Anggaran Renja PD s.d. Tahun 2024",
        null,
      ],
      ["No", "Indikator", "Satuan", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
      ["1", "2", "3", "4", "4", "5", "5", "6", "6", "7 = 4 + 6", "7 = 4 + 6"],
      [1, "Jumlah ruang kelas SD yang direhabilitasi", "ruang", 24, 4512, 14, 2660, 12, 2283.6, 36, 6795.6],
      [2, "Jumlah SD penerima BOSDA", "sekolah", 96, 3744, 97, 1940, 97, 1921.5, value, 5665.5],
    ],
    merges: ["D1:E1", "F1:G1", "H1:I1", "J1:K1"],
    formulas: { J4: "D4+H4", K4: "E4+I4", J5: p, K5: "E5+I5" },
  });

  it("keeps the level the row's own formula takes, and still adds a typed count", () => {
    expect(foundOn(spec("H5", 97))).toEqual([]);
    expect(foundOn(spec("D5+H5", 193))).toEqual([]);
  });
});

describe("a rising path with one target two steps below its neighbour", () => {
  const spec = (t2024: number): SheetSpec => ({
    name: "IKU",
    rows: [
      ["Indikator Kinerja Utama", "Satuan", "Target", null, null, null, null],
      [
        "Indikator Kinerja Utama",
        "Satuan",
        "Tahun I (2022)",
        "Tahun II (2023)",
        "Tahun III (2024)",
        "Tahun IV (2025)",
        "Tahun V (2026)",
      ],
      ["APM SMP", "%", 68, 70, t2024, 72, 74],
      ["Persentase satuan pendidikan terakreditasi minimal B", "%", 60, 63, 66, 69, 72],
    ],
    merges: ["C1:G1"],
  });

  it("is a trend against the polarity, not a slip of the keys", () => {
    expect(foundOn(spec(71))).toEqual([]);
    expect(foundOn(spec(67))).toEqual([["target-trend", "E3"]]);
  });
});

describe("an LKjIP closed by the office's own predikat row", () => {
  it("is the table's footer, not an indicator without targets", () => {
    const spec: SheetSpec = {
      name: "Tabel 3.1",
      rows: [
        ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian (%)", "Predikat"],
        [1, "Persentase Raperda yang dibahas tepat waktu", "%", 85, 88.24, 103.81, "Sangat Baik"],
        [2, "Nilai SAKIP Sekretariat DPRD", "nilai", 72, 73.45, 102.01, "Sangat Baik"],
        [3, "Tingkat maturitas SPIP Sekretariat DPRD", "level", 3.5, 3.2, 91.43, "Sangat Baik"],
        ["Rata-rata capaian", null, null, null, null, 99.08, null],
        ["Predikat kinerja Sekretariat DPRD", null, null, null, null, null, "Sangat Baik"],
      ],
    };
    const g = sheet(spec);
    const [t] = detectTables(g);
    expect(t.rows.find((r) => r.row === 6)?.kind).toBe("predikat");
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("a recap of irrigation areas", () => {
  it("names its rows by place", () => {
    expect(classifyHeader(["Daerah Irigasi"]).role).toBe("lokasi");
  });
});
