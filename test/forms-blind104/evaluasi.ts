// The E.81-like evaluation of the Renja 2024 of a Jawa Tengah-like provincial Badan Kesbangpol:
// K | Rp pairs for every numbered column, ordinal headers ("(n-2)", "tahun berjalan (n-1)") with the
// years only in the title, pendidikan politik and penanganan konflik sosial programs, flows that add
// their quarters and rates (levels) that take the Triwulan IV value, footer rata-rata and predikat.
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Q = [number, number, number, number];
type E = {
  id: string;
  no?: string;
  kode: string;
  uraian: string;
  ind: string;
  sat: string;
  level?: boolean;
  /** target akhir Renstra (K, Rp), realisasi s.d. 2023 (K, Rp), target Renja 2024 (K, Rp) */
  t5: [number, number];
  r6: [number, number];
  t7: [number, number];
  qk: Q;
  /** quarter Rp, or the ids of the rows whose Rp this row adds */
  qr: Q | string[];
  unit: string;
};

export function e81KesbangpolJateng(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-kesbangpol-jateng-tw4-2024.xlsx",
    "E.81 evaluasi hasil Renja (Kesbangpol)",
    "E.81-like evaluation s.d. Triwulan IV 2024 of a provincial Badan Kesbangpol in Jawa Tengah (Renstra 2024-2026): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (5) target akhir Renstra, (6) realisasi s.d. Renja tahun lalu (n-2), (7) Renja tahun berjalan (n-1), (8)-(11) Triwulan I-IV, (12), (13), (14) | (15) Unit PD; ordinal headers with the years in the title; number row merged over the pairs; program and kegiatan Rp as SUM formulas; level rows take Triwulan IV; Rata-rata and Predikat footer",
  );
  const S = "E81 TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI JAWA TENGAH", "BADAN KESATUAN BANGSA DAN POLITIK"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BADAN KESATUAN BANGSA DAN POLITIK PROVINSI JAWA TENGAH",
    "PERIODE PELAKSANAAN: s.d. TRIWULAN IV TAHUN 2024",
    "Indikator dan target kinerja Renstra: Renstra Badan Kesbangpol Provinsi Jawa Tengah 2024-2026",
  ]);
  s.gap();
  const R: E[] = [
    {
      id: "p1",
      no: "1",
      kode: "8.01.03",
      uraian:
        "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik dan Pengembangan Etika serta Budaya Politik",
      ind: "Persentase partai politik penerima bantuan keuangan yang menyampaikan LPJ tepat waktu",
      sat: "%",
      level: true,
      t5: [100, 0],
      r6: [83.33, 0],
      t7: [94, 0],
      qk: [0, 55.56, 88.89, 94.44],
      qr: ["k1"],
      unit: "Bidang Politik Dalam Negeri",
    },
    {
      id: "k1",
      kode: "8.01.03.2.01",
      uraian:
        "Perumusan Kebijakan Teknis dan Pelaksanaan Pemberian Pendidikan Politik, Etika Budaya Politik, Peningkatan Demokrasi",
      ind: "Jumlah peserta pendidikan politik",
      sat: "orang",
      t5: [7_500, 0],
      r6: [2_340, 0],
      t7: [2_600, 0],
      qk: [420, 780, 860, 610],
      qr: ["s1", "s2"],
      unit: "Bidang Politik Dalam Negeri",
    },
    {
      id: "s1",
      kode: "8.01.03.2.01.0001",
      uraian: "Penyelenggaraan Pendidikan Politik bagi Pemilih Pemula",
      ind: "Jumlah sekolah / kampus sasaran pendidikan politik",
      sat: "lembaga",
      t5: [180, 3_150_000_000],
      r6: [52, 968_400_000],
      t7: [64, 1_085_000_000],
      qk: [10, 21, 22, 13],
      qr: [148_250_000, 322_640_000, 356_910_000, 221_480_000],
      unit: "Bidang Politik Dalam Negeri",
    },
    {
      id: "s2",
      kode: "8.01.03.2.01.0004",
      uraian: "Fasilitasi Verifikasi dan Pertanggungjawaban Bantuan Keuangan Partai Politik",
      ind: "Jumlah dokumen hasil verifikasi bantuan keuangan partai politik",
      sat: "dokumen",
      t5: [54, 1_260_000_000],
      r6: [17, 386_750_000],
      t7: [18, 428_500_000],
      qk: [2, 6, 7, 3],
      qr: [41_300_000, 118_720_000, 157_430_000, 96_860_000],
      unit: "Bidang Politik Dalam Negeri",
    },
    {
      id: "p2",
      no: "2",
      kode: "8.01.06",
      uraian:
        "Program Peningkatan Kewaspadaan Nasional dan Peningkatan Kualitas dan Fasilitasi Penanganan Konflik Sosial",
      ind: "Persentase potensi konflik sosial yang tertangani",
      sat: "%",
      level: true,
      t5: [95, 0],
      r6: [86.5, 0],
      t7: [90, 0],
      qk: [78.57, 84.62, 88.24, 91.3],
      qr: ["k2"],
      unit: "Bidang Kewaspadaan Nasional dan Penanganan Konflik",
    },
    {
      id: "k2",
      kode: "8.01.06.2.02",
      uraian: "Pelaksanaan Kebijakan di Bidang Kewaspadaan Nasional dan Penanganan Konflik Sosial",
      ind: "Jumlah laporan deteksi dini potensi konflik sosial",
      sat: "laporan",
      t5: [144, 0],
      r6: [47, 0],
      t7: [48, 0],
      qk: [12, 12, 12, 12],
      qr: ["s3"],
      unit: "Bidang Kewaspadaan Nasional dan Penanganan Konflik",
    },
    {
      id: "s3",
      kode: "8.01.06.2.02.0002",
      uraian: "Penyelenggaraan Rapat Koordinasi Tim Terpadu Penanganan Konflik Sosial",
      ind: "Jumlah rapat koordinasi Tim Terpadu PKS provinsi dan kabupaten/kota",
      sat: "kali",
      t5: [36, 2_280_000_000],
      r6: [11, 702_300_000],
      t7: [12, 764_000_000],
      qk: [2, 4, 3, 3],
      qr: [96_420_000, 211_880_000, 187_350_000, 243_160_000],
      unit: "Bidang Kewaspadaan Nasional dan Penanganan Konflik",
    },
  ];
  // Rp of a program / kegiatan follows its children; compute the true values for the typed columns
  const byId = new Map(R.map((e) => [e.id, e]));
  const rp = (e: E, f: (x: E) => number): number =>
    Array.isArray(e.qr) && typeof e.qr[0] === "string"
      ? (e.qr as string[]).reduce((n, id) => n + rp(byId.get(id)!, f), 0)
      : f(e);
  for (const e of R) {
    e.t5[1] = rp(e, (x) => x.t5[1]);
    e.r6[1] = rp(e, (x) => x.r6[1]);
    e.t7[1] = rp(e, (x) => x.t7[1]);
  }
  const pair = (
    key: string,
    g: string,
    num: number,
    role: [Col["role"], Col["role"]],
    year?: number,
  ): Col[] => [
    { key: `${key}k`, head: [g, "K"], role: role[0], year, num, fmt: DEC, width: 8 },
    { key: `${key}r`, head: [g, "Rp"], role: role[1], year, num, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 4 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 17 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("c5", "Target Renstra PD pada Tahun Akhir Periode Renstra", 5, ["target", "anggaran"]),
    ...pair(
      "c6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)",
      6,
      ["realisasi", "realisasi-anggaran"],
      2023,
    ),
    ...pair(
      "c7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi",
      7,
      ["target", "anggaran"],
      2024,
    ),
    ...pair("q1", "Realisasi Kinerja Triwulan I", 8, ["realisasi", "realisasi-anggaran"], 2024),
    ...pair("q2", "Realisasi Kinerja Triwulan II", 9, ["realisasi", "realisasi-anggaran"], 2024),
    ...pair("q3", "Realisasi Kinerja Triwulan III", 10, ["realisasi", "realisasi-anggaran"], 2024),
    ...pair("q4", "Realisasi Kinerja Triwulan IV", 11, ["realisasi", "realisasi-anggaran"], 2024),
    ...pair(
      "c12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      12,
      ["realisasi", "realisasi-anggaran"],
      2024,
    ),
    ...pair(
      "c13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)",
      13,
      ["realisasi", "realisasi-anggaran"],
      2024,
    ),
    ...pair("c14", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)", 14, [
      "capaian",
      "capaian",
    ]),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 22 },
  ];
  const row = (e: E): Row => ({
    id: e.id,
    bold: !!e.no,
    cells: (x: Ctx) => {
      const kids = typeof e.qr[0] === "string" ? (e.qr as string[]) : null;
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        no: e.no ?? "",
        kode: e.kode,
        ur: e.uraian,
        ind: e.ind,
        sat: e.sat,
        c5k: e.t5[0],
        c6k: e.r6[0],
        c7k: e.t7[0],
        unit: e.unit,
      };
      const kidsSum = (k: string) => fx(kids!.map((id) => x.a(k, id)).join("+"));
      for (const [k, v] of [
        ["c5r", e.t5[1]],
        ["c6r", e.r6[1]],
        ["c7r", e.t7[1]],
      ] as const)
        c[k] = kids ? kidsSum(k) : v;
      ["q1", "q2", "q3", "q4"].forEach((q, i) => {
        c[`${q}k`] = e.qk[i];
        c[`${q}r`] = kids ? kidsSum(`${q}r`) : (e.qr as Q)[i];
      });
      c.c12k = e.level ? fx(x.a("q4k")) : fx(`SUM(${x.a("q1k")},${x.a("q2k")},${x.a("q3k")},${x.a("q4k")})`);
      c.c12r = kids ? kidsSum("c12r") : fx(`${x.a("q1r")}+${x.a("q2r")}+${x.a("q3r")}+${x.a("q4r")}`);
      c.c13k = e.level ? fx(x.a("c12k")) : fx(`${x.a("c6k")}+${x.a("c12k")}`);
      c.c13r = fx(`${x.a("c6r")}+${x.a("c12r")}`);
      c.c14k = fx(`ROUND(${x.a("c13k")}/${x.a("c5k")}*100,2)`);
      c.c14r = fx(`ROUND(${x.a("c13r")}/${x.a("c5r")}*100,2)`);
      // planted: sub kegiatan .0004's realisasi Rp 2024 typed 441,310,000 (the quarters give 414,310,000)
      if (e.id === "s2") c.c12r = 441_310_000;
      // planted: the rapat koordinasi's capaian K cached before the Triwulan IV entry (30.56 = 11/36)
      if (e.id === "s3") c.c14k = fx(`ROUND(${x.a("c13k")}/${x.a("c5k")}*100,2)`, 30.56);
      return c;
    },
  });
  const ids = R.map((e) => e.id);
  const first = ids[0];
  const last = ids[ids.length - 1];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...R.map(row),
      {
        id: "avg",
        bold: true,
        span: ["no", "c13r"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          c14k: fx(`ROUND(AVERAGE(${x.a("c14k", first)}:${x.a("c14k", last)}),2)`),
          c14r: fx(`ROUND(AVERAGE(${x.a("c14r", "p1")},${x.a("c14r", "p2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "c13r"],
        cells: () => ({ no: "Predikat kinerja", c14k: "Sedang", c14r: "Rendah" }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan KPU dan Bawaslu provinsi dalam pendidikan pemilih pemula tahun pemilu.",
    "Faktor penghambat: keterlambatan LPJ dua partai politik; mutasi personel Tim Terpadu kabupaten/kota.",
    "Tindak lanjut: pendampingan penyusunan LPJ sejak triwulan I; rakor Tim Terpadu dijadwalkan per triwulan.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Semarang, 17 Januari 2025",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "PROVINSI JAWA TENGAH,"],
    nama: "Dr. HARYANTO SURYO NEGORO, S.H., M.Si.",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19690214 199303 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c12r", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp 2024 (12) of sub kegiatan 8.01.03.2.01.0004 is a typed 441,310,000 among formulas; Triwulan I-IV add up to 414,310,000",
    truth: `${a("q1r", "s2")}+${a("q2r", "s2")}+${a("q3r", "s2")}+${a("q4r", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("c14k", "s3") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of the rapat koordinasi Tim Terpadu is =ROUND(13/5*100,2) with a stale cached 30.56 (11 / 36, before 2024 was entered); 23 / 36 gives 63.89",
    truth: `ROUND(${a("c13k", "s3")}/${a("c5k", "s3")}*100,2)`,
  });
  // level rows: (12) K is the Triwulan IV level and (13) K the latest level
  for (const id of ["p1", "p2"]) {
    b.ok({
      sheet: S,
      cell: a("c12k", id),
      rules: ["sum-mismatch"],
      truth: a("q4k", id),
      trap: `${a("q1k", id)}+${a("q2k", id)}+${a("q3k", id)}+${a("q4k", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c13k", id),
      rules: ["sum-mismatch"],
      truth: a("c12k", id),
      trap: `${a("c6k", id)}+${a("c12k", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14k", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("c13k", id)}/${a("c5k", id)}*100,2)`,
    });
  }
  // flows add their quarters and (6) + (12)
  for (const id of ["k1", "s1", "k2"]) {
    b.ok({
      sheet: S,
      cell: a("c12k", id),
      rules: ["sum-mismatch"],
      truth: `${a("q1k", id)}+${a("q2k", id)}+${a("q3k", id)}+${a("q4k", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c13k", id),
      rules: ["sum-mismatch"],
      truth: `${a("c6k", id)}+${a("c12k", id)}`,
    });
  }
  for (const id of ["s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("c12r", id),
      rules: ["sum-mismatch"],
      truth: `${a("q1r", id)}+${a("q2r", id)}+${a("q3r", id)}+${a("q4r", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c13r", id),
      rules: ["sum-mismatch"],
      truth: `${a("c6r", id)}+${a("c12r", id)}`,
    });
  }
  for (const k of ["c5r", "c7r", "q4r"])
    b.ok({ sheet: S, cell: a(k, "k1"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  for (const k of ["c12r", "c13r"])
    b.ok({ sheet: S, cell: a(k, "p2"), rules: ["sum-mismatch"], truth: a(k, "s3") });
  b.ok({
    sheet: S,
    cell: a("c14r", "p2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("c13r", "s3")}/${a("c5r", "s3")}*100,2)`,
  });
  return b.finish();
}
