// A sector recap of an invented reading of the Dinas Pendidikan of Provinsi Kepulauan Riau: BOSP
// reguler 2024 for SMA and SMK per kabupaten / kota (pagu, penyaluran tahap I and II, jumlah, serapan,
// sisa). Every number is invented; the pagu is the number of peserta didik times Rp 2,050,000.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type Kab = { id: string; nm: string; sma: number; smk: number; pd: number; t2?: number };

export function rekapBospKepri(): BookW {
  const b = new BookW(
    "rekap-penyaluran-bosp-sma-smk-kepri-2024.xlsx",
    "rekap penyaluran BOSP reguler SMA/SMK per kabupaten/kota 2024",
    "recap of a provincial Dinas Pendidikan in Kepulauan Riau: No | Kabupaten/Kota | 'Jumlah Satuan Pendidikan' > SMA | SMK | Jumlah Peserta Didik | Pagu BOSP Reguler (Rp) | 'Realisasi Penyaluran (Rp)' > Tahap I | Tahap II | Jumlah | Serapan (%) | Sisa (Rp); number row 1 .. '9 = 7 + 8', '10 = 9 / 6 x 100', '11 = 6 - 9'; TOTAL row with SUM formulas and the serapan of the totals; notes",
  );
  const S = "Rekap BOSP 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KEPULAUAN RIAU", "DINAS PENDIDIKAN - BIDANG PEMBINAAN SMA DAN SMK"]);
  s.lines(["REKAPITULASI PENYALURAN BOSP REGULER SMA/SMK NEGERI DAN SWASTA", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const UNIT = 2_050_000;
  const kabs: Kab[] = [
    { id: "btm", nm: "Kota Batam", sma: 28, smk: 22, pd: 58_420 },
    { id: "tpi", nm: "Kota Tanjungpinang", sma: 9, smk: 7, pd: 15_380 },
    { id: "btn", nm: "Kabupaten Bintan", sma: 10, smk: 6, pd: 9_870 },
    { id: "krm", nm: "Kabupaten Karimun", sma: 12, smk: 8, pd: 13_260 },
    // Tahap II partly held back: 4 sekolah had not sent the laporan Tahap I
    { id: "lgg", nm: "Kabupaten Lingga", sma: 9, smk: 4, pd: 5_140, t2: 4_120_500_000 },
    // planted: Tahap II typed 5,981,500,000 (the 50 % share is 4,981,500,000)
    { id: "ntn", nm: "Kabupaten Natuna", sma: 11, smk: 5, pd: 4_860, t2: 5_981_500_000 },
    { id: "kka", nm: "Kabupaten Kepulauan Anambas", sma: 6, smk: 3, pd: 2_730 },
  ];
  const R = "Realisasi Penyaluran (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "nm", head: ["Kabupaten/Kota"], role: "indikator", num: "2", width: 26 },
    { key: "sma", head: ["Jumlah Satuan Pendidikan", "SMA"], num: "3", fmt: INT, width: 8 },
    { key: "smk", head: ["Jumlah Satuan Pendidikan", "SMK"], num: "4", fmt: INT, width: 8 },
    { key: "pd", head: ["Jumlah Peserta Didik"], num: "5", fmt: INT, width: 11 },
    {
      key: "pagu",
      head: ["Pagu BOSP Reguler (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "6",
      fmt: RP,
      width: 18,
    },
    { key: "t1", head: [R, "Tahap I"], role: "realisasi-anggaran", year: 2024, num: "7", fmt: RP, width: 17 },
    {
      key: "t2",
      head: [R, "Tahap II"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8",
      fmt: RP,
      width: 17,
    },
    {
      key: "j",
      head: [R, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "9 = 7 + 8",
      fmt: RP,
      width: 18,
    },
    {
      key: "ser",
      head: ["Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "10 = 9 / 6 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "sisa", head: ["Sisa (Rp)"], num: "11 = 6 - 9", fmt: RP, width: 16 },
  ];
  const tot = (c: { a(k: string, id?: string): string }, k: string, last = "kka") =>
    fx(`SUM(${c.a(k, "btm")}:${c.a(k, last)})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kabs.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          sma: x.sma,
          smk: x.smk,
          pd: x.pd,
          pagu: x.pd * UNIT,
          t1: (x.pd * UNIT) / 2,
          t2: x.t2 ?? (x.pd * UNIT) / 2,
          j: fx(`${c.a("t1")}+${c.a("t2")}`),
          ser: fx(`ROUND(${c.a("j")}/${c.a("pagu")}*100,2)`),
          // a Sisa of zero is written "-", as in the office's own recap
          sisa: x.t2 === undefined ? "-" : fx(`${c.a("pagu")}-${c.a("j")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "TOTAL",
          sma: tot(c, "sma"),
          smk: tot(c, "smk"),
          // planted: the range stops at Natuna, the Anambas' 2,730 peserta didik left out
          pd: tot(c, "pd", "ntn"),
          pagu: tot(c, "pagu"),
          t1: tot(c, "t1"),
          t2: tot(c, "t2"),
          j: tot(c, "j"),
          ser: fx(`ROUND(${c.a("j")}/${c.a("pagu")}*100,2)`),
          sisa: tot(c, "sisa"),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Satuan biaya BOSP reguler SMA/SMK Rp 2.050.000 per peserta didik per tahun; disalurkan dua tahap, masing-masing 50%.",
    "2. Tahap II Kabupaten Lingga belum disalurkan penuh (4 sekolah belum menyampaikan laporan Tahap I).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanjungpinang, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pembinaan SMA dan SMK,"],
    nama: "SRI WAHYUNI LUBIS, S.Pd., M.Pd.",
    nip: "19780922 200312 2 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("t2", "ntn") },
        { sheet: S, cell: a("j", "ntn") },
        { sheet: S, cell: a("ser", "ntn") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Natuna: Tahap II typed 5,981,500,000 where the 50 % share is 4,981,500,000, so the Jumlah 10,963,000,000 is above the pagu of 9,963,000,000 (110.04 %, Sisa -1,000,000,000)",
    truth: `${a("pagu", "ntn")}-${a("t1", "ntn")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pd", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL peserta didik is =SUM over Batam .. Natuna = 106,930; with the Kepulauan Anambas' 2,730 it is 109,660",
    truth: `SUM(${a("pd", "btm")}:${a("pd", "kka")})`,
  });
  for (const id of ["btm", "tpi", "btn", "krm", "lgg", "kka"]) {
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("pagu", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("j", "lgg"),
    rules: ["sum-mismatch"],
    truth: `${a("t1", "lgg")}+${a("t2", "lgg")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sisa", "lgg"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "lgg")}-${a("j", "lgg")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "btm")}:${a("pagu", "kka")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t1", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("t1", "btm")}:${a("t1", "kka")})`,
  });
  b.ok({
    sheet: S,
    cell: a("smk", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("smk", "btm")}:${a("smk", "kka")})`,
  });
  return b.finish();
}
