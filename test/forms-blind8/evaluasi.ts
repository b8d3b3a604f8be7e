// Evaluation tables of the tenth unseen set: the T-C.29 recap of a Dinas Tenaga Kerja whose header
// speaks only in ordinals ("s.d. Tahun ke-2", "Renja Tahun ke-3") while the Renstra period stands in a
// cell beside its label above the table; and the budget realisation of a Dinas Pertanahan per
// triwulan with cumulative "s.d. TW" columns, "(dalam ribuan rupiah)". Every name and number is
// invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, INT, RP, fmt, fx, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

// ================================== T-C.29 with ordinal headers (Dinas Tenaga Kerja Kota Pringgadani)

type RkIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  /** a level (percentage, rate): its "s.d." K is the latest value, not a sum */
  level?: boolean;
  /** lower is better: capaian by refleksi (2T - R) / T x 100 */
  neg?: boolean;
  parent?: string;
  pj: string;
  /** K: end-period target, realisasi s.d. tahun ke-2, target and realisasi of tahun ke-3 */
  ak: number;
  sdl: number;
  t: number;
  r: number;
  /** Rp of kegiatan (programs add their kegiatan by formula) */
  akRp?: number;
  sdlRp?: number;
  tRp?: number;
  rRp?: number;
};

const RP_KEYS = ["akRp", "sdlRp", "tRp", "rRp"] as const;

