// The E.81 evaluation of the Renja 2024 of the Dinas Perdagangan dan Metrologi of a Jawa Timur
// kabupaten (Sumberwangi, invented): ordinal headers "(n-2)" / "(n-1)" resolved from the title, the
// quarters under a three-row header, Rp "(dalam ribuan rupiah)", number row "12 = 8+9+10+11",
// "13 = 6 + 12", "14 = 13/5 x 100%". Flows add their quarters; the rates of the programs and of the
// metrologi kegiatan are levels (the year is the Triwulan IV value, "s.d." the latest level).
// Every name and number is invented.
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
  rp?: { r5: number; r6: number; r7: number; q: number[] };
  pj: string;
};

const Q = ["I", "II", "III", "IV"];
const qk = ["kq1", "kq2", "kq3", "kq4"];
const qr = ["rq1", "rq2", "rq3", "rq4"];

export function e81Disdagmet(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-disdagmet-sumberwangi-tw4-2024.xlsx",
    "E.81 evaluasi Renja (Dinas Perdagangan dan Metrologi)",
    "E.81 s.d. Triwulan IV 2024 of a Dinas Perdagangan dan Metrologi in Jawa Timur, Renstra 2021-2026: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV > K | Rp | (12) | (13) | (14), each K | Rp; Rp in thousands; number row with formulas merged over the pairs; Rata-rata and Predikat rows for K and Rp; unit penanggung jawab",
  );
  const S = "E.81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUMBERWANGI",
    "DINAS PERDAGANGAN DAN METROLOGI",
    "Jl. Raya Kalibendo No. 41 Sumberwangi, Jawa Timur",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PERDAGANGAN DAN METROLOGI KABUPATEN SUMBERWANGI",
    "RENJA PERANGKAT DAERAH s.d. TRIWULAN IV TAHUN 2024",
    "Periode pelaksanaan Renstra PD: 2021-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "p1",
      kode: "3.30.04",
      nm: "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING",
      ind: "Persentase ketersediaan barang kebutuhan pokok di pasar rakyat",
      sat: "%",
      level: true,
      k5: 95,
      k6: 88.6,
      k7: 91,
      kq: [86.2, 89.4, 90.15, 92.3],
      pj: "Dinas Perdagangan dan Metrologi",
    },
    {
      id: "g1",
      kode: "3.30.04.2.01",
      nm: "Penjaminan Ketersediaan Barang Kebutuhan Pokok dan Barang Penting di Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah laporan ketersediaan dan harga barang kebutuhan pokok",
      sat: "laporan",
      level: false,
      k5: 60,
      k6: 36,
      k7: 12,
      kq: [3, 3, 3, 3],
      pj: "Bidang Perdagangan",
    },
    {
      id: "s4",
      kode: "3.30.04.2.01.0001",
      nm: "Pengendalian Harga, Informasi Ketersediaan Stok Barang Kebutuhan Pokok dan Barang Penting di Tingkat Pasar Kabupaten/Kota",
      ind: "Jumlah hari pemantauan harga bapok di pasar rakyat",
      sat: "hari",
      level: false,
      k5: 1250,
      k6: 742,
      k7: 250,
      kq: [62, 63, 61, 64],
      rp: { r5: 1_640_000, r6: 968_250, r7: 335_000, q: [71_400, 84_650, 88_200, 86_750] },
      pj: "Bidang Perdagangan",
    },
    {
      id: "p2",
      kode: "3.30.06",
      nm: "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN",
      ind: "Persentase pengaduan konsumen yang ditindaklanjuti",
      sat: "%",
      level: true,
      k5: 100,
      k6: 92.5,
      k7: 95,
      kq: [88.9, 91.3, 93.75, 96.15],
      pj: "Dinas Perdagangan dan Metrologi",
    },
    {
      id: "g2",
      kode: "3.30.06.2.01",
      nm: "Pelaksanaan Metrologi Legal, berupa Tera, Tera Ulang dan Pengawasan",
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      level: true,
      k5: 85,
      k6: 76.8,
      k7: 80,
      kq: [61.2, 68.45, 74.9, 80.35],
      pj: "UPT Metrologi Legal",
    },
    {
      id: "s1",
      kode: "3.30.06.2.01.0001",
      nm: "Pelayanan Tera/Tera Ulang Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP)",
      ind: "Jumlah UTTP yang ditera/ditera ulang",
      sat: "unit",
      level: false,
      k5: 62_500,
      k6: 36_840,
      k7: 13_000,
      kq: [2840, 3915, 3460, 3105],
      rp: { r5: 4_125_000, r6: 2_398_450, r7: 865_000, q: [142_350, 238_720, 251_180, 219_600] },
      pj: "UPT Metrologi Legal",
    },
    {
      id: "s2",
      kode: "3.30.06.2.01.0002",
      nm: "Pengawasan Metrologi Legal atas UTTP, Barang Dalam Keadaan Terbungkus (BDKT) dan Satuan Ukuran",
      ind: "Jumlah pengawasan UTTP dan BDKT di pasar, SPBU dan pertokoan",
      sat: "kali",
      level: false,
      k5: 240,
      k6: 138,
      k7: 48,
      kq: [9, 14, 13, 12],
      rp: { r5: 1_180_000, r6: 672_300, r7: 246_500, q: [38_400, 71_250, 68_900, 62_150] },
      pj: "UPT Metrologi Legal",
    },
    {
      id: "s3",
      kode: "3.30.06.2.01.0003",
      nm: "Pembinaan dan Verifikasi Pasar Tertib Ukur",
      ind: "Jumlah pasar tertib ukur yang dibina",
      sat: "pasar",
      level: false,
      k5: 15,
      k6: 8,
      k7: 3,
      kq: [0, 1, 1, 1],
      rp: { r5: 620_000, r6: 341_800, r7: 128_000, q: [12_300, 34_900, 41_250, 36_800] },
      pj: "UPT Metrologi Legal",
    },
  ];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
    pct = false,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, fmt: pct ? DEC : undefined, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: pct ? DEC : RP, width: 13 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], "5", "target", "anggaran"),
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
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun n-1 (%)"],
      "14 = 13/5 x 100%",
      "capaian",
      "capaian",
      undefined,
      true,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 20 },
  ];
  const kids: Record<string, string[]> = { g1: ["s4"], g2: ["s1", "s2", "s3"], p1: ["g1"], p2: ["g2"] };
  const rpKeys = ["r5", "r6", "r7", ...qr, "r12", "r13"];
  const lineRow = (x: Line, i: number): Row => ({
    id: x.id,
    bold: x.id.startsWith("p"),
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: x.id.startsWith("s") ? `${i}` : undefined,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: x.pj,
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      if (x.rp) {
        out.r5 = x.rp.r5;
        out.r6 = x.rp.r6;
        out.r7 = x.rp.r7;
        qr.forEach((k, j) => (out[k] = x.rp!.q[j]));
        // planted: s2's Rp (12) typed 204,700 (4 and 0 swapped) among the sums of the quarters
        out.r12 = x.id === "s2" ? 204_700 : fx(qr.map((k) => c.a(k)).join("+"));
      } else {
        const ks = kids[x.id];
        for (const k of rpKeys)
          out[k] =
            ks.length === 1 ? fx(c.a(k, ks[0])) : fx(`SUM(${c.a(k, ks[0])}:${c.a(k, ks[ks.length - 1])})`);
      }
      if (x.rp) out.r13 = fx(`${c.a("r6")}+${c.a("r12")}`);
      // a level: the year's K is the Triwulan IV value, the s.d. K the latest level
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: s3's column 14 K is the Renja capaian 12 / 7, not 13 / 5
      out.k14 =
        x.id === "s3"
          ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`)
          : fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.r14 = fx(`ROUND(${c.a("r13")}/${c.a("r5")}*100,2)`);
      return out;
    },
  });
  // the footer: what the sheet computes (s3's K and s2's Rp as written)
  const subs = ["s4", "s1", "s2", "s3"].map((id) => lines.find((x) => x.id === id)!);
  const k14 = (x: Line) =>
    x.id === "s3"
      ? round((x.kq.reduce((n, v) => n + v, 0) / x.k7) * 100)
      : round(((x.k6 + x.kq.reduce((n, v) => n + v, 0)) / x.k5) * 100);
  const r14 = (x: Line) =>
    round(((x.rp!.r6 + (x.id === "s2" ? 204_700 : x.rp!.q.reduce((n, v) => n + v, 0))) / x.rp!.r5) * 100);
  const avgK = round(subs.reduce((n, x) => n + k14(x), 0) / subs.length);
  const avgR = round(subs.reduce((n, x) => n + r14(x), 0) / subs.length);
  let n = 0;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "3", nm: "URUSAN PEMERINTAHAN PILIHAN" } },
      { id: "bid", bold: true, cells: { kode: "3.30", nm: "URUSAN PEMERINTAHAN BIDANG PERDAGANGAN" } },
      ...lines.map((x) => lineRow(x, x.id.startsWith("s") ? ++n : 0)),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s4")},${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${c.a("r14", "s4")},${c.a("r14", "s1")}:${c.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: sidang tera ulang keliling di 18 pasar desa bersama Pemerintah Desa.",
    "Faktor penghambat: standar ukuran kerja UPT Metrologi Legal yang harus dikalibrasi ulang pada triwulan I.",
    "Tindak lanjut: penjadwalan tera ulang SPBU dan pengisian LPG sejak Januari tahun berikutnya.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Sumberwangi, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERDAGANGAN DAN METROLOGI", "KABUPATEN SUMBERWANGI"],
    nama: "Dra. ENDANG SRI WAHYUNINGSIH, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720611 199803 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Column 12 Rp of sub kegiatan 3.30.06.2.01.0002 is a typed 204,700 among the quarter sums; Triwulan I-IV add up to 240,700 (two digits swapped)",
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of the pasar tertib ukur holds 12 / 7 x 100 = 100.00 (the Renja capaian); 13 / 5 x 100 = (8 + 3) / 15 x 100 = 73.33",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  // levels: the year is the Triwulan IV value, s.d. the latest level
  for (const id of ["p1", "p2", "g2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["g1", "s4", "s1", "s2", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["p1", "p2", "g1", "g2", "s4", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s4", "s1", "s3"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qr.map((k) => a(k, id)).join("+") });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const k of ["r5", "r6", "r7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "g2"),
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
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  for (const [child, parent] of [
    ["s1", "g2"],
    ["s3", "g2"],
    ["s4", "g1"],
    ["g2", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", child),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", child)})`,
      actual: a("kode", parent),
    });
  return b.finish();
}
