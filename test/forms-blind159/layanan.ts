// Service and money tables of two regional hospitals run as BLUD: the E.81 evaluation of the Renja
// 2024 of the RSUD of an East Java kabupaten (typed values, BOR and the indeks kepuasan pasien are
// levels, patients and packages are flows), the monthly inpatient recap 2024 of a Central Kalimantan
// RSUD (BOR, ALOS, TOI, BTO, NDR, GDR per month from hari perawatan, lama dirawat and pasien keluar)
// and the BLUD budget realisation 2024 of the East Java RSUD "(dalam ribuan rupiah)".
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
  sum,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ================================================== E.81 RSUD Kabupaten Ngrowo Kidul (Jawa Timur), 2024

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rpq?: number[];
};

export function e81RsudNgrowo(): BookW {
  const b = new BookW(
    "e81-renja-rsud-bor-ngrowo-kidul.xlsx",
    "E.81 Renja evaluation of an RSUD BLUD (2024)",
    "E.81 of the RSUD of a Jawa Timur kabupaten, s.d. Triwulan IV 2024, typed values: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. 2023 (n-2) | (7) Target Renja 2024 (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each Kinerja | Keuangan; number row '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 RSUD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN NGROWO KIDUL",
    "RUMAH SAKIT UMUM DAERAH dr. R. SOEDJONO NGROWO KIDUL",
    "Jl. Panglima Sudirman No. 114 Ngrowo Kidul, Telp. (0355) 791 204",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN NGROWO KIDUL",
    "Renja RSUD dr. R. Soedjono s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
    "Indikator dan kebijakan: peningkatan mutu pelayanan rawat inap dan kepuasan pasien",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "prog",
      kode: "1.02.02",
      nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Bed Occupancy Rate (BOR) rawat inap",
      sat: "%",
      level: true,
      k5: 80,
      k6: 68.2,
      k7: 72,
      kq: [62.4, 66.1, 69.8, 71.5],
    },
    {
      id: "keg",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Indeks kepuasan pasien rawat inap",
      sat: "indeks",
      level: true,
      k5: 85,
      k6: 79.4,
      k7: 82,
      kq: [80.15, 81.02, 81.6, 82.35],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0001",
      nm: "Operasional Pelayanan Rumah Sakit",
      ind: "Jumlah pasien rawat inap yang dilayani",
      sat: "orang",
      level: false,
      k5: 45_000,
      k6: 26_480,
      k7: 9_200,
      kq: [2_180, 2_310, 2_405, 2_398],
      rp5: 62_500_000_000,
      rp6: 37_214_650_000,
      rp7: 13_480_000_000,
      rpq: [2_915_400_000, 3_302_180_000, 3_418_760_000, 3_640_215_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0017",
      nm: "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan",
      ind: "Jumlah paket obat dan BMHP yang disediakan",
      sat: "paket",
      level: false,
      k5: 60,
      k6: 36,
      k7: 12,
      kq: [3, 3, 3, 3],
      rp5: 48_750_000_000,
      rp6: 28_905_320_000,
      rp7: 10_250_000_000,
      rpq: [2_164_300_000, 2_618_450_000, 2_540_910_000, 2_716_085_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0035",
      nm: "Pengelolaan Pelayanan Kesehatan Rujukan",
      ind: "Jumlah pasien rujukan yang ditangani",
      sat: "orang",
      level: false,
      k5: 7_500,
      k6: 4_210,
      k7: 1_550,
      kq: [372, 401, 388, 415],
      rp5: 6_250_000_000,
      rp6: 3_688_400_000,
      rp7: 1_310_000_000,
      rpq: [254_620_000, 318_900_000, 331_475_000, 352_180_000],
    },
  ];
  const subs = rows.filter((x) => x.rpq);
  const rpOf = (x: E, k: "rp5" | "rp6" | "rp7"): number => x[k] ?? sum(subs.map((y) => y[k]!));
  const rpqOf = (x: E, q: number): number => (x.rpq ? x.rpq[q] : sum(subs.map((y) => y.rpq![q])));
  const k12 = (x: E) => (x.level ? x.kq[3] : sum(x.kq));
  const k13 = (x: E) => (x.level ? x.kq[3] : x.k6 + k12(x));
  const rp12 = (x: E) => sum([0, 1, 2, 3].map((q) => rpqOf(x, q)));
  const rp13 = (x: E) => rpOf(x, "rp6") + rp12(x);
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "Kinerja"], role: kRole, year, num, width: 10 },
    { key: `rp${key}`, head: [head, "Keuangan (Rp)"], role: rpRole, year, num, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2) 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) 2024",
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
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
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
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Kinerja"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Keuangan (Rp)"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const S2_RP12_TYPED = 10_093_754_000; // planted: the quarters give 10,039,745,000
  if (rp12(rows[3]) !== 10_039_745_000) throw new Error("e81 s2 rp12");
  const k14 = (x: E) => round((k13(x) / x.k5) * 100);
  const shownK14 = (x: E) => (x.id === "s1" ? round((k12(x) / x.k7) * 100) : k14(x));
  const rp14 = (x: E) => round((rp13(x) / rpOf(x, "rp5")) * 100);
  const body = rows.map((x, i): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: () => {
      const out: Record<string, Cell> = {
        no: x.id === "prog" ? "I" : x.id === "keg" ? "1" : `1.${i - 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: rpOf(x, "rp5"),
        k6: x.k6,
        rp6: rpOf(x, "rp6"),
        k7: x.k7,
        rp7: rpOf(x, "rp7"),
        k12: k12(x),
        rp12: x.id === "s2" ? S2_RP12_TYPED : rp12(x),
        k13: k13(x),
        rp13: rp13(x),
        k14: shownK14(x),
        rp14: rp14(x),
        pj: "Bidang Pelayanan Medik",
      };
      x.kq.forEach((v, q) => {
        out[`kq${q + 1}`] = v;
        out[`rpq${q + 1}`] = rpqOf(x, q);
      });
      return out;
    },
  }));
  const avgRp = round(sum(rows.map(rp14)) / rows.length);
  const avgK = round(sum(rows.map(shownK14)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["no", "rp13"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "prog")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "rp13"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: penambahan 24 tempat tidur kelas III dan kerja sama rujukan dengan 18 puskesmas.",
    "Faktor penghambat: kekurangan dokter spesialis anak pada triwulan I; BOR belum mencapai target Renja.",
    "Tindak lanjut: rekrutmen dokter spesialis melalui pola BLUD dan percepatan klaim JKN.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Ngrowo Kidul, 20 Januari 2025",
    jabatan: ["DIREKTUR RSUD dr. R. SOEDJONO", "KABUPATEN NGROWO KIDUL"],
    nama: "dr. ARIEF BUDIMAN SANTOSO, Sp.PD., M.M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760914 200501 1 008",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qk = (id: string) => [1, 2, 3, 4].map((q) => a(`kq${q}`, id)).join("+");
  const qr = (id: string) => [1, 2, 3, 4].map((q) => a(`rpq${q}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi anggaran (12) of sub kegiatan 1.02.02.2.02.0017 is typed 10,093,754,000; its four quarters add up to 10,039,745,000 (digits swapped)",
    truth: qr("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Renstra K (14) of the pasien rawat inap is 101.01, the Renja capaian 12 / 7 (9,293 / 9,200); 13 / 5 x 100 = 35,773 / 45,000 x 100 = 79.50",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  // levels: BOR and the indeks kepuasan take the Triwulan IV value, s.d. 2024 the latest level
  for (const id of ["prog", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("kq4", id), trap: qk(id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk(id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
    b.ok({ sheet: S, cell: a("rp12", id), rules: ["sum-mismatch"], truth: qr(id) });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  }
  b.ok({ sheet: S, cell: a("k12", "s2"), rules: ["sum-mismatch"], truth: qk("s2") });
  for (const id of ["prog", "keg", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7", "rpq1", "rpq2", "rpq3", "rpq4"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "keg"),
  });
  return b.finish();
}

// ============================= Rekap bulanan pelayanan rawat inap, RSUD Kahayan Tengah (Kalimantan Tengah), 2024

type M = {
  id: string;
  bln: string;
  hari: number;
  tt: number;
  hidup: number;
  mati: number;
  m48: number;
  ld: number;
  hp: number;
};

export function rekapRanapKahayan(): BookW {
  const b = new BookW(
    "rekap-bulanan-ranap-bor-alos-kahayan-tengah.xlsx",
    "monthly inpatient service recap (BOR, ALOS, TOI, BTO, NDR, GDR)",
    "Rekap indikator pelayanan rawat inap 2024 per month of a Kalimantan Tengah RSUD: Bulan | Jumlah Hari | Tempat Tidur | 'Pasien Keluar' > Hidup | Mati | Jumlah | Mati >= 48 Jam | Lama Dirawat | Hari Perawatan | BOR | ALOS | TOI | BTO | NDR | GDR; number row with '(6) = (4) + (5)', '(10) = (9) / ((2) x (3)) x 100' ...; formulas; Jumlah / Tahun 2024 row with the indicators of the totals",
  );
  const S = "Rekap Ranap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KAHAYAN TENGAH",
    "RUMAH SAKIT UMUM DAERAH TAMBUN BUNGAI",
    "Jl. Tjilik Riwut Km. 3, Kuala Kurun Hulu - Kalimantan Tengah",
  ]);
  s.lines(["REKAPITULASI INDIKATOR PELAYANAN RAWAT INAP", "BULAN JANUARI S.D. DESEMBER TAHUN 2024"]);
  s.gap();
  const names = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ];
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const hidup = [612, 574, 598, 560, 631, 589, 642, 655, 603, 628, 611, 667];
  const mati = [21, 18, 24, 17, 22, 19, 25, 23, 20, 21, 18, 26];
  const m48 = [12, 10, 14, 9, 13, 11, 15, 13, 11, 12, 10, 16];
  const hp = [3_318, 3_046, 3_255, 3_102, 3_391, 3_187, 3_452, 3_520, 3_241, 3_366, 3_298, 3_574];
  const ld = [2_874, 2_698, 2_906, 2_655, 3_012, 2_795, 3_083, 3_121, 2_860, 2_977, 2_901, 3_188];
  const ms: M[] = names.map((bln, i) => ({
    id: `m${i + 1}`,
    bln,
    hari: days[i],
    tt: 142,
    hidup: hidup[i],
    mati: mati[i],
    m48: m48[i],
    ld: ld[i],
    hp: hp[i],
  }));
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(0)", width: 5 },
    { key: "bln", head: ["Bulan"], num: "(1)", width: 12 },
    { key: "hari", head: ["Jumlah Hari"], num: "(2)", width: 8 },
    { key: "tt", head: ["Jumlah Tempat Tidur"], num: "(3)", width: 9 },
    {
      key: "hidup",
      head: ["Pasien Keluar", "Hidup"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: RP,
      width: 9,
    },
    {
      key: "mati",
      head: ["Pasien Keluar", "Mati"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: RP,
      width: 9,
    },
    {
      key: "jml",
      head: ["Pasien Keluar", "Jumlah (H + M)"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (4) + (5)",
      fmt: RP,
      width: 10,
    },
    { key: "m48", head: ["Mati >= 48 Jam"], role: "realisasi", year: 2024, num: "(7)", fmt: RP, width: 9 },
    {
      key: "ld",
      head: ["Lama Dirawat (hari)"],
      role: "realisasi",
      year: 2024,
      num: "(8)",
      fmt: RP,
      width: 10,
    },
    { key: "hp", head: ["Hari Perawatan"], role: "realisasi", year: 2024, num: "(9)", fmt: RP, width: 10 },
    {
      key: "bor",
      head: ["BOR (%)"],
      role: "realisasi",
      year: 2024,
      num: "(10) = (9) / ((2) x (3)) x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "alos",
      head: ["ALOS (hari)"],
      role: "realisasi",
      year: 2024,
      num: "(11) = (8) / (6)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "toi",
      head: ["TOI (hari)"],
      role: "realisasi",
      year: 2024,
      num: "(12) = ((2)x(3) - (9)) / (6)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "bto",
      head: ["BTO (kali)"],
      role: "realisasi",
      year: 2024,
      num: "(13) = (6) / (3)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "ndr",
      head: ["NDR (per mil)"],
      role: "realisasi",
      year: 2024,
      num: "(14) = (7) / (6) x 1000",
      fmt: DEC,
      width: 9,
    },
    {
      key: "gdr",
      head: ["GDR (per mil)"],
      role: "realisasi",
      year: 2024,
      num: "(15) = (5) / (6) x 1000",
      fmt: DEC,
      width: 9,
    },
  ];
  const ind = (c: Ctx, planted?: number): Record<string, Cell> => ({
    bor: planted ?? fx(`ROUND(${c.a("hp")}/(${c.a("hari")}*${c.a("tt")})*100,2)`),
    alos: fx(`ROUND(${c.a("ld")}/${c.a("jml")},2)`),
    toi: fx(`ROUND((${c.a("hari")}*${c.a("tt")}-${c.a("hp")})/${c.a("jml")},2)`),
    bto: fx(`ROUND(${c.a("jml")}/${c.a("tt")},2)`),
    ndr: fx(`ROUND(${c.a("m48")}/${c.a("jml")}*1000,2)`),
    gdr: fx(`ROUND(${c.a("mati")}/${c.a("jml")}*1000,2)`),
  });
  // planted: August's BOR typed 97.96 (3,520 / (31 x 142) x 100 = 79.96)
  const AUG_BOR = 97.96;
  if (round((3_520 / (31 * 142)) * 100) !== 79.96) throw new Error("rekap bor");
  const sumCol = (k: string, c: Ctx) => `SUM(${c.a(k, "m1")}:${c.a(k, "m12")})`;
  const trueLd = sum(ld);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...ms.map((m, i): Row => ({
        id: m.id,
        cells: (c) => ({
          no: i + 1,
          bln: m.bln,
          hari: m.hari,
          tt: m.tt,
          hidup: m.hidup,
          mati: m.mati,
          jml: fx(`${c.a("hidup")}+${c.a("mati")}`),
          m48: m.m48,
          ld: m.ld,
          hp: m.hp,
          ...ind(c, m.id === "m8" ? AUG_BOR : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "bln"],
        cells: (c) => ({
          no: "JUMLAH / TAHUN 2024",
          hari: fx(sumCol("hari", c)),
          tt: 142,
          hidup: fx(sumCol("hidup", c)),
          mati: fx(sumCol("mati", c)),
          jml: fx(sumCol("jml", c)),
          m48: fx(sumCol("m48", c)),
          // planted: a stale cached total from before October's lama dirawat was corrected (2,797 -> 2,977)
          ld: fx(sumCol("ld", c), trueLd - 180),
          hp: fx(sumCol("hp", c)),
          ...ind(c),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: standar Depkes BOR 60-85 %, ALOS 6-9 hari, TOI 1-3 hari, BTO 40-50 kali, NDR < 25 per mil, GDR < 45 per mil.",
    "Baris JUMLAH / TAHUN 2024: indikator dihitung dari jumlah setahun, bukan rata-rata atau jumlah indikator bulanan.",
    "Sumber: SIMRS dan sensus harian rawat inap, Instalasi Rekam Medis.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Kuala Kurun Hulu, 8 Januari 2025",
    jabatan: ["Kepala Instalasi Rekam Medis,"],
    nama: "YOHANA NATALIA, A.Md.RMIK",
    nip: "19880612 201101 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const ids = ms.map((m) => m.id);
  b.plant({
    at: { sheet: S, cell: a("bor", "m8") },
    rules: ["hardcoded-value", "ratio-components-mismatch"],
    note: "BOR of August is a typed 97.96 among ROUND formulas; 3,520 hari perawatan / (31 x 142) x 100 = 79.96",
    truth: `ROUND(${a("hp", "m8")}/(${a("hari", "m8")}*${a("tt", "m8")})*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("ld", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH of the lama dirawat is =SUM over the months with a stale cached result of ${(trueLd - 180).toLocaleString("en")}; the twelve months give ${trueLd.toLocaleString("en")}`,
    truth: `SUM(${a("ld", "m1")}:${a("ld", "m12")})`,
  });
  for (const id of ["m1", "m5", "m10", "m12"]) {
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("hidup", id)}+${a("mati", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("bor", id),
      rules: ["hardcoded-value", "percent-out-of-range"],
      truth: `ROUND(${a("hp", id)}/(${a("hari", id)}*${a("tt", id)})*100,2)`,
    });
  }
  for (const k of ["hari", "hidup", "mati", "jml", "m48", "hp"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, ids[0])}:${a(k, ids[11])})`,
    });
  // the year's indicators come from the year's totals, not from the months' indicators
  b.ok({
    sheet: S,
    cell: a("bor", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("hp", "tot")}/(${a("hari", "tot")}*${a("tt", "tot")})*100,2)`,
    trap: `SUM(${a("bor", "m1")}:${a("bor", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("bto", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("tt", "tot")},2)`,
    trap: `ROUND(AVERAGE(${a("bto", "m1")}:${a("bto", "m12")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("gdr", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("mati", "tot")}/${a("jml", "tot")}*1000,2)`,
    trap: `SUM(${a("gdr", "m1")}:${a("gdr", "m12")})`,
  });
  return b.finish();
}

// ================================== Realisasi anggaran BLUD 2024, RSUD Kabupaten Ngrowo Kidul (Rp 000)

type Sk = { id: string; kode: string; nm: string; pagu: number; real: number };

export function bludNgrowo(): BookW {
  const b = new BookW(
    "realisasi-blud-rsud-soedjono-ngrowo-kidul.xlsx",
    "BLUD budget realisation per sub kegiatan (Rp 000)",
    "Laporan realisasi anggaran BLUD 2024 of a Jawa Timur RSUD '(dalam ribuan rupiah)': Kode Rekening | Uraian | Pagu Anggaran Perubahan | Realisasi s.d. Desember | Sisa Anggaran | Serapan (%); number row '5 = 3 - 4', '6 = 4 / 3 x 100'; program > kegiatan > sub kegiatan with SUM formulas; JUMLAH row",
  );
  const S = "LRA BLUD 2024";
  const s = b.sheet(S);
  letterhead(s, ["RSUD dr. R. SOEDJONO KABUPATEN NGROWO KIDUL", "BADAN LAYANAN UMUM DAERAH"]);
  s.lines([
    "LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA BLUD",
    "TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const k1: Sk[] = [
    {
      id: "a1",
      kode: "1.02.01.2.10.0001",
      nm: "Pelayanan dan Penunjang Pelayanan BLUD",
      pagu: 118_450_000,
      real: 109_873_415,
    },
  ];
  const k2: Sk[] = [
    {
      id: "b1",
      kode: "1.02.02.2.02.0001",
      nm: "Operasional Pelayanan Rumah Sakit",
      pagu: 13_480_000,
      real: 13_276_555,
    },
    {
      id: "b2",
      kode: "1.02.02.2.02.0017",
      nm: "Pengadaan Obat, BMHP, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan",
      pagu: 10_250_000,
      real: 10_039_745,
    },
    {
      id: "b3",
      kode: "1.02.02.2.02.0035",
      nm: "Pengelolaan Pelayanan Kesehatan Rujukan",
      pagu: 1_310_000,
      real: 1_257_175,
    },
    // planted: realisasi above the pagu
    {
      id: "b4",
      kode: "1.02.02.2.02.0021",
      nm: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Layanan Kesehatan",
      pagu: 7_865_000,
      real: 8_147_320,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "1", width: 20 },
    { key: "nm", head: ["Uraian"], num: "2", width: 46 },
    {
      key: "pagu",
      head: ["Pagu Anggaran Perubahan 2024"],
      role: "anggaran",
      year: 2024,
      num: "3",
      fmt: RP,
      width: 16,
    },
    {
      key: "real",
      head: ["Realisasi s.d. 31 Desember 2024"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "4",
      fmt: RP,
      width: 16,
    },
    { key: "sisa", head: ["Sisa Anggaran"], num: "5 = 3 - 4", fmt: RP, width: 14 },
    {
      key: "ser",
      head: ["Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "6 = 4 / 3 x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  const tail = (c: Ctx): Record<string, Cell> => ({
    sisa: fx(`${c.a("pagu")}-${c.a("real")}`),
    ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
  });
  const sk = (x: Sk): Row => ({
    id: x.id,
    cells: (c) => ({ kode: x.kode, nm: x.nm, pagu: x.pagu, real: x.real, ...tail(c) }),
  });
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    rows: [
      {
        id: "p1",
        bold: true,
        cells: (c) => ({
          kode: "1.02.01",
          nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
          pagu: fx(c.a("pagu", "g1")),
          real: fx(c.a("real", "g1")),
          ...tail(c),
        }),
      },
      {
        id: "g1",
        cells: (c) => ({
          kode: "1.02.01.2.10",
          nm: "Peningkatan Pelayanan BLUD",
          pagu: fx(c.a("pagu", "a1")),
          real: fx(c.a("real", "a1")),
          ...tail(c),
        }),
      },
      ...k1.map(sk),
      {
        id: "p2",
        bold: true,
        cells: (c) => ({
          kode: "1.02.02",
          nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
          pagu: fx(c.a("pagu", "g2")),
          real: fx(c.a("real", "g2")),
          ...tail(c),
        }),
      },
      {
        id: "g2",
        cells: (c) => ({
          kode: "1.02.02.2.02",
          nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
          pagu: fx(`SUM(${c.a("pagu", "b1")}:${c.a("pagu", "b4")})`),
          // planted: the range stops one row short (b4 left out)
          real: fx(`SUM(${c.a("real", "b1")}:${c.a("real", "b3")})`),
          ...tail(c),
        }),
      },
      ...k2.map(sk),
      {
        id: "tot",
        bold: true,
        span: ["kode", "nm"],
        cells: (c) => ({
          kode: "JUMLAH BELANJA BLUD",
          pagu: fx(`${c.a("pagu", "p1")}+${c.a("pagu", "p2")}`),
          real: fx(`${c.a("real", "p1")}+${c.a("real", "p2")}`),
          ...tail(c),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: pagu sesuai RBA Perubahan 2024; realisasi termasuk belanja yang dibayar dari saldo awal kas BLUD.",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Ngrowo Kidul, 15 Januari 2025",
    jabatan: ["Pejabat Keuangan BLUD,"],
    nama: "SRI WAHYUNINGSIH, S.E., M.Ak.",
    nip: "19810327 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "b4") },
        { sheet: S, cell: a("ser", "b4") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Pengadaan alat kesehatan: realisasi 8,147,320 (ribu) above the pagu 7,865,000, serapan 103.59 % and a negative sisa",
    truth: a("pagu", "b4"),
  });
  b.plant({
    at: { sheet: S, cell: a("real", "g2") },
    rules: ["sum-mismatch"],
    note: "Realisasi of kegiatan 1.02.02.2.02 is =SUM over b1..b3, one row short; with the alat kesehatan 8,147,320 it is 32,720,795 (ribu), not 24,573,475",
    truth: `SUM(${a("real", "b1")}:${a("real", "b4")})`,
  });
  for (const id of ["a1", "b1", "b2", "b3"]) {
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: `ROUND(${a("real", id)}/${a("pagu", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("pagu", "g2"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "b1")}+${a("pagu", "b2")}+${a("pagu", "b3")}+${a("pagu", "b4")}`,
  });
  b.ok({ sheet: S, cell: a("pagu", "p1"), rules: ["sum-mismatch"], truth: a("pagu", "a1") });
  b.ok({ sheet: S, cell: a("real", "p1"), rules: ["sum-mismatch"], truth: a("real", "a1") });
  // JUMLAH adds the two programs, not every row (that would count each sub kegiatan three times)
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "a1")}+${a("pagu", "b1")}+${a("pagu", "b2")}+${a("pagu", "b3")}+${a("pagu", "b4")}`,
    trap: `SUM(${a("pagu", "p1")}:${a("pagu", "b4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "b4"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "b4")})`,
    actual: a("kode", "g2"),
  });
  return b.finish();
}
