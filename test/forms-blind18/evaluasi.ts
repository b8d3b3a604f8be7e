// Two evaluation forms: an E.79 evaluation of the RKPD 2024 by the Bappeda of a Papuan kabupaten
// (programs of two bidang urusan, K | Rp over every numbered column, Rp in thousands, a malaria API
// that is lower is better), and a T-C.29 recap of the Renja 2024 and the Renstra 2021-2026 of a Dinas
// PUPR in Nusa Tenggara ("Kin." | "Keu. (Rp)", a second indicator without code). Every office,
// person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { plus, refl, round, rt, sum } from "./common";

// ================================================ E.79 RKPD 2024, Bapperida Kabupaten Teluk Sowari

type E79In = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  /** level (a rate: the year is the Triwulan IV value) or flow (the quarters add up) */
  level: boolean;
  neg?: boolean;
  /** K: target akhir, s.d. 2023, target 2024, quarters */
  k: [number, number, number, number[]];
  /** Rp (thousands): target akhir, s.d. 2023, pagu 2024, quarters */
  rp: [number, number, number, number[]];
  pd: string;
  /** the yearly and s.d. K of a level typed instead of a formula */
  typed?: boolean;
};

/** E.79 evaluation of the RKPD 2024 of Kabupaten Teluk Sowari (Papua Barat Daya). */
export function e79Sowari(): BookW {
  const b = new BookW(
    "e79-malaria-bapperida-teluksowari.xlsx",
    "E.79 RKPD evaluation",
    "E.79 RKPD 2024 s.d. Triwulan IV (Bapperida): No | Kode | Urusan / Bidang Urusan / Program Prioritas Daerah | Indikator Kinerja Program (Outcome) | Satuan | six groups over K | Rp (target akhir RPJMD 2026, realisasi s.d. 2023, RKPD 2024, Triwulan I .. IV under one merged heading, realisasi 2024, realisasi RPJMD s.d. 2024, tingkat capaian) | Perangkat Daerah Penanggung Jawab; 'pairs' number row 1 .. 16 with the identities; Rp in thousands; urusan and bidang section rows; levels with their Triwulan IV value typed or as '=TW IV', flows as sums; malaria API lower is better (refleksi); JUMLAH, Rata-rata and Predikat rows",
  );
  const S = "Evaluasi RKPD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TELUK SOWARI",
    "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
    "Jl. Trikora Sowari No. 9, Sowari - Papua Barat Daya",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENCANA KERJA PEMERINTAH DAERAH (RKPD) KABUPATEN TELUK SOWARI",
    "Tahun Pelaksanaan 2024 (Periode Triwulan IV)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const progs: E79In[] = [
    {
      id: "p1",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Annual Parasite Incidence (API) malaria",
      sat: "per 1.000 penduduk",
      level: true,
      neg: true,
      typed: true,
      k: [45, 58.6, 52, [57.1, 55.4, 53.8, 52.9]],
      rp: [186_500_000, 101_245_380, 38_750_000, [6_120_450, 9_874_300, 10_215_600, 11_402_150]],
      pd: "Dinas Kesehatan",
    },
    {
      id: "p2",
      kode: "1.02.03",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      ind: "Persentase puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar",
      sat: "%",
      level: true,
      k: [85, 62.5, 70, [63, 65, 68.75, 71.25]],
      rp: [42_600_000, 23_184_920, 8_950_000, [1_245_800, 2_316_450, 2_480_900, 2_611_350]],
      pd: "Dinas Kesehatan",
    },
    {
      id: "p4",
      kode: "1.03.03",
      nama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      level: true,
      typed: true,
      k: [78, 66.3, 70.5, [66.3, 67.1, 68.9, 70.8]],
      rp: [96_400_000, 51_236_700, 21_300_000, [2_104_600, 5_318_250, 6_472_900, 6_880_750]],
      pd: "Dinas Pekerjaan Umum dan Penataan Ruang",
    },
    {
      id: "p3",
      kode: "1.03.10",
      nama: "Program Penyelenggaraan Jalan",
      ind: "Panjang jalan kabupaten yang dibangun/ditingkatkan",
      sat: "km",
      level: false,
      k: [120, 61.4, 24, [0, 3.2, 8.5, 11.1]],
      rp: [412_800_000, 228_415_600, 86_500_000, [4_215_000, 18_640_250, 27_905_400, 31_822_700]],
      pd: "Dinas Pekerjaan Umum dan Penataan Ruang",
    },
  ];
  // planted 1: realisasi 2024 Rp of the Penyelenggaraan Jalan typed among formulas, two digits swapped
  const PLANT_RP = { id: "p3", v: 82_853_350 };
  // planted 2: tingkat capaian RPJMD K of the SDM kesehatan with the s.d. Triwulan III result cached
  const PLANT_STALE = { id: "p2", v: 80.88 };

  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string[],
    kr: Col["role"],
    rr: Col["role"],
    num: string,
    year?: number,
  ) => [
    { key: `k${key}`, head: [...head, "K"], role: kr, year, num, fmt: DEC, width: 9 } as Col,
    { key: `rp${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: RP, width: 14 } as Col,
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 10 },
    { key: "nama", head: ["Urusan / Bidang Urusan / Program Prioritas Daerah"], num: "3", width: 36 },
    { key: "ind", head: ["Indikator Kinerja Program (Outcome)"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 11 },
    ...pair("5", ["Target Capaian Kinerja RPJMD pada Akhir Periode (2026)"], "target", "anggaran", "6"),
    ...pair("6", ["Realisasi Capaian s.d. Tahun Lalu (2023)"], "realisasi", "realisasi-anggaran", "7", 2023),
    ...pair("7", ["Target Kinerja dan Anggaran RKPD Tahun Berjalan (2024)"], "target", "anggaran", "8", 2024),
    ...Q.flatMap((q, i): Col[] => [
      {
        key: `q${i}k`,
        head: ["Realisasi Kinerja dan Anggaran RKPD pada Triwulan", q, "K"],
        role: "realisasi",
        year: 2024,
        num: String(9 + i),
        fmt: DEC,
        width: 9,
      },
      {
        key: `q${i}rp`,
        head: ["Realisasi Kinerja dan Anggaran RKPD pada Triwulan", q, "Rp"],
        role: "realisasi-anggaran",
        year: 2024,
        num: String(9 + i),
        fmt: RP,
        width: 13,
      },
    ]),
    ...pair(
      "12",
      ["Capaian Kinerja dan Realisasi Anggaran RKPD Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      "13 = 9+10+11+12",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran RPJMD s.d. Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      "14 = 7 + 13",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s.d. Tahun 2024 (%)", "K"],
      role: "capaian",
      num: "15 = 14 / 6 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s.d. Tahun 2024 (%)", "Rp"],
      role: "capaian",
      num: "15 = 14 / 6 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "pd",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "16",
      width: 24,
    },
  ];
  const qk = [0, 1, 2, 3].map((i) => `q${i}k`);
  const qrp = [0, 1, 2, 3].map((i) => `q${i}rp`);
  const progRow = (x: E79In, no: number): Row => ({
    id: x.id,
    cells: (c) => {
      const cells: Record<string, Cell> = {
        no,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        k5: x.k[0],
        rp5: x.rp[0],
        k6: x.k[1],
        rp6: x.rp[1],
        k7: x.k[2],
        rp7: x.rp[2],
        pd: x.pd,
      };
      x.k[3].forEach((v, i) => (cells[`q${i}k`] = v));
      x.rp[3].forEach((v, i) => (cells[`q${i}rp`] = v));
      if (!x.level) cells.k12 = fx(plus(qk.map((k) => c.a(k))));
      else cells.k12 = x.typed ? x.k[3][3] : fx(c.a("q3k"));
      cells.rp12 = x.id === PLANT_RP.id ? PLANT_RP.v : fx(plus(qrp.map((k) => c.a(k))));
      if (!x.level) cells.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      else cells.k13 = x.typed ? x.k[3][3] : fx(c.a("k12"));
      cells.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      const f = x.neg ? refl(c.a("k13"), c.a("k5")) : rt(c.a("k13"), c.a("k5"));
      cells.k14 = x.id === PLANT_STALE.id ? fx(f, PLANT_STALE.v) : fx(f);
      cells.rp14 = fx(rt(c.a("rp13"), c.a("rp5")));
      return cells;
    },
  });
  const [p1, p2, p4, p3] = progs;
  const body: Row[] = [
    {
      id: "u1",
      bold: true,
      cells: { kode: "1", nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
    },
    { id: "b102", bold: true, cells: { kode: "1.02", nama: "BIDANG URUSAN KESEHATAN" } },
    progRow(p1, 1),
    progRow(p2, 2),
    {
      id: "b103",
      bold: true,
      cells: { kode: "1.03", nama: "BIDANG URUSAN PEKERJAAN UMUM DAN PENATAAN RUANG" },
    },
    progRow(p4, 3),
    progRow(p3, 4),
  ];
  const RPS = ["rp5", "rp6", "rp7", ...qrp, "rp12", "rp13"];
  body.push({
    id: "jml",
    bold: true,
    cells: (c) => {
      const cells: Record<string, Cell> = { nama: "JUMLAH" };
      for (const k of RPS) cells[k] = fx(plus(progs.map((x) => c.a(k, x.id))));
      cells.rp14 = fx(rt(c.a("rp13"), c.a("rp5")));
      return cells;
    },
  });
  body.push({
    id: "rata",
    bold: true,
    cells: (c) => ({
      nama: "Rata-rata Tingkat Capaian (%)",
      k14: fx(`ROUND(AVERAGE(${c.a("k14", "p1")}:${c.a("k14", "p3")}),2)`),
      rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "p1")}:${c.a("rp14", "p3")}),2)`),
    }),
  });
  // the true capaian; the typed predikat follow the cached averages (both hold with the true values too)
  const k14 = (x: E79In) => {
    const last = x.level ? x.k[3][3] : x.k[1] + sum(x.k[3]);
    return round(x.neg ? ((2 * x.k[0] - last) / x.k[0]) * 100 : (last / x.k[0]) * 100);
  };
  const rp14 = (x: E79In) =>
    round(((x.rp[1] + (x.id === PLANT_RP.id ? PLANT_RP.v : sum(x.rp[3]))) / x.rp[0]) * 100);
  const avgK = round(
    sum(progs.map((x) => (x.id === PLANT_STALE.id ? PLANT_STALE.v : k14(x)))) / progs.length,
  );
  const avgRp = round(sum(progs.map(rp14)) / progs.length);
  body.push({
    id: "pred",
    bold: true,
    cells: { nama: "Predikat Kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Catatan:",
    "1. API malaria berpolaritas negatif (semakin kecil semakin baik): tingkat capaian = (2 x target - realisasi) / target x 100.",
    "2. Indikator persentase dan API merupakan nilai tingkat: realisasi tahun 2024 = nilai Triwulan IV; realisasi s.d. 2024 = nilai terakhir.",
    "3. Predikat: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sowari, 27 Februari 2025",
    jabatan: ["KEPALA BAPPERIDA", "KABUPATEN TELUK SOWARI,"],
    nama: "YOHANIS K. RUMAROPEN, S.T., M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19750814 200212 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", PLANT_RP.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "realisasi RKPD 2024 Rp of the Program Penyelenggaraan Jalan is a typed 82,853,350 among formulas; the four quarters give 82,583,350 (two digits swapped)",
    truth: plus(qrp.map((k) => a(k, PLANT_RP.id))),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", PLANT_STALE.id) },
    rules: ["capaian-mismatch"],
    note: `tingkat capaian RPJMD K of the puskesmas with nine kinds of health workers is =${rt(a("k13", PLANT_STALE.id), a("k5", PLANT_STALE.id))} with a stale cached 80.88 (68.75, the Triwulan III level, / 85); 71.25 / 85.00 gives 83.82`,
    truth: rt(a("k13", PLANT_STALE.id), a("k5", PLANT_STALE.id)),
  });
  for (const x of progs) {
    const qs = plus(qk.map((k) => a(k, x.id)));
    if (x.level) {
      b.ok({
        sheet: S,
        cell: a("k12", x.id),
        rules: x.typed ? ["sum-mismatch", "hardcoded-value"] : ["sum-mismatch"],
        truth: a("q3k", x.id),
        trap: qs,
      });
      b.ok({
        sheet: S,
        cell: a("k13", x.id),
        rules: x.typed ? ["sum-mismatch", "hardcoded-value"] : ["sum-mismatch"],
        truth: a("k12", x.id),
        trap: `${a("k6", x.id)}+${a("k12", x.id)}`,
      });
    } else {
      b.ok({ sheet: S, cell: a("k12", x.id), rules: ["sum-mismatch"], truth: qs });
      b.ok({
        sheet: S,
        cell: a("k13", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("k6", x.id)}+${a("k12", x.id)}`,
      });
    }
    if (x.id !== PLANT_STALE.id)
      b.ok({
        sheet: S,
        cell: a("k14", x.id),
        rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
        truth: x.neg ? refl(a("k13", x.id), a("k5", x.id)) : rt(a("k13", x.id), a("k5", x.id)),
        trap: x.neg ? rt(a("k13", x.id), a("k5", x.id)) : undefined,
      });
    if (x.id === PLANT_RP.id) continue;
    b.ok({
      sheet: S,
      cell: a("rp12", x.id),
      rules: ["sum-mismatch"],
      truth: plus(qrp.map((k) => a(k, x.id))),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", x.id)}+${a("rp12", x.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", x.id),
      rules: ["capaian-mismatch"],
      truth: rt(a("rp13", x.id), a("rp5", x.id)),
    });
  }
  for (const k of ["rp5", "rp6", "rp7", ...qrp])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: plus(progs.map((x) => a(k, x.id))) });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "rata")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "rata")})`,
  });
  return b.finish();
}

// ================================================= T-C.29 Dinas PUPR Kabupaten Lewo Tanah (NTT)

type T29In = {
  id: string;
  lvl: "p" | "k" | "i";
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  level?: boolean;
  /** K: target akhir, s.d. 2023, target 2024, realisasi 2024 */
  k: [number, number, number, number];
  /** kegiatan Rp: target akhir, s.d. 2023, pagu 2024, realisasi 2024 */
  rp?: [number, number, number, number];
  /** program Rp typed from the Renstra: target akhir, s.d. 2023 */
  prp?: [number, number];
  f: string;
  typed?: boolean;
};

/** T-C.29 recap of the Renja 2024 and the Renstra 2021-2026, Dinas PUPR Kabupaten Lewo Tanah. */
export function tc29Lewotanah(): BookW {
  const b = new BookW(
    "tc29-kinkeu-pupr-lewotanah.xlsx",
    "T-C.29 review of Renja and Renstra",
    "T-C.29 s.d. 2024 (Dinas PUPR): Kode | Program / Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Satuan | 'Target Renstra PD Akhir Periode (2026)', 'Realisasi Renstra PD s.d. Tahun 2023', 'Renja PD Tahun 2024' > Target | Realisasi | Tingkat Realisasi (%), 'Realisasi Renstra PD s.d. Tahun 2024', 'Tingkat Capaian Renstra PD s.d. 2024 (%)', each over 'Kin.' | 'Keu. (Rp)' | Unit Kerja Penanggung Jawab; no No column; number row (1) .. (12) with '(9) = (8)/(7)', '(10) = (6)+(8)', '(11) = (10)/(5)'; program outcomes are levels (their s.d. the 2024 level), kegiatan outputs are lengths and connections (their s.d. cumulative); a second indicator of the road kegiatan on a row without code; program Rp: end target and s.d. 2023 typed, 2024 as SUM; JUMLAH",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEWO TANAH",
    "DINAS PEKERJAAN UMUM DAN PERUMAHAN RAKYAT",
    "Jl. Soekarno-Hatta No. 21, Lewo Tanah - Nusa Tenggara Timur",
  ]);
  s.lines([
    "Tabel T-C.29",
    "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Dinas PUPR dan Pencapaian Renstra Dinas PUPR s.d. Tahun 2024",
    "Renstra Dinas PUPR Kabupaten Lewo Tanah Tahun 2021-2026",
  ]);
  s.gap();
  const rows: T29In[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.03.02",
      nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
      ind: "Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      level: true,
      k: [75, 64.2, 68, 67.4],
      prp: [168_450_000_000, 92_318_640_500],
      f: DEC,
    },
    {
      id: "k1",
      lvl: "k",
      kode: "1.03.02.2.01",
      nama: "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Panjang bangunan pengaman pantai yang dibangun/direhabilitasi",
      sat: "m",
      k: [2_400, 1_320, 450, 420],
      rp: [46_200_000_000, 25_874_300_000, 8_650_000_000, 8_127_455_000],
      f: "#,##0",
    },
    {
      id: "k2",
      lvl: "k",
      kode: "1.03.02.2.02",
      nama: "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya kurang dari 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Panjang saluran irigasi yang direhabilitasi",
      sat: "km",
      k: [86, 47.5, 16, 15.2],
      rp: [122_250_000_000, 66_444_340_500, 22_480_000_000, 21_906_712_000],
      f: DEC,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.03.03",
      nama: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
      ind: "Persentase rumah tangga yang terlayani air minum perpipaan",
      sat: "%",
      level: true,
      typed: true,
      k: [55, 41.8, 46, 45.1],
      prp: [74_800_000_000, 41_205_780_000],
      f: DEC,
    },
    {
      id: "k3",
      lvl: "k",
      kode: "1.03.03.2.01",
      nama: "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
      ind: "Jumlah sambungan rumah (SR) baru",
      sat: "SR",
      k: [6_500, 3_640, 1_200, 1_285],
      rp: [74_800_000_000, 41_205_780_000, 14_750_000_000, 14_318_920_000],
      f: "#,##0",
    },
    {
      id: "p3",
      lvl: "p",
      kode: "1.03.10",
      nama: "PROGRAM PENYELENGGARAAN JALAN",
      ind: "Persentase jalan kabupaten dalam kondisi mantap",
      sat: "%",
      level: true,
      k: [72, 61.35, 65, 64.18],
      prp: [385_600_000_000, 212_947_150_000],
      f: DEC,
    },
    {
      id: "k4",
      lvl: "k",
      kode: "1.03.10.2.01",
      nama: "Penyelenggaraan Jalan Kabupaten/Kota",
      ind: "Panjang jalan kabupaten yang ditingkatkan/direkonstruksi",
      sat: "km",
      k: [210, 118.6, 38, 36.4],
      rp: [385_600_000_000, 212_947_150_000, 71_200_000_000, 69_854_310_000],
      f: DEC,
    },
    {
      id: "i4",
      lvl: "i",
      ind: "Panjang jembatan kabupaten yang dibangun/direhabilitasi",
      sat: "m",
      k: [640, 372, 120, 96],
      f: "#,##0",
    },
  ];
  // planted 1: Realisasi s.d. 2024 K of the jalan mantap (a level) is the flows' formula s.d. 2023 + 2024
  const PLANT_LVL = "p3";
  // planted 2: Tingkat Realisasi K of the sambungan rumah divides by the Renstra end target
  const PLANT_DEN = "k3";
  const KIN = "Kin.";
  const KEU = "Keu. (Rp)";
  const pair = (
    key: string,
    head: string[],
    kr: Col["role"],
    rr: Col["role"],
    num: string,
    year?: number,
  ) => [
    { key: `k${key}`, head: [...head, KIN], role: kr, year, num, width: 9 } as Col,
    { key: `rp${key}`, head: [...head, KEU], role: rr, year, num, fmt: RP, width: 17 } as Col,
  ];
  const R24 = "Renja PD Tahun 2024";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 13 },
    { key: "nama", head: ["Program / Kegiatan"], num: "(2)", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    ...pair("5", ["Target Renstra PD Akhir Periode (2026)"], "target", "anggaran", "(5)"),
    ...pair("6", ["Realisasi Renstra PD s.d. Tahun 2023"], "realisasi", "realisasi-anggaran", "(6)", 2023),
    ...pair("7", [R24, "Target"], "target", "anggaran", "(7)", 2024),
    ...pair("8", [R24, "Realisasi"], "realisasi", "realisasi-anggaran", "(8)", 2024),
    {
      key: "k9",
      head: [R24, "Tingkat Realisasi (%)", KIN],
      role: "capaian",
      year: 2024,
      num: "(9) = (8)/(7)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp9",
      head: [R24, "Tingkat Realisasi (%)", KEU],
      role: "capaian",
      year: 2024,
      num: "(9) = (8)/(7)",
      fmt: DEC,
      width: 9,
    },
    ...pair(
      "10",
      ["Realisasi Renstra PD s.d. Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      "(10) = (6)+(8)",
      2024,
    ),
    {
      key: "k11",
      head: ["Tingkat Capaian Renstra PD s.d. 2024 (%)", KIN],
      role: "capaian",
      num: "(11) = (10)/(5)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp11",
      head: ["Tingkat Capaian Renstra PD s.d. 2024 (%)", KEU],
      role: "capaian",
      num: "(11) = (10)/(5)",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "(12)", width: 18 },
  ];
  const kids: Record<string, string[]> = { p1: ["k1", "k2"], p2: ["k3"], p3: ["k4"] };
  const PJ: Record<string, string> = {
    p1: "Bidang Sumber Daya Air",
    p2: "Bidang Cipta Karya",
    p3: "Bidang Bina Marga",
  };
  let prog = "p1";
  const body: Row[] = rows.map((x): Row => {
    if (x.lvl === "p") prog = x.id;
    const pj = PJ[prog];
    return {
      id: x.id,
      bold: x.lvl === "p",
      cells: (c) => {
        const cells: Record<string, Cell> = {
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          sat: x.sat,
          k5: fmt(x.k[0], x.f),
          k6: fmt(x.k[1], x.f),
          k7: fmt(x.k[2], x.f),
          k8: fmt(x.k[3], x.f),
          pj,
        };
        cells.k9 = fx(x.id === PLANT_DEN ? rt(c.a("k8"), c.a("k5")) : rt(c.a("k8"), c.a("k7")));
        if (x.level && x.id !== PLANT_LVL) cells.k10 = x.typed ? fmt(x.k[3], x.f) : fx(c.a("k8"));
        else cells.k10 = fx(`${c.a("k6")}+${c.a("k8")}`);
        cells.k11 = fx(rt(c.a("k10"), c.a("k5")));
        if (x.lvl === "i") return cells;
        if (x.rp) {
          cells.rp5 = x.rp[0];
          cells.rp6 = x.rp[1];
          cells.rp7 = x.rp[2];
          cells.rp8 = x.rp[3];
        } else {
          cells.rp5 = x.prp![0];
          cells.rp6 = x.prp![1];
          cells.rp7 = fx(
            `SUM(${c.a("rp7", kids[x.id][0])}:${c.a("rp7", kids[x.id][kids[x.id].length - 1])})`,
          );
          cells.rp8 = fx(
            `SUM(${c.a("rp8", kids[x.id][0])}:${c.a("rp8", kids[x.id][kids[x.id].length - 1])})`,
          );
        }
        cells.rp9 = fx(rt(c.a("rp8"), c.a("rp7")));
        cells.rp10 = fx(`${c.a("rp6")}+${c.a("rp8")}`);
        cells.rp11 = fx(rt(c.a("rp10"), c.a("rp5")));
        return cells;
      },
    };
  });
  const progIds = ["p1", "p2", "p3"];
  body.push({
    id: "jml",
    bold: true,
    span: ["kode", "sat"],
    cells: (c) => {
      const cells: Record<string, Cell> = { kode: "JUMLAH" };
      for (const k of ["rp5", "rp6", "rp7", "rp8", "rp10"])
        cells[k] = fx(plus(progIds.map((p) => c.a(k, p))));
      cells.rp9 = fx(rt(c.a("rp8"), c.a("rp7")));
      cells.rp11 = fx(rt(c.a("rp10"), c.a("rp5")));
      return cells;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Indikator program (persentase kondisi) bersifat nilai tingkat: realisasi s.d. tahun 2024 = realisasi tahun 2024.",
    "- Indikator kegiatan (panjang, jumlah sambungan) bersifat kumulatif: realisasi s.d. 2024 = (6) + (8).",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Lewo Tanah, 14 Maret 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PERUMAHAN RAKYAT,"],
    nama: "MARSELINUS B. KOLIN, S.T., M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19780305 200501 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k10", PLANT_LVL) },
    rules: ["sum-mismatch", "percent-out-of-range"],
    note: `Realisasi Renstra s.d. 2024 K of the persentase jalan kabupaten dalam kondisi mantap (a level by the note) is =${a("k6", PLANT_LVL)}+${a("k8", PLANT_LVL)}, s.d. 2023 + 2024 = 61.35 + 64.18 = 125.53 %; the level of 2024 is 64.18`,
    truth: a("k8", PLANT_LVL),
  });
  b.plant({
    at: { sheet: S, cell: a("k9", PLANT_DEN) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `Tingkat Realisasi 2024 K of the sambungan rumah baru is =${rt(a("k8", PLANT_DEN), a("k5", PLANT_DEN))}, realisasi 2024 over the Renstra end target: 1,285 / 6,500 = 19.77; over the 2024 target 1,200 it gives 107.08`,
    truth: rt(a("k8", PLANT_DEN), a("k7", PLANT_DEN)),
  });
  for (const x of rows) {
    const id = x.id;
    if (id !== PLANT_DEN)
      b.ok({
        sheet: S,
        cell: a("k9", id),
        rules: x.k[3] > x.k[2] ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: rt(a("k8", id), a("k7", id)),
      });
    if (id === PLANT_LVL) continue;
    const sd = `${a("k6", id)}+${a("k8", id)}`;
    b.ok({
      sheet: S,
      cell: a("k10", id),
      rules: x.typed ? ["sum-mismatch", "hardcoded-value"] : ["sum-mismatch"],
      truth: x.level ? a("k8", id) : sd,
      trap: x.level ? sd : undefined,
    });
    b.ok({ sheet: S, cell: a("k11", id), rules: ["capaian-mismatch"], truth: rt(a("k10", id), a("k5", id)) });
  }
  for (const p of progIds) {
    const ks = kids[p];
    for (const k of ["rp5", "rp6", "rp7", "rp8"])
      b.ok({ sheet: S, cell: a(k, p), rules: ["sum-mismatch"], truth: plus(ks.map((id) => a(k, id))) });
    b.ok({ sheet: S, cell: a("rp10", p), rules: ["sum-mismatch"], truth: `${a("rp6", p)}+${a("rp8", p)}` });
    b.ok({
      sheet: S,
      cell: a("rp9", p),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(a("rp8", p), a("rp7", p)),
    });
  }
  for (const k of ["rp5", "rp6", "rp7", "rp8", "rp10"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: plus(progIds.map((p) => a(k, p))) });
  return b.finish();
}
