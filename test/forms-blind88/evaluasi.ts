// An E.81-like evaluation of the Renja 2024 of the Dinas Komunikasi, Informatika dan Statistik of a
// kota in Maluku Utara, s.d. Triwulan IV: ordinal headers ("tahun lalu (n-2)", "tahun berjalan
// (n-1)") with the calendar year only in the title, "Kinerja | Keuangan" pairs over three header
// rows, an extra Tingkat Capaian Renja column (12/7). The Indeks SPBE and the share of OPD connected
// to the intra-government network are levels (the year's value is Triwulan IV, the "s.d." value the
// latest level); datasets published, OPD points and aplikasi are flows. Every number is invented.
import {
  BookW,
  DEC,
  RP,
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

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: Array<number | "-">;
  /** sub kegiatan: Rp typed; kegiatan / program: SUM of these ids */
  rp?: { r5: number; r6: number; r7: number; q: number[] };
  of?: string[];
};

export function e81DiskominfoGamkonora(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-diskominfo-statistik-gamkonora-2024.xlsx",
    "E.81-like evaluasi hasil Renja (Diskominfo dan Statistik kota)",
    "E.81-like evaluation, s.d. Triwulan IV 2024, Renstra 2022-2026: Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) 'Realisasi Kinerja pada Triwulan' > I..IV | (12) Realisasi Renja | (13) Tingkat Capaian Renja (%) | (14) Realisasi Renstra s.d. tahun berjalan | (15) Tingkat Capaian Renstra (%), each 'Kinerja | Keuangan'; number row merged over the pairs; Rata-rata and Predikat rows; Unit PD penanggung jawab",
  );
  const S = "E81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA GAMKONORA", "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KOTA GAMKONORA",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah sesuai Renstra 2022-2026",
  ]);
  s.gap();
  const L: Ln[] = [
    {
      id: "pa",
      kode: "2.16.03",
      nm: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA",
      ind: "Indeks SPBE Kota Gamkonora",
      sat: "indeks",
      level: true,
      k5: 3.2,
      k6: 2.48,
      k7: 2.8,
      kq: ["-", "-", "-", 2.71],
      of: ["ga"],
    },
    {
      id: "ga",
      kode: "2.16.03.2.02",
      nm: "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
      ind: "Persentase OPD yang terkoneksi jaringan intra pemerintah",
      sat: "%",
      level: true,
      k5: 100,
      k6: 72.5,
      k7: 85,
      kq: [75, 77.5, 82.5, 87.5],
      of: ["sa1", "sa2"],
    },
    {
      id: "sa1",
      kode: "2.16.03.2.02.0005",
      nm: "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
      ind: "Jumlah titik OPD yang tersambung jaringan fiber optik baru",
      sat: "titik",
      level: false,
      k5: 40,
      k6: 29,
      k7: 6,
      kq: [1, 2, 1, 2],
      rp: {
        r5: 3_150_000_000,
        r6: 1_742_600_000,
        r7: 612_500_000,
        q: [96_400_000, 158_750_000, 171_300_000, 168_920_000],
      },
    },
    {
      id: "sa2",
      kode: "2.16.03.2.02.0011",
      nm: "Pengembangan dan Pengelolaan Aplikasi Layanan Publik Terintegrasi",
      ind: "Jumlah aplikasi layanan publik yang terintegrasi",
      sat: "aplikasi",
      level: false,
      k5: 24,
      k6: 13,
      k7: 5,
      kq: [0, 1, 2, 1],
      rp: {
        r5: 2_480_000_000,
        r6: 1_315_200_000,
        r7: 498_000_000,
        q: [52_300_000, 117_650_000, 139_800_000, 151_240_000],
      },
    },
    {
      id: "ps",
      kode: "2.17.02",
      nm: "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL",
      ind: "Persentase perangkat daerah yang menyampaikan data sektoral tepat waktu",
      sat: "%",
      level: true,
      k5: 90,
      k6: 68.3,
      k7: 75,
      kq: [55, 62.5, 70, 77.5],
      of: ["gs"],
    },
    {
      id: "gs",
      kode: "2.17.02.2.01",
      nm: "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
      ind: "Jumlah dataset sektoral yang dipublikasikan di portal Satu Data",
      sat: "dataset",
      level: false,
      k5: 1_200,
      k6: 610,
      k7: 220,
      kq: [38, 52, 61, 74],
      of: ["ss1", "ss2"],
    },
    {
      id: "ss1",
      kode: "2.17.02.2.01.0001",
      nm: "Pengumpulan, Validasi dan Publikasi Data Statistik Sektoral",
      ind: "Jumlah dataset sektoral yang dikumpulkan dan divalidasi",
      sat: "dataset",
      level: false,
      k5: 1_250,
      k6: 640,
      k7: 230,
      kq: [41, 55, 63, 79],
      rp: {
        r5: 1_875_000_000,
        r6: 982_450_000,
        r7: 386_500_000,
        q: [61_250_000, 94_800_000, 102_650_000, 118_300_000],
      },
    },
    {
      id: "ss2",
      kode: "2.17.02.2.01.0003",
      nm: "Peningkatan Kapasitas Walidata dan Produsen Data Sektoral",
      ind: "Jumlah walidata pendukung yang dilatih",
      sat: "orang",
      level: false,
      k5: 150,
      k6: 78,
      k7: 30,
      kq: [0, 12, 10, 8],
      rp: { r5: 720_000_000, r6: 398_700_000, r7: 145_000_000, q: [0, 52_400_000, 47_900_000, 39_650_000] },
    },
  ];
  const byId = new Map(L.map((x) => [x.id, x]));
  const Q = ["I", "II", "III", "IV"];
  const KIN = "Kinerja";
  const KEU = "Keuangan";
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, KIN], role: kRole, year, num, fmt: DEC, width: 9 },
    {
      key: `r${key}`,
      head: [...head, KEU],
      role: rRole,
      year,
      num,
      fmt: kRole === "capaian" ? DEC : RP,
      width: 15,
    },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    ...pair("5", ["Target Renstra PD pada Tahun Akhir Periode Renstra"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, [TW, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)"],
      "13 = 12/7 x 100",
      "capaian",
      "capaian",
      2024,
    ),
    ...pair(
      "14",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan"],
      "14 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "15",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)"],
      "15 = 14/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "16", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rq1", "rq2", "rq3", "rq4"];
  const rpKeys = ["r5", "r6", "r7", ...qr];
  const pct = (x: string, y: string) => fx(`ROUND(${x}/${y}*100,2)`);
  const row = (x: Ln): Row => ({
    id: x.id,
    bold: !x.rp && x.of!.length === 1,
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: x.kode.startsWith("2.17") ? "Bidang Statistik" : "Bidang Aplikasi Informatika",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      if (x.rp) {
        out.r5 = x.rp.r5;
        out.r6 = x.rp.r6;
        out.r7 = x.rp.r7;
        qr.forEach((k, j) => (out[k] = x.rp!.q[j]));
      } else for (const k of rpKeys) out[k] = fx(x.of!.map((id) => c.a(k, id)).join("+"));
      // levels: the year's Kinerja is the Triwulan IV value, the s.d. value the latest level
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      const r12 = qr.map((k) => c.a(k)).join("+");
      // planted: the Keuangan (12) of sub kegiatan .0001 keeps a result from before Triwulan IV
      out.r12 = x.id === "ss1" ? fx(r12, sum(x.rp!.q.slice(0, 3))) : fx(r12);
      out.k13 = pct(c.a("k12"), c.a("k7"));
      out.r13 = pct(c.a("r12"), c.a("r7"));
      out.k14 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.r14 = fx(`${c.a("r6")}+${c.a("r12")}`);
      // planted: the aplikasi row's (15) Kinerja is a typed 80.00, the Renja capaian 4 / 5
      out.k15 = x.id === "sa2" ? 80 : pct(c.a("k14"), c.a("k5"));
      out.r15 = pct(c.a("r14"), c.a("r5"));
      return out;
    },
  });
  const k13 = (x: Ln) => {
    const q = x.kq.map((v) => (v === "-" ? 0 : v));
    return round(((x.level ? q[3] : sum(q)) / x.k7) * 100);
  };
  const avg = round(sum(L.map(k13)) / L.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "u1",
        bold: true,
        cells: { kode: "2.16", nm: "URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA" },
      },
      ...L.slice(0, 4).map(row),
      { id: "u2", bold: true, cells: { kode: "2.17", nm: "URUSAN PEMERINTAHAN BIDANG STATISTIK" } },
      ...L.slice(4).map(row),
      {
        id: "avg",
        bold: true,
        span: ["kode", "sat"],
        cells: (c) => ({
          kode: "Rata-rata capaian kinerja Renja (%)",
          k13: fx(`ROUND((${L.map((x) => c.a("k13", x.id)).join("+")})/${L.length},2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["kode", "sat"],
        cells: { kode: "Predikat kinerja", k13: predikat(avg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan jaringan tulang punggung Palapa Ring dan komitmen walidata OPD.",
    "Faktor penghambat: keterbatasan akses jaringan di kecamatan kepulauan; hasil evaluasi SPBE baru diumumkan pada Triwulan IV.",
    "Tindak lanjut: perluasan titik jaringan intra pemerintah ke kantor kecamatan dan pendampingan penyusunan metadata statistik.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Gamkonora, 24 Januari 2025",
    jabatan: ["Kepala Dinas Komunikasi, Informatika dan Statistik", "Kota Gamkonora,"],
    nama: "RISNAWATI M. SAMAD, S.Kom., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19780923 200312 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const ss1 = byId.get("ss1")!;
  b.plant({
    at: { sheet: S, cell: a("r12", "ss1") },
    rules: ["sum-mismatch"],
    note: `Keuangan (12) of sub kegiatan 2.17.02.2.01.0001 is =SUM of the quarters with a stale cached ${sum(ss1.rp!.q.slice(0, 3)).toLocaleString("en")} (Triwulan I-III); the four quarters give ${sum(ss1.rp!.q).toLocaleString("en")}`,
    truth: qr.map((k) => a(k, "ss1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k15", "sa2") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Renstra (15) Kinerja of the aplikasi terintegrasi is a typed 80.00 (the Renja capaian 4 / 5); (14) / (5) = 17 / 24 gives 70.83",
    truth: `ROUND(${a("k14", "sa2")}/${a("k5", "sa2")}*100,2)`,
  });
  // levels: Triwulan IV, not the four quarters added; the s.d. value is the latest level, not 6 + 12
  for (const id of ["ga", "ps"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "pa"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "pa"),
    trap: `${a("k6", "pa")}+${a("k12", "pa")}`,
  });
  for (const x of L) {
    if (!x.level) {
      b.ok({
        sheet: S,
        cell: a("k12", x.id),
        rules: ["sum-mismatch"],
        truth: qk.map((k) => a(k, x.id)).join("+"),
      });
      b.ok({
        sheet: S,
        cell: a("k14", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("k6", x.id)}+${a("k12", x.id)}`,
      });
    }
    b.ok({
      sheet: S,
      cell: a("k13", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", x.id)}/${a("k7", x.id)}*100,2)`,
    });
    if (x.id !== "sa2")
      b.ok({
        sheet: S,
        cell: a("k15", x.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("k14", x.id)}/${a("k5", x.id)}*100,2)`,
      });
  }
  for (const id of ["sa1", "sa2", "ss2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qr.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("r14", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("r15", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("r14", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const k of rpKeys)
    b.ok({ sheet: S, cell: a(k, "ga"), rules: ["sum-mismatch"], truth: `${a(k, "sa1")}+${a(k, "sa2")}` });
  b.ok({
    sheet: S,
    cell: a("k13", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k13", "avg")})`,
  });
  for (const [id, up] of [
    ["sa1", "ga"],
    ["ss2", "gs"],
    ["ga", "pa"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", up),
    });
  return b.finish();
}
