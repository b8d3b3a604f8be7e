// An E.81 Renja evaluation (Permendagri 86/2017) of the Dinas Kesehatan of an invented Jawa Timur kabupaten,
// year n-1 = 2024, K | Rp for every numbered column: skrining usia produktif and ODGJ berat are flows (their
// quarters add up), the hipertensi coverage is a level (the year is its Triwulan IV value, "s.d." the latest).
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Ctx, type Row } from "../forms/kit";

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

export function e81Ptm(): BookW {
  const b = new BookW(
    "e81-renja-ptm-dinkes-wonosari-wetan-b178.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Kesehatan, PTM)",
    "E.81 for 2024 of the Dinas Kesehatan Kabupaten Wonosari Wetan: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | 5 .. 14 as K | Rp pairs (Renstra 2021-2026 end target, s.d. 2023, Renja 2024, Triwulan I-IV, 12 = 8+9+10+11, 13 = 6 + 12, 14 = 13/5 x 100); Rata-rata and Predikat rows",
  );
  const S = "E.81 Dinkes 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WONOSARI WETAN",
    "DINAS KESEHATAN",
    "Jl. Raya Kawedanan No. 27 Wonosari Wetan, Jawa Timur",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS KESEHATAN KABUPATEN WONOSARI WETAN",
    "s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0010",
      nm: "Pengelolaan Pelayanan Kesehatan pada Usia Produktif",
      ind: "Jumlah penduduk usia produktif (15-59 th) yang mendapat skrining kesehatan sesuai standar",
      sat: "orang",
      level: false,
      k5: 1_250_000,
      rp5: 4_800_000_000,
      k6: 640_000,
      rp6: 2_310_000_000,
      k7: 210_000,
      rp7: 845_000_000,
      kq: [38_400, 52_900, 61_250, 49_870],
      rpq: [121_500_000, 208_750_000, 236_400_000, 247_180_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0011",
      nm: "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi",
      ind: "Persentase penderita hipertensi yang mendapat pelayanan kesehatan sesuai standar",
      sat: "%",
      level: true,
      k5: 100,
      rp5: 3_600_000_000,
      k6: 78.4,
      rp6: 1_744_000_000,
      k7: 90,
      rp7: 692_500_000,
      kq: [24.1, 47.6, 71.3, 88.2],
      rpq: [88_300_000, 165_420_000, 190_750_000, 214_600_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0013",
      nm: "Pengelolaan Pelayanan Kesehatan Orang dengan Gangguan Jiwa Berat",
      ind: "Jumlah ODGJ berat yang mendapat pelayanan kesehatan jiwa sesuai standar",
      sat: "orang",
      level: false,
      k5: 6_200,
      rp5: 1_950_000_000,
      k6: 2_985,
      rp6: 912_400_000,
      k7: 1_240,
      rp7: 388_600_000,
      kq: [268, 301, 334, 312],
      rpq: [64_200_000, 92_850_000, 101_300_000, 118_740_000],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kr, year, num, width: 10 },
    { key: `rp${key}`, head: [head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024) yang Dievaluasi",
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
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 14 },
  ];
  for (const c of cols) if (c.key.startsWith("k") && c.key !== "kode" && /\d/.test(c.key)) c.fmt = "#,##0.##";
  const rpKeys = ["rp5", "rp6", "rp7", "rpq1", "rpq2", "rpq3", "rpq4", "rp12", "rp13"];
  const subRow = (u: Sub, i: number): Row => ({
    id: u.id,
    cells: (x: Ctx) => {
      const q = [1, 2, 3, 4].map((n) => x.a(`kq${n}`));
      const rq = [1, 2, 3, 4].map((n) => x.a(`rpq${n}`));
      const c: Record<string, Cell> = {
        no: `1.${i + 1}`,
        kode: u.kode,
        nm: u.nm,
        ind: u.ind,
        sat: u.sat,
        k5: u.k5,
        rp5: u.rp5,
        k6: u.k6,
        rp6: u.rp6,
        k7: u.k7,
        rp7: u.rp7,
        k12: fx(u.level ? q[3] : q.join("+")),
        // planted (s1): a typed 831,830,000 (the quarters give 813,830,000)
        rp12: u.id === "s1" ? 831_830_000 : fx(rq.join("+")),
        k13: fx(u.level ? x.a("k12") : `${x.a("k6")}+${x.a("k12")}`),
        rp13: fx(`${x.a("rp6")}+${x.a("rp12")}`),
        // planted (s3): a stale cached result of 48.15 (the s.d. 2023 value alone)
        k14:
          u.id === "s3"
            ? fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`, 48.15)
            : fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
        rp14: fx(`ROUND(${x.a("rp13")}/${x.a("rp5")}*100,2)`),
        pj: "Bidang P2P",
      };
      u.kq.forEach((v, n) => (c[`kq${n + 1}`] = v));
      u.rpq.forEach((v, n) => (c[`rpq${n + 1}`] = v));
      return c;
    },
  });
  const sums = (x: Ctx): Record<string, Cell> =>
    Object.fromEntries(rpKeys.map((k) => [k, fx(`SUM(${x.a(k, "s1")}:${x.a(k, "s3")})`)]));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (x) => ({
          no: 1,
          kode: "1.02.02",
          nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
          ind: "Persentase capaian SPM bidang kesehatan",
          ...Object.fromEntries(rpKeys.map((k) => [k, fx(x.a(k, "keg"))])),
          rp14: fx(`ROUND(${x.a("rp13")}/${x.a("rp5")}*100,2)`),
          pj: "Dinas Kesehatan",
        }),
      },
      {
        id: "keg",
        bold: true,
        cells: (x) => ({
          kode: "1.02.02.2.02",
          nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
          ind: "Jumlah sasaran SPM yang dilayani",
          ...sums(x),
          rp14: fx(`ROUND(${x.a("rp13")}/${x.a("rp5")}*100,2)`),
          pj: "Bidang P2P",
        }),
      },
      ...subs.map(subRow),
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "s1")}:${x.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${x.a("rp14", "s1")}:${x.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: "Sedang", rp14: "Sedang" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: posbindu PTM aktif di seluruh desa; faktor penghambat: keterbatasan reagen gula darah pada Triwulan I.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Wonosari Wetan, 15 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN WONOSARI WETAN"],
    nama: "dr. HENDRA WICAKSONO, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740812 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const Q = (k: string, id: string) => [1, 2, 3, 4].map((n) => a(`${k}q${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "12 Rp of sub kegiatan .0010 (usia produktif) is a typed 831,830,000 among formulas; the four quarters give 813,830,000 (digits swapped)",
    truth: Q("rp", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: "14 K of sub kegiatan .0013 (ODGJ berat) is =ROUND(13/5*100,2) with a stale cached 48.15 (2,985 / 6,200, before 2024 was added); 4,200 / 6,200 gives 67.74",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // traps: the hipertensi coverage is a level
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: Q("k", "s2"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("k12", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: Q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s2", "s3"]) {
    b.ok({ sheet: S, cell: a("rp12", id), rules: ["sum-mismatch"], truth: Q("rp", id) });
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
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  return b.finish();
}
