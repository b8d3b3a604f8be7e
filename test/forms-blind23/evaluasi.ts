// The E.81 of a Dinas Perhubungan (Kota Tombalu, Sulawesi Utara, Renja 2024 against the Renstra
// 2021-2026): quarters I, II and III as they came, the fourth quarter column headed "s.d. Triwulan
// IV" holding the cumulative realisation of the year, so column 12 points at it (not a SUM of the
// four); levels (percentages) and counts; footer rows with the average and the predikat. Every
// name and number is invented; the codes follow Kepmendagri 900.1.15.5-1317/2023 in shape.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { codeOk, must } from "./common";

type EIn = {
  id: string;
  lvl: "p" | "k";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level: boolean;
  /** K and Rp of columns 5, 6, 7 and the four quarter columns (the last cumulative) */
  k: [number, number, number, number[]];
  rp: [number, number, number, number[]];
  pj: string;
};

const M = 1_000_000;

/** E.81 Renja 2024 of the Dinas Perhubungan Kota Tombalu. */
export function e81Dishub(): BookW {
  const b = new BookW(
    "e81-sdtw4-kumulatif-dishub-tombalu.xlsx",
    "E.81 evaluation of the Renja, cumulative fourth quarter (Dinas Perhubungan)",
    "E.81 Renja 2024 of a Dinas Perhubungan: No | Kode | Program / Kegiatan | Indikator | Satuan | 5 Target Renstra 2026 | 6 Realisasi s.d. Renja 2023 | 7 Target Renja 2024 | 'Realisasi Kinerja dan Anggaran Tahun 2024' > Triwulan I | II | III | 's.d. Triwulan IV' (cumulative) | 12 (= 11) | 13 = 6 + 12 | 14 = 13 / 5 x 100, each K | Rp; program Rp as SUM of its kegiatan; footer rata-rata and predikat",
  );
  const S = "E.81 TA 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TOMBALU", "DINAS PERHUBUNGAN", "Jl. Piere Tendean No. 9, Tombalu 95115"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA TOMBALU",
    "RENJA DINAS PERHUBUNGAN KOTA TOMBALU",
    "PERIODE PELAKSANAAN: TAHUN 2024",
  ]);
  s.gap();
  const LL = "Bidang Lalu Lintas";
  const AN = "Bidang Angkutan dan Sarana Prasarana";
  const kegs: EIn[] = [
    {
      id: "k1",
      lvl: "k",
      kode: "1.15.02.2.01",
      nama: "Penetapan Rencana Induk dan Jaringan LLAJ Kabupaten/Kota",
      ind: "Jumlah dokumen rencana dan kajian LLAJ yang ditetapkan",
      sat: "dokumen",
      level: false,
      k: [5, 3, 1, [0, 0, 0, 1]],
      rp: [3_500 * M, 1_940 * M, 685 * M, [45_200_000, 128_650_000, 210_300_000, 652_870_000]],
      pj: LL,
    },
    {
      id: "k2",
      lvl: "k",
      kode: "1.15.02.2.02",
      nama: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      ind: "Jumlah rambu, marka dan APILL yang terpasang",
      sat: "unit",
      level: false,
      k: [2_400, 1_365, 480, [60, 145, 120, 492]],
      rp: [22_000 * M, 9_614_500_000, 4_250 * M, [312_400_000, 1_086_750_000, 1_245_380_000, 4_118_225_000]],
      pj: LL,
    },
    {
      id: "k3",
      lvl: "k",
      kode: "1.15.02.2.04",
      nama: "Pengelolaan Terminal Penumpang Tipe C",
      ind: "Persentase terminal tipe C yang memenuhi standar pelayanan minimal",
      sat: "%",
      level: true,
      k: [100, 50, 75, [50, 62.5, 62.5, 62.5]],
      rp: [8_000 * M, 5_210_815_000, 1_877_450_000, [285_300_000, 410_560_000, 462_875_000, 1_802_690_000]],
      pj: AN,
    },
    {
      id: "k4",
      lvl: "k",
      kode: "1.15.02.2.06",
      nama: "Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan bermotor wajib uji yang lulus uji berkala",
      sat: "unit",
      level: false,
      k: [32_500, 17_940, 6_800, [1_520, 1_745, 1_810, 7_012]],
      rp: [15_000 * M, 10_075 * M, 3_000 * M, [520_150_000, 735_400_000, 802_335_000, 2_905_215_000]],
      pj: AN,
    },
  ];
  const prog: EIn = {
    id: "p1",
    lvl: "p",
    kode: "1.15.02",
    nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    ind: "Persentase simpang bersinyal dengan kinerja baik (V/C ratio < 0,8)",
    sat: "%",
    level: true,
    k: [75, 62.5, 67.5, [63, 64.5, 66, 68]],
    rp: [0, 0, 0, []],
    pj: "Dinas Perhubungan",
  };
  const rows = [prog, ...kegs];
  // planted 1: kegiatan 1.15.02.2.02's Rp in column 12 is typed as I + II + III + s.d. IV, counting
  // the first three quarters twice (6,762,755,000 against a cumulative 4,118,225,000)
  const PLANT_R = { id: "k2", v: 312_400_000 + 1_086_750_000 + 1_245_380_000 + 4_118_225_000 };
  must(PLANT_R.v === 6_762_755_000, "k2 col 12");
  // planted 2: the predikat of the average capaian kinerja is "Tinggi"; the average is 74.17 (Sedang)
  const PLANT_P = "Tinggi";
  const H5 = "Target Kinerja dan Anggaran Renstra PD pada Akhir Periode Renstra (2026)";
  const H6 = "Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun 2023";
  const H7 = "Target Kinerja dan Anggaran Renja PD Tahun 2024";
  const HQ = "Realisasi Kinerja dan Anggaran Tahun 2024";
  const H12 = "Realisasi Capaian Kinerja dan Anggaran Renja PD Tahun 2024";
  const H13 = "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024";
  const H14 = "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)";
  const pair = (
    key: string,
    head: string[],
    kr: Col["role"],
    rr: Col["role"],
    num: string,
    year?: number,
    pct = false,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kr, year, num, fmt: pct ? DEC : undefined, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: pct ? DEC : RP, width: pct ? 9 : 15 },
  ];
  const QN = ["Triwulan I", "Triwulan II", "Triwulan III", "s.d. Triwulan IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 13 },
    { key: "nama", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", [H5], "target", "anggaran", "5"),
    ...pair("6", [H6], "realisasi", "realisasi-anggaran", "6", 2023),
    ...pair("7", [H7], "target", "anggaran", "7", 2024),
    ...QN.flatMap((q, i) => pair(`q${i}`, [HQ, q], "realisasi", "realisasi-anggaran", String(8 + i), 2024)),
    ...pair("12", [H12], "realisasi", "realisasi-anggaran", "12 = 11", 2024),
    ...pair("13", [H13], "realisasi", "realisasi-anggaran", "13 = 6 + 12", 2024),
    ...pair("14", [H14], "capaian", "capaian", "14 = 13/5 x 100", undefined, true),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 22 },
  ];
  const k14 = (x: EIn) => round(((x.level ? x.k[3][3] : x.k[1] + x.k[3][3]) / x.k[0]) * 100);
  const avgK = round(kegs.map(k14).reduce((p, q) => p + q, 0) / kegs.length);
  must(avgK === 74.17 && predikat(avgK) === "Sedang", `average K ${avgK}`);
  const body: Row[] = rows.map((x, n): Row => ({
    id: x.id,
    bold: x.lvl === "p",
    cells: (c) => {
      const a = (k: string) => c.a(k);
      const F = (v: number) => fmt(v, x.level ? DEC : INT);
      const out: Record<string, Cell> = {
        no: n + 1,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        k5: F(x.k[0]),
        k6: F(x.k[1]),
        k7: F(x.k[2]),
        pj: x.pj,
      };
      x.k[3].forEach((v, i) => (out[`kq${i}`] = F(v)));
      const rk = ["r5", "r6", "r7", "rq0", "rq1", "rq2", "rq3"];
      if (x.lvl === "p") for (const k of rk) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k4")})`);
      else {
        out.r5 = x.rp[0];
        out.r6 = x.rp[1];
        out.r7 = x.rp[2];
        x.rp[3].forEach((v, i) => (out[`rq${i}`] = v));
      }
      out.k12 = fx(a("kq3"));
      out.r12 = x.id === PLANT_R.id ? PLANT_R.v : fx(a("rq3"));
      out.k13 = x.level ? fx(a("k12")) : fx(`${a("k6")}+${a("k12")}`);
      out.r13 = fx(`${a("r6")}+${a("r12")}`);
      out.k14 = fx(`ROUND(${a("k13")}/${a("k5")}*100,2)`);
      out.r14 = fx(`ROUND(${a("r13")}/${a("r5")}*100,2)`);
      return out;
    },
  }));
  body.push(
    {
      id: "avg",
      bold: true,
      span: ["no", "r13"],
      cells: (c) => ({
        no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)",
        k14: fx(`ROUND(AVERAGE(${c.a("k14", "k1")}:${c.a("k14", "k4")}),2)`),
        r14: fx(`ROUND(AVERAGE(${c.a("r14", "k1")}:${c.a("r14", "k4")}),2)`),
      }),
    },
    {
      id: "pred",
      bold: true,
      span: ["no", "r13"],
      cells: () => ({ no: "Predikat Kinerja", k14: PLANT_P, r14: "Tinggi" }),
    },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Catatan:",
    "*) Kolom 11 (s.d. Triwulan IV) memuat realisasi kumulatif Januari s.d. Desember 2024, sehingga kolom 12 = kolom 11.",
    "**) Untuk indikator persentase, realisasi Renstra s.d. tahun 2024 (kolom 13) adalah capaian terakhir, bukan penjumlahan.",
    "Skala predikat: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tombalu, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KOTA TOMBALU,"],
    nama: "JEFFRY R. MANOPPO, S.T., M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19720603 199803 1 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12", PLANT_R.id) },
    rules: ["sum-mismatch", "hardcoded-value", "serapan-over-100"],
    note: "Rp in column 12 of kegiatan 1.15.02.2.02 is a typed 6,762,755,000 = TW I + II + III + s.d. TW IV, counting the first three quarters twice; the cumulative 's.d. Triwulan IV' (column 11, =kolom 11 by the note) is 4,118,225,000, so 159.12 % of the 4,250,000,000 pagu",
    truth: a("rq3", PLANT_R.id),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' for an average capaian kinerja of 74.17 (80.00, 77.38, 62.50, 76.78); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${kegs.map((x) => a("k14", x.id)).join("+")})/4,2)`,
  });
  for (const x of rows) {
    const q = (p: string) => [0, 1, 2, 3].map((i) => a(`${p}q${i}`, x.id)).join("+");
    // column 12 is the cumulative fourth column, not the four columns added up
    b.ok({
      sheet: S,
      cell: a("k12", x.id),
      rules: ["sum-mismatch"],
      truth: a("kq3", x.id),
      trap: x.k[3].reduce((p, v) => p + v, 0) !== x.k[3][3] ? q("k") : undefined,
    });
    if (x.id !== PLANT_R.id) {
      b.ok({
        sheet: S,
        cell: a("r12", x.id),
        rules: ["sum-mismatch", "serapan-over-100"],
        truth: a("rq3", x.id),
        trap: q("r"),
      });
      b.ok({
        sheet: S,
        cell: a("r13", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("r6", x.id)}+${a("r12", x.id)}`,
      });
      b.ok({
        sheet: S,
        cell: a("r14", x.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("r13", x.id)}/${a("r5", x.id)}*100,2)`,
      });
    }
    b.ok({
      sheet: S,
      cell: a("k13", x.id),
      rules: ["sum-mismatch"],
      truth: x.level ? a("k12", x.id) : `${a("k6", x.id)}+${a("k12", x.id)}`,
      trap: x.level ? `${a("k6", x.id)}+${a("k12", x.id)}` : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("k14", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", x.id)}/${a("k5", x.id)}*100,2)`,
    });
    if (x.lvl === "k") codeOk(b, S, a("kode", x.id), a("kode", "p1"));
  }
  for (const k of ["r5", "r7", "rq0", "rq3"])
    b.ok({
      sheet: S,
      cell: a(k, "p1"),
      rules: ["sum-mismatch"],
      truth: kegs.map((x) => a(k, x.id)).join("+"),
    });
  return b.finish();
}
