// An E.81 evaluation of the Renja of the Dinas Kesehatan of a Kalimantan Selatan kabupaten, s.d.
// Triwulan IV 2024 (n-1), in the Renstra 2021-2026: ordinal headers "(n-2)" / "(n-1)" resolved from the
// title, quarters over K | Rp, a number row with "12 = 8+9+10+11", "13 = 6 + 12", "14 = 13 / 5 x 100".
// Imunisasi dasar lengkap, puskesmas terakreditasi and SPM coverage are levels (the year is the
// Triwulan IV level, "s.d." the latest level); balita served and surveillance reports are flows.
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

export function e81DinkesAmandit(): BookW {
  const b = new BookW(
    "e81-renja-dinkes-amandit-hulu-tw4-2024.xlsx",
    "E.81 evaluasi Renja Dinas Kesehatan (s.d. Triwulan IV 2024)",
    "E.81 of a Dinas Kesehatan in Kalimantan Selatan: No | Kode | Urusan / Bidang / Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV | (12) | (13) | (14), each K | Rp; three header rows; number row with formulas; levels take Triwulan IV; Rata-rata and Predikat rows; faktor pendorong / penghambat",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN AMANDIT HULU",
    "DINAS KESEHATAN",
    "Jl. Brigjend H. Hasan Basry No. 17 Kandangan Hulu, Kalimantan Selatan",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN AMANDIT HULU",
    "RENJA DINAS KESEHATAN s.d. TRIWULAN IV TAHUN 2024 (RENSTRA 2021-2026)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0004",
      nm: "Pengelolaan Pelayanan Kesehatan Balita",
      ind: "Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar",
      sat: "balita",
      level: false,
      k5: 68_500,
      rp5: 9_850_000_000,
      k6: 27_140,
      rp6: 3_812_600_000,
      k7: 13_800,
      rp7: 2_046_000_000,
      kq: [3120, 3560, 3410, 3395],
      rpq: [312_450_000, 498_720_000, 531_180_000, 602_940_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0019",
      nm: "Pengelolaan Pelayanan Kesehatan Imunisasi",
      ind: "Cakupan imunisasi dasar lengkap (IDL) pada bayi",
      sat: "%",
      level: true,
      k5: 95,
      rp5: 6_420_000_000,
      k6: 88.4,
      rp6: 2_486_300_000,
      k7: 92,
      rp7: 1_318_500_000,
      kq: [21.3, 45.8, 70.2, 93.1],
      rpq: [186_240_000, 341_870_000, 366_050_000, 402_610_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0020",
      nm: "Pengelolaan Surveilans Kesehatan",
      ind: "Jumlah laporan hasil surveilans penyakit dan gizi yang disusun",
      sat: "laporan",
      level: false,
      k5: 60,
      rp5: 3_150_000_000,
      k6: 36,
      rp6: 1_204_800_000,
      k7: 12,
      rp7: 596_400_000,
      kq: [3, 3, 3, 3],
      rpq: [118_300_000, 147_650_000, 152_900_000, 171_480_000],
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
    kf?: string,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, fmt: kf, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: kf ?? RP, width: 16 },
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
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], "5", "target", "anggaran"),
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
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)"],
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
      undefined,
      DEC,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const cap = (n: string, d: string) => `ROUND(${n}/${d}*100,2)`;
  const typedRp12 = 1_954_290_000;
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
        pj: "Bidang Kesehatan Masyarakat",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s1's Rp (12) is typed, two digits swapped
      out.rp12 = x.id === "s1" ? typedRp12 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: s3's K (14) divides column 12 by column 7 (the Renja capaian)
      out.k14 = fx(x.id === "s3" ? cap(c.a("k12"), c.a("k7")) : cap(c.a("k13"), c.a("k5")));
      out.rp14 = fx(cap(c.a("rp13"), c.a("rp5")));
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const levelRow = (
    id: string,
    kode: string,
    nm: string,
    ind: string,
    k: [number, number, number],
    kq: Array<number | "-">,
    rp: (c: Ctx, key: string) => string,
    bold = false,
  ): Row => ({
    id,
    bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { kode, nm, ind, sat: "%", k5: k[0], k6: k[1], k7: k[2] };
      qk.forEach((key, j) => (out[key] = kq[j]));
      for (const key of rpKeys) out[key] = fx(rp(c, key));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(cap(c.a("k13"), c.a("k5")));
      out.rp14 = fx(cap(c.a("rp13"), c.a("rp5")));
      out.pj = "Dinas Kesehatan";
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "1", nm: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      { id: "bid", bold: true, cells: { kode: "1.02", nm: "URUSAN PEMERINTAHAN BIDANG KESEHATAN" } },
      levelRow(
        "prog",
        "1.02.02",
        "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
        "Persentase puskesmas terakreditasi paripurna",
        [100, 75, 85],
        ["-", "-", 80, 90],
        (c, key) => c.a(key, "keg"),
        true,
      ),
      levelRow(
        "keg",
        "1.02.02.2.02",
        "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
        "Persentase capaian SPM bidang kesehatan",
        [100, 86.2, 92],
        [88.5, 90.2, 91.4, 93.6],
        (c, key) => `SUM(${c.a(key, "s1")}:${c.a(key, "s3")})`,
      ),
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
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: "Tinggi" } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: sweeping imunisasi dan kelas ibu balita di 14 puskesmas.",
    "Faktor penghambat: keterlambatan distribusi vaksin ke desa terpencil di hulu sungai pada triwulan I.",
    "Tindak lanjut: penguatan rantai dingin vaksin dan pencatatan ASIK di seluruh puskesmas.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Kandangan Hulu, 24 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN AMANDIT HULU,"],
    nama: "dr. H. MUHAMMAD RIDHANI, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740512 200312 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const s1 = subs[0];
  const trueRp12 = s1.rpq.reduce((n, v) => n + v, 0);
  if (trueRp12 === typedRp12) throw new Error("e81 s1");
  // the predikat holds for the stated average and for the true one
  const k14 = (x: Sub) => {
    const k13 = x.level ? (x.kq[3] as number) : x.k6 + (x.kq as number[]).reduce((n, v) => n + v, 0);
    return round((k13 / x.k5) * 100);
  };
  const avgTrue = round(subs.reduce((n, x) => n + k14(x), 0) / 3);
  if (predikat(avgTrue) !== "Tinggi") throw new Error("e81 predikat");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Realisasi Rp (12) of sub kegiatan 1.02.02.2.02.0004 (balita) is a typed ${typedRp12.toLocaleString("en")} among 8+9+10+11 formulas; the four quarters add up to ${trueRp12.toLocaleString("en")} (digits swapped)`,
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian Renstra K (14) of the surveilans reports is =ROUND(12/7*100,2) = 100.00, the Renja capaian; 13 / 5 = 48 / 60 gives 80.00",
    truth: cap(a("k13", "s3"), a("k5", "s3")),
  });
  // levels: the year is the Triwulan IV level and "s.d." is the latest level
  for (const id of ["s2", "keg", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: id === "prog" ? undefined : qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: cap(a("k13", id), a("k5", id)),
    });
  for (const id of ["s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: cap(a("rp13", id), a("rp5", id)),
    });
  }
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
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "prog"),
  });
  return b.finish();
}
