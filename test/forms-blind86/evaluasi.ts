// An E.81-like evaluation of the Renja 2024 of the Dinas PUPR Provinsi Jambi, bidang penataan ruang
// (program 1.03.12): K and Rp per numbered column, quarters grouped under one header over three header
// rows, every body value typed as planners paste them, only column 14 and the footer are formulas.
// Flows (dokumen RDTR, PKKPR, lokasi audit) add their quarters; the rates are levels whose year is the
// Triwulan IV value and whose "s.d." value is the latest level. Every number is invented.
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
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: Array<number | "-">;
  rpq: number[];
  bold?: boolean;
};

const SAS = "Meningkatnya kualitas penyelenggaraan penataan ruang Provinsi Jambi";

export function e81TataRuangJambi(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-tata-ruang-pupr-jambi.xlsx",
    "E.81 evaluasi hasil Renja (bidang penataan ruang)",
    "E.81 of the Dinas PUPR Provinsi Jambi, s.d. Triwulan IV 2024: No | Sasaran (merged) | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV > K | Rp | (12) | (13) | (14) tingkat capaian | (15) Unit PD; three header rows, number row merged over the pairs; typed values, column 14 ROUND formulas; Rata-rata and Predikat rows",
  );
  const S = "E.81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI JAMBI",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Lingkar Barat II No. 27 Telanaipura, Jambi",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI JAMBI",
    "Renja Dinas PUPR Provinsi Jambi - Bidang Penataan Ruang",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Renstra Perangkat Daerah 2021-2026",
  ]);
  s.gap();

  const lines: Line[] = [
    {
      id: "prog",
      bold: true,
      kode: "1.03.12",
      nm: "PROGRAM PENYELENGGARAAN PENATAAN RUANG",
      ind: "Persentase kesesuaian pemanfaatan ruang terhadap RTRW Provinsi",
      sat: "%",
      level: true,
      k5: 88,
      rp5: 0,
      k6: 79.6,
      rp6: 0,
      k7: 82,
      rp7: 0,
      kq: ["-", "-", "-", 83.15],
      rpq: [],
    },
    {
      id: "k1",
      kode: "1.03.12.2.01",
      nm: "Penetapan Rencana Tata Ruang Wilayah (RTRW) dan Rencana Rinci Tata Ruang (RRTR) Provinsi",
      ind: "Jumlah dokumen rencana tata ruang yang ditetapkan dan diintegrasikan",
      sat: "dokumen",
      level: false,
      k5: 10,
      rp5: 0,
      k6: 5,
      rp6: 0,
      k7: 2,
      rp7: 0,
      kq: [0, 0, 1, 1],
      rpq: [],
    },
    {
      id: "s1",
      kode: "1.03.12.2.01.0002",
      nm: "Penyusunan Rencana Detail Tata Ruang (RDTR) Kawasan Strategis Provinsi",
      ind: "Jumlah dokumen RDTR kawasan strategis yang tersusun",
      sat: "dokumen",
      level: false,
      k5: 8,
      rp5: 9_600_000_000,
      k6: 4,
      rp6: 4_512_750_000,
      k7: 2,
      rp7: 2_350_000_000,
      kq: [0, 0, 1, 1],
      rpq: [186_400_000, 612_300_000, 745_900_000, 731_600_000],
    },
    {
      id: "s2",
      kode: "1.03.12.2.01.0004",
      nm: "Fasilitasi Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR) Lintas Kabupaten/Kota",
      ind: "Jumlah PKKPR yang diterbitkan",
      sat: "dokumen",
      level: false,
      k5: 600,
      rp5: 3_000_000_000,
      k6: 342,
      rp6: 1_684_250_000,
      k7: 130,
      rp7: 640_000_000,
      kq: [27, 35, 31, 42],
      rpq: [118_450_000, 162_300_000, 184_680_000, 168_770_000],
    },
    {
      id: "k2",
      kode: "1.03.12.2.02",
      nm: "Koordinasi dan Sinkronisasi Pengendalian Pemanfaatan Ruang Daerah Provinsi",
      ind: "Persentase luas kawasan yang pemanfaatan ruangnya sesuai rencana tata ruang",
      sat: "%",
      level: true,
      k5: 85,
      rp5: 0,
      k6: 78.2,
      rp6: 0,
      k7: 80,
      rp7: 0,
      kq: ["-", "-", "-", 81.4],
      rpq: [],
    },
    {
      id: "s3",
      kode: "1.03.12.2.02.0001",
      nm: "Koordinasi Pengendalian Pemanfaatan Ruang",
      ind: "Persentase kasus pelanggaran pemanfaatan ruang yang ditindaklanjuti",
      sat: "%",
      level: true,
      k5: 90,
      rp5: 2_750_000_000,
      k6: 72.5,
      rp6: 1_402_600_000,
      k7: 80,
      rp7: 565_000_000,
      kq: [22.5, 41, 63.75, 82.5],
      rpq: [96_350_000, 141_200_000, 148_900_000, 152_050_000],
    },
    {
      id: "s4",
      kode: "1.03.12.2.02.0003",
      nm: "Pelaksanaan Audit Tata Ruang",
      ind: "Jumlah lokasi audit tata ruang yang dilaksanakan",
      sat: "lokasi",
      level: false,
      k5: 15,
      rp5: 1_800_000_000,
      k6: 8,
      rp6: 912_300_000,
      k7: 3,
      rp7: 380_000_000,
      kq: [0, 1, 1, 1],
      rpq: [42_100_000, 108_750_000, 113_600_000, 98_450_000],
    },
  ];
  const byId = new Map(lines.map((x) => [x.id, x]));
  // the Rp of a kegiatan is the sum of its sub kegiatan, the program's the sum of its kegiatan
  const kids: Record<string, string[]> = { k1: ["s1", "s2"], k2: ["s3", "s4"], prog: ["k1", "k2"] };
  for (const id of ["k1", "k2", "prog"]) {
    const x = byId.get(id)!;
    const ks = kids[id].map((k) => byId.get(k)!);
    x.rp5 = sum(ks.map((k) => k.rp5));
    x.rp6 = sum(ks.map((k) => k.rp6));
    x.rp7 = sum(ks.map((k) => k.rp7));
    x.rpq = [0, 1, 2, 3].map((q) => sum(ks.map((k) => k.rpq[q])));
  }
  const k12 = (x: Line) => (x.level ? (x.kq[3] as number) : sum(x.kq as number[]));
  const k13 = (x: Line) => (x.level ? k12(x) : x.k6 + k12(x));
  const rp12 = (x: Line) => sum(x.rpq);
  // planted: the Rp (12) of the PKKPR sub kegiatan is typed with two digits swapped
  const rp12Typed = (x: Line) => (x.id === "s2" ? 643_200_000 : rp12(x));
  const rp13 = (x: Line) => x.rp6 + rp12Typed(x);
  if (rp12(byId.get("s2")!) !== 634_200_000) throw new Error("e81 s2");

  const K = "K";
  const RPH = "Rp";
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, K], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, RPH], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "2", width: 26 },
    { key: "kode", head: ["Kode"], role: "kode", num: "3", width: 18 },
    { key: "nm", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", K],
      role: "capaian",
      num: "14",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", RPH],
      role: "capaian",
      num: "14",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const lineRow = (x: Line, i: number): Row => ({
    id: x.id,
    bold: x.bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        sas: SAS,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        k12: k12(x),
        rp12: rp12Typed(x),
        k13: k13(x),
        rp13: rp13(x),
        pj: "Bidang Penataan Ruang",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      // planted: the RDTR row's (14) K is a typed 100.00 (the Renja capaian 12 / 7) among ROUND formulas
      out.k14 = x.id === "s1" ? 100 : fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const k14 = (x: Line) => (x.id === "s1" ? 100 : round((k13(x) / x.k5) * 100));
  const avgK = round(sum(lines.map(k14)) / lines.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    vmerge: ["sas"],
    rows: [
      ...lines.map(lineRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")}:${c.a("k14", "s4")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "prog")}:${c.a("rp14", "s4")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: percepatan integrasi RDTR ke sistem OSS RBA oleh kabupaten/kota.",
    "Faktor penghambat: keterbatasan peta dasar skala 1:5.000 dan tenaga ahli penataan ruang.",
    "Tindak lanjut: asistensi penyusunan RDTR dan peningkatan kapasitas Forum Penataan Ruang.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Jambi, 24 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "PROVINSI JAMBI,"],
    nama: "Ir. HENDRA SYAHPUTRA NASUTION, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710614 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "serapan-over-100"],
    note: "Realisasi Rp (12) of the PKKPR sub kegiatan 1.03.12.2.01.0004 is a typed 643,200,000 (digits swapped), above its pagu (7) of 640,000,000; the four quarters add up to 634,200,000",
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian K (14) of the RDTR sub kegiatan is a typed 100.00 (the Renja capaian 12 / 7) among ROUND formulas; (13) 6 / (5) 8 x 100 gives 75.00",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  // levels: the year's K is the Triwulan IV value and the s.d. K the latest level
  for (const id of ["prog", "k2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: id === "s3" ? qk.map((k) => a(k, id)).join("+") : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  // flows add their quarters and 6 + 12
  for (const id of ["k1", "s1", "s2", "s4"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s3", "s4"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  }
  for (const id of ["prog", "k1", "s2", "k2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "k2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7", ...qr]) {
    b.ok({ sheet: S, cell: a(k, "k1"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
    b.ok({ sheet: S, cell: a(k, "k2"), rules: ["sum-mismatch"], truth: `${a(k, "s3")}+${a(k, "s4")}` });
    b.ok({ sheet: S, cell: a(k, "prog"), rules: ["sum-mismatch"], truth: `${a(k, "k1")}+${a(k, "k2")}` });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const [kid, par] of [
    ["s1", "k1"],
    ["s2", "k1"],
    ["s3", "k2"],
    ["s4", "k2"],
    ["k1", "prog"],
    ["k2", "prog"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", kid),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", kid)})`,
      actual: a("kode", par),
    });
  return b.finish();
}
