// An evaluation of the RKPD 2024 of a kabupaten in Papua Tengah by Bappeda, money only: pagu per
// program, realisasi keuangan per Triwulan I .. IV in whole rupiah, their total, the tingkat realisasi
// and a predikat per program, then a 'Rata-rata capaian' footer with its predikat. Every office,
// person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
} from "../forms/kit";

type Prog = {
  id: string;
  kode: string;
  nama: string;
  pd: string;
  pagu: number;
  q: [number, number, number, number];
};

/** Evaluasi RKPD 2024 (keuangan per triwulan), Bappeda Kabupaten Mapia Hulu (Papua Tengah). */
export function evaluasiRkpd(): BookW {
  const b = new BookW(
    "evaluasi-rkpd-keuangan-triwulan-bappeda-mapiahulu.xlsx",
    "E.79 evaluasi RKPD, realisasi keuangan per triwulan only",
    "No | Kode | Urusan / Program | Perangkat Daerah | 'Pagu APBD 2024 (Rp)' | 'Realisasi Keuangan (Rp)' > Trw I .. IV | Jumlah Realisasi (Rp) | Tingkat Realisasi (%) | Predikat; number row 1 .. 11 with '9 = 5+6+7+8', '10 = 9/4 x 100'; footer 'Rata-rata capaian' and its predikat",
  );
  const S = "Evaluasi RKPD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MAPIA HULU",
    "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    "Jl. Bukit Idakebo No. 2, Mapia Hulu",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RKPD KABUPATEN MAPIA HULU",
    "REALISASI KEUANGAN S.D. TRIWULAN IV TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const P: Prog[] = [
    {
      id: "pdk",
      kode: "1.01.02",
      nama: "Program Pengelolaan Pendidikan",
      pd: "Dinas Pendidikan dan Kebudayaan",
      pagu: 48_612_350_000,
      q: [6_215_400_000, 11_874_925_000, 13_402_118_000, 12_986_507_000],
    },
    {
      id: "kes",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      pd: "Dinas Kesehatan",
      pagu: 36_940_800_000,
      q: [4_118_650_000, 8_702_340_000, 9_615_270_000, 10_812_140_000],
    },
    {
      id: "pam",
      kode: "1.03.03",
      nama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      pd: "Dinas PUPR",
      pagu: 12_475_600_000,
      q: [312_400_000, 1_846_250_000, 2_113_875_000, 3_823_115_000],
    },
    // planted: the Jumlah Realisasi is typed with Triwulan III counted twice
    {
      id: "llaj",
      kode: "2.15.02",
      nama: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
      pd: "Dinas Perhubungan",
      pagu: 5_862_300_000,
      q: [864_225_000, 1_517_650_000, 1_742_980_000, 1_155_870_000],
    },
    {
      id: "kmp",
      kode: "2.13.02",
      nama: "Program Penataan Desa",
      pd: "Dinas Pemberdayaan Masyarakat Kampung",
      pagu: 3_218_750_000,
      q: [240_000_000, 812_400_000, 986_300_000, 858_775_000],
    },
    {
      id: "tani",
      kode: "3.27.03",
      nama: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      pd: "Dinas Pertanian dan Pangan",
      pagu: 7_954_180_000,
      q: [415_600_000, 1_387_920_000, 1_962_335_000, 1_427_640_000],
    },
    {
      id: "pem",
      kode: "4.01.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      pd: "Sekretariat Daerah",
      pagu: 41_306_900_000,
      q: [8_964_210_000, 10_317_465_000, 10_208_930_000, 11_004_625_000],
    },
  ];
  const PLANT = "llaj";
  const TW = ["Trw. I", "Trw. II", "Trw. III", "Trw. IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 10 },
    { key: "nama", head: ["Urusan / Program"], num: 3, width: 44 },
    { key: "pd", head: ["Perangkat Daerah"], role: "penanggung-jawab", num: 4, width: 24 },
    { key: "pagu", head: ["Pagu APBD 2024 (Rp)"], role: "anggaran", year: 2024, num: 5, fmt: RP, width: 18 },
    ...TW.map((q, i): Col => ({
      key: `q${i}`,
      head: ["Realisasi Keuangan (Rp)", q],
      role: "realisasi-anggaran",
      year: 2024,
      num: 6 + i,
      fmt: RP,
      width: 17,
    })),
    {
      key: "tot",
      head: ["Jumlah Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "10 = 6+7+8+9",
      fmt: RP,
      width: 18,
    },
    {
      key: "pct",
      head: ["Tingkat Realisasi (%)"],
      role: "capaian",
      year: 2024,
      num: "11 = 10/5 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "pred", head: ["Predikat"], role: "predikat", num: 12, width: 14 },
  ];
  const pct = (p: Prog) => round((p.q.reduce((x, y) => x + y, 0) / p.pagu) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...P.map((p, i) => ({
        id: p.id,
        cells: (c: { a: (k: string, id?: string) => string }): Record<string, Cell> => ({
          no: i + 1,
          kode: p.kode,
          nama: p.nama,
          pd: p.pd,
          pagu: p.pagu,
          q0: p.q[0],
          q1: p.q[1],
          q2: p.q[2],
          q3: p.q[3],
          tot: p.id === PLANT ? p.q[0] + p.q[1] + 2 * p.q[2] + p.q[3] : fx(`SUM(${c.a("q0")}:${c.a("q3")})`),
          pct: fx(`ROUND(${c.a("tot")}/${c.a("pagu")}*100,2)`),
          // planted: 2,897,475,000 / 3,218,750,000 = 90.02 typed Tinggi
          pred: p.id === "kmp" ? "Tinggi" : predikat(p.id === PLANT ? 999 : pct(p)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "q3"],
        cells: (c) => ({
          no: "Rata-rata capaian realisasi keuangan",
          pct: fx(`ROUND(AVERAGE(${c.a("pct", "pdk")}:${c.a("pct", "pem")}),2)`),
          pred: "Tinggi",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah (Permendagri 86/2017).",
    "Faktor penghambat: keterlambatan pengiriman material ke distrik yang hanya terjangkau pesawat perintis.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Mapia Hulu, 28 Januari 2025",
    jabatan: ["KEPALA BAPPEDA", "KABUPATEN MAPIA HULU,"],
    nama: "AGUSTINUS PIGAI DOUW, S.E., M.Si",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780303 200312 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumQ = (id: string) => `SUM(${a("q0", id)}:${a("q3", id)})`;
  b.plant({
    at: { sheet: S, cell: a("tot", PLANT) },
    rules: ["sum-mismatch", "hardcoded-value", "serapan-over-100"],
    note: "Jumlah Realisasi of program LLAJ typed 7,023,705,000 among SUM formulas: Trw. III (1,742,980,000) counted twice, 119.81 % of the 5,862,300,000 pagu; the four quarters give 5,280,725,000 (90.08 %)",
    truth: sumQ(PLANT),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "kmp") },
    rules: ["predikat-mismatch"],
    note: "Program Penataan Desa realised 2,897,475,000 of 3,218,750,000 = 90.02 % typed Tinggi; above 90 is Sangat Tinggi",
    truth: `PREDIKAT(${a("pct", "kmp")})`,
  });
  for (const p of P.filter((x) => x.id !== PLANT)) {
    b.ok({ sheet: S, cell: a("tot", p.id), rules: ["sum-mismatch"], truth: sumQ(p.id) });
    b.ok({
      sheet: S,
      cell: a("pct", p.id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("tot", p.id)}/${a("pagu", p.id)}*100,2)`,
    });
    if (p.id !== "kmp")
      b.ok({
        sheet: S,
        cell: a("pred", p.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("pct", p.id)})`,
        // exactly 90.00 is still Tinggi: the bands are open below
        trap: p.id === "kes" ? '"Sangat Tinggi"' : undefined,
      });
  }
  b.ok({
    sheet: S,
    cell: a("pct", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("pct", "pdk")}:${a("pct", "pem")}),2)`,
    trap: `SUM(${a("pct", "pdk")}:${a("pct", "pem")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("pct", "avg")})`,
  });
  return b.finish();
}
