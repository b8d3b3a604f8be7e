// An E.81 "Evaluasi terhadap hasil Renja" sheet as the form prints it (Permendagri 86/2017; see
// docs/desain.md, "Forms"): a three-row header, quarters over K and Rp, "s.d." columns, the
// column-number row with the form's identities, footer rows and a signature block. Dinas Sosial
// figures in the magnitudes of the Kota Blitar Renstra (invented for the evaluation year 2023).
import type { CellValue } from "../../../src/core/grid";
import type { SheetSpec } from "../rules/ruleTester";

export type E81Row = {
  kode: string;
  nama: string;
  indikator: string;
  /** [K, Rp] for: end-period target, s.d. n-2, target n-1, TW I..IV, year, s.d. n-1, capaian s.d. */
  e: [number, number];
  g: [number, number];
  i: [number, number];
  tw: Array<[number, number]>;
  s: [number, number];
  u: [number, number];
  w: [number, number];
};

export const E81_ROWS: E81Row[] = [
  {
    kode: "1.06.02",
    nama: "Program Pemberdayaan Sosial",
    indikator: "Persentase PSKS yang aktif (%)",
    e: [80, 5_000_000_000],
    g: [62.5, 2_400_000_000],
    i: [70, 1_300_000_000],
    tw: [
      [20, 250_000_000],
      [41, 300_000_000],
      [58, 350_000_000],
      [70, 380_000_000],
    ],
    s: [70, 1_280_000_000],
    u: [70, 3_680_000_000],
    w: [87.5, 73.6],
  },
  {
    kode: "1.06.02.2.01",
    nama: "Pemberdayaan Sosial Komunitas Adat Terpencil",
    indikator: "Jumlah PSKS yang dilatih (orang)",
    e: [1000, 3_000_000_000],
    g: [420, 1_500_000_000],
    i: [200, 800_000_000],
    tw: [
      [40, 150_000_000],
      [50, 200_000_000],
      [55, 210_000_000],
      [60, 230_000_000],
    ],
    s: [205, 790_000_000],
    u: [625, 2_290_000_000],
    w: [62.5, 76.33],
  },
  {
    kode: "1.06.02.2.02",
    nama: "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota",
    indikator: "Jumlah laporan pengumpulan sumbangan (laporan)",
    e: [20, 2_000_000_000],
    g: [8, 900_000_000],
    i: [4, 500_000_000],
    tw: [
      [1, 100_000_000],
      [1, 100_000_000],
      [1, 140_000_000],
      [1, 150_000_000],
    ],
    s: [4, 490_000_000],
    u: [12, 1_390_000_000],
    w: [60, 69.5],
  },
];

const HEADER: CellValue[][] = [
  ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA BLITAR"],
  ["RENJA DINAS SOSIAL KOTA BLITAR s.d. TRIWULAN IV TAHUN 2023"],
  [],
  [
    "No",
    "Kode",
    "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
    "Indikator Kinerja Program (outcome)/ Kegiatan (output)",
    "Target Renstra Perangkat Daerah pada Akhir Periode Renstra",
    null,
    "Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Perangkat Daerah Tahun Lalu (n-2)",
    null,
    "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (n-1) yang Dievaluasi",
    null,
    "Realisasi Kinerja Pada Triwulan",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
    null,
    "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun n-1",
    null,
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun n-1 (%)",
    null,
    "Unit Perangkat Daerah Penanggung Jawab",
  ],
  [null, null, null, null, null, null, null, null, null, null, "I", null, "II", null, "III", null, "IV"],
  [null, null, null, null, ...Array.from({ length: 10 }, () => ["K", "Rp"]).flat()],
  [
    1,
    2,
    3,
    4,
    5,
    null,
    6,
    null,
    7,
    null,
    8,
    null,
    9,
    null,
    10,
    null,
    11,
    null,
    12,
    null,
    "13 = 6 + 12",
    null,
    "14=13/5 x100%",
    null,
    15,
  ],
];

export const E81_MERGES = [
  "A4:A6",
  "B4:B6",
  "C4:C6",
  "D4:D6",
  "E4:F5",
  "G4:H5",
  "I4:J5",
  "K4:R4",
  "K5:L5",
  "M5:N5",
  "O5:P5",
  "Q5:R5",
  "S4:T5",
  "U4:V5",
  "W4:X5",
  "Y4:Y6",
];

/** The E.81 sheet; `edit` changes a data row before it is written (to plant a mistake). */
export function e81(edit: (rows: E81Row[]) => void = () => undefined): SheetSpec {
  const data = structuredClone(E81_ROWS);
  edit(data);
  const body: CellValue[][] = data.map((r, i) => [
    i + 1,
    r.kode,
    r.nama,
    r.indikator,
    ...r.e,
    ...r.g,
    ...r.i,
    ...r.tw.flat(),
    ...r.s,
    ...r.u,
    ...r.w,
    "Bidang Pemberdayaan Sosial",
  ]);
  const avg = (k: 0 | 1): number => data.reduce((s, r) => s + r.w[k], 0) / data.length;
  const footer: CellValue[][] = [
    ["Rata-rata capaian kinerja (%)", ...Array(21).fill(null), avg(0), avg(1)],
    ["Predikat kinerja", ...Array(21).fill(null), "Sedang", "Sedang"],
    [],
    [...Array(22).fill(null), "Blitar, 15 Januari 2024"],
    [...Array(22).fill(null), "KEPALA DINAS SOSIAL"],
    [...Array(22).fill(null), "NIP. 19700101 199503 1 001"],
  ];
  return { name: "E.81", rows: [...HEADER, ...body, ...footer], merges: E81_MERGES };
}
