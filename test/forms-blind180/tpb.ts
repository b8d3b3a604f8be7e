// The Bappeda's SDGs / TPB work: an E.81 evaluation of the Renja 2024 of a Bappeda in Sumatera Barat
// (Rp in thousands, RAD TPB sub kegiatan, a level row that takes Triwulan IV), a T-C.27 of a Bappeda
// in Maluku Utara (Renstra 2025-2029, Target | Rp pairs per year), and an IKU matrix of a kota in
// Sumatera Barat with ordinal years ("Tahun ke-1 .. ke-5" of RPJMD 2021-2026). Every name and number
// is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Sub = {
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
};

const en = (n: number) => n.toLocaleString("en");

export function e81TpbSumbar(): BookW {
  const b = new BookW(
    "e81-renja-bappeda-tpb-padang-laweh.xlsx",
    "E.81 evaluation of the Renja of a Bappeda (RAD TPB, 2024)",
    "E.81 for the Bappeda of an invented kabupaten in Sumatera Barat, Renja 2024, Renstra 2021-2026, (dalam ribuan rupiah): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. 2023 | (7) Target Renja 2024 | 'Realisasi Kinerja pada Triwulan' > I .. IV | (12) | (13) | (14), each K | Rp under a three-row header; number row merged over pairs '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PADANG LAWEH",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
    "Jl. Khatib Sulaiman No. 12 Lubuak Laweh",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN PADANG LAWEH",
    "RENJA BAPPEDA TAHUN 2024 (RENSTRA 2021-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "5.01.02.2.03.0001",
      nm: "Koordinasi Penyusunan dan Pelaksanaan Rencana Aksi Daerah TPB",
      ind: "Jumlah forum koordinasi RAD TPB yang dilaksanakan",
      sat: "kali",
      level: false,
      k5: 20,
      rp5: 1_250_000,
      k6: 10,
      rp6: 612_450,
      k7: 4,
      rp7: 248_600,
      kq: [1, 1, 1, 1],
      rpq: [38_250, 61_480, 72_915, 69_330],
    },
    {
      id: "s2",
      kode: "5.01.02.2.03.0002",
      nm: "Pemantauan dan Evaluasi Pencapaian Indikator TPB",
      ind: "Persentase indikator TPB yang dipantau capaiannya",
      sat: "%",
      level: true,
      k5: 100,
      rp5: 1_800_000,
      k6: 82.35,
      rp6: 905_700,
      k7: 90,
      rp7: 352_000,
      kq: ["-", 64.71, 78.43, 92.16],
      rpq: [41_300, 88_640, 97_215, 112_480],
    },
    {
      id: "s3",
      kode: "5.01.02.2.03.0003",
      nm: "Penyusunan Laporan Pencapaian TPB Daerah",
      ind: "Jumlah laporan pencapaian TPB yang disusun",
      sat: "laporan",
      level: false,
      k5: 10,
      rp5: 950_000,
      k6: 5,
      rp6: 461_200,
      k7: 2,
      rp7: 186_400,
      kq: [0, 1, 0, 1],
      rpq: [22_150, 47_830, 39_610, 68_245],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const TW = "Realisasi Kinerja pada Triwulan";
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
    kf?: string,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, fmt: kf, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: kf ?? RP, width: 14 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, [TW, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2024)"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
      undefined,
      DEC,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1})`,
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
        pj: "Bidang Perencanaan dan Pengendalian",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s2's Rp (12) is a typed number (digits swapped)
      out.rp12 = x.id === "s2" ? 393_635 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: s3's Rp (13) forgets the realisasi s.d. 2023
      out.rp13 = x.id === "s3" ? fx(c.a("rp12")) : fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const rows: Row[] = [
    { id: "bid", bold: true, cells: { kode: "5.01", nm: "PERENCANAAN" } },
    {
      id: "prog",
      bold: true,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          kode: "5.01.02",
          nm: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
          ind: "Persentase indikator TPB daerah yang mencapai target (on track)",
          sat: "%",
          k5: 75,
          k6: 61.8,
          k7: 68,
          kq1: "-",
          kq2: "-",
          kq3: "-",
          kq4: 70.59,
          pj: "Bappeda",
        };
        for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
        out.k12 = fx(c.a("kq4"));
        out.k13 = fx(c.a("k12"));
        out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
        out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
        return out;
      },
    },
    {
      id: "keg",
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          kode: "5.01.02.2.03",
          nm: "Koordinasi Perencanaan, Pemantauan dan Evaluasi Pencapaian Tujuan Pembangunan Berkelanjutan",
          ind: "Jumlah dokumen evaluasi pencapaian TPB",
          sat: "dokumen",
          k5: 5,
          k6: 3,
          k7: 1,
          kq1: 0,
          kq2: 0,
          kq3: 0,
          kq4: 1,
          pj: "Bappeda",
        };
        for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
        out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
        out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
        out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
        out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
        return out;
      },
    },
    ...subs.map(subRow),
  ];
  const k14 = (x: Sub) => {
    const v = x.level ? (x.kq[3] as number) : x.k6 + (x.kq as number[]).reduce((n, q) => n + q, 0);
    return round((v / x.k5) * 100);
  };
  const avg = round(subs.reduce((n, x) => n + k14(x), 0) / subs.length);
  rows.push(
    {
      id: "avg",
      bold: true,
      span: ["no", "sat"],
      cells: (c: Ctx) => ({
        no: "Rata-rata capaian kinerja (%)",
        k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
      }),
    },
    { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avg) } },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: komitmen OPD pelaksana RAD TPB dan dukungan data BPS kabupaten.",
    "Faktor penghambat: sebagian indikator TPB belum memiliki data terpilah tingkat kabupaten.",
    "Tindak lanjut: penyusunan metadata indikator TPB daerah pada Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Lubuak Laweh, 20 Januari 2025",
    jabatan: ["KEPALA BAPPEDA KABUPATEN PADANG LAWEH,"],
    nama: "Ir. ZULKIFLI DT. RAJO PANGULU, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720814 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Realisasi Rp (12) of sub kegiatan 5.01.02.2.03.0002 is a typed 393,635 among formulas; Triwulan I-IV give ${en(subs[1].rpq.reduce((n, v) => n + v, 0))} (digits swapped)`,
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp13", "s3") },
    rules: ["sum-mismatch"],
    note: `Realisasi Rp s.d. 2024 (13) of sub kegiatan 5.01.02.2.03.0003 is =(12) only (${en(subs[2].rpq.reduce((n, v) => n + v, 0))}); with the 461,200 of (6) it is ${en(subs[2].rp6 + subs[2].rpq.reduce((n, v) => n + v, 0))}`,
    truth: `${a("rp6", "s3")}+${a("rp12", "s3")}`,
  });
  // the level rows: (12) K is the Triwulan IV value, (13) K the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("kq2", "s2")}+${a("kq3", "s2")}+${a("kq4", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("rp12", "s1"),
    rules: ["sum-mismatch"],
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp12", "s3"),
    rules: ["sum-mismatch"],
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp6", "s1")}+${a("rp12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s1")}/${a("rp5", "s1")}*100,2)`,
  });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "keg"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "prog"),
  });
  return b.finish();
}

