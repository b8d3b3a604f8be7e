// A T-C.27-like table (rencana program, kegiatan, sub kegiatan dan pendanaan indikatif) of the Renstra
// 2022-2026 of the Dinas Perpustakaan dan Kearsipan Kabupaten Tappalang Raya (Sulawesi Barat), program
// 2.24.02 Pengelolaan Arsip: calendar years over Target | Rp, "(dalam ribuan rupiah)", three header rows,
// program Rp = its kegiatan, kegiatan Rp = SUM of its sub kegiatan, kondisi akhir Rp = the five years,
// kondisi akhir K = the last target for percentages and the sum for yearly berkas and laporan.
// Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
};

const YEARS = [2022, 2023, 2024, 2025, 2026];

export function tc27Arsip(): BookW {
  const b = new BookW(
    "renstra-tc27-dispusip-tappalang-raya-2022-2026.xlsx",
    "T-C.27-like Renstra program table (Dinas Perpustakaan dan Kearsipan, program 2.24.02)",
    "T-C.27: Tujuan | Sasaran (merged) | Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) dan Kegiatan (output) | Satuan | Data Capaian pada Tahun Awal Perencanaan (2021) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2022 .. 2026 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra PD' > Target | Rp | Unit Kerja PD Penanggung Jawab | Lokasi; number row 1 .. 21; Rp in thousands; SUM formulas for the kegiatan, the program adds its two kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TAPPALANG RAYA", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perpustakaan dan Kearsipan Kabupaten Tappalang Raya Tahun 2022-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs1: Line[] = [
    {
      id: "s11",
      kode: "2.24.02.2.01.0001",
      nm: "Pengelolaan Arsip Dinamis di Lingkungan Pemerintah Daerah",
      ind: "Jumlah berkas arsip inaktif perangkat daerah yang ditata",
      sat: "berkas",
      awal: 2_640,
      k: [3_000, 3_500, 4_000, 4_500, 5_000],
      rp: [285_400, 312_750, 338_600, 364_900, 391_200],
      flow: true,
    },
    {
      id: "s12",
      kode: "2.24.02.2.01.0002",
      nm: "Pembinaan dan Pengawasan Kearsipan Perangkat Daerah",
      ind: "Jumlah laporan hasil pengawasan kearsipan internal",
      sat: "laporan",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [96_500, 104_250, 112_800, 121_300, 129_650],
      flow: true,
    },
  ];
  const subs2: Line[] = [
    {
      id: "s21",
      kode: "2.24.02.2.02.0001",
      nm: "Akuisisi Arsip Statis",
      ind: "Jumlah arsip statis yang diakuisisi",
      sat: "berkas",
      awal: 120,
      k: [150, 175, 200, 225, 250],
      rp: [74_300, 81_650, 88_900, 96_400, 103_750],
      flow: true,
    },
    {
      id: "s22",
      // planted: a sub kegiatan of Pengelolaan Arsip Statis coded under kegiatan 2.24.02.2.01
      kode: "2.24.02.2.01.0003",
      nm: "Pengolahan Arsip Statis",
      ind: "Jumlah khazanah arsip statis yang diolah",
      sat: "berkas",
      awal: 350,
      k: [400, 450, 500, 550, 600],
      rp: [118_200, 126_900, 135_450, 144_700, 153_300],
      flow: true,
    },
  ];
  const keg1: Line = {
    id: "k1",
    kode: "2.24.02.2.01",
    nm: "Pengelolaan Arsip Dinamis Perangkat Daerah Kabupaten/Kota",
    ind: "Persentase perangkat daerah yang menerapkan klasifikasi arsip dan JRA",
    sat: "%",
    awal: 32,
    k: [40, 50, 60, 70, 80],
  };
  const keg2: Line = {
    id: "k2",
    kode: "2.24.02.2.02",
    nm: "Pengelolaan Arsip Statis Kabupaten/Kota",
    ind: "Persentase arsip statis yang terdeskripsi",
    sat: "%",
    awal: 12.5,
    k: [20, 30, 40, 50, 60],
  };
  const prog: Line = {
    id: "p",
    kode: "2.24.02",
    nm: "PROGRAM PENGELOLAAN ARSIP",
    ind: "Persentase arsip inaktif perangkat daerah yang tertata",
    sat: "%",
    awal: 38.6,
    k: [45, 52, 60, 68, 75],
  };
  let n = 8;
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 24 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 4, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2021)"],
      role: "kondisi-awal",
      year: 2021,
      num: 7,
      width: 12,
    },
    ...YEARS.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", String(y), "Target"],
        role: "target",
        year: y,
        num: n++,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: n++,
        fmt: RP,
        width: 11,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: n++,
      width: 10,
    },
    {
      key: "rpa",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      num: n++,
      fmt: RP,
      width: 12,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: n++, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: n++, width: 14 },
  ];
  const TUJ = "Meningkatnya tata kelola kearsipan daerah";
  const SAS = "Meningkatnya ketertiban pengelolaan arsip perangkat daerah";
  const rpa = (c: Ctx) => fx(YEARS.map((y) => c.a(`rp${y}`)).join("+"));
  const base = (x: Line, f: string): Record<string, Cell> => {
    const out: Record<string, Cell> = {
      tuj: TUJ,
      sas: SAS,
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      awal: fmt(x.awal, f),
      pj: "Bidang Kearsipan",
      lok: "Kab. Tappalang Raya",
    };
    YEARS.forEach((y, i) => (out[`k${y}`] = fmt(x.k[i], f)));
    return out;
  };
  const subRow = (x: Line): Row => ({
    id: x.id,
    cells: (c) => {
      const out = base(x, INT);
      YEARS.forEach((y, i) => (out[`rp${y}`] = x.rp![i]));
      out.ka = fx(YEARS.map((y) => c.a(`k${y}`)).join("+"));
      out.rpa = rpa(c);
      return out;
    },
  });
  const kegRow = (x: Line, first: string, last: string): Row => ({
    id: x.id,
    bold: true,
    cells: (c) => {
      const out = base(x, DEC);
      YEARS.forEach((y) => (out[`rp${y}`] = fx(`SUM(${c.a(`rp${y}`, first)}:${c.a(`rp${y}`, last)})`)));
      out.ka = fmt(x.k[4], DEC);
      out.rpa = rpa(c);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: [
      {
        id: prog.id,
        bold: true,
        cells: (c) => {
          const out = base(prog, DEC);
          YEARS.forEach((y) => (out[`rp${y}`] = fx(`${c.a(`rp${y}`, "k1")}+${c.a(`rp${y}`, "k2")}`)));
          // planted: kondisi akhir K of the program's percentage is the 2025 target (68.00), not 2026's 75.00
          out.ka = fmt(68, DEC);
          out.rpa = rpa(c);
          return out;
        },
      },
      kegRow(keg1, "s11", "s12"),
      ...subs1.map(subRow),
      kegRow(keg2, "s21", "s22"),
      ...subs2.map(subRow),
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Renstra Dinas Perpustakaan dan Kearsipan Kabupaten Tappalang Raya 2022-2026 (perubahan).",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Tappalang, 14 Maret 2022",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN,"],
    nama: "Dra. HJ. NURHAENI LATIF, M.Si.",
    nip: "19710614 199803 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ka", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the program (Persentase arsip inaktif tertata, a rate) is 68.00, the 2025 target; the rate's end value is the 2026 target 75.00",
    truth: a("k2026", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengolahan Arsip Statis is coded 2.24.02.2.01.0003 under kegiatan 2.24.02.2.02 (Pengelolaan Arsip Statis)",
    truth: `PARENT(${a("kode", "s22")})`,
    actual: a("kode", "k2"),
  });
  // kondisi akhir K: the last target for the kegiatan rates, the sum for the yearly berkas
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: a("k2026", id),
      trap: YEARS.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const id of ["s11", "s21"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: YEARS.map((y) => a(`k${y}`, id)).join("+"),
      trap: a("k2026", id),
    });
  for (const id of ["p", "k1", "k2", "s11", "s12", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("rpa", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: YEARS.map((y) => a(`rp${y}`, id)).join("+"),
    });
  for (const y of YEARS) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s11")}+${a(`rp${y}`, "s12")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "k1")}+${a(`rp${y}`, "k2")}`,
    });
  }
  for (const id of ["s11", "s12"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k1"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s21")})`,
    actual: a("kode", "k2"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k2")})`,
    actual: a("kode", "p"),
  });
  // rising rates and flat laporan targets are no outliers
  b.ok({
    sheet: S,
    cell: a("k2026", "s12"),
    rules: ["target-outlier", "target-trend"],
    truth: a("k2022", "s12"),
  });
  return b.finish();
}
