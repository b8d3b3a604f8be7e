// An E.81-like evaluation of the Renja 2025 of the Dinas Perumahan dan Kawasan Permukiman of
// Provinsi Sumatera Selatan (Renstra 2024-2026), K | Rp pairs with quarters, rupiah in full.
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
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  no?: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  /** a level (rate): the year takes Triwulan IV, s.d. takes the latest level */
  level?: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  /** typed money (leaf rows); parents sum their children */
  rp?: { r5: number; r6: number; r7: number; q: number[] };
  kids?: string[];
  kf: string;
};

export function e81PerkimSumsel(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-2025-disperkim-sumsel.xlsx",
    "E.81 evaluasi hasil Renja (Disperkim)",
    "E.81 of a provincial Dinas Perkim in Sumatera Selatan, Renja 2025 s.d. Triwulan IV, Renstra 2024-2026: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs (5) .. (14) with 'Realisasi Kinerja pada Triwulan' > I .. IV over three header rows; number row merged over the pairs; levels take Triwulan IV, flows add; parents' Rp are formulas over their children; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA SELATAN",
    "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
    "Jl. Kolonel Barlian Lintas No. 112 Palembang",
  ]);
  s.lines([
    "Tabel E.81",
    "Evaluasi terhadap Hasil Renja Dinas Perumahan dan Kawasan Permukiman Provinsi Sumatera Selatan",
    "Renja Tahun 2025 (s.d. Triwulan IV) - Renstra Perangkat Daerah 2024-2026",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "p1",
      no: "1",
      kode: "1.04.02",
      nm: "Program Pengembangan Perumahan",
      ind: "Persentase rumah layak huni",
      sat: "%",
      level: true,
      k5: 88.5,
      k6: 84.1,
      k7: 85.6,
      kq: [84.3, 84.7, 85.2, 85.7],
      kids: ["k1"],
      kf: DEC,
    },
    {
      id: "k1",
      kode: "1.04.02.2.02",
      nm: "Penyediaan dan Rehabilitasi Rumah Tidak Layak Huni Program Provinsi",
      ind: "Jumlah rumah tidak layak huni yang direhabilitasi",
      sat: "unit",
      k5: 3000,
      k6: 950,
      k7: 1000,
      kq: [0, 180, 420, 360],
      kids: ["s1", "s2"],
      kf: "#,##0",
    },
    {
      id: "s1",
      kode: "1.04.02.2.02.0003",
      nm: "Rehabilitasi Rumah Tidak Layak Huni bagi Masyarakat Berpenghasilan Rendah",
      ind: "Jumlah unit RTLH yang direhabilitasi",
      sat: "unit",
      k5: 3000,
      k6: 950,
      k7: 1000,
      kq: [0, 180, 420, 360],
      rp: {
        r5: 45000000000,
        r6: 14250000000,
        r7: 15000000000,
        q: [450000000, 2700000000, 6300000000, 5340000000],
      },
      kf: "#,##0",
    },
    {
      id: "s2",
      kode: "1.04.02.2.02.0005",
      nm: "Pendataan dan Verifikasi Rumah Tidak Layak Huni",
      ind: "Jumlah dokumen basis data RTLH terverifikasi",
      sat: "dokumen",
      k5: 3,
      k6: 1,
      k7: 1,
      kq: [0, 0, 0, 1],
      // planted: the quarters add up to 475,500,000 against a pagu of 450,000,000
      rp: { r5: 1350000000, r6: 438200000, r7: 450000000, q: [62500000, 118000000, 140000000, 155000000] },
      kf: "0",
    },
    {
      id: "p2",
      no: "2",
      kode: "1.04.04",
      nm: "Program Perumahan dan Kawasan Permukiman Kumuh",
      ind: "Persentase kawasan permukiman kumuh yang tertangani",
      sat: "%",
      level: true,
      k5: 60,
      k6: 38.4,
      k7: 47.5,
      kq: [39.2, 41.0, 44.3, 48.1],
      kids: ["k2"],
      kf: DEC,
    },
    {
      id: "k2",
      kode: "1.04.04.2.01",
      nm: "Penataan Kawasan Permukiman Kumuh dengan Luas 10 (sepuluh) Ha sampai dengan di bawah 15 (lima belas) Ha",
      ind: "Luas kawasan kumuh yang ditata",
      sat: "Ha",
      k5: 36,
      k6: 11.5,
      k7: 12.5,
      kq: [0, 2.5, 4.0, 6.2],
      kids: ["s3"],
      kf: DEC,
    },
    {
      id: "s3",
      kode: "1.04.04.2.01.0001",
      nm: "Peningkatan Kualitas Kawasan Permukiman Kumuh Luas 10 - 15 Ha",
      ind: "Luas kawasan kumuh yang ditingkatkan kualitasnya",
      sat: "Ha",
      k5: 36,
      k6: 11.5,
      k7: 12.5,
      kq: [0, 2.5, 4.0, 6.2],
      rp: {
        r5: 27000000000,
        r6: 8640000000,
        r7: 9200000000,
        q: [125000000, 1840000000, 3220000000, 3780500000],
      },
      kf: DEC,
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
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
    ...pair(
      "5",
      ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"],
      "5",
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2024"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun 2025 yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2025,
    ),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, [TW, q], String(8 + i), "realisasi", "realisasi-anggaran", 2025),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2025"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2025,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2025"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2025,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2025 (%)"],
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const RPK = ["rp5", "rp6", "rp7", "rpq1", "rpq2", "rpq3", "rpq4"];
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: x.no ?? "",
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: { v: x.k5, fmt: x.kf },
        k6: { v: x.k6, fmt: x.kf },
        k7: { v: x.k7, fmt: x.kf },
        pj: x.kode.startsWith("1.04.04") ? "Bidang Kawasan Permukiman" : "Bidang Perumahan",
      };
      x.kq.forEach((v, i) => (out[`kq${i + 1}`] = { v, fmt: x.kf }));
      const kq = [1, 2, 3, 4].map((i) => c.a(`kq${i}`));
      out.k12 = x.level ? fx(kq[3]) : fx(kq.join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      if (x.rp) {
        out.rp5 = x.rp.r5;
        out.rp6 = x.rp.r6;
        out.rp7 = x.rp.r7;
        x.rp.q.forEach((v, i) => (out[`rpq${i + 1}`] = v));
      } else {
        for (const k of RPK) out[k] = fx(x.kids!.map((id) => c.a(k, id)).join("+"));
      }
      out.rp12 = fx([1, 2, 3, 4].map((i) => c.a(`rpq${i}`)).join("+"));
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      // planted: the Renja capaian 12 / 7 typed in column 14 K
      if (x.id === "s3") out.k14 = { v: round((x.kq.reduce((a, v) => a + v, 0) / x.k7) * 100), fmt: DEC };
      return out;
    },
  }));
  const k14s = rows.map((x) => {
    const k12 = x.level ? x.kq[3] : x.kq.reduce((a, v) => a + v, 0);
    const k13 = x.level ? k12 : x.k6 + k12;
    return x.id === "s3" ? round((k12 / x.k7) * 100) : round((k13 / x.k5) * 100);
  });
  const avgK = round(k14s.reduce((a, v) => a + v, 0) / k14s.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "p1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "p1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: () => ({ no: "Predikat Kinerja", k14: predikat(avgK), rp14: "Sedang" }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK Perumahan dan BSPS dari Kementerian PKP; data RTLH by name by address.",
    "Faktor penghambat: keterlambatan swadaya masyarakat dan cuaca pada Triwulan I.",
    "Tindak lanjut: percepatan pencairan tahap I pada Triwulan I Tahun 2026.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Palembang, 21 Januari 2026",
    jabatan: ["KEPALA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN", "PROVINSI SUMATERA SELATAN,"],
    nama: "Ir. HENDRA SYAHPUTRA WIJAYA, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19721104 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("rp12", "s2") },
        { sheet: S, cell: a("rp7", "s2") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Pendataan dan verifikasi RTLH: the four quarters add up to Rp 475,500,000 against a Renja 2025 pagu of Rp 450,000,000 (105.67 %)",
    truth: a("rp7", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: "column 14 K of sub kegiatan 1.04.04.2.01.0001 holds the Renja capaian 12.7 / 12.5 = 101.60; 13 / 5 = 24.2 / 36 gives 67.22",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  for (const id of ["p1", "p2"]) {
    const q = [1, 2, 3, 4].map((i) => a(`kq${i}`, id));
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: q[3],
      trap: q.join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["k1", "s1"]) {
    const q = [1, 2, 3, 4].map((i) => a(`kq${i}`, id));
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q.join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  b.ok({
    sheet: S,
    cell: a("rp12", "s1"),
    rules: ["sum-mismatch", "serapan-over-100"],
    truth: [1, 2, 3, 4].map((i) => a(`rpq${i}`, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp12", "s3"),
    rules: ["sum-mismatch", "serapan-over-100"],
    truth: [1, 2, 3, 4].map((i) => a(`rpq${i}`, "s3")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rp7", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp7", "s1")}+${a("rp7", "s2")}`,
  });
  b.ok({ sheet: S, cell: a("rp7", "p2"), rules: ["sum-mismatch"], truth: a("rp7", "s3") });
  b.ok({
    sheet: S,
    cell: a("rp14", "s3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s3")}/${a("rp5", "s3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  return b.finish();
}
