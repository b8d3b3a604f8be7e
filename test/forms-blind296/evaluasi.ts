// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two BPKAD on penatausahaan:
// SP2D, laporan realisasi anggaran and SiLPA. Every name and number is invented.
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
  k: [number, number, number];
  q: number[];
  r: [number, number, number];
  rq: number[];
};

/** E.81 of the BPKAD Kabupaten Rawa Sekundang (Jambi), s.d. Triwulan IV 2024, calendar-year headers. */
export function e81Bpkad(): BookW {
  const b = new BookW(
    "e81-renja-bpkad-rawa-sekundang-2024.xlsx",
    "E.81 Evaluasi Renja (BPKAD)",
    "E.81 s.d. Triwulan IV 2024 with the years in the header (s.d. 2023, 2024), three header rows (Triwulan > I..IV > K | Rp), no Satuan column but units in the indicator text, a level row (% SP2D tepat waktu) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN RAWA SEKUNDANG",
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
    "Jl. Lintas Timur Km. 7 Sengeti Baru",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BPKAD KABUPATEN RAWA SEKUNDANG",
    "Periode Pelaksanaan s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "5.02.02.2.02.0004",
      ur: "Penerbitan Surat Perintah Pencairan Dana (SP2D)",
      ind: "Jumlah SP2D yang diterbitkan (dokumen)",
      sat: "dokumen",
      level: false,
      k: [62000, 37450, 12800],
      q: [2410, 3105, 3320, 4215],
      r: [4_850_000_000, 2_911_400_000, 985_000_000],
      rq: [182_450_000, 236_900_000, 251_300_000, 289_750_000],
    },
    {
      id: "s2",
      kode: "5.02.02.2.02.0007",
      ur: "Rekonsiliasi Realisasi Belanja dan Penyusunan LRA serta SiLPA",
      ind: "Jumlah dokumen rekonsiliasi realisasi belanja OPD (dokumen)",
      sat: "dokumen",
      level: false,
      k: [2400, 1410, 480],
      q: [120, 120, 120, 120],
      r: [3_120_000_000, 1_866_250_000, 640_000_000],
      rq: [118_200_000, 154_650_000, 160_400_000, 189_320_000],
    },
  ];
  const rAdd = (i: number) => sum(subs.map((x) => x.r[i]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "5.02.02.2.02",
    ur: "Koordinasi dan Pelaksanaan Penatausahaan Keuangan Daerah",
    ind: "Jumlah laporan realisasi anggaran bulanan yang disusun (laporan)",
    sat: "laporan",
    level: false,
    k: [60, 36, 12],
    q: [3, 3, 3, 3],
    r: [rAdd(0), rAdd(1), rAdd(2)],
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "5.02.02",
    ur: "PROGRAM PENGELOLAAN KEUANGAN DAERAH",
    ind: "Persentase SP2D yang terbit tepat waktu (%)",
    sat: "%",
    level: true,
    k: [98, 94.2, 96],
    q: [91.5, 93.8, 95.1, 96.4],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r13 = (e: E) => e.r[1] + sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: E) => round((r13(e) / e.r[0]) * 100);
  const pair = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    ...pair("5", ["Target Renstra pada Akhir Periode (2026)"], "5", "target", "anggaran"),
    ...pair("6", ["Realisasi Capaian Renstra s.d. Tahun 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: (13) Rp of sub kegiatan .0004 typed 3,817,800,000; 6 + 12 = 3,871,800,000
  const R13S1 = 3_817_800_000;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      k5: e.k[0],
      r5: e.r[0],
      k6: e.k[1],
      r6: e.r[1],
      k7: e.k[2],
      r7: e.r[2],
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: e.id === "s1" ? R13S1 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Perbendaharaan",
    },
  }));
  const avgR = round(sum(rows.map(r14)) / 4);
  // planted: the Rp predikat is one band too high
  const predR = predikat(avgR) === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi";
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
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat kinerja", k14: predikat(round(sum(rows.map(k14)) / 4)), r14: predR },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: penumpukan pengajuan SPM-LS pada bulan Desember."]);
  s.gap();
  signature(s, 22, {
    tempat: "Sengeti Baru, 20 Januari 2025",
    jabatan: ["KEPALA BADAN PENGELOLAAN KEUANGAN", "DAN ASET DAERAH"],
    nama: "H. ZULKARNAIN MAHMUD, S.E., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710318 199803 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 5.02.02.2.02.0004 is 3,817,800,000; 6 + 12 = 2,911,400,000 + 960,400,000 = 3,871,800,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the Rp average ${avgR} is "${predR}"; the Permendagri scale gives "${predikat(avgR)}"`,
    truth: `PREDIKAT(${a("r14", "avg")})`,
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
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  b.ok({
    sheet: S,
    cell: a("r13", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  level: boolean;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the BPKAD Kota Batu Rindang (Kalimantan Selatan), Renstra 2025-2029, in thousands. */
export function tc27Bpkad(): BookW {
  const b = new BookW(
    "tc27-renstra-bpkad-kota-batu-rindang.xlsx",
    "T-C.27 Renstra pendanaan (BPKAD)",
    "T-C.27 Renstra 2025-2029 in thousands of rupiah; Tahun ke-1..5 > Target | Rp (years from the title), groups written once in the first cell; program and kegiatan Rp are SUM formulas; kondisi akhir Rp a formula except one typed; a level program row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU RINDANG", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif BPKAD Kota Batu Rindang",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "prog",
      kode: "5.02.02",
      ur: "PROGRAM PENGELOLAAN KEUANGAN DAERAH",
      ind: "Persentase SP2D yang terbit tepat waktu",
      sat: "%",
      awal: 91.2,
      level: true,
      k: [92, 93.5, 95, 96.5, 98],
    },
    {
      id: "keg",
      kode: "5.02.02.2.02",
      ur: "Koordinasi dan Pelaksanaan Penatausahaan Keuangan Daerah",
      ind: "Jumlah laporan realisasi anggaran dan SiLPA yang disusun",
      sat: "laporan",
      awal: 14,
      level: false,
      k: [14, 14, 14, 14, 14],
    },
    {
      id: "s1",
      kode: "5.02.02.2.02.0004",
      ur: "Penerbitan SP2D",
      ind: "Jumlah SP2D yang diterbitkan",
      sat: "dokumen",
      awal: 9870,
      level: false,
      k: [10200, 10450, 10700, 10950, 11200],
      rp: [612_400, 641_300, 668_900, 702_150, 735_800],
    },
    // planted: a sub kegiatan of program 5.02.03 under kegiatan 5.02.02.2.02
    {
      id: "s2",
      kode: "5.02.03.2.01.0002",
      ur: "Penyusunan Laporan Realisasi Anggaran dan SiLPA OPD",
      ind: "Jumlah dokumen LRA OPD yang direkonsiliasi",
      sat: "dokumen",
      awal: 372,
      level: false,
      k: [384, 384, 396, 396, 408],
      rp: [298_750, 312_600, 327_450, 344_100, 361_900],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19" },
  ];
  const AKR_S1 = 3_306_550; // planted: five years give 3,360,550
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Perbendaharaan",
          lok: "Kota Batu Rindang",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "keg") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s2")})`);
          else out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "keg")})`);
        });
        out.akR = p.id === "s1" ? AKR_S1 : fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 16, {
    tempat: "Batu Rindang, 3 Maret 2025",
    jabatan: ["KEPALA BPKAD KOTA BATU RINDANG"],
    nama: "Hj. NORHAYATI RAHMAN, S.E., M.M.",
    nip: "19760904 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "s1") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan .0004 is a typed 3,306,550 among formulas; the five years give 3,360,550",
    truth: five("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 5.02.03.2.01.0002 sits under kegiatan 5.02.02.2.02",
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "prog"),
    trap: years.map((y) => a(`k${y}`, "prog")).join("+"),
  });
  for (const id of ["keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: years.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five(id),
    });
  b.ok({
    sheet: S,
    cell: a("r3", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: a("kode", "prog"),
    actual: `PARENT(${a("kode", "keg")})`,
  });
  return b.finish();
}
