// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Badan Pengelola Keuangan
// dan Aset Daerah: kas daerah, SP2D and the LRA. Every name and number is invented.
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

/** E.81 of the BPKAD Kabupaten Bukit Waringin (Kalimantan Tengah), s.d. Triwulan IV 2024. */
export function e81Bpkad(): BookW {
  const b = new BookW(
    "e81-bpkad-kas-sp2d-bukit-waringin.xlsx",
    "E.81 Evaluasi Renja (BPKAD)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the header (s.d. 2023, Renja 2024); K | Rp pairs with an extra 'Tingkat capaian Renja (%)' pair (12/7); number row merged over pairs; a level row (% SP2D tepat waktu) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BUKIT WARINGIN",
    "BADAN PENGELOLA KEUANGAN DAN ASET DAERAH",
    "Jl. Tjilik Riwut Km. 3, Kuala Waringin",
  ]);
  s.lines([
    "Evaluasi terhadap Hasil Renja BPKAD Kabupaten Bukit Waringin",
    "Renstra 2021-2026 - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "5.02.02.2.02.0001",
      ur: "Koordinasi Pengelolaan Kas Daerah",
      ind: "Jumlah laporan posisi kas dan rekonsiliasi rekening kas umum daerah",
      sat: "laporan",
      level: false,
      k5: 60,
      k6: 36,
      k7: 12,
      q: [3, 3, 3, 3],
      r5: 4_850_000_000,
      r6: 2_874_300_000,
      r7: 1_015_000_000,
      rq: [198_450_000, 251_700_000, 263_900_000, 287_350_000],
    },
    {
      id: "s2",
      kode: "5.02.02.2.02.0004",
      ur: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan (penerbitan SP2D)",
      ind: "Jumlah SP2D yang diterbitkan",
      sat: "lembar",
      level: false,
      k5: 36_000,
      k6: 21_450,
      k7: 7_000,
      q: [1_114, 1_592, 1_845, 2_252],
      r5: 3_600_000_000,
      r6: 2_131_750_000,
      r7: 760_000_000,
      rq: [141_200_000, 183_650_000, 195_800_000, 224_900_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "5.02.02.2.02",
    ur: "Koordinasi dan Pengelolaan Perbendaharaan Daerah",
    ind: "Jumlah dokumen perbendaharaan daerah yang diselesaikan",
    sat: "dokumen",
    level: false,
    k5: 250,
    k6: 148,
    k7: 52,
    q: [11, 13, 12, 16],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "5.02.02",
    ur: "PROGRAM PENGELOLAAN KEUANGAN DAERAH",
    ind: "Persentase SP2D yang diterbitkan tepat waktu (paling lama 2 hari kerja)",
    sat: "%",
    level: true,
    k5: 98,
    k6: 94.2,
    k7: 96,
    q: [93.8, 95.1, 96.4, 97.2],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  // planted: (13) Rp of .0004 typed 2,787,300,000; 6 + 12 = 2,877,300,000
  const r13 = (e: E) => (e.id === "s2" ? 2_787_300_000 : e.r6 + r12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
  const pair = (key: string, g: string, num: string, role: Col["role"], rrole: Col["role"], year?: number) =>
    [
      { key: `k${key}`, head: [g, "K"], role, year, num, fmt: DEC, width: 9 },
      { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
    ] as Col[];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    ...pair("5", "Target Renstra BPKAD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra s.d. Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("cr", "Tingkat Capaian Renja 2024 (%)", "12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      "Realisasi Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
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
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: k12(e),
      r12: r12(e),
      kcr: round((k12(e) / e.k7) * 100),
      rcr: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Perbendaharaan",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: {
          no: "Predikat kinerja",
          // planted: the K average 84.60 is in the band > 75 to 90 (Tinggi)
          k14: "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: SP2D online terhubung dengan bank RKUD.",
    "Faktor penghambat: SPM dari SKPD terlambat diajukan pada akhir tahun anggaran.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Kuala Waringin, 14 Januari 2025",
    jabatan: ["KEPALA BADAN PENGELOLA KEUANGAN", "DAN ASET DAERAH"],
    nama: "Drs. HERMANUS DAMANG ANGEN, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 5.02.02.2.02.0004 is 2,787,300,000; 6 + 12 = 2,131,750,000 + 745,550,000 = 2,877,300,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat 'Sangat Tinggi' for a rata-rata capaian kinerja of ${avgK}; the band > 75 to 90 is Tinggi`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("kcr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
  for (const id of ["keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  for (const k of ["r5", "r6", "r7"])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
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

/** T-C.27 of the BPKAD Kota Tanjung Pelita (Kepulauan Riau), Renstra 2025-2029, Rp in thousands. */
export function tc27Bpkad(): BookW {
  const b = new BookW(
    "tc27-bpkad-perbendaharaan-tanjung-pelita.xlsx",
    "T-C.27 Rencana program dan pendanaan (BPKAD)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; a merged Sasaran column on the left, Tahun ke-1..ke-5 over Target | Rp, Lokasi at the right; kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = SUM of the five years",
  );
  const S = "Tabel 6.2";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG PELITA", "BADAN PENGELOLA KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "Tabel 6.2 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif BPKAD Kota Tanjung Pelita",
    "Renstra Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "5.02.02",
      ur: "PROGRAM PENGELOLAAN KEUANGAN DAERAH",
      ind: "Persentase ketepatan waktu penyusunan LRA semesteran dan tahunan",
      sat: "%",
      level: true,
      awal: 80,
      k: [85, 90, 95, 100, 100],
    },
    {
      id: "g",
      kode: "5.02.02.2.02",
      ur: "Koordinasi dan Pengelolaan Perbendaharaan Daerah",
      ind: "Jumlah Laporan Realisasi Anggaran (LRA) bulanan dan semesteran yang disusun",
      sat: "laporan",
      level: false,
      awal: 14,
      k: [14, 14, 14, 14, 14],
    },
    {
      id: "s1",
      kode: "5.02.02.2.02.0001",
      ur: "Koordinasi Pengelolaan Kas Daerah",
      ind: "Persentase hari kas daerah yang terekonsiliasi dengan rekening koran",
      sat: "%",
      level: true,
      awal: 91,
      k: [94, 96, 98, 99, 100],
      rp: [1_284_600, 1_348_800, 1_416_200, 1_487_000, 1_561_400],
    },
    {
      id: "s2",
      kode: "5.02.02.2.02.0003",
      ur: "Penerbitan Surat Perintah Pencairan Dana (SP2D)",
      ind: "Jumlah SP2D yang diterbitkan",
      sat: "lembar",
      level: false,
      awal: 31_240,
      k: [31_500, 32_000, 32_500, 33_000, 33_500],
      rp: [962_300, 1_010_400, 1_060_900, 1_113_900, 1_169_600],
    },
    {
      id: "s3",
      kode: "5.02.02.2.02.0006",
      ur: "Rekonsiliasi Data Penerimaan dan Pengeluaran Kas atas SP2D dengan Bank RKUD",
      ind: "Jumlah dokumen rekonsiliasi penerimaan dan pengeluaran kas",
      sat: "dokumen",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [214_500, 225_200, 236_500, 248_300, 260_700],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "4",
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "6",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${6 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20" },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          sas: "Meningkatnya akuntabilitas pengelolaan kas daerah",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir of the % rekonsiliasi row is the average of the targets (97.40)
          akK: p.id === "s1" ? round(sum(p.k) / 5) : p.level ? p.k[4] : sum(p.k),
          akR: fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`),
          pj: "Bidang Perbendaharaan",
          lok: "Kota Tanjung Pelita",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: Tahun ke-3 of the kegiatan sums two of its three sub kegiatan
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Tanjung Pelita, 24 Februari 2025",
    jabatan: ["KEPALA BADAN PENGELOLA KEUANGAN DAN ASET DAERAH"],
    nama: "RAJA ISKANDAR SYAHPUTRA, S.E., M.Ak.",
    nip: "19780522 200312 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 5.02.02.2.02 is =SUM over two sub kegiatan (2,477,100); with .0006 (236,500) it is 2,713,600",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the % hari kas terekonsiliasi is 97.40 (the average of the targets); a rate ends at the Tahun ke-5 target 100",
    truth: a("k5", "s1"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"]) {
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"5.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  }
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  return b.finish();
}
