// Set 326, part one: E.81 of a kabupaten Dinas Tanaman Pangan, T-C.27 of a kota Dinas Ketahanan Pangan dan
// Pertanian, and an LKjIP capaian table. Places, people and numbers are invented.
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

const KAB = "KABUPATEN RAWA SENGKUANG";
const KOTA = "KOTA BUKIT LESUNG";

// ------------------------------------------------------------------------------------------- E.81

type E = {
  id: string;
  no: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  r5: number;
  k6: number;
  r6: number;
  k7: number;
  r7: number;
  kq: number[];
  rq: number[];
};

export function e81TanamanPangan(): BookW {
  const book = new BookW(
    "e81-renja-distan-pangan-rawa-sengkuang-326.xlsx",
    "E.81",
    "E.81 s.d. Triwulan IV 2024, ordinal (n-1)/(n-2) headers, triwulan under one group, K/Rp pairs",
  );
  const s = book.sheet("Form E.81");
  letterhead(s, [
    `PEMERINTAH ${KAB}`,
    "DINAS TANAMAN PANGAN DAN HORTIKULTURA",
    "Jl. Bendungan Riam No. 14, Marabahan Lama, Kalimantan Selatan",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN RAWA SENGKUANG",
    "Renja Dinas Tanaman Pangan dan Hortikultura: periode pelaksanaan s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Renstra PD 2021-2026",
  ]);
  s.gap();
  const sub = (
    a: E,
    b: E,
    kode: string,
    id: string,
    no: string,
    ur: string,
    ind: string,
    sat: string,
    k: number[],
  ): E => ({
    id,
    no,
    kode,
    ur,
    ind,
    sat,
    level: true,
    k5: k[0],
    k6: k[1],
    k7: k[2],
    kq: k.slice(3),
    r5: a.r5 + b.r5,
    r6: a.r6 + b.r6,
    r7: a.r7 + b.r7,
    rq: a.rq.map((v, i) => v + b.rq[i]),
  });
  const s1: E = {
    id: "s1",
    no: "",
    kode: "3.27.02.2.01.0001",
    ur: "Penyediaan Benih Padi dan Jagung Bersertifikat bagi Kelompok Tani",
    ind: "Jumlah paket benih padi dan jagung yang disalurkan",
    sat: "paket",
    level: false,
    k5: 1500,
    r5: 6_250_000_000,
    k6: 820,
    r6: 3_410_500_000,
    k7: 300,
    r7: 1_280_000_000,
    kq: [40, 85, 110, 60],
    rq: [120_400_000, 365_800_000, 452_150_000, 318_900_000],
  };
  const s2: E = {
    id: "s2",
    no: "",
    kode: "3.27.02.2.01.0002",
    ur: "Pengawasan Penggunaan dan Peredaran Pupuk Bersubsidi",
    ind: "Jumlah kios pupuk yang diawasi",
    sat: "kios",
    level: false,
    k5: 600,
    r5: 1_150_000_000,
    k6: 320,
    r6: 598_200_000,
    k7: 120,
    r7: 240_000_000,
    kq: [25, 35, 30, 28],
    rq: [38_600_000, 61_250_000, 72_400_000, 64_100_000],
  };
  const k1 = sub(
    s1,
    s2,
    "3.27.02.2.01",
    "k1",
    "",
    "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
    "Persentase kelompok tani penerima sarana produksi",
    "%",
    [85, 62.5, 70, 58.0, 63.5, 68.0, 71.2],
  );
  const p1 = {
    ...sub(
      s1,
      s2,
      "3.27.02",
      "p1",
      "1",
      "Program Penyediaan dan Pengembangan Sarana Pertanian",
      "Produktivitas padi sawah",
      "ku/ha",
      [58.5, 55.2, 56.8, 54.9, 55.6, 56.1, 56.4],
    ),
  };
  const k2: E = {
    id: "k2",
    no: "",
    kode: "3.27.07.2.01",
    ur: "Pengembangan Kapasitas Kelembagaan Petani di Kecamatan dan Desa",
    ind: "Jumlah kelompok tani yang dibina",
    sat: "kelompok",
    level: false,
    k5: 450,
    r5: 3_200_000_000,
    k6: 240,
    r6: 1_712_400_000,
    k7: 95,
    r7: 690_000_000,
    kq: [20, 25, 28, 24],
    rq: [98_500_000, 176_200_000, 214_800_000, 188_350_000],
  };
  const p2: E = {
    ...k2,
    id: "p2",
    no: "2",
    kode: "3.27.07",
    ur: "Program Penyuluhan Pertanian",
    ind: "Indeks pertanaman (IP) padi",
    sat: "indeks",
    level: true,
    k5: 2.1,
    k6: 1.85,
    k7: 1.95,
    kq: [1.86, 1.88, 1.92, 1.96],
  };
  const es = [p1, k1, s1, s2, p2, k2];
  const k12 = (e: E) => (e.level ? e.kq[3] : sum(e.kq));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  // planted: .0002's column 12 Rp typed with two digits swapped (263,350,000 for 236,350,000)
  const R12_S2 = 263_350_000;

  const pair = (
    key: string,
    head: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: RP, width: 15 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
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
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
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
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)"],
      "14",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const rows: Row[] = es.map((e) => ({
    id: e.id,
    bold: e.kode.length === 7,
    cells: {
      no: e.no || undefined,
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
      ...Object.fromEntries(
        e.kq.flatMap((k, i) => [
          [`k${8 + i}`, k],
          [`r${8 + i}`, e.rq[i]],
        ]),
      ),
      k12: k12(e),
      r12: e.id === "s2" ? R12_S2 : r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: e.kode.startsWith("3.27.07") ? "Bidang Penyuluhan" : "Bidang Prasarana dan Sarana",
    },
  }));
  const first = "p1";
  const last = "k2";
  rows.push(
    {
      id: "avg",
      span: ["no", "sat"],
      cells: (x) => ({
        no: "Rata-rata capaian kinerja dan anggaran (%)",
        k14: fx(`ROUND(AVERAGE(${x.a("k14", first)}:${x.a("k14", last)}),2)`),
        r14: fx(`ROUND(AVERAGE(${x.a("r14", first)}:${x.a("r14", last)}),2)`),
      }),
    },
    {
      id: "pred",
      span: ["no", "sat"],
      // planted: "Sangat Tinggi" for an average K capaian of 82.62 (Tinggi)
      cells: {
        no: "Predikat kinerja",
        k14: "Sangat Tinggi",
        r14: predikat(round(sum(es.map(r14)) / es.length)),
      },
    },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows, vmerge: [] });
  s.gap();
  s.lines([
    "Faktor pendorong: cuaca mendukung pada MT I; penyaluran benih tepat waktu.",
    "Faktor penghambat: serangan wereng pada MT II di tiga kecamatan.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Marabahan Lama, 15 Januari 2025",
    jabatan: ["KEPALA DINAS TANAMAN PANGAN DAN HORTIKULTURA", KAB],
    nama: "Ir. HAIRUL ANWAR SYAHRANI, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19710612 199703 1 006",
  });
  const S = s.name;
  const a = (k: string, id: string) => t.a(k, id);
  book.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    truth: `${a("r8", "s2")}+${a("r9", "s2")}+${a("r10", "s2")}+${a("r11", "s2")}`,
    note: "Column 12 Rp of sub kegiatan .0002 is 263,350,000; its quarters add up to 236,350,000",
  });
  book.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
    note: "Predikat 'Sangat Tinggi' for an average K capaian of 82.62; > 75 to 90 is Tinggi",
  });
  for (const id of ["p1", "k1", "p2"]) {
    book.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("k11", id),
      trap: `${a("k8", id)}+${a("k9", id)}+${a("k10", id)}+${a("k11", id)}`,
    });
    book.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "k2"]) {
    book.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: `${a("k8", id)}+${a("k9", id)}+${a("k10", id)}+${a("k11", id)}`,
    });
    book.ok({
      sheet: S,
      cell: a("r12", id),
      rules: ["sum-mismatch"],
      truth: `${a("r8", id)}+${a("r9", id)}+${a("r10", id)}+${a("r11", id)}`,
    });
    book.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: `${a("k6", id)}+${a("k12", id)}`,
    });
    book.ok({
      sheet: S,
      cell: a("r13", id),
      rules: ["sum-mismatch"],
      truth: `${a("r6", id)}+${a("r12", id)}`,
    });
  }
  for (const id of es.map((e) => e.id)) {
    book.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  book.ok({
    sheet: S,
    cell: a("r14", "p2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "p2")}/${a("r5", "p2")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  book.ok({
    sheet: S,
    cell: a("r5", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
  });
  return book.finish();
}

// ----------------------------------------------------------------------------------------- T-C.27

type T = {
  id: string;
  sas: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  akK: number;
  rp?: number[] | "sum";
  pj: string;
  lok: string;
};

export function tc27PanganKota(): BookW {
  const book = new BookW(
    "tc27-renstra-dkpp-bukit-lesung-326.xlsx",
    "T-C.27",
    "T-C.27 2025-2029, Tahun ke-1..5 over Target / Rp with unmerged group headers, (dalam ribuan rupiah), SUM formulas, a second indicator without a code, JUMLAH row",
  );
  const s = book.sheet("Tabel 6.1");
  letterhead(s, [`PEMERINTAH ${KOTA}`, "DINAS KETAHANAN PANGAN DAN PERTANIAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Ketahanan Pangan dan Pertanian Kota Bukit Lesung Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const TUJ = "Meningkatnya ketersediaan pangan pokok dari produksi lokal";
  const SAS1 = "Meningkatnya produktivitas tanaman pangan";
  const SAS2 = "Meningkatnya intensitas pertanaman padi";
  // planted: .0002's Tahun ke-3 Rp typed 13,720,000 (ten times 1,372,000); its kondisi akhir keeps the true sum
  const data: T[] = [
    {
      id: "p1",
      sas: SAS1,
      kode: "3.27.02",
      ur: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      ind: "Produktivitas jagung",
      sat: "ku/ha",
      awal: 52.4,
      k: [53.0, 53.8, 54.5, 55.3, 56.0],
      akK: 56.0,
      rp: "sum",
      pj: "Bidang Tanaman Pangan",
      lok: "Kota Bukit Lesung",
    },
    {
      id: "k1",
      sas: SAS1,
      kode: "3.27.02.2.01",
      ur: "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
      ind: "Persentase ketersediaan pupuk bersubsidi tepat waktu",
      sat: "%",
      awal: 78,
      k: [80, 83, 86, 88, 90],
      akK: 90,
      rp: "sum",
      pj: "Bidang Tanaman Pangan",
      lok: "5 kecamatan",
    },
    {
      id: "s1",
      sas: SAS1,
      kode: "3.27.02.2.01.0001",
      ur: "Pengawasan Penggunaan Sarana Pendukung Pertanian sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi",
      ind: "Jumlah laporan pengawasan pupuk dan pestisida",
      sat: "dokumen",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      akK: 60,
      rp: [185_000, 192_500, 201_000, 208_000, 215_500],
      pj: "Seksi Sarana Produksi",
      lok: "5 kecamatan",
    },
    {
      id: "s2",
      sas: SAS1,
      kode: "3.27.02.2.01.0002",
      ur: "Penyediaan Benih Padi dan Jagung Bersertifikat",
      ind: "Jumlah benih padi dan jagung bersertifikat yang disalurkan",
      sat: "ton",
      awal: 42,
      k: [45, 48, 50, 52, 55],
      akK: 55,
      rp: [1_240_000, 1_305_000, 13_720_000, 1_410_000, 1_455_000],
      pj: "Seksi Perbenihan",
      lok: "Kec. Lesung Barat, Lesung Timur, Tamalate Baru",
    },
    {
      id: "s2b",
      sas: SAS1,
      ind: "Persentase luas tanam padi dengan benih bersertifikat",
      sat: "%",
      awal: 38,
      k: [40, 45, 50, 55, 60],
      akK: 60,
      pj: "Seksi Perbenihan",
      lok: "Kota Bukit Lesung",
    },
    {
      id: "p2",
      sas: SAS2,
      kode: "3.27.03",
      ur: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      ind: "Indeks pertanaman padi",
      sat: "indeks",
      awal: 1.86,
      k: [1.9, 1.95, 2.0, 2.05, 2.1],
      akK: 2.1,
      rp: "sum",
      pj: "Bidang Prasarana Pertanian",
      lok: "Kota Bukit Lesung",
    },
    {
      id: "k2",
      sas: SAS2,
      kode: "3.27.03.2.02",
      ur: "Pembangunan Prasarana Pertanian",
      ind: "Jumlah unit prasarana pertanian yang dibangun",
      sat: "unit",
      awal: 5,
      k: [6, 7, 7, 8, 8],
      akK: 36,
      rp: "sum",
      pj: "Bidang Prasarana Pertanian",
      lok: "4 kecamatan",
    },
    {
      id: "s3",
      sas: SAS2,
      kode: "3.27.03.2.02.0001",
      ur: "Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani",
      ind: "Panjang jalan usaha tani yang dibangun",
      sat: "km",
      awal: 2,
      k: [2, 2.5, 3, 3, 3.5],
      akK: 14,
      rp: [1_850_000, 2_120_000, 2_300_000, 2_410_000, 2_655_000],
      pj: "Seksi Lahan dan Irigasi",
      lok: "Kec. Lesung Utara, Mariso Lama",
    },
    {
      id: "s4",
      sas: SAS2,
      kode: "3.27.03.2.02.0002",
      ur: "Pembangunan, Rehabilitasi dan Pemeliharaan Jaringan Irigasi Usaha Tani",
      ind: "Panjang jaringan irigasi tersier yang direhabilitasi",
      sat: "km",
      awal: 4,
      k: [4, 5, 5, 6, 6],
      akK: 26,
      rp: [2_640_000, 2_915_000, 3_080_000, 3_365_000, 3_510_000],
      pj: "Seksi Lahan dan Irigasi",
      lok: "Kec. Tamalate Baru, Lesung Timur",
    },
  ];
  const kids: Record<string, string[]> = { p1: ["k1"], k1: ["s1", "s2"], p2: ["k2"], k2: ["s3", "s4"] };
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: "(1)", width: 20 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 20 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(3)", width: 17 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(4)", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(5)",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(6)", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(7)",
      fmt: DEC,
    },
    ...[1, 2, 3, 4, 5].flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${6 + 2 * y})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${7 + 2 * y})`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(18)", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "(19)", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(20)", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(21)", width: 16 },
  ];
  const Y = [1, 2, 3, 4, 5];
  const rows: Row[] = data.map((d) => ({
    id: d.id,
    bold: !!d.kode && d.kode.length === 7,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
        tuj: TUJ,
        sas: d.sas,
        kode: d.kode,
        ur: d.ur,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        akK: d.akK,
        pj: d.pj,
        lok: d.lok,
      };
      Y.forEach((y, i) => {
        c[`k${y}`] = d.k[i];
        if (d.rp === "sum") c[`r${y}`] = fx(kids[d.id].map((k) => x.a(`r${y}`, k)).join("+"));
        else if (d.rp) c[`r${y}`] = d.rp[i];
      });
      if (d.rp === "sum") c.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
      else if (d.rp)
        c.akR = d.id === "s2" ? 1_240_000 + 1_305_000 + 1_372_000 + 1_410_000 + 1_455_000 : sum(d.rp);
      return c;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["tuj", "sat"],
    cells: (x) => ({
      tuj: "JUMLAH",
      ...Object.fromEntries(
        [...Y.map((y) => `r${y}`), "akR"].map((k) => [k, fx(`${x.a(k, "p1")}+${x.a(k, "p2")}`)]),
      ),
    }),
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows,
    vmerge: ["tuj", "sas"],
  });
  s.gap();
  signature(s, 16, {
    tempat: "Bukit Lesung, 3 Februari 2025",
    jabatan: ["Kepala Dinas Ketahanan Pangan dan Pertanian"],
    nama: "Dr. A. MUH. SYAHRIR DAENG MATTA, S.P., M.P.",
    nip: "19750309 200212 1 004",
  });
  const S = s.name;
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string) => Y.map((y) => a(`k${y}`, id)).join(",");
  book.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${yrs("s2")})`,
    note: "Kondisi akhir of a flow (ton of seed distributed per year) is the last target 55; the five years add up to 250",
  });
  book.plant({
    at: { sheet: S, cell: a("r3", "s2") },
    rules: ["number-scale", "kondisi-akhir-mismatch", "sum-mismatch"],
    truth: `${a("akR", "s2")}-${a("r1", "s2")}-${a("r2", "s2")}-${a("r4", "s2")}-${a("r5", "s2")}`,
    note: "Tahun ke-3 Rp typed 13,720,000 (ten times off); the kondisi akhir 6,782,000 leaves 1,372,000 for it",
  });
  for (const id of ["p1", "k1", "s2b", "p2"])
    book.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: `SUM(${yrs(id)})`,
    });
  for (const id of ["s1", "k2", "s3", "s4"])
    book.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: `SUM(${yrs(id)})` });
  for (const id of ["s1", "s3", "s4", "k2", "p2"])
    book.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: `SUM(${Y.map((y) => a(`r${y}`, id)).join(",")})`,
    });
  for (const y of [1, 2, 4, 5]) {
    book.ok({
      sheet: S,
      cell: a(`r${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
    book.ok({
      sheet: S,
      cell: a(`r${y}`, "jml"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "p1")}+${a(`r${y}`, "p2")}`,
    });
  }
  for (const id of ["s1", "s2", "s3", "s4"]) {
    const parent = id === "s1" || id === "s2" ? "k1" : "k2";
    book.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy", "duplicate-code"],
      truth: a("kode", parent),
      actual: `PARENT(${a("kode", id)})`,
    });
  }
  return book.finish();
}

