// An E.81 evaluation of the Renja 2024 of a BPKAD in Papua Selatan (program 5.02.03 Pengelolaan Barang
// Milik Daerah), K | Rp per numbered column, Rp in thousands: the program's % is a level (its 2024
// value is the Triwulan IV level, its "s.d." value the latest level), the reports are flows. Invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level?: boolean;
  k5: number;
  rp5?: number;
  k6: number;
  rp6?: number;
  k7: number;
  rp7?: number;
  kq: number[];
  rpq?: number[];
};

export function e81BmdPapuaSelatan(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-bpkad-kimaam-raya.xlsx",
    "E.81 evaluasi hasil Renja BPKAD 2024",
    "E.81 of a BPKAD in Papua Selatan, Renja 2024, Renstra 2022-2026, (dalam ribuan rupiah): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja 2023 | (7) Target Renja 2024 | (8)-(11) Realisasi Triwulan I-IV | (12) Realisasi Renja 2024 | (13) Realisasi Renstra s.d. 2024 | (14) Tingkat Capaian (%), each K | Rp; number row merged over the pairs ('12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'); Rata-rata and Predikat rows; Unit PD penanggung jawab",
  );
  const S = "E.81 BPKAD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KIMAAM RAYA", "BADAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KIMAAM RAYA",
    "Renja BPKAD Tahun 2024 - Periode Renstra 2022-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Ln[] = [
    {
      id: "s1",
      kode: "5.02.03.2.01.0003",
      nm: "Penatausahaan Barang Milik Daerah",
      ind: "Jumlah dokumen penatausahaan BMD",
      sat: "Dokumen",
      k5: 60,
      rp5: 9_600_000,
      k6: 26,
      rp6: 5_112_400,
      k7: 12,
      rp7: 1_950_000,
      kq: [3, 3, 3, 3],
      rpq: [312_450, 486_900, 521_300, 598_750],
    },
    {
      id: "s2",
      kode: "5.02.03.2.01.0004",
      nm: "Inventarisasi Barang Milik Daerah",
      ind: "Jumlah laporan hasil inventarisasi BMD",
      sat: "Laporan",
      k5: 30,
      rp5: 7_200_000,
      k6: 12,
      rp6: 3_980_150,
      k7: 6,
      rp7: 1_450_000,
      kq: [1, 1, 2, 2],
      rpq: [186_200, 301_750, 398_400, 512_300],
    },
    {
      id: "s3",
      kode: "5.02.03.2.01.0009",
      nm: "Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah",
      ind: "Jumlah laporan rekonsiliasi BMD",
      sat: "Laporan",
      k5: 10,
      k6: 4,
      rp5: 6_100_000,
      rp6: 3_205_600,
      k7: 2,
      rp7: 1_550_000,
      kq: [0, 1, 0, 1],
      rpq: [241_800, 402_600, 355_100, 506_900],
    },
  ];
  const keg: Ln = {
    id: "k",
    kode: "5.02.03.2.01",
    nm: "Pengelolaan Barang Milik Daerah",
    ind: "Jumlah laporan BMD yang disusun tepat waktu",
    sat: "Laporan",
    k5: 24,
    k6: 10,
    k7: 5,
    kq: [1, 1, 1, 2],
  };
  const prog: Ln = {
    id: "p",
    kode: "5.02.03",
    nm: "PROGRAM PENGELOLAAN BARANG MILIK DAERAH",
    ind: "Persentase BMD yang tertib administrasi",
    sat: "%",
    level: true,
    k5: 90,
    k6: 76.2,
    k7: 82,
    kq: [74.1, 77.35, 79.8, 83.15],
  };
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, width: 8 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: INT, width: 13 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra (2026)"], "5", "target", "anggaran", 2026),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024)"],
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
      ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
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
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["q1", "q2", "q3", "q4"];
  const line = (l: Ln, no: number | string, rp: (x: Ctx, k: string) => Cell, bold = false): Row => ({
    id: l.id,
    bold,
    cells: (x: Ctx) => {
      const o: Record<string, Cell> = {
        no,
        kode: l.kode,
        nm: l.nm,
        ind: l.ind,
        sat: l.sat,
        k5: l.k5,
        k6: l.k6,
        k7: l.k7,
      };
      qk.forEach((q, i) => (o[`k${q}`] = l.kq[i]));
      for (const k of ["5", "6", "7", ...qk]) o[`rp${k}`] = rp(x, k);
      o.k12 = l.level ? fx(x.a("kq4")) : fx(qk.map((q) => x.a(`k${q}`)).join("+"));
      o.rp12 = fx(qk.map((q) => x.a(`rp${q}`)).join("+"));
      o.k13 = l.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`);
      // planted: sub kegiatan .0004 adds the Renja target (7) to (12) instead of (6)
      o.rp13 = l.id === "s2" ? fx(`${x.a("rp7")}+${x.a("rp12")}`) : fx(`${x.a("rp6")}+${x.a("rp12")}`);
      // planted: the capaian K of sub kegiatan .0009 typed 70.00
      o.k14 = l.id === "s3" ? 70 : fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`);
      o.rp14 = fx(`ROUND(${x.a("rp13")}/${x.a("rp5")}*100,2)`);
      o.pj = "Bidang Aset";
      return o;
    },
  });
  const sumSubs = (x: Ctx, k: string) => fx(subs.map((u) => x.a(`rp${k}`, u.id)).join("+"));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      line(prog, 1, (x, k) => fx(x.a(`rp${k}`, "k")), true),
      line(keg, "", (x, k) => sumSubs(x, k), true),
      ...subs.map((u) =>
        line(u, "", (_x, k) => {
          if (k === "5") return u.rp5!;
          if (k === "6") return u.rp6!;
          if (k === "7") return u.rp7!;
          return u.rpq![Number(k.slice(1)) - 1];
        }),
      ),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (x: Ctx) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "p")}:${x.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${x.a("rp14", "p")}:${x.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat Kinerja", k14: "Sedang", rp14: "Sedang" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pendampingan pengurus barang OPD oleh Bidang Aset dan aplikasi SIMDA BMD versi 2.0.",
    "Faktor penghambat: keterbatasan transportasi ke distrik kepulauan untuk inventarisasi fisik.",
    "Tindak lanjut: inventarisasi berbasis foto geotag oleh pengurus barang distrik.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Kimaam, 15 Januari 2025",
    jabatan: ["Kepala Badan Keuangan dan Aset Daerah,"],
    nama: "PETRUS B. KAIZE, S.E., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19780507 200312 1 010",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Realisasi Rp s.d. 2024 (13) of sub kegiatan 5.02.03.2.01.0004 is =(7)+(12) = 2,848,650, the Renja target instead of the realisasi s.d. 2023; (6) 3,980,150 + (12) 1,398,650 give 5,378,800",
    truth: `${a("rp6", "s2")}+${a("rp12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian K (14) of sub kegiatan 5.02.03.2.01.0009 is a typed 70.00 among ROUND formulas; (13) 6 / (5) 10 laporan gives 60.00",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // the program's % is a level: (12) K is the Triwulan IV value, (13) K the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "p"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "p"),
    trap: `SUM(${a("kq1", "p")},${a("kq2", "p")},${a("kq3", "p")},${a("kq4", "p")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "p"),
    rules: ["sum-mismatch"],
    truth: a("k12", "p"),
    trap: `${a("k6", "p")}+${a("k12", "p")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "p"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "p")}/${a("k5", "p")}*100,2)`,
  });
  for (const id of ["k", "s1", "s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: qk.map((q) => a(`k${q}`, id)).join("+"),
    });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qk.map((q) => a(`rp${q}`, id)).join("+"),
    });
  }
  for (const id of ["p", "k", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch", "inconsistent-formula"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  for (const k of ["5", "6", "7", "q4"])
    b.ok({
      sheet: S,
      cell: a(`rp${k}`, "k"),
      rules: ["sum-mismatch"],
      truth: subs.map((u) => a(`rp${k}`, u.id)).join("+"),
    });
  for (const k of ["k14", "rp14"])
    b.ok({ sheet: S, cell: a(k, "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a(k, "avg")})` });
  b.ok({
    sheet: S,
    cell: a("k14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  return b.finish();
}
