// The Renja evaluation (E.81) of the BKPSDM of Kabupaten Tanah Rawing (Kalimantan Tengah) and the
// Renstra funding table (T-C.27) of the BKPSDM of Kota Sungai Lintah (Jambi): pelatihan 20 JP,
// indeks profesionalitas ASN, kenaikan pangkat and pensiun. Every name and number is invented.
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

/** E.81 of the BKPSDM Kabupaten Tanah Rawing, s.d. Triwulan IV 2024 (Renstra 2022-2026). */
export function e81Bkpsdm(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-bkpsdm-tanah-rawing-2024.xlsx",
    "E.81 Evaluasi Renja (BKPSDM)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2022-2026; plain number row 1..33 with a Keterangan column; two level rows (indeks, % tepat waktu) next to flows (orang); Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANAH RAWING",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "Jl. Tjilik Riwut Km. 6 Kuala Rawing",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH KABUPATEN TANAH RAWING",
    "Periode pelaksanaan: Triwulan IV Tahun Anggaran 2024 (Renstra BKPSDM 2022-2026)",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "5.04.02.2.03.0001",
    ur: "Pengembangan Kompetensi Teknis dan Manajerial ASN",
    ind: "Jumlah ASN peserta pelatihan minimal 20 JP",
    sat: "orang",
    level: false,
    k5: 4500,
    k6: 2560,
    k7: 950,
    q: [120, 240, 310, 265],
    r5: 9_000_000_000,
    r6: 5_210_000_000,
    r7: 1_800_000_000,
    rq: [212_450_000, 486_300_000, 602_750_000, 455_900_000],
  };
  const s2: E = {
    id: "s2",
    kode: "5.04.02.2.03.0002",
    ur: "Uji Kompetensi Jabatan Fungsional ASN",
    ind: "Jumlah ASN yang mengikuti uji kompetensi",
    sat: "orang",
    level: false,
    k5: 1500,
    k6: 850,
    k7: 350,
    q: [60, 80, 100, 100],
    r5: 3_400_000_000,
    r6: 2_005_600_000,
    r7: 680_000_000,
    rq: [78_200_000, 154_650_000, 201_300_000, 188_750_000],
  };
  const keg1: E = {
    id: "keg1",
    kode: "5.04.02.2.03",
    ur: "Pengembangan Kompetensi ASN",
    ind: "Jumlah ASN yang mengikuti pelatihan 20 JP dan uji kompetensi",
    sat: "orang",
    level: false,
    k5: 6000,
    k6: 3410,
    k7: 1300,
    q: [180, 320, 410, 365],
    r5: s1.r5 + s2.r5,
    r6: s1.r6 + s2.r6,
    r7: s1.r7 + s2.r7,
    rq: [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]),
  };
  const keg2: E = {
    id: "keg2",
    kode: "5.04.02.2.01",
    ur: "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
    ind: "Persentase layanan kenaikan pangkat dan pensiun tepat waktu",
    sat: "%",
    level: true,
    k5: 100,
    k6: 92.5,
    k7: 95,
    q: [93.1, 94.0, 95.2, 96.4],
    r5: 6_100_000_000,
    r6: 3_744_650_000,
    r7: 1_240_000_000,
    rq: [188_300_000, 302_450_000, 331_800_000, 397_250_000],
  };
  const prog: E = {
    id: "prog",
    kode: "5.04.02",
    ur: "PROGRAM KEPEGAWAIAN DAERAH",
    ind: "Indeks Profesionalitas ASN",
    sat: "indeks",
    level: true,
    k5: 80,
    k6: 71.4,
    k7: 75,
    q: [71.9, 72.6, 74.1, 75.3],
    r5: keg1.r5 + keg2.r5,
    r6: keg1.r6 + keg2.r6,
    r7: keg1.r7 + keg2.r7,
    rq: [0, 1, 2, 3].map((i) => keg1.rq[i] + keg2.rq[i]),
  };
  const rows = [prog, keg2, keg1, s1, s2];
  // planted: sub kegiatan .0001's (12) K typed 953; the quarters give 935 (13 and 14 follow it)
  const K12S1 = 953;
  const k12 = (e: E) => (e.id === "s1" ? K12S1 : e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  let n = 5;
  const pair = (key: string, g: string, role: Col["role"], rrole: Col["role"], year?: number): Col[] => [
    { key: `k${key}`, head: [g, "K"], role, year, num: n++, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Rp"], role: rrole, year, num: n++, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    ...pair("5", "Target Renstra BKPSDM Akhir Periode (2026)", "target", "anggaran", 2026),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2023", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. Tahun 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Capaian Renstra s.d. Tahun 2024 (%)", "capaian", "capaian"),
    { key: "sat", head: ["Satuan"], role: "satuan", num: n++, width: 8 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: n++, width: 20 },
  ];
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
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
      r12: r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      sat: e.sat,
      ket: e.level ? "capaian posisi akhir tahun" : "kumulatif",
    },
  }));
  const avgR = round(sum(rows.map(r14)) / rows.length);
  const rightR = predikat(avgR);
  const wrongR = rightR === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi";
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: () => ({
          no: "Predikat kinerja",
          k14: predikat(round(sum(rows.map(k14)) / rows.length)),
          r14: wrongR,
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: pelatihan 20 JP dihitung dari SIPKA (Sistem Informasi Pengembangan Kompetensi ASN)."]);
  s.gap();
  signature(s, 24, {
    tempat: "Kuala Rawing, 17 Januari 2025",
    jabatan: ["KEPALA BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA"],
    nama: "Drs. HERMANTO SAWANG, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710309 199603 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((m) => a(`${p}${m}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "(12) K of sub kegiatan 5.04.02.2.03.0001 is 953; the four quarters 120+240+310+265 give 935",
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the Rp rata-rata ${avgR} is "${wrongR}"; the Permendagri 86/2017 band gives "${rightR}"`,
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  for (const id of ["prog", "keg2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg2", "keg1", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg2", "keg1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg1"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
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
  t: number[];
  level: boolean;
  rp?: number[];
  subs?: string[];
};

/** T-C.27 of the BKPSDM Kota Sungai Lintah (Jambi), Renstra 2025-2029, in thousands of rupiah. */
export function tc27Bkpsdm(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-bkpsdm-sungai-lintah.xlsx",
    "T-C.27 Renstra (BKPSDM)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; three header rows (group > Tahun ke-n (year) > Target | Rp); kegiatan and program Rp are SUM formulas; kondisi akhir Rp typed; kondisi akhir K a level for % / indeks and a sum for orang / SK",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SUNGAI LINTAH", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, dan Pendanaan BKPSDM Kota Sungai Lintah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const ps: P[] = [
    {
      id: "prog",
      kode: "5.04.02",
      ur: "Program Kepegawaian Daerah",
      ind: "Indeks Profesionalitas ASN",
      sat: "indeks",
      awal: 72.1,
      t: [73.5, 75, 76.5, 78, 80],
      level: true,
      subs: ["kA", "kB"],
    },
    {
      id: "kA",
      kode: "5.04.02.2.01",
      ur: "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
      ind: "Persentase usulan kenaikan pangkat dan pensiun diproses tepat waktu",
      sat: "%",
      awal: 91.2,
      t: [93, 94.5, 96, 98, 100],
      level: true,
      subs: ["a1", "a2"],
    },
    {
      id: "a1",
      kode: "5.04.02.2.01.0004",
      ur: "Pengelolaan Kenaikan Pangkat ASN",
      ind: "Jumlah SK kenaikan pangkat yang diterbitkan",
      sat: "SK",
      awal: 618,
      t: [640, 655, 670, 690, 705],
      level: false,
      rp: [842_500, 875_300, 910_200, 948_600, 985_000],
    },
    {
      id: "a2",
      kode: "5.04.02.2.01.0006",
      ur: "Pengelolaan Pensiun ASN",
      ind: "Jumlah ASN pensiun dengan SK terbit tepat waktu",
      sat: "orang",
      awal: 204,
      t: [212, 198, 225, 240, 231],
      level: false,
      rp: [315_400, 328_900, 342_100, 356_500, 371_200],
    },
    {
      id: "kB",
      kode: "5.04.02.2.03",
      ur: "Pengembangan Kompetensi ASN",
      ind: "Persentase ASN yang mengikuti pelatihan minimal 20 JP",
      sat: "%",
      awal: 58.4,
      t: [65, 70, 75, 80, 85],
      level: true,
      subs: ["b1", "b2"],
    },
    {
      id: "b1",
      kode: "5.04.02.2.03.0001",
      ur: "Pelatihan Teknis dan Fungsional ASN",
      ind: "Jumlah ASN mengikuti pelatihan 20 JP",
      sat: "orang",
      awal: 1320,
      t: [1450, 1560, 1680, 1790, 1900],
      level: false,
      rp: [1_960_000, 2_105_500, 2_250_750, 2_402_300, 2_565_000],
    },
    // planted: a sub kegiatan of kegiatan 2.02 (mutasi dan promosi) listed under kegiatan 2.03
    {
      id: "b2",
      kode: "5.04.02.2.02.0004",
      ur: "Uji Kompetensi Jabatan Fungsional",
      ind: "Jumlah ASN fungsional yang mengikuti uji kompetensi",
      sat: "orang",
      awal: 165,
      t: [180, 190, 205, 215, 230],
      level: false,
      rp: [410_250, 432_600, 455_800, 478_400, 502_100],
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `t${i}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        fmt: DEC,
      },
      {
        key: `r${i}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 14,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      fmt: DEC,
    },
    {
      key: "ar",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
  ];
  const AR_A2 = 1_741_100; // planted: five years give 1,714,100
  const rows: Row[] = ps.map((p) => ({
    id: p.id,
    bold: !p.rp,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        ak: p.level ? p.t[4] : sum(p.t),
        pj:
          p.id.startsWith("a") || p.id === "kA"
            ? "Bidang Mutasi dan Pensiun"
            : p.id === "prog"
              ? "Sekretariat"
              : "Bidang PKA",
      };
      p.t.forEach((v, i) => {
        c[`t${i}`] = v;
        c[`r${i}`] = p.rp ? p.rp[i] : fx(p.subs!.map((id) => x.a(`r${i}`, id)).join("+"));
      });
      c.ar = p.id === "a2" ? AR_A2 : p.rp ? sum(p.rp) : fx(years.map((_, i) => x.a(`r${i}`)).join("+"));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  signature(s, 14, {
    tempat: "Sungai Lintah, 12 Maret 2025",
    jabatan: ["Kepala BKPSDM Kota Sungai Lintah"],
    nama: "RATNA JUWITA HARAHAP, S.H., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780422 200312 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (p: string, id: string) => [0, 1, 2, 3, 4].map((i) => a(`${p}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ar", "a2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan 5.04.02.2.01.0006 typed 1,741,100; the five years give 1,714,100",
    truth: five("r", "a2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "b2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 5.04.02.2.02.0004 sits under kegiatan 5.04.02.2.03 (its parent would be 5.04.02.2.02)",
    truth: a("kode", "kB"),
    actual: `PARENT(${a("kode", "b2")})`,
  });
  for (const id of ["a1", "a2", "b1"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", id.startsWith("a") ? "kA" : "kB"),
      actual: `PARENT(${a("kode", id)})`,
    });
  for (const id of ["prog", "kA", "kB"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", id),
      trap: five("t", id),
    });
  for (const id of ["a1", "a2", "b1", "b2"])
    b.ok({ sheet: S, cell: a("ak", id), rules: ["kondisi-akhir-mismatch"], truth: five("t", id) });
  for (const id of ["prog", "kA", "a1", "kB", "b1", "b2"])
    b.ok({ sheet: S, cell: a("ar", id), rules: ["kondisi-akhir-mismatch"], truth: five("r", id) });
  b.ok({
    sheet: S,
    cell: a("r2", "kB"),
    rules: ["sum-mismatch"],
    truth: `${a("r2", "b1")}+${a("r2", "b2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r4", "prog"),
    rules: ["sum-mismatch"],
    truth: `${a("r4", "kA")}+${a("r4", "kB")}`,
  });
  return b.finish();
}
