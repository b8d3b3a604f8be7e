// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Kependudukan dan
// Pencatatan Sipil: aktivasi IKD, akta kematian and the PKS with lembaga pengguna. All invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  predikat,
  letterhead,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the Disdukcapil Kabupaten Rantau Sialang (Jambi), s.d. Triwulan IV 2024, calendar years. */
export function e81Dukcapil(): BookW {
  const b = new BookW(
    "evaluasi-e81-disdukcapil-rantau-sialang.xlsx",
    "E.81 Evaluasi Renja (Disdukcapil)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the headers; Kinerja | Keuangan (Rp) pairs under a three-row header (Realisasi Kinerja pada Triwulan > I..IV); no No column; an extra Renja capaian column (12/7); two programs, level rows (% IKD, % akta kematian) beside flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN RANTAU SIALANG",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jl. Lintas Sumatera Km. 7 Sialang Hulu, Provinsi Jambi",
  ]);
  s.lines([
    "Tabel 2.1 Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Disdukcapil Kabupaten Rantau Sialang",
    "s.d. Triwulan IV Tahun 2024 (Renstra Perangkat Daerah 2021-2026)",
  ]);
  s.gap();
  const sub1a: E = {
    id: "s1a",
    kode: "2.12.02.2.01.0001",
    ur: "Pelayanan Aktivasi Identitas Kependudukan Digital",
    ind: "Jumlah penduduk yang mengaktivasi IKD",
    sat: "orang",
    level: false,
    k5: 60_000,
    k6: 14_820,
    k7: 22_000,
    q: [3_410, 5_120, 6_085, 7_240],
    r5: 1_850_000_000,
    r6: 742_300_000,
    r7: 412_500_000,
    rq: [61_250_000, 98_400_000, 112_730_000, 131_960_000],
  };
  const sub1b: E = {
    id: "s1b",
    kode: "2.12.02.2.01.0004",
    ur: "Pelayanan Jemput Bola Perekaman KTP-el dan Aktivasi IKD",
    ind: "Jumlah kegiatan layanan jemput bola",
    sat: "kegiatan",
    level: false,
    k5: 240,
    k6: 108,
    k7: 48,
    q: [9, 12, 14, 13],
    r5: 1_120_000_000,
    r6: 486_900_000,
    r7: 236_000_000,
    rq: [38_500_000, 61_200_000, 68_750_000, 64_100_000],
  };
  const add = (xs: E[], k: "r5" | "r6" | "r7") => sum(xs.map((x) => x[k]));
  const addq = (xs: E[]) => [0, 1, 2, 3].map((i) => sum(xs.map((x) => x.rq[i])));
  const money = (xs: E[]) => ({ r5: add(xs, "r5"), r6: add(xs, "r6"), r7: add(xs, "r7"), rq: addq(xs) });
  const keg1: E = {
    id: "keg1",
    kode: "2.12.02.2.01",
    ur: "Pelayanan Pendaftaran Penduduk",
    ind: "Jumlah KTP-el yang dicetak",
    sat: "keping",
    level: false,
    k5: 92_000,
    k6: 51_360,
    k7: 19_500,
    q: [4_120, 4_875, 5_230, 5_010],
    ...money([sub1a, sub1b]),
  };
  const prog1: E = {
    ...keg1,
    id: "prog1",
    kode: "2.12.02",
    ur: "PROGRAM PENDAFTARAN PENDUDUK",
    ind: "Persentase penduduk wajib KTP-el yang telah aktivasi IKD",
    sat: "%",
    level: true,
    k5: 30,
    k6: 8.4,
    k7: 18,
    q: [10.2, 12.9, 15.6, 19.3],
  };
  const sub2: E = {
    id: "s2",
    kode: "2.12.03.2.01.0002",
    ur: "Penerbitan Akta Kematian melalui Layanan Terintegrasi Desa dan Rumah Sakit",
    ind: "Jumlah laporan kematian yang ditindaklanjuti dengan akta",
    sat: "berkas",
    level: false,
    k5: 9_800,
    k6: 5_390,
    k7: 2_150,
    q: [480, 515, 556, 620],
    r5: 1_460_000_000,
    r6: 812_450_000,
    r7: 318_000_000,
    rq: [52_300_000, 71_480_000, 84_900_000, 98_640_000],
  };
  const keg2: E = {
    ...sub2,
    id: "keg2",
    kode: "2.12.03.2.01",
    ur: "Pelayanan Pencatatan Sipil",
    ind: "Jumlah akta kematian yang diterbitkan",
    sat: "lembar",
    k5: 9_600,
    k6: 5_210,
    k7: 2_100,
    q: [468, 502, 547, 611],
  };
  const prog2: E = {
    ...keg2,
    id: "prog2",
    kode: "2.12.03",
    ur: "PROGRAM PENCATATAN SIPIL",
    ind: "Persentase kematian yang diterbitkan akta kematian",
    sat: "%",
    level: true,
    k5: 85,
    k6: 61.7,
    k7: 70,
    q: [63.4, 66.1, 69.8, 72.5],
  };
  const rows = [prog1, keg1, sub1a, sub1b, prog2, keg2, sub2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    ...pair("5", ["Target Renstra PD Tahun 2026"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("cr", ["Tingkat Capaian Renja Tahun 2024 (%)"], "12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: sub kegiatan .0001's column 12 K typed 21,585; its quarters add up to 21,855
  const K12S1A = 21_585;
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.kode.length === 7,
    cells: {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: e.id === "s1a" ? K12S1A : k12(e),
      r12: r12(e),
      kcr: round((k12(e) / e.k7) * 100),
      rcr: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: e.kode.startsWith("2.12.02")
        ? "Bidang Pelayanan Pendaftaran Penduduk"
        : "Bidang Pelayanan Pencatatan Sipil",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const rightK = predikat(avgK);
  // planted: the K predikat one band too high
  const wrongK = rightK === "Tinggi" ? "Sangat Tinggi" : rightK === "Sedang" ? "Tinggi" : "Sedang";
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog1")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog1")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: {
          kode: "Predikat Kinerja",
          k14: wrongK,
          r14: predikat(round(sum(rows.map(r14)) / rows.length)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: ketersediaan blangko KTP-el dan kerja sama pelaporan kematian dengan desa dan rumah sakit.",
    "Faktor penghambat: banyak penduduk belum memiliki ponsel pintar untuk aktivasi IKD.",
    "Tindak lanjut: aktivasi IKD dibantu petugas di setiap kecamatan.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Sialang Hulu, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN", "DAN PENCATATAN SIPIL"],
    nama: "Drs. ZULKARNAIN HASIBUDDIN, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720418 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1a") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 2.12.02.2.01.0001 (jumlah penduduk aktivasi IKD, a flow) is 21,585; the four quarters add up to 21,855",
    truth: q("k", "s1a"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat kinerja '${wrongK}' for a rata-rata capaian kinerja of ${avgK.toFixed(2)}; the Permendagri band gives '${rightK}'`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["prog1", "prog2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg1", "s1b", "keg2", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog1", "keg1", "s1a", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  }
  for (const id of ["prog1", "keg1", "s1b", "prog2", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg1", "s1a", "keg2"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  for (const id of ["prog2", "s1b"])
    b.ok({
      sheet: S,
      cell: a("kcr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg1"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1a")}+${a("r7", "s1b")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Disdukcapil Kota Batu Laras (Nusa Tenggara Barat), Renstra 2025-2029, Rp in thousands. */
export function tc27Dukcapil(): BookW {
  const b = new BookW(
    "renstra-tc27-disdukcapil-batu-laras.xlsx",
    "T-C.27 Rencana program dan pendanaan (Disdukcapil)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; group headers written once (unmerged); Tahun ke-1..ke-5 over Target | Rp; typed program and kegiatan totals; a second indicator without a code (no Rp); PKS pemanfaatan data flows beside % levels",
  );
  const S = "T-C.27 Dukcapil";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU LARAS", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "Tabel 5.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const s1: P = {
    id: "s1",
    kode: "2.12.04.2.01.0001",
    ur: "Pengumpulan, Konsolidasi dan Pembersihan Data Kependudukan",
    ind: "Jumlah laporan konsolidasi dan pembersihan data kependudukan",
    sat: "laporan",
    level: false,
    awal: 2,
    k: [2, 2, 2, 2, 2],
    rp: [245_600, 258_000, 270_900, 284_400, 298_600],
  };
  const s1x: P = {
    id: "s1x",
    kode: "",
    ur: "",
    ind: "Persentase data ganda NIK yang ditindaklanjuti",
    sat: "%",
    level: true,
    awal: 86,
    k: [90, 92, 94, 96, 98],
  };
  const s2: P = {
    id: "s2",
    kode: "2.12.04.2.01.0003",
    ur: "Pemeliharaan Jaringan Komunikasi Data dan Layanan IKD",
    ind: "Jumlah paket pemeliharaan jaringan komunikasi data",
    sat: "paket",
    level: false,
    awal: 3,
    k: [3, 3, 3, 3, 3],
    rp: [412_300, 398_000, 436_500, 451_200, 470_800],
  };
  const s3: P = {
    id: "s3",
    kode: "2.12.04.2.02.0001",
    ur: "Fasilitasi Perjanjian Kerja Sama Pemanfaatan Data dengan Lembaga Pengguna",
    ind: "Jumlah lembaga pengguna yang difasilitasi PKS",
    sat: "lembaga",
    level: false,
    awal: 5,
    k: [6, 5, 5, 4, 4],
    rp: [86_400, 90_700, 95_200, 100_000, 105_000],
  };
  const s4: P = {
    id: "s4",
    kode: "2.12.03.2.02.0002",
    ur: "Sosialisasi Pemanfaatan Data Kependudukan dan IKD kepada Lembaga Pengguna",
    ind: "Jumlah kegiatan sosialisasi pemanfaatan data",
    sat: "kegiatan",
    level: false,
    awal: 3,
    k: [4, 4, 4, 4, 4],
    rp: [64_500, 67_700, 71_100, 74_700, 78_400],
  };
  const tot = (xs: P[]) => [0, 1, 2, 3, 4].map((i) => sum(xs.map((x) => x.rp![i])));
  const g1: P = {
    id: "g1",
    kode: "2.12.04.2.01",
    ur: "Penyelenggaraan Pengelolaan Informasi Administrasi Kependudukan",
    ind: "Jumlah dokumen data agregat kependudukan yang diterbitkan",
    sat: "dokumen",
    level: false,
    awal: 2,
    k: [2, 2, 2, 2, 2],
    rp: tot([s1, s2]),
  };
  const g2: P = {
    id: "g2",
    kode: "2.12.04.2.02",
    ur: "Penyelenggaraan Kerja Sama Pemanfaatan Data Kependudukan",
    ind: "Jumlah PKS pemanfaatan data kependudukan yang ditandatangani",
    sat: "dokumen",
    level: false,
    awal: 5,
    k: [6, 5, 5, 4, 4],
    rp: tot([s3, s4]),
  };
  const p: P = {
    id: "p",
    kode: "2.12.04",
    ur: "PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN",
    ind: "Persentase lembaga pengguna yang memanfaatkan data kependudukan melalui PKS",
    sat: "%",
    level: true,
    awal: 62,
    k: [68, 74, 80, 86, 92],
    rp: tot([g1, g2]),
  };
  // planted: kegiatan 2.12.04.2.01's Tahun ke-3 Rp typed 770,400 (its sub kegiatan give 707,400)
  const G1R3 = 770_400;
  const rows = [p, g1, s1, s1x, s2, g2, s3, s4];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19" },
  ];
  // planted: the kondisi akhir of the data-ganda % is the Tahun ke-4 target 96 (Tahun ke-5: 98)
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((x) => {
      const rp = x.rp?.map((v, i) => (x.id === "g1" && i === 2 ? G1R3 : v));
      const out: Record<string, number | string> = {
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        akK: x.id === "s1x" ? x.k[3] : x.level ? x.k[4] : sum(x.k),
        pj: "Bidang PIAK dan Pemanfaatan Data",
        lok: "Kota Batu Laras",
      };
      if (x.kode) out.kode = x.kode;
      if (x.ur) out.ur = x.ur;
      years.forEach((y) => {
        out[`k${y}`] = x.k[y - 1];
        if (rp) out[`r${y}`] = rp[y - 1];
      });
      if (rp) out.akR = sum(rp);
      return { id: x.id, bold: x.kode.length > 0 && x.kode.length < 13, cells: out };
    }),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Batu Laras, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
    nama: "LALU MUHAMAD SAPTARUDIN, S.STP., M.AP.",
    nip: "19810322 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const yk = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g1") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 (2027) Rp of kegiatan 2.12.04.2.01 is a typed 770,400; its sub kegiatan add up to 270,900 + 436,500 = 707,400",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s1x") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Persentase data ganda NIK yang ditindaklanjuti' (a level) is 96, the Tahun ke-4 target; Tahun ke-5 is 98",
    truth: a("k5", "s1x"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Sosialisasi Pemanfaatan Data is coded 2.12.03.2.02.0002 (Pencatatan Sipil) under kegiatan 2.12.04.2.02",
    truth: `"2.12.04.2.02"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: yk("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yk("g2"),
    trap: a("k5", "g2"),
  });
  for (const id of ["g1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: yk(id) });
  for (const id of ["p", "s1", "s2", "g2", "s4"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
  for (const y of [1, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
    });
  }
  for (const y of [1, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "g1")}+${a(`r${y}`, "g2")}`,
    });
  for (const [id, parent] of [
    ["s1", "2.12.04.2.01"],
    ["s2", "2.12.04.2.01"],
    ["s3", "2.12.04.2.02"],
    ["g1", "2.12.04"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${parent}"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