type Prog = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  tg: Array<number>;
  rp?: number[];
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27TpbMalut(): BookW {
  const b = new BookW(
    "tc27-renstra-bappeda-tpb-oba-raya.xlsx",
    "T-C.27 Renstra funding of a Bappeda (TPB and kemiskinan, 2025-2029)",
    "T-C.27 of the Bappeda of an invented kabupaten in Maluku Utara, Renstra 2025-2029: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra PD' > Target | Rp | Unit Kerja PJ | Lokasi; number row 1 .. 18; kegiatan Rp = its sub kegiatan, program = its kegiatan; kondisi akhir Rp = the five years added one by one",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN OBA RAYA", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Bappeda Kabupaten Oba Raya Tahun 2025-2029",
  ]);
  s.gap();
  const P: Prog[] = [
    {
      id: "prog",
      kode: "5.01.02",
      nm: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
      ind: "Persentase indikator TPB daerah yang tercapai",
      sat: "%",
      level: true,
      awal: 54.2,
      tg: [57, 60, 63, 66, 70],
    },
    {
      id: "keg1",
      kode: "5.01.02.2.03",
      nm: "Koordinasi Pelaksanaan Tujuan Pembangunan Berkelanjutan",
      ind: "Jumlah dokumen RAD TPB dan laporan capaiannya",
      sat: "dokumen",
      level: false,
      awal: 1,
      tg: [2, 1, 1, 1, 2],
    },
    {
      id: "s11",
      kode: "5.01.02.2.03.0001",
      nm: "Penyusunan Rencana Aksi Daerah TPB",
      ind: "Jumlah dokumen RAD TPB",
      sat: "dokumen",
      level: false,
      awal: 0,
      tg: [1, 0, 0, 0, 1],
      rp: [385_400_000, 96_250_000, 102_800_000, 108_150_000, 412_600_000],
    },
    {
      id: "s12",
      kode: "5.01.02.2.03.0002",
      nm: "Pemantauan dan Evaluasi Capaian Indikator TPB",
      ind: "Persentase indikator TPB dengan data terpilah kabupaten",
      sat: "%",
      level: true,
      awal: 61.4,
      tg: [65, 70, 725, 75, 80],
      rp: [214_700_000, 228_350_000, 241_900_000, 256_480_000, 270_150_000],
    },
    {
      id: "keg2",
      kode: "5.01.02.2.04",
      nm: "Koordinasi Perencanaan dan Evaluasi Penanggulangan Kemiskinan Daerah",
      ind: "Persentase rekomendasi TKPK yang ditindaklanjuti perangkat daerah",
      sat: "%",
      level: true,
      awal: 58,
      tg: [62, 66, 70, 74, 78],
    },
    {
      id: "s21",
      kode: "5.01.02.2.04.0001",
      nm: "Penyusunan Rencana Penanggulangan Kemiskinan Daerah (RPKD)",
      ind: "Jumlah dokumen RPKD dan LP2KD",
      sat: "dokumen",
      level: false,
      awal: 1,
      tg: [2, 1, 1, 1, 1],
      rp: [312_500_000, 187_300_000, 195_640_000, 204_120_000, 213_880_000],
    },
    {
      id: "s22",
      kode: "5.01.02.2.04.0002",
      nm: "Fasilitasi Verifikasi dan Validasi DTKS Lintas Perangkat Daerah",
      ind: "Jumlah rapat koordinasi verifikasi dan validasi DTKS",
      sat: "kali",
      level: false,
      awal: 4,
      tg: [6, 6, 6, 6, 6],
      rp: [158_900_000, 164_250_000, 171_360_000, 178_400_000, 185_700_000],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 2, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: `t${y}`, head: [G, `Tahun ${y}`, "Target"], role: "target", year: y, num: 6 + 2 * i, width: 9 },
      {
        key: `r${y}`,
        head: [G, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 15,
      },
    ]),
    { key: "ka", head: [KA, "Target"], role: "kondisi-akhir", year: 2029, num: 16, width: 9 },
    { key: "kar", head: [KA, "Rp"], role: "anggaran", num: 17, fmt: RP, width: 16 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 12 },
  ];
  const kids: Record<string, string[]> = {
    prog: ["keg1", "keg2"],
    keg1: ["s11", "s12"],
    keg2: ["s21", "s22"],
  };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: P.map((p): Row => ({
      id: p.id,
      bold: p.id === "prog",
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          kode: p.kode,
          nm: p.nm,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          pj: p.id === "prog" ? "Bappeda" : "Bidang Pemerintahan dan Pembangunan Manusia",
          lok: "Kabupaten Oba Raya",
        };
        YEARS.forEach((y, i) => {
          out[`t${y}`] = p.tg[i];
          out[`r${y}`] = p.rp ? p.rp[i] : fx(kids[p.id].map((k) => c.a(`r${y}`, k)).join("+"));
        });
        out.ka = p.level ? fx(c.a("t2029")) : fx(YEARS.map((y) => c.a(`t${y}`)).join("+"));
        // planted: s21's kondisi akhir Rp leaves out 2029
        const ys = p.id === "s21" ? YEARS.slice(0, 4) : YEARS;
        out.kar = fx(ys.map((y) => c.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target untuk indikator persentase = target tahun 2029; untuk indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Sofifi Baru, 14 Oktober 2024",
    jabatan: ["KEPALA BAPPEDA KABUPATEN OBA RAYA,"],
    nama: "Drs. ABDUL GANI HI. MUHAMMAD, M.Si.",
    nip: "19730519 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const s21 = P[5].rp!;
  b.plant({
    at: { sheet: S, cell: a("kar", "s21") },
    rules: ["kondisi-akhir-mismatch"],
    note: `Kondisi akhir Rp of sub kegiatan 5.01.02.2.04.0001 adds 2025-2028 only (${en(s21.slice(0, 4).reduce((n, v) => n + v, 0))}); with 2029's 213,880,000 it is ${en(s21.reduce((n, v) => n + v, 0))}`,
    truth: YEARS.map((y) => a(`r${y}`, "s21")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("t2027", "s12") },
    rules: ["target-outlier", "percent-out-of-range"],
    note: "The 2027 target of 'Persentase indikator TPB dengan data terpilah' is typed 725 (%) between 70 (2026) and 75 (2028): 72.5 with the decimal point lost",
    truth: `(${a("t2026", "s12")}+${a("t2028", "s12")})/2`,
  });
  // kondisi akhir of the rates is the 2029 target, not the sum of the five years
  for (const id of ["prog", "keg2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: YEARS.map((y) => a(`t${y}`, id)).join("+"),
    });
  for (const id of ["keg1", "s11", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((y) => a(`t${y}`, id)).join("+"),
    });
  for (const id of ["prog", "keg1", "keg2", "s11", "s12", "s22"])
    b.ok({
      sheet: S,
      cell: a("kar", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of YEARS) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "keg1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s11")}+${a(`r${y}`, "s12")}`,
    });
    // the program adds its two kegiatan, not every row above it
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s11")}+${a(`r${y}`, "s12")}+${a(`r${y}`, "s21")}+${a(`r${y}`, "s22")}`,
      trap: `SUM(${a(`r${y}`, "keg1")}:${a(`r${y}`, "s22")})`,
    });
  }
  for (const id of ["s11", "s12", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id.startsWith("s1") ? "keg1" : "keg2"),
    });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  neg: boolean;
  awal: number;
  tg: number[];
  akhir?: number;
};

