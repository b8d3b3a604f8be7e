// Evaluation and realisation tables of the seventh unseen set: an evaluation of the RPJMD of a
// kabupaten by its Bapperida at sasaran and program level, mid-period ("Capaian Kinerja RPJMD s.d.
// Tahun Berjalan", tahun berjalan 2024 only in the title), years 2022-2024 across over K | Rp, whose
// header repeats on the second printed page; and a DPA realisation of a Sekretariat DPRD exported
// from the budget system that starts in cell A1 with no title, "Pagu Murni | Pagu Perubahan |
// Bertambah/(Berkurang)", realisation against the Pagu Perubahan. Every name and number is invented;
// the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
  type SheetW,
  type TableSpec,
} from "../forms/kit";

/** Writes a table's header band again at row `top` (a header repeated after a printed page break). */
export function repeatHeader(s: SheetW, spec: TableSpec, left: number, top: number): void {
  s.table({ ...spec, rows: [] }, left, top);
  // the header band belongs to the table above it: it is no table of its own
  s.book.tables.pop();
}

// ===================================================== RPJMD evaluation s.d. 2024 (Bapperida)

type RpIn = {
  id: string;
  kind: "sasaran" | "program";
  no: string;
  nama: string;
  ind: string;
  sat: string;
  /** level (rate, index, percentage): s.d. is the latest realisasi; otherwise a flow, summed */
  level: boolean;
  neg?: boolean;
  awal: number;
  akhirK: number;
  akhirRp?: number;
  tK: number[];
  tRp?: number[];
  rK: number[];
  rRp?: number[];
  pd: string;
  f: string;
};

const YR = [2022, 2023, 2024];

