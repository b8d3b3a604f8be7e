// A Renja evaluation (E.81) of a Dinas Perikanan for 2024 with the four quarters in K and Rp: the
// Satuan added as column "4a", "Kinerja" / "Anggaran (Rp)" under every numbered column, the number
// row merged over the pairs with the form's identities, program K typed as levels and program Rp as
// sums of their kegiatan, kegiatan K counted per quarter. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { d2, rp } from "./util";

type EvIn = {
  id: string;
  lvl: "prog" | "keg";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  /** K: target Renstra akhir, realisasi s.d. 2023, target Renja 2024, the four quarters */
  k: [number, number, number, number[]];
  /** a level (rate, stock): the year is Triwulan IV, s.d. 2024 the latest level */
  level?: boolean;
  /** kegiatan Rp: target Renstra akhir, realisasi s.d. 2023, pagu Renja 2024, the four quarters */
  rp?: [number, number, number, number[]];
  of?: string[];
  pj: string;
  f: string;
};

/** E.81 Evaluasi Renja 2024 s.d. Triwulan IV, Dinas Perikanan Kabupaten Gunungtalang. */
export function e81Perikanan(): BookW {
  const b = new BookW(
    "e81-kinerja-anggaran-diskan-gunungtalang.xlsx",
    "E.81 Renja evaluation with quarters (Dinas Perikanan)",
    "E.81 s.d. Triwulan IV 2024 of a Dinas Perikanan: No | Kode | Urusan / Bidang Urusan / Program / Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Satuan (numbered 4a) | columns 5 .. 14 each 'Kinerja' | 'Anggaran (Rp)' (Target Renstra akhir, Realisasi s.d. Renja 2023, Target Renja 2024, 'Realisasi Kinerja dan Anggaran pada Triwulan' > I .. IV, Realisasi Renja 2024, Realisasi Renstra s.d. 2024, Tingkat Capaian (%)) | Unit PD Penanggung Jawab; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6+12', '14 = 13/5 x 100'; program K levels (year = Triwulan IV), kegiatan K counts (year = sum); program Rp = SUM of kegiatan; footer rata-rata and predikat",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNGTALANG",
    "DINAS PERIKANAN",
    "Jl. Dermaga Lama No. 4, Gunungtalang",
  ]);
  s.lines(
    [
      "EVALUASI TERHADAP HASIL RENCANA KERJA (RENJA) PERANGKAT DAERAH",
      "DINAS PERIKANAN KABUPATEN GUNUNGTALANG",
      "PERIODE PELAKSANAAN: TRIWULAN IV TAHUN 2024",
      "Indikator dan Target Kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD: meningkatnya produksi dan nilai tambah hasil perikanan",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const PT = "Bidang Perikanan Tangkap";
  const PB = "Bidang Perikanan Budidaya";
  const PP = "Bidang Pengolahan dan Pemasaran Hasil Perikanan";
  const rows: EvIn[] = [
    {
      id: "p1",
      lvl: "prog",
      kode: "3.25.03",
      nama: "Program Pengelolaan Perikanan Tangkap",
      ind: "Persentase nelayan kecil yang terlindungi asuransi nelayan",
      sat: "%",
      k: [60, 41.5, 48, [42, 44.3, 46.1, 48.6]],
      level: true,
      of: ["k1", "k2"],
      pj: PT,
      f: DEC,
    },
    {
      id: "k1",
      lvl: "keg",
      kode: "3.25.03.2.02",
      nama: "Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota",
      ind: "Jumlah nelayan kecil yang difasilitasi premi asuransi nelayan",
      sat: "orang",
      k: [2_500, 1_420, 520, [0, 180, 210, 145]],
      rp: [3_850_000_000, 2_187_450_000, 812_500_000, [96_250_000, 248_380_000, 215_640_000, 226_905_000]],
      pj: PT,
      f: "#,##0",
    },
    {
      id: "k2",
      lvl: "keg",
      kode: "3.25.03.2.03",
      nama: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan (TPI)",
      ind: "Jumlah TPI yang dikelola sesuai standar",
      sat: "unit",
      k: [4, 2, 3, [2, 2, 3, 3]],
      level: true,
      rp: [2_460_000_000, 1_352_870_000, 545_000_000, [62_400_000, 138_750_000, 171_260_000, 152_915_000]],
      pj: PT,
      f: "0",
    },
    {
      id: "p2",
      lvl: "prog",
      kode: "3.25.04",
      nama: "Program Pengelolaan Perikanan Budidaya",
      ind: "Produktivitas budidaya ikan air tawar (kolam)",
      sat: "ton/ha",
      k: [6.8, 5.9, 6.2, [5.95, 6.02, 6.14, 6.25]],
      level: true,
      of: ["k3", "k4"],
      pj: PB,
      f: DEC,
    },
    {
      id: "k3",
      lvl: "keg",
      kode: "3.25.04.2.01",
      nama: "Pemberdayaan Pembudi Daya Ikan Kecil",
      ind: "Jumlah pembudi daya ikan kecil yang menerima bantuan benih dan pakan",
      sat: "orang",
      k: [3_000, 1_860, 600, [120, 210, 160, 95]],
      rp: [4_275_000_000, 2_418_600_000, 935_750_000, [118_200_000, 284_650_000, 301_475_000, 208_930_000]],
      pj: PB,
      f: "#,##0",
    },
    {
      id: "k4",
      lvl: "keg",
      kode: "3.25.04.2.02",
      nama: "Pengelolaan Pembudidayaan Ikan",
      ind: "Jumlah benih ikan yang didistribusikan kepada pembudi daya",
      sat: "juta ekor",
      k: [12.5, 7.2, 2.6, [0.4, 0.9, 0.8, 0.55]],
      rp: [3_120_000_000, 1_806_240_000, 676_400_000, [84_150_000, 196_720_000, 215_300_000, 161_885_000]],
      pj: PB,
      f: DEC,
    },
    {
      id: "p3",
      lvl: "prog",
      kode: "3.25.06",
      nama: "Program Pengolahan dan Pemasaran Hasil Perikanan",
      ind: "Persentase unit pengolahan ikan skala mikro dan kecil yang bersertifikat kelayakan pengolahan (SKP)",
      sat: "%",
      k: [65, 50, 56, [50, 52, 55, 57.5]],
      level: true,
      of: ["k5", "k6"],
      pj: PP,
      f: DEC,
    },
    {
      id: "k5",
      lvl: "keg",
      kode: "3.25.06.2.01",
      nama: "Penerbitan Sertifikat Kelayakan Pengolahan (SKP) untuk Usaha Pengolahan Ikan Skala Mikro dan Kecil",
      ind: "Jumlah unit pengolahan ikan yang diterbitkan SKP",
      sat: "unit",
      k: [120, 62, 20, [0, 6, 8, 7]],
      rp: [1_180_000_000, 641_320_000, 248_600_000, [18_400_000, 72_350_000, 86_120_000, 60_180_000]],
      pj: PP,
      f: "0",
    },
    {
      id: "k6",
      lvl: "keg",
      kode: "3.25.06.2.02",
      nama: "Pembinaan Mutu dan Keamanan Hasil Perikanan bagi Usaha Pengolahan dan Pemasaran Skala Mikro dan Kecil",
      ind: "Jumlah pelaku usaha pengolahan dan pemasaran hasil perikanan yang dibina",
      sat: "orang",
      k: [900, 540, 180, [40, 55, 60, 35]],
      rp: [1_545_000_000, 872_615_000, 326_250_000, [41_700_000, 95_480_000, 104_260_000, 76_945_000]],
      pj: PP,
      f: "#,##0",
    },
  ];
  // planted 1: col 12 Rp of kegiatan 3.25.04.2.01 typed 931,255,000 among formulas; the quarters give 913,255,000
  const PLANT_12 = { id: "k3", v: 931_255_000 };
  // planted 2: col 14 Rp of kegiatan 3.25.06.2.02 with a stale cached result (the Triwulan III figure)
  const PLANT_14 = { id: "k6", v: 70.19 };
  const byId = new Map(rows.map((x) => [x.id, x]));
  const rpOf = (id: string): [number, number, number, number[]] => {
    const x = byId.get(id)!;
    if (x.rp) return x.rp;
    const parts = x.of!.map(rpOf);
    return [
      sum(parts.map((p) => p[0])),
      sum(parts.map((p) => p[1])),
      sum(parts.map((p) => p[2])),
      [0, 1, 2, 3].map((q) => sum(parts.map((p) => p[3][q]))),
    ];
  };

  const K = "Kinerja";
  const RPH = "Anggaran (Rp)";
  const y = 2024;
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
    fk?: string,
  ): Col[] => [
    { key: `k${key}`, head: [...head, K], role: kRole, year, num, fmt: fk, width: 10 },
    { key: `rp${key}`, head: [...head, RPH], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja dan Anggaran pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: 4,
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair(
      "5",
      ["Target Renstra Perangkat Daerah pada Akhir Periode Renstra (2026)"],
      "5",
      "target",
      "anggaran",
    ),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja dan Anggaran Renstra s.d. Renja Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      y,
    ),
    ...["I", "II", "III", "IV"].flatMap((tw, i) =>
      pair(`q${i}`, [TW, tw], String(8 + i), "realisasi", "realisasi-anggaran", y),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      y,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "13 = 6+12",
      "realisasi",
      "realisasi-anggaran",
      y,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
      undefined,
      DEC,
    ),
    {
      key: "pj",
      head: ["Unit Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: 15,
      width: 22,
    },
  ];
  // K14 and Rp14 print two decimals
  cols.find((c) => c.key === "rp14")!.fmt = DEC;
  const Q = [0, 1, 2, 3];
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "u",
        bold: true,
        cells: { kode: "3.25", nama: "URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN" },
      },
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lvl === "prog",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.lvl === "prog" ? ++no : undefined,
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            sat: x.sat,
            pj: x.pj,
          };
          cells.k5 = fmt(x.k[0], x.f);
          cells.k6 = fmt(x.k[1], x.f);
          cells.k7 = fmt(x.k[2], x.f);
          Q.forEach((q) => (cells[`kq${q}`] = fmt(x.k[3][q], x.f)));
          cells.k12 = x.level ? fx(c.a("kq3")) : fx(Q.map((q) => c.a(`kq${q}`)).join("+"));
          cells.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
          cells.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          const money = ["rp5", "rp6", "rp7", ...Q.map((q) => `rpq${q}`)];
          money.forEach((k, i) => {
            if (x.of) cells[k] = fx(x.of.map((o) => c.a(k, o)).join("+"));
            else cells[k] = i < 3 ? (x.rp![i] as number) : x.rp![3][i - 3];
          });
          cells.rp12 =
            x.id === PLANT_12.id ? PLANT_12.v : fx(`SUM(${Q.map((q) => c.a(`rpq${q}`)).join(",")})`);
          cells.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
          cells.rp14 = fx(
            `ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`,
            x.id === PLANT_14.id ? PLANT_14.v : undefined,
          );
          return cells;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "rpq3"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "p1")}:${c.a("k14", "k6")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "p1")}:${c.a("rp14", "k6")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "rpq3"],
        cells: () => {
          const k14 = (x: EvIn) => {
            const k13 = x.level ? x.k[3][3] : x.k[1] + sum(x.k[3]);
            return round((k13 / x.k[0]) * 100);
          };
          const r14 = (x: EvIn) => {
            if (x.id === PLANT_14.id) return PLANT_14.v;
            const m = rpOf(x.id);
            const r12 = x.id === PLANT_12.id ? PLANT_12.v : sum(m[3]);
            return round(((m[1] + r12) / m[0]) * 100);
          };
          return {
            no: "Predikat kinerja",
            k14: predikat(round(sum(rows.map(k14)) / rows.length)),
            rp14: predikat(round(sum(rows.map(r14)) / rows.length)),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Indikator program (persentase, produktivitas) dan jumlah TPI sesuai standar merupakan nilai kondisi: realisasi tahun 2024 = kondisi Triwulan IV, realisasi s.d. 2024 = kondisi terakhir.",
    "2. Indikator kegiatan lainnya merupakan jumlah per triwulan: realisasi tahun 2024 = jumlah empat triwulan, realisasi s.d. 2024 = realisasi s.d. 2023 + realisasi 2024.",
    "3. Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
    "Faktor pendorong: dukungan premi asuransi nelayan dari Kementerian Kelautan dan Perikanan.",
    "Faktor penghambat: cuaca ekstrem pada Triwulan IV menurunkan hari melaut.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Gunungtalang, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERIKANAN", "KABUPATEN GUNUNGTALANG,"],
    nama: "Ir. SUGENG PRAYITNO HADI, M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19740802 200003 1 005",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const k3 = rpOf("k3");
  b.plant({
    at: { sheet: S, cell: a("rp12", PLANT_12.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Realisasi anggaran Renja 2024 (col 12 Rp) of kegiatan 3.25.04.2.01 is a typed ${rp(PLANT_12.v)} among SUM formulas; its four quarters give ${rp(sum(k3[3]))} (two digits swapped)`,
    truth: Q.map((q) => a(`rpq${q}`, PLANT_12.id)).join("+"),
    tol: 0.5,
  });
  const k6 = rpOf("k6");
  b.plant({
    at: { sheet: S, cell: a("rp14", PLANT_14.id) },
    rules: ["capaian-mismatch"],
    note: `Col 14 Rp of kegiatan 3.25.06.2.02 is =ROUND(13/5*100,2) with a stale cached result of ${d2(PLANT_14.v)}; (${rp(k6[1])} + ${rp(sum(k6[3]))}) / ${rp(k6[0])} gives ${d2(((k6[1] + sum(k6[3])) / k6[0]) * 100)}`,
    truth: `ROUND(${a("rp13", PLANT_14.id)}/${a("rp5", PLANT_14.id)}*100,2)`,
  });
  for (const x of rows) {
    const qk = Q.map((q) => a(`kq${q}`, x.id)).join("+");
    if (x.level) {
      // a level's year is the Triwulan IV value, not the quarters added up
      b.ok({ sheet: S, cell: a("k12", x.id), rules: ["sum-mismatch"], truth: a("kq3", x.id), trap: qk });
      // and s.d. 2024 is the latest level, not 6 + 12
      b.ok({
        sheet: S,
        cell: a("k13", x.id),
        rules: ["sum-mismatch"],
        truth: a("k12", x.id),
        trap: `${a("k6", x.id)}+${a("k12", x.id)}`,
      });
    } else {
      b.ok({ sheet: S, cell: a("k12", x.id), rules: ["sum-mismatch"], truth: qk });
      b.ok({
        sheet: S,
        cell: a("k13", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("k6", x.id)}+${a("k12", x.id)}`,
      });
    }
    b.ok({
      sheet: S,
      cell: a("k14", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", x.id)}/${a("k5", x.id)}*100,2)`,
    });
    if (x.id !== PLANT_12.id) {
      b.ok({
        sheet: S,
        cell: a("rp12", x.id),
        rules: ["sum-mismatch", "hardcoded-value"],
        truth: Q.map((q) => a(`rpq${q}`, x.id)).join("+"),
        tol: 0.5,
      });
      b.ok({
        sheet: S,
        cell: a("rp13", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("rp6", x.id)}+${a("rp12", x.id)}`,
        tol: 0.5,
      });
      if (x.id !== PLANT_14.id)
        b.ok({
          sheet: S,
          cell: a("rp14", x.id),
          rules: ["capaian-mismatch"],
          truth: `ROUND(${a("rp13", x.id)}/${a("rp5", x.id)}*100,2)`,
        });
    }
    if (x.of)
      for (const k of ["rp5", "rp6", "rp7", ...Q.map((q) => `rpq${q}`)])
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: x.of.map((o) => a(k, o)).join("+"),
          tol: 0.5,
        });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}
