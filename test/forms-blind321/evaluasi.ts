// Set 321: Satpol PP dan Damkar. An E.81 of Kabupaten Lembah Seruni (Jawa Tengah) with ordinal
// (n-1)/(n-2) headers, typed values and ROUND formulas in column 14; a T-C.27 of Kota Batu Karang Laut
// (Sulawesi Tenggara), Renstra 2025-2029 in thousands of rupiah, group headers written once.
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

type E81Row = {
  id: string;
  kode: string;
  uraian: string;
  ind?: string;
  sat?: string;
  level?: boolean;
  t5?: [number, number];
  r6?: [number, number];
  t7?: [number, number];
  qk?: number[];
  qr?: number[];
};

const keg = (
  id: string,
  kode: string,
  uraian: string,
  ind: string,
  sat: string,
  t5: [number, number],
  r6: [number, number],
  t7: [number, number],
  qk: number[],
  qr: number[],
): E81Row => ({ id, kode, uraian, ind, sat, t5, r6, t7, qk, qr });

/** A program row: its K is a level given here, its Rp the sum of its kegiatan. */
function prog(
  id: string,
  kode: string,
  uraian: string,
  ind: string,
  k: { t5: number; r6: number; t7: number; q: number[] },
  kids: E81Row[],
): E81Row {
  const s = (f: (x: E81Row) => number) => sum(kids.map(f));
  return {
    id,
    kode,
    uraian,
    ind,
    sat: "%",
    level: true,
    t5: [k.t5, s((x) => x.t5![1])],
    r6: [k.r6, s((x) => x.r6![1])],
    t7: [k.t7, s((x) => x.t7![1])],
    qk: k.q,
    qr: [0, 1, 2, 3].map((i) => s((x) => x.qr![i])),
  };
}

