// An E.81 evaluation of the Renja of a kecamatan in a Jawa Timur kota (Kecamatan Wilis Utara, Kota
// Tanjung Wilis), s.d. Triwulan IV 2024 with ordinal headers (n-2) / (n-1): the PATEN documents and
// the musrenbang usulan are flows that add their quarters, the PATEN on-time rate and the IKM are
// levels whose year is the Triwulan IV value and whose "s.d." value is the latest level.
// Every name and number is invented.
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
  kq: Array<number | "-">;
  rpq: number[];
};

export function e81PatenWilis(): BookW {
  const b = new BookW(
    "e81-renja-kecamatan-wilis-utara-paten-musrenbang.xlsx",
    "E.81 evaluasi Renja kecamatan (PATEN, musrenbang)",
    "E.81 of Kecamatan Wilis Utara (Kota Tanjung Wilis, Jawa Timur), s.d. Triwulan IV 2024, Renstra 2022-2026: three header rows (the quarters grouped under 'Realisasi Kinerja pada Triwulan'), ordinal (n-2) / (n-1) headers, K | Rp pairs, number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; program 7.01.02, kegiatan 7.01.02.2.01, three sub kegiatan; Rata-rata and Predikat rows; faktor pendorong / penghambat",
  );
  const S = "E.81 Kec Wilis Utara";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG WILIS",
    "KECAMATAN WILIS UTARA",
    "Jl. Raya Kepanjen Lor No. 41 Telp. (0342) 801 774",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA TANJUNG WILIS",
    "Renja Kecamatan Wilis Utara Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Renstra Kecamatan Wilis Utara 2022-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "7.01.02.2.01.0003",
      nm: "Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
      ind: "Jumlah dokumen layanan administrasi PATEN yang diterbitkan",
      sat: "dokumen",
      level: false,
      k5: 42_000,
      rp5: 1_450_000_000,
      k6: 24_860,
      rp6: 842_300_000,
      k7: 8_500,
      rp7: 296_500_000,
      kq: [2_014, 2_236, 2_198, 2_347],
      rpq: [58_420_000, 71_380_000, 76_950_000, 84_610_000],
    },
    {
      id: "s2",
      kode: "7.01.02.2.01.0004",
      nm: "Pemantauan Standar Waktu Pelayanan Administrasi Kecamatan",
      ind: "Persentase layanan PATEN yang diselesaikan sesuai standar waktu",
      sat: "%",
      level: true,
      k5: 95,
      rp5: 620_000_000,
      k6: 88.4,
      rp6: 361_800_000,
      k7: 90,
      rp7: 128_000_000,
      kq: [86.2, 88.9, 90.4, 91.75],
      rpq: [24_150_000, 31_600_000, 33_870_000, 36_240_000],
    },
    {
      id: "s3",
      kode: "7.01.02.2.01.0005",
      nm: "Fasilitasi Musyawarah Perencanaan Pembangunan Kelurahan dan Kecamatan",
      ind: "Jumlah usulan musrenbang kelurahan yang diverifikasi",
      sat: "usulan",
      level: false,
      k5: 1_500,
      rp5: 780_000_000,
      k6: 874,
      rp6: 452_600_000,
      k7: 320,
      rp7: 164_200_000,
      kq: [0, 214, 96, 18],
      rpq: [12_500_000, 88_740_000, 41_360_000, 17_850_000],
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
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra (2026)"], "5", "target", "anggaran"),
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
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. (n-1) (%)", "K"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. (n-1) (%)", "Rp"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const s1Rp12 = sumOf(subs[0].rpq);
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1}`,
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
        pj: "Seksi Pelayanan Umum",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s1's Rp (12) typed 291,630,000 (digits swapped) instead of the quarters' formula
      out.rp12 = x.id === "s1" ? s1Rp12 + 270_000 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      // planted: s3's Rp (14) divides (12) by (7), the Renja ratio, not (13) by (5)
      out.rp14 =
        x.id === "s3"
          ? fx(`ROUND(${c.a("rp12")}/${c.a("rp7")}*100,2)`)
          : fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "7.01.02.2.01",
        nm: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
        ind: "Jumlah laporan penyelenggaraan pemerintahan kecamatan",
        sat: "laporan",
        k5: 5,
        k6: 3,
        k7: 1,
        kq1: 0,
        kq2: 0,
        kq3: 0,
        kq4: 1,
        pj: "Sekretariat Kecamatan",
      };
      for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "7.01.02",
        nm: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        ind: "Indeks Kepuasan Masyarakat (IKM) atas pelayanan kecamatan",
        sat: "nilai",
        k5: 85,
        k6: 80.12,
        k7: 82,
        kq1: "-",
        kq2: 81.4,
        kq3: "-",
        kq4: 83.06,
        pj: "Camat",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const k14 = (x: Sub) => {
    const k13 = x.level ? (x.kq[3] as number) : x.k6 + sumOf(x.kq as number[]);
    return round((k13 / x.k5) * 100);
  };
  const avgK = round(sumOf(subs.map(k14)) / subs.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "7", nm: "KEWILAYAHAN" } },
      { id: "bid", bold: true, cells: { kode: "7.01", nm: "KECAMATAN" } },
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: layanan PATEN daring melalui aplikasi SiWilis sejak Triwulan II.",
    "Faktor penghambat: musrenbang kelurahan baru terlaksana pada Triwulan II karena penyesuaian jadwal.",
    "Tindak lanjut: percepatan verifikasi usulan dan penambahan loket PATEN di Kelurahan Kepanjen Lor.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Tanjung Wilis, 17 Januari 2025",
    jabatan: ["CAMAT WILIS UTARA,"],
    nama: "BAMBANG SETYO WIBOWO, S.STP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19820611 200012 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Realisasi Rp (12) of the PATEN sub kegiatan is a typed ${(s1Rp12 + 270_000).toLocaleString("en")} among quarter formulas; Triwulan I-IV add up to ${s1Rp12.toLocaleString("en")} (digits swapped)`,
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian Rp (14) of the musrenbang sub kegiatan is =ROUND(12/7*100,2) = 97.72, the Renja ratio; (13) / (5) = 613,050,000 / 780,000,000 gives 78.60",
    truth: `ROUND(${a("rp13", "s3")}/${a("rp5", "s3")}*100,2)`,
  });
  // levels: the year's K is the Triwulan IV value and the s.d. K the latest level
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
  b.ok({ sheet: S, cell: a("k12", "prog"), rules: ["sum-mismatch"], truth: a("kq4", "prog") });
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
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("rp14", "s2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
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
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}

function sumOf(xs: number[]): number {
  return xs.reduce((n, v) => n + v, 0);
}
