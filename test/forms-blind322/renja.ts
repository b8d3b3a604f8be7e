// E.81 (Kabupaten Lembah Sirandah, Sumatera Barat) and T-C.27 (Kota Banua Rindang, Kalimantan Selatan) of
// two Dinas Koperasi dan UKM: penilaian kesehatan KSP/USP, usaha mikro naik kelas, KUR, diklat perkoperasian.
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
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  no: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level?: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

const add = (xs: E[], f: (e: E) => number) => sum(xs.map(f));
const addQ = (xs: E[]) => [0, 1, 2, 3].map((i) => sum(xs.map((e) => e.rq[i])));

/** E.81 s.d. Triwulan IV 2024, ordinal (n-1)/(n-2) headers, K/Rp pairs, a planted typed (12) Rp. */
export function e81Koperasi(): BookW {
  const b = new BookW(
    "e81-diskopukm-lembah-sirandah-322.xlsx",
    "E.81 evaluasi Renja (Koperasi UKM)",
    "E.81 s.d. TW IV 2024 (n-1), Renstra 2021-2026: No | Kode | Program/Kegiatan | Indikator | Satuan | 5..14 K/Rp pairs (quarters under one merged group) | Unit PD; number row merged over pairs; formulas for 12, 13, 14; rata-rata + predikat footer",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRANDAH",
    "DINAS KOPERASI DAN USAHA KECIL MENENGAH",
    "Jl. Bagindo Aziz Chan No. 17, Lubuk Sirandah - Sumatera Barat",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBAH SIRANDAH",
    "Renstra Dinas Koperasi dan UKM Periode 2021-2026",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Perangkat Daerah Kabupaten sesuai dengan Renstra PD",
  ]);
  s.gap();

  const ksp1: E = {
    id: "s1",
    no: "",
    kode: "2.17.04.2.01.0001",
    ur: "Pemeriksaan dan Penilaian Kesehatan KSP/USP Koperasi",
    ind: "Jumlah KSP/USP yang dinilai kesehatannya",
    sat: "unit",
    k5: 300,
    k6: 190,
    k7: 60,
    kq: [8, 17, 21, 14],
    r5: 1_450_000_000,
    r6: 880_500_000,
    r7: 295_000_000,
    rq: [41_250_000, 78_900_000, 96_400_000, 72_150_000],
  };
  const ksp2: E = {
    id: "s2",
    no: "",
    kode: "2.17.04.2.01.0002",
    ur: "Pembinaan KSP/USP Pasca Penilaian Kesehatan",
    ind: "Jumlah KSP/USP yang dibina",
    sat: "unit",
    k5: 200,
    k6: 128,
    k7: 40,
    kq: [6, 10, 12, 11],
    r5: 720_000_000,
    r6: 431_200_000,
    r7: 152_000_000,
    rq: [22_800_000, 35_100_000, 44_650_000, 41_300_000],
  };
  const um1: E = {
    id: "s3",
    no: "",
    kode: "2.17.07.2.01.0002",
    ur: "Pelatihan Kewirausahaan bagi Usaha Mikro",
    ind: "Jumlah pelaku usaha mikro yang dilatih",
    sat: "orang",
    k5: 2400,
    k6: 1620,
    k7: 480,
    kq: [60, 150, 180, 90],
    r5: 3_250_000_000,
    r6: 2_184_600_000,
    r7: 652_000_000,
    rq: [58_400_000, 201_750_000, 246_300_000, 118_900_000],
  };
  const um2: E = {
    id: "s4",
    no: "",
    kode: "2.17.07.2.01.0004",
    ur: "Fasilitasi Akses Pembiayaan KUR bagi Usaha Mikro",
    ind: "Jumlah usaha mikro yang difasilitasi memperoleh KUR",
    sat: "unit",
    k5: 3600,
    k6: 2360,
    k7: 770,
    kq: [120, 195, 222, 208],
    r5: 1_180_000_000,
    r6: 771_450_000,
    r7: 248_500_000,
    rq: [31_200_000, 64_850_000, 78_900_000, 66_400_000],
  };
  const keg = (id: string, kode: string, ur: string, ind: string, subs: E[], k: Partial<E>): E => ({
    id,
    no: "",
    kode,
    ur,
    ind,
    sat: "unit",
    k5: k.k5!,
    k6: k.k6!,
    k7: k.k7!,
    kq: k.kq!,
    r5: add(subs, (e) => e.r5),
    r6: add(subs, (e) => e.r6),
    r7: add(subs, (e) => e.r7),
    rq: addQ(subs),
  });
  const g1 = keg(
    "g1",
    "2.17.04.2.01",
    "Penilaian Kesehatan KSP/USP yang Wilayah Keanggotaannya dalam Daerah Kabupaten",
    "Jumlah KSP/USP yang dinilai dan dibina",
    [ksp1, ksp2],
    { k5: 500, k6: 318, k7: 100, kq: [14, 27, 33, 25] },
  );
  const g2 = keg(
    "g2",
    "2.17.07.2.01",
    "Pemberdayaan Usaha Mikro melalui Pendataan, Kemitraan, Kemudahan Perizinan dan Penguatan Kelembagaan",
    "Jumlah usaha mikro yang diberdayakan",
    [um1, um2],
    { k5: 6000, k6: 3980, k7: 1250, kq: [180, 345, 402, 298] },
  );
  const prog = (id: string, no: string, kode: string, ur: string, ind: string, g: E, k: Partial<E>): E => ({
    ...g,
    id,
    no,
    kode,
    ur,
    ind,
    sat: "%",
    level: true,
    k5: k.k5!,
    k6: k.k6!,
    k7: k.k7!,
    kq: k.kq!,
  });
  const p1 = prog(
    "p1",
    "1",
    "2.17.04",
    "PROGRAM PENILAIAN KESEHATAN KSP/USP",
    "Persentase koperasi aktif berpredikat sehat",
    g1,
    { k5: 45, k6: 38.2, k7: 41, kq: [38.6, 39.4, 40.1, 41.3] },
  );
  const p2 = prog(
    "p2",
    "2",
    "2.17.07",
    "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL DAN USAHA MIKRO (UMKM)",
    "Persentase usaha mikro yang naik kelas",
    g2,
    { k5: 12, k6: 7.85, k7: 9.5, kq: [8.1, 8.55, 9.05, 9.62] },
  );
  const all = [p1, g1, ksp1, ksp2, p2, g2, um1, um2];

  const pair = (
    key: string,
    g: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja Pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "5", "target", "anggaran"),
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
    ...pair("q1", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q2", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q3", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("q4", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)"],
      "14",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: (12) Rp of the KUR sub kegiatan typed 214,350,000 (digits swapped); its quarters give 241,350,000
  const TYPED12 = 214_350_000;
  const q = ["q1", "q2", "q3", "q4"];
  const rows: Row[] = all.map((e) => ({
    id: e.id,
    bold: e.no !== "",
    cells: (x) => {
      const kq = Object.fromEntries(q.map((k, i) => [`k${k}`, e.kq[i]]));
      const rq = Object.fromEntries(q.map((k, i) => [`r${k}`, e.rq[i]]));
      return {
        no: e.no || null,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        k5: e.k5,
        r5: e.r5,
        k6: e.k6,
        r6: e.r6,
        k7: e.k7,
        r7: e.r7,
        ...kq,
        ...rq,
        k12: e.level ? fx(`=${x.a("kq4")}`) : fx(`=${q.map((k) => x.a(`k${k}`)).join("+")}`),
        r12: e === um2 ? TYPED12 : fx(`=${q.map((k) => x.a(`r${k}`)).join("+")}`),
        k13: e.level ? fx(`=${x.a("k12")}`) : fx(`=${x.a("k6")}+${x.a("k12")}`),
        r13: fx(`=${x.a("r6")}+${x.a("r12")}`),
        k14: fx(`=ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
        r14: fx(`=ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
        pj: e.kode.startsWith("2.17.04")
          ? "Bidang Kelembagaan dan Pengawasan Koperasi"
          : "Bidang Usaha Mikro",
      };
    },
  }));
  // footer: the averages over the indicator rows and their predikat
  const k14 = (e: E) => {
    const k12 = e.level ? e.kq[3] : sum(e.kq);
    return round(((e.level ? k12 : e.k6 + k12) / e.k5) * 100);
  };
  const r14 = (e: E) => round(((e.r6 + (e === um2 ? TYPED12 : sum(e.rq))) / e.r5) * 100);
  const avgK = sum(all.map(k14)) / all.length;
  const avgR = sum(all.map(r14)) / all.length;
  const wrongK = predikat(avgK) === "Tinggi" ? "Sangat Tinggi" : "Tinggi";
  rows.push(
    {
      id: "avg",
      bold: true,
      span: ["no", "r13"],
      cells: (x) => ({
        no: "Rata-rata capaian kinerja dan anggaran (%)",
        k14: fx(`=ROUND(AVERAGE(${x.a("k14", "p1")}:${x.a("k14", "s4")}),2)`),
        r14: fx(`=ROUND(AVERAGE(${x.a("r14", "p1")}:${x.a("r14", "s4")}),2)`),
      }),
    },
    {
      id: "pred",
      bold: true,
      span: ["no", "r13"],
      cells: { no: "Predikat kinerja", k14: wrongK, r14: predikat(round(avgR)) },
    },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Kementerian Koperasi dan UKM serta perbankan penyalur KUR.",
    "Faktor penghambat: sebagian KSP/USP belum menyampaikan laporan keuangan tepat waktu.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Lubuk Sirandah, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KOPERASI DAN UKM", "KABUPATEN LEMBAH SIRANDAH"],
    nama: "Drs. ZULKIFLI RANGKAYO BASA, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19690814 199403 1 006",
  });
  b.finish();

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12", "s4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(12) Rp typed 214,350,000 (digits swapped) in a column of formulas; the quarters give 241,350,000",
    truth: `=${a("rq1", "s4")}+${a("rq2", "s4")}+${a("rq3", "s4")}+${a("rq4", "s4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `"${wrongK}" for an average capaian kinerja of ${round(avgK)}`,
    truth: `=PREDIKAT(${a("k14", "avg")})`,
  });
  const rule = ["sum-mismatch"];
  // traps: the % rows are levels
  for (const id of ["p1", "p2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: rule,
      truth: `=${a("kq4", id)}`,
      trap: `=${a("kq1", id)}+${a("kq2", id)}+${a("kq3", id)}+${a("kq4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: rule,
      truth: `=${a("kq4", id)}`,
      trap: `=${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s2", "s3", "g1"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: rule,
      truth: `=${a("kq1", id)}+${a("kq2", id)}+${a("kq3", id)}+${a("kq4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("r12", id),
      rules: rule,
      truth: `=${a("rq1", id)}+${a("rq2", id)}+${a("rq3", id)}+${a("rq4", id)}`,
    });
    b.ok({ sheet: S, cell: a("r13", id), rules: rule, truth: `=${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `=${a("k13", id)}/${a("k5", id)}*100`,
    });
  }
  b.ok({ sheet: S, cell: a("r7", "p1"), rules: rule, truth: `=${a("r7", "g1")}` });
  b.ok({ sheet: S, cell: a("r7", "g1"), rules: rule, truth: `=${a("r7", "s1")}+${a("r7", "s2")}` });
  b.ok({ sheet: S, cell: a("r5", "g2"), rules: rule, truth: `=${a("r5", "s3")}+${a("r5", "s4")}` });
  b.ok({
    sheet: S,
    cell: a("k14", "p2"),
    rules: ["capaian-mismatch"],
    truth: `=${a("k13", "p2")}/${a("k5", "p2")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `=PREDIKAT(${a("r14", "avg")})`,
  });
  return b;
}

type T = {
  id: string;
  sas: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number | string;
  k: number[];
  rp?: number[];
  akK: number;
  pj: string;
};

/** T-C.27 Renstra 2025-2029, Tahun ke-1..5, "(dalam ribuan rupiah)", SUM formulas mixed with typed totals. */
export function tc27Koperasi(): BookW {
  const b = new BookW(
    "tc27-diskopukm-banua-rindang-322.xlsx",
    "T-C.27 Renstra (Koperasi UKM)",
    "T-C.27 Renstra 2025-2029 in thousands: Sasaran (merged) | Kode | Program/Kegiatan/Sub | Indikator | Satuan | Data awal 2024 | Tahun ke-1..5 > Target/Rp | Kondisi akhir Target/Rp | Unit | Lokasi; number row (1)..(19); JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Koperasi, Usaha Kecil dan Menengah Kota Banua Rindang Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas kelembagaan dan SDM koperasi";
  const SAS2 = "Meningkatnya akses pembiayaan dan skala usaha mikro";
  const PJ1 = "Bidang Kelembagaan Koperasi";
  const PJ2 = "Bidang Pemberdayaan Usaha Mikro";
  const L = "Kota Banua Rindang";
  const data: T[] = [
    {
      id: "p1",
      sas: SAS1,
      kode: "2.17.05",
      ur: "Program Pendidikan dan Latihan Perkoperasian",
      ind: "Persentase koperasi yang pengurusnya terlatih",
      sat: "%",
      awal: 32.5,
      k: [36, 40, 44, 48, 52],
      akK: 52,
      pj: PJ1,
    },
    {
      id: "g1",
      sas: SAS1,
      kode: "2.17.05.2.01",
      ur: "Pendidikan dan Latihan Perkoperasian bagi Koperasi yang Wilayah Keanggotaannya dalam Daerah Kota",
      ind: "Jumlah anggota dan pengurus koperasi yang dilatih",
      sat: "orang",
      awal: 310,
      k: [350, 380, 400, 420, 450],
      akK: 2000,
      pj: PJ1,
    },
    {
      id: "s1",
      sas: SAS1,
      kode: "2.17.05.2.01.0001",
      ur: "Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi",
      ind: "Jumlah peserta pelatihan perkoperasian",
      sat: "orang",
      awal: 220,
      k: [250, 270, 280, 300, 320],
      rp: [412_500, 438_000, 455_750, 482_000, 506_300],
      akK: 1420,
      pj: PJ1,
    },
    {
      id: "s1b",
      sas: SAS1,
      kode: "",
      ur: "",
      ind: "Persentase koperasi aktif yang melaksanakan RAT tepat waktu",
      sat: "%",
      awal: 58.4,
      k: [61, 64, 67, 70, 73],
      akK: 73,
      pj: PJ1,
    },
    {
      id: "s2",
      sas: SAS1,
      kode: "2.17.05.2.01.0002",
      ur: "Pelatihan Manajemen Usaha Koperasi menuju Koperasi Sehat",
      ind: "Jumlah pengelola koperasi yang dilatih",
      sat: "orang",
      awal: 90,
      k: [100, 110, 120, 120, 130],
      rp: [198_250, 215_400, 232_000, 236_800, 251_600],
      akK: 580,
      pj: PJ1,
    },
    {
      id: "p2",
      sas: SAS2,
      kode: "2.17.08",
      ur: "Program Pengembangan UMKM",
      ind: "Persentase UMKM binaan yang mengakses pembiayaan (KUR)",
      sat: "%",
      awal: 18.4,
      k: [20, 22.5, 25, 27.5, 30],
      akK: 30,
      pj: PJ2,
    },
    {
      id: "g2",
      sas: SAS2,
      kode: "2.17.08.2.01",
      ur: "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha menjadi Usaha Kecil",
      ind: "Jumlah usaha mikro yang naik kelas menjadi usaha kecil",
      sat: "unit",
      awal: 52,
      k: [60, 75, 90, 105, 120],
      akK: 450,
      pj: PJ2,
    },
    {
      id: "s3",
      sas: SAS2,
      kode: "2.17.08.2.01.0001",
      ur: "Fasilitasi Kemudahan Perizinan dan Sertifikasi Produk Usaha Mikro",
      ind: "Jumlah usaha mikro yang difasilitasi NIB dan sertifikasi halal",
      sat: "unit",
      awal: 365,
      k: [400, 450, 500, 550, 600],
      rp: [356_000, 381_250, 410_500, 438_900, 462_300],
      akK: 600,
      pj: PJ2,
    },
    {
      id: "s4",
      sas: SAS2,
      kode: "2.17.08.2.01.0003",
      ur: "Pendampingan Akses KUR dan Pembiayaan bagi Usaha Mikro",
      ind: "Jumlah usaha mikro yang memperoleh KUR",
      sat: "unit",
      awal: 132,
      k: [150, 175, 200, 225, 250],
      rp: [284_600, 2_967_500, 318_400, 335_200, 352_900],
      akK: 1000,
      pj: PJ2,
    },
  ];
  // planted: s3 kondisi akhir K = the last target 600 of a flow (the five years add up to 2,500);
  // s4 Tahun ke-2 Rp typed 2,967,500, ten times its 296,750 (the typed kegiatan total 678,000 says so)
  const TRUE_S4_2 = 296_750;
  const G2RP = [0, 1, 2, 3, 4].map((i) => data[7].rp![i] + (i === 1 ? TRUE_S4_2 : data[8].rp![i]));
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  let n = 6;
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "(3)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(6)",
      fmt: DEC,
    },
    ...[1, 2, 3, 4, 5].flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${++n})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${++n})`,
        fmt: RP,
        width: 14,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(17)", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "(18)", fmt: RP, width: 15 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(19)", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)", width: 16 },
  ];
  const Y = [1, 2, 3, 4, 5];
  const children: Record<string, string[]> = { p1: ["g1"], g1: ["s1", "s2"], p2: ["g2"] };
  const rows: Row[] = data.map((d) => ({
    id: d.id,
    bold: d.kode.length === 7,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string | null> = {
        sas: d.sas,
        kode: d.kode || null,
        ur: d.ur || null,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        akK: d.akK,
        pj: d.pj,
        lok: L,
      };
      Y.forEach((y, i) => {
        c[`k${y}`] = d.k[i];
        if (d.id === "s1b") return;
        if (d.rp) c[`r${y}`] = d.rp[i];
        else if (d.id === "g2") c[`r${y}`] = G2RP[i];
        else c[`r${y}`] = fx(`=SUM(${children[d.id].map((k) => x.a(`r${y}`, k)).join(",")})`);
      });
      if (d.id !== "s1b") c.akR = fx(`=${Y.map((y) => x.a(`r${y}`)).join("+")}`);
      return c;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["sas", "sat"],
    cells: (x) => ({
      sas: "JUMLAH",
      ...Object.fromEntries(
        [...Y.map((y) => `r${y}`), "akR"].map((k) => [k, fx(`=${x.a(k, "p1")}+${x.a(k, "p2")}`)]),
      ),
    }),
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: target kegiatan dan sub kegiatan bersifat tahunan; target program berupa persentase akhir tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Banua Rindang, 3 Maret 2025",
    jabatan: ["Kepala Dinas Koperasi, Usaha Kecil dan Menengah", "Kota Banua Rindang"],
    nama: "Hj. NOORLAILA RAHMAH, S.E., M.M.",
    nip: "19740322 200012 2 004",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string, p: string) => Y.map((y) => a(`${p}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of a yearly count (usaha mikro difasilitasi) is the last target 600; the five years add up to 2,500",
    truth: `=${yrs("s3", "k")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("r2", "s4") },
    rules: ["number-scale", "sum-mismatch"],
    note: "Tahun ke-2 Rp typed 2,967,500, ten times 296,750 (the typed kegiatan total 678,000 less the other sub kegiatan)",
    truth: `=${a("r2", "g2")}-${a("r2", "s3")}`,
  });
  const K = ["kondisi-akhir-mismatch"];
  for (const id of ["p1", "p2", "s1b"])
    b.ok({ sheet: S, cell: a("akK", id), rules: K, truth: `=${a("k5", id)}`, trap: `=${yrs(id, "k")}` });
  for (const id of ["g1", "s1", "s2", "g2"])
    b.ok({ sheet: S, cell: a("akK", id), rules: K, truth: `=${yrs(id, "k")}`, trap: `=${a("k5", id)}` });
  for (const id of ["p1", "g1", "s1", "s2", "s3", "g2", "p2"])
    b.ok({ sheet: S, cell: a("akR", id), rules: [...K, "sum-mismatch"], truth: `=${yrs(id, "r")}` });
  for (const y of Y) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `=${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
    if (y !== 2)
      b.ok({
        sheet: S,
        cell: a(`r${y}`, "g2"),
        rules: ["sum-mismatch"],
        truth: `=${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("r3", "jml"),
    rules: ["sum-mismatch"],
    truth: `=${a("r3", "p1")}+${a("r3", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s4"),
    rules: ["code-hierarchy"],
    truth: `=${a("kode", "g2")}`,
    actual: `=PARENT(${a("kode", "s4")})`,
  });
  return b;
}
