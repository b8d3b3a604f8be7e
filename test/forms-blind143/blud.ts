// The BLUD puskesmas revenue recap of a Dinas Kesehatan in Aceh (target pendapatan, realisasi per
// triwulan, jumlah and persentase, "(dalam ribuan rupiah)") and the hospital-bed recap of a Dinas
// Kesehatan in Bali (tempat tidur per kelas per rumah sakit, hari perawatan, BOR, and a second table of
// the bed ratio per 1.000 penduduk). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Pkm = { id: string; nama: string; kec: string; target: number; f: number[] };

export function bludPuskesmasAceh(): BookW {
  const b = new BookW(
    "pendapatan-blud-puskesmas-seulawah-timur.xlsx",
    "Rekap realisasi pendapatan BLUD puskesmas (Dinas Kesehatan)",
    "Rekap target dan realisasi pendapatan BLUD puskesmas 2024 of a Dinas Kesehatan in Aceh, (dalam ribuan rupiah): No | Puskesmas BLUD | Kecamatan | Target Pendapatan 2024 | 'Realisasi Pendapatan' > Triwulan I .. IV | Jumlah Realisasi | Persentase (%) | Keterangan; number row 1 .. '8 = 4 s.d. 7', '9 = 8 / 3 x 100'; JUMLAH row whose Jumlah adds its own quarters and whose % is the ratio of the totals",
  );
  const S = "Pendapatan BLUD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SEULAWAH TIMUR",
    "DINAS KESEHATAN",
    "Jalan Teuku Nyak Arief No. 17 Keude Seulawah, Kode Pos 23371",
  ]);
  s.lines([
    "REKAPITULASI TARGET DAN REALISASI PENDAPATAN BLUD PUSKESMAS",
    "TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const P: Pkm[] = [
    {
      id: "p1",
      nama: "UPTD Puskesmas Keude Seulawah",
      kec: "Seulawah",
      target: 1_850_000,
      f: [0.21, 0.24, 0.27, 0.32],
    },
    {
      id: "p2",
      nama: "UPTD Puskesmas Lam Teuba",
      kec: "Seulimeum Timur",
      target: 2_240_000,
      f: [0.2, 0.22, 0.25, 0.29],
    },
    {
      id: "p3",
      nama: "UPTD Puskesmas Krueng Raya Baro",
      kec: "Mesjid Baro",
      target: 1_420_000,
      f: [0.23, 0.26, 0.27, 0.3],
    },
    {
      id: "p4",
      nama: "UPTD Puskesmas Blang Bintang Timur",
      kec: "Blang Bintang",
      target: 2_960_000,
      f: [0.19, 0.23, 0.24, 0.27],
    },
    {
      id: "p5",
      nama: "UPTD Puskesmas Lhoong Raya",
      kec: "Lhoong",
      target: 1_180_000,
      f: [0.22, 0.25, 0.28, 0.33],
    },
    {
      id: "p6",
      nama: "UPTD Puskesmas Jantho Makmur",
      kec: "Kota Jantho",
      target: 1_675_000,
      f: [0.2, 0.21, 0.24, 0.26],
    },
    {
      id: "p7",
      nama: "UPTD Puskesmas Indrapuri Tunong",
      kec: "Indrapuri",
      target: 2_050_000,
      f: [0.24, 0.25, 0.26, 0.29],
    },
  ];
  const q = (p: Pkm) => p.f.map((x) => Math.round(p.target * x));
  const R = "Realisasi Pendapatan";
  const QS = ["q1", "q2", "q3", "q4"];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "nm", head: ["Puskesmas BLUD"], num: "2", width: 32 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 16 },
    {
      key: "tg",
      head: ["Target Pendapatan 2024"],
      role: "anggaran",
      year: 2024,
      num: "3",
      fmt: RP,
      width: 15,
    },
    ...["I", "II", "III", "IV"].map((t, i): Col => ({
      key: QS[i],
      head: [R, `Triwulan ${t}`],
      role: "realisasi-anggaran",
      year: 2024,
      num: String(4 + i),
      fmt: RP,
      width: 13,
    })),
    {
      key: "jml",
      head: [R, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8 = 4 s.d. 7",
      fmt: RP,
      width: 15,
    },
    { key: "pct", head: ["Persentase (%)"], role: "capaian", num: "9 = 8 / 3 x 100", fmt: DEC, width: 11 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "10", width: 18 },
  ];
  const p3 = P[2];
  const p3sum = q(p3).reduce((n, v) => n + v, 0);
  const p6 = P[5];
  const p6q = q(p6);
  const pctF = (x: Ctx) => `ROUND(${x.a("jml")}/${x.a("tg")}*100,2)`;
  const rows: Row[] = P.map((p, i): Row => ({
    id: p.id,
    cells: (x: Ctx) => {
      const out: Record<string, Cell> = { no: i + 1, nm: p.nama, kec: p.kec, tg: p.target };
      q(p).forEach((v, j) => (out[QS[j]] = v));
      // planted: Krueng Raya Baro's Jumlah typed (the Triwulan IV revision not carried over)
      out.jml = p.id === "p3" ? p3sum - 54_000 : fx(QS.map((k) => x.a(k)).join("+"));
      // planted: Jantho Makmur's % keeps the result computed before Triwulan IV was entered
      out.pct =
        p.id === "p6" ? fx(pctF(x), round(((p6q[0] + p6q[1] + p6q[2]) / p6.target) * 100)) : fx(pctF(x));
      out.ket = p.f.reduce((n, v) => n + v, 0) >= 1 ? "melampaui target" : "di bawah target";
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kec"],
    cells: (x: Ctx) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["tg", ...QS]) out[k] = fx(`SUM(${x.a(k, "p1")}:${x.a(k, "p7")})`);
      out.jml = fx(QS.map((k) => x.a(k)).join("+"));
      out.pct = fx(pctF(x));
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Pendapatan BLUD bersumber dari klaim kapitasi dan non kapitasi JKN, retribusi pelayanan dan kerja sama.",
    "2. Persentase baris JUMLAH dihitung dari total realisasi terhadap total target.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Keude Seulawah, 15 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN SEULAWAH TIMUR,"],
    nama: "dr. CUT NURAINI HASBALLAH, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740812 200312 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (id: string) => QS.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("jml", "p3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Jumlah Realisasi of Puskesmas Krueng Raya Baro is a typed ${(p3sum - 54_000).toLocaleString("en")} among 4+5+6+7 formulas; its four quarters give ${p3sum.toLocaleString("en")} (the Triwulan IV correction of 54,000 not carried over)`,
    truth: qsum("p3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "p6") },
    rules: ["capaian-mismatch"],
    note: `Persentase of Puskesmas Jantho Makmur is =ROUND(8/3*100,2) with a stale cached ${round(((p6q[0] + p6q[1] + p6q[2]) / p6.target) * 100).toFixed(2)} (before Triwulan IV); ${p6q.reduce((n, v) => n + v, 0).toLocaleString("en")} / 1,675,000 gives ${round((p6q.reduce((n, v) => n + v, 0) / p6.target) * 100).toFixed(2)}`,
    truth: `ROUND(${a("jml", "p6")}/${a("tg", "p6")}*100,2)`,
  });
  for (const p of P) {
    if (p.id !== "p3") b.ok({ sheet: S, cell: a("jml", p.id), rules: ["sum-mismatch"], truth: qsum(p.id) });
    if (p.id !== "p3" && p.id !== "p6")
      b.ok({
        sheet: S,
        cell: a("pct", p.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("jml", p.id)}/${a("tg", p.id)}*100,2)`,
      });
  }
  // revenue above its target is no overspending: 108 % is right
  for (const id of ["p1", "p5"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["percent-out-of-range", "serapan-over-100"],
      truth: `ROUND(${a("jml", id)}/${a("tg", id)}*100,2)`,
    });
  for (const k of ["tg", ...QS])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, "p7")})` });
  // the JUMLAH row's % is the ratio of the totals, not the sum (nor the mean) of the percentages
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${qsum("tot")})/${a("tg", "tot")}*100,2)`,
    trap: `SUM(${a("pct", "p1")}:${a("pct", "p7")})`,
  });
  return b.finish();
}

