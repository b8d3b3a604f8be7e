// An E.81-like Renja evaluation (Permendagri 86/2017) of the Dinas Energi dan Sumber Daya Mineral of
// Provinsi Kalimantan Utara for 2024 (n-1), program 3.29.04 (energi baru terbarukan): "Kinerja |
// Keuangan" pairs under each numbered column, "(dalam ribuan rupiah)"; the PJU-TS and the solar home
// packages are flows (quarters add up), the PLTS rate and the rasio elektrifikasi are levels (the
// year is the Triwulan IV level, the "s.d." value the latest level). Every number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
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
};

export function e81EsdmKaltara(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dinas-esdm-kaltara-2024.xlsx",
    "E.81-like evaluation of the Renja of a Dinas ESDM (2024)",
    "E.81 Renja 2024 of the Dinas ESDM Provinsi Kalimantan Utara, program 3.29.04: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. Renja 2023 | (7) Target Renja 2024 | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each 'Kinerja | Keuangan'; number row merged over the pairs; Rp in thousands; Rata-rata capaian and Predikat rows; Unit PD",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN UTARA",
    "DINAS ENERGI DAN SUMBER DAYA MINERAL",
    "Jl. Padat Karya Km. 6 No. 18, Tanjung Selor Hilir",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS ENERGI DAN SUMBER DAYA MINERAL",
    "Periode Pelaksanaan: Triwulan I s.d. IV Tahun 2024 (Renstra 2022-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "3.29.04.2.01.0001",
      nm: "Pembangunan Penerangan Jalan Umum Tenaga Surya (PJU-TS)",
      ind: "Jumlah unit PJU-TS yang terpasang",
      sat: "unit",
      level: false,
      k5: 1_500,
      k6: 820,
      k7: 240,
      kq: [0, 60, 110, 70],
      rp: { r5: 37_500_000, r6: 20_480_000, r7: 6_120_000, q: [312_400, 1_845_600, 2_410_300, 1_387_900] },
    },
    {
      id: "s2",
      kode: "3.29.04.2.01.0002",
      nm: "Penyediaan Listrik Tenaga Surya bagi Rumah Tangga Tidak Mampu",
      ind: "Jumlah rumah tangga penerima paket listrik tenaga surya",
      sat: "KK",
      level: false,
      k5: 4_000,
      k6: 2_150,
      k7: 600,
      kq: [0, 150, 270, 160],
      rp: { r5: 18_000_000, r6: 9_840_000, r7: 2_760_000, q: [96_500, 702_350, 1_184_200, 691_450] },
    },
    {
      id: "s3",
      kode: "3.29.04.2.01.0003",
      nm: "Pengawasan dan Pemeliharaan PLTS Terpusat",
      ind: "Persentase PLTS terpusat yang beroperasi baik",
      sat: "%",
      level: true,
      k5: 90,
      k6: 78.5,
      k7: 82,
      kq: [74, 76.5, 79.2, 83.6],
      rp: { r5: 6_250_000, r6: 3_410_000, r7: 1_240_000, q: [184_300, 296_750, 352_180, 379_620] },
    },
  ];
  const keg: Line = {
    id: "keg",
    kode: "3.29.04.2.01",
    nm: "Pembinaan dan Pengembangan Energi Baru Terbarukan",
    ind: "Jumlah desa yang terlayani energi baru terbarukan",
    sat: "desa",
    level: false,
    k5: 120,
    k6: 64,
    k7: 18,
    kq: [0, 4, 8, 5],
  };
  const prog: Line = {
    id: "prog",
    kode: "3.29.04",
    nm: "PROGRAM PENGELOLAAN ENERGI BARU TERBARUKAN",
    ind: "Rasio elektrifikasi",
    sat: "%",
    level: true,
    k5: 99.5,
    k6: 96.82,
    k7: 97.6,
    kq: [96.9, 97.1, 97.35, 97.72],
  };
  const KI = "Kinerja";
  const KU = "Keuangan";
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, KI], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [head, KU], role: rr, year, num, fmt: INT, width: 13 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    { key: "nm", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair(
      "5",
      "Target Renstra Perangkat Daerah pada Akhir Periode Renstra (2026)",
      "5",
      "target",
      "anggaran",
    ),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi",
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
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)",
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
      2024,
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const kq = ["kq1", "kq2", "kq3", "kq4"];
  const rq = ["rq1", "rq2", "rq3", "rq4"];
  const rpKeys = ["r5", "r6", "r7", ...rq, "r12", "r13"];
  const kin = (x: Line, c: Ctx, out: Record<string, Cell>) => {
    Object.assign(out, { kode: x.kode, nm: x.nm, ind: x.ind, sat: x.sat, k5: x.k5, k6: x.k6, k7: x.k7 });
    kq.forEach((k, j) => (out[k] = x.kq[j]));
    out.k12 = x.level ? fx(c.a("kq4")) : fx(kq.map((k) => c.a(k)).join("+"));
    out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
    const f14 = `ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`;
    // planted: s1's (14) Kinerja keeps the result from before Triwulan IV was entered: (820 + 170) / 1500
    out.k14 = x.id === "s1" ? fx(f14, round(((x.k6 + 170) / x.k5) * 100)) : fx(f14);
    out.r14 = fx(`ROUND(${c.a("r13")}/${c.a("r5")}*100,2)`);
  };
  const subRow = (x: Line, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { no: `${i + 1}`, unit: "Bidang Energi Baru Terbarukan" };
      kin(x, c, out);
      out.r5 = x.rp!.r5;
      out.r6 = x.rp!.r6;
      out.r7 = x.rp!.r7;
      rq.forEach((k, j) => (out[k] = x.rp!.q[j]));
      // planted: s2's (12) Keuangan typed 2,764,500 among formulas; the quarters give 2,674,500
      out.r12 = x.id === "s2" ? 2_764_500 : fx(rq.map((k) => c.a(k)).join("+"));
      out.r13 = fx(`${c.a("r6")}+${c.a("r12")}`);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "I", unit: "Dinas ESDM" };
          kin(prog, c, out);
          for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "A", unit: "Bidang Energi Baru Terbarukan" };
          kin(keg, c, out);
          for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
          return out;
        },
      },
      ...subs.map(subRow),
      {
        id: "avg",
        span: ["no", "r13"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")}:${c.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${c.a("r14", "prog")}:${c.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "r13"],
        cells: (c: Ctx) => ({
          no: "Predikat kinerja",
          k14: fx(`PREDIKAT(${c.a("k14", "avg")})`),
          r14: fx(`PREDIKAT(${c.a("r14", "avg")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK Energi Perdesaan dan swadaya desa penerima.",
    "Faktor penghambat: akses ke desa di perbatasan dan pengiriman panel surya lewat sungai.",
    "Tindak lanjut: percepatan lelang pada Triwulan I Tahun 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tanjung Selor, 20 Januari 2025",
    jabatan: ["KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL", "PROVINSI KALIMANTAN UTARA,"],
    nama: "Ir. YOHANES LAWING BALAN, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720514 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi (12) Keuangan of sub kegiatan 3.29.04.2.01.0002 is a typed 2,764,500 among formulas; Triwulan I-IV give 96,500 + 702,350 + 1,184,200 + 691,450 = 2,674,500 (digits swapped)",
    truth: rq.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian (14) Kinerja of the PJU-TS is =ROUND(13/5*100,2) with a stale cached 66.00 (from before Triwulan IV); 1,060 / 1,500 gives 70.67",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  for (const x of [prog, keg, ...subs]) {
    const id = x.id;
    if (x.level) {
      b.ok({
        sheet: S,
        cell: a("k12", id),
        rules: ["sum-mismatch"],
        truth: a("kq4", id),
        trap: kq.map((k) => a(k, id)).join("+"),
      });
      b.ok({
        sheet: S,
        cell: a("k13", id),
        rules: ["sum-mismatch"],
        truth: a("k12", id),
        trap: `${a("k6", id)}+${a("k12", id)}`,
      });
    } else {
      b.ok({
        sheet: S,
        cell: a("k12", id),
        rules: ["sum-mismatch"],
        truth: kq.map((k) => a(k, id)).join("+"),
      });
      b.ok({
        sheet: S,
        cell: a("k13", id),
        rules: ["sum-mismatch"],
        truth: `${a("k6", id)}+${a("k12", id)}`,
      });
    }
    if (id !== "s1")
      b.ok({
        sheet: S,
        cell: a("k14", id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
      });
  }
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: rq.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const k of ["r5", "r6", "r7", ...rq])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "s1")}:${a(k, "s3")})` });
  return b.finish();
}
