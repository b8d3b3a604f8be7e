// The monthly realisation (Januari .. Desember 2024) of belanja by program of the Dinas PUPR of
// Kabupaten Air Bangis, as the provincial Bappeda's monitoring team received it: a Pagu column,
// twelve months, Total `SUM`, Sisa and Serapan `ROUND`, a JUMLAH row whose serapan is the total over
// the total pagu (not the sum or the average of the programs' percentages). Every name and number
// is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { REVIEW, rt } from "./common";

type Pr = { id: string; kode: string; nama: string; pagu: number; rate: number };

const BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const W = [1, 2, 3, 5, 6, 8, 7, 9, 10, 12, 15, 23];

/** the twelve months of a program: rate x pagu spread over the weights, in thousands of rupiah */
function months(p: Pr): number[] {
  const total = Math.round((p.pagu * p.rate) / 1000) * 1000;
  const sw = W.reduce((a, b) => a + b, 0);
  const out = W.map((w) => Math.round((total * w) / sw / 1000) * 1000);
  out[11] += total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** Realisasi belanja bulanan per program, Dinas PUPR Kabupaten Air Bangis, 2024. */
export function belanjaBulananAirBangis(): BookW {
  const b = new BookW(
    "realisasi-bulanan-belanja-pupr-airbangis.xlsx",
    "monthly realisation of belanja by program, January - December 2024 (Dinas PUPR)",
    "No | Kode | Program | Pagu Anggaran Perubahan 2024 (Rp) | 'Realisasi Belanja per Bulan (Rp)' > Jan .. Des | Total Realisasi (Rp) | Sisa Anggaran (Rp) | Serapan (%); number row 1 .. 18; full rupiah; Total `SUM` of the months, Sisa `Pagu - Total`, Serapan `ROUND(Total/Pagu*100,2)`; JUMLAH row of `SUM` per column with its serapan over the totals",
  );
  const S = "Realisasi Bulanan 2024";
  const s = b.sheet(S);
  letterhead(s, [REVIEW, "Monitoring Realisasi Keuangan Kabupaten/Kota"]);
  s.lines([
    "LAPORAN REALISASI BELANJA PER BULAN TAHUN ANGGARAN 2024",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN AIR BANGIS",
  ]);
  s.gap();
  const prs: Pr[] = [
    {
      id: "p1",
      kode: "1.03.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      pagu: 14286450000,
      rate: 0.9412,
    },
    {
      id: "p2",
      kode: "1.03.02",
      nama: "Program Pengelolaan Sumber Daya Air (SDA)",
      pagu: 18750000000,
      rate: 0.8836,
    },
    {
      id: "p3",
      kode: "1.03.03",
      nama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      pagu: 9460300000,
      rate: 0.9127,
    },
    {
      id: "p4",
      kode: "1.03.05",
      nama: "Program Pengelolaan dan Pengembangan Sistem Air Limbah",
      pagu: 3125000000,
      rate: 0.8654,
    },
    { id: "p5", kode: "1.03.10", nama: "Program Penyelenggaraan Jalan", pagu: 61840750000, rate: 0.9238 },
    {
      id: "p6",
      kode: "1.03.11",
      nama: "Program Pengembangan Jasa Konstruksi",
      pagu: 1480000000,
      rate: 0.9715,
    },
  ];
  const M = new Map(prs.map((p) => [p.id, months(p)]));
  // planted 1: the SDA total typed as Jan..Des plus Desember once more (over the pagu: serapan 108.68)
  const PLANT_T = "p2";
  const m2 = M.get(PLANT_T)!;
  const typed = m2.reduce((a, c) => a + c, 0) + m2[11];
  // planted 2: JUMLAH Juni with a stale cached result 150,000,000 short (before the SPM of 28 June was entered)
  const PLANT_J = 5;
  const jTrue = prs.reduce((a, p) => a + M.get(p.id)![PLANT_J], 0);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 9 },
    { key: "nama", head: ["Program"], num: 3, width: 40 },
    {
      key: "pagu",
      head: ["Pagu Anggaran Perubahan 2024 (Rp)"],
      role: "anggaran",
      year: 2024,
      num: 4,
      fmt: RP,
      width: 18,
    },
    ...BULAN.map((m, k): Col => ({
      key: `m${k + 1}`,
      head: ["Realisasi Belanja per Bulan (Rp)", m],
      role: "realisasi-anggaran",
      num: 5 + k,
      fmt: RP,
      width: 15,
    })),
    {
      key: "tot",
      head: ["Total Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 17,
      fmt: RP,
      width: 18,
    },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], num: 18, fmt: RP, width: 17 },
    { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, num: 19, fmt: DEC, width: 9 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...prs.map((p, k): Row => ({
        id: p.id,
        cells: (c) => {
          const out: Record<string, Cell> = { no: k + 1, kode: p.kode, nama: p.nama, pagu: p.pagu };
          M.get(p.id)!.forEach((v, j) => (out[`m${j + 1}`] = v));
          out.tot = p.id === PLANT_T ? typed : fx(`SUM(${c.a("m1")}:${c.a("m12")})`);
          out.sisa = fx(`${c.a("pagu")}-${c.a("tot")}`);
          out.ser = fx(rt(c.a("tot"), c.a("pagu")));
          return out;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["pagu", ...BULAN.map((_, j) => `m${j + 1}`), "tot", "sisa"])
            out[k] = fx(
              `SUM(${c.a(k, "p1")}:${c.a(k, "p6")})`,
              k === `m${PLANT_J + 1}` ? jTrue - 150000000 : undefined,
            );
          out.ser = fx(rt(c.a("tot"), c.a("pagu")));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SIPD-RI, Laporan Realisasi per Program, dicetak 10 Januari 2025.",
    "Serapan JUMLAH = Total Realisasi / Pagu seluruh program x 100 (bukan rata-rata serapan program).",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Simpang Bangis, 10 Januari 2025",
    jabatan: ["Kepala Dinas PUPR", "Kabupaten Air Bangis"],
    nama: "Ir. DEDI SAPUTRA NASUTION, M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19790512 200501 1 012",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("tot", PLANT_T) },
    rules: ["sum-mismatch", "hardcoded-value", "serapan-over-100"],
    note: `Total Realisasi of the Program Pengelolaan SDA is a typed ${typed.toLocaleString("en-US")} among SUM formulas: Januari .. Desember plus Desember once more (${m2[11].toLocaleString("en-US")}), so Serapan reads ${round((typed / 18750000000) * 100)} %; the twelve months give ${(typed - m2[11]).toLocaleString("en-US")} (${round(((typed - m2[11]) / 18750000000) * 100)} %)`,
    truth: `SUM(${a("m1", PLANT_T)}:${a("m12", PLANT_T)})`,
  });
  b.plant({
    at: { sheet: S, cell: a(`m${PLANT_J + 1}`, "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH Juni is \`=SUM(..)\` with a stale cached result of ${(jTrue - 150000000).toLocaleString("en-US")}; the six programs give ${jTrue.toLocaleString("en-US")}`,
    truth: `SUM(${a(`m${PLANT_J + 1}`, "p1")}:${a(`m${PLANT_J + 1}`, "p6")})`,
  });
  for (const p of prs) {
    if (p.id !== PLANT_T)
      b.ok({
        sheet: S,
        cell: a("tot", p.id),
        rules: ["sum-mismatch"],
        truth: `SUM(${a("m1", p.id)}:${a("m12", p.id)})`,
      });
    if (p.id !== PLANT_T)
      b.ok({
        sheet: S,
        cell: a("ser", p.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: rt(a("tot", p.id), a("pagu", p.id)),
      });
  }
  b.ok({
    sheet: S,
    cell: a("ser", "jml"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: rt(a("tot", "jml"), a("pagu", "jml")),
    // the total's serapan is not the sum of the programs' percentages
    trap: `SUM(${a("ser", "p1")}:${a("ser", "p6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "p1")}:${a("pagu", "p6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("m12", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m12", "p1")}:${a("m12", "p6")})`,
  });
  return b;
}
