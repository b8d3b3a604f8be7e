// E.81 and T-C.27 of two Dinas Ketahanan Pangan: skor PPH, gerakan pangan murah, pemantauan harga
// dan stok, cadangan pangan pemerintah daerah. Every name and number is invented.
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

/** E.81 of the Dinas Ketahanan Pangan Kabupaten Bukit Mandau (Riau), s.d. Triwulan IV 2024. */
export function e81Pangan(): BookW {
  const b = new BookW(
    "e81-renja-dkp-bukit-mandau-2024.xlsx",
    "E.81 Evaluasi Renja (Dinas Ketahanan Pangan)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026; calendar-year headers, Kinerja | Keuangan pairs, a Renja capaian column (12/7), number row with identities; skor PPH (level) over GPM and pemantauan harga (flows); Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BUKIT MANDAU",
    "DINAS KETAHANAN PANGAN",
    "Jl. Lintas Timur Km. 7 Pangkalan Mandau",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Ketahanan Pangan Kabupaten Bukit Mandau",
    "Renstra 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "2.09.02.2.01.0001",
    ur: "Pelaksanaan Gerakan Pangan Murah dalam rangka Stabilisasi Harga Pangan",
    ind: "Jumlah pelaksanaan Gerakan Pangan Murah",
    sat: "kali",
    level: false,
    k5: 100,
    k6: 58,
    k7: 20,
    q: [4, 5, 5, 6],
    r5: 4_250_000_000,
    r6: 2_408_700_000,
    r7: 860_000_000,
    rq: [150_200_000, 212_450_000, 218_900_000, 243_150_000],
  };
  const s2: E = {
    id: "s2",
    kode: "2.09.02.2.01.0004",
    ur: "Pemantauan Harga dan Stok Pangan Pokok di Pasar dan Distributor",
    ind: "Jumlah laporan pemantauan harga dan stok pangan pokok",
    sat: "laporan",
    level: false,
    k5: 60,
    k6: 36,
    k7: 12,
    q: [3, 3, 3, 3],
    r5: 1_500_000_000,
    r6: 872_300_000,
    r7: 310_000_000,
    rq: [64_100_000, 71_850_000, 80_400_000, 86_250_000],
  };
  const subs = [s1, s2];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "2.09.02.2.01",
    ur: "Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai Kebutuhan Daerah",
    ind: "Jumlah kegiatan stabilisasi pasokan dan harga pangan",
    sat: "kali",
    level: false,
    k5: 150,
    k6: 88,
    k7: 30,
    q: [6, 8, 7, 9],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.09.02",
    ur: "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT",
    ind: "Skor Pola Pangan Harapan (PPH)",
    sat: "skor",
    level: true,
    k5: 92,
    k6: 86.4,
    k7: 89,
    q: [86.9, 87.6, 88.3, 89.1],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r13 = (e: E) => e.r6 + sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra pada Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Capaian Renstra s.d. Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
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
  // planted: (12) Rp of .0004 typed 320,600,000 (the quarters give 302,600,000)
  const R12S2 = 320_600_000;
  // planted: (14) K of .0001 is the Renja capaian 100.00; 13/5 gives 78.00
  const K14S1 = round((k12(s1) / s1.k7) * 100);
  const k14v = (e: E) => (e.id === "s1" ? K14S1 : k14(e));
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
      r12: e.id === "s2" ? R12S2 : sum(e.rq),
      kcr: round((k12(e) / e.k7) * 100),
      rcr: round((sum(e.rq) / e.r7) * 100),
      k13: k13(e),
      r13: r13(e),
      k14: k14v(e),
      r14: r14(e),
      pj: "Bidang Distribusi dan Cadangan Pangan",
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
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan anggaran Renstra (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: {
          no: "Predikat kinerja",
          k14: predikat(round(sum(rows.map(k14v)) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: kenaikan harga gabah di tingkat petani pada Triwulan I."]);
  s.gap();
  signature(s, 22, {
    tempat: "Pangkalan Mandau, 17 Januari 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN"],
    nama: "Ir. SYAHRIAL DATUK MAJOLELO, M.P.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.09.02.2.01.0004 is 320,600,000; the quarters add up to 302,600,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of sub kegiatan 2.09.02.2.01.0001 is 100.00 (the Renja capaian 12/7); 13/5 x 100 = 78/100 x 100 = 78.00",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
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
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
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

/** T-C.27 of the Dinas Ketahanan Pangan Kota Teluk Sirih (Sulawesi Barat), Renstra 2025-2029, Rp in thousands. */
export function tc27Pangan(): BookW {
  const b = new BookW(
    "tc27-cadangan-pangan-teluk-sirih.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Ketahanan Pangan)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Tahun ke-1..5 > Target | Rp; typed kegiatan totals, program Rp as a formula; kondisi akhir Rp = sum of the years; a stock indicator (ton cadangan beras) whose kondisi akhir is the year-5 level; Lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TELUK SIRIH", "DINAS KETAHANAN PANGAN"]);
  s.lines(["RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF TAHUN 2025-2029", "(Rp 000)"]);
  s.gap();
  const subs: P[] = [
    {
      id: "s1",
      kode: "2.09.02.2.02.0001",
      ur: "Pengadaan Cadangan Beras Pemerintah Daerah",
      ind: "Jumlah paket pengadaan cadangan beras",
      sat: "paket",
      level: false,
      awal: 2,
      k: [2, 2, 2, 2, 2],
      rp: [1_250_000, 1_312_500, 1_378_100, 1_447_000, 1_519_400],
    },
    {
      id: "s2",
      kode: "2.09.02.2.02.0002",
      ur: "Penyaluran Cadangan Pangan Pemerintah Daerah",
      ind: "Persentase penyaluran CPPD tepat sasaran",
      sat: "%",
      level: true,
      awal: 88.5,
      k: [90, 92, 94, 96, 98],
      rp: [185_000, 194_300, 204_000, 214_200, 224_900],
    },
    {
      id: "s3",
      kode: "2.09.03.2.02.0003",
      ur: "Pemeliharaan dan Pengelolaan Gudang Cadangan Pangan",
      ind: "Jumlah laporan pengelolaan gudang cadangan pangan",
      sat: "laporan",
      level: false,
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [96_500, 101_300, 106_400, 111_700, 117_300],
    },
  ];
  const gRp = [0, 1, 2, 3, 4].map((i) => sum(subs.map((x) => x.rp![i])));
  // planted: the kegiatan's Tahun ke-3 Rp typed 1,668,500 (its sub kegiatan add up to 1,688,500)
  gRp[2] = 1_668_500;
  const rows: P[] = [
    {
      id: "p",
      kode: "2.09.02",
      ur: "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      level: true,
      awal: 84.6,
      k: [86, 87.5, 89, 90.5, 92],
    },
    {
      id: "g",
      kode: "2.09.02.2.02",
      ur: "Pengelolaan dan Keseimbangan Cadangan Pangan Kabupaten/Kota",
      ind: "Jumlah cadangan beras pemerintah daerah yang tersedia",
      sat: "ton",
      level: true,
      awal: 32,
      k: [40, 50, 60, 70, 80],
      rp: gRp,
    },
    ...subs,
  ];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
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
        num: String(4 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: "16",
      fmt: DEC,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja Akhir Periode Renstra", "Rp"],
      role: "anggaran",
      num: "17",
      fmt: RP,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19" },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p) => ({
      id: p.id,
      bold: p.id === "p",
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Bidang Ketersediaan dan Distribusi Pangan",
          lok: "Kota Teluk Sirih",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          out[`r${y}`] = p.rp ? p.rp[y - 1] : fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: cadangan beras (ton) adalah stok akhir tahun; kondisi akhir = target tahun ke-5."]);
  s.gap();
  signature(s, 14, {
    tempat: "Teluk Sirih, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN KOTA TELUK SIRIH"],
    nama: "Hj. ANDI NURHAYATI PAWELLANGI, S.P., M.Si.",
    nip: "19780422 200312 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const subSum = (y: number) => ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 2.09.02.2.02 Tahun ke-3 Rp is typed 1,668,500; its three sub kegiatan add up to 1,688,500",
    truth: subSum(3),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pemeliharaan Gudang Cadangan Pangan is coded 2.09.03.2.02.0003 under kegiatan 2.09.02.2.02",
    truth: `"2.09.02.2.02"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "g", "s2"])
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
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subSum(y) });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.09.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
