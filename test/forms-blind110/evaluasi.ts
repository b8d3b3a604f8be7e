// Evaluation and recap tables of the Badan Riset dan Inovasi Daerah (BRIDA) of Provinsi Jawa Timur:
// an E.81 Renja evaluation s.d. Triwulan IV 2024 in thousands of rupiah with ordinal (n-1) / (n-2)
// headers and typed values, and a recap of inovasi daerah per perangkat daerah side by side with the
// serapan of the kelitbangan budget. Every name and number is invented.
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

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: Array<number | "-">;
  rp5: number;
  rp6: number;
  rp7: number;
  rpq: number[];
};

const kNum = (x: Array<number | "-">) => x.filter((v): v is number => typeof v === "number");

export function e81BridaJatim(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-brida-provinsi-jatim-tw4-2024.xlsx",
    "E.81 evaluasi hasil Renja (BRIDA)",
    "E.81 of the BRIDA Provinsi Jawa Timur s.d. Triwulan IV 2024, Rp in thousands: 1 No | 2 Kode | 3 Urusan / Program / Kegiatan / Sub Kegiatan | 4 Indikator | 5 Target Renstra akhir periode (2026) | 6 Realisasi s.d. Renja tahun lalu (n-2) | 7 Target Renja (n-1) | 8-11 Triwulan I-IV | 12 | 13 | 14, each K | Rp under a three-row header; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; typed values; Rata-rata and Predikat rows",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI JAWA TIMUR",
    "BADAN RISET DAN INOVASI DAERAH",
    "Jl. Gayung Kebonsari Tengah No. 21, Surabaya",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BADAN RISET DAN INOVASI DAERAH PROVINSI JAWA TIMUR",
    "Renstra BRIDA Periode 2024-2026 - Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "5.05.02.2.01.0001",
      nm: "Penelitian dan Pengembangan Bidang Sosial, Pemerintahan dan Kependudukan",
      ind: "Jumlah dokumen hasil kajian kebijakan yang diselesaikan (dokumen)",
      level: false,
      k5: 40,
      k6: 24,
      k7: 8,
      kq: [0, 2, 3, 3],
      rp5: 5_400_000,
      rp6: 3_120_450,
      rp7: 1_085_000,
      rpq: [142_300, 268_900, 301_750, 347_220],
    },
    {
      id: "s2",
      kode: "5.05.02.2.01.0002",
      nm: "Fasilitasi dan Pembinaan Inovasi Daerah Kabupaten/Kota",
      ind: "Persentase inovasi daerah yang lolos verifikasi Indeks Inovasi Daerah (%)",
      level: true,
      k5: 85,
      k6: 72.4,
      k7: 78,
      kq: ["-", 41.3, 63.8, 80.6],
      rp5: 3_900_000,
      rp6: 2_265_800,
      rp7: 812_500,
      rpq: [96_400, 187_350, 224_900, 286_120],
    },
    {
      id: "s3",
      kode: "5.05.02.2.01.0003",
      nm: "Fasilitasi Pendaftaran Hak Kekayaan Intelektual Hasil Riset",
      ind: "Jumlah HAKI hasil riset yang didaftarkan (sertifikat)",
      level: false,
      k5: 150,
      k6: 88,
      k7: 35,
      kq: [4, 9, 11, 13],
      rp5: 2_250_000,
      rp6: 1_310_200,
      rp7: 460_000,
      rpq: [52_800, 118_450, 129_300, 147_900],
    },
  ];
  const k12 = (x: Sub) => (x.level ? (x.kq[3] as number) : sum(kNum(x.kq)));
  const k13 = (x: Sub) => (x.level ? k12(x) : x.k6 + k12(x));
  const k14 = (x: Sub) => round((k13(x) / x.k5) * 100);
  const rp12 = (x: Sub) => sum(x.rpq);
  const rp13 = (x: Sub) => x.rp6 + rp12(x);
  const rp14 = (x: Sub) => round((rp13(x) / x.rp5) * 100);
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
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 14 },
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
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra (2026)"], "5", "target", "anggaran"),
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
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 20 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  // planted: s1's Rp (12) typed with two digits swapped; s3's K (14) typed as 12 / 7 x 100
  const RP12_S1 = 1_006_170;
  const K14_S3 = round((k12(subs[2]) / subs[2].k7) * 100);
  const subRow = (x: Sub, i: number): Row => {
    const out: Record<string, Cell> = {
      no: `${i + 1}`,
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      k5: x.k5,
      rp5: x.rp5,
      k6: x.k6,
      rp6: x.rp6,
      k7: x.k7,
      rp7: x.rp7,
      k12: k12(x),
      rp12: x.id === "s1" ? RP12_S1 : rp12(x),
      k13: k13(x),
      rp13: rp13(x),
      k14: x.id === "s3" ? K14_S3 : k14(x),
      rp14: rp14(x),
      pj: "Bidang Riset dan Inovasi",
    };
    qk.forEach((k, j) => (out[k] = x.kq[j]));
    qr.forEach((k, j) => (out[k] = x.rpq[j]));
    return { id: x.id, cells: out };
  };
  const rpAll = (f: (x: Sub) => number) => sum(subs.map(f));
  const kegRp = {
    rp5: rpAll((x) => x.rp5),
    rp6: rpAll((x) => x.rp6),
    rp7: rpAll((x) => x.rp7),
    rpq1: rpAll((x) => x.rpq[0]),
    rpq2: rpAll((x) => x.rpq[1]),
    rpq3: rpAll((x) => x.rpq[2]),
    rpq4: rpAll((x) => x.rpq[3]),
    rp12: rpAll(rp12),
    rp13: rpAll(rp13),
    rp14: round((rpAll(rp13) / rpAll((x) => x.rp5)) * 100),
  };
  const keg = { k5: 60, k6: 36, k7: 12, kq: [1, 3, 4, 4] };
  const prog = { k5: 75, k6: 62.5, k7: 68, kq: ["-", "-", 55, 70.5] as Array<number | "-"> };
  const avgK = round((k14(subs[0]) + k14(subs[1]) + K14_S3) / 3);
  const avgRp = round(sum(subs.map(rp14)) / 3);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "u", bold: true, cells: { kode: "5", nm: "UNSUR PENUNJANG URUSAN PEMERINTAHAN" } },
      { id: "bu", bold: true, cells: { kode: "5.05", nm: "PENELITIAN DAN PENGEMBANGAN" } },
      {
        id: "prog",
        bold: true,
        cells: {
          kode: "5.05.02",
          nm: "PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH",
          ind: "Persentase rekomendasi hasil kelitbangan yang dimanfaatkan dalam kebijakan daerah (%)",
          k5: prog.k5,
          k6: prog.k6,
          k7: prog.k7,
          kq1: prog.kq[0],
          kq2: prog.kq[1],
          kq3: prog.kq[2],
          kq4: prog.kq[3],
          k12: 70.5,
          k13: 70.5,
          k14: round((70.5 / 75) * 100),
          ...kegRp,
          pj: "BRIDA",
        },
      },
      {
        id: "keg",
        cells: {
          kode: "5.05.02.2.01",
          nm: "Penelitian dan Pengembangan Urusan Pemerintahan Daerah",
          ind: "Jumlah dokumen kelitbangan dan inovasi yang diselesaikan (dokumen)",
          k5: keg.k5,
          k6: keg.k6,
          k7: keg.k7,
          kq1: keg.kq[0],
          kq2: keg.kq[1],
          kq3: keg.kq[2],
          kq4: keg.kq[3],
          k12: sum(keg.kq),
          k13: keg.k6 + sum(keg.kq),
          k14: round(((keg.k6 + sum(keg.kq)) / keg.k5) * 100),
          ...kegRp,
          pj: "Bidang Riset dan Inovasi",
        },
      },
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "rp13"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
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
    "Faktor pendorong: kerja sama riset dengan perguruan tinggi di Surabaya dan Malang; klinik HAKI keliling.",
    "Faktor penghambat: verifikasi bukti dukung inovasi kabupaten/kota baru lengkap pada triwulan IV.",
    "Tindak lanjut: pendampingan penginputan bukti dukung IID sejak triwulan I tahun 2025.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Surabaya, 20 Januari 2025",
    jabatan: ["KEPALA BADAN RISET DAN INOVASI DAERAH", "PROVINSI JAWA TIMUR"],
    nama: "Dr. Ir. BAMBANG SETYO HARTANTO, M.Si.",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19690812 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  if (RP12_S1 === rp12(subs[0]) || K14_S3 === k14(subs[2])) throw new Error("e81 plants");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch"],
    note: `Realisasi Rp (12) of sub kegiatan 5.05.02.2.01.0001 is typed 1,006,170 (thousands); Triwulan I-IV add up to ${rp12(subs[0]).toLocaleString("en")} (two digits swapped)`,
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: `Tingkat capaian Renstra K (14) of the HAKI sub kegiatan holds ${K14_S3} = 12 / 7 x 100 (the Renja capaian 37 / 35); 13 / 5 x 100 = 125 / 150 gives ${k14(subs[2])}`,
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // traps: the verification rate is a level, its (12) is Triwulan IV and its (13) the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("kq2", "s2")}+${a("kq3", "s2")}+${a("kq4", "s2")}`,
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
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("kq3", "prog")}+${a("kq4", "prog")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
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
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  }
  for (const id of ["s1", "s2", "s3", "keg"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
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
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "avg")})`,
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

// ============================== rekap inovasi per perangkat daerah + serapan kelitbangan, side by side

type Pd = { id: string; nm: string; tk: number; pp: number; ln: number; ver: number };
type Kg = { id: string; nm: string; pagu: number; real: number };

export function rekapInovasiJatim(): BookW {
  const b = new BookW(
    "rekap-inovasi-pd-serapan-kelitbangan-brida-jatim-2024.xlsx",
    "sector recap (inovasi daerah per PD, serapan kelitbangan)",
    "Two tables side by side on one sheet of the BRIDA Jawa Timur, 2024: Tabel A No | Perangkat Daerah | 'Jenis Inovasi yang Dilaporkan' > Tata Kelola | Pelayanan Publik | Lainnya | Jumlah | Lolos Verifikasi | Persentase (%), JUMLAH row; an empty column; Tabel B No | Kegiatan Kelitbangan | Pagu (Rp) | Realisasi (Rp) | Serapan (%), Jumlah row; formulas",
  );
  const S = "Rekap Inovasi 2024";
  const s = b.sheet(S);
  letterhead(s, ["BADAN RISET DAN INOVASI DAERAH PROVINSI JAWA TIMUR"]);
  s.lines([
    "Tabel A. Rekapitulasi Inovasi Perangkat Daerah yang Dilaporkan dalam Indeks Inovasi Daerah Tahun 2024",
  ]);
  s.put(s.r - 1, 10, "Tabel B. Realisasi Anggaran Kegiatan Kelitbangan Tahun 2024");
  s.gap();
  const pds: Pd[] = [
    { id: "p1", nm: "Dinas Kesehatan", tk: 6, pp: 14, ln: 2, ver: 19 },
    { id: "p2", nm: "Dinas Pendidikan", tk: 4, pp: 11, ln: 3, ver: 15 },
    { id: "p3", nm: "Dinas Penanaman Modal dan PTSP", tk: 5, pp: 9, ln: 0, ver: 13 },
    { id: "p4", nm: "Dinas Pertanian dan Ketahanan Pangan", tk: 3, pp: 7, ln: 4, ver: 11 },
    { id: "p5", nm: "Dinas Komunikasi dan Informatika", tk: 8, pp: 10, ln: 1, ver: 16 },
    { id: "p6", nm: "Badan Pendapatan Daerah", tk: 7, pp: 6, ln: 1, ver: 11 },
    { id: "p7", nm: "Dinas Sosial", tk: 2, pp: 9, ln: 3, ver: 10 },
    { id: "p8", nm: "Badan Riset dan Inovasi Daerah", tk: 5, pp: 4, ln: 3, ver: 12 },
  ];
  const jml = (p: Pd) => p.tk + p.pp + p.ln;
  // planted: the Dinas Sosial's percentage is a typed 86.67 (last year's) among ROUND formulas; 10 / 14 = 71.43
  const P7_TYPED = 86.67;
  const G = "Jenis Inovasi yang Dilaporkan";
  const ta = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pd", head: ["Perangkat Daerah"], role: "lainnya", width: 34 },
      { key: "tk", head: [G, "Tata Kelola"], width: 10 },
      { key: "pp", head: [G, "Pelayanan Publik"], width: 10 },
      { key: "ln", head: [G, "Lainnya"], width: 10 },
      { key: "j", head: [G, "Jumlah"], width: 10 },
      { key: "ver", head: ["Lolos Verifikasi"], role: "realisasi", width: 11 },
      { key: "pct", head: ["Persentase Lolos Verifikasi (%)"], role: "capaian", fmt: DEC, width: 12 },
    ],
    headerRows: 2,
    rows: [
      ...pds.map((p, i): Row => ({
        id: p.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          pd: p.nm,
          tk: p.tk,
          pp: p.pp,
          ln: p.ln,
          j: fx(`${c.a("tk")}+${c.a("pp")}+${c.a("ln")}`),
          ver: p.ver,
          pct: p.id === "p7" ? P7_TYPED : fx(`ROUND(${c.a("ver")}/${c.a("j")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "pd"],
        cells: (c: Ctx) => ({
          no: "JUMLAH",
          tk: fx(`SUM(${c.a("tk", "p1")}:${c.a("tk", "p8")})`),
          pp: fx(`SUM(${c.a("pp", "p1")}:${c.a("pp", "p8")})`),
          ln: fx(`SUM(${c.a("ln", "p1")}:${c.a("ln", "p8")})`),
          j: fx(`SUM(${c.a("j", "p1")}:${c.a("j", "p8")})`),
          ver: fx(`SUM(${c.a("ver", "p1")}:${c.a("ver", "p8")})`),
          pct: fx(`ROUND(${c.a("ver")}/${c.a("j")}*100,2)`),
        }),
      },
    ],
  });
  const kgs: Kg[] = [
    {
      id: "k1",
      nm: "Kajian Kebijakan Bidang Ekonomi dan Pembangunan",
      pagu: 1_485_000_000,
      real: 1_402_318_500,
    },
    {
      id: "k2",
      nm: "Kajian Kebijakan Bidang Sosial dan Pemerintahan",
      pagu: 1_362_500_000,
      real: 1_297_640_000,
    },
    {
      id: "k3",
      nm: "Fasilitasi Pendaftaran HAKI dan Klinik Kekayaan Intelektual",
      pagu: 1_202_300_000,
      real: 1_254_600_000,
    },
    {
      id: "k4",
      nm: "Penilaian dan Pembinaan Indeks Inovasi Daerah Kabupaten/Kota",
      pagu: 986_400_000,
      real: 912_087_250,
    },
    { id: "k5", nm: "Pengelolaan Jurnal dan Publikasi Hasil Riset", pagu: 418_750_000, real: 377_905_000 },
  ];
  const tb = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Kegiatan Kelitbangan"], role: "lainnya", width: 40 },
        { key: "pagu", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
        { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
        { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      ],
      headerRows: 2,
      rows: [
        ...kgs.map((k, i): Row => ({
          id: k.id,
          cells: (c: Ctx) => ({
            no: i + 1,
            nm: k.nm,
            pagu: k.pagu,
            real: k.real,
            ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "nm"],
          cells: (c: Ctx) => ({
            no: "Jumlah",
            pagu: fx(`SUM(${c.a("pagu", "k1")}:${c.a("pagu", "k5")})`),
            real: fx(`SUM(${c.a("real", "k1")}:${c.a("real", "k5")})`),
            ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          }),
        },
      ],
    },
    10,
    ta.top,
  );
  s.r = Math.max(ta.lastDataRow, tb.lastDataRow) + 2;
  s.lines([
    "Sumber: aplikasi Indeks Inovasi Daerah (Kemendagri) dan SIPD, data per 31 Desember 2024.",
    "Persentase lolos verifikasi = lolos verifikasi / jumlah inovasi dilaporkan x 100.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Surabaya, 15 Januari 2025",
    jabatan: ["Sekretaris BRIDA Provinsi Jawa Timur,"],
    nama: "Dra. ENDANG SRI WAHYUNINGSIH, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720405 199803 2 006",
  });

  const a = (k: string, id: string) => ta.a(k, id);
  const p7 = pds[6];
  if (round((p7.ver / jml(p7)) * 100) !== 71.43) throw new Error("rekap p7");
  b.plant({
    at: { sheet: S, cell: a("pct", "p7") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Persentase lolos verifikasi of the Dinas Sosial is a typed 86.67 among ROUND formulas (the 2023 value left in place); 10 / 14 gives 71.43",
    truth: `ROUND(${a("ver", "p7")}/${a("j", "p7")}*100,2)`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: tb.a("real", "k3") },
        { sheet: S, cell: tb.a("ser", "k3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Realisasi of the HAKI kegiatan is 1,254,600,000 against a pagu of 1,202,300,000 (serapan 104.35 %); a realisation cannot exceed its pagu",
    truth: tb.a("pagu", "k3"),
  });
  // trap: the JUMLAH percentage is the ratio of the totals, not the mean of the rows
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("ver", "jml")}/${a("j", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "p1")}:${a("pct", "p8")}),2)`,
  });
  for (const p of pds) {
    b.ok({
      sheet: S,
      cell: a("j", p.id),
      rules: ["sum-mismatch"],
      truth: `${a("tk", p.id)}+${a("pp", p.id)}+${a("ln", p.id)}`,
    });
    if (p.id !== "p7")
      b.ok({
        sheet: S,
        cell: a("pct", p.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("ver", p.id)}/${a("j", p.id)}*100,2)`,
      });
  }
  for (const k of ["tk", "pp", "ln", "j", "ver"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: pds.map((p) => a(k, p.id)).join("+"),
    });
  for (const k of kgs)
    if (k.id !== "k3")
      b.ok({
        sheet: S,
        cell: tb.a("ser", k.id),
        rules: ["serapan-over-100", "capaian-mismatch"],
        truth: `ROUND(${tb.a("real", k.id)}/${tb.a("pagu", k.id)}*100,2)`,
      });
  b.ok({
    sheet: S,
    cell: tb.a("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: kgs.map((k) => tb.a("pagu", k.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: tb.a("ser", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${tb.a("real", "jml")}/${tb.a("pagu", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${tb.a("ser", "k1")}:${tb.a("ser", "k5")}),2)`,
  });
  return b.finish();
}
