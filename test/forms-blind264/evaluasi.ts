// The Renja evaluation (E.81) of the Dinas Peternakan dan Kesehatan Hewan of Kabupaten Rangga Marapu
// (NTT, rabies) and the Renstra funding table (T-C.27) of Kabupaten Pangonan (Jawa Timur, PMK and
// daging ASUH). Every office, person and number is invented; codes follow urusan 3.27 Pertanian.
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

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  /** a level (cumulative %): quarters are levels, not increments */
  lvl: boolean;
  t5: number;
  r6: number;
  t7: number;
  q: number[];
  a5: number;
  a6: number;
  a7: number;
  aq: number[];
};

/** E.81 s.d. Triwulan IV 2024, Disnakkeswan Rangga Marapu: calendar years, Kinerja | Keuangan, three header rows. */
export function e81Nakeswan(): BookW {
  const b = new BookW(
    "e81-disnakkeswan-rangga-marapu-2024.xlsx",
    "E.81 Evaluasi Renja (Disnakkeswan)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2022-2026; calendar years in the headers; Realisasi Kinerja Tahun 2024 > Triwulan I-IV > Kinerja | Keuangan (three header rows); an extra '16 = 12/7 x 100' Renja capaian pair; cakupan vaksinasi rabies as a level; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN RANGGA MARAPU",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN",
    "Jl. Padang Sabana No. 7, Waingapu Marapu",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Peternakan dan Kesehatan Hewan",
    "Periode pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra 2022-2026)",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "3.27.04.2.01.0002",
    ur: "Vaksinasi Rabies pada Hewan Penular Rabies (HPR)",
    ind: "Jumlah HPR yang divaksinasi rabies",
    sat: "ekor",
    lvl: false,
    t5: 120_000,
    r6: 64_300,
    t7: 26_000,
    q: [6_100, 7_400, 6_800, 5_200],
    a5: 8_400_000_000,
    a6: 4_612_350_000,
    a7: 1_750_000_000,
    aq: [312_450_000, 498_700_000, 455_120_000, 421_880_000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "3.27.04.2.01.0006",
    ur: "Penanganan Kasus Gigitan HPR dan Observasi Hewan Tersangka Rabies",
    ind: "Jumlah kasus gigitan HPR yang diobservasi",
    sat: "kasus",
    lvl: false,
    t5: 2_400,
    r6: 1_320,
    t7: 520,
    q: [131, 148, 122, 109],
    a5: 1_950_000_000,
    a6: 1_040_600_000,
    a7: 395_000_000,
    aq: [71_250_000, 98_400_000, 104_650_000, 112_300_000],
  };
  const both = (f: (e: Ev) => number) => f(s1) + f(s2);
  const keg: Ev = {
    id: "keg",
    kode: "3.27.04.2.01",
    ur: "Pengendalian dan Penanggulangan Penyakit Hewan Menular dan Zoonosis",
    ind: "Jumlah dosis vaksin rabies dan PMK yang diberikan",
    sat: "dosis",
    lvl: false,
    t5: 180_000,
    r6: 98_500,
    t7: 40_000,
    q: [9_800, 11_200, 10_400, 7_900],
    a5: both((e) => e.a5),
    a6: both((e) => e.a6),
    a7: both((e) => e.a7),
    aq: [0, 1, 2, 3].map((i) => both((e) => e.aq[i])),
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "3.27.04",
    ur: "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
    ind: "Cakupan vaksinasi rabies pada HPR",
    sat: "%",
    lvl: true,
    t5: 85,
    r6: 68.2,
    t7: 75,
    q: [22.4, 41.7, 60.3, 73.8],
  };
  const list = [prog, keg, s1, s2];
  const k12 = (e: Ev) => (e.lvl ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.lvl ? k12(e) : e.r6 + k12(e));
  const a12 = (e: Ev) => sum(e.aq);
  const a13 = (e: Ev) => e.a6 + a12(e);
  const k14 = (e: Ev) => round((k13(e) / e.t5) * 100);
  const a14 = (e: Ev) => round((a13(e) / e.a5) * 100);
  type R = NonNullable<Col["role"]>;
  const kk = (key: string, head: string[], num: string, kr: R, ar: R, year?: number): Col[] => [
    { key: `k${key}`, head: [...head, "Kinerja"], role: kr, year, num, fmt: DEC, width: 10 },
    { key: `a${key}`, head: [...head, "Keuangan (Rp)"], role: ar, year, num, fmt: RP, width: 16 },
  ];
  const RQ = "Realisasi Kinerja dan Anggaran Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...kk("5", ["Target Renstra PD pada Akhir Periode Renstra (2026)"], "5", "target", "anggaran"),
    ...kk(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...kk("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((tw, i) =>
      kk(String(8 + i), [RQ, `Triwulan ${tw}`], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...kk(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...kk(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...kk(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    ...kk("16", ["Tingkat Capaian Renja Tahun 2024 (%)"], "16 = 12/7 x 100", "capaian", "capaian", 2024),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const body: Row[] = list.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: () => {
      const out: Record<string, number | string> = {
        no: i + 1,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        k5: e.t5,
        a5: e.a5,
        k6: e.r6,
        a6: e.a6,
        k7: e.t7,
        a7: e.a7,
        // planted: sub kegiatan .0002's (12) K typed 26,500; the quarters add up to 25,500
        k12: e.id === "s1" ? 26_500 : k12(e),
        a12: a12(e),
        k13: k13(e),
        // planted: sub kegiatan .0006's (13) Rp typed 1,472,200,000; 6 + 12 = 1,427,200,000
        a13: e.id === "s2" ? 1_472_200_000 : a13(e),
        k14: k14(e),
        a14: a14(e),
        k16: round((k12(e) / e.t7) * 100),
        a16: round((a12(e) / e.a7) * 100),
        pj: e.id === "s2" ? "Bidang Kesehatan Masyarakat Veteriner" : "Bidang Kesehatan Hewan",
      };
      e.q.forEach((v, j) => {
        out[`k${8 + j}`] = v;
        out[`a${8 + j}`] = e.aq[j];
      });
      return out;
    },
  }));
  const avgK = round(sum(list.map(k14)) / 4);
  const avgA = round(sum(list.map(a14)) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          a14: fx(`ROUND(AVERAGE(${x.a("a14", "prog")}:${x.a("a14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), a14: predikat(avgA) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan vaksin rabies dari Balai Veteriner dan kader siaga rabies desa.",
    "Faktor penghambat: anjing liar di wilayah sabana sulit ditangkap; rantai dingin vaksin ke pulau kecil.",
    "Tindak lanjut: vaksinasi door to door dan eliminasi selektif bersama desa.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Waingapu Marapu, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN"],
    nama: "drh. YOSEFINA RAMBU KAHI, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760318 200312 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (p: string, id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 3.27.04.2.01.0002 (HPR divaksinasi, a flow) is 26,500; the four quarters add up to 25,500",
    truth: qs("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("a13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 3.27.04.2.01.0006 is 1,472,200,000; 6 + 12 = 1,040,600,000 + 386,600,000 = 1,427,200,000",
    truth: `${a("a6", "s2")}+${a("a12", "s2")}`,
  });
  // traps: the cakupan row is a level
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: qs("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "prog")}/${a("k5", "prog")}*100,2)`,
  });
  for (const id of ["keg", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("a12", id), rules: ["sum-mismatch"], truth: qs("a", id) });
  for (const id of ["keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("a14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("a13", id)}/${a("a5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("k16", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k12", "s2")}/${a("k7", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("a7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("a7", "s1")}+${a("a7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("a14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("a14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type Pl = {
  id: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  lvl: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Disnakkeswan Pangonan (Jawa Timur), Renstra 2025-2029, typed totals, Rp in thousands. */
export function tc27Nakeswan(): BookW {
  const b = new BookW(
    "tc27-renstra-disnakkeswan-pangonan.xlsx",
    "T-C.27 Rencana program dan pendanaan (Disnakkeswan)",
    "T-C.27 Renstra 2025-2029, '(Rp 000)'; Tujuan and Sasaran merged down the rows; Tahun ke-1..5 > Target | Rp with years only in the title; program and kegiatan Rp typed; kondisi akhir Rp as =sum of the five years; a second indicator row without code; lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN PANGONAN", "DINAS PETERNAKAN DAN KESEHATAN HEWAN"]);
  s.lines(["Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Renstra 2025-2029", "(Rp 000)"]);
  s.gap();
  const subs: Pl[] = [
    {
      id: "s1",
      kode: "3.27.04.2.01.0001",
      ur: "Penyediaan dan Distribusi Vaksin Penyakit Mulut dan Kuku (PMK)",
      ind: "Jumlah dosis vaksin PMK yang diberikan",
      sat: "dosis",
      lvl: false,
      awal: 142_000,
      k: [150_000, 155_000, 160_000, 165_000, 170_000],
      rp: [1_245_600, 1_298_400, 1_354_750, 1_410_200, 1_468_900],
    },
    {
      id: "s2",
      kode: "3.27.04.2.01.0004",
      ur: "Surveilans dan Pengujian Laboratorium Penyakit Hewan",
      ind: "Jumlah sampel surveilans yang diuji laboratorium",
      sat: "sampel",
      lvl: false,
      awal: 1_800,
      k: [2_000, 2_100, 2_200, 2_300, 2_400],
      rp: [386_250, 402_700, 419_300, 436_850, 455_000],
    },
    {
      id: "s3",
      kode: "3.27.04.2.02.0002",
      ur: "Pengawasan Keamanan Produk Hewan (Daging ASUH) di RPH dan Pasar",
      ind: "Jumlah sampel daging yang diuji ASUH",
      sat: "sampel",
      lvl: false,
      awal: 460,
      k: [480, 500, 520, 540, 560],
      rp: [218_400, 227_150, 236_300, 245_800, 255_650],
    },
  ];
  const [s1, s2, s3] = subs;
  const add = (xs: Pl[]) => [0, 1, 2, 3, 4].map((i) => sum(xs.map((x) => x.rp![i])));
  const rows: Pl[] = [
    {
      id: "p",
      kode: "3.27.04",
      ur: "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
      ind: "Persentase kasus PMK yang tertangani",
      sat: "%",
      lvl: true,
      awal: 88,
      k: [90, 92, 94, 96, 98],
      rp: add(subs),
    },
    {
      id: "g1",
      kode: "3.27.04.2.01",
      ur: "Pengendalian dan Penanggulangan Penyakit Hewan Menular dan Zoonosis",
      ind: "Cakupan vaksinasi PMK pada sapi potong dan sapi perah",
      sat: "%",
      lvl: true,
      awal: 61,
      k: [65, 70, 75, 80, 85],
      rp: add([s1, s2]),
    },
    s1,
    s2,
    {
      id: "s2b",
      ind: "Persentase hasil uji laboratorium yang terbit tepat waktu",
      sat: "%",
      lvl: true,
      awal: 88,
      k: [90, 92, 94, 95, 96],
    },
    {
      id: "g2",
      kode: "3.27.04.2.02",
      ur: "Penjaminan Kesehatan Masyarakat Veteriner",
      ind: "Jumlah RPH yang bersertifikat Nomor Kontrol Veteriner (NKV)",
      sat: "unit",
      lvl: true,
      awal: 2,
      k: [2, 3, 3, 4, 4],
      rp: add([s3]),
    },
    s3,
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 1, width: 22 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 4, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 7,
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
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
    vmerge: ["tuj", "sas"],
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: p.id === "p",
      cells: (x) => {
        const out: Record<string, number | string | ReturnType<typeof fx>> = {
          tuj: "Meningkatnya kesehatan hewan dan keamanan pangan asal hewan",
          sas: "Terkendalinya penyakit hewan menular strategis dan zoonosis",
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kegiatan 3.27.04.2.01's kondisi akhir K is 80, the Tahun ke-4 target (ke-5: 85)
          akK: p.id === "g1" ? 80 : p.lvl ? p.k[4] : sum(p.k),
          pj: p.id === "g2" || p.id === "s3" ? "Bidang Kesmavet" : "Bidang Keswan",
          lok: "Kabupaten Pangonan",
        };
        if (p.kode) out.kode = p.kode;
        if (p.ur) out.ur = p.ur;
        Y.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          // planted: kegiatan 3.27.04.2.01's Tahun ke-3 Rp typed 1,747,050 (its sub kegiatan: 1,774,050)
          if (p.rp) out[`r${y}`] = p.id === "g1" && y === 3 ? 1_747_050 : p.rp[y - 1];
        });
        if (p.rp) out.akR = fx(Y.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase dan jumlah RPH ber-NKV = target tahun ke-5; indikator jumlah layanan = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Pangonan, 21 Februari 2025",
    jabatan: ["KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN", "KABUPATEN PANGONAN"],
    nama: "drh. BAMBANG SETYO WIDODO, M.P.",
    nip: "19720905 199903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g1") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 (2027) Rp of kegiatan 3.27.04.2.01 is a typed 1,747,050; its sub kegiatan give 1,354,750 + 419,300 = 1,774,050 (the program total agrees with the sub kegiatan)",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "g1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of cakupan vaksinasi PMK (a %) is 80, the Tahun ke-4 target; the Tahun ke-5 target is 85",
    truth: a("k5", "g1"),
  });
  for (const id of ["p", "s2b", "g2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["p", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("r2", "g1"),
    rules: ["sum-mismatch"],
    truth: `${a("r2", "s1")}+${a("r2", "s2")}`,
  });
  b.ok({ sheet: S, cell: a("r4", "g2"), rules: ["sum-mismatch"], truth: a("r4", "s3") });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.27.04.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `"3.27.04.2.02"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  return b.finish();
}
