// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Kesehatan on gizi
// masyarakat: balita gizi buruk, vitamin A, TTD remaja putri, PMT ibu hamil KEK, ASI eksklusif.
// Kabupaten Lembah Sinaru (Sulawesi Barat) and Kota Tanjung Pelita (Kalimantan Utara) are invented.
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
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the Dinas Kesehatan Kabupaten Lembah Sinaru, s.d. Triwulan IV 2024, calendar-year headers. */
export function e81Gizi(): BookW {
  const b = new BookW(
    "e81-gizi-dinkes-lembah-sinaru-2024.xlsx",
    "E.81 Evaluasi Renja (Dinkes gizi)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026; calendar years in the group headers; Kinerja | Keuangan pairs; number row merged over pairs; a level row (% balita gizi buruk ditangani) over flows; Keterangan column; rata-rata and predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SINARU",
    "DINAS KESEHATAN",
    "Jl. Poros Sinaru Km. 4, Tobadak Hulu, Sulawesi Barat",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi Terhadap Hasil Renja Dinas Kesehatan Kabupaten Lembah Sinaru",
    "Renstra 2021-2026 - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0031",
      ur: "Pengelolaan Pelayanan Gizi Balita (Vitamin A dan Tata Laksana Gizi Buruk)",
      ind: "Jumlah balita 6-59 bulan yang mendapat kapsul vitamin A",
      sat: "anak",
      level: false,
      k5: 96_000,
      k6: 54_310,
      k7: 19_400,
      q: [2_150, 8_940, 1_870, 7_120],
      r5: 3_850_000_000,
      r6: 2_204_775_000,
      r7: 742_500_000,
      rq: [96_250_000, 231_480_000, 158_600_000, 219_070_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0034",
      ur: "Pemberian Makanan Tambahan Ibu Hamil KEK dan Tablet Tambah Darah",
      ind: "Jumlah ibu hamil KEK yang mendapat PMT",
      sat: "orang",
      level: false,
      k5: 3_600,
      k6: 2_015,
      k7: 690,
      q: [142, 188, 205, 131],
      r5: 6_420_000_000,
      r6: 3_588_320_000,
      r7: 1_268_000_000,
      rq: [187_400_000, 344_950_000, 402_150_000, 298_720_000],
    },
  ];
  const tot = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah puskesmas yang melaksanakan pelayanan gizi sesuai standar",
    sat: "puskesmas",
    level: false,
    k5: 110,
    k6: 63,
    k7: 22,
    q: [4, 6, 7, 5],
    r5: tot("r5"),
    r6: tot("r6"),
    r7: tot("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase balita gizi buruk yang ditangani sesuai standar",
    sat: "%",
    level: true,
    k5: 100,
    k6: 88.6,
    k7: 95,
    q: [90.2, 92.5, 94.1, 96.4],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role: kr, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const TW = (n: string) => `Realisasi Kinerja dan Anggaran Renja Tahun 2024 Triwulan ${n}`;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: 4,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", TW("I"), "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", TW("II"), "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", TW("III"), "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", TW("IV"), "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024",
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
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: 16, width: 14 },
  ];
  // planted: .0031's (12) Rp typed 750,400,000; the quarters give 705,400,000
  const R12S1 = 750_400_000;
  const k14v = (e: E) => (e.id === "keg" ? round((k12(e) / e.k7) * 100) : k14(e));
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
      no: i + 1,
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
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: e.id === "s1" ? R12S1 : r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      // planted: the kegiatan's (14) K is the Renja capaian 12/7 x 100
      k14: k14v(e),
      r14: r14(e),
      pj: "Seksi Kesga dan Gizi",
      ket: e.level ? "data s.d. Desember" : undefined,
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Anggaran Renstra (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: {
          no: "Predikat Kinerja",
          k14: predikat(round(sum(rows.map(k14v)) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kelas ibu hamil aktif di 14 puskesmas; dukungan PMT lokal dari Dana Desa.",
    "Faktor penghambat: distribusi kapsul vitamin A ke desa kepulauan pada bulan Februari.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Tobadak Hulu, 13 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN LEMBAH SINARU"],
    nama: "dr. ANDI MASRIANI TOLLENG, M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780309 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 1.02.02.2.02.0031 is 750,400,000; the four quarters add up to 705,400,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "keg") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of kegiatan 1.02.02.2.02 holds 12/7 x 100 = 100.00; 13/5 x 100 = 85/110 x 100 = 77.27",
    truth: `ROUND(${a("k13", "keg")}/${a("k5", "keg")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r13", "s2")}/${a("r5", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dinas Kesehatan Kota Tanjung Pelita (Kalimantan Utara), Renstra 2025-2029, Rp 000. */
export function tc27Gizi(): BookW {
  const b = new BookW(
    "tc27-gizi-dinkes-tanjung-pelita-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinkes gizi)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Tujuan and Sasaran columns merged down; Tahun ke-1..5 > Target | Rp with group headers written once (unmerged); kegiatan Rp = SUM of its sub kegiatan, program Rp = its kegiatan; kondisi akhir K last target for % rows, sum for counts; Lokasi column",
  );
  const S = "T-C.27 Gizi";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG PELITA", "DINAS KESEHATAN"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan",
    "Kota Tanjung Pelita Periode Renstra 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Persentase ibu hamil KEK yang mendapat PMT",
      sat: "%",
      level: true,
      awal: 74.2,
      k: [78, 82, 86, 90, 94],
    },
    {
      id: "g",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah kelurahan dengan layanan gizi terpadu",
      sat: "kelurahan",
      level: false,
      awal: 6,
      k: [4, 4, 5, 5, 6],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0031",
      ur: "Pengelolaan Pelayanan Gizi Balita",
      ind: "Cakupan balita 6-59 bulan mendapat kapsul vitamin A",
      sat: "%",
      level: true,
      awal: 86.5,
      k: [88, 90, 92, 93, 95],
      rp: [1_245_600, 1_307_900, 1_373_300, 1_442_000, 1_514_100],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0034",
      ur: "Pemberian Tablet Tambah Darah Remaja Putri dan PMT Ibu Hamil KEK",
      ind: "Jumlah sekolah pelaksana aksi bergizi (TTD mingguan remaja putri)",
      sat: "sekolah",
      level: false,
      awal: 12,
      k: [10, 12, 12, 14, 14],
      rp: [2_318_750, 2_434_700, 2_556_400, 2_684_200, 2_818_400],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0036",
      ur: "Promosi dan Konseling Menyusui",
      ind: "Jumlah kelompok pendukung ASI eksklusif yang dibina",
      sat: "kelompok",
      level: false,
      awal: 9,
      k: [6, 6, 8, 8, 10],
      rp: [187_300, 196_700, 206_500, 216_800, 227_600],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const ys = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 4, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 7,
      fmt: DEC,
    },
    ...ys.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 6 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 7 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 18, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 19, fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 21, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    vmerge: ["tuj", "sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          tuj: "Meningkatnya derajat kesehatan masyarakat",
          sas: "Menurunnya masalah gizi pada ibu dan anak",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir K of the vitamin A cakupan typed 93 (the year-5 target is 95)
          akK: p.id === "s1" ? 93 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Kesmas",
          lok: "Kota Tanjung Pelita",
        };
        ys.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 Rp typed 4,163,200 among SUM formulas (its rows give 4,136,200)
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? 4_163_200 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Tanjung Pelita, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN KOTA TANJUNG PELITA"],
    nama: "dr. YOSEPHINA LIAN BURAU, MPH",
    nip: "19810427 200803 2 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => ys.map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => ys.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 (2027) Rp of kegiatan 1.02.02.2.02 is a typed 4,163,200 among SUM formulas; its sub kegiatan add up to 4,136,200",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the vitamin A cakupan (%) is 93, the Tahun ke-4 target; the Tahun ke-5 (2029) target is 95",
    truth: a("k5", "s1"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  for (const id of ["g", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
