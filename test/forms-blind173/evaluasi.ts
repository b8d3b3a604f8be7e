// E.81 evaluasi hasil Renja 2024 of the Dinas Perhubungan of an invented Maluku kabupaten (Kei Tual
// Raya): program 2.15.03 Pengelolaan Pelayaran, K | Rp per numbered column, Rp "(dalam ribuan rupiah)",
// ordinal (n-2) / (n-1) headers resolved from the title. Flows add their quarters; the kapal perintis
// load factor is a level (year = Triwulan IV, s.d. = latest level). Every number is invented.
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
  type Ctx,
  type Row,
} from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: number[];
  rpq: number[];
};

export function e81Perintis(): BookW {
  const b = new BookW(
    "e81-renja-dishub-pelayaran-kei-tual-raya.xlsx",
    "E.81 evaluasi Renja (Dishub, angkutan laut)",
    "E.81 of a Dinas Perhubungan in Maluku, Renja 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir | (6) s.d. Renja (n-2) | (7) Renja (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), K | Rp each, Rp in thousands; three header rows; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KEI TUAL RAYA",
    "DINAS PERHUBUNGAN",
    "Jl. Pelabuhan Watdek No. 7, Langgur Baru",
  ]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Kei Tual Raya",
    "Renja Dinas Perhubungan Tahun 2024 (n-1), periode Renstra 2022-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "2.15.03.2.01.0001",
      nm: "Pemeliharaan Dermaga Penyeberangan dan Tambatan Perahu",
      ind: "Jumlah dermaga penyeberangan yang dipelihara",
      sat: "dermaga",
      level: false,
      k5: 20,
      rp5: 4_600_000,
      k6: 9,
      rp6: 1_912_450,
      k7: 4,
      rp7: 960_000,
      kq: [0, 1, 2, 1],
      rpq: [38_250, 212_400, 401_775, 289_310],
    },
    {
      id: "s2",
      kode: "2.15.03.2.01.0002",
      nm: "Fasilitasi Penyelenggaraan Angkutan Penyeberangan Perintis",
      ind: "Load factor penumpang kapal perintis lintas Tual - Kur - Toyando",
      sat: "%",
      level: true,
      k5: 75,
      rp5: 3_250_000,
      k6: 61.8,
      rp6: 1_274_600,
      k7: 70,
      rp7: 685_000,
      kq: [58.4, 63.1, 71.25, 74.6],
      rpq: [142_500, 171_250, 168_900, 190_870],
    },
    {
      id: "s3",
      kode: "2.15.03.2.01.0003",
      nm: "Pengawasan Keselamatan Penumpang Angkutan Sungai, Danau dan Penyeberangan",
      ind: "Jumlah penumpang penyeberangan yang diperiksa manifesnya",
      sat: "orang",
      level: false,
      k5: 410_000,
      rp5: 1_150_000,
      k6: 236_420,
      rp6: 655_320,
      k7: 84_000,
      rp7: 236_500,
      kq: [17_860, 19_215, 21_940, 27_385],
      rpq: [41_600, 55_875, 60_240, 74_915],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, fmt: DEC, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 13 },
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
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun (n-1) (%)"],
      "14 = 13/5 x 100%",
      "capaian",
      "capaian",
      2024,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  // planted: the Rp (12) of s3 is typed, two digits swapped (232.630 -> 223.630)
  const rp12s3 = 223_630;
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: "Bidang Pelayaran",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = x.id === "s3" ? rp12s3 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      const f14 = `ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`;
      // planted: s1's Rp (14) keeps the result computed before Triwulan IV (stale)
      out.rp14 =
        x.id === "s1" ? fx(f14, round(((x.rp6 + x.rpq[0] + x.rpq[1] + x.rpq[2]) / x.rp5) * 100)) : fx(f14);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const k14 = (x: Sub) => round(((x.level ? x.kq[3] : x.k6 + x.kq.reduce((n, v) => n + v, 0)) / x.k5) * 100);
  const avg = round(subs.reduce((n, x) => n + k14(x), 0) / subs.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "2", nm: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      { id: "bid", bold: true, cells: { kode: "2.15", nm: "URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN" } },
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "2.15.03",
            nm: "PROGRAM PENGELOLAAN PELAYARAN",
            ind: "Persentase lintasan penyeberangan yang terlayani sesuai jadwal",
            sat: "%",
            k5: 90,
            k6: 78.5,
            k7: 84,
            kq1: 80,
            kq2: 82.5,
            kq3: 85,
            kq4: 87.5,
            pj: "Dinas Perhubungan",
          };
          for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
          out.k12 = fx(c.a("kq4"));
          out.k13 = fx(c.a("k12"));
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "2.15.03.2.01",
            nm: "Penyelenggaraan Pelabuhan Pengumpan Lokal dan Angkutan Penyeberangan",
            ind: "Jumlah laporan pengelolaan pelabuhan dan angkutan penyeberangan",
            sat: "laporan",
            k5: 20,
            k6: 10,
            k7: 4,
            kq1: 1,
            kq2: 1,
            kq3: 1,
            kq4: 1,
            pj: "Bidang Pelayaran",
          };
          for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
          out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
          out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: cuaca relatif baik pada triwulan III dan IV; dukungan subsidi perintis Kementerian Perhubungan.",
    "Faktor penghambat: docking KMP Kei Bahari selama 21 hari pada triwulan I.",
    "Tindak lanjut: penjadwalan docking di luar musim angkutan Natal dan Tahun Baru.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Langgur, 24 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN KEI TUAL RAYA,"],
    nama: "ABDUL RAHMAN RAHAYAAN, S.T., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760812 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 2.15.03.2.01.0003 is a typed 223,630 among the quarter formulas; 41,600 + 55,875 + 60,240 + 74,915 give 232,630 (digits swapped)",
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Rp (14) of sub kegiatan 2.15.03.2.01.0001 is =ROUND(13/5*100,2) with a stale cached 55.76 (before Triwulan IV); (1,912,450 + 941,735) / 4,600,000 gives 62.05",
    truth: `ROUND(${a("rp13", "s1")}/${a("rp5", "s1")}*100,2)`,
  });
  // the load factor is a level: its year is Triwulan IV and its s.d. value the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: qk.map((k) => a(k, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
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
  }
  for (const id of ["s1", "s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("rp14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s2")}/${a("rp5", "s2")}*100,2)`,
  });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