export function e81Satpol(): BookW {
  const book = new BookW(
    "e81-satpolpp-damkar-lembah-seruni-321.xlsx",
    "E.81",
    "E.81 Satpol PP dan Damkar, s.d. TW IV 2024, ordinal (n-1)/(n-2) headers, no No column",
  );
  const SH = "Evaluasi Renja TW IV";
  const s = book.sheet(SH);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SERUNI",
    "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN",
    "Jl. Veteran No. 17 Lembah Seruni, Telp. (0286) 512 113",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBAH SERUNI",
    "Renja Satpol PP dan Damkar Kabupaten Lembah Seruni Periode Pelaksanaan Tahun 2024 (s.d. Triwulan IV)",
    "Indikator dan target kinerja mengacu pada sasaran RPJMD: Terwujudnya ketenteraman, ketertiban umum dan perlindungan masyarakat",
  ]);
  s.gap();

  const k1 = keg(
    "k1",
    "1.05.02.2.02",
    "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati",
    "Jumlah penertiban pelanggaran Perda dan Perbup",
    "kasus",
    [600, 4250000000],
    [382, 2480650000],
    [130, 915000000],
    [24, 31, 38, 35],
    [142300000, 215800000, 248600000, 276150000],
  );
  const k2 = keg(
    "k2",
    "1.05.02.2.01",
    "Penanganan Gangguan Ketenteraman dan Ketertiban Umum",
    "Jumlah patroli dan operasi ketertiban umum",
    "kali",
    [1200, 6800000000],
    [745, 4125400000],
    [240, 1465000000],
    [58, 61, 63, 64],
    [312450000, 384200000, 421900000, 328100000],
  );
  const k4 = keg(
    "k4",
    "1.05.02.2.03",
    "Peningkatan Kapasitas Satuan Perlindungan Masyarakat",
    "Jumlah anggota Satlinmas yang dilatih",
    "orang",
    [1500, 2150000000],
    [890, 1265300000],
    [300, 468500000],
    [0, 120, 90, 85],
    [12500000, 185400000, 142750000, 118300000],
  );
  const k3 = keg(
    "k3",
    "1.05.04.2.01",
    "Pencegahan, Pengendalian, Pemadaman, Penyelamatan dan Penanganan Bahan Berbahaya dan Beracun Kebakaran",
    "Jumlah sosialisasi dan simulasi pencegahan kebakaran",
    "kali",
    [250, 1950000000],
    [148, 1102700000],
    [52, 415000000],
    [10, 14, 15, 12],
    [64200000, 118350000, 127400000, 96800000],
  );
  const k5 = keg(
    "k5",
    "1.05.04.2.03",
    "Pemberdayaan Masyarakat dalam Pencegahan Kebakaran",
    "Jumlah relawan kebakaran (Redkar) yang dibina",
    "orang",
    [400, 1100000000],
    [214, 598400000],
    [90, 236000000],
    [0, 35, 30, 20],
    [8150000, 92600000, 78300000, 49700000],
  );
  const p1 = prog(
    "p1",
    "1.05.02",
    "Program Peningkatan Ketenteraman dan Ketertiban Umum",
    "Persentase penegakan Perda dan Perbup yang tuntas",
    { t5: 95, r6: 86.4, t7: 90, q: [84.2, 86.9, 88.5, 91.3] },
    [k1, k2, k4],
  );
  const p2 = prog(
    "p2",
    "1.05.04",
    "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
    "Persentase kejadian kebakaran tertangani sesuai waktu tanggap",
    { t5: 85, r6: 72.5, t7: 78, q: [70.1, 74.6, 77.2, 79.4] },
    [k3, k5],
  );
  const data: E81Row[] = [
    {
      id: "u",
      kode: "1.05",
      uraian: "URUSAN PEMERINTAHAN BIDANG KETENTERAMAN DAN KETERTIBAN UMUM SERTA PERLINDUNGAN MASYARAKAT",
    },
    p1,
    k1,
    k2,
    k4,
    p2,
    k3,
    k5,
  ];

  const pair = (
    key: string,
    head: string[],
    num: string,
    role?: Col["role"],
    roleR?: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}k`, head: [...head, "K"], num, role, year, fmt: DEC },
    { key: `${key}r`, head: [...head, "Rp"], num, role: roleR, year, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1" },
    {
      key: "uraian",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "2",
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    ...pair(
      "c5",
      ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"],
      "5",
      "target",
      "anggaran",
    ),
    ...pair(
      "c6",
      ["Realisasi Capaian Kinerja Renstra PD sampai dengan Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "c7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...(["I", "II", "III", "IV"] as const).flatMap((q, i) =>
      pair(
        `q${i}`,
        ["Realisasi Kinerja Pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "c12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)"],
      "14",
      "capaian",
      "capaian",
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];

  const rows: Row[] = data.map((d) => {
    if (!d.t5) return { id: d.id, bold: true, cells: { kode: d.kode, uraian: d.uraian } };
    const k12 = d.level ? d.qk![3] : sum(d.qk!);
    const r12 = sum(d.qr!);
    // the planted slip: column 12 Rp of 1.05.02.2.01 typed with one zero dropped
    const r12typed = d.id === "k2" ? 144665000 : r12;
    const k13 = d.level ? k12 : d.r6![0] + k12;
    const r13 = d.r6![1] + r12;
    const cells: Record<string, unknown> = {
      kode: d.kode,
      uraian: d.uraian,
      ind: d.ind,
      sat: d.sat,
      c5k: d.t5[0],
      c5r: d.t5[1],
      c6k: d.r6![0],
      c6r: d.r6![1],
      c7k: d.t7![0],
      c7r: d.t7![1],
      c12k: k12,
      c12r: r12typed,
      c13k: k13,
      c13r: r13,
      unit: d.level
        ? "Kepala Satpol PP dan Damkar"
        : d.kode.startsWith("1.05.04")
          ? "Bidang Damkar"
          : "Bidang Trantibum",
    };
    d.qk!.forEach((v, i) => (cells[`q${i}k`] = v));
    d.qr!.forEach((v, i) => (cells[`q${i}r`] = v));
    return {
      id: d.id,
      bold: d.level,
      cells: (x) => ({
        ...(cells as Record<string, number | string>),
        c14k: fx(`ROUND(${x.a("c13k")}/${x.a("c5k")}*100,2)`),
        c14r: fx(`ROUND(${x.a("c13r")}/${x.a("c5r")}*100,2)`),
      }),
    };
  });
  const ids = data.filter((d) => d.t5).map((d) => d.id);
  const c14 = (d: E81Row) => round(((d.level ? d.qk![3] : d.r6![0] + sum(d.qk!)) / d.t5![0]) * 100);
  const c14r = (d: E81Row) => round(((d.r6![1] + sum(d.qr!)) / d.t5![1]) * 100);
  const avgK = round(sum(data.filter((d) => d.t5).map(c14)) / ids.length);
  const avgR = round(sum(data.filter((d) => d.t5).map(c14r)) / ids.length);
  rows.push(
    {
      id: "avg",
      bold: true,
      span: ["kode", "ind"],
      cells: (x) => ({
        kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
        c14k: fx(`ROUND(AVERAGE(${x.c("c14k")}${x.row("p1")}:${x.c("c14k")}${x.row("k5")}),2)`),
        c14r: fx(`ROUND(AVERAGE(${x.c("c14r")}${x.row("p1")}:${x.c("c14r")}${x.row("k5")}),2)`),
      }),
    },
    {
      id: "pred",
      bold: true,
      span: ["kode", "ind"],
      // planted: an average of about 84 is Tinggi, not Sangat Tinggi
      cells: { kode: "Predikat Kinerja", c14k: "Sangat Tinggi", c14r: predikat(avgR) },
    },
  );
  if (predikat(avgK) !== "Tinggi") throw new Error(`E.81 average ${avgK}`);
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan personel PPNS dan koordinasi dengan Polres dan Kodim.",
    "Faktor penghambat: keterbatasan armada pemadam di wilayah selatan; tindak lanjut: pengadaan 2 unit pada APBD 2025.",
  ]);
  s.gap();
  signature(s, 30, {
    tempat: "Lembah Seruni, 20 Januari 2025",
    jabatan: ["KEPALA SATUAN POLISI PAMONG PRAJA", "DAN PEMADAM KEBAKARAN"],
    nama: "Drs. HERU PRASETYO WIBOWO, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19711012 199603 1 004",
  });

  const A = (k: string, id: string) => t.a(k, id);
  const Q = (kind: "k" | "r", id: string) => [0, 1, 2, 3].map((i) => A(`q${i}${kind}`, id)).join("+");
  book.plant({
    at: { sheet: SH, cell: A("c12r", "k2") },
    rules: ["sum-mismatch", "number-scale"],
    truth: Q("r", "k2"),
    note: "column 12 Rp of 1.05.02.2.01 typed 144,665,000 (a zero dropped); the four quarters add up to 1,446,650,000",
  });
  book.plant({
    at: { sheet: SH, cell: A("c14k", "pred") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${A("c14k", "avg")})`,
    note: `"Sangat Tinggi" for an average K capaian of ${avgK}; the band > 75 to 90 is Tinggi`,
  });
  for (const id of ["p1", "p2"]) {
    book.ok({
      sheet: SH,
      cell: A("c12k", id),
      rules: ["sum-mismatch"],
      truth: A("q3k", id),
      trap: Q("k", id),
    });
    book.ok({
      sheet: SH,
      cell: A("c13k", id),
      rules: ["sum-mismatch"],
      truth: A("c12k", id),
      trap: `${A("c6k", id)}+${A("c12k", id)}`,
    });
  }
  for (const id of ["k1", "k4", "k3", "k5"]) {
    book.ok({ sheet: SH, cell: A("c12k", id), rules: ["sum-mismatch"], truth: Q("k", id) });
    book.ok({ sheet: SH, cell: A("c12r", id), rules: ["sum-mismatch"], truth: Q("r", id) });
    book.ok({
      sheet: SH,
      cell: A("c13r", id),
      rules: ["sum-mismatch"],
      truth: `${A("c6r", id)}+${A("c12r", id)}`,
    });
  }
  for (const id of ids) {
    book.ok({
      sheet: SH,
      cell: A("c14k", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${A("c13k", id)}/${A("c5k", id)}*100,2)`,
    });
  }
  book.ok({
    sheet: SH,
    cell: A("c12r", "p2"),
    rules: ["sum-mismatch"],
    truth: `${A("c12r", "k3")}+${A("c12r", "k5")}`,
  });
  book.ok({
    sheet: SH,
    cell: A("c7r", "p1"),
    rules: ["sum-mismatch"],
    truth: `${A("c7r", "k1")}+${A("c7r", "k2")}+${A("c7r", "k4")}`,
  });
  book.ok({
    sheet: SH,
    cell: A("c14r", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${A("c14r", "avg")})`,
  });
  return book.finish();
}

