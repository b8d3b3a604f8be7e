// The Renja evaluation (E.81, 2024) of the Dinas Koperasi dan UKM of Provinsi Sulawesi Tenggara and
// the T-C.27 of the Renstra 2025-2029 of the Dinas Koperasi, UKM of an invented kabupaten in Papua
// Barat (Sebyar Raya). Rp in thousands. Every name and number is invented.
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

// ================================================== E.81, Dinas Koperasi dan UKM Prov. Sultra, 2024

type Line = {
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
  rp?: [number, number, number, number[]];
};

export function e81Sultra(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-diskop-ukm-sultra-2024.xlsx",
    "E.81 Renja evaluation (Dinas Koperasi dan UKM)",
    "E.81 of the Dinas Koperasi dan UKM Provinsi Sulawesi Tenggara, s.d. Triwulan IV 2024, Renstra 2021-2026, (dalam ribuan rupiah): three header rows (group > Triwulan I..IV > K | Rp), ordinal (n-2) / (n-1) headers, number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; levels (koperasi sehat, aktif, RAT) take the Triwulan IV value; footer Rata-rata and Predikat",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI TENGGARA",
    "DINAS KOPERASI DAN USAHA KECIL MENENGAH",
    "Jl. Bunggasi No. 14, Anduonohu, Kendari",
  ]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Provinsi Sulawesi Tenggara",
    "Renja Dinas Koperasi dan UKM Periode Pelaksanaan s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "s11",
      kode: "2.17.05.1.01.0001",
      nm: "Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi",
      ind: "Jumlah SDM koperasi yang mengikuti diklat perkoperasian",
      sat: "orang",
      level: false,
      k5: 1500,
      k6: 820,
      k7: 250,
      kq: [40, 80, 70, 60],
      rp: [4_850_000, 2_610_400, 785_000, [96_250, 212_480, 236_700, 200_760]],
    },
    {
      id: "s12",
      kode: "2.17.05.1.01.0002",
      nm: "Sertifikasi Kompetensi Pengelola dan Pengawas Koperasi",
      ind: "Jumlah pengelola koperasi yang tersertifikasi kompetensi",
      sat: "orang",
      level: false,
      k5: 300,
      k6: 150,
      k7: 60,
      kq: [0, 20, 25, 15],
      rp: [1_920_000, 1_005_300, 365_000, [22_150, 98_400, 131_260, 104_820]],
    },
    {
      id: "s21",
      kode: "2.17.06.1.01.0001",
      nm: "Fasilitasi Kemudahan Akses Pembiayaan bagi Koperasi",
      ind: "Jumlah koperasi yang difasilitasi akses pembiayaan",
      sat: "koperasi",
      level: false,
      k5: 400,
      k6: 228,
      k7: 60,
      kq: [10, 15, 20, 17],
      rp: [2_640_000, 1_472_800, 512_500, [64_300, 128_750, 171_420, 139_860]],
    },
    {
      id: "s22",
      kode: "2.17.06.1.01.0003",
      nm: "Pendampingan Penyelenggaraan Rapat Anggota Tahunan (RAT) Koperasi",
      ind: "Persentase koperasi binaan yang melaksanakan RAT tepat waktu",
      sat: "%",
      level: true,
      k5: 85,
      k6: 71.2,
      k7: 76,
      kq: [12.5, 48.3, 69.4, 78.65],
      rp: [1_860_000, 1_102_650, 296_000, [41_800, 77_350, 92_460, 78_240]],
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
  ) => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, width: 9 } as Col,
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 13 } as Col,
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "nm",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
      num: "3",
      width: 38,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    ...pair(
      "5",
      ["Target Kinerja dan Anggaran Renstra PD Tahun 2026 (Akhir Periode Renstra)"],
      "5",
      "target",
      "anggaran",
    ),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
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
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpAll = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const kOf = (x: Line, c: Ctx): Record<string, Cell> => {
    const out: Record<string, Cell> = { k5: x.k5, k6: x.k6, k7: x.k7 };
    qk.forEach((k, j) => (out[k] = x.kq[j]));
    out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
    out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
    // planted: the RAT row divides by the Renja target (7) instead of the Renstra target (5)
    out.k14 = fx(`ROUND(${c.a(x.id === "s22" ? "k12" : "k13")}/${c.a(x.id === "s22" ? "k7" : "k5")}*100,2)`);
    out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
    return out;
  };
  const subRow = (x: Line, n: string): Row => ({
    id: x.id,
    cells: (c) => {
      const [r5, r6, r7, rq] = x.rp!;
      const out: Record<string, Cell> = {
        no: n,
        kode: x.kode,
        nm: x.nm,
        ind: `${x.ind} (${x.sat})`,
        ...kOf(x, c),
      };
      out.rp5 = r5;
      out.rp6 = r6;
      out.rp7 = r7;
      qr.forEach((k, j) => (out[k] = rq[j]));
      // planted: the Rp (12) of the diklat is a typed 764,190 (the quarters give 746,190)
      out.rp12 = x.id === "s11" ? 764_190 : fx(qr.map((k) => c.a(k)).join("+"));
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.pj = "Bidang Kelembagaan dan Pengawasan Koperasi";
      return out;
    },
  });
  const upRow = (x: Line, n: string, from: string, to: string, bold = false): Row => ({
    id: x.id,
    bold,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: n,
        kode: x.kode,
        nm: x.nm,
        ind: `${x.ind} (${x.sat})`,
        ...kOf(x, c),
      };
      for (const k of rpAll) out[k] = fx(from === to ? c.a(k, from) : `SUM(${c.a(k, from)}:${c.a(k, to)})`);
      out.pj = "Dinas Koperasi dan UKM";
      return out;
    },
  });
  const p5: Line = {
    id: "p5",
    kode: "2.17.05",
    nm: "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN",
    ind: "Persentase koperasi sehat",
    sat: "%",
    level: true,
    k5: 35,
    k6: 27.4,
    k7: 30,
    kq: ["-", "-", 28.6, 30.85],
  };
  const g5: Line = {
    id: "g5",
    kode: "2.17.05.1.01",
    nm: "Pendidikan dan Latihan Perkoperasian bagi Koperasi yang Wilayah Keanggotaannya Lintas Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi",
    ind: "Jumlah koperasi yang SDM-nya mengikuti diklat",
    sat: "koperasi",
    level: false,
    k5: 600,
    k6: 335,
    k7: 100,
    kq: [18, 30, 32, 24],
  };
  const p6: Line = {
    id: "p6",
    kode: "2.17.06",
    nm: "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI",
    ind: "Persentase koperasi aktif",
    sat: "%",
    level: true,
    k5: 72,
    k6: 63.8,
    k7: 66,
    kq: ["-", "-", "-", 66.9],
  };
  const g6: Line = {
    id: "g6",
    kode: "2.17.06.1.01",
    nm: "Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya Lintas Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi",
    ind: "Jumlah koperasi yang diberdayakan",
    sat: "koperasi",
    level: false,
    k5: 500,
    k6: 281,
    k7: 80,
    kq: [14, 20, 26, 22],
  };
  const [s11, s12, s21, s22] = lines;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "u",
        bold: true,
        cells: { kode: "2", nm: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      {
        id: "bu",
        bold: true,
        cells: { kode: "2.17", nm: "URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH" },
      },
      upRow(p5, "1", "g5", "g5", true),
      upRow(g5, "1.1", "s11", "s12"),
      subRow(s11, "1.1.1"),
      subRow(s12, "1.1.2"),
      upRow(p6, "2", "g6", "g6", true),
      upRow(g6, "2.1", "s21", "s22"),
      subRow(s21, "2.1.1"),
      subRow(s22, "2.1.2"),
      {
        id: "avg",
        bold: true,
        span: ["no", "ind"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(
            `ROUND(AVERAGE(${c.a("k14", "s11")},${c.a("k14", "s12")},${c.a("k14", "s21")},${c.a("k14", "s22")}),2)`,
          ),
          rp14: fx(
            `ROUND(AVERAGE(${c.a("rp14", "s11")},${c.a("rp14", "s12")},${c.a("rp14", "s21")},${c.a("rp14", "s22")}),2)`,
          ),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "ind"],
        cells: { no: "Predikat Kinerja", k14: "Tinggi", rp14: "Sedang" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kerja sama dengan LPDB-KUMKM dan perbankan penyalur KUR dalam fasilitasi pembiayaan.",
    "Faktor penghambat: sebagian koperasi di wilayah kepulauan (Wakatobi, Buton Selatan) sulit dijangkau untuk pendampingan RAT.",
    "Tindak lanjut: RAT daring bagi koperasi kepulauan mulai Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Kendari, 22 Januari 2025",
    jabatan: ["KEPALA DINAS KOPERASI DAN UKM", "PROVINSI SULAWESI TENGGARA,"],
    nama: "Dr. LA ODE MUH. SYAHRIR, S.E., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720814 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s11") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp (12) of sub kegiatan 2.17.05.1.01.0001 is a typed 764,190 among the formulas 8+9+10+11; the four quarters give 96,250 + 212,480 + 236,700 + 200,760 = 746,190 (digits swapped)",
    truth: qr.map((k) => a(k, "s11")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s22") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "column 14 K of the RAT tepat waktu row is =ROUND(12/7*100,2) = 103.49 (the Renja capaian); 13 / 5 x 100 = 78.65 / 85 gives 92.53",
    truth: `ROUND(${a("k13", "s22")}/${a("k5", "s22")}*100,2)`,
  });
  // levels: the year's K is the Triwulan IV value, the s.d. K the latest level
  for (const id of ["s22", "p5", "p6"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: id !== "s22" ? undefined : qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s11", "s12", "s21", "g5", "g6"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s11", "s12", "s21", "g5", "g6", "p5", "p6"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s12", "s21", "s22"]) {
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
  for (const k of ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"])
    b.ok({ sheet: S, cell: a(k, "g6"), rules: ["sum-mismatch"], truth: `${a(k, "s21")}+${a(k, "s22")}` });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({ sheet: S, cell: a(k, "g5"), rules: ["sum-mismatch"], truth: `${a(k, "s11")}+${a(k, "s12")}` });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "avg")})`,
  });
  for (const [id, up] of [
    ["s11", "g5"],
    ["s12", "g5"],
    ["g5", "p5"],
    ["s21", "g6"],
    ["s22", "g6"],
    ["g6", "p6"],
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

// ======================================= T-C.27, Dinas Koperasi, UKM Kabupaten Sebyar Raya, 2025-2029

type Plan = {
  id: string;
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow: boolean;
  rp?: number[];
};

export function tc27Sebyar(): BookW {
  const b = new BookW(
    "renstra-tc27-diskop-ukm-sebyar-raya-2025-2029.xlsx",
    "T-C.27 Renstra funding (Dinas Koperasi, UKM)",
    "T-C.27 of the Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Sebyar Raya (Papua Barat), Renstra 2025-2029: Tujuan | Sasaran | Kode | Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Tahun ke-1' .. 'Tahun ke-5' > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; (dalam ribuan rupiah); SUM formulas for kegiatan, program and kondisi akhir Rp",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEBYAR RAYA", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Koperasi, UKM Kabupaten Sebyar Raya",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const TUJ = "Meningkatnya daya saing koperasi dan usaha mikro";
  const SAS = "Meningkatnya koperasi sehat dan usaha mikro yang naik kelas";
  const prog: Plan = {
    id: "p8",
    kode: "2.17.08",
    nm: "PROGRAM PENGEMBANGAN UMKM",
    ind: "Persentase usaha mikro yang naik kelas",
    sat: "%",
    awal: 2.1,
    tg: [2.5, 3, 3.5, 4, 4.5],
    flow: false,
  };
  const keg: Plan = {
    id: "g8",
    kode: "2.17.08.2.01",
    nm: "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil",
    ind: "Jumlah usaha mikro yang dikembangkan",
    sat: "unit usaha",
    awal: 180,
    tg: [200, 220, 240, 260, 280],
    flow: true,
  };
  const subs: Plan[] = [
    {
      id: "s1",
      kode: "2.17.08.2.01.0001",
      nm: "Fasilitasi Kemudahan Perizinan Berusaha bagi Usaha Mikro",
      ind: "Jumlah usaha mikro yang difasilitasi memperoleh NIB",
      sat: "unit usaha",
      awal: 350,
      tg: [400, 420, 450, 480, 500],
      flow: true,
      rp: [385_400, 402_750, 428_600, 455_300, 478_900],
    },
    {
      id: "s2",
      kode: "2.17.08.2.01.0002",
      nm: "Pelatihan dan Pendampingan Usaha Mikro (Kemasan, Label Halal dan Pemasaran Digital)",
      ind: "Jumlah pelaku usaha mikro yang dilatih",
      sat: "orang",
      awal: 120,
      tg: [150, 150, 175, 175, 200],
      flow: true,
      rp: [612_500, 640_200, 698_450, 721_300, 786_750],
    },
    {
      // planted: coded under program 2.17.07 while it stands under kegiatan 2.17.08.2.01
      id: "s3",
      kode: "2.17.07.2.01.0003",
      nm: "Pendampingan Akses Pembiayaan KUR dan Dana Bergulir bagi Usaha Mikro",
      ind: "Jumlah usaha mikro yang mengakses KUR",
      sat: "unit usaha",
      awal: 210,
      tg: [240, 260, 280, 300, 320],
      flow: true,
      rp: [214_800, 226_350, 241_900, 258_400, 276_150],
    },
  ];
  const prog2: Plan = {
    id: "p6",
    kode: "2.17.06",
    nm: "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI",
    ind: "Persentase koperasi sehat",
    sat: "%",
    awal: 18.5,
    tg: [20, 22.5, 25, 27.5, 30],
    flow: false,
  };
  const keg2: Plan = {
    id: "g6",
    kode: "2.17.06.2.01",
    nm: "Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah Kabupaten/Kota",
    ind: "Persentase koperasi aktif",
    sat: "%",
    awal: 54.2,
    tg: [56, 58, 60, 62, 64],
    flow: false,
  };
  const subs2: Plan[] = [
    {
      id: "t1",
      kode: "2.17.06.2.01.0001",
      nm: "Pendampingan Koperasi menuju Koperasi Sehat",
      ind: "Jumlah koperasi yang didampingi",
      sat: "koperasi",
      awal: 25,
      tg: [30, 30, 35, 35, 40],
      flow: true,
      rp: [318_200, 331_500, 352_750, 367_400, 389_600],
    },
    {
      id: "t2",
      kode: "2.17.06.2.01.0002",
      nm: "Fasilitasi Penyelenggaraan Rapat Anggota Tahunan Koperasi",
      ind: "Jumlah koperasi yang difasilitasi RAT",
      sat: "koperasi",
      awal: 40,
      tg: [45, 50, 55, 60, 65],
      flow: true,
      rp: [146_300, 158_900, 171_250, 183_600, 197_450],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: "1", width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "2", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "3", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "4", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "5",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "6", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "7",
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(6 + 2 * y),
        width: 9,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(7 + 2 * y),
        fmt: RP,
        width: 12,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "18",
      width: 10,
    },
    {
      key: "rak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "19",
      fmt: RP,
      width: 13,
    },
    { key: "uk", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "20", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "21", width: 14 },
  ];
  const rowOf = (x: Plan, rp: (c: Ctx, y: number) => Cell, bold = false): Row => ({
    id: x.id,
    bold,
    cells: (c) => {
      const out: Record<string, Cell> = {
        tuj: TUJ,
        sas: SAS,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        uk: x.id.startsWith("p") || x.id.startsWith("g") ? "Dinas Koperasi, UKM" : "Bidang UMKM",
        lok: "Kabupaten Sebyar Raya",
      };
      Y.forEach((y) => {
        out[`t${y}`] = x.tg[y - 1];
        out[`r${y}`] = rp(c, y);
      });
      // planted: the koperasi sehat kondisi akhir is the middle target 25.00, not the 2029 target 30.00
      out.ak =
        x.id === "p6"
          ? 25
          : x.flow
            ? fx(`SUM(${c.a("t1")},${c.a("t2")},${c.a("t3")},${c.a("t4")},${c.a("t5")})`)
            : fx(c.a("t5"));
      out.rak = fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`);
      return out;
    },
  });
  const typed = (x: Plan) => (_c: Ctx, y: number) => x.rp![y - 1];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tuj", "sas"],
    rows: [
      rowOf(prog, (c, y) => fx(c.a(`r${y}`, "g8")), true),
      rowOf(keg, (c, y) => fx(`SUM(${c.a(`r${y}`, "s1")}:${c.a(`r${y}`, "s3")})`)),
      ...subs.map((x) => rowOf(x, typed(x))),
      rowOf(prog2, (c, y) => fx(c.a(`r${y}`, "g6")), true),
      rowOf(keg2, (c, y) => fx(`SUM(${c.a(`r${y}`, "t1")}:${c.a(`r${y}`, "t2")})`)),
      ...subs2.map((x) => rowOf(x, typed(x))),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: target kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Sebyar, 14 Maret 2025",
    jabatan: ["Kepala Dinas Koperasi, Usaha Kecil dan Menengah", "Kabupaten Sebyar Raya,"],
    nama: "YOHANIS K. WAINGGAI, S.E., M.M.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19760503 200312 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "p6") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the Persentase koperasi sehat (a rate) is a typed 25.00, the Tahun ke-3 target; the rate's kondisi akhir is the Tahun ke-5 (2029) target 30.00",
    truth: a("t5", "p6"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pendampingan Akses Pembiayaan KUR is coded 2.17.07.2.01.0003 (program 2.17.07) under kegiatan 2.17.08.2.01; it is 2.17.08.2.01.0003 (it is summed into that kegiatan)",
    truth: `${a("kode", "g8")}&".0003"`,
  });
  for (const id of ["p8", "g6"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: `${a("t1", id)}+${a("t2", id)}+${a("t3", id)}+${a("t4", id)}+${a("t5", id)}`,
    });
  for (const id of ["g8", "s1", "s2", "s3", "t1", "t2"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `${a("t1", id)}+${a("t2", id)}+${a("t3", id)}+${a("t4", id)}+${a("t5", id)}`,
      trap: a("t5", id),
    });
  for (const id of ["p8", "g8", "s1", "s2", "s3", "p6", "g6", "t1", "t2"])
    b.ok({
      sheet: S,
      cell: a("rak", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of Y) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g8"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g6"),
      rules: ["sum-mismatch"],
      truth: ["t1", "t2"].map((id) => a(`r${y}`, id)).join("+"),
    });
  }
  for (const [id, up] of [
    ["s1", "g8"],
    ["s2", "g8"],
    ["g8", "p8"],
    ["t1", "g6"],
    ["t2", "g6"],
    ["g6", "p6"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", up),
    });
  if (round(sum5(subs[0].rp!)) !== 2_150_950) throw new Error("tc27 s1");
  return b.finish();
}

const sum5 = (xs: number[]) => xs.reduce((n, v) => n + v, 0);
