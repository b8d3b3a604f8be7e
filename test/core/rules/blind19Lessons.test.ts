// What the twenty-first form set (test/forms-blind19, provincial forms) taught: a note may state
// the final-condition convention without "untuk" ("Kondisi kinerja akhir periode: produksi,
// persentase dan luas kawasan yang dikelola = target tahun 2029; jumlah kelompok, paket, orang dan
// unit = jumlah target"), naming rows by their words or their unit; an IKU's formulasi may say
// "kondisi akhir = akumulasi"; a typed copy of what a link gives is no stale number; a predikat
// grades the row's own capaian, not the one against the national target; an SPM report's "Yang
// Harus Dilayani | Yang Terlayani" are its target and realisation; a service for a negative
// group ("... bagi korban bencana") is higher-is-better.
import { detectTables } from "../../../src/core/detect";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { hardcodedValue } from "../../../src/core/rules/hardcodedValue";
import { kondisiAkhirMismatch } from "../../../src/core/rules/kondisiAkhirMismatch";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { predikatMismatch } from "../../../src/core/rules/predikatMismatch";
import { ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const CATATAN =
  "1. Kondisi kinerja akhir periode: produksi (ton/tahun), persentase dan luas kawasan yang dikelola = target tahun 2029; jumlah kelompok, paket, orang dan unit = jumlah target 2025-2029.";

// T-C.27-like targets; the final condition of the counts is their sum (formulas), of the rest the
// last target as the note says
function renstra(luasAkhir: number, kelompokAkhir: number, catatan = CATATAN): SheetSpec {
  const tahun = [2025, 2026, 2027, 2028, 2029];
  const rows: (string | number | null)[][] = [
    ["Kode", "Indikator", "Satuan", ...tahun.map((t) => `Target ${t}`), "Kondisi Kinerja pada Akhir Periode"],
    [
      "3.25.03",
      "Produksi perikanan tangkap",
      "ton/tahun",
      189_500,
      193_000,
      196_800,
      200_500,
      204_000,
      204_000,
    ],
    [
      "3.25.03.1.01",
      "Jumlah kelompok nelayan yang difasilitasi",
      "kelompok",
      24,
      26,
      28,
      30,
      32,
      kelompokAkhir,
    ],
    [
      "3.25.03.1.01.0001",
      "Jumlah paket sarana penangkapan ikan yang diserahkan",
      "paket",
      48,
      52,
      56,
      60,
      64,
      280,
    ],
    [
      "3.25.03.1.01.0002",
      "Jumlah nelayan kecil yang mengikuti pelatihan",
      "orang",
      300,
      320,
      340,
      360,
      380,
      1_700,
    ],
    [
      "3.25.04.1.01",
      "Luas kawasan budidaya laut yang dikelola",
      "Ha",
      1_250,
      1_400,
      1_550,
      1_700,
      1_850,
      luasAkhir,
    ],
    [],
    [catatan],
  ];
  return {
    name: "T-C.27",
    rows,
    formulas: {
      I3: kelompokAkhir === 140 ? "D3+E3+F3+G3+H3" : "H3",
      I4: "D4+E4+F4+G4+H4",
      I5: "D5+E5+F5+G5+H5",
    },
  };
}

ruleTester(kondisiAkhirMismatch, {
  valid: [
    {
      name: "the managed area and production at their last target, the counts summed, as the note says",
      sheets: [renstra(1_850, 140)],
    },
    {
      name: "an IKU investment whose formulasi says its final condition is accumulated",
      sheets: [
        {
          name: "Matriks IKU",
          rows: [
            [
              "No",
              "Indikator Kinerja Utama",
              "Formulasi Pengukuran",
              "Satuan",
              "Target Tahun",
              null,
              null,
              null,
              null,
              "Kondisi Akhir (2029)",
            ],
            [
              "No",
              "Indikator Kinerja Utama",
              "Formulasi Pengukuran",
              "Satuan",
              "2025",
              "2026",
              "2027",
              "2028",
              "2029",
              "Kondisi Akhir (2029)",
            ],
            [
              1,
              "Nilai realisasi investasi PMA dan PMDN",
              "Jumlah nilai realisasi investasi PMA + PMDN menurut LKPM dalam satu tahun; kondisi akhir = akumulasi 2025-2029",
              "Rp triliun",
              22.4,
              23.6,
              24.9,
              26.3,
              27.8,
              125,
            ],
            [
              2,
              "Persentase perizinan terbit tepat waktu",
              "(Jumlah izin tepat waktu / jumlah izin) x 100%",
              "%",
              91,
              92,
              93,
              94,
              95,
              95,
            ],
          ],
          merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:I1", "J1:J2"],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a count the note sums, quoting its last target",
      sheets: [renstra(1_850, 32)],
      findings: [{ sheet: "T-C.27", cell: "I3", expected: 140, actual: 32 }],
    },
    {
      name: "the managed area summed, where the note calls for its last target",
      sheets: [renstra(7_750, 140)],
      findings: [{ sheet: "T-C.27", cell: "I6", expected: 1_850, actual: 7_750 }],
    },
  ],
});

ruleTester(hardcodedValue, {
  valid: [
    {
      name: "a final condition typed as the last target the note calls for, among summed counts",
      sheets: [renstra(1_850, 140)],
    },
    {
      name: "a PK target typed with the value its neighbours link to in the Renstra",
      sheets: [
        {
          name: "PK 2025",
          rows: [
            ["No", "Indikator Kinerja", "Satuan", "Target 2025"],
            [1, "Angka Partisipasi Murni (APM) SMA/SMK", "%", 68.2],
            [2, "Angka putus sekolah SMA/SMK", "%", 0.85],
            [3, "Persentase SMA/SMK dengan Rapor Pendidikan baik", "%", 55],
            [4, "Persentase lulusan SMK yang bekerja", "%", 62],
          ],
          formulas: { D2: "'Target Renstra'!E6", D4: "'Target Renstra'!E8", D5: "'Target Renstra'!E9" },
        },
        {
          name: "Target Renstra",
          rows: [
            ["TARGET KINERJA RENSTRA"],
            [],
            ["No", "Indikator Kinerja", "Satuan", "Kondisi Awal 2024", "Target 2025", "Target 2026"],
            [],
            [],
            [1, "Angka Partisipasi Murni (APM) SMA/SMK", "%", 67.45, 68.2, 69],
            [2, "Angka putus sekolah SMA/SMK", "%", 0.92, 0.85, 0.78],
            [3, "Persentase SMA/SMK dengan Rapor Pendidikan baik", "%", 51.3, 55, 60],
            [4, "Persentase lulusan SMK yang bekerja", "%", 59.8, 62, 64],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: "a typed number that is not what its link would give",
      sheets: [
        {
          name: "PK 2025",
          rows: [
            ["No", "Indikator Kinerja", "Satuan", "Target 2025", "Target Renstra 2025"],
            [1, "APM SMA/SMK", "%", 68.2, 68.2],
            [2, "Angka putus sekolah", "%", 0.58, 0.85],
            [3, "Rapor Pendidikan baik", "%", 55, 55],
            [4, "Lulusan SMK yang bekerja", "%", 62, 62],
          ],
          formulas: { D2: "E2", D4: "E4", D5: "E5" },
        },
      ],
      findings: [{ sheet: "PK 2025", cell: "D3", actual: 0.58 }],
    },
  ],
});

function lkjip(predikat: string): SheetSpec {
  return {
    name: "Tabel 3.2",
    rows: [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Realisasi 2024",
        "Target 2024",
        "Capaian 2024 (%)",
        "Target Nasional 2024 (RPJMN)",
        "Capaian terhadap Target Nasional (%)",
        "Kategori",
      ],
      [1, "Tingkat Partisipasi Angkatan Kerja", "%", 68.05, 68.5, 99.34, 68, 100.07, "Sangat Baik"],
      [2, "Persentase pencari kerja yang ditempatkan", "%", 44.6, 60, 74.33, "-", "-", predikat],
      [],
      ["Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang."],
    ],
  };
}

ruleTester(predikatMismatch, {
  valid: [
    { name: "the row's own capaian 74,33 is Cukup (no national target beside it)", sheets: [lkjip("Cukup")] },
  ],
  invalid: [
    {
      name: "Baik for the row's own capaian of 74,33",
      sheets: [lkjip("Baik")],
      findings: [{ sheet: "Tabel 3.2", cell: "I3" }],
    },
  ],
});

function spm(capaian: number): SheetSpec {
  return {
    name: "Penerapan SPM 2024",
    rows: [
      ["LAPORAN PENERAPAN DAN PENCAPAIAN SPM BIDANG SOSIAL TAHUN 2024"],
      [],
      ["No", "Jenis Pelayanan Dasar", "Jumlah Warga Negara (orang)", null, null, "Capaian Penerapan SPM (%)"],
      [
        "No",
        "Jenis Pelayanan Dasar",
        "Yang Harus Dilayani",
        "Yang Terlayani",
        "Belum Terlayani",
        "Capaian Penerapan SPM (%)",
      ],
      [1, "Rehabilitasi sosial dasar anak terlantar di dalam panti", 245, 238, 7, capaian],
      [
        2,
        "Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana",
        4_862,
        4_857,
        5,
        99.9,
      ],
    ],
    merges: ["A3:A4", "B3:B4", "C3:E3", "F3:F4"],
  };
}

it("reads an SPM report's people to serve, served and not served", () => {
  const t = detectTables(sheet(spm(97.14)))[0];
  expect(t.columns.map((c) => [c.role, c.year])).toEqual([
    ["no", undefined],
    ["indikator", undefined],
    ["target", 2024],
    ["realisasi", 2024],
    ["lainnya", undefined],
    ["capaian", 2024],
  ]);
});

ruleTester(capaianMismatch, {
  valid: [
    { name: "services for neglected children and disaster victims, served / to serve", sheets: [spm(97.14)] },
  ],
  invalid: [
    {
      name: "a stale capaian of the children's service",
      sheets: [spm(94.29)],
      findings: [{ sheet: "Penerapan SPM 2024", cell: "F5", expected: 97.14, actual: 94.29 }],
    },
  ],
});

it("reads a service named for a negative group as higher-is-better", () => {
  expect(polaritasDariTeks("Perlindungan dan jaminan sosial bagi korban bencana")?.polaritas).toBe("positif");
  expect(polaritasDariTeks("Pelayanan kesehatan bagi korban kekerasan")?.polaritas).toBe("positif");
  // the group itself stays negative
  expect(polaritasDariTeks("Jumlah korban kecelakaan lalu lintas")?.polaritas).toBe("negatif");
  expect(polaritasDariTeks("Angka kekerasan terhadap anak")?.polaritas).toBe("negatif");
});
