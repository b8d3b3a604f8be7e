// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two UPTD Rumah Potong Hewan
// offices: ternak dipotong, pemeriksaan ante / post mortem, NKV and daging ASUH. All invented.
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

/** E.81 of the Dinas Peternakan Kabupaten Ranah Sialang (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Rph(): BookW {
  const b = new BookW(
    "e81-renja-rph-ranah-sialang-2024.xlsx",
    "E.81 Evaluasi Renja (UPTD RPH)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the headers; three header rows (Triwulan > I..IV > K | Rp); number row merged over pairs; a level row (% daging ASUH) above flows (ekor, sampel, unit NKV); Keterangan column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN RANAH SIALANG",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN",
    "UPTD Rumah Potong Hewan Lubuak Tanjuang",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Peternakan dan Kesehatan Hewan",
    "Renstra 2021-2026, Realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.27.04.2.02.0002",
      ur: "Pemeriksaan Ante Mortem dan Post Mortem di Rumah Potong Hewan",
      ind: "Jumlah ternak yang diperiksa ante dan post mortem",
      sat: "ekor",
      level: false,
      k5: 42_000,
      k6: 24_650,
      k7: 8_600,
      q: [2_010, 2_140, 2_085, 2_395],
      r5: 5_400_000_000,
      r6: 3_062_450_000,
      r7: 1_150_000_000,
      rq: [236_400_000, 281_950_000, 290_120_000, 318_770_000],
    },
    {
      id: "s2",
      kode: "3.27.04.2.02.0005",
      ur: "Pengujian Laboratorium Residu dan Cemaran Mikroba Daging",
      ind: "Jumlah sampel daging yang diuji laboratorium",
      sat: "sampel",
      level: false,
      k5: 1_800,
      k6: 1_032,
      k7: 360,
      q: [84, 92, 88, 96],
      r5: 1_250_000_000,
      r6: 702_300_000,
      r7: 260_000_000,
      rq: [58_200_000, 66_750_000, 61_400_000, 70_150_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "3.27.04.2.02",
    ur: "Penerapan dan Pengawasan Persyaratan Teknis Kesehatan Masyarakat Veteriner",
    ind: "Jumlah unit usaha produk hewan yang memperoleh Nomor Kontrol Veteriner (NKV)",
    sat: "unit",
    level: false,
    k5: 24,
    k6: 13,
    k7: 4,
    q: [0, 1, 1, 2],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.27.04",
    ur: "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
    ind: "Persentase daging beredar yang memenuhi syarat ASUH",
    sat: "%",
    level: true,
    k5: 95,
    k6: 86.4,
    k7: 90,
    q: [87.2, 88.5, 89.9, 91.3],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
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
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD Akhir Periode (2026)"], "5", "target", "anggaran"),
    ...pair("6", ["Realisasi Capaian Renstra s.d. Tahun 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "7", "target", "anggaran", 2024),
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
    { key: "ket", head: ["Ket."], role: "keterangan", num: "16", width: 12 },
  ];
  // planted: .0002's (13) K typed 33,820 (24,650 + 8,630 = 33,280); .0005's (12) Rp typed 265,500,000
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
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
      r12: e.id === "s2" ? 265_500_000 : r12(e),
      k13: e.id === "s1" ? 33_820 : k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "UPTD RPH",
      ket: e.level ? "nilai akhir" : undefined,
    },
  }));
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
        cells: {
          no: "Predikat Kinerja",
          k14: predikat(round(sum(rows.map(k14)) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor penghambat: lonjakan pemotongan menjelang Idul Adha melebihi kapasitas kandang istirahat.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Lubuak Tanjuang, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN"],
    nama: "drh. ZULHAMDI DATUAK RAJO NAN SATI, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720418 199903 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 K of sub kegiatan .0002 is 33,820 ekor; 6 + 12 = 24,650 + 8,630 = 33,280 (digits swapped)",
    truth: `${a("k6", "s1")}+${a("k12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan .0005 is 265,500,000; the four quarters add up to 256,500,000",
    truth: q("r", "s2"),
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
  for (const id of ["keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
  for (const id of ["keg", "s2"])
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
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

/** T-C.27 of the Dinas Ketahanan Pangan dan Pertanian Kota Tanjung Wirasa (Kalimantan Selatan), 2025-2029. */
export function tc27Rph(): BookW {
  const b = new BookW(
    "tc27-renstra-rph-tanjung-wirasa-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (UPTD RPH)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; group headers written once, not merged; Tahun ke-1..5 > Target | Rp; kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = sum of the years; Lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG WIRASA", "DINAS KETAHANAN PANGAN DAN PERTANIAN"]);
  s.lines(["Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Tahun 2025-2029", "(Rp 000)"]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.27.04",
      ur: "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
      ind: "Persentase unit usaha produk hewan yang memenuhi persyaratan higiene sanitasi",
      sat: "%",
      level: true,
      awal: 52.5,
      k: [56, 60, 65, 70, 75],
    },
    {
      id: "g",
      kode: "3.27.04.2.02",
      ur: "Penerapan dan Pengawasan Persyaratan Teknis Kesehatan Masyarakat Veteriner",
      ind: "Jumlah sertifikat NKV yang diterbitkan",
      sat: "sertifikat",
      level: false,
      awal: 3,
      k: [3, 4, 4, 5, 5],
    },
    {
      id: "s1",
      kode: "3.27.04.2.02.0001",
      ur: "Pengawasan Persyaratan Teknis Unit Usaha Produk Hewan",
      ind: "Jumlah unit usaha produk hewan yang diawasi",
      sat: "unit",
      level: false,
      awal: 38,
      k: [40, 42, 44, 46, 48],
      rp: [284_600, 298_800, 313_700, 329_400, 345_900],
    },
    {
      id: "s2",
      kode: "3.27.04.2.02.0003",
      ur: "Pemeriksaan Ante Mortem dan Post Mortem Ternak Potong",
      ind: "Persentase ternak potong di RPH yang diperiksa ante dan post mortem",
      sat: "%",
      level: true,
      awal: 100,
      k: [100, 100, 100, 100, 100],
      rp: [612_300, 642_900, 675_000, 708_800, 744_200],
    },
    {
      id: "s3",
      kode: "3.27.04.2.01.0004",
      ur: "Pengujian Cemaran Mikroba Daging Beredar",
      ind: "Jumlah sampel daging yang diuji",
      sat: "sampel",
      level: false,
      awal: 240,
      k: [250, 260, 270, 280, 290],
      rp: [96_500, 101_300, 106_400, 111_700, 117_300],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Data Capaian Tahun Awal (2024)"],
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
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    groups: "first",
    numberRow: "plain",
    rows: rows.map((p): Row => ({
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
          pj: "UPTD RPH",
          lok: "Kota Tanjung Wirasa",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 Rp typed 1,059,100 (its sub kegiatan give 1,095,100)
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? 1_059_100 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target untuk persentase = target tahun ke-5; untuk jumlah = total lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Wirasa, 20 Februari 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN DAN PERTANIAN"],
    nama: "Ir. H. MUHAMMAD RIDHANI SYARIF, M.P.",
    nip: "19710305 199803 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 Rp of kegiatan 3.27.04.2.02 is a typed 1,059,100 among SUM formulas; its sub kegiatan add up to 1,095,100",
    truth: `SUM(${a("r3", "s1")}:${a("r3", "s3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 3.27.04.2.01.0004 stands under kegiatan 3.27.04.2.02",
    truth: a("kode", "g"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: years.map((y) => a(`k${y}`, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2"),
    trap: years.map((y) => a(`k${y}`, "s2")).join("+"),
  });
  for (const id of ["g", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: years.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(`r${y}`, "s1")}:${a(`r${y}`, "s3")})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: a("kode", "g"),
    actual: `PARENT(${a("kode", "s1")})`,
  });
  return b.finish();
}