// --------------------------------------------------------------------------------------- T-C.27

type TcRow = {
  id: string;
  lvl: "p" | "k" | "s";
  sas: string;
  kode: string;
  uraian: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  rp?: number[];
  flow?: boolean;
  kids?: string[];
};

export function tc27Satpol(): BookW {
  const book = new BookW(
    "tc27-renstra-satpolpp-damkar-batu-karang-laut-321.xlsx",
    "T-C.27",
    "T-C.27 Renstra 2025-2029, Tahun ke-1..5 > Target / Rp, (dalam ribuan rupiah), group headers written once",
  );
  const SH = "Tabel 6.1";
  const s = book.sheet(SH);
  letterhead(s, ["PEMERINTAH KOTA BATU KARANG LAUT", "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Satpol PP dan Damkar Kota Batu Karang Laut Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const S1 = "Meningkatnya ketenteraman dan ketertiban umum masyarakat";
  const S2 = "Meningkatnya kualitas pelayanan penanggulangan kebakaran";
  const data: TcRow[] = [
    {
      id: "p1",
      lvl: "p",
      sas: S1,
      kode: "1.05.02",
      uraian: "Program Peningkatan Ketenteraman dan Ketertiban Umum",
      ind: "Persentase gangguan trantibum yang tertangani",
      sat: "%",
      awal: 82.5,
      t: [84, 86, 88, 90, 92],
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      lvl: "k",
      sas: S1,
      kode: "1.05.02.2.01",
      uraian: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota",
      ind: "Jumlah kejadian gangguan trantibum yang ditangani",
      sat: "kejadian",
      awal: 312,
      t: [330, 340, 350, 360, 370],
      flow: true,
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      lvl: "s",
      sas: S1,
      kode: "1.05.02.2.01.0001",
      uraian: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum",
      ind: "Jumlah patroli wilayah yang dilaksanakan",
      sat: "kali",
      awal: 296,
      t: [310, 320, 330, 340, 350],
      flow: true,
      rp: [845000, 880500, 912000, 948750, 985300],
    },
    {
      id: "s2",
      lvl: "s",
      sas: S1,
      kode: "1.05.02.2.01.0003",
      uraian: "Pengendalian Unjuk Rasa dan Kerumunan Massa",
      ind: "Jumlah pengamanan kegiatan masyarakat",
      sat: "kali",
      awal: 44,
      t: [48, 50, 52, 54, 56],
      flow: true,
      rp: [212400, 224000, 236800, 248500, 261000],
    },
    {
      id: "k2",
      lvl: "k",
      sas: S1,
      kode: "1.05.02.2.02",
      uraian: "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
      ind: "Persentase pelanggaran Perda yang ditindaklanjuti",
      sat: "%",
      awal: 72,
      t: [75, 78, 81, 84, 87],
      kids: ["s3", "s4"],
    },
    {
      id: "s3",
      lvl: "s",
      sas: S1,
      kode: "1.05.02.2.02.0001",
      uraian: "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
      ind: "Jumlah penegakan Perda yang dilaksanakan",
      sat: "kasus",
      awal: 131,
      t: [140, 150, 160, 170, 180],
      flow: true,
      rp: [386200, 402500, 421700, 438900, 457400],
    },
    {
      id: "s4",
      lvl: "s",
      sas: S1,
      kode: "1.05.02.2.02.0002",
      uraian: "Pengawasan atas Pelaksanaan Perda dan Perwali",
      ind: "Jumlah laporan hasil pengawasan",
      sat: "dokumen",
      awal: 12,
      t: [12, 12, 12, 12, 12],
      flow: true,
      rp: [96500, 101200, 106000, 110800, 115600],
    },
    {
      id: "p2",
      lvl: "p",
      sas: S2,
      kode: "1.05.04",
      uraian: "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
      ind: "Cakupan pelayanan kebakaran (waktu tanggap <= 15 menit)",
      sat: "%",
      awal: 66,
      t: [70, 74, 78, 82, 86],
      kids: ["k3", "k4"],
    },
    {
      id: "k3",
      lvl: "k",
      sas: S2,
      kode: "1.05.04.2.01",
      uraian:
        "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran",
      ind: "Persentase kejadian kebakaran yang tertangani",
      sat: "%",
      awal: 86,
      t: [88, 90, 92, 94, 96],
      kids: ["s5", "s6"],
    },
    {
      id: "s5",
      lvl: "s",
      sas: S2,
      kode: "1.05.04.2.01.0001",
      uraian: "Pencegahan Kebakaran dan Penyelamatan",
      ind: "Jumlah sosialisasi pencegahan kebakaran",
      sat: "kali",
      awal: 20,
      t: [24, 26, 28, 30, 32],
      flow: true,
      rp: [178600, 189200, 198400, 207900, 218300],
    },
    {
      id: "s6",
      lvl: "s",
      sas: S2,
      kode: "1.05.04.2.01.0002",
      uraian: "Pemadaman dan Penyelamatan",
      ind: "Jumlah armada pemadam siap operasi",
      sat: "unit",
      awal: 8,
      t: [9, 10, 11, 12, 13],
      rp: [1425000, 1860500, 1512400, 1988700, 1604900],
    },
    {
      id: "k4",
      lvl: "k",
      sas: S2,
      kode: "1.05.04.2.02",
      uraian: "Inspeksi Peralatan Proteksi Kebakaran",
      ind: "Jumlah bangunan yang diinspeksi",
      sat: "gedung",
      awal: 52,
      t: [60, 65, 70, 75, 80],
      flow: true,
      kids: ["s7"],
    },
    {
      id: "s7",
      lvl: "s",
      sas: S2,
      kode: "1.05.04.2.02.0001",
      uraian: "Inspeksi Peralatan Proteksi Kebakaran",
      ind: "Jumlah dokumen hasil inspeksi",
      sat: "dokumen",
      awal: 52,
      t: [60, 65, 70, 75, 80],
      flow: true,
      rp: [142300, 150800, 158600, 166200, 174900],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "uraian", head: ["Program/Kegiatan/Sub Kegiatan"], num: "(3)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    { key: "awal", head: ["Data Capaian pada Tahun Awal Perencanaan"], role: "kondisi-awal", num: "(6)" },
    ...years.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${6 + 2 * y})`,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "akt",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(17)",
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "(18)",
      fmt: RP,
      width: 14,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(19)",
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)", width: 16 },
  ];
  const rows: Row[] = data.map((d) => ({
    id: d.id,
    bold: d.lvl !== "s",
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        sas: d.sas,
        kode: d.kode,
        uraian: d.uraian,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        unit: d.kode.startsWith("1.05.04") ? "Bidang Pemadam Kebakaran" : "Bidang Trantibum",
        lok: "Kota Batu Karang Laut",
      };
      const last = d.t[4];
      // the planted slip: the kondisi akhir of 1.05.02.2.02 copied from Tahun ke-4
      c.akt = d.id === "k2" ? d.t[3] : d.flow ? sum(d.t) : last;
      years.forEach((y, i) => {
        c[`t${y}`] = d.t[i];
        if (d.rp) c[`r${y}`] = d.rp[i];
        else if (d.lvl === "k") {
          const first = x.row(d.kids![0]);
          const lastKid = x.row(d.kids![d.kids!.length - 1]);
          c[`r${y}`] = fx(`SUM(${x.c(`r${y}`)}${first}:${x.c(`r${y}`)}${lastKid})`);
        } else if (d.id === "p2" && y === 2) {
          c[`r${y}`] = 2020500; // the planted slip: a typed program total among formulas
        } else c[`r${y}`] = fx(d.kids!.map((k) => x.a(`r${y}`, k)).join("+"));
      });
      c.akr = fx(years.map((y) => x.a(`r${y}`)).join("+"));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", groups: "first", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Sumber: Renstra Satpol PP dan Damkar Kota Batu Karang Laut 2025-2029 (Perwali No. 14 Tahun 2025)",
  ]);

  const A = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string) => years.map((y) => A(`t${y}`, id)).join("+");
  book.plant({
    at: { sheet: SH, cell: A("akt", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    truth: A("t5", "k2"),
    note: "kondisi akhir of a percentage (1.05.02.2.02) is 84, the Tahun ke-4 target; Tahun ke-5 (2029) is 87",
  });
  book.plant({
    at: { sheet: SH, cell: A("r2", "p2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${A("r2", "k3")}+${A("r2", "k4")}`,
    note: "program 1.05.04 Tahun ke-2 Rp typed 2,020,500 among formulas; its kegiatan add up to 2,200,500",
  });
  for (const id of ["s1", "s2", "s3", "s5", "k4"])
    book.ok({
      sheet: SH,
      cell: A("akt", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrs(id),
      trap: A("t5", id),
    });
  for (const id of ["p1", "s6", "k3", "p2"])
    book.ok({
      sheet: SH,
      cell: A("akt", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: A("t5", id),
      trap: yrs(id),
    });
  book.ok({ sheet: SH, cell: A("akt", "s4"), rules: ["kondisi-akhir-mismatch"], truth: yrs("s4") });
  for (const id of ["s1", "s6", "k1", "k3", "p1"])
    book.ok({
      sheet: SH,
      cell: A("akr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => A(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 3, 5]) {
    book.ok({
      sheet: SH,
      cell: A(`r${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${A(`r${y}`, "s1")}+${A(`r${y}`, "s2")}`,
    });
    book.ok({
      sheet: SH,
      cell: A(`r${y}`, "p2"),
      rules: ["sum-mismatch"],
      truth: `${A(`r${y}`, "k3")}+${A(`r${y}`, "k4")}`,
    });
  }
  book.ok({
    sheet: SH,
    cell: A("r2", "k3"),
    rules: ["sum-mismatch"],
    truth: `${A("r2", "s5")}+${A("r2", "s6")}`,
  });
  book.ok({
    sheet: SH,
    cell: A("r2", "p1"),
    rules: ["sum-mismatch"],
    truth: `${A("r2", "k1")}+${A("r2", "k2")}`,
  });
  book.ok({
    sheet: SH,
    cell: A("kode", "s7"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${A("kode", "s7")})`,
    actual: A("kode", "k4"),
  });
  return book.finish();
}