/** Evaluasi hasil RPJMD Kabupaten Argasoka 2021-2026 s.d. tahun berjalan 2024, by its Bapperida. */
export function rpjmd(): BookW {
  const b = new BookW(
    "evaluasi-rpjmd-bapperida-argasoka.xlsx",
    "RPJMD evaluation",
    "evaluation of the RPJMD 2021-2026 s.d. tahun berjalan (2024) by a Bapperida: sasaran and program rows, target and realisasi 2022-2024 over K | Rp, s.d. and tingkat capaian against the end target, header repeated on the second printed page",
  );
  const S = "Evaluasi RPJMD";
  const s = b.sheet(S);
  s.lines([
    "EVALUASI TERHADAP HASIL RPJMD KABUPATEN ARGASOKA TAHUN 2021-2026",
    "Capaian Kinerja RPJMD s.d. Tahun Berjalan (Tahun 2024)",
    "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Argasoka",
  ]);
  s.gap();
  const rows: RpIn[] = [
    {
      id: "s1",
      kind: "sasaran",
      no: "A",
      nama: "Sasaran 1: Meningkatnya kualitas sumber daya manusia",
      ind: "Indeks Pembangunan Manusia (IPM)",
      sat: "indeks",
      level: true,
      awal: 69.85,
      akhirK: 72.6,
      tK: [70.4, 70.95, 71.5],
      rK: [70.52, 71.18, 71.73],
      pd: "Dinas Pendidikan dan Kebudayaan; Dinas Kesehatan",
      f: DEC,
    },
    {
      id: "p1",
      kind: "program",
      no: "1",
      nama: "Program Pengelolaan Pendidikan",
      ind: "Angka Partisipasi Murni (APM) SMP/MTs",
      sat: "%",
      level: true,
      awal: 78.42,
      akhirK: 84,
      akhirRp: 412_650_000_000,
      tK: [79.5, 80.6, 81.7],
      tRp: [76_420_000_000, 81_350_000_000, 83_900_000_000],
      rK: [79.86, 80.41, 82.05],
      rRp: [72_815_362_400, 78_904_117_850, 81_226_540_300],
      pd: "Dinas Pendidikan dan Kebudayaan",
      f: DEC,
    },
    {
      id: "p2",
      kind: "program",
      no: "2",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Angka Kematian Ibu (per 100.000 kelahiran hidup)",
      sat: "per 100.000 KH",
      level: true,
      neg: true,
      awal: 112.4,
      akhirK: 85,
      akhirRp: 286_400_000_000,
      tK: [106, 100, 95],
      tRp: [52_300_000_000, 55_840_000_000, 58_125_000_000],
      rK: [109.35, 98.12, 96.4],
      rRp: [49_612_884_100, 53_907_260_450, 56_338_915_700],
      pd: "Dinas Kesehatan",
      f: DEC,
    },
    {
      id: "s2",
      kind: "sasaran",
      no: "B",
      nama: "Sasaran 2: Menurunnya kemiskinan dan meningkatnya perlindungan sosial",
      ind: "Persentase penduduk miskin",
      sat: "%",
      level: true,
      neg: true,
      awal: 11.26,
      akhirK: 8.9,
      tK: [10.85, 10.4, 9.95],
      rK: [10.98, 10.31, 9.87],
      pd: "Dinas Sosial; Bapperida",
      f: DEC,
    },
    {
      id: "p3",
      kind: "program",
      no: "3",
      nama: "Program Perlindungan dan Jaminan Sosial",
      ind: "Persentase keluarga penerima manfaat yang mendapat pendampingan",
      sat: "%",
      level: true,
      awal: 62.5,
      akhirK: 85,
      akhirRp: 38_750_000_000,
      tK: [67, 72, 76],
      tRp: [6_850_000_000, 7_240_000_000, 7_615_000_000],
      rK: [66.4, 73.15, 77.2],
      rRp: [6_512_430_000, 7_018_955_200, 7_402_118_600],
      pd: "Dinas Sosial",
      f: DEC,
    },
    {
      id: "p4",
      kind: "program",
      no: "4",
      nama: "Program Pemberdayaan Sosial",
      ind: "Jumlah Potensi dan Sumber Kesejahteraan Sosial (PSKS) yang diberdayakan",
      sat: "orang",
      level: false,
      awal: 640,
      akhirK: 4_200,
      akhirRp: 9_850_000_000,
      tK: [780, 820, 850],
      tRp: [1_780_000_000, 1_905_000_000, 1_960_000_000],
      rK: [812, 798, 866],
      rRp: [1_702_315_000, 1_846_220_500, 1_921_487_300],
      pd: "Dinas Sosial",
      f: INT,
    },
    {
      id: "s3",
      kind: "sasaran",
      no: "C",
      nama: "Sasaran 3: Meningkatnya kualitas infrastruktur wilayah",
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      sat: "%",
      level: true,
      awal: 68.34,
      akhirK: 80,
      tK: [70.5, 72.8, 75.1],
      rK: [70.92, 72.15, 75.63],
      pd: "Dinas Pekerjaan Umum dan Penataan Ruang",
      f: DEC,
    },
    {
      id: "p5",
      kind: "program",
      no: "5",
      nama: "Program Penyelenggaraan Jalan",
      ind: "Panjang jalan kabupaten yang dibangun/ditingkatkan",
      sat: "km",
      level: false,
      awal: 31.6,
      akhirK: 185,
      akhirRp: 642_500_000_000,
      tK: [36, 37.5, 38],
      tRp: [118_400_000_000, 125_750_000_000, 131_200_000_000],
      rK: [35.42, 39.18, 37.65],
      rRp: [112_683_410_250, 121_904_337_600, 127_115_862_900],
      pd: "Dinas Pekerjaan Umum dan Penataan Ruang",
      f: DEC,
    },
    {
      id: "p6",
      kind: "program",
      no: "6",
      nama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      level: true,
      awal: 84.17,
      akhirK: 95,
      akhirRp: 96_300_000_000,
      tK: [86, 88, 90],
      tRp: [17_650_000_000, 18_420_000_000, 19_300_000_000],
      rK: [86.45, 88.92, 90.31],
      rRp: [16_984_126_500, 17_843_550_300, 18_716_249_800],
      pd: "Dinas Pekerjaan Umum dan Penataan Ruang",
      f: DEC,
    },
    {
      id: "p7",
      kind: "program",
      no: "7",
      nama: "Program Pengelolaan dan Pengembangan Sistem Air Limbah",
      ind: "Persentase rumah tangga dengan akses sanitasi layak",
      sat: "%",
      level: true,
      awal: 76.8,
      akhirK: 90,
      akhirRp: 54_800_000_000,
      tK: [79, 81.5, 84],
      tRp: [9_850_000_000, 10_400_000_000, 11_050_000_000],
      rK: [79.35, 80.9, 84.62],
      rRp: [9_402_316_000, 10_015_884_700, 10_712_903_400],
      pd: "Dinas Perumahan Rakyat dan Kawasan Permukiman",
      f: DEC,
    },
  ];
  const sdK = (x: RpIn) => (x.level ? x.rK[2] : round(sum(x.rK), 2));
  const tkK = (x: RpIn) => {
    const R = sdK(x);
    return round(x.neg ? ((2 * x.akhirK - R) / x.akhirK) * 100 : (R / x.akhirK) * 100);
  };
  // planted 1: s.d. Rp of the air minum program typed with two digits swapped
  const PLANT_S = "p6";
  const p6 = rows.find((x) => x.id === PLANT_S)!;
  const sTrue = sum(p6.rRp!);
  if (sTrue !== 53_543_926_600) throw new Error(`s.d. Rp of ${PLANT_S} is ${sTrue}`);
  const PLANT_S_VAL = 53_453_926_600;
  // planted 2: tingkat capaian K of a flow (km built) against the end target from the 2024 km only
  const PLANT_C = "p5";
  const p5 = rows.find((x) => x.id === PLANT_C)!;
  const cWrong = round((p5.rK[2] / p5.akhirK) * 100);
  const sdRp = (x: RpIn) => (x.id === PLANT_S ? PLANT_S_VAL : sum(x.rRp!));

  let n = 0;
  const num = () => `(${++n})`;
  const pair = (
    key: string,
    head: string[],
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}K`, head: [...head, "K"], role: kRole, year, num: num(), width: 10 },
    { key: `${key}Rp`, head: [...head, "Rp"], role: rRole, year, num: num(), fmt: RP, width: 18 },
  ];
  const GT = "Target RPJMD pada RKPD Tahun";
  const GR = "Realisasi Capaian Kinerja dan Anggaran RKPD Tahun";
  const GS = "Capaian Kinerja RPJMD s.d. Tahun Berjalan";
  const GC = "Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s.d. Tahun Berjalan (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: num(), width: 5 },
    { key: "nama", head: ["Sasaran / Program Pembangunan Daerah"], num: num(), width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Sasaran / Program (Outcome)"],
      role: "indikator",
      num: num(),
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 10 },
    {
      key: "awal",
      head: ["Kondisi Kinerja pada Awal Periode RPJMD (2021)"],
      role: "kondisi-awal",
      num: num(),
      width: 11,
    },
    ...pair("ak", ["Target Kinerja dan Pagu pada Akhir Periode RPJMD (2026)"], "target", "anggaran"),
    ...YR.flatMap((y, i) => pair(`t${i}`, [GT, String(y)], "target", "anggaran", y)),
    ...YR.flatMap((y, i) => pair(`r${i}`, [GR, String(y)], "realisasi", "realisasi-anggaran", y)),
    { key: "sdK", head: [GS, "K"], role: "realisasi", year: 2024, num: num(), width: 10 },
    {
      key: "sdRp",
      head: [GS, "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: `(${++n}) = (15)+(17)+(19)`,
      fmt: RP,
      width: 18,
    },
    { key: "tkK", head: [GC, "K"], role: "capaian", num: `(${++n}) = (20)/(6) x 100`, fmt: DEC, width: 10 },
    { key: "tkRp", head: [GC, "Rp"], role: "capaian", num: `(${++n}) = (21)/(7) x 100`, fmt: DEC, width: 10 },
    {
      key: "pd",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: num(),
      width: 26,
    },
  ];
  if (n !== 24) throw new Error(`RPJMD: ${n} numbered columns`);
  const line = (x: RpIn): Row => {
    const F = (v: number) => fmt(v, x.f);
    const cells: Record<string, Cell> = {
      no: x.no,
      nama: x.nama,
      ind: x.ind,
      sat: x.sat,
      awal: F(x.awal),
      akK: F(x.akhirK),
      sdK: F(sdK(x)),
      tkK: x.id === PLANT_C ? cWrong : tkK(x),
      pd: x.pd,
    };
    YR.forEach((_, i) => {
      cells[`t${i}K`] = F(x.tK[i]);
      cells[`r${i}K`] = F(x.rK[i]);
    });
    if (x.kind === "program") {
      cells.akRp = x.akhirRp!;
      YR.forEach((_, i) => {
        cells[`t${i}Rp`] = x.tRp![i];
        cells[`r${i}Rp`] = x.rRp![i];
      });
      cells.sdRp = sdRp(x);
      // the tingkat capaian Rp is worked out from the s.d. Rp as typed
      cells.tkRp = round((sdRp(x) / x.akhirRp!) * 100);
    }
    return { id: x.id, bold: x.kind === "sasaran", cells };
  };
  const HEAD_ROWS = 3;
  const page2 = rows.findIndex((x) => x.id === "s3");
  const repeated: Row[] = [0, 1, 2, 3].map((i) => ({ id: `rh${i}`, cells: {} }));
  const spec: TableSpec = {
    cols,
    headerRows: HEAD_ROWS,
    numberRow: "plain",
    rows: [...rows.slice(0, page2).map(line), ...repeated, ...rows.slice(page2).map(line)],
  };
  const t = s.table(spec);
  // page 2 starts with the header band again (typed, not print titles)
  s.ws.getRow(t.row("rh0") - 1).addPageBreak();
  repeatHeader(s, { cols, headerRows: HEAD_ROWS, numberRow: "plain", rows: [] }, t.left, t.row("rh0"));
  s.gap();
  s.lines([
    "Keterangan:",
    "(20) K: untuk indikator persentase, indeks dan angka = realisasi tahun berjalan; untuk indikator kumulatif (jumlah, panjang) = jumlah realisasi 2022 s.d. 2024.",
    "Indikator yang semakin kecil semakin baik (Angka Kematian Ibu, Persentase penduduk miskin): (22) = (2 x (6) - (20)) / (6) x 100.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Argasoka, 14 Maret 2025",
    jabatan: ["KEPALA BADAN PERENCANAAN PEMBANGUNAN,", "RISET DAN INOVASI DAERAH,"],
    nama: "Ir. WIDURI KUSUMASTUTI, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19720918 199803 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("sdRp", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `capaian Rp s.d. tahun berjalan of the air minum program is ${PLANT_S_VAL.toLocaleString("en")}; the realisasi 2022-2024 add up to ${sTrue.toLocaleString("en")} (two digits swapped)`,
    truth: YR.map((_, i) => a(`r${i}Rp`, PLANT_S)).join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("tkK", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: `tingkat capaian K of km of road built (a flow) is ${cWrong} = the 2024 km / the end target; the km built 2022-2024 (${sdK(p5)}) / ${p5.akhirK} give ${tkK(p5)}`,
    truth: `ROUND(${a("sdK", PLANT_C)}/${a("akK", PLANT_C)}*100,2)`,
  });
  for (const x of rows) {
    const id = x.id;
    const rk = YR.map((_, i) => a(`r${i}K`, id));
    b.ok({
      sheet: S,
      cell: a("sdK", id),
      rules: ["sum-mismatch"],
      truth: x.level ? rk[2] : rk.join("+"),
      // a level's years must not be added up
      trap: x.level ? rk.join("+") : undefined,
    });
    if (id !== PLANT_C) {
      const T = a("akK", id);
      const R = a("sdK", id);
      b.ok({
        sheet: S,
        cell: a("tkK", id),
        rules: ["capaian-mismatch"],
        truth: x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
        trap: x.neg ? `ROUND(${R}/${T}*100,2)` : !x.level ? `ROUND(${rk[2]}/${T}*100,2)` : undefined,
      });
    }
    if (x.kind !== "program" || id === PLANT_S) continue;
    const rr = YR.map((_, i) => a(`r${i}Rp`, id));
    b.ok({ sheet: S, cell: a("sdRp", id), rules: ["sum-mismatch"], truth: rr.join("+"), tol: 0.5 });
    b.ok({
      sheet: S,
      cell: a("tkRp", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("sdRp", id)}/${a("akRp", id)}*100,2)`,
    });
  }
  return b.finish();
}