// ------------------------------------------------------------------------------------------ LKjIP

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r22: number;
  r23: number;
  t: number;
  r: number;
  ak: number;
  pred?: string;
  wrongFormula?: boolean;
};

export function lkjipTanamanPangan(): BookW {
  const book = new BookW(
    "lkjip-2024-distan-pangan-rawa-sengkuang-326.xlsx",
    "LKjIP",
    "LKjIP 2024 Tabel 3.1 with Sasaran merged, realisasi 2022-2023, ROUND capaian formulas (refleksi for negatives), predikat words typed, target akhir Renstra 2026",
  );
  const s = book.sheet("Tabel 3.1");
  s.lines([
    "Tabel 3.1",
    "Pengukuran Kinerja Sasaran Strategis Dinas Tanaman Pangan dan Hortikultura Kabupaten Rawa Sengkuang Tahun 2024",
  ]);
  s.gap();
  const A = "Meningkatnya produksi dan produktivitas tanaman pangan";
  const B = "Menurunnya kehilangan hasil dan gangguan produksi tanaman pangan";
  const C = "Meningkatnya kemandirian kelembagaan petani";
  const ls: L[] = [
    {
      id: "a1",
      sas: A,
      ind: "Produksi padi",
      sat: "ton GKG",
      neg: false,
      r22: 182_450,
      r23: 176_920,
      t: 190_000,
      r: 185_310,
      ak: 205_000,
    },
    {
      id: "a2",
      sas: A,
      ind: "Produksi jagung",
      sat: "ton PK",
      neg: false,
      r22: 64_800,
      r23: 71_250,
      t: 78_000,
      r: 80_420,
      ak: 90_000,
    },
    {
      id: "a3",
      sas: A,
      ind: "Produktivitas padi sawah",
      sat: "ku/ha",
      neg: false,
      r22: 52.1,
      r23: 52.8,
      t: 54.0,
      r: 53.6,
      ak: 56.0,
    },
    {
      id: "a4",
      sas: A,
      ind: "Indeks pertanaman padi",
      sat: "indeks",
      neg: false,
      r22: 1.78,
      r23: 1.81,
      t: 1.9,
      r: 1.84,
      ak: 2.0,
    },
    // planted: R/T copied down onto a lower-is-better indicator
    {
      id: "b1",
      sas: B,
      ind: "Persentase kehilangan hasil panen padi",
      sat: "%",
      neg: true,
      r22: 10.8,
      r23: 10.2,
      t: 9.5,
      r: 9.9,
      ak: 8.0,
      wrongFormula: true,
    },
    {
      id: "b2",
      sas: B,
      ind: "Luas serangan OPT pada tanaman padi",
      sat: "ha",
      neg: true,
      r22: 1_420,
      r23: 1_310,
      t: 1_200,
      r: 1_050,
      ak: 1_000,
    },
    // planted: "Sangat Baik" for 85.25
    {
      id: "c1",
      sas: C,
      ind: "Persentase kelompok tani kelas madya ke atas",
      sat: "%",
      neg: false,
      r22: 29.4,
      r23: 31.6,
      t: 40,
      r: 34.1,
      ak: 50,
      pred: "Sangat Baik",
    },
  ];
  const cap = (l: L) => round(l.neg ? ((2 * l.t - l.r) / l.t) * 100 : (l.r / l.t) * 100);
  const predBaik = (p: number) =>
    p > 90 ? "Sangat Baik" : p > 75 ? "Baik" : p > 65 ? "Cukup" : p > 50 ? "Kurang" : "Sangat Kurang";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r22", head: ["Realisasi", "2022"], role: "realisasi", year: 2022, fmt: DEC },
    { key: "r23", head: ["Realisasi", "2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Tahun 2024", "Predikat"], role: "predikat" },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
    { key: "capAk", head: ["Capaian terhadap Target Akhir Renstra (%)"], role: "capaian", fmt: DEC },
  ];
  const rows: Row[] = ls.map((l, i) => ({
    id: l.id,
    cells: (x) => ({
      sas: l.sas,
      no: i + 1,
      ind: l.ind,
      sat: l.sat,
      r22: l.r22,
      r23: l.r23,
      t: l.t,
      r: l.r,
      cap: fx(
        l.neg && !l.wrongFormula
          ? `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`
          : `ROUND(${x.a("r")}/${x.a("t")}*100,2)`,
      ),
      pred: l.pred ?? predBaik(l.wrongFormula ? round((l.r / l.t) * 100) : cap(l)),
      ak: l.ak,
      capAk: fx(
        l.neg
          ? `ROUND((2*${x.a("ak")}-${x.a("r")})/${x.a("ak")}*100,2)`
          : `ROUND(${x.a("r")}/${x.a("ak")}*100,2)`,
      ),
    }),
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: untuk indikator yang semakin rendah semakin baik, capaian = (2 x Target - Realisasi) / Target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const S = s.name;
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, tk = "t") => `ROUND((2*${a(tk, id)}-${a("r", id)})/${a(tk, id)}*100,2)`;
  const pos = (id: string, tk = "t") => `ROUND(${a("r", id)}/${a(tk, id)}*100,2)`;
  book.plant({
    at: { sheet: S, cell: a("cap", "b1") },
    rules: ["capaian-mismatch"],
    truth: refl("b1"),
    note: "Persentase kehilangan hasil panen (lower is better) computed R/T = 104.21; refleksi (2T-R)/T gives 95.79",
  });
  book.plant({
    at: { sheet: S, cell: a("pred", "c1") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("cap", "c1")})`,
    note: "'Sangat Baik' for a capaian of 85.25; > 75 to 90 is Baik",
  });
  book.ok({
    sheet: S,
    cell: a("cap", "b2"),
    rules: ["capaian-mismatch"],
    truth: refl("b2"),
    trap: pos("b2"),
  });
  book.ok({
    sheet: S,
    cell: a("capAk", "b2"),
    rules: ["capaian-mismatch"],
    truth: refl("b2", "ak"),
    trap: pos("b2", "ak"),
  });
  book.ok({
    sheet: S,
    cell: a("capAk", "b1"),
    rules: ["capaian-mismatch"],
    truth: refl("b1", "ak"),
    trap: pos("b1", "ak"),
  });
  for (const id of ["a1", "a2", "a3", "a4"]) {
    book.ok({ sheet: S, cell: a("cap", id), rules: ["capaian-mismatch"], truth: pos(id) });
    book.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", id)})`,
    });
    book.ok({ sheet: S, cell: a("capAk", id), rules: ["capaian-mismatch"], truth: pos(id, "ak") });
  }
  book.ok({
    sheet: S,
    cell: a("pred", "b2"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("cap", "b2")})`,
  });
  book.ok({ sheet: S, cell: a("cap", "c1"), rules: ["capaian-mismatch"], truth: pos("c1") });
  return book.finish();
}