export function ikuKotaSumbar(): BookW {
  const b = new BookW(
    "matriks-iku-kota-bukik-sirah-2021-2026.xlsx",
    "IKU matrix of a kota (RPJMD 2021-2026, ordinal years)",
    "IKU matrix of an invented kota in Sumatera Barat: No | Sasaran (merged) | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal (2021) | 'Target Tahun ke-' > 1 .. 5 (the years only in the title, RPJMD 2021-2026) | Kondisi Akhir (2026) | Perangkat Daerah Penanggung Jawab; typed targets",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BUKIK SIRAH", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) PEMERINTAH KOTA BUKIK SIRAH", "RPJMD TAHUN 2021-2026"]);
  s.gap();
  const S1 = "Menurunnya tingkat kemiskinan dan kemiskinan ekstrem";
  const S2 = "Meningkatnya kualitas pembangunan manusia dan pencapaian TPB";
  const I: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase penduduk miskin",
      rumus: "Penduduk miskin / jumlah penduduk x 100",
      sat: "%",
      neg: true,
      awal: 5.92,
      tg: [5.8, 5.65, 5.5, 5.35, 5.2],
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase penduduk miskin ekstrem",
      rumus: "Penduduk miskin ekstrem / jumlah penduduk x 100",
      sat: "%",
      neg: true,
      awal: 0.86,
      tg: [0.7, 0.52, 0.35, 0.15, 0],
    },
    {
      id: "i3",
      sas: S1,
      ind: "Indeks Kedalaman Kemiskinan (P1)",
      rumus: "BPS (Susenas Maret)",
      sat: "indeks",
      neg: true,
      awal: 0.92,
      tg: [0.88, 0.84, 0.91, 0.76, 0.72],
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase indikator TPB yang tercapai",
      rumus: "Indikator TPB tercapai / indikator TPB yang diukur x 100",
      sat: "%",
      neg: false,
      awal: 58.2,
      tg: [60, 63, 66, 69, 72],
    },
    {
      id: "i5",
      sas: S2,
      ind: "Indeks Pembangunan Manusia (IPM)",
      rumus: "BPS (metode baru)",
      sat: "indeks",
      neg: false,
      awal: 72.65,
      tg: [73.1, 73.55, 74, 74.45, 74.9],
      akhir: 74.45,
    },
  ];
  const TK = "Target Tahun ke-";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 30 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", year: 2021, width: 10 },
    ...[1, 2, 3, 4, 5].map((n): Col => ({
      key: `y${n}`,
      head: [TK, String(n)],
      role: "target",
      year: 2021 + n,
      width: 8,
    })),
    { key: "akhir", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2026, width: 10 },
    { key: "pj", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => {
      const cells: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        akhir: x.akhir ?? x.tg[4],
        pj: x.id === "i4" ? "Bappeda" : "Dinas Sosial; Bappeda",
      };
      x.tg.forEach((v, j) => (cells[`y${j + 1}`] = v));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "Keterangan: Tahun ke-1 s.d. ke-5 = 2022 s.d. 2026; kondisi awal = capaian 2021.",
    "Indikator kemiskinan bersifat negatif (semakin kecil semakin baik).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Bukik Sirah, 2 Mei 2022",
    jabatan: ["WALI KOTA BUKIK SIRAH,"],
    nama: "H. ERMAN SUTAN MARAJO, S.H., M.H.",
    nip: "-",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y3", "i3") },
    rules: ["target-trend"],
    note: "P1 is lower-is-better and falls 0.88, 0.84, then rises to 0.91 in Tahun ke-3 (2024) before 0.76 and 0.72; the path gives about 0.80",
    truth: `ROUND((${a("y2", "i3")}+${a("y4", "i3")})/2,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", "i5") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir IPM is typed 74.45, the Tahun ke-4 (2025) target; the level's kondisi akhir is the Tahun ke-5 (2026) target 74.90",
    truth: a("y5", "i5"),
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y5", id),
      trap: `${a("y1", id)}+${a("y2", id)}+${a("y3", id)}+${a("y4", id)}+${a("y5", id)}`,
    });
  b.ok({ sheet: S, cell: a("y5", "i1"), rules: ["target-trend"], truth: "5.2" });
  b.ok({ sheet: S, cell: a("y5", "i2"), rules: ["target-trend"], truth: "0" });
  b.ok({ sheet: S, cell: a("y5", "i4"), rules: ["target-trend", "target-outlier"], truth: "72" });
  return b.finish();
}
