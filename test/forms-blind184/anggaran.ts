// Funding and evaluation tables on pengembangan kompetensi ASN: the T-C.27 of the Renstra BKPSDM of a
// Bali kabupaten (Giri Amerta) 2025-2029 with K | Rp pairs "(dalam ribuan rupiah)", its E.81 evaluation
// of the Renja 2024 with quarters, and a rekap pelatihan per jenis 2024 of the BKPSDM of a Kalimantan
// Timur kabupaten (Mahakam Hilir): peserta, lulus, pagu, realisasi, serapan, biaya per peserta.
// Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// =========================================== BKPSDM Kabupaten Giri Amerta, T-C.27 Renstra 2025-2029

type Plan = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  tg: number[];
  rp?: number[];
  kids?: string[];
};

export function tc27GiriAmerta(): BookW {
  const b = new BookW(
    "tc27-renstra-bkpsdm-giri-amerta-2025-2029.xlsx",
    "T-C.27 Renstra funding (BKPSDM)",
    "T-C.27 of the Renstra BKPSDM Kabupaten Giri Amerta 2025-2029 (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Kondisi Awal 2024 | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > K | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > K | Rp | Unit Penanggung Jawab; number row with pairs merged; kegiatan and program Rp typed",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GIRI AMERTA",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan BKPSDM Kabupaten Giri Amerta Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Plan[] = [
    {
      id: "s11",
      kode: "5.03.03.2.01.0001",
      nm: "Pelatihan Teknis dan Fungsional ASN",
      ind: "Jumlah ASN yang mengikuti pelatihan teknis",
      sat: "orang",
      level: false,
      awal: 1150,
      tg: [1200, 1250, 1300, 1350, 1400],
      rp: [1_250_000, 1_320_000, 1_400_000, 1_475_000, 1_550_000],
    },
    {
      id: "s12",
      kode: "5.03.03.2.01.0002",
      nm: "Pembelajaran Mandiri Berbasis e-Learning",
      ind: "Jumlah peserta e-learning",
      sat: "orang",
      level: false,
      awal: 1600,
      tg: [2000, 2400, 2800, 3200, 3600],
      rp: [420_000, 450_000, 480_000, 510_000, 540_000],
    },
    {
      id: "s21",
      kode: "5.03.03.2.02.0001",
      nm: "Pelatihan Kepemimpinan Pengawas (PKP)",
      ind: "Jumlah peserta PKP",
      sat: "orang",
      level: false,
      awal: 80,
      tg: [120, 120, 160, 160, 160],
      rp: [1_860_000, 1_950_000, 2_040_000, 2_130_000, 2_220_000],
    },
    {
      id: "s22",
      kode: "5.03.03.2.02.0002",
      nm: "Pelatihan Kepemimpinan Administrator (PKA)",
      ind: "Jumlah peserta PKA",
      sat: "orang",
      level: false,
      awal: 30,
      tg: [40, 40, 80, 80, 80],
      rp: [980_000, 1_030_000, 1_080_000, 1_130_000, 1_180_000],
    },
  ];
  const rpOf = (ids: string[]) =>
    [0, 1, 2, 3, 4].map((i) => sum(ids.map((id) => subs.find((x) => x.id === id)!.rp![i])));
  const k1: Plan = {
    id: "k1",
    kode: "5.03.03.2.01",
    nm: "Pengembangan Kompetensi Teknis",
    ind: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
    sat: "%",
    level: true,
    awal: 54.2,
    tg: [60, 65, 70, 75, 80],
    kids: ["s11", "s12"],
  };
  const k2: Plan = {
    id: "k2",
    kode: "5.03.03.2.02",
    nm: "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
    ind: "Persentase pejabat administrator dan pengawas yang telah mengikuti PKA / PKP",
    sat: "%",
    level: true,
    awal: 62.5,
    tg: [68, 74, 80, 86, 92],
    kids: ["s21", "s22"],
  };
  const p: Plan = {
    id: "p",
    kode: "5.03.03",
    nm: "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
    ind: "Indeks Profesionalitas ASN",
    sat: "indeks",
    level: true,
    awal: 68.4,
    tg: [70, 72, 74, 76, 78],
    kids: ["s11", "s12", "s21", "s22"],
  };
  const plan = [p, k1, subs[0], subs[1], k2, subs[2], subs[3]];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 10,
    },
  ];
  for (let i = 0; i < 5; i++)
    cols.push(
      {
        key: `k${i}`,
        head: [G, `Tahun ${2025 + i}`, "K"],
        role: "target",
        year: 2025 + i,
        num: 6 + i,
        width: 9,
      },
      {
        key: `rp${i}`,
        head: [G, `Tahun ${2025 + i}`, "Rp"],
        role: "anggaran",
        year: 2025 + i,
        num: 6 + i,
        fmt: RP,
        width: 13,
      },
    );
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  cols.push(
    { key: "akK", head: [AK, "K"], role: "kondisi-akhir", year: 2029, num: 11, width: 9 },
    { key: "akRp", head: [AK, "Rp"], num: 11, fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 18 },
  );
  const body: Row[] = plan.map((x) => {
    const kf = x.level ? DEC : INT;
    const rp = x.rp ?? rpOf(x.kids!);
    const out: Row["cells"] = {
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      awal: fmt(x.awal, kf),
      akK: fmt(x.level ? x.tg[4] : sum(x.tg), kf),
      // planted: the PKP's kondisi akhir Rp with two digits swapped (10,200,000 thousand)
      akRp: x.id === "s21" ? 10_020_000 : sum(rp),
      pj: x.id === "p" ? "BKPSDM" : "Bidang Pengembangan Kompetensi",
    };
    x.tg.forEach((v, i) => (out[`k${i}`] = fmt(v, kf)));
    rp.forEach((v, i) => (out[`rp${i}`] = v));
    // planted: kegiatan 5.03.03.2.01 Rp 2027 typed 1,808,000 (its sub kegiatan add up to 1,880,000)
    if (x.id === "k1") out.rp2 = 1_808_000;
    return { id: x.id, bold: !!x.kids, cells: out };
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines(["Sumber: Renstra BKPSDM Kabupaten Giri Amerta 2025-2029, Bab VI."]);
  const a = (k: string, id: string) => t.a(k, id);
  const rps = [0, 1, 2, 3, 4].map((i) => `rp${i}`);
  b.plant({
    at: { sheet: S, cell: a("rp2", "k1") },
    rules: ["sum-mismatch"],
    note: "kegiatan 5.03.03.2.01 Rp 2027 is a typed 1,808,000; its sub kegiatan give 1,400,000 + 480,000 = 1,880,000 (the program's 2027 uses 1,880,000)",
    truth: `${a("rp2", "s11")}+${a("rp2", "s12")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akRp", "s21") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of sub kegiatan 5.03.03.2.02.0001 (PKP) is 10,020,000; the five years add up to 10,200,000 (thousand rupiah)",
    truth: rps.map((k) => a(k, "s21")).join("+"),
  });
  for (const x of plan) {
    const ks = [0, 1, 2, 3, 4].map((i) => a(`k${i}`, x.id));
    b.ok({
      sheet: S,
      cell: a("akK", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.level ? ks[4] : ks.join("+"),
      trap: x.level ? ks.join("+") : ks[4],
    });
    if (x.id !== "s21" && x.id !== "k1")
      b.ok({
        sheet: S,
        cell: a("akRp", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: rps.map((k) => a(k, x.id)).join("+"),
      });
  }
  for (const [id, kids] of [
    ["k2", ["s21", "s22"]],
    ["p", ["k1", "k2"]],
  ] as const)
    for (const i of [0, 1, 3, 4])
      b.ok({
        sheet: S,
        cell: a(`rp${i}`, id),
        rules: ["sum-mismatch"],
        truth: kids.map((k) => a(`rp${i}`, k)).join("+"),
      });
  b.ok({
    sheet: S,
    cell: a("rp2", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2", "s21")}+${a("rp2", "s22")}`,
  });
  return b.finish();
}

// ============================================ BKPSDM Kabupaten Giri Amerta, E.81 evaluasi Renja 2024

type Ev = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k6: number;
  k7: number;
  k8: number;
  kq: number[];
  rp6?: number;
  rp7?: number;
  rp8?: number;
  rpq?: number[];
  kids?: string[];
};

