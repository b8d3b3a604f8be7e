// An E.81 evaluation of the Renja (Permendagri 86/2017) kept by the Dinas Tanaman Pangan dan
// Hortikultura of an invented Sulawesi Selatan kabupaten (Bulu Tanete) for year n-1 = 2024, with
// ordinal "(n-1)" / "(n-2)" headers, amounts "(Rp 000)", typed values only (as an office pastes them)
// and a footer with rata-rata and predikat. Productivity (ku/ha) and the OPT rate are levels: their
// year is the Triwulan IV value and their "s.d." value the latest level. Every number is invented.
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
  k6: number;
  k7: number;
  kq: number[];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rpq?: number[];
};

export function e81Tph(): BookW {
  const b = new BookW(
    "e81-renja-distph-bulu-tanete-tw4-2024.xlsx",
    "E.81 evaluation of the Renja (Dinas TPH)",
    "E.81 s.d. Triwulan IV 2024 of a Dinas Tanaman Pangan dan Hortikultura in Sulawesi Selatan: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), K | Rp each, '(Rp 000)'; typed values; footer rata-rata and predikat",
  );
  const S = "E.81 TPH 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BULU TANETE",
    "DINAS TANAMAN PANGAN DAN HORTIKULTURA",
    "Jl. Poros Malino Km. 4, Bulu Tanete, Sulawesi Selatan 92171",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN BULU TANETE",
    "Renja Dinas Tanaman Pangan dan Hortikultura Tahun 2024 (s.d. Triwulan IV), Renstra PD 2022-2026",
    "(Rp 000)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "3.27.02.2.01.0001",
      nm: "Penyediaan Benih Padi Inbrida Bersertifikat",
      ind: "Luas areal tanam yang mendapat bantuan benih padi",
      sat: "ha",
      level: false,
      k5: 30_000,
      k6: 15_400,
      k7: 6_000,
      kq: [0, 2_150, 2_600, 1_480],
      rp5: 9_800_000,
      rp6: 5_120_450,
      rp7: 1_950_000,
      rpq: [0, 612_300, 845_750, 463_900],
    },
    {
      id: "s2",
      kode: "3.27.02.2.01.0002",
      nm: "Penyediaan Alat dan Mesin Pertanian Pra Panen",
      ind: "Jumlah unit alsintan pra panen (traktor roda dua, pompa air) yang disalurkan",
      sat: "unit",
      level: false,
      k5: 240,
      k6: 118,
      k7: 50,
      kq: [0, 0, 22, 28],
      rp5: 14_400_000,
      rp6: 7_350_600,
      rp7: 3_100_000,
      rpq: [0, 0, 1_362_500, 1_701_250],
    },
    {
      id: "s3",
      kode: "3.27.02.2.01.0003",
      nm: "Pengendalian Organisme Pengganggu Tumbuhan Tanaman Pangan",
      ind: "Persentase luas serangan OPT padi yang dikendalikan",
      sat: "%",
      level: true,
      k5: 95,
      k6: 88.4,
      k7: 90,
      kq: [62.5, 78.2, 86.9, 91.3],
      rp5: 4_200_000,
      rp6: 2_310_800,
      rp7: 820_000,
      rpq: [118_400, 205_600, 236_150, 221_700],
    },
  ];
  const rpOf = (key: "rp5" | "rp6" | "rp7") => subs.reduce((n, x) => n + x[key]!, 0);
  const rpqOf = (j: number) => subs.reduce((n, x) => n + x.rpq![j], 0);
  const keg: Line = {
    id: "keg",
    kode: "3.27.02.2.01",
    nm: "Pengawasan Penggunaan Sarana Pertanian",
    ind: "Jumlah benih padi dan jagung bersertifikat yang disalurkan",
    sat: "ton",
    level: false,
    k5: 1_250,
    k6: 640,
    k7: 260,
    kq: [0, 85, 120, 62],
    rp5: rpOf("rp5"),
    rp6: rpOf("rp6"),
    rp7: rpOf("rp7"),
    rpq: [0, 1, 2, 3].map(rpqOf),
  };
  const prog: Line = {
    ...keg,
    id: "prog",
    kode: "3.27.02",
    nm: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
    ind: "Produktivitas padi",
    sat: "ku/ha",
    level: true,
    k5: 56.5,
    k6: 54.8,
    k7: 55.4,
    kq: [52.1, 53.6, 54.9, 55.9],
  };
  const k12 = (x: Line) => (x.level ? x.kq[3] : x.kq.reduce((n, v) => n + v, 0));
  const k13 = (x: Line) => (x.level ? x.kq[3] : x.k6 + k12(x));
  const rp12 = (x: Line) => x.rpq!.reduce((n, v) => n + v, 0);
  const rp13 = (x: Line) => x.rp6! + rp12(x);
  const k14 = (x: Line) => round((k13(x) / x.k5) * 100);
  const rp14 = (x: Line) => round((rp13(x) / x.rp5!) * 100);
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 14 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja pada Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)", "K"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 18 },
  ];
  // planted: s2's Rp (12) typed 3,603,750 (digits swapped; the quarters add up to 3,063,750)
  const RP12_S2 = 3_603_750;
  // planted: s1's K (14) holds the Renja capaian 12 / 7 x 100 instead of 13 / 5 x 100
  const K14_S1 = round((k12(subs[0]) / subs[0].k7) * 100);
  const shownK14 = (x: Line) => (x.id === "s1" ? K14_S1 : k14(x));
  const lineRow = (x: Line, no: string): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: () => {
      const out: Record<string, Cell> = {
        no,
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
        rp12: x.id === "s2" ? RP12_S2 : rp12(x),
        k13: k13(x),
        rp13: rp13(x),
        k14: shownK14(x),
        rp14: rp14(x),
        pj: "Bidang Prasarana dan Sarana",
      };
      x.kq.forEach((v, j) => (out[`kq${j + 1}`] = v));
      x.rpq!.forEach((v, j) => (out[`rpq${j + 1}`] = v));
      return out;
    },
  });
  const avgK = round(subs.reduce((n, x) => n + shownK14(x), 0) / subs.length);
  const avgRp = round(subs.reduce((n, x) => n + rp14(x), 0) / subs.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "3", nm: "URUSAN PEMERINTAHAN BIDANG PERTANIAN" } },
      { id: "bid", bold: true, cells: { kode: "3.27", nm: "Bidang Urusan Pertanian" } },
      lineRow(prog, "1"),
      lineRow(keg, "1.1"),
      ...subs.map((x, i) => lineRow(x, `1.1.${i + 1}`)),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan brigade alsintan dan penyuluh di setiap kecamatan.",
    "Faktor penghambat: kemarau panjang Juli - Oktober 2024 menunda tanam MT II di lahan tadah hujan.",
    "Tindak lanjut: percepatan pompanisasi dan penyaluran benih sebelum MT Okmar 2024/2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Bulu Tanete, 20 Januari 2025",
    jabatan: ["KEPALA DINAS TANAMAN PANGAN DAN HORTIKULTURA", "KABUPATEN BULU TANETE,"],
    nama: "Ir. ANDI MUHAMMAD SYAHRIR, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710416 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qk = ["kq1", "kq2", "kq3", "kq4"].map((k) => (id: string) => a(k, id));
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"].map((k) => (id: string) => a(k, id));
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (12) of sub kegiatan 3.27.02.2.01.0002 is 3,603,750 (Rp 000); the four quarters add up to 3,063,750 (digits swapped). Column 13 = 6 + 12 uses the right 3,063,750",
    truth: qr.map((f) => f("s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Renstra K (14) of sub kegiatan 3.27.02.2.01.0001 holds the Renja capaian 12 / 7 x 100 = 103.83; 13 / 5 x 100 = 21,630 / 30,000 gives 72.10",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  // levels: the year's K is the Triwulan IV value, the s.d. K the latest level
  for (const id of ["prog", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: qk[3](id),
      trap: qk.map((f) => f(id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((f) => f(id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("rp12", id), rules: ["sum-mismatch"], truth: qr.map((f) => f(id)).join("+") });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", "rpq1", "rpq2", "rpq3", "rpq4"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "avg")})`,
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
