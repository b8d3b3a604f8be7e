// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pertanian:
// alsintan (alat dan mesin pertanian), pupuk bersubsidi, e-RDKK and kartu tani. All invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  predikat,
  letterhead,
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

/** E.81 of the Dinas Pertanian Kabupaten Tanah Rejeki (Jawa Timur), s.d. Triwulan IV 2024. */
export function e81Alsintan(): BookW {
  const b = new BookW(
    "evaluasi-e81-distan-alsintan-tanah-rejeki.xlsx",
    "E.81 Evaluasi Renja (Distan, alsintan)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the headers (s.d. 2023, Renja 2024); three header rows with 'Realisasi Kinerja pada Triwulan' > I..IV > K | Rp; number row merged over the pairs; a level row (% poktan memanfaatkan alsintan) over flows (unit alsintan); Rata-rata and Predikat rows",
  );
  const S = "E.81 Distan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANAH REJEKI",
    "DINAS PERTANIAN DAN KETAHANAN PANGAN",
    "Jl. Raya Sumberagung No. 17, Tanah Rejeki, Jawa Timur",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PERTANIAN DAN KETAHANAN PANGAN KABUPATEN TANAH REJEKI",
    "Renstra 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.27.02.2.02.0001",
      ur: "Penyediaan Alsintan Pra Panen bagi Kelompok Tani",
      ind: "Jumlah unit traktor roda dua dan pompa air yang disalurkan",
      sat: "unit",
      level: false,
      k5: 300,
      k6: 170,
      k7: 68,
      q: [8, 16, 22, 20],
      r5: 6_450_000_000,
      r6: 3_612_750_000,
      r7: 1_480_000_000,
      rq: [96_500_000, 388_200_000, 512_640_000, 437_900_000],
    },
    {
      id: "s2",
      kode: "3.27.02.2.02.0002",
      ur: "Penyediaan Alsintan Pasca Panen",
      ind: "Jumlah unit combine harvester dan power thresher yang disalurkan",
      sat: "unit",
      level: false,
      k5: 120,
      k6: 66,
      k7: 28,
      q: [2, 6, 9, 9],
      r5: 7_800_000_000,
      r6: 4_105_300_000,
      r7: 1_960_000_000,
      rq: [0, 612_400_000, 705_850_000, 598_300_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "3.27.02.2.02",
    ur: "Pengelolaan dan Penyaluran Alat dan Mesin Pertanian",
    ind: "Jumlah unit alsintan yang didistribusikan ke kelompok tani",
    sat: "unit",
    level: false,
    k5: 420,
    k6: 236,
    k7: 96,
    q: [10, 22, 31, 29],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.27.02",
    ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
    ind: "Persentase kelompok tani yang memanfaatkan alsintan",
    sat: "%",
    level: true,
    k5: 75,
    k6: 58.4,
    k7: 66,
    q: [59.2, 61.5, 64.0, 67.3],
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
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const quarter = (n: number, roman: string): Col[] => [
    {
      key: `k${n}`,
      head: [TW, roman, "K"],
      role: "realisasi",
      year: 2024,
      num: String(n),
      fmt: DEC,
      width: 9,
    },
    {
      key: `r${n}`,
      head: [TW, roman, "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: String(n),
      fmt: RP,
      width: 15,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...quarter(8, "I"),
    ...quarter(9, "II"),
    ...quarter(10, "III"),
    ...quarter(11, "IV"),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
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
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
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
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      // planted: sub kegiatan .0001's (12) K typed 76; the quarters add up to 66
      k12: e.id === "s1" ? 76 : k12(e),
      r12: r12(e),
      k13: k13(e),
      // planted: sub kegiatan .0002's (13) Rp typed 6,201,850,000; 6 + 12 = 6,021,850,000
      r13: e.id === "s2" ? 6_201_850_000 : e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Sarana dan Prasarana Pertanian",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: bantuan alsintan APBN dan DAK Fisik tepat waktu; brigade alsintan aktif di 9 kecamatan.",
    "Faktor penghambat: proses CPCL kelompok tani dan e-katalog alsintan pasca panen terlambat pada Triwulan I.",
    "Tindak lanjut: percepatan verifikasi CPCL sejak Triwulan IV tahun sebelumnya.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Tanah Rejeki, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN", "KABUPATEN TANAH REJEKI"],
    nama: "Ir. BAMBANG SUHARTONO WIBISONO, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 3.27.02.2.02.0001 is 76 unit; the quarters 8 + 16 + 22 + 20 add up to 66",
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 3.27.02.2.02.0002 is 6,201,850,000; 6 + 12 = 4,105,300,000 + 1,916,550,000 = 6,021,850,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  // the level row: 12 K is the Triwulan IV level, 13 K the latest level
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
  for (const id of ["keg", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  for (const k of ["r5", "r7"])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  for (const k of ["k14", "r14"])
    b.ok({ sheet: S, cell: a(k, "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a(k, "avg")})` });
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

/** T-C.27 of the Dinas Pertanian Kabupaten Padang Sawah Tinggi (Sumatera Barat), Renstra 2025-2029. */
export function tc27Pupuk(): BookW {
  const b = new BookW(
    "renstra-tc27-distan-erdkk-padang-sawah-tinggi.xlsx",
    "T-C.27 Rencana program dan pendanaan (Distan, pupuk bersubsidi)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Sasaran column merged down; Tahun ke-1..ke-5 over Target | Rp with the group header written once (unmerged); kegiatan Rp = SUM of its sub kegiatan, program Rp = the kegiatan; a Lokasi column after the penanggung jawab",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PADANG SAWAH TINGGI",
    "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA",
  ]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Pertanian Tanaman Pangan dan Hortikultura Kabupaten Padang Sawah Tinggi Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.27.02",
      ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
      ind: "Persentase petani terdaftar e-RDKK yang menebus pupuk bersubsidi",
      sat: "%",
      level: true,
      awal: 78.6,
      k: [81, 84, 87, 90, 92.5],
    },
    {
      id: "g",
      kode: "3.27.02.2.01",
      ur: "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
      ind: "Jumlah laporan pengawasan penyaluran pupuk bersubsidi",
      sat: "laporan",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
    },
    {
      id: "s1",
      kode: "3.27.02.2.01.0001",
      ur: "Pendataan e-RDKK dan Fasilitasi Kartu Tani",
      ind: "Persentase petani terdaftar e-RDKK yang memiliki kartu tani aktif",
      sat: "%",
      level: true,
      awal: 68.2,
      k: [72, 76, 80, 84, 88],
      rp: [385_200, 404_500, 424_700, 446_000, 468_300],
    },
    {
      id: "s2",
      kode: "3.27.02.2.01.0002",
      ur: "Pengawasan Penyaluran Pupuk Bersubsidi di Tingkat Kios Pengecer",
      ind: "Jumlah kegiatan monitoring kios pengecer pupuk bersubsidi",
      sat: "kali",
      level: false,
      awal: 44,
      k: [48, 48, 52, 52, 56],
      rp: [212_600, 223_200, 234_400, 246_100, 258_400],
    },
    {
      id: "s3",
      kode: "3.27.02.2.01.0003",
      ur: "Penyediaan Alsintan bagi Brigade Tanam dan Panen",
      ind: "Jumlah unit alsintan yang disalurkan",
      sat: "unit",
      level: false,
      awal: 36,
      k: [40, 45, 50, 55, 60],
      rp: [1_850_000, 2_035_000, 2_238_500, 2_462_400, 2_708_600],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
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
        num: String(5 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(6 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          sas: "Meningkatnya ketersediaan sarana produksi pertanian tepat waktu",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the program's kondisi akhir is 90 (the year-4 target); year 5 is 92.5
          akK: p.id === "p" ? 90 : p.level ? p.k[4] : sum(p.k),
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Bidang Prasarana dan Sarana Pertanian",
          lok: "14 kecamatan",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 Rp sums only the first two sub kegiatan
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
    "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = total lima tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Padang Sawah Tinggi, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN TANAMAN PANGAN", "DAN HORTIKULTURA"],
    nama: "Ir. ZULKIFLI DATUAK RAJO MANGKUTO, M.Si.",
    nip: "19750409 200003 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 3.27.02.2.01 is =SUM over .0001 and .0002 only (659,100); with .0003's 2,238,500 it is 2,897,600",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the program (a percentage) is 90, the Tahun ke-4 target; the Tahun ke-5 target is 92.5",
    truth: a("k5", "p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s1"),
    trap: ks("s1"),
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
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
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
      truth: `"3.27.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: `"3.27.02"`,
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}
