// Money tables of the two RSUD: a T-C.27 (rencana program, kegiatan dan pendanaan indikatif,
// Renstra 2025-2029, "(dalam ribuan rupiah)") of the NTB RSUD with K | Rp per year and the kondisi
// akhir written as G+I+K+M+O, and an E.81-like evaluation of the Renja 2024 of the Sulawesi Tengah
// RSUD (BOR a level: its yearly K is the Triwulan IV value). Every number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, type Col, type Row } from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level: boolean;
};

export function tc27Rsud(): BookW {
  const b = new BookW(
    "tc27-pendanaan-rsud-manambai-sumbawa-timur.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (RSUD)",
    "T-C.27 of an RSUD in NTB, Renstra 2025-2029, (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > K | Rp | Kondisi Kinerja pada Akhir Periode Renstra > K | Rp | Unit Penanggung Jawab; number row merged over the pairs, '11 = 6+7+8+9+10'",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBAWA TIMUR RAYA", "RSUD H. L. MANAMBAI ABDULKADIR"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif RSUD Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const subs: Line[] = [
    {
      id: "s1",
      kode: "1.02.02.2.01.0014",
      nm: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah alat kesehatan yang disediakan",
      sat: "unit",
      awal: 38,
      k: [45, 40, 40, 35, 30],
      rp: [4_250_000, 3_860_000, 3_975_500, 3_420_000, 3_105_750],
      level: false,
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0026",
      nm: "Operasional Pelayanan Rumah Sakit",
      ind: "Jumlah bulan operasional pelayanan rumah sakit terpenuhi",
      sat: "bulan",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [2_860_000, 2_945_800, 3_034_200, 3_125_200, 3_219_000],
      level: false,
    },
    {
      id: "s3",
      kode: "1.02.01.2.10.0001",
      nm: "Pelayanan dan Penunjang Pelayanan BLUD",
      ind: "Jumlah BLUD yang menyediakan pelayanan dan penunjang pelayanan",
      sat: "unit kerja",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [58_400_000, 61_320_000, 64_386_000, 67_605_300, 70_985_600],
      level: true,
    },
  ];
  const keg1 = {
    id: "k1",
    kode: "1.02.02.2.01",
    nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
    ind: "Jumlah fasilitas pelayanan kesehatan yang memenuhi standar sarana, prasarana dan alat kesehatan",
    sat: "unit",
    awal: 1,
    k: [1, 1, 1, 1, 1],
    level: true,
  };
  const prog1 = {
    id: "p1",
    kode: "1.02.02",
    nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Bed Occupancy Rate (BOR)",
    sat: "%",
    awal: 66.8,
    k: [70, 71, 72, 73, 75],
    level: true,
  };
  const keg2 = {
    id: "k2",
    kode: "1.02.01.2.10",
    nm: "Peningkatan Pelayanan BLUD",
    ind: "Jumlah BLUD yang melaksanakan pelayanan",
    sat: "unit kerja",
    awal: 1,
    k: [1, 1, 1, 1, 1],
    level: true,
  };
  const prog2 = {
    id: "p2",
    kode: "1.02.01",
    nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    ind: "Rasio pendapatan BLUD terhadap belanja operasional",
    sat: "%",
    awal: 58.7,
    k: [60, 62.5, 65, 67.5, 70],
    level: true,
  };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...years.flatMap((y, i): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ${y}`, "K"], role: "target", year: y, num: 6 + i, width: 8 },
      {
        key: `rp${y}`,
        head: [G, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 6 + i,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "akk", head: [A, "K"], role: "kondisi-akhir", year: 2029, num: "11 = 6+7+8+9+10", width: 8 },
    {
      key: "akrp",
      head: [A, "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "11 = 6+7+8+9+10",
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 14 },
  ];
  const line = (
    x: Line,
    rp: (y: number, i: number, c: (k: string, id?: string) => string) => number | ReturnType<typeof fx>,
    plantAk = false,
  ): Row => ({
    id: x.id,
    bold: !x.rp,
    cells: (c) => {
      const rpCells = years.map((y) => c.a(`rp${y}`));
      return {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(
          years.flatMap((y, i) => [
            [`k${y}`, x.k[i]],
            [`rp${y}`, rp(y, i, c.a)],
          ]),
        ),
        akk: x.level ? fx(c.a("k2029")) : fx(years.map((y) => c.a(`k${y}`)).join("+")),
        // planted on s3: the kondisi akhir Rp adds 2025-2028 only
        akrp: fx((plantAk ? rpCells.slice(0, 4) : rpCells).join("+")),
        unit: x.id.startsWith("p") ? "RSUD" : "Bidang Pelayanan Medik",
      };
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      line(prog1, (y, _i, a) => fx(a(`rp${y}`, "k1"))),
      // planted: the kegiatan's Rp 2027 is typed 7,300,700 (the subs give 7,009,700)
      line(keg1, (y, i, a) => (y === 2027 ? 7_300_700 : fx(`${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}`))),
      line(subs[0], (_y, i) => subs[0].rp![i]),
      line(subs[1], (_y, i) => subs[1].rp![i]),
      line(prog2, (y, _i, a) => fx(a(`rp${y}`, "k2"))),
      line(keg2, (y, _i, a) => fx(a(`rp${y}`, "s3"))),
      line(subs[2], (_y, i) => subs[2].rp![i], true),
    ],
  });
  s.gap();
  s.lines(["Sumber dana: APBD Kabupaten dan Pendapatan BLUD RSUD; angka dalam ribuan rupiah."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp2027", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp 2027 of kegiatan 1.02.02.2.01 is a typed 7,300,700 among formulas; its sub kegiatan give 3,975,500 + 3,034,200 = 7,009,700",
    truth: `${a("rp2027", "s1")}+${a("rp2027", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akrp", "s3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir Rp of sub kegiatan BLUD 1.02.01.2.10.0001 adds 2025-2028 only (251,711,300); with 2029's 70,985,600 it is 322,696,900",
    truth: years.map((y) => a(`rp${y}`, "s3")).join("+"),
  });
  for (const id of ["k1", "s1", "s2", "p2", "k2"])
    b.ok({
      sheet: S,
      cell: a("akrp", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: years.map((y) => a(`rp${y}`, id)).join("+"),
    });
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("akk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      // a rate: the last target, not the five years added
      trap: years.map((y) => a(`k${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("akk", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: years.map((y) => a(`k${y}`, "s1")).join("+"),
  });
  for (const y of [2025, 2026, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "k2"),
  });
  return b.finish();
}

type Ev = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  kt: number;
  rpt: number;
  kq: number[];
  rpq: number[];
};

export function e81Rsud(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-rsud-toili-raya-2024.xlsx",
    "E.81-like evaluasi hasil Renja RSUD 2024",
    "E.81-like Renja evaluation of an RSUD in Sulawesi Tengah, 2024: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (7) Target Renja 2024 | (8)-(11) Realisasi Triwulan I-IV | (12) Realisasi Renja 2024 | (13) Tingkat Capaian Renja (%), each K | Rp; number row merged over pairs with '12 = 8+9+10+11', '13 = 12 / 7 x 100'; BOR a level; Rata-rata and Predikat footer",
  );
  const S = "E.81 RSUD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI PESISIR", "RSUD TOILI RAYA"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
    "Periode pelaksanaan: Tahun 2024 (s.d. Triwulan IV)",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "1.02.02.2.01.0014",
      nm: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah alat kesehatan yang disediakan",
      sat: "unit",
      level: false,
      kt: 45,
      rpt: 4_250_000_000,
      kq: [0, 12, 18, 13],
      rpq: [0, 1_125_400_000, 1_742_800_000, 1_208_350_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0026",
      nm: "Operasional Pelayanan Rumah Sakit",
      ind: "Jumlah bulan operasional pelayanan terpenuhi",
      sat: "bulan",
      level: false,
      kt: 12,
      rpt: 2_860_000_000,
      kq: [3, 3, 3, 3],
      rpq: [612_450_000, 698_300_000, 731_900_000, 764_180_000],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rpRole: Col["role"],
    w = 13,
  ): Col[] => [
    { key: `${key}k`, head: [...head, "K"], role, year: 2024, num, fmt: DEC, width: 8 },
    { key: `${key}rp`, head: [...head, "Rp"], role: rpRole, year: 2024, num, fmt: RP, width: w },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair(
      "t",
      ["Target Kinerja dan Anggaran Renja Tahun 2024", ""].slice(0, 1),
      "7",
      "target",
      "anggaran",
      14,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
      ),
    ),
    ...pair(
      "r",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      14,
    ),
    ...pair("c", ["Tingkat Capaian Renja (%)"], "13 = 12 / 7 x 100", "capaian", "capaian", 9),
  ];
  const qk = (c: (k: string, id?: string) => string, kind: "k" | "rp", id?: string) =>
    [1, 2, 3, 4].map((i) => c(`q${i}${kind}`, id));
  const row = (x: Ev, plantSum = false, stale?: number): Row => ({
    id: x.id,
    cells: (c) => ({
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      tk: x.kt,
      trp: x.rpt,
      ...Object.fromEntries(
        [1, 2, 3, 4].flatMap((i) => [
          [`q${i}k`, x.kq[i - 1]],
          [`q${i}rp`, x.rpq[i - 1]],
        ]),
      ),
      rk: fx(qk(c.a, "k").join("+")),
      // planted on s1: the Rp (12) adds Triwulan I-III only
      rrp: fx((plantSum ? qk(c.a, "rp").slice(0, 3) : qk(c.a, "rp")).join("+")),
      ck: fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`),
      crp: fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`, stale),
    }),
  });
  const sumRp = (key: string) => (c: (k: string, id?: string) => string) =>
    fx(`${c(key, "s1")}+${c(key, "s2")}`);
  const rpKeys = ["trp", "q1rp", "q2rp", "q3rp", "q4rp", "rrp"];
  const bor = { kt: 70, kq: [64.2, 68.9, 71.4, 73.1] };
  const s2cap = round((sum4(subs[1].rpq) / subs[1].rpt) * 100);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          kode: "1.02.02",
          nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
          ind: "Bed Occupancy Rate (BOR)",
          sat: "%",
          tk: bor.kt,
          ...Object.fromEntries([1, 2, 3, 4].map((i) => [`q${i}k`, bor.kq[i - 1]])),
          // BOR is a level: the year's K is the Triwulan IV value
          rk: fx(c.a("q4k")),
          ck: fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`),
          ...Object.fromEntries(rpKeys.map((k) => [k, fx(c.a(k, "k"))])),
          crp: fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`),
        }),
      },
      {
        id: "k",
        bold: true,
        cells: (c) => ({
          kode: "1.02.02.2.01",
          nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
          ind: "Jumlah fasilitas pelayanan kesehatan yang memenuhi standar",
          sat: "unit",
          tk: 1,
          q1k: 0,
          q2k: 0,
          q3k: 0,
          q4k: 1,
          rk: fx(qk(c.a, "k").join("+")),
          ck: fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`),
          ...Object.fromEntries(rpKeys.map((k) => [k, sumRp(k)(c.a)])),
          crp: fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`),
        }),
      },
      row(subs[0], true),
      // planted on s2: a stale capaian Rp from before Triwulan IV
      row(subs[1], false, round(s2cap - 26.72)),
      {
        id: "avg",
        bold: true,
        span: ["kode", "sat"],
        cells: (c) => ({
          kode: "Rata-rata capaian kinerja (%)",
          ck: fx(`ROUND(AVERAGE(${c.a("ck", "p")}:${c.a("ck", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["kode", "sat"],
        cells: { kode: "Predikat kinerja", ck: predikat(avg4(bor, subs)) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: klaim BPJS Kesehatan dibayar tepat waktu sehingga arus kas BLUD lancar.",
    "Faktor penghambat: keterlambatan pengiriman alat kesehatan dari penyedia e-katalog pada Triwulan I.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Luwuk Selatan, 15 Januari 2025",
    jabatan: ["Direktur RSUD Toili Raya,"],
    nama: "dr. MOH. RIZAL LAHAMA, M.Kes.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19790304 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rrp", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (12) of sub kegiatan 1.02.02.2.01.0014 adds Triwulan I-III only (2,868,200,000); with Triwulan IV's 1,208,350,000 it is 4,076,550,000",
    truth: qk((k, id) => a(k, id ?? "s1"), "rp").join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("crp", "s2") },
    rules: ["capaian-mismatch"],
    note: `Tingkat capaian Rp (13) of sub kegiatan 1.02.02.2.01.0026 is =ROUND(12/7*100,2) with a stale cached ${round(s2cap - 26.72)} (before Triwulan IV); 2,806,830,000 / 2,860,000,000 gives ${s2cap}`,
    truth: `ROUND(${a("rrp", "s2")}/${a("trp", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rk", "p"),
    rules: ["sum-mismatch"],
    truth: a("q4k", "p"),
    // the BOR is a level: Triwulan IV, not the four quarters added (277.60)
    trap: qk((k, id) => a(k, id ?? "p"), "k").join("+"),
  });
  for (const id of ["k", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("rk", id),
      rules: ["sum-mismatch"],
      truth: qk((k, i2) => a(k, i2 ?? id), "k").join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("rrp", "s2"),
    rules: ["sum-mismatch"],
    truth: qk((k, i2) => a(k, i2 ?? "s2"), "rp").join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("trp", "k"),
    rules: ["sum-mismatch"],
    truth: `${a("trp", "s1")}+${a("trp", "s2")}`,
  });
  for (const id of ["p", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("ck", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rk", id)}/${a("tk", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("ck", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("ck", "avg")})`,
  });
  return b.finish();
}

const sum4 = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
function avg4(bor: { kt: number; kq: number[] }, subs: Ev[]): number {
  const caps = [round((bor.kq[3] / bor.kt) * 100), 100, ...subs.map((x) => round((sum4(x.kq) / x.kt) * 100))];
  return round(sum4(caps) / caps.length);
}
