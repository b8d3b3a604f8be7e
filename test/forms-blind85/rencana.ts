// Program tables of two DPMPTSP: the E.81-like evaluation of the 2024 Renja of the Provinsi Sumatera
// Barat office (Kinerja | Keuangan pairs, Triwulan I-IV under a three-row header, levels take the
// Triwulan IV value) and the T-C.27 Renstra 2025-2029 programme table of the Kabupaten Lembah Kemabu
// (Papua Tengah) office in thousands of rupiah. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, type Col, type Row } from "../forms/kit";

const cap = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ============================================ DPMPTSP Provinsi Sumatera Barat, E.81 Renja 2024

type E = {
  id: string;
  kind: "p" | "k" | "s";
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level?: boolean;
  k6: number;
  k7: number;
  k8: number;
  kq: number[];
  rp6?: number;
  rp7?: number;
  rp8?: number;
  rq?: number[];
  /** Rp of these rows added */
  of?: string[];
};

export function e81DpmptspSumbar(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dpmptsp-sumbar-2024.xlsx",
    "E.81-like evaluasi hasil Renja PD 2024 (Kinerja | Keuangan)",
    "No | Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | pairs 'Kinerja' | 'Keuangan (Rp)' for (6) Target Renstra akhir 2026, (7) Realisasi s.d. 2023, (8) Target Renja 2024, 'Realisasi Kinerja dan Anggaran Renja 2024' > Triwulan I .. IV (three header rows), (13) Realisasi 2024, (14) s.d. 2024, (15) Tingkat Capaian (%); number row merged over the pairs; levels take Triwulan IV, flows add; Rata-rata and Predikat footer",
  );
  const S = "E81 DPMPTSP 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU PROVINSI SUMATERA BARAT"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI SUMATERA BARAT",
    "Renja DPMPTSP Tahun 2024 - Periode Pelaksanaan s.d. Triwulan IV",
    "Indikator dan Target Kinerja Renstra DPMPTSP Tahun 2021-2026",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "p1",
      kind: "p",
      kode: "2.18.04",
      ur: "Program Pelayanan Penanaman Modal",
      ind: "Indeks Kepuasan Masyarakat (IKM) pelayanan perizinan",
      sat: "nilai IKM",
      level: true,
      k6: 84,
      k7: 81.06,
      k8: 82.5,
      kq: [82.9, 83.4, 83.95, 84.31],
      of: ["k1"],
    },
    {
      id: "k1",
      kind: "k",
      kode: "2.18.04.2.01",
      ur: "Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu di Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Provinsi",
      ind: "Persentase izin yang diterbitkan sesuai SLA",
      sat: "%",
      level: true,
      k6: 97,
      k7: 92.15,
      k8: 95,
      kq: [93.1, 94.2, 94.8, 95.35],
      of: ["s1", "s2"],
    },
    {
      id: "s1",
      kind: "s",
      kode: "2.18.04.2.01.0001",
      ur: "Penyediaan Pelayanan Perizinan Berusaha melalui Sistem OSS RBA",
      ind: "Jumlah izin berusaha yang diterbitkan",
      sat: "izin",
      k6: 17800,
      k7: 10246,
      k8: 3400,
      kq: [742, 865, 913, 1004],
      rp6: 5120000000,
      rp7: 2934800000,
      rp8: 1065000000,
      rq: [198450000, 254300000, 271650000, 318900000],
    },
    {
      id: "s2",
      kind: "s",
      kode: "2.18.04.2.01.0002",
      ur: "Pengelolaan Pengaduan dan Konsultasi Layanan Perizinan",
      ind: "Jumlah pengaduan yang ditindaklanjuti",
      sat: "pengaduan",
      k6: 1150,
      k7: 612,
      k8: 240,
      kq: [48, 62, 57, 69],
      rp6: 3330000000,
      rp7: 1877850000,
      rp8: 677000000,
      rq: [121600000, 168250000, 172900000, 201380000],
    },
    {
      id: "p2",
      kind: "p",
      kode: "2.18.05",
      ur: "Program Pengendalian Pelaksanaan Penanaman Modal",
      ind: "Persentase perusahaan yang menyampaikan LKPM",
      sat: "%",
      level: true,
      k6: 75,
      k7: 52.9,
      k8: 70,
      kq: [38.4, 49.6, 55.8, 61.7],
      of: ["k2"],
    },
    {
      id: "k2",
      kind: "k",
      kode: "2.18.05.2.01",
      ur: "Pengendalian Pelaksanaan Penanaman Modal yang Menjadi Kewenangan Daerah Provinsi",
      ind: "Jumlah perusahaan yang dipantau dan dibina",
      sat: "perusahaan",
      k6: 1400,
      k7: 812,
      k8: 300,
      kq: [64, 81, 77, 92],
      of: ["s3", "s4"],
    },
    {
      id: "s3",
      kind: "s",
      kode: "2.18.05.2.01.0001",
      ur: "Pemantauan Pelaksanaan Penanaman Modal",
      ind: "Jumlah laporan LKPM yang diverifikasi",
      sat: "laporan",
      k6: 9600,
      k7: 5488,
      k8: 2100,
      kq: [486, 538, 571, 602],
      rp6: 2460000000,
      rp7: 1381400000,
      rp8: 512000000,
      rq: [96300000, 124750000, 131200000, 150980000],
    },
    {
      // planted: coded under kegiatan 2.18.04.2.02 (should be 2.18.05.2.01.0002)
      id: "s4",
      kind: "s",
      kode: "2.18.04.2.02.0002",
      ur: "Pembinaan Pelaksanaan Penanaman Modal",
      ind: "Jumlah pelaku usaha yang dibina",
      sat: "pelaku usaha",
      k6: 1250,
      k7: 706,
      k8: 260,
      kq: [52, 71, 66, 78],
      rp6: 1540000000,
      rp7: 861900000,
      rp8: 318000000,
      rq: [58400000, 79650000, 82100000, 91270000],
    },
  ];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rRole: Col["role"],
    year: number,
  ): Col[] => [
    { key: `${key}k`, head: [...head, "Kinerja"], role: kRole, year, num, fmt: "#,##0.##", width: 10 },
    { key: `${key}r`, head: [...head, "Keuangan (Rp)"], role: rRole, year, num, fmt: RP, width: 16 },
  ];
  const GQ = "Realisasi Kinerja dan Anggaran Renja Perangkat Daerah Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    {
      key: "ur",
      head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 10 },
    ...pair("c6", ["Target Renstra PD pada Akhir Periode (2026)"], "6", "target", "anggaran", 2026),
    ...pair(
      "c7",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023"],
      "7",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("c8", ["Target Kinerja dan Anggaran Renja PD Tahun 2024"], "8", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${i}`, [GQ, `Triwulan ${q}`], String(9 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "c13",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD Tahun 2024"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c14",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "14 = 7 + 13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c15",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "15 = 14 / 6 x 100",
      "capaian",
      "capaian",
      2024,
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 16, width: 18 },
  ];
  for (const c of cols) if (c.key.startsWith("c15")) c.fmt = DEC;
  const byId = new Map(rows.map((x) => [x.id, x]));
  // the true Rp (15) for the footer's predikat
  const rpOf = (id: string, f: (x: E) => number): number => {
    const x = byId.get(id)!;
    return x.of ? x.of.reduce((n, y) => n + rpOf(y, f), 0) : f(x);
  };
  const cap15rp = rows.map((x) => {
    const r13 = rpOf(x.id, (y) => y.rq!.reduce((n, v) => n + v, 0));
    return round(((rpOf(x.id, (y) => y.rp7!) + r13) / rpOf(x.id, (y) => y.rp6!)) * 100);
  });
  const avgRp = round(cap15rp.reduce((n, v) => n + v, 0) / cap15rp.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "u", bold: true, cells: { kode: "2.18", ur: "URUSAN PEMERINTAHAN BIDANG PENANAMAN MODAL" } },
      ...rows.map((x, i): Row => ({
        id: x.id,
        bold: x.kind === "p",
        cells: (c) => {
          const rp = (key: string, v: number | undefined) =>
            x.of ? fx(x.of.map((y) => c.a(key, y)).join("+")) : v;
          const qk = [0, 1, 2, 3].map((k) => c.a(`q${k}k`));
          return {
            no: i + 1,
            kode: x.kode,
            ur: x.ur,
            ind: x.ind,
            sat: x.sat,
            c6k: x.k6,
            c6r: rp("c6r", x.rp6),
            c7k: x.k7,
            c7r: rp("c7r", x.rp7),
            c8k: x.k8,
            c8r: rp("c8r", x.rp8),
            ...Object.fromEntries(
              [0, 1, 2, 3].flatMap((k) => [
                [`q${k}k`, x.kq[k]],
                [`q${k}r`, rp(`q${k}r`, x.rq?.[k])],
              ]),
            ),
            // levels take Triwulan IV (planted: the SLA rate adds its quarters)
            c13k: fx(x.level && x.id !== "k1" ? qk[3] : qk.join("+")),
            c13r: fx([0, 1, 2, 3].map((k) => c.a(`q${k}r`)).join("+")),
            c14k: fx(x.level ? c.a("c13k") : `${c.a("c7k")}+${c.a("c13k")}`),
            c14r: fx(`${c.a("c7r")}+${c.a("c13r")}`),
            c15k: fx(cap(c.a("c14k"), c.a("c6k"))),
            c15r: fx(cap(c.a("c14r"), c.a("c6r"))),
            unit:
              x.id.startsWith("p") || x.id === "k1" || x.id === "s1" || x.id === "s2"
                ? "Bidang Pelayanan Perizinan"
                : "Bidang Pengendalian PM",
          };
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          c15k: fx(`ROUND(AVERAGE(${c.a("c15k", "p1")}:${c.a("c15k", "s4")}),2)`),
          c15r: fx(`ROUND(AVERAGE(${c.a("c15r", "p1")}:${c.a("c15r", "s4")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", c15k: "Tinggi", c15r: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: integrasi OSS RBA dengan sistem perizinan daerah; pendampingan LKPM di kabupaten / kota.",
    "Faktor penghambat: kepatuhan pelaku usaha menyampaikan LKPM masih rendah; jaringan di Kepulauan Mentawai.",
    "Tindak lanjut: klinik LKPM triwulanan dan penegakan sanksi administratif sesuai PP 5/2021.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Padang, 10 Februari 2025",
    jabatan: ["KEPALA DINAS PENANAMAN MODAL DAN PTSP", "PROVINSI SUMATERA BARAT,"],
    nama: "Ir. HENDRI ZULKARNAINI DT. BAGINDO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720314 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pembinaan Pelaksanaan Penanaman Modal is coded 2.18.04.2.02.0002 under kegiatan 2.18.05.2.01 (its Rp is added into that kegiatan); 2.18.05.2.01.0002 is meant",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("c13k", "k1") },
    rules: ["sum-mismatch", "percent-out-of-range"],
    note: "Realisasi 2024 K (13) of the izin sesuai SLA (a rate in %) adds the four quarters, 377.45 %; the level is Triwulan IV's 95.35",
    truth: a("q3k", "k1"),
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", id === "s3" ? "k2" : "k1"),
      actual: `PARENT(${a("kode", id)})`,
    });
  for (const id of ["p1", "p2"]) {
    b.ok({
      sheet: S,
      cell: a("c13k", id),
      rules: ["sum-mismatch"],
      truth: a("q3k", id),
      trap: `${a("q0k", id)}+${a("q1k", id)}+${a("q2k", id)}+${a("q3k", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14k", id),
      rules: ["sum-mismatch"],
      truth: a("c13k", id),
      trap: `${a("c7k", id)}+${a("c13k", id)}`,
    });
  }
  for (const x of rows) {
    if (!x.level)
      b.ok({
        sheet: S,
        cell: a("c13k", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("q0k", x.id)}+${a("q1k", x.id)}+${a("q2k", x.id)}+${a("q3k", x.id)}`,
      });
    b.ok({
      sheet: S,
      cell: a("c15r", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: cap(a("c14r", x.id), a("c6r", x.id)),
    });
  }
  b.ok({
    sheet: S,
    cell: a("q3r", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("q3r", "s1")}+${a("q3r", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c8r", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("c8r", "s3")}+${a("c8r", "s4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c15r", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c15r", "avg")})`,
  });
  return b.finish();
}

// ============================ DPMPTSP Kabupaten Lembah Kemabu, T-C.27 Renstra 2025-2029 (ribuan rupiah)

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  ka: number;
  rp?: number[];
  of?: string[];
  unit: string;
  level?: boolean;
};

export function tc27Kemabu(): BookW {
  const b = new BookW(
    "renstra-tc27-program-pendanaan-dpmptsp-lembah-kemabu.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan indikatif (Renstra 2025-2029)",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; '(dalam ribuan rupiah)'; number row merged over the pairs; kegiatan / program Rp as formulas; JUMLAH of the two programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH KEMABU",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
  ]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan DPMPTSP Kabupaten Lembah Kemabu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const U1 = "Bidang Pelayanan Perizinan";
  const U2 = "Bidang Pengendalian dan Data";
  const rows: P[] = [
    {
      id: "p1",
      kode: "2.18.04",
      ur: "Program Pelayanan Penanaman Modal",
      ind: "Indeks Kepuasan Masyarakat (IKM)",
      sat: "nilai IKM",
      awal: 80.12,
      k: [81, 82, 83, 84, 85],
      ka: 85,
      of: ["k1"],
      unit: U1,
      level: true,
    },
    {
      id: "k1",
      kode: "2.18.04.2.01",
      ur: "Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu di Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota",
      ind: "Persentase izin terbit sesuai SLA",
      sat: "%",
      awal: 88.4,
      k: [90, 92, 94, 95, 96],
      ka: 96,
      of: ["s1", "s2"],
      unit: U1,
      level: true,
    },
    // planted: 2027 typed 3100 (one zero too many)
    {
      id: "s1",
      kode: "2.18.04.2.01.0001",
      ur: "Penyediaan Pelayanan Perizinan Berusaha melalui Sistem OSS RBA",
      ind: "Jumlah izin berusaha yang diterbitkan",
      sat: "izin",
      awal: 268,
      k: [280, 295, 3100, 325, 340],
      ka: 1550,
      rp: [612500, 648000, 685750, 721300, 760900],
      unit: U1,
    },
    {
      id: "s2",
      kode: "2.18.04.2.01.0002",
      ur: "Pengelolaan Pengaduan dan Konsultasi Layanan Perizinan",
      ind: "Jumlah pengaduan yang ditindaklanjuti",
      sat: "pengaduan",
      awal: 34,
      k: [40, 45, 50, 55, 60],
      ka: 250,
      rp: [184200, 196500, 207800, 219400, 231600],
      unit: U1,
    },
    {
      id: "p2",
      kode: "2.18.05",
      ur: "Program Pengendalian Pelaksanaan Penanaman Modal",
      ind: "Persentase perusahaan yang menyampaikan LKPM",
      sat: "%",
      awal: 48.5,
      k: [55, 60, 65, 70, 75],
      ka: 75,
      of: ["k2"],
      unit: U2,
      level: true,
    },
    {
      id: "k2",
      kode: "2.18.05.2.01",
      ur: "Pengendalian Pelaksanaan Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah perusahaan yang dipantau",
      sat: "perusahaan",
      awal: 96,
      k: [110, 120, 130, 140, 150],
      ka: 650,
      of: ["s3"],
      unit: U2,
    },
    {
      id: "s3",
      kode: "2.18.05.2.01.0001",
      ur: "Pemantauan Pelaksanaan Penanaman Modal",
      ind: "Jumlah laporan LKPM yang diverifikasi",
      sat: "laporan",
      awal: 210,
      k: [240, 260, 280, 300, 320],
      ka: 1400,
      rp: [298400, 315600, 332150, 349800, 368250],
      unit: U2,
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const GA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "indikator", num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    {
      key: "aw",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: "#,##0.##",
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `y${i}k`,
        head: [G, String(y), "Target"],
        role: "target",
        year: y,
        num: 6 + i,
        fmt: "#,##0.##",
        width: 9,
      },
      {
        key: `y${i}r`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: 6 + i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "kak",
      head: [GA, "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 11,
      fmt: "#,##0.##",
      width: 9,
    },
    { key: "kar", head: [GA, "Rp"], role: "kondisi-akhir", year: 2029, num: 11, fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 13, width: 14 },
  ];
  const yr = (c: { a(k: string, id?: string): string }, id?: string) =>
    [0, 1, 2, 3, 4].map((i) => c.a(`y${i}r`, id));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.id.startsWith("p"),
        cells: (c) => ({
          kode: x.kode,
          ur: x.ur,
          ind: x.ind,
          sat: x.sat,
          aw: x.awal,
          ...Object.fromEntries(
            [0, 1, 2, 3, 4].flatMap((i) => [
              [`y${i}k`, x.k[i]],
              [`y${i}r`, x.of ? fx(x.of.map((y) => c.a(`y${i}r`, y)).join("+")) : x.rp![i]],
            ]),
          ),
          kak: x.ka,
          // planted: the pengaduan's kondisi akhir Rp stops at 2028
          kar: fx(
            yr(c)
              .slice(0, x.id === "s2" ? 4 : 5)
              .join("+"),
          ),
          unit: x.unit,
          lok: "Kab. Lembah Kemabu",
        }),
      })),
      {
        id: "jm",
        bold: true,
        span: ["kode", "aw"],
        cells: (c) => ({
          kode: "JUMLAH",
          ...Object.fromEntries(
            [0, 1, 2, 3, 4].map((i) => [`y${i}r`, fx(`${c.a(`y${i}r`, "p1")}+${c.a(`y${i}r`, "p2")}`)]),
          ),
          kar: fx(`${c.a("kar", "p1")}+${c.a("kar", "p2")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase dan indeks adalah target tahun 2029; indikator jumlah adalah total lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Obano Jaya, 18 Desember 2024",
    jabatan: ["Kepala Dinas Penanaman Modal dan PTSP", "Kabupaten Lembah Kemabu,"],
    nama: "YOHANES PIGAI, S.E., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19780922 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const rsum = (id: string) => [0, 1, 2, 3, 4].map((i) => a(`y${i}r`, id)).join("+");
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("y2k", "s1") },
        { sheet: S, cell: a("kak", "s1") },
      ],
    },
    rules: ["target-outlier", "kondisi-akhir-mismatch"],
    note: "2027 target of the izin diterbitkan is 3,100 among 280 .. 340 (one zero too many); the kondisi akhir 1,550 (the five years added, as the note says) leaves 310 for 2027",
    truth: `${a("kak", "s1")}-(${a("y0k", "s1")}+${a("y1k", "s1")}+${a("y3k", "s1")}+${a("y4k", "s1")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kar", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of the pengaduan sub kegiatan adds 2025-2028 only (807,900); with 2029's 231,600 it is 1,039,500",
    truth: rsum("s2"),
  });
  for (const x of rows) {
    if (x.id !== "s2")
      b.ok({ sheet: S, cell: a("kar", x.id), rules: ["kondisi-akhir-mismatch"], truth: rsum(x.id) });
    if (x.level)
      b.ok({
        sheet: S,
        cell: a("kak", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: a("y4k", x.id),
        trap: `${a("y0k", x.id)}+${a("y1k", x.id)}+${a("y2k", x.id)}+${a("y3k", x.id)}+${a("y4k", x.id)}`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("kak", "s3"),
    rules: ["kondisi-akhir-mismatch", "target-outlier"],
    truth: `${a("y0k", "s3")}+${a("y1k", "s3")}+${a("y2k", "s3")}+${a("y3k", "s3")}+${a("y4k", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("y2r", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("y2r", "s1")}+${a("y2r", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("y0r", "jm"),
    rules: ["sum-mismatch"],
    truth: `${a("y0r", "p1")}+${a("y0r", "p2")}`,
    // the JUMLAH adds the programs only, not every row above
    trap: `SUM(${a("y0r", "p1")}:${a("y0r", "s3")})`,
  });
  return b.finish();
}
