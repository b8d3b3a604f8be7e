// Realisasi fisik-keuangan per bulan of the thirty-fourth unseen set: the monthly cumulative progress
// ('s.d. bulan' columns Jan .. Des) of a Dinas PUPR in Jawa Timur, money above and physical progress
// below on one sheet. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

const BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"];

type Pk = { id: string; kode: string; nama: string; pagu: number; share: number[]; fis: number[] };

/** Laporan realisasi fisik dan keuangan 2024 per bulan (cumulative), two tables on one sheet. */
export function realisasiBulanan(): BookW {
  const b = new BookW(
    "realisasi-sdbulan-fisikkeu-pupr-sumberanyar.xlsx",
    "realisasi fisik-keuangan per bulan (cumulative s.d. bulan)",
    "sheet 'Real 2024': Tabel A keuangan: No | Kode Sub Kegiatan | Sub Kegiatan | Pagu (Rp) | 'Realisasi Keuangan s.d. Bulan (Rp)' > Jan .. Des | % Keuangan; JUMLAH row of SUM, % from the totals; under it Tabel B fisik: No | Sub Kegiatan | 'Progres Fisik s.d. Bulan (%)' > Jan .. Des; signature",
  );
  const S = "Real 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SUMBERANYAR",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "BIDANG BINA MARGA",
  ]);
  s.lines(
    ["LAPORAN REALISASI FISIK DAN KEUANGAN TAHUN ANGGARAN 2024", "A. Realisasi Keuangan (kumulatif)"],
    1,
    { bold: true },
  );
  s.gap();
  const cum = (p: number, fr: number[]) => fr.map((f) => Math.round((p * f) / 1000) * 1000);
  const pk: Pk[] = [
    {
      id: "k1",
      kode: "1.03.10.2.01.0012",
      nama: "Rekonstruksi Jalan Jl. Kenanga - Jl. Cempaka",
      pagu: 7_845_000_000,
      share: [0, 0, 0.05, 0.05, 0.2, 0.2, 0.35, 0.5, 0.5, 0.7, 0.85, 0.9874],
      fis: [0, 0, 5, 12, 24, 38, 52, 66, 78, 89, 96, 100],
    },
    {
      id: "k2",
      kode: "1.03.10.2.01.0015",
      nama: "Pemeliharaan Berkala Jalan Lingkar Timur",
      pagu: 3_260_500_000,
      share: [0, 0.02, 0.02, 0.1, 0.1, 0.3, 0.3, 0.55, 0.7, 0.7, 0.9, 0.9812],
      fis: [0, 3, 9, 18, 30, 44, 57, 70, 82, 91, 98, 100],
    },
    {
      id: "k3",
      kode: "1.03.10.2.02.0004",
      nama: "Pembangunan Jembatan Kali Brangkal",
      pagu: 5_128_750_000,
      share: [0, 0, 0, 0.2, 0.2, 0.2, 0.45, 0.45, 0.65, 0.8, 0.8, 0.9726],
      fis: [0, 0, 4, 10, 19, 31, 45, 58, 71, 84, 95, 100],
    },
    {
      id: "k4",
      kode: "1.03.10.2.01.0029",
      nama: "Pemeliharaan Rutin Jalan",
      pagu: 1_486_200_000,
      share: [0.06, 0.13, 0.2, 0.27, 0.34, 0.42, 0.5, 0.58, 0.66, 0.75, 0.84, 0.9935],
      fis: [8, 16, 25, 33, 41, 50, 58, 66, 75, 83, 91, 100],
    },
  ];
  const keu = pk.map((x) => cum(x.pagu, x.share));
  // planted 1: k3's December typed 5,781,340,000 (a slipped digit): realisasi above the pagu of 5,128,750,000
  const BAD_DES = 5_781_340_000;
  keu[2][11] = BAD_DES;
  const RK = "Realisasi Keuangan s.d. Bulan (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode Sub Kegiatan"], role: "kode", width: 19 },
    { key: "nama", head: ["Sub Kegiatan"], width: 36 },
    { key: "pagu", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    ...BLN.map((m): Col => ({ key: `m${m}`, head: [RK, m], fmt: RP, width: 15 })),
    { key: "pct", head: ["% Keuangan"], fmt: DEC },
  ];
  const body: Row[] = pk.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const out: Record<string, number | string | ReturnType<typeof fx>> = {
        no: i + 1,
        kode: x.kode,
        nama: x.nama,
        pagu: x.pagu,
      };
      BLN.forEach((m, j) => (out[`m${m}`] = keu[i][j]));
      out.pct = fx(`ROUND(${c.a("mDes")}/${c.a("pagu")}*100,2)`);
      return out;
    },
  }));
  body.push({
    id: "tot",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => {
      const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
      for (const k of ["pagu", ...BLN.map((m) => `m${m}`)])
        // planted 2: the June total stops at k3 (Pemeliharaan Rutin left out)
        out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, k === "mJun" ? "k3" : "k4")})`);
      out.pct = fx(`ROUND(${c.a("mDes")}/${c.a("pagu")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows: body });
  s.gap();
  s.lines(["B. Realisasi Fisik (kumulatif)"], 1, { bold: true });
  const PF = "Progres Fisik s.d. Bulan (%)";
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode Sub Kegiatan"], role: "kode" },
      { key: "nama", head: ["Sub Kegiatan"] },
      ...BLN.map((m): Col => ({ key: `m${m}`, head: [PF, m], fmt: "0" })),
    ],
    headerRows: 2,
    rows: pk.map((x, i) => {
      const out: Record<string, number | string> = { no: i + 1, kode: x.kode, nama: x.nama };
      BLN.forEach((m, j) => (out[`m${m}`] = x.fis[j]));
      return { id: x.id, cells: out };
    }),
  });
  s.gap();
  signature(s, 10, {
    tempat: "Sumberanyar, 10 Januari 2025",
    jabatan: ["Pejabat Pelaksana Teknis Kegiatan"],
    nama: "BAMBANG TRI WAHYUDI, S.T.",
    nip: "19830409 201001 1 019",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("mDes", "k3") },
    rules: ["serapan-over-100"],
    note: `realisasi s.d. Des of the Jembatan Kali Brangkal is ${BAD_DES.toLocaleString("en")} against a pagu of 5,128,750,000 (% Keuangan ${round((BAD_DES / 5_128_750_000) * 100)}): above the ceiling; the payments s.d. Nov were ${keu[2][10].toLocaleString("en")}`,
    truth: a("pagu", "k3"),
  });
  b.plant({
    at: { sheet: S, cell: a("mJun", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH s.d. Jun is SUM over the first three sub kegiatan (${sum(keu.slice(0, 3).map((k) => k[5])).toLocaleString("en")}); the four give ${sum(keu.map((k) => k[5])).toLocaleString("en")} (Pemeliharaan Rutin Jalan left out)`,
    truth: `SUM(${a("mJun", "k1")}:${a("mJun", "k4")})`,
  });
  for (const m of ["pagu", "mMei", "mJul", "mNov"])
    b.ok({ sheet: S, cell: a(m, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(m, "k1")}:${a(m, "k4")})` });
  // trap: the December of a cumulative series is the year; the months must not be added
  b.ok({
    sheet: S,
    cell: a("pct", "k1"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("mDes", "k1")}/${a("pagu", "k1")}*100,2)`,
    trap: `ROUND(SUM(${a("mJan", "k1")}:${a("mDes", "k1")})/${a("pagu", "k1")}*100,2)`,
  });
  // trap: the total % is the totals' ratio, not the sum of the rows' %
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("mDes", "tot")}/${a("pagu", "tot")}*100,2)`,
    trap: `SUM(${a("pct", "k1")}:${a("pct", "k4")})`,
  });
  for (const id of ["k1", "k2", "k4"])
    b.ok({
      sheet: S,
      cell: a("mDes", id),
      rules: ["serapan-over-100"],
      truth: `ROUND(${a("mDes", id)},0)`,
      actual: a("mDes", id),
    });
  // trap: physical progress reaching 100 in December is no out-of-range percentage
  b.ok({
    sheet: S,
    cell: t2.a("mDes", "k4"),
    rules: ["percent-out-of-range"],
    truth: "100",
    trap: t2.a("mNov", "k4"),
  });
  return b.finish();
}