type Rs = { id: string; nama: string; kelas: string; tt: number[]; hp: number };

export function tempatTidurBali(): BookW {
  const b = new BookW(
    "rekap-tempat-tidur-rumah-sakit-karangsari.xlsx",
    "Rekap tempat tidur rumah sakit per kelas (Dinas Kesehatan)",
    "Rekap tempat tidur per rumah sakit of a Dinas Kesehatan in Bali, keadaan 31 Desember 2024: No | Nama Rumah Sakit | Kelas RS | 'Jumlah Tempat Tidur per Kelas Perawatan' > VVIP | VIP | Kelas I | Kelas II | Kelas III | ICU / HCU / Isolasi | Jumlah TT | Hari Perawatan 2024 | BOR (%); number row (1) .. '(10) = (4) s.d. (9)', '(12) = (11) / ((10) x 366) x 100'; TOTAL row; Tabel 2 under it: No | Uraian | Satuan | 2022 | 2023 | 2024 with the bed ratio per 1.000 penduduk",
  );
  const S = "TT RS 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KARANGSARI",
    "DINAS KESEHATAN",
    "Jl. Ngurah Rai No. 45, Semarapura Kaja",
  ]);
  s.lines(["TABEL 1. JUMLAH TEMPAT TIDUR RUMAH SAKIT MENURUT KELAS PERAWATAN", "KEADAAN 31 DESEMBER 2024"]);
  s.gap();
  const RS: Rs[] = [
    { id: "r1", nama: "RSUD Kabupaten Karangsari", kelas: "B", tt: [6, 24, 48, 62, 96, 22], hp: 73_410 },
    { id: "r2", nama: "RSUD Bali Mandara Timur", kelas: "C", tt: [2, 10, 22, 30, 48, 10], hp: 31_286 },
    { id: "r3", nama: "RSU Bhakti Wisata Dharma", kelas: "C", tt: [4, 12, 18, 20, 26, 8], hp: 21_544 },
    { id: "r4", nama: "RSU Kasih Ibu Semarapura", kelas: "D", tt: [0, 6, 12, 14, 22, 4], hp: 13_968 },
    {
      id: "r5",
      nama: "RS Pratama Nusa Penida Barat",
      kelas: "D Pratama",
      tt: [0, 0, 6, 8, 16, 2],
      hp: 6_122,
    },
  ];
  const G = "Jumlah Tempat Tidur per Kelas Perawatan";
  const KL = ["VVIP", "VIP", "Kelas I", "Kelas II", "Kelas III", "ICU / HCU / Isolasi"];
  const KK = ["t1", "t2", "t3", "t4", "t5", "t6"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Nama Rumah Sakit"], num: "(2)", width: 30 },
    { key: "kls", head: ["Kelas RS"], num: "(3)", width: 9 },
    ...KL.map((k, i): Col => ({
      key: KK[i],
      head: [G, k],
      role: "realisasi",
      year: 2024,
      num: `(${4 + i})`,
      fmt: INT,
      width: 9,
    })),
    {
      key: "jml",
      head: ["Jumlah TT"],
      role: "realisasi",
      year: 2024,
      num: "(10) = (4) s.d. (9)",
      fmt: INT,
      width: 10,
    },
    {
      key: "hp",
      head: ["Hari Perawatan 2024"],
      role: "realisasi",
      year: 2024,
      num: "(11)",
      fmt: INT,
      width: 12,
    },
    { key: "bor", head: ["BOR (%)"], num: "(12) = (11) / ((10) x 366) x 100", fmt: DEC, width: 12 },
  ];
  const borF = (x: Ctx) => `ROUND(${x.a("hp")}/(${x.a("jml")}*366)*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...RS.map((r, i): Row => ({
        id: r.id,
        cells: (x: Ctx) => {
          const out: Record<string, Cell> = { no: i + 1, nm: r.nama, kls: r.kelas, hp: r.hp };
          KK.forEach((k, j) => (out[k] = r.tt[j]));
          // planted: the Mandara's Jumlah TT stops at Kelas III, its ICU / HCU beds left out
          out.jml = fx(`SUM(${x.a("t1")}:${x.a(r.id === "r2" ? "t5" : "t6")})`);
          out.bor = fx(borF(x));
          return out;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kls"],
        cells: (x: Ctx) => {
          const out: Record<string, Cell> = { no: "TOTAL KABUPATEN" };
          for (const k of [...KK, "hp"]) out[k] = fx(`SUM(${x.a(k, "r1")}:${x.a(k, "r5")})`);
          out.jml = fx(`SUM(${x.a("t1")}:${x.a("t6")})`);
          out.bor = fx(borF(x));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["TABEL 2. RASIO TEMPAT TIDUR RUMAH SAKIT TERHADAP JUMLAH PENDUDUK"]);
  const ttTot = RS.reduce((n, r) => n + r.tt.reduce((m, v) => m + v, 0), 0);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ur", head: ["Uraian"], role: "indikator", width: 30 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "y22", head: ["Tahun", "2022"], role: "realisasi", year: 2022, fmt: "#,##0.00", width: 10 },
      { key: "y23", head: ["Tahun", "2023"], role: "realisasi", year: 2023, fmt: "#,##0.00", width: 10 },
      { key: "y24", head: ["Tahun", "2024"], role: "realisasi", year: 2024, fmt: "#,##0.00", width: 10 },
    ],
    headerRows: 2,
    rows: [
      // planted: the 2024 bed count typed from an older draft (before the Nusa Penida Barat pratama opened)
      {
        id: "tt",
        cells: {
          no: 1,
          ur: "Jumlah tempat tidur rumah sakit",
          sat: "TT",
          y22: 520,
          y23: 534,
          y24: ttTot - 32,
        },
      },
      {
        id: "pd",
        cells: { no: 2, ur: "Jumlah penduduk", sat: "jiwa", y22: 427_650, y23: 432_180, y24: 436_920 },
      },
      {
        id: "ra",
        cells: (x: Ctx) => ({
          no: 3,
          ur: "Rasio tempat tidur per 1.000 penduduk",
          sat: "rasio",
          y22: fx(`ROUND(${x.a("y22", "tt")}/${x.a("y22", "pd")}*1000,2)`),
          y23: fx(`ROUND(${x.a("y23", "tt")}/${x.a("y23", "pd")}*1000,2)`),
          y24: fx(`ROUND(${x.a("y24", "tt")}/${x.a("y24", "pd")}*1000,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SIRS Online dan laporan RL 1 rumah sakit; jumlah penduduk dari Disdukcapil (semester II).",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Semarapura, 20 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan Kabupaten Karangsari,"],
    nama: "dr. I GUSTI AYU MADE SRIASIH, M.P.H.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770506 200501 2 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const full = (id: string) => KK.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("jml", "r2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah TT of RSUD Bali Mandara Timur is =SUM(VVIP:Kelas III) = 112, the 10 ICU / HCU / isolasi beds left out while every other row sums (4) s.d. (9); the six classes give 122",
    truth: full("r2"),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t2.a("y24", "tt") },
        { sheet: S, cell: a("jml", "tot") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: `Tabel 2 gives ${ttTot - 32} tempat tidur for 2024; Tabel 1's TOTAL KABUPATEN (same date) is ${ttTot}`,
    truth: a("jml", "tot"),
    actual: t2.a("y24", "tt"),
  });
  for (const r of RS) {
    if (r.id !== "r2") b.ok({ sheet: S, cell: a("jml", r.id), rules: ["sum-mismatch"], truth: full(r.id) });
  }
  for (const k of [...KK, "hp"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "r1")}:${a(k, "r5")})` });
  b.ok({ sheet: S, cell: a("jml", "tot"), rules: ["sum-mismatch"], truth: full("tot") });
  // the total BOR weighs by beds: total hari perawatan over total bed-days, not the mean of the rows
  b.ok({
    sheet: S,
    cell: a("bor", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("hp", "tot")}/((${full("tot")})*366)*100,2)`,
    trap: `ROUND(AVERAGE(${a("bor", "r1")}:${a("bor", "r5")}),2)`,
  });
  for (const id of ["r1", "r4"])
    b.ok({
      sheet: S,
      cell: a("bor", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("hp", id)}/((${full(id)})*366)*100,2)`,
    });
  return b.finish();
}