/** T-C.29 of Dinas Tenaga Kerja Kota Pringgadani, Renstra 2022-2026, tahun ke-3 evaluated. */
export function rekapDisnaker(): BookW {
  const b = new BookW(
    "rekap-tahunke-disnaker-pringgadani.xlsx",
    "T-C.29 recap with ordinal headers",
    "T-C.29 of a Dinas Tenaga Kerja: the Renstra period 2022 - 2026 and the evaluated 'Tahun ke-3' in cells beside their labels above the table; Target Akhir Renstra | Realisasi s.d. Tahun ke-2 | Target Renja Tahun ke-3 | Realisasi Renja Tahun ke-3 | Tingkat Realisasi | Realisasi s.d. Tahun ke-3 | Tingkat Capaian Renstra, each over Kinerja | Keuangan (Rp); program Rp as SUM over its kegiatan, every ratio and s.d. a formula; a lower-is-better TPT",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.29",
    "REKAPITULASI EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH DAN PENCAPAIAN RENSTRA PERANGKAT DAERAH",
  ]);
  s.gap();
  for (const [label, value] of [
    ["Perangkat Daerah", "Dinas Tenaga Kerja Kota Pringgadani"],
    ["Periode Renstra", "2022 - 2026"],
    ["Renja yang Dievaluasi", "Tahun ke-3"],
  ]) {
    s.put(s.r, 1, label);
    s.put(s.r, 2, ":");
    s.put(s.r, 3, value);
    s.r++;
  }
  s.gap();
  const PJ1 = "Bidang Pelatihan dan Produktivitas";
  const PJ2 = "Bidang Penempatan dan Perluasan Kesempatan Kerja";
  const PJ3 = "Bidang Hubungan Industrial dan Jaminan Sosial";
  const rows: RkIn[] = [
    {
      id: "p1",
      kode: "2.07.03",
      nama: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
      ind: "Persentase lulusan pelatihan berbasis kompetensi yang bekerja",
      sat: "%",
      level: true,
      pj: PJ1,
      ak: 65,
      sdl: 54.2,
      t: 58,
      r: 59.35,
    },
    {
      id: "k11",
      parent: "p1",
      kode: "2.07.03.2.01",
      nama: "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
      ind: "Jumlah peserta pelatihan berbasis kompetensi",
      sat: "orang",
      pj: PJ1,
      ak: 2_400,
      sdl: 1_020,
      t: 480,
      r: 496,
      akRp: 7_200_000_000,
      sdlRp: 3_046_850_000,
      tRp: 1_450_000_000,
      rRp: 1_402_318_500,
    },
    {
      id: "k12",
      parent: "p1",
      kode: "2.07.03.2.02",
      nama: "Pembinaan Lembaga Pelatihan Kerja Swasta",
      ind: "Jumlah instruktur dan tenaga pelatihan yang ditingkatkan kompetensinya",
      sat: "orang",
      pj: PJ1,
      ak: 150,
      sdl: 62,
      t: 30,
      r: 30,
      akRp: 900_000_000,
      sdlRp: 371_420_000,
      tRp: 185_000_000,
      rRp: 179_862_000,
    },
    {
      id: "p2",
      kode: "2.07.04",
      nama: "Program Penempatan Tenaga Kerja",
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      level: true,
      neg: true,
      pj: PJ2,
      ak: 4.8,
      sdl: 5.62,
      t: 5.1,
      r: 5.36,
    },
    {
      id: "k21",
      parent: "p2",
      kode: "2.07.04.2.01",
      nama: "Pelayanan Antarkerja di Daerah Kabupaten/Kota",
      ind: "Jumlah pencari kerja yang ditempatkan",
      sat: "orang",
      pj: PJ2,
      ak: 9_000,
      sdl: 3_612,
      t: 1_850,
      r: 1_924,
      akRp: 3_250_000_000,
      sdlRp: 1_284_560_000,
      tRp: 680_000_000,
      rRp: 664_275_400,
    },
    {
      id: "k22",
      parent: "p2",
      kode: "2.07.04.2.02",
      nama: "Penerbitan Izin Lembaga Penempatan Tenaga Kerja Swasta (LPTKS) dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen izin LPTKS yang diterbitkan",
      sat: "dokumen",
      pj: PJ2,
      ak: 40,
      sdl: 15,
      t: 8,
      r: 9,
      akRp: 250_000_000,
      sdlRp: 96_300_000,
      tRp: 52_500_000,
      rRp: 49_870_000,
    },
    {
      id: "p3",
      kode: "2.07.05",
      nama: "Program Hubungan Industrial",
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      level: true,
      pj: PJ3,
      ak: 90,
      sdl: 84.62,
      t: 86,
      r: 88.24,
    },
    {
      id: "k31",
      parent: "p3",
      kode: "2.07.05.2.01",
      nama: "Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama untuk Perusahaan yang hanya Beroperasi dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen peraturan perusahaan dan PKB yang disahkan",
      sat: "dokumen",
      pj: PJ3,
      ak: 300,
      sdl: 128,
      t: 60,
      r: 64,
      akRp: 375_000_000,
      sdlRp: 152_640_000,
      tRp: 78_000_000,
      rRp: 75_912_000,
    },
    {
      id: "k32",
      parent: "p3",
      kode: "2.07.05.2.02",
      nama: "Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan Perusahaan di Daerah Kabupaten/Kota",
      ind: "Jumlah pekerja/buruh yang mengikuti sosialisasi pencegahan perselisihan",
      sat: "orang",
      pj: PJ3,
      ak: 2_500,
      sdl: 1_080,
      t: 500,
      r: 515,
      akRp: 1_150_000_000,
      sdlRp: 462_735_000,
      tRp: 245_000_000,
      rRp: 238_416_000,
    },
  ];
  // planted 1: tingkat capaian Renstra K of the TPT with the R/T formula copied down the column
  const PLANT_C = "p2";
  // planted 2: realisasi Rp of program 2.07.03 typed over its SUM, two digits swapped
  const PLANT_S = "p1";
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const progRp = (id: string, k: (typeof RP_KEYS)[number]) => sum(kids(id).map((x) => x[k]!));
  const typedRp = 1_528_180_500;
  if (progRp(PLANT_S, "rRp") !== 1_582_180_500) throw new Error("rekap: program 2.07.03 realisasi");
  for (const x of rows)
    if (x.parent && (x.rRp! > x.tRp! || x.sdlRp! + x.rRp! > x.akRp!)) throw new Error(`rekap: ${x.id} Rp`);

  const KIN = "Kinerja";
  const KEU = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    n: string[],
    year?: number,
  ) => [
    { key: `${key}K`, head: [head, KIN], role: kRole, year, num: n[0], width: 11 } as Col,
    { key: `${key}Rp`, head: [head, KEU], role: rpRole, year, num: n[1], fmt: RP, width: 17 } as Col,
  ];
  const pct = (key: string, head: string, year: number | undefined, n: string[]) => [
    { key: `${key}K`, head: [head, KIN], role: "capaian", year, num: n[0], fmt: DEC, width: 10 } as Col,
    { key: `${key}Rp`, head: [head, KEU], role: "capaian", year, num: n[1], fmt: DEC, width: 10 } as Col,
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: "(3)", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 9 },
    ...pair("ak", "Target Kinerja dan Anggaran pada Akhir Periode Renstra", "target", "anggaran", [
      "(6)",
      "(7)",
    ]),
    ...pair(
      "sdl",
      "Realisasi Capaian Kinerja dan Anggaran Renstra s.d. Tahun ke-2",
      "realisasi",
      "realisasi-anggaran",
      ["(8)", "(9)"],
      2023,
    ),
    ...pair(
      "t",
      "Target Kinerja dan Anggaran Renja Tahun ke-3",
      "target",
      "anggaran",
      ["(10)", "(11)"],
      2024,
    ),
    ...pair(
      "r",
      "Realisasi Kinerja dan Anggaran Renja Tahun ke-3",
      "realisasi",
      "realisasi-anggaran",
      ["(12)", "(13)"],
      2024,
    ),
    ...pct("cr", "Tingkat Realisasi Renja Tahun ke-3 (%)", 2024, ["(14) = (12)/(10)", "(15) = (13)/(11)"]),
    ...pair(
      "sd",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun ke-3",
      "realisasi",
      "realisasi-anggaran",
      ["(16) = (8)+(12)", "(17) = (9)+(13)"],
      2024,
    ),
    ...pct("cs", "Tingkat Capaian Kinerja dan Anggaran Renstra s.d. Tahun ke-3 (%)", undefined, [
      "(18) = (16)/(6)",
      "(19) = (17)/(7)",
    ]),
    { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: "(20)", width: 26 },
  ];
  const progs = rows.filter((x) => !x.parent);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.parent,
      cells: (c) => {
        const kf = x.level ? DEC : INT;
        const cells: Record<string, Cell> = {
          no: x.parent ? undefined : progs.indexOf(x) + 1,
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          sat: x.sat,
          akK: fmt(x.ak, kf),
          sdlK: fmt(x.sdl, kf),
          tK: fmt(x.t, kf),
          rK: fmt(x.r, kf),
          crK: fx(
            x.neg
              ? `ROUND((2*${c.a("tK")}-${c.a("rK")})/${c.a("tK")}*100,2)`
              : `ROUND(${c.a("rK")}/${c.a("tK")}*100,2)`,
          ),
          crRp: fx(`ROUND(${c.a("rRp")}/${c.a("tRp")}*100,2)`),
          // a level's "s.d." is the latest value; a flow adds the years
          sdK: fx(x.level ? c.a("rK") : `${c.a("sdlK")}+${c.a("rK")}`),
          sdRp: fx(`${c.a("sdlRp")}+${c.a("rRp")}`),
          // the R/T formula copied down, also on the lower-is-better TPT (planted)
          csK: fx(`ROUND(${c.a("sdK")}/${c.a("akK")}*100,2)`),
          csRp: fx(`ROUND(${c.a("sdRp")}/${c.a("akRp")}*100,2)`),
          pj: x.pj,
        };
        if (x.neg && x.id !== PLANT_C)
          cells.csK = fx(`ROUND((2*${c.a("akK")}-${c.a("sdK")})/${c.a("akK")}*100,2)`);
        for (const k of RP_KEYS) {
          if (x.parent) cells[k] = x[k]!;
          else if (x.id === PLANT_S && k === "rRp") cells[k] = typedRp;
          else {
            const ks = kids(x.id);
            cells[k] = fx(`SUM(${c.c(k)}${c.row(ks[0].id)}:${c.c(k)}${c.row(ks[ks.length - 1].id)})`);
          }
        }
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Untuk indikator berupa persentase/tingkat, realisasi s.d. tahun ke-3 adalah capaian tahun ke-3 (bukan penjumlahan).",
    "2. TPT adalah indikator negatif (semakin rendah semakin baik): tingkat capaian dihitung (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 17, {
    tempat: "Pringgadani, 20 Februari 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA", "KOTA PRINGGADANI,"],
    nama: "Drs. AGUS PRASETYO WIRANATA, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690714 199403 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const refl = (T: string, R: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
  const rt = (T: string, R: string) => `ROUND(${R}/${T}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("csK", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: "tingkat capaian Renstra K of the TPT (lower is better, refleksi by the note) is =ROUND(16/6*100,2) = 111.67, the R/T formula copied down; (2 x 4.80 - 5.36) / 4.80 gives 88.33",
    truth: refl(a("akK", PLANT_C), a("sdK", PLANT_C)),
  });
  b.plant({
    at: { sheet: S, cell: a("rRp", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `realisasi Rp tahun ke-3 of program 2.07.03 is a typed ${typedRp.toLocaleString("en")} in a column of SUM formulas; its two kegiatan give ${progRp(PLANT_S, "rRp").toLocaleString("en")}`,
    truth: kids(PLANT_S)
      .map((k) => a("rRp", k.id))
      .join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    const c = (k: string) => a(k, x.id);
    b.ok({
      sheet: S,
      cell: c("crK"),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(c("tK"), c("rK")) : rt(c("tK"), c("rK")),
      trap: x.neg ? rt(c("tK"), c("rK")) : undefined,
    });
    if (x.level)
      b.ok({
        sheet: S,
        cell: c("sdK"),
        rules: ["sum-mismatch", "inconsistent-formula"],
        truth: c("rK"),
        trap: `${c("sdlK")}+${c("rK")}`,
      });
    else b.ok({ sheet: S, cell: c("sdK"), rules: ["sum-mismatch"], truth: `${c("sdlK")}+${c("rK")}` });
    if (x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: c("csK"),
        rules: ["capaian-mismatch"],
        truth: x.neg ? refl(c("akK"), c("sdK")) : rt(c("akK"), c("sdK")),
      });
    // the Rp ratios and s.d. of the planted program follow its typed realisasi
    if (x.id !== PLANT_S) {
      b.ok({
        sheet: S,
        cell: c("crRp"),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: rt(c("tRp"), c("rRp")),
      });
      b.ok({
        sheet: S,
        cell: c("sdRp"),
        rules: ["sum-mismatch"],
        truth: `${c("sdlRp")}+${c("rRp")}`,
        tol: 0.5,
      });
      b.ok({ sheet: S, cell: c("csRp"), rules: ["capaian-mismatch"], truth: rt(c("akRp"), c("sdRp")) });
    }
    if (!x.parent)
      for (const k of RP_KEYS) {
        if (x.id === PLANT_S && k === "rRp") continue;
        b.ok({
          sheet: S,
          cell: c(k),
          rules: ["sum-mismatch"],
          truth: kids(x.id)
            .map((q) => a(k, q.id))
            .join("+"),
          tol: 0.5,
        });
      }
  }
  return b.finish();
}

// ============================ Realisation per triwulan, with cumulative columns (Dinas Pertanahan)

type KmIn = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  kode: string;
  nama: string;
  /** sub kegiatan: pagu and the four quarters, in thousands of rupiah */
  pagu?: number;
  q?: [number, number, number, number];
};

/** Realisasi anggaran per triwulan dan kumulatif TA 2024, Dinas Pertanahan Kabupaten Wanakerta. */
export function kumulatifPertanahan(): BookW {
  const b = new BookW(
    "realisasi-kumulatif-pertanahan-wanakerta.xlsx",
    "budget realisation per triwulan with cumulative columns",
    "budget realisation 2024 of a Dinas Pertanahan in thousands of rupiah: Pagu DPA | Realisasi per Triwulan > TW I..TW IV | Realisasi Kumulatif > s.d. TW II | s.d. TW III | s.d. TW IV | Serapan s.d. TW IV (%) | Sisa Pagu; number row '9 = 5 + 6' .. '13 = 4 - 11'; sub kegiatan typed, kegiatan SUM, programs and JUMLAH '+', cumulative, serapan and sisa formulas",
  );
  const S = "Realisasi TW 2024";
  const s = b.sheet(S);
  s.lines(["PEMERINTAH KABUPATEN WANAKERTA", "DINAS PERTANAHAN", "Jl. Raya Cikaret No. 41 Wanakerta"], 1, {
    bold: true,
  });
  s.gap();
  s.lines([
    "LAPORAN REALISASI ANGGARAN PER TRIWULAN DAN KUMULATIF",
    "TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: KmIn[] = [
    {
      id: "pA",
      kind: "program",
      kode: "2.10.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    },
    {
      id: "kA1",
      kind: "kegiatan",
      parent: "pA",
      kode: "2.10.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
    },
    {
      id: "sA11",
      kind: "sub",
      parent: "kA1",
      kode: "2.10.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      pagu: 4_286_500,
      q: [1_012_346, 1_046_880, 1_058_214, 1_125_932],
    },
    {
      id: "kA2",
      kind: "kegiatan",
      parent: "pA",
      kode: "2.10.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
    },
    {
      id: "sA21",
      kind: "sub",
      parent: "kA2",
      kode: "2.10.01.2.06.0004",
      nama: "Penyediaan Bahan Logistik Kantor",
      pagu: 128_400,
      q: [18_250, 34_610, 31_875, 41_220],
    },
    {
      id: "sA22",
      kind: "sub",
      parent: "kA2",
      kode: "2.10.01.2.06.0005",
      nama: "Penyediaan Barang Cetakan dan Penggandaan",
      pagu: 64_800,
      q: [9_460, 16_320, 14_715, 22_085],
    },
    {
      id: "pB",
      kind: "program",
      kode: "2.10.02",
      nama: "Program Pengadaan Tanah untuk Kepentingan Umum",
    },
    {
      id: "kB1",
      kind: "kegiatan",
      parent: "pB",
      kode: "2.10.02.2.01",
      nama: "Pengadaan Tanah untuk Kepentingan Umum",
    },
    {
      id: "sB11",
      kind: "sub",
      parent: "kB1",
      kode: "2.10.02.2.01.0001",
      nama: "Perencanaan Pengadaan Tanah untuk Kepentingan Umum",
      pagu: 485_000,
      q: [8_650, 103_750, 186_350, 198_600],
    },
    {
      id: "sB12",
      kind: "sub",
      parent: "kB1",
      kode: "2.10.02.2.01.0002",
      nama: "Pelaksanaan Pengadaan Tanah dan Pembayaran Ganti Kerugian",
      pagu: 6_250_000,
      q: [0, 1_875_000, 2_437_500, 1_684_320],
    },
    {
      id: "pC",
      kind: "program",
      kode: "2.10.10",
      nama: "Program Penatagunaan Tanah",
    },
    {
      id: "kC1",
      kind: "kegiatan",
      parent: "pC",
      kode: "2.10.10.2.01",
      nama: "Penatagunaan Tanah dalam Daerah Kabupaten/Kota",
    },
    {
      id: "sC11",
      kind: "sub",
      parent: "kC1",
      kode: "2.10.10.2.01.0001",
      nama: "Penyusunan Neraca Penatagunaan Tanah",
      pagu: 312_000,
      q: [0, 48_600, 118_350, 139_920],
    },
    {
      id: "sC12",
      kind: "sub",
      parent: "kC1",
      kode: "2.10.10.2.01.0002",
      nama: "Pemberian Pertimbangan Teknis Pertanahan",
      pagu: 176_500,
      q: [28_400, 41_850, 46_275, 55_315],
    },
    {
      id: "kC2",
      kind: "kegiatan",
      parent: "pC",
      kode: "2.10.10.2.02",
      nama: "Pengelolaan Sistem Informasi Pertanahan",
    },
    {
      id: "sC21",
      kind: "sub",
      parent: "kC2",
      kode: "2.10.10.2.02.0001",
      nama: "Pengelolaan Basis Data Bidang Tanah Aset Pemerintah Daerah",
      pagu: 248_000,
      q: [22_500, 61_250, 74_800, 80_640],
    },
  ];
  // planted 1: a sub kegiatan realised above its pagu (497,350 of 485,000)
  const PLANT_O = "sB11";
  // planted 2: kegiatan 2.10.10.2.01 TW III typed over its SUM, two digits swapped
  const PLANT_S = "kC1";
  const PLANT_S_VAL = 146_625;
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const subs = rows.filter((x) => x.kind === "sub");
  const progs = rows.filter((x) => x.kind === "program");
  const spent = (x: KmIn) => sum(x.q!);
  /** the true amount of a row in a column (money columns only) */
  const val = (x: KmIn, k: string): number => {
    if (x.kind !== "sub") return sum(kids(x.id).map((q) => val(q, k)));
    if (k === "pagu") return x.pagu!;
    const n = k === "k2" ? 2 : k === "k3" ? 3 : k === "k4" ? 4 : 0;
    return n ? sum(x.q!.slice(0, n)) : x.q![Number(k.slice(1)) - 1];
  };
  for (const x of subs)
    if (spent(x) > x.pagu! !== (x.id === PLANT_O)) throw new Error(`kumulatif: ${x.id} against its pagu`);
  for (const k of rows.filter((x) => x.kind === "kegiatan"))
    if (sum(kids(k.id).map(spent)) > sum(kids(k.id).map((x) => x.pagu!)))
      throw new Error(`kumulatif: ${k.id}`);
  const c3 = sum(kids(PLANT_S).map((x) => x.q![2]));
  if (c3 !== 164_625) throw new Error(`kumulatif: TW III of ${PLANT_S} is ${c3}`);
  const TW = "Realisasi per Triwulan";
  const KM = "Realisasi Kumulatif";
  const money = (key: string, head: string[], role: Col["role"], num: string | number): Col => ({
    key,
    head,
    role,
    year: 2024,
    num,
    fmt: RP,
    width: 14,
  });
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 40 },
    money("pagu", ["Pagu DPA"], "anggaran", 4),
    money("q1", [TW, "TW I"], "realisasi-anggaran", 5),
    money("q2", [TW, "TW II"], "realisasi-anggaran", 6),
    money("q3", [TW, "TW III"], "realisasi-anggaran", 7),
    money("q4", [TW, "TW IV"], "realisasi-anggaran", 8),
    money("k2", [KM, "s.d. TW II"], "realisasi-anggaran", "9 = 5 + 6"),
    money("k3", [KM, "s.d. TW III"], "realisasi-anggaran", "10 = 9 + 7"),
    money("k4", [KM, "s.d. TW IV"], "realisasi-anggaran", "11 = 10 + 8"),
    {
      key: "ser",
      head: ["Serapan s.d. TW IV (%)"],
      role: "capaian",
      year: 2024,
      num: "12 = 11 / 4 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "sisa", head: ["Sisa Pagu"], num: "13 = 4 - 11", fmt: RP, width: 13 },
  ];
  const MONEY = ["pagu", "q1", "q2", "q3", "q4", "k2", "k3", "k4"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.kind !== "sub",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.kind === "program" ? progs.indexOf(x) + 1 : undefined,
            kode: x.kode,
            nama: x.nama,
            ser: fx(`ROUND(${c.a("k4")}/${c.a("pagu")}*100,2)`),
            sisa: fx(`${c.a("pagu")}-${c.a("k4")}`),
          };
          if (x.kind === "sub") {
            cells.pagu = x.pagu!;
            x.q!.forEach((v, i) => (cells[`q${i + 1}`] = v));
            cells.k2 = fx(`${c.a("q1")}+${c.a("q2")}`);
            cells.k3 = fx(`${c.a("k2")}+${c.a("q3")}`);
            cells.k4 = fx(`${c.a("k3")}+${c.a("q4")}`);
          } else {
            const ks = kids(x.id);
            for (const k of MONEY)
              cells[k] =
                x.kind === "kegiatan"
                  ? fx(`SUM(${c.c(k)}${c.row(ks[0].id)}:${c.c(k)}${c.row(ks[ks.length - 1].id)})`)
                  : fx(ks.map((q) => `${c.c(k)}${c.row(q.id)}`).join("+"));
            if (x.id === PLANT_S) cells.q3 = PLANT_S_VAL;
          }
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: "JUMLAH",
            ser: fx(`ROUND(${c.a("k4")}/${c.a("pagu")}*100,2)`),
            sisa: fx(`${c.a("pagu")}-${c.a("k4")}`),
          };
          for (const k of MONEY) cells[k] = fx(progs.map((p) => `${c.c(k)}${c.row(p.id)}`).join("+"));
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: realisasi Triwulan I pelaksanaan pengadaan tanah nihil karena penetapan lokasi baru terbit pada bulan Mei 2024.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Wanakerta, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANAHAN", "KABUPATEN WANAKERTA,"],
    nama: "H. ENDANG SUHENDAR, S.H., M.Kn.",
    pangkat: "Pembina Tingkat I",
    nip: "19740208 199903 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const o = rows.find((x) => x.id === PLANT_O)!;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("ser", PLANT_O) },
        { sheet: S, cell: a("k4", PLANT_O) },
        { sheet: S, cell: a("sisa", PLANT_O) },
      ],
    },
    rules: ["serapan-over-100"],
    note: `Perencanaan Pengadaan Tanah is realised ${spent(o).toLocaleString("en")} (Rp 000) s.d. TW IV against a pagu of ${o.pagu!.toLocaleString("en")}: serapan 102.55 %, sisa -12,350`,
    // the realisation must not exceed the pagu
    truth: a("pagu", PLANT_O),
    actual: a("k4", PLANT_O),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("q3", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `TW III of kegiatan 2.10.10.2.01 is a typed ${PLANT_S_VAL.toLocaleString("en")} in a column of SUM formulas; its sub kegiatan give ${c3.toLocaleString("en")} (and s.d. TW II + TW III gives its s.d. TW III only with ${c3.toLocaleString("en")})`,
    truth: kids(PLANT_S)
      .map((q) => a("q3", q.id))
      .join("+"),
    tol: 0.5,
  });
  // the TW III of program 2.10.10 and of JUMLAH add the typed kegiatan, and the s.d. TW III of those
  // three rows no longer equals s.d. TW II + TW III as written: they follow the plant
  const follows = new Set([`${PLANT_S}.q3`, "pC.q3", "j.q3"]);
  const all = [...rows.map((x) => x.id), "j"];
  for (const id of all) {
    const x = rows.find((q) => q.id === id);
    const c = (k: string) => a(k, id);
    if (id !== PLANT_O)
      b.ok({
        sheet: S,
        cell: c("ser"),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${c("k4")}/${c("pagu")}*100,2)`,
      });
    const parts = id === "j" ? progs : kids(id);
    for (const k of MONEY) {
      if (follows.has(`${id}.${k}`)) continue;
      if (x?.kind === "sub") {
        if (k === "k2")
          b.ok({ sheet: S, cell: c(k), rules: ["sum-mismatch"], truth: `${c("q1")}+${c("q2")}` });
        if (k === "k3")
          b.ok({ sheet: S, cell: c(k), rules: ["sum-mismatch"], truth: `${c("k2")}+${c("q3")}` });
        if (k === "k4")
          b.ok({ sheet: S, cell: c(k), rules: ["sum-mismatch"], truth: `${c("k3")}+${c("q4")}` });
        continue;
      }
      if (k === "k3" && ["kC1", "pC", "j"].includes(id)) continue;
      const nested = [...parts, ...parts.flatMap((q) => kids(q.id))];
      b.ok({
        sheet: S,
        cell: c(k),
        rules: ["sum-mismatch"],
        truth: parts.map((q) => a(k, q.id)).join("+"),
        // a program adds its kegiatan, JUMLAH its programs: not every row beneath (where that differs)
        trap:
          x?.kind === "kegiatan" || sum(parts.map((q) => val(q, k))) === 0
            ? undefined
            : nested.map((q) => a(k, q.id)).join("+"),
        tol: 0.5,
      });
    }
  }
  return b.finish();
}
