// Tables of the Bagian Perencanaan dan Keuangan of the Sekretariat Daerah: the E.80 evaluation of the
// Renstra 2019-2024 of the Sekretariat Daerah of Kota Sungai Lingkar (Jambi), grouped by year with
// Target / Realisasi / Rasio under each and K / Rp under those, and the realisasi anggaran
// Triwulan IV 2024 of the Bagian Perencanaan dan Keuangan Setda of Kota Padang Serai (Bengkulu), with
// the sisa kas from the BKU beside the realisasi. Every person and number is invented.
import { BookW, DEC, RP, fmt, fx, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

type E80 = {
  id: string;
  kind: "program" | "kegiatan";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  r: number[];
  flow?: boolean;
  neg?: boolean;
  trp?: number[];
  rrp?: number[];
};

const YRS = [2020, 2021, 2022, 2023, 2024];

const E80_ROWS: E80[] = [
  {
    id: "p1",
    kind: "program",
    kode: "4.01.01",
    nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    ind: "Persentase dokumen perencanaan dan keuangan yang disampaikan tepat waktu",
    sat: "%",
    awal: 80,
    t: [85, 88, 90, 95, 100],
    r: [84, 88, 86.5, 95, 100],
  },
  {
    id: "k1",
    kind: "kegiatan",
    kode: "4.01.01.2.01",
    nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    ind: "Jumlah dokumen perencanaan, penganggaran dan evaluasi kinerja",
    sat: "dokumen",
    awal: 8,
    t: [8, 8, 8, 9, 9],
    r: [8, 8, 7, 9, 9],
    flow: true,
    trp: [96_450_000, 102_800_000, 88_640_000, 118_250_000, 124_600_000],
    rrp: [91_236_000, 99_415_000, 84_120_500, 112_870_000, 121_048_000],
  },
  {
    id: "k2",
    kind: "kegiatan",
    kode: "4.01.01.2.02",
    nama: "Administrasi Keuangan Perangkat Daerah",
    ind: "Rata-rata waktu verifikasi SPJ (hari kerja)",
    sat: "hari",
    awal: 6,
    t: [5, 5, 4, 4, 3],
    r: [5.5, 4.8, 4, 3.6, 3],
    neg: true,
    trp: [14_826_400_000, 15_204_700_000, 15_662_350_000, 16_318_900_000, 16_945_120_000],
    rrp: [14_312_655_000, 14_886_210_400, 15_127_408_000, 15_904_336_000, 16_602_871_500],
  },
  {
    id: "p2",
    kind: "program",
    kode: "4.01.03",
    nama: "Program Perekonomian dan Pembangunan",
    ind: "Persentase laporan pengendalian pembangunan yang disampaikan tepat waktu",
    sat: "%",
    awal: 75,
    t: [80, 85, 90, 95, 100],
    r: [78, 85, 92, 93, 100],
  },
  {
    id: "k3",
    kind: "kegiatan",
    kode: "4.01.03.2.03",
    nama: "Pengendalian dan Evaluasi Pelaksanaan Program Pembangunan",
    ind: "Jumlah laporan pengendalian pelaksanaan pembangunan",
    sat: "laporan",
    awal: 12,
    t: [12, 12, 12, 12, 12],
    r: [12, 12, 11, 12, 12],
    flow: true,
    trp: [342_600_000, 356_900_000, 298_450_000, 384_200_000, 402_750_000],
    rrp: [331_842_000, 349_118_500, 276_903_000, 376_655_000, 395_204_000],
  },
  {
    id: "k4",
    kind: "kegiatan",
    kode: "4.01.03.2.04",
    nama: "Pengelolaan Pengadaan Barang dan Jasa",
    ind: "Jumlah paket pengadaan yang didampingi",
    sat: "paket",
    awal: 36,
    t: [40, 45, 50, 55, 60],
    r: [38, 47, 52, 51, 60],
    flow: true,
    trp: [512_400_000, 548_750_000, 486_300_000, 596_800_000, 624_150_000],
    rrp: [498_116_000, 541_287_500, 470_962_000, 583_410_000, 611_803_000],
  },
];

/** E.80 evaluasi hasil Renstra 2019-2024, Sekretariat Daerah Kota Sungai Lingkar. */
export function e80SetdaSungaiLingkar(): BookW {
  const b = new BookW(
    "e80-evaluasi-renstra-setda-kota-sungai-lingkar-2019-2024.xlsx",
    "E.80 evaluation of the Renstra, grouped by year",
    "No | Kode | Program / Kegiatan | Indikator | Satuan | Data Capaian Awal (2019) | 'Target Akhir Renstra' > K | Rp | then per 'Tahun ke-n (20xx)' > Target Renstra / Realisasi / Rasio (%) > K | Rp; program Rp typed; rasio formulas with refleksi for the SPJ days; Unit Penanggung Jawab",
  );
  for (const p of E80_ROWS.filter((x) => x.kind === "program")) {
    const i = E80_ROWS.indexOf(p);
    const kids = E80_ROWS.slice(i + 1).filter((x, j, arr) =>
      arr.slice(0, j + 1).every((y) => y.kind === "kegiatan"),
    );
    p.trp = YRS.map((_, y) => sum(kids.map((k) => k.trp![y])));
    p.rrp = YRS.map((_, y) => sum(kids.map((k) => k.rrp![y])));
  }
  // planted: the 2022 target Rp of program 4.01.01 typed with two digits swapped
  const p1 = E80_ROWS.find((x) => x.id === "p1")!;
  if (p1.trp![2] !== 15_750_990_000) throw new Error(`E.80 p1 2022 ${p1.trp![2]}`);
  const S = "E.80";
  const s = b.sheet(S);
  s.lines(
    [
      "EVALUASI TERHADAP HASIL RENSTRA SEKRETARIAT DAERAH KOTA SUNGAI LINGKAR",
      "PERIODE 2019-2024 (disusun oleh Bagian Perencanaan dan Keuangan)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 13 },
    { key: "nama", head: ["Program / Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Data Capaian Awal (2019)"], role: "kondisi-awal", year: 2019, width: 10 },
    { key: "akK", head: ["Target Akhir Renstra", "K"], role: "target", width: 9 },
    { key: "akRp", head: ["Target Akhir Renstra", "Rp"], role: "anggaran", fmt: RP, width: 17 },
  ];
  YRS.forEach((y, i) => {
    const g = `Tahun ke-${i + 1} (${y})`;
    const add = (k: string, sub: string, m: string, role: Col["role"], f?: string) =>
      cols.push({ key: `${k}${y}`, head: [g, sub, m], role, year: y, fmt: f, width: m === "K" ? 8 : 16 });
    add("tk", "Target Renstra", "K", "target");
    add("trp", "Target Renstra", "Rp", "anggaran", RP);
    add("rk", "Realisasi", "K", "realisasi");
    add("rrp", "Realisasi", "Rp", "realisasi-anggaran", RP);
    add("ck", "Rasio (%)", "K", "capaian", DEC);
    add("crp", "Rasio (%)", "Rp", "capaian", DEC);
  });
  cols.push({ key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", width: 22 });
  const body: Row[] = E80_ROWS.map((x, n) => ({
    id: x.id,
    bold: x.kind === "program",
    cells: (c): Record<string, Cell> => {
      const kf = x.flow ? "#,##0" : DEC;
      const out: Record<string, Cell> = {
        no: n + 1,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, kf),
        akK: fmt(x.flow ? sum(x.t) : x.t[4], kf),
        akRp: fx(`SUM(${YRS.map((y) => c.a(`trp${y}`)).join(",")})`),
        pj: x.kind === "program" ? "Bagian Perencanaan dan Keuangan" : "Subbagian Perencanaan / Keuangan",
      };
      YRS.forEach((y, i) => {
        const T = c.a(`tk${y}`);
        const R = c.a(`rk${y}`);
        out[`tk${y}`] = fmt(x.t[i], kf);
        out[`rk${y}`] = fmt(x.r[i], kf);
        out[`ck${y}`] = x.neg ? fx(`ROUND((2*${T}-${R})/${T}*100,2)`) : fx(`ROUND(${R}/${T}*100,2)`);
        out[`trp${y}`] = x.id === "p1" && y === 2022 ? 15_570_990_000 : x.trp![i];
        out[`rrp${y}`] = x.rrp![i];
        // planted: a stale cached rasio (before the 2022 realisasi of Pengendalian was corrected)
        out[`crp${y}`] = fx(
          `ROUND(${c.a(`rrp${y}`)}/${c.a(`trp${y}`)}*100,2)`,
          x.id === "k3" && y === 2022 ? 95.62 : undefined,
        );
      });
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows: body });
  s.gap();
  s.lines([
    "Catatan: rasio indikator waktu verifikasi SPJ (semakin kecil semakin baik) = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Sungai Lingkar, 12 Februari 2025",
    jabatan: ["Kepala Bagian Perencanaan dan Keuangan,"],
    nama: "FITRIANI HASIBUAN, S.E., M.Ak.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19840611 200902 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("trp2022", "p1") },
    rules: ["sum-mismatch"],
    note: "Program 4.01.01 target Rp 2022 typed 15,570,990,000; its kegiatan give 88,640,000 + 15,662,350,000 = 15,750,990,000 (digits 5 and 7 swapped)",
    truth: `${a("trp2022", "k1")}+${a("trp2022", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("crp2022", "k3") },
    rules: ["capaian-mismatch"],
    note: "Pengendalian rasio Rp 2022 caches 95.62, a stale result; 276,903,000 / 298,450,000 x 100 = 92.78",
    truth: `ROUND(${a("rrp2022", "k3")}/${a("trp2022", "k3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ck2020", "k2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("tk2020", "k2")}-${a("rk2020", "k2")})/${a("tk2020", "k2")}*100,2)`,
    trap: `ROUND(${a("rk2020", "k2")}/${a("tk2020", "k2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p1"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: a("tk2024", "p1"),
    trap: `${a("tk2020", "p1")}+${a("tk2021", "p1")}+${a("tk2022", "p1")}+${a("tk2023", "p1")}+${a("tk2024", "p1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "k4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `${a("tk2020", "k4")}+${a("tk2021", "k4")}+${a("tk2022", "k4")}+${a("tk2023", "k4")}+${a("tk2024", "k4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("trp2023", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("trp2023", "k3")}+${a("trp2023", "k4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("tk2024", "k2"),
    trap: `${a("tk2020", "k2")}+${a("tk2021", "k2")}+${a("tk2022", "k2")}+${a("tk2023", "k2")}+${a("tk2024", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ck2023", "p2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rk2023", "p2")}/${a("tk2023", "p2")}*100,2)`,
  });
  return b.finish();
}

// ---------------------------------------------------------------- realisasi anggaran Triwulan IV

type Sub = {
  id: string;
  kode: string;
  nama: string;
  pagu: number;
  sd3: number;
  tw4: number;
  sisa: number;
  fisik: number;
};

const KEG: Array<{ id: string; kode: string; nama: string; subs: Sub[] }> = [
  {
    id: "k1",
    kode: "4.01.01.2.01",
    nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    subs: [
      {
        id: "s11",
        kode: "4.01.01.2.01.0001",
        nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        pagu: 68_450_000,
        sd3: 41_270_000,
        tw4: 26_180_000,
        sisa: 1_000_000,
        fisik: 100,
      },
      {
        id: "s12",
        kode: "4.01.01.2.01.0002",
        nama: "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
        pagu: 52_300_000,
        sd3: 34_815_000,
        tw4: 17_485_000,
        sisa: 0,
        fisik: 100,
      },
      {
        id: "s13",
        kode: "4.01.01.2.01.0006",
        nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        pagu: 38_760_000,
        sd3: 21_440_000,
        tw4: 15_105_000,
        sisa: 2_215_000,
        fisik: 100,
      },
      // planted: Triwulan IV typed 27,815,000 for 27,185,000 (the BKU leaves 95,000)
      {
        id: "s14",
        kode: "4.01.01.2.01.0007",
        nama: "Evaluasi Kinerja Perangkat Daerah",
        pagu: 45_900_000,
        sd3: 18_620_000,
        tw4: 27_815_000,
        sisa: 95_000,
        fisik: 100,
      },
    ],
  },
  {
    id: "k2",
    kode: "4.01.01.2.02",
    nama: "Administrasi Keuangan Perangkat Daerah",
    subs: [
      {
        id: "s21",
        kode: "4.01.01.2.02.0001",
        nama: "Penyediaan Gaji dan Tunjangan ASN",
        pagu: 9_846_250_000,
        sd3: 7_286_412_000,
        tw4: 2_402_688_500,
        sisa: 157_149_500,
        fisik: 100,
      },
      {
        id: "s22",
        kode: "4.01.01.2.02.0003",
        nama: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
        pagu: 86_400_000,
        sd3: 58_960_000,
        tw4: 24_775_000,
        sisa: 2_665_000,
        fisik: 100,
      },
      {
        id: "s23",
        kode: "4.01.01.2.02.0005",
        nama: "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
        pagu: 44_750_000,
        sd3: 12_300_000,
        tw4: 16_940_000,
        sisa: 15_510_000,
        fisik: 85,
      },
    ],
  },
];

/** Laporan realisasi fisik dan keuangan Triwulan IV 2024, Bagian Perencanaan dan Keuangan Setda Kota Padang Serai. */
export function realisasiTw4PadangSerai(): BookW {
  const b = new BookW(
    "realisasi-fisik-keuangan-tw4-2024-bag-perencanaan-keuangan-setda-padang-serai.xlsx",
    "quarterly budget realisation per sub kegiatan with BKU balance",
    "No | Kode Rekening | Uraian | Pagu DPA-P 2024 (Rp) | 'Realisasi Keuangan (Rp)' > s.d. Triwulan III | Triwulan IV | s.d. Triwulan IV | % Serapan | Sisa Kas menurut BKU (Rp) | Realisasi Fisik (%); kegiatan rows =SUM of sub kegiatan, JUMLAH = kegiatan + kegiatan; % JUMLAH should divide the totals",
  );
  const S = "TW IV 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "PEMERINTAH KOTA PADANG SERAI - SEKRETARIAT DAERAH",
      "LAPORAN REALISASI FISIK DAN KEUANGAN BAGIAN PERENCANAAN DAN KEUANGAN",
      "TRIWULAN IV TAHUN ANGGARAN 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const RK = "Realisasi Keuangan (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", width: 19 },
    { key: "nama", head: ["Uraian Kegiatan / Sub Kegiatan"], width: 44 },
    { key: "pagu", head: ["Pagu DPA-P 2024 (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    {
      key: "sd3",
      head: [RK, "s.d. Triwulan III"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "tw4", head: [RK, "Triwulan IV"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    {
      key: "sd4",
      head: [RK, "s.d. Triwulan IV"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "pct", head: ["% Serapan"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "sisa", head: ["Sisa Kas menurut BKU (Rp)"], role: "lainnya", fmt: RP, width: 15 },
    { key: "fis", head: ["Realisasi Fisik (%)"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
  ];
  const rows: Row[] = [];
  const subIds: string[] = [];
  KEG.forEach((k, i) => {
    const first = k.subs[0].id;
    const last = k.subs[k.subs.length - 1].id;
    rows.push({
      id: k.id,
      bold: true,
      cells: (c) => {
        const out: Record<string, Cell> = { no: i + 1, kode: k.kode, nama: k.nama };
        for (const key of ["pagu", "sd3", "tw4", "sd4", "sisa"])
          out[key] = fx(`SUM(${c.a(key, first)}:${c.a(key, last)})`);
        out.pct = fx(`ROUND(${c.a("sd4")}/${c.a("pagu")}*100,2)`);
        return out;
      },
    });
    k.subs.forEach((x) => {
      subIds.push(x.id);
      rows.push({
        id: x.id,
        cells: (c) => ({
          kode: x.kode,
          nama: x.nama,
          pagu: x.pagu,
          sd3: x.sd3,
          tw4: x.tw4,
          sd4: fx(`${c.a("sd3")}+${c.a("tw4")}`),
          pct: fx(`ROUND(${c.a("sd4")}/${c.a("pagu")}*100,2)`),
          sisa: x.sisa,
          fis: x.fisik,
        }),
      });
    });
  });
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const key of ["pagu", "sd3", "tw4", "sd4", "sisa"])
        out[key] = fx(`${c.a(key, "k1")}+${c.a(key, "k2")}`);
      // planted: the average of the sub kegiatan percentages instead of the totals' ratio
      out.pct = fx(`ROUND(AVERAGE(${subIds.map((id) => c.a("pct", id)).join(",")}),2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Sumber: SP2D s.d. 31 Desember 2024 dan Buku Kas Umum Bendahara Pengeluaran Pembantu."]);
  s.gap();
  signature(s, 6, {
    tempat: "Padang Serai, 10 Januari 2025",
    jabatan: ["Kepala Bagian Perencanaan dan Keuangan,"],
    nama: "AHMAD SYAFRIZAL, S.STP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19860203 200501 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("tw4", "s14") },
        { sheet: S, cell: a("sd4", "s14") },
        { sheet: S, cell: a("pct", "s14") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Evaluasi Kinerja: Triwulan IV typed 27,815,000 for 27,185,000, so s.d. TW IV 46,435,000 passes the pagu of 45,900,000 (101.17 %); the BKU sisa 95,000 says 45,805,000 were spent",
    truth: `${a("pagu", "s14")}-${a("sisa", "s14")}-${a("sd3", "s14")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "tot") },
    rules: ["capaian-mismatch"],
    note: "JUMLAH % serapan =ROUND(AVERAGE of the seven sub kegiatan),2); the totals give s.d. TW IV / pagu x 100",
    truth: `ROUND(${a("sd4", "tot")}/${a("pagu", "tot")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "s12"),
    rules: ["serapan-over-100", "capaian-mismatch"],
    truth: `ROUND(${a("sd4", "s12")}/${a("pagu", "s12")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "k2"),
    rules: ["sum-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("sd4", "k2")}/${a("pagu", "k2")}*100,2)`,
    trap: `${a("pct", "s21")}+${a("pct", "s22")}+${a("pct", "s23")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "k1")}+${a("pagu", "k2")}`,
    trap: `SUM(${a("pagu", "k1")}:${a("pagu", "s23")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sd4", "s23"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "s23")}-${a("sisa", "s23")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sisa", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "k2")}-${a("sd4", "k2")}`,
  });
  return b.finish();
}