// ============================================ DPA realisation 2024 (Sekretariat DPRD), from A1

type DpIn = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  kode: string;
  nama: string;
  /** pagu murni, pagu perubahan, realisasi */
  m?: number;
  p?: number;
  r?: number;
};

/** Realisasi anggaran per sub kegiatan 2024 of Sekretariat DPRD Kabupaten Bayuwangsa: a bare export from A1. */
export function dpaSetwan(): BookW {
  const b = new BookW(
    "realisasi-a1-setwan-bayuwangsa.xlsx",
    "DPA realisation",
    "budget realisation 2024 of a Sekretariat DPRD exported in A1 with no title: Pagu Murni | Pagu Perubahan | Bertambah/(Berkurang) | Realisasi | Sisa | % Realisasi against the Pagu Perubahan, program / kegiatan / sub kegiatan, JUMLAH",
  );
  const S = "LRA Sub Kegiatan 2024";
  const s = b.sheet(S);
  const rows: DpIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "4.02.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      kode: "4.02.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    },
    {
      id: "s111",
      kind: "sub",
      parent: "k11",
      kode: "4.02.01.2.01.0001",
      nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      m: 62_400_000,
      p: 58_900_000,
      r: 57_315_200,
    },
    {
      id: "s112",
      kind: "sub",
      parent: "k11",
      kode: "4.02.01.2.01.0006",
      nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      m: 38_750_000,
      p: 38_750_000,
      r: 37_902_500,
    },
    {
      id: "k12",
      kind: "kegiatan",
      parent: "p1",
      kode: "4.02.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
    },
    {
      id: "s121",
      kind: "sub",
      parent: "k12",
      kode: "4.02.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      m: 6_842_315_000,
      p: 6_615_080_000,
      r: 6_548_226_415,
    },
    {
      id: "s122",
      kind: "sub",
      parent: "k12",
      kode: "4.02.01.2.02.0003",
      nama: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
      m: 94_600_000,
      p: 102_350_000,
      r: 99_884_600,
    },
    {
      id: "k13",
      kind: "kegiatan",
      parent: "p1",
      kode: "4.02.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
    },
    {
      id: "s131",
      kind: "sub",
      parent: "k13",
      kode: "4.02.01.2.06.0001",
      nama: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
      m: 45_300_000,
      p: 45_300_000,
      r: 44_985_000,
    },
    {
      id: "s132",
      kind: "sub",
      parent: "k13",
      kode: "4.02.01.2.06.0009",
      nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      m: 1_286_500_000,
      p: 1_412_800_000,
      r: 1_398_456_750,
    },
    {
      id: "k14",
      kind: "kegiatan",
      parent: "p1",
      kode: "4.02.01.2.09",
      nama: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
    },
    {
      id: "s141",
      kind: "sub",
      parent: "k14",
      kode: "4.02.01.2.09.0002",
      nama: "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
      m: 418_250_000,
      p: 386_900_000,
      r: 372_614_300,
    },
    {
      id: "p2",
      kind: "program",
      kode: "4.02.02",
      nama: "PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD",
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      kode: "4.02.02.2.01",
      nama: "Pembentukan Peraturan Daerah dan Peraturan DPRD",
    },
    {
      id: "s211",
      kind: "sub",
      parent: "k21",
      kode: "4.02.02.2.01.0001",
      nama: "Penyusunan dan Pembahasan Program Pembentukan Peraturan Daerah",
      m: 312_800_000,
      p: 296_450_000,
      r: 284_127_900,
    },
    {
      id: "s212",
      kind: "sub",
      parent: "k21",
      kode: "4.02.02.2.01.0002",
      nama: "Pembahasan Rancangan Peraturan Daerah",
      m: 1_742_600_000,
      p: 1_918_300_000,
      r: 1_872_540_650,
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      kode: "4.02.02.2.02",
      nama: "Pembahasan Kebijakan Anggaran",
    },
    {
      id: "s221",
      kind: "sub",
      parent: "k22",
      kode: "4.02.02.2.02.0001",
      nama: "Pembahasan KUA dan PPAS",
      m: 486_200_000,
      p: 486_200_000,
      r: 479_318_000,
    },
    {
      id: "s222",
      kind: "sub",
      parent: "k22",
      kode: "4.02.02.2.02.0003",
      nama: "Pembahasan Rancangan Peraturan Daerah tentang APBD",
      m: 524_750_000,
      p: 598_600_000,
      r: 583_264_150,
    },
    {
      id: "k24",
      kind: "kegiatan",
      parent: "p2",
      kode: "4.02.02.2.04",
      nama: "Peningkatan Kapasitas DPRD",
    },
    {
      id: "s241",
      kind: "sub",
      parent: "k24",
      kode: "4.02.02.2.04.0001",
      nama: "Pendidikan dan Pelatihan",
      m: 1_150_000_000,
      p: 985_000_000,
      r: 962_740_000,
    },
    {
      id: "s242",
      kind: "sub",
      parent: "k24",
      kode: "4.02.02.2.04.0002",
      nama: "Sosialisasi Peraturan Perundang-Undangan",
      m: 0,
      p: 215_400_000,
      r: 208_116_300,
    },
    {
      id: "k25",
      kind: "kegiatan",
      parent: "p2",
      kode: "4.02.02.2.05",
      nama: "Penyerapan dan Penghimpunan Aspirasi Masyarakat",
    },
    {
      id: "s251",
      kind: "sub",
      parent: "k25",
      kode: "4.02.02.2.05.0001",
      nama: "Reses",
      m: 2_386_400_000,
      p: 2_615_900_000,
      r: 2_594_087_500,
    },
    {
      id: "s252",
      kind: "sub",
      parent: "k25",
      kode: "4.02.02.2.05.0002",
      nama: "Kunjungan Kerja",
      m: 3_864_500_000,
      p: 3_548_200_000,
      r: 3_402_615_480,
    },
  ];
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  for (const kind of ["kegiatan", "program"] as const)
    for (const x of rows.filter((q) => q.kind === kind)) {
      x.m = sum(kids(x.id).map((k) => k.m!));
      x.p = sum(kids(x.id).map((k) => k.p!));
      x.r = sum(kids(x.id).map((k) => k.r!));
    }
  // planted 1: the kegiatan's Pagu Perubahan still carries its Pagu Murni (not updated)
  const PLANT_S = "k24";
  const k24 = rows.find((x) => x.id === PLANT_S)!;
  if (k24.m !== 1_150_000_000 || k24.p !== 1_200_400_000) throw new Error("DPA: kegiatan 4.02.02.2.04");
  // planted 2: % realisasi of the gaji sub kegiatan against the Pagu Murni
  const PLANT_C = "s121";
  const written = (x: DpIn) => (x.id === PLANT_S ? x.m! : x.p!);
  const progs = rows.filter((x) => x.kind === "program");
  const NEG = "#,##0;(#,##0)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", width: 18 },
    { key: "nama", head: ["Uraian"], width: 52 },
    { key: "m", head: ["Pagu Murni (Rp)"], role: "anggaran", fmt: RP, width: 17 },
    { key: "p", head: ["Pagu Perubahan (Rp)"], role: "anggaran", fmt: RP, width: 17 },
    { key: "d", head: ["Bertambah/ (Berkurang) (Rp)"], fmt: NEG, width: 15 },
    {
      key: "r",
      head: ["Realisasi s.d. 31 Desember 2024 (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], fmt: NEG, width: 15 },
    { key: "pct", head: ["% Realisasi"], role: "capaian", fmt: DEC, width: 10 },
  ];
  const t = s.table(
    {
      cols,
      headerRows: 1,
      rows: [
        ...rows.map((x): Row => ({
          id: x.id,
          bold: x.kind !== "sub",
          cells: (c) => ({
            kode: x.kode,
            nama: x.nama,
            m: x.m!,
            p: written(x),
            r: x.r!,
            // the export's own column: Pagu Perubahan - Pagu Murni as the row stands
            d: written(x) - x.m!,
            sisa: fx(`${c.a("p")}-${c.a("r")}`),
            pct: fx(`ROUND(${c.a("r")}/${c.a(x.id === PLANT_C ? "m" : "p")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["kode", "nama"] as [string, string],
          cells: (c) => ({
            kode: "JUMLAH",
            m: fx(progs.map((p) => c.a("m", p.id)).join("+")),
            p: fx(progs.map((p) => c.a("p", p.id)).join("+")),
            r: fx(progs.map((p) => c.a("r", p.id)).join("+")),
            d: fx(`${c.a("p")}-${c.a("m")}`),
            sisa: fx(`${c.a("p")}-${c.a("r")}`),
            pct: fx(`ROUND(${c.a("r")}/${c.a("p")}*100,2)`),
          }),
        },
      ],
    },
    1,
    1,
  );
  s.r = t.lastDataRow + 2;
  signature(s, 6, {
    tempat: "Bayuwangsa, 10 Januari 2025",
    jabatan: ["SEKRETARIS DPRD", "KABUPATEN BAYUWANGSA,"],
    nama: "Drs. RAHMAT HIDAYATULLAH, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19700405 199203 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const x0 = rows.find((x) => x.id === PLANT_C)!;
  b.plant({
    at: { sheet: S, cell: a("p", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `Pagu Perubahan of kegiatan 4.02.02.2.04 is ${k24.m!.toLocaleString("en")}, its Pagu Murni left as it was; its sub kegiatan (one cut, one new in the perubahan) add up to ${k24.p!.toLocaleString("en")}`,
    truth: kids(PLANT_S)
      .map((k) => a("p", k.id))
      .join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", PLANT_C) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `% realisasi of Penyediaan Gaji dan Tunjangan ASN is =ROUND(realisasi / Pagu Murni*100,2) = ${round((x0.r! / x0.m!) * 100)}; against the Pagu Perubahan, as every other row, it is ${round((x0.r! / x0.p!) * 100)}`,
    truth: `ROUND(${a("r", PLANT_C)}/${a("p", PLANT_C)}*100,2)`,
  });
  for (const id of [...rows.map((x) => x.id), "j"]) {
    const x = rows.find((q) => q.id === id);
    if (id !== PLANT_C && id !== PLANT_S) {
      const moved = x !== undefined && x.m !== x.p && x.m! > 0;
      b.ok({
        sheet: S,
        cell: a("pct", id),
        rules: ["capaian-mismatch", "serapan-over-100", "inconsistent-formula"],
        truth: `ROUND(${a("r", id)}/${a("p", id)}*100,2)`,
        // against the Pagu Murni a row whose pagu moved gives another figure (above 100 for some)
        trap: moved ? `ROUND(${a("r", id)}/${a("m", id)}*100,2)` : undefined,
      });
    }
  }
  for (const x of rows) {
    if (x.parent)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.kind === "sub") continue;
    const parts = kids(x.id);
    for (const m of ["m", "p", "r"]) {
      if (x.id === PLANT_S && m === "p") continue;
      // program 4.02.02's Pagu Perubahan sums the kegiatan as they should be, not as written
      if (x.id === k24.parent && m === "p") continue;
      b.ok({
        sheet: S,
        cell: a(m, x.id),
        rules: ["sum-mismatch"],
        truth: parts.map((k) => a(m, k.id)).join("+"),
        // a program is not the sum of its kegiatan and their sub kegiatan together
        trap:
          x.kind === "program"
            ? [...parts, ...parts.flatMap((k) => kids(k.id))].map((k) => a(m, k.id)).join("+")
            : undefined,
        tol: 0.5,
      });
    }
  }
  for (const m of ["m", "p", "r"])
    b.ok({
      sheet: S,
      cell: a(m, "j"),
      rules: ["sum-mismatch"],
      truth: progs.map((p) => a(m, p.id)).join("+"),
      trap: rows.map((x) => a(m, x.id)).join("+"),
      tol: 0.5,
    });
  return b.finish();
}
