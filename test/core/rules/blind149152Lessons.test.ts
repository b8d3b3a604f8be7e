// What forms-blind149 .. 152 taught (Disdukcapil, Disperindag, Dinas Ketahanan Pangan, Diskominfo
// and Dispusip): T-C.27's "Kondisi Kinerja pada Akhir Periode > Rp" is the kondisi akhir in money,
// as its heading and the form's identity say (46 sets call it so, 17 the period's funding), still
// the sum of the years and never summed down its column; a capaian under a "Target Akhir Renstra"
// heading is a capaian; access and a diet's quality score are higher-is-better; a pagu typed with
// a zero too many beside a target that does not jump is a slip.
import { classifyHeader } from "../../../src/core/detect/roles";
import { detectTables } from "../../../src/core/detect";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import { tc27Sheet } from "./tc27Sheet";
import type { SheetSpec } from "./ruleTester";

/** A T-C.27 of five years, Target | Rp each, its kondisi akhir K in column N and Rp in O. */
const tc27 = (rows: (string | number | null)[][], formulas: Record<string, string>): SheetSpec =>
  tc27Sheet("Renstra Dinas Perpustakaan dan Kearsipan Tahun 2025-2029", rows, formulas);

// (values from forms-blind152's T-C.27: the archives programme and its two kegiatan)
const rows = (akhirRp: number): (string | number | null)[][] => [
  [
    "2.24.02",
    "Persentase perangkat daerah dengan arsip tertata",
    "%",
    45,
    950,
    55,
    1010,
    65,
    1080,
    75,
    1130,
    85,
    1190,
    85,
    5360,
  ],
  [
    "2.24.02.2.01",
    "Jumlah OPD yang dibina kearsipannya",
    "OPD",
    8,
    640,
    8,
    685,
    8,
    720,
    8,
    760,
    8,
    800,
    40,
    akhirRp,
  ],
  [
    "2.24.02.2.02",
    "Jumlah arsip inaktif yang dinilai",
    "berkas",
    500,
    310,
    500,
    325,
    500,
    360,
    500,
    370,
    500,
    390,
    2500,
    1755,
  ],
];
const sums = {
  E4: "SUM(E5:E6)",
  G4: "SUM(G5:G6)",
  I4: "SUM(I5:I6)",
  K4: "SUM(K5:K6)",
  M4: "SUM(M5:M6)",
  O4: "SUM(O5:O6)",
};

describe("T-C.27's end-period Rp", () => {
  it("is the kondisi akhir in money, certain, of the period's last year", () => {
    const cols = detectTables(sheet(tc27(rows(3605), sums)))[0].columns;
    expect([
      cols[13].role,
      cols[13].year,
      cols[14].role,
      cols[14].ukuran,
      cols[14].year,
      cols[14].certain,
    ]).toEqual(["kondisi-akhir", 2029, "kondisi-akhir", "Rp", 2029, true]);
  });

  it("is held to the sum of its row's years, once, and its column is not summed down", () => {
    // right as written: the programme's 5 360 is the sum of its years, though its kegiatan's end
    // Rp (3 605 + 1 755) are no SUM of it
    expect(foundOn(tc27(rows(3605), sums))).toEqual([]);
    // a kegiatan's end Rp that leaves out a year: one finding, at its cell
    expect(foundOn(tc27(rows(2805), sums))).toEqual([["kondisi-akhir-mismatch", "O5"]]);
  });
});

describe("a capaian under the end target's heading", () => {
  it("is a capaian, not one more target", () => {
    expect(classifyHeader(["Target Akhir Renstra (2026)", "Capaian s.d. 2024 (%)"]).role).toBe("capaian");
    expect(classifyHeader(["Target Akhir Renstra (2026)", "Target"]).role).toBe("target");
  });
});

describe("polarity words", () => {
  it("reads access and a diet's quality score as higher-is-better", () => {
    expect(polaritasDariTeks("Persentase kampung yang terakses jaringan internet")?.polaritas).toBe(
      "positif",
    );
    expect(polaritasDariTeks("Skor Pola Pangan Harapan (PPH)")?.polaritas).toBe("positif");
  });

  it("so a dip in their targets is a trend against the polarity", () => {
    const iku = (v: number): SheetSpec => ({
      name: "IKU",
      rows: [
        ["No", "Indikator Kinerja Utama", "Satuan", "Kondisi Awal 2024", "Target", null, null, null, null],
        ["No", "Indikator Kinerja Utama", "Satuan", "Kondisi Awal 2024", 2025, 2026, 2027, 2028, 2029],
        [1, "Skor Pola Pangan Harapan (PPH)", "poin", 78.4, 80, 81.5, v, 84.5, 86],
        [2, "Persentase kampung yang terakses jaringan internet", "%", 61.3, 68, 74, 80, 86, 92],
      ],
      merges: ["E1:I1"],
    });
    expect(foundOn(iku(83))).toEqual([]);
    expect(foundOn(iku(79))).toEqual([["target-trend", "G3"]]);
  });
});

describe("a yearly pagu typed with a zero too many", () => {
  // (forms-blind152's archives programme: 7.200.000 among 640.000 .. 800.000)
  const spec = (nama: string, satuan: string, k: number[], rp: number[]): SheetSpec =>
    tc27(
      [
        [
          "2.24.02",
          nama,
          satuan,
          ...k.flatMap((x, i) => [x, rp[i]]),
          satuan === "%" ? k[4] : k.reduce((a, b) => a + b, 0),
          rp.reduce((a, b) => a + b, 0),
        ],
      ],
      { O4: "E4+G4+I4+K4+M4" },
    );
  const persen = "Persentase perangkat daerah dengan arsip tertata";

  it("is named when that year's target stays on its path", () => {
    expect(
      foundOn(spec(persen, "%", [45, 55, 65, 75, 85], [640000, 685000, 720000, 760000, 800000])),
    ).toEqual([]);
    expect(
      foundOn(spec(persen, "%", [45, 55, 65, 75, 85], [640000, 685000, 7200000, 760000, 800000])),
    ).toEqual([["target-outlier", "I4"]]);
  });

  it("is left alone when that year's target jumps with it (a year that builds)", () => {
    expect(
      foundOn(
        spec(
          "Jumlah depo arsip yang dibangun",
          "unit",
          [2, 2, 6, 2, 2],
          [640000, 685000, 7200000, 760000, 800000],
        ),
      ),
    ).toEqual([]);
  });
});
