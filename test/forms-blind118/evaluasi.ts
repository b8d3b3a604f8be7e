// An E.81 (Evaluasi terhadap Hasil Renja Perangkat Daerah, Permendagri 86/2017) of the Dinas
// Kependudukan dan Pencatatan Sipil of an invented kabupaten in Kalimantan Tengah, s.d. Triwulan IV
// 2024 (n-1 = 2024, n-2 = 2023), with ordinal headers resolved from the title, three header rows
// (quarters grouped under one header) and the identities 12 = 8+9+10+11, 13 = 6 + 12, 14 = 13 / 5.
// Flows (KTP-el dicetak, akta diterbitkan) add their quarters; rates (perekaman, kepemilikan) are
// levels: the year is the Triwulan IV value, the "s.d." value the latest level. Numbers invented.
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
  kq: number[];
  rpq: number[];
};

type Head = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  level: boolean;
};

export function e81DukcapilMentaya(): BookW {
  const b = new BookW(
    "e81-disdukcapil-kab-mentaya-hulu-tw4-2024.xlsx",
    "E.81 evaluasi Renja (Disdukcapil)",
    "E.81 s.d. Triwulan IV 2024 of the Disdukcapil of Kabupaten Mentaya Hulu (Kalimantan Tengah), Renstra 2021-2026: No | Kode | Urusan/Bidang/Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir | (6) Realisasi s.d. Renja (n-2) | (7) Target Renja (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV | (12) | (13) | (14), each K | Rp; three header rows; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; two programs; Rata-rata and Predikat rows",
  );
  const S = "E81 Disdukcapil";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MENTAYA HULU",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jl. Tjilik Riwut Km. 2 Kuala Sanaman, Kalimantan Tengah",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN MENTAYA HULU",
    "RENJA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL s.d. TRIWULAN IV TAHUN 2024",
    "Periode pelaksanaan Renstra PD: 2021-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "2.12.02.2.01.0001",
      nm: "Penyelenggaraan Pendaftaran Penduduk",
      ind: "Jumlah keping KTP-el yang dicetak",
      sat: "keping",
      level: false,
      k5: 62_000,
      rp5: 3_840_000_000,
      k6: 41_230,
      rp6: 2_512_600_000,
      k7: 12_500,
      rp7: 812_400_000,
      kq: [2_415, 3_380, 3_107, 3_286],
      rpq: [128_350_000, 221_700_000, 205_480_000, 219_915_000],
    },
    {
      id: "s2",
      kode: "2.12.02.2.01.0003",
      nm: "Pelayanan Pendaftaran Penduduk di Luar Kantor (Jemput Bola)",
      ind: "Persentase penduduk wajib KTP-el yang telah melakukan perekaman",
      sat: "%",
      level: true,
      k5: 99,
      rp5: 1_275_000_000,
      k6: 96.1,
      rp6: 842_150_000,
      k7: 97.5,
      rp7: 268_900_000,
      kq: [96.44, 96.87, 97.31, 97.86],
      rpq: [31_200_000, 74_650_000, 88_420_000, 70_980_000],
    },
    {
      id: "s3",
      kode: "2.12.03.2.01.0001",
      nm: "Penyelenggaraan Pencatatan Sipil",
      ind: "Jumlah akta kelahiran yang diterbitkan",
      sat: "lembar",
      level: false,
      k5: 48_000,
      rp5: 2_960_000_000,
      k6: 30_874,
      rp6: 1_934_250_000,
      k7: 9_600,
      rp7: 603_500_000,
      kq: [2_104, 2_566, 2_398, 2_811],
      rpq: [96_400_000, 158_725_000, 149_380_000, 176_215_000],
    },
    {
      id: "s4",
      kode: "2.12.03.2.01.0002",
      nm: "Penyelenggaraan Pencatatan Kematian",
      ind: "Jumlah akta kematian yang diterbitkan",
      sat: "lembar",
      level: false,
      k5: 9_500,
      rp5: 690_000_000,
      k6: 5_912,
      rp6: 431_800_000,
      k7: 1_900,
      rp7: 142_600_000,
      kq: [402, 468, 455, 531],
      rpq: [22_150_000, 37_400_000, 34_960_000, 41_725_000],
    },
  ];
  const heads: Head[] = [
    {
      id: "p1",
      kode: "2.12.02",
      nm: "PROGRAM PENDAFTARAN PENDUDUK",
      ind: "Persentase penduduk wajib KTP-el yang memiliki KTP-el",
      sat: "%",
      k5: 98.5,
      k6: 95.42,
      k7: 96.8,
      kq: [95.6, 95.98, 96.35, 96.91],
      level: true,
    },
    {
      id: "g1",
      kode: "2.12.02.2.01",
      nm: "Pelayanan Pendaftaran Penduduk",
      ind: "Jumlah dokumen pendaftaran penduduk yang diterbitkan",
      sat: "dokumen",
      k5: 150_000,
      k6: 99_870,
      k7: 30_000,
      kq: [6_140, 8_225, 7_912, 8_367],
      level: false,
    },
    {
      id: "p2",
      kode: "2.12.03",
      nm: "PROGRAM PENCATATAN SIPIL",
      ind: "Persentase anak usia 0-18 tahun yang memiliki akta kelahiran",
      sat: "%",
      k5: 97,
      k6: 92.75,
      k7: 94.5,
      kq: [93.02, 93.46, 93.88, 94.37],
      level: true,
    },
    {
      id: "g2",
      kode: "2.12.03.2.01",
      nm: "Pelayanan Pencatatan Sipil",
      ind: "Jumlah dokumen pencatatan sipil yang diterbitkan",
      sat: "dokumen",
      k5: 60_000,
      k6: 38_540,
      k7: 12_000,
      kq: [2_610, 3_121, 2_948, 3_455],
      level: false,
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
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, width: 10 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
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
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"], "5", "target", "anggaran"),
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
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const kFormulas = (c: Ctx, level: boolean, out: Record<string, Cell>, wrongCap = false) => {
    out.k12 = level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
    out.k13 = level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
    // planted (s1): the Renja capaian 12 / 7 instead of 13 / 5
    out.k14 = wrongCap
      ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`)
      : fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
  };
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const subRow = (x: Sub, i: number, unit: string): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i}`,
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
        pj: unit,
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      kFormulas(c, x.level, out, x.id === "s1");
      // planted (s3): the year's Rp typed with two digits swapped
      out.rp12 = x.id === "s3" ? 508_720_000 : fx(qr.map((k) => c.a(k)).join("+"));
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const headRow = (h: Head, sumOf: string[], unit: string): Row => ({
    id: h.id,
    bold: h.id.startsWith("p"),
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: h.kode,
        nm: h.nm,
        ind: h.ind,
        sat: h.sat,
        k5: h.k5,
        k6: h.k6,
        k7: h.k7,
        pj: unit,
      };
      qk.forEach((k, j) => (out[k] = h.kq[j]));
      kFormulas(c, h.level, out);
      for (const k of rpKeys) out[k] = fx(sumOf.map((id) => c.a(k, id)).join("+"));
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const PJ1 = "Bidang Pelayanan Pendaftaran Penduduk";
  const PJ2 = "Bidang Pelayanan Pencatatan Sipil";
  const cap = (x: Sub) => {
    const k12 = x.level ? x.kq[3] : x.kq.reduce((n, v) => n + v, 0);
    const k13 = x.level ? k12 : x.k6 + k12;
    return x.id === "s1" ? round((k12 / x.k7) * 100) : round((k13 / x.k5) * 100);
  };
  const avg = round(subs.reduce((n, x) => n + cap(x), 0) / subs.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "2", nm: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      {
        id: "bid",
        bold: true,
        cells: {
          kode: "2.12",
          nm: "URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL",
        },
      },
      headRow(heads[0], ["g1"], "Disdukcapil"),
      headRow(heads[1], ["s1", "s2"], PJ1),
      subRow(subs[0], 1, PJ1),
      subRow(subs[1], 2, PJ1),
      headRow(heads[2], ["g2"], "Disdukcapil"),
      headRow(heads[3], ["s3", "s4"], PJ2),
      subRow(subs[2], 3, PJ2),
      subRow(subs[3], 4, PJ2),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(
            `ROUND(AVERAGE(${c.a("k14", "s1")},${c.a("k14", "s2")},${c.a("k14", "s3")},${c.a("k14", "s4")}),2)`,
          ),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: layanan jemput bola ke desa-desa di daerah aliran sungai dan sekolah-sekolah.",
    "Faktor penghambat: keterbatasan blangko KTP-el pada triwulan I dan jaringan internet di kecamatan hulu.",
    "Tindak lanjut: penambahan perangkat perekaman mobile dan kerja sama dengan fasilitas kesehatan untuk akta kelahiran.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Kuala Sanaman, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "KABUPATEN MENTAYA HULU,"],
    nama: "YOHANES DAMBUNG SILAM, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19730918 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const s3 = subs[2];
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Realisasi Rp (12) of sub kegiatan 2.12.03.2.01.0001 is a typed 508,720,000 among 8+9+10+11 formulas; the quarters add up to ${s3.rpq.reduce((n, v) => n + v, 0).toLocaleString("en")} (digits swapped)`,
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of the KTP-el dicetak is =ROUND(12/7*100,2) = 97.50 (the Renja capaian); 13 / 5 x 100 = 53,418 / 62,000 gives 86.16",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  // levels: the year is the Triwulan IV value, the s.d. value the latest level
  for (const id of ["s2", "p1", "p2"]) {
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
  for (const id of ["s3", "s4", "g1", "g2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s2", "s3", "s4", "g1", "g2", "p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "s4"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
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
  for (const k of ["rp5", "rp6", "rp7", ...qr]) {
    b.ok({ sheet: S, cell: a(k, "g1"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
    b.ok({ sheet: S, cell: a(k, "g2"), rules: ["sum-mismatch"], truth: `${a(k, "s3")}+${a(k, "s4")}` });
  }
  for (const [sub, keg] of [
    ["s1", "g1"],
    ["s2", "g1"],
    ["s3", "g2"],
    ["s4", "g2"],
    ["g1", "p1"],
    ["g2", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", sub),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", sub)})`,
      actual: a("kode", keg),
    });
  return b.finish();
}
