// An E.81 evaluation of the Renja 2024 (n-1) of a Dinas Kelautan dan Perikanan in Maluku, program
// 3.25.03 Pengelolaan Perikanan Tangkap: ordinal headers ("tahun lalu (n-2)", "tahun berjalan (n-1)")
// resolved from the title; K | Rp pairs; the NTN and the KUSUKA share are levels (year = Triwulan IV,
// s.d. = the latest level), the paket and the ton dilelang are flows. Every number is invented.
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
  type Ctx,
  type Row,
} from "../forms/kit";

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  rp?: [number, number, number];
  kq: number[];
  rpq?: number[];
};

export function e81DkpKeiBesar(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-dkp-kei-besar-raya-2024.xlsx",
    "E.81 evaluasi Renja (DKP)",
    "E.81 of a DKP in Maluku for 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; unit; Rata-rata row",
  );
  const S = "E.81 DKP 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KEI BESAR RAYA", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KEI BESAR RAYA",
    "RENJA DINAS KELAUTAN DAN PERIKANAN TAHUN 2024 (n-1), RENSTRA 2022-2026",
    "Periode pelaksanaan: Triwulan I s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const L: Ln[] = [
    {
      id: "s1",
      kode: "3.25.03.2.01.0001",
      nm: "Penyediaan Prasarana Usaha Perikanan Tangkap",
      ind: "Jumlah paket sarana tangkap (kapal < 5 GT dan alat tangkap) yang diserahkan",
      sat: "paket",
      level: false,
      k: [120, 58, 24],
      rp: [6_000_000_000, 2_870_000_000, 1_250_000_000],
      kq: [0, 6, 10, 8],
      rpq: [45_000_000, 312_500_000, 498_750_000, 361_200_000],
    },
    {
      id: "s2",
      kode: "3.25.03.2.01.0002",
      nm: "Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten",
      ind: "Persentase nelayan kecil yang memiliki kartu KUSUKA",
      sat: "%",
      level: true,
      k: [75, 52.4, 60],
      rp: [1_100_000_000, 486_300_000, 230_000_000],
      kq: [54.1, 56.8, 58.9, 61.3],
      rpq: [38_400_000, 61_750_000, 57_900_000, 64_300_000],
    },
    {
      id: "s3",
      kode: "3.25.03.2.01.0003",
      nm: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan",
      ind: "Volume ikan yang dilelang di TPI",
      sat: "ton",
      level: false,
      k: [9_500, 5_212, 1_950],
      rp: [1_750_000_000, 812_600_000, 365_000_000],
      kq: [402.6, 468.9, 531.4, 497.3],
      rpq: [71_200_000, 92_450_000, 98_300_000, 96_850_000],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ) => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, fmt: DEC, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja (n-1)",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Renstra s.d. Tahun n-1 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Renstra s.d. Tahun n-1 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const kCells = (x: Ln, c: Ctx, out: Record<string, Cell>, plantLevelSum = false) => {
    out.k5 = x.k[0];
    out.k6 = x.k[1];
    out.k7 = x.k[2];
    qk.forEach((k, j) => (out[k] = x.kq[j]));
    out.k12 = x.level && !plantLevelSum ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
    out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
    out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
  };
  const sub = (x: Ln, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        pj: "Bidang Perikanan Tangkap",
      };
      // planted: s2 (a level) adds its four quarterly levels
      kCells(x, c, out, x.id === "s2");
      out.rp5 = x.rp![0];
      out.rp6 = x.rp![1];
      out.rp7 = x.rp![2];
      qr.forEach((k, j) => (out[k] = x.rpq![j]));
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      const f14 = `ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`;
      // planted: s1's Rp (14) keeps a stale result from before Triwulan IV was entered
      const rq = x.rpq!;
      out.rp14 =
        x.id === "s1" ? fx(f14, round(((x.rp![1] + rq[0] + rq[1] + rq[2]) / x.rp![0]) * 100)) : fx(f14);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const prog: Ln = {
    id: "prog",
    kode: "3.25.03",
    nm: "PROGRAM PENGELOLAAN PERIKANAN TANGKAP",
    ind: "Nilai Tukar Nelayan (NTN)",
    sat: "indeks",
    level: true,
    k: [108, 104.6, 106],
    kq: [103.8, 104.9, 105.7, 106.4],
  };
  const keg: Ln = {
    id: "keg",
    kode: "3.25.03.2.01",
    nm: "Pengelolaan Penangkapan Ikan di Wilayah Laut sampai dengan 12 Mil",
    ind: "Jumlah nelayan kecil yang difasilitasi",
    sat: "orang",
    level: false,
    k: [2_500, 1_186, 520],
    kq: [85, 140, 170, 118],
  };
  const head = (x: Ln, from: string, pj: string): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { kode: x.kode, nm: x.nm, ind: x.ind, sat: x.sat, pj };
      kCells(x, c, out);
      for (const k of rpKeys)
        out[k] = from === "subs" ? fx(`${c.a(k, "s1")}+${c.a(k, "s2")}+${c.a(k, "s3")}`) : fx(c.a(k, "keg"));
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "3", nm: "URUSAN PEMERINTAHAN PILIHAN" } },
      {
        id: "bid",
        bold: true,
        cells: { kode: "3.25", nm: "URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN" },
      },
      head(prog, "keg", "Dinas Kelautan dan Perikanan"),
      head(keg, "subs", "Bidang Perikanan Tangkap"),
      ...L.map(sub),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK bidang kelautan dan perikanan untuk sarana tangkap.",
    "Faktor penghambat: cuaca ekstrem Triwulan I (musim barat) menunda penyerahan kapal.",
    "Tindak lanjut: penjadwalan pengadaan sarana tangkap sebelum musim barat.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Elat, 27 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN", "KABUPATEN KEI BESAR RAYA,"],
    nama: "ABDUL GANI RAHAWARIN, S.Pi., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740905 200012 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi K 2024 (12) of the KUSUKA share (%, a level) adds the four quarterly levels (231.10); the year's value is the Triwulan IV level 61.30",
    truth: a("kq4", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Rp (14) of sub kegiatan .0001 is =ROUND(13/5*100,2) with a stale cached result (before Triwulan IV's 361,200,000); 4,087,450,000 / 6,000,000,000 gives 68.12",
    truth: `ROUND(${a("rp13", "s1")}/${a("rp5", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: qk.map((k) => a(k, "prog")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", ...qr, "rp12"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "keg"),
  });
  return b.finish();
}