export function e81GiriAmerta(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-bkpsdm-giri-amerta-2024.xlsx",
    "E.81 evaluasi Renja 2024 (BKPSDM)",
    "E.81 evaluasi hasil Renja BKPSDM Kabupaten Giri Amerta 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs (6) target Renstra akhir 2026, (7) realisasi s.d. Renja 2023, (8) target Renja 2024, (9)-(12) triwulan I-IV, (13) = 9+10+11+12, (14) = 13/8 x 100, (15) = 7 + 13, (16) = 15/6 x 100 | Unit Penanggung Jawab; levels take Triwulan IV",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel E.81",
      "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten",
      "Renja BKPSDM Kabupaten Giri Amerta",
      "Periode Pelaksanaan: Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "5.03.03.2.02.0002",
      nm: "Pelatihan Dasar CPNS Golongan III",
      ind: "Jumlah peserta Latsar CPNS",
      sat: "orang",
      level: false,
      k6: 1250,
      k7: 380,
      k8: 240,
      kq: [0, 80, 120, 40],
      rp6: 4_800_000_000,
      rp7: 1_420_000_000,
      rp8: 960_000_000,
      rpq: [18_250_000, 312_400_000, 468_600_000, 159_850_000],
    },
    {
      id: "s2",
      kode: "5.03.03.2.02.0001",
      nm: "Pelatihan Kepemimpinan Pengawas (PKP)",
      ind: "Jumlah peserta PKP",
      sat: "orang",
      level: false,
      k6: 640,
      k7: 240,
      k8: 120,
      kq: [0, 40, 40, 40],
      rp6: 3_600_000_000,
      rp7: 1_310_000_000,
      rp8: 720_000_000,
      rpq: [12_600_000, 228_300_000, 231_750_000, 226_950_000],
    },
  ];
  const keg: Ev = {
    id: "k",
    kode: "5.03.03.2.02",
    nm: "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
    ind: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
    sat: "%",
    level: true,
    k6: 80,
    k7: 58.6,
    k8: 65,
    kq: [12.4, 31.7, 52.9, 67.3],
    kids: ["s1", "s2"],
  };
  const prog: Ev = {
    id: "p",
    kode: "5.03.03",
    nm: "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
    ind: "Indeks Profesionalitas ASN",
    sat: "indeks",
    level: true,
    k6: 78,
    k7: 69.8,
    k8: 72,
    kq: [69.8, 69.8, 71.2, 72.45],
    kids: ["k"],
  };
  const rows = [prog, keg, ...subs];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
    pf?: string,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, fmt: pf, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: pf ?? RP, width: 15 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...pair(
      "6",
      "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)",
      "6",
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "7",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)",
      "7",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("8", "Target Kinerja dan Anggaran Renja Tahun Berjalan (2024)", "8", "target", "anggaran", 2024),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(9 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "13",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "13 = 9 + 10 + 11 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja 2024 (%)",
      "14 = 13 / 8 x 100",
      "capaian",
      "capaian",
      2024,
      DEC,
    ),
    ...pair(
      "15",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "15 = 7 + 13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "16",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)",
      "16 = 15 / 6 x 100",
      "capaian",
      "capaian",
      2024,
      DEC,
    ),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "17", width: 16 },
  ];
  const kq = ["kq1", "kq2", "kq3", "kq4"];
  const rq = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp6", "rp7", "rp8", ...rq];
  const body: Row[] = rows.map((x, i) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c: Ctx) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        no: String(i + 1),
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k6: x.k6,
        k7: x.k7,
        k8: x.k8,
        pj: "Bidang PKSDM",
      };
      kq.forEach((k, j) => (out[k] = x.kq[j]));
      for (const k of rpKeys)
        out[k] = x.kids
          ? fx(x.kids.map((id) => c.a(k, id)).join("+"))
          : k.startsWith("rpq")
            ? x.rpq![Number(k[3]) - 1]
            : (x as unknown as Record<string, number>)[k];
      // a level: the year's K is the Triwulan IV value and the s.d. K the latest level
      out.k13 = x.level ? fx(c.a("kq4")) : fx(kq.map((k) => c.a(k)).join("+"));
      // planted: s1's Rp (13) is SUM over the pairs, which also adds the K of Triwulan II-IV
      out.rp13 =
        x.id === "s1"
          ? fx(`SUM(${c.a("rpq1")}:${c.a("rpq4")})`)
          : x.kids
            ? fx(x.kids.map((id) => c.a("rp13", id)).join("+"))
            : fx(rq.map((k) => c.a(k)).join("+"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k8")}*100,2)`);
      // planted: s2's Rp (14) typed with two digits swapped
      out.rp14 = x.id === "s2" ? 97.71 : fx(`ROUND(${c.a("rp13")}/${c.a("rp8")}*100,2)`);
      out.k15 = x.level ? fx(c.a("k13")) : fx(`${c.a("k7")}+${c.a("k13")}`);
      out.rp15 = fx(`${c.a("rp7")}+${c.a("rp13")}`);
      out.k16 = fx(`ROUND(${c.a("k15")}/${c.a("k6")}*100,2)`);
      out.rp16 = fx(`ROUND(${c.a("rp15")}/${c.a("rp6")}*100,2)`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan e-learning dan kerja sama dengan BPSDM Provinsi Bali.",
    "Faktor penghambat: jadwal Latsar CPNS Golongan III bergeser ke Triwulan II karena penetapan NIP.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Amerta, 20 Januari 2025",
    jabatan: ["Kepala BKPSDM Kabupaten Giri Amerta,"],
    nama: "I GUSTI AYU PUTU SRI WAHYUNI, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790611 199912 2 001",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s1") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Realisasi Rp (13) of the Latsar CPNS is SUM over Triwulan I-IV, a range that also holds the K columns (80 + 120 + 40 peserta): 959,100,240; the four Rp give 959,100,000, as the other rows add them one by one",
    truth: rq.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian Rp (14) of the PKP is a typed 97.71 among ROUND formulas; 699,600,000 / 720,000,000 gives 97.17",
    truth: `ROUND(${a("rp13", "s2")}/${a("rp8", "s2")}*100,2)`,
  });
  for (const x of [keg, prog]) {
    b.ok({
      sheet: S,
      cell: a("k13", x.id),
      rules: ["sum-mismatch"],
      truth: a("kq4", x.id),
      // a level (a rate, an index) takes the Triwulan IV value, not the four quarters added
      trap: kq.map((k) => a(k, x.id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k15", x.id),
      rules: ["sum-mismatch"],
      truth: a("k13", x.id),
      trap: `${a("k7", x.id)}+${a("k13", x.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", x.id)}/${a("k8", x.id)}*100,2)`,
    });
  }
  for (const x of subs) {
    b.ok({
      sheet: S,
      cell: a("k13", x.id),
      rules: ["sum-mismatch"],
      truth: kq.map((k) => a(k, x.id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k15", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("k7", x.id)}+${a("k13", x.id)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("rp13", "s2"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: rq.map((k) => a(k, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp15", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp7", "s2")}+${a("rp13", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp8", "k"),
    rules: ["sum-mismatch"],
    truth: `${a("rp8", "s1")}+${a("rp8", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp16", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp15", "s2")}/${a("rp6", "s2")}*100,2)`,
  });
  return b.finish();
}

// ============================================= BKPSDM Kabupaten Mahakam Hilir, rekap pelatihan 2024

type Lat = {
  id: string;
  grp: string;
  nm: string;
  ang: string;
  n: number;
  lulus: number;
  pagu: number;
  real: number;
};

export function rekapPelatihanMahakamHilir(): BookW {
  const b = new BookW(
    "rekap-pelatihan-asn-bkpsdm-mahakam-hilir-2024.xlsx",
    "rekap pengembangan kompetensi per jenis pelatihan 2024 (BKPSDM)",
    "rekap pelatihan ASN 2024 of the BKPSDM Kabupaten Mahakam Hilir (Kalimantan Timur): No | Jenis Pelatihan | Angkatan | 'Peserta (orang)' > Jumlah | Lulus | % Kelulusan | 'Anggaran (Rp)' > Pagu | Realisasi | Serapan (%) | Biaya per Peserta (Rp); number row '6 = 5 / 4 x 100', '9 = 8 / 7 x 100', '10 = 8 / 4'; group rows A / B / C; TOTAL row with ratios of the totals",
  );
  const S = "Rekap Pelatihan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MAHAKAM HILIR",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines([
    "REKAPITULASI PENYELENGGARAAN PENGEMBANGAN KOMPETENSI ASN",
    "TAHUN ANGGARAN 2024 (s.d. 31 Desember 2024)",
  ]);
  s.gap();
  const A = "A. Pelatihan Kepemimpinan";
  const B = "B. Pelatihan Dasar CPNS";
  const C = "C. Pelatihan Teknis dan Fungsional";
  const rows: Lat[] = [
    {
      id: "a1",
      grp: A,
      nm: "Pelatihan Kepemimpinan Nasional Tingkat II (kontribusi)",
      ang: "I",
      n: 30,
      lulus: 30,
      pagu: 1_650_000_000,
      real: 1_598_400_000,
    },
    {
      id: "a2",
      grp: A,
      nm: "Pelatihan Kepemimpinan Administrator (PKA)",
      ang: "I - III",
      n: 120,
      lulus: 118,
      pagu: 2_880_000_000,
      real: 2_796_250_000,
    },
    // planted: realisasi above pagu
    {
      id: "a3",
      grp: A,
      nm: "Pelatihan Kepemimpinan Pengawas (PKP)",
      ang: "I - VI",
      n: 240,
      lulus: 236,
      pagu: 3_360_000_000,
      real: 3_412_800_000,
    },
    {
      id: "b1",
      grp: B,
      nm: "Latsar CPNS Golongan III",
      ang: "I - XII",
      n: 480,
      lulus: 472,
      pagu: 4_320_000_000,
      real: 4_185_600_000,
    },
    {
      id: "b2",
      grp: B,
      nm: "Latsar CPNS Golongan II",
      ang: "I - III",
      n: 120,
      lulus: 117,
      pagu: 1_020_000_000,
      real: 986_400_000,
    },
    {
      id: "c1",
      grp: C,
      nm: "Pelatihan Teknis Substantif Pemerintahan",
      ang: "I - XIV",
      n: 420,
      lulus: 409,
      pagu: 1_470_000_000,
      real: 1_402_380_000,
    },
    {
      id: "c2",
      grp: C,
      nm: "Pembelajaran e-Learning / MOOC ASN",
      ang: "-",
      n: 3250,
      lulus: 2814,
      pagu: 325_000_000,
      real: 296_750_000,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "nm", head: ["Jenis Pelatihan"], role: "indikator", num: "2", width: 40 },
    { key: "ang", head: ["Angkatan"], role: "keterangan", num: "3", width: 10 },
    {
      key: "n",
      head: ["Peserta (orang)", "Jumlah"],
      role: "target",
      year: 2024,
      num: "4",
      fmt: INT,
      width: 10,
    },
    {
      key: "l",
      head: ["Peserta (orang)", "Lulus"],
      role: "realisasi",
      year: 2024,
      num: "5",
      fmt: INT,
      width: 10,
    },
    {
      key: "pl",
      head: ["Peserta (orang)", "% Kelulusan"],
      role: "capaian",
      year: 2024,
      num: "6 = 5 / 4 x 100",
      fmt: DEC,
      width: 11,
    },
    {
      key: "pg",
      head: ["Anggaran (Rp)", "Pagu"],
      role: "anggaran",
      year: 2024,
      num: "7",
      fmt: RP,
      width: 16,
    },
    {
      key: "re",
      head: ["Anggaran (Rp)", "Realisasi"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8",
      fmt: RP,
      width: 16,
    },
    {
      key: "sr",
      head: ["Anggaran (Rp)", "Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "9 = 8 / 7 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "bp", head: ["Biaya per Peserta (Rp)"], role: "lainnya", num: "10 = 8 / 4", fmt: RP, width: 14 },
  ];
  const body: Row[] = [];
  let no = 0;
  for (const g of [A, B, C]) {
    body.push({ bold: true, span: ["no", "ang"], cells: { no: g } });
    for (const x of rows.filter((y) => y.grp === g))
      body.push({
        id: x.id,
        cells: (c) => ({
          no: ++no,
          nm: x.nm,
          ang: x.ang,
          n: x.n,
          l: x.lulus,
          // planted: c1's % kelulusan typed 93.78 (409 / 420 is 97.38)
          pl: x.id === "c1" ? 93.78 : fx(`ROUND(${c.a("l")}/${c.a("n")}*100,2)`),
          pg: x.pagu,
          re: x.real,
          sr: fx(`ROUND(${c.a("re")}/${c.a("pg")}*100,2)`),
          bp: fx(`ROUND(${c.a("re")}/${c.a("n")},0)`),
        }),
      });
  }
  const first = (c: Ctx, k: string) => `${c.c(k)}${c.row("a1")}:${c.c(k)}${c.row("c2")}`;
  body.push({
    id: "tot",
    bold: true,
    span: ["no", "ang"],
    cells: (c) => ({
      no: "TOTAL",
      n: fx(`SUM(${first(c, "n")})`),
      l: fx(`SUM(${first(c, "l")})`),
      pl: fx(`ROUND(${c.a("l")}/${c.a("n")}*100,2)`),
      pg: fx(`SUM(${first(c, "pg")})`),
      re: fx(`SUM(${first(c, "re")})`),
      sr: fx(`ROUND(${c.a("re")}/${c.a("pg")}*100,2)`),
      bp: fx(`ROUND(${c.a("re")}/${c.a("n")},0)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Catatan: PKN Tingkat II diselenggarakan oleh LAN RI, BKPSDM membayar kontribusi peserta.",
    "Sumber: SIMPEG dan laporan realisasi anggaran BKPSDM per 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tanjung Hilir, 10 Januari 2025",
    jabatan: ["Kepala BKPSDM Kabupaten Mahakam Hilir,"],
    nama: "RUSDIANSYAH HAMDAN, S.Sos., M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19750823 199703 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("re", "a3") },
        { sheet: S, cell: a("sr", "a3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "PKP realisasi 3,412,800,000 is above its pagu 3,360,000,000 (serapan 101.57 %); spending may not exceed the pagu (DPA), so the realisasi is at most 3,360,000,000",
    truth: a("pg", "a3"),
    actual: a("re", "a3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pl", "c1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% kelulusan of the pelatihan teknis substantif is a typed 93.78 among ROUND formulas; 409 / 420 gives 97.38",
    truth: `ROUND(${a("l", "c1")}/${a("n", "c1")}*100,2)`,
  });
  for (const x of rows) {
    if (x.id !== "a3")
      b.ok({
        sheet: S,
        cell: a("sr", x.id),
        rules: ["serapan-over-100", "percent-out-of-range"],
        truth: `ROUND(${a("re", x.id)}/${a("pg", x.id)}*100,2)`,
      });
    if (x.id !== "c1")
      b.ok({
        sheet: S,
        cell: a("pl", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("l", x.id)}/${a("n", x.id)}*100,2)`,
      });
  }
  const ids = rows.map((x) => x.id);
  b.ok({
    sheet: S,
    cell: a("pl", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("l", "tot")}/${a("n", "tot")}*100,2)`,
    // the total's % is the ratio of the totals, not the mean of the rows' %
    trap: `ROUND(AVERAGE(${ids.map((id) => a("pl", id)).join(",")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("n", "tot"),
    rules: ["sum-mismatch"],
    truth: ids.map((id) => a("n", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("pg", "tot"),
    rules: ["sum-mismatch"],
    truth: ids.map((id) => a("pg", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("l", "tot"),
    rules: ["sum-mismatch"],
    truth: ids.map((id) => a("l", id)).join("+"),
  });
  return b.finish();
}
