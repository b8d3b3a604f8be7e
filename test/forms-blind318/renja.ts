// Set 318, part 1: the plan and evaluation forms of two invented Dinas Perdagangan (Kabupaten Lembah
// Seruni, Jawa Tengah; Kota Bandar Pelita, Sumatera Selatan): an E.81 with ordinal (n-1)/(n-2)
// headers, a T-C.27 in thousands with "Tahun ke-" years and an LKjIP capaian table with refleksi.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const LEMBAH = [
  "PEMERINTAH KABUPATEN LEMBAH SERUNI",
  "DINAS PERDAGANGAN",
  "Jl. Pahlawan Pasar No. 17, Seruni Kidul, Kode Pos 51472",
];

type E81Line = {
  id: string;
  kode: string;
  ur: string;
  ind?: string;
  sat?: string;
  level?: boolean;
  k?: [number, number, number, number[]]; // akhir, s.d. n-2, target n-1, quarters
  rp?: [number, number, number, number[]];
};

/** E.81 s.d. Triwulan IV 2024 (Renstra 2021-2026), no No column, ordinal (n-1)/(n-2) headers. */
export function e81Perdagangan(): BookW {
  const book = new BookW(
    "e81-perdagangan-lembah-seruni-318.xlsx",
    "E.81",
    "E.81 evaluasi Renja 2024, Dinas Perdagangan Kabupaten Lembah Seruni",
  );
  const s = book.sheet("Evaluasi Renja 2024");
  letterhead(s, LEMBAH);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PERDAGANGAN KABUPATEN LEMBAH SERUNI",
    "RENJA TAHUN 2024 (s.d. Triwulan IV), RENSTRA 2021-2026",
  ]);
  s.gap();
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 2 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: 3, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
  ];
  const pair = (n: number, head: string[], kr?: [Col["role"], Col["role"]], year?: number) => {
    cols.push({ key: `k${n}`, head: [...head, "K"], role: kr?.[0], year, num: n, fmt: DEC });
    cols.push({ key: `r${n}`, head: [...head, "Rp"], role: kr?.[1], year, num: n, fmt: RP });
  };
  pair(5, ["Target Renstra PD pada Akhir Periode Renstra (2026)"], ["target", "anggaran"]);
  pair(
    6,
    ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"],
    ["realisasi", "realisasi-anggaran"],
    2023,
  );
  pair(
    7,
    ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"],
    ["target", "anggaran"],
    2024,
  );
  ["I", "II", "III", "IV"].forEach((q, i) => pair(8 + i, ["Realisasi Kinerja pada Triwulan", q]));
  pair(
    12,
    ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
    ["realisasi", "realisasi-anggaran"],
    2024,
  );
  pair(13, ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1"]);
  pair(
    14,
    ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)"],
    ["capaian", "capaian"],
  );
  cols.push({ key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15 });

  const kg1: E81Line = {
    id: "kg1",
    kode: "3.30.03.2.01",
    ur: "Pengendalian Harga, Informasi Ketersediaan Stok dan Pasokan Barang Kebutuhan Pokok",
    ind: "Jumlah laporan pemantauan harga dan stok bahan pokok",
    sat: "laporan",
    k: [72, 36, 12, [3, 3, 3, 3]],
    rp: [1_980_000_000, 1_016_500_000, 402_600_000, [88_150_000, 97_420_000, 104_380_000, 99_830_000]],
  };
  const kg2: E81Line = {
    id: "kg2",
    kode: "3.30.03.2.02",
    ur: "Pelaksanaan Operasi Pasar / Pasar Murah Barang Kebutuhan Pokok",
    ind: "Jumlah pelaksanaan pasar murah",
    sat: "kali",
    k: [60, 31, 12, [2, 3, 4, 3]],
    rp: [1_170_000_000, 385_850_000, 209_800_000, [31_200_000, 52_650_000, 71_400_000, 48_920_000]],
  };
  const kg3: E81Line = {
    id: "kg3",
    kode: "3.30.06.2.01",
    ur: "Pelaksanaan Metrologi Legal berupa Tera, Tera Ulang dan Pengawasan",
    ind: "Jumlah UTTP yang ditera / tera ulang",
    sat: "unit",
    k: [24_000, 11_840, 4_200, [860, 1_240, 1_120, 1_015]],
    rp: [2_640_000_000, 1_205_700_000, 468_900_000, [92_400_000, 131_750_000, 118_620_000, 109_310_000]],
  };
  const addRp = (xs: E81Line[]): [number, number, number, number[]] => [
    sum(xs.map((x) => x.rp![0])),
    sum(xs.map((x) => x.rp![1])),
    sum(xs.map((x) => x.rp![2])),
    [0, 1, 2, 3].map((q) => sum(xs.map((x) => x.rp![3][q]))),
  ];
  const p1: E81Line = {
    id: "p1",
    kode: "3.30.03",
    ur: "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING",
    ind: "Persentase komoditas bahan pokok dengan fluktuasi harga di bawah 5%",
    sat: "%",
    level: true,
    k: [85, 72, 78, [74, 76, 77, 79]],
    rp: addRp([kg1, kg2]),
  };
  const p2: E81Line = {
    id: "p2",
    kode: "3.30.06",
    ur: "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN",
    ind: "Persentase UTTP bertanda tera sah yang berlaku",
    sat: "%",
    level: true,
    k: [90, 81.5, 84, [24.6, 48.3, 70.9, 85.2]],
    rp: addRp([kg3]),
  };
  const lines = [p1, kg1, kg2, p2, kg3];
  const cap: number[] = [];
  const capRp: number[] = [];
  const rows: Row[] = [
    { cells: { kode: "3.30", ur: "URUSAN PEMERINTAHAN BIDANG PERDAGANGAN" }, bold: true },
    ...lines.map((l): Row => {
      const [a5, a6, a7, q] = l.k!;
      const k12 = l.level ? q[3] : sum(q);
      const k13 = l.level ? k12 : a6 + k12;
      const [b5, b6, b7, rq] = l.rp!;
      const r12 = sum(rq);
      const r13 = b6 + r12;
      cap.push(round((k13 / a5) * 100));
      capRp.push(round((r13 / b5) * 100));
      const c: Record<string, number | string> = {
        kode: l.kode,
        ur: l.ur,
        ind: l.ind!,
        sat: l.sat!,
        k5: a5,
        r5: b5,
        k6: a6,
        r6: b6,
        k7: a7,
        r7: b7,
        k12,
        r12,
        k13,
        r13,
        k14: cap[cap.length - 1],
        r14: capRp[capRp.length - 1],
        pj: l.kode.startsWith("3.30.06")
          ? "Bidang Metrologi Legal"
          : "Bidang Distribusi dan Stabilisasi Harga",
      };
      q.forEach((v, i) => (c[`k${8 + i}`] = v));
      rq.forEach((v, i) => (c[`r${8 + i}`] = v));
      // planted: the kegiatan's column 12 Rp leaves out Triwulan III
      if (l.id === "kg2") c.r12 = rq[0] + rq[1] + rq[3];
      return { id: l.id, cells: c, bold: l.level };
    }),
    {
      id: "avg",
      span: ["kode", "sat"],
      cells: (x) => ({
        kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        k14: fx(`ROUND(AVERAGE(${x.a("k14", "p1")}:${x.a("k14", "kg3")}),2)`),
        r14: fx(`ROUND(AVERAGE(${x.a("r14", "p1")}:${x.a("r14", "kg3")}),2)`),
      }),
    },
    {
      id: "pred",
      span: ["kode", "sat"],
      cells: {
        kode: "Predikat kinerja",
        k14: "Sangat Tinggi", // planted: the average is in the Tinggi band
        r14: predikat(round(sum(capRp) / capRp.length)),
      },
    },
  ];
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: pemantauan harga mingguan di 9 pasar rakyat berjalan rutin.",
    "Faktor penghambat: keterbatasan tenaga penera bersertifikat.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Seruni, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERDAGANGAN", "KABUPATEN LEMBAH SERUNI"],
    nama: "Drs. HARTONO WICAKSONO, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19690412 199403 1 006",
  });

  const sh = s.name;
  const at = (k: string, id: string) => ({ sheet: sh, cell: t.a(k, id) });
  const qs = (p: "k" | "r", id: string) => [8, 9, 10, 11].map((n) => t.a(`${p}${n}`, id)).join("+");
  book.plant({
    at: at("r12", "kg2"),
    rules: ["sum-mismatch"],
    truth: qs("r", "kg2"),
    note: "Pasar murah column 12 Rp 132,770,000 leaves out Triwulan III (71,400,000); the quarters give 204,170,000",
  });
  book.plant({
    at: at("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("k14", "avg")})`,
    note: "Predikat 'Sangat Tinggi' for an average capaian kinerja of 78.59 (band > 75 to 90 is Tinggi)",
  });
  for (const id of ["p1", "p2"]) {
    book.ok({ ...at("k12", id), rules: ["sum-mismatch"], truth: t.a("k11", id), trap: qs("k", id) });
    book.ok({
      ...at("k13", id),
      rules: ["sum-mismatch"],
      truth: t.a("k12", id),
      trap: `${t.a("k6", id)}+${t.a("k12", id)}`,
    });
    book.ok({
      ...at("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${t.a("k13", id)}/${t.a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["kg1", "kg3"]) {
    book.ok({ ...at("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
    book.ok({ ...at("r12", id), rules: ["sum-mismatch"], truth: qs("r", id) });
    book.ok({ ...at("k13", id), rules: ["sum-mismatch"], truth: `${t.a("k6", id)}+${t.a("k12", id)}` });
    book.ok({
      ...at("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${t.a("r13", id)}/${t.a("r5", id)}*100,2)`,
    });
  }
  book.ok({ ...at("r7", "p1"), rules: ["sum-mismatch"], truth: `${t.a("r7", "kg1")}+${t.a("r7", "kg2")}` });
  book.ok({ ...at("r5", "p1"), rules: ["sum-mismatch"], truth: `${t.a("r5", "kg1")}+${t.a("r5", "kg2")}` });
  book.ok({ ...at("r12", "p2"), rules: ["sum-mismatch"], truth: t.a("r12", "kg3") });
  book.ok({ ...at("r14", "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${t.a("r14", "avg")})` });
  return book.finish();
}

type TcLine = {
  id: string;
  sas: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  flow?: boolean;
  rp?: number[];
  /** Rp as the sum of these rows (kegiatan over sub kegiatan, program over kegiatan) */
  of?: string[];
  pj: string;
};

/** T-C.27 Renstra 2025-2029 (dalam ribuan rupiah), "Tahun ke-1..5", sub kegiatan, SUM formulas. */
export function tc27Perdagangan(): BookW {
  const book = new BookW(
    "tc27-renstra-perdagangan-bandar-pelita-318.xlsx",
    "T-C.27",
    "T-C.27 Renstra 2025-2029, Dinas Perdagangan Kota Bandar Pelita",
  );
  const s = book.sheet("T-C.27");
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Perdagangan Kota Bandar Pelita, Renstra 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 30 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)" },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(3)", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "(6)",
      fmt: DEC,
    },
  ];
  for (let y = 1; y <= 5; y++) {
    const g = ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`];
    cols.push({
      key: `k${y}`,
      head: [...g, "Target"],
      role: "target",
      year: 2024 + y,
      num: `(${5 + 2 * y})`,
      fmt: DEC,
    });
    cols.push({
      key: `r${y}`,
      head: [...g, "Rp"],
      role: "anggaran",
      year: 2024 + y,
      num: `(${6 + 2 * y})`,
      fmt: RP,
    });
  }
  cols.push({
    key: "ka",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
    role: "kondisi-akhir",
    num: "(17)",
    fmt: DEC,
  });
  cols.push({
    key: "ra",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
    num: "(18)",
    fmt: RP,
  });
  cols.push({ key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(19)" });
  cols.push({ key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)" });

  const S1 = "Meningkatnya kelancaran distribusi dan kualitas sarana pasar rakyat";
  const S2 = "Meningkatnya tertib ukur dan perlindungan konsumen";
  const lines: TcLine[] = [
    {
      id: "p1",
      sas: S1,
      kode: "3.30.02",
      ur: "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN",
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      awal: 42.5,
      k: [48, 54, 60, 66, 72],
      of: ["kg1"],
      pj: "Bidang Sarana Perdagangan",
    },
    {
      id: "kg1",
      sas: S1,
      kode: "3.30.02.2.01",
      ur: "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
      ind: "Jumlah pasar rakyat yang direvitalisasi",
      sat: "pasar",
      awal: 1,
      k: [1, 2, 2, 2, 1],
      flow: true,
      of: ["s1", "s2"],
      pj: "Bidang Sarana Perdagangan",
    },
    {
      id: "s1",
      sas: S1,
      kode: "3.30.02.2.01.0002",
      ur: "Revitalisasi Pasar Rakyat",
      ind: "Jumlah pasar rakyat yang direvitalisasi",
      sat: "pasar",
      awal: 1,
      k: [1, 2, 2, 2, 1],
      flow: true,
      rp: [4_850_000, 9_420_000, 9_875_500, 10_240_000, 5_310_000],
      pj: "Bidang Sarana Perdagangan",
    },
    {
      id: "s2",
      sas: S1,
      kode: "3.30.02.2.01.0004",
      ur: "Penyediaan Sarana Distribusi Perdagangan",
      ind: "Jumlah dokumen pengelolaan sarana distribusi",
      sat: "dokumen",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      flow: true,
      rp: [612_400, 648_750, 681_200, 715_300, 750_900],
      pj: "Bidang Sarana Perdagangan",
    },
    {
      id: "p2",
      sas: S2,
      kode: "3.30.06",
      ur: "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN",
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      awal: 78.4,
      k: [80, 82, 84, 86, 88],
      of: ["kg2", "kg3"],
      pj: "UPTD Metrologi Legal",
    },
    {
      id: "kg2",
      sas: S2,
      kode: "3.30.06.2.01",
      ur: "Pelaksanaan Metrologi Legal berupa Tera, Tera Ulang dan Pengawasan",
      ind: "Jumlah UTTP yang ditera / tera ulang",
      sat: "unit",
      awal: 9_120,
      k: [9_500, 9_800, 10_100, 10_400, 10_700],
      flow: true,
      of: ["s3", "s4"],
      pj: "UPTD Metrologi Legal",
    },
    {
      id: "s3",
      sas: S2,
      kode: "3.30.06.2.01.0001",
      ur: "Pelayanan Tera / Tera Ulang UTTP",
      ind: "Jumlah UTTP yang ditera / tera ulang",
      sat: "unit",
      awal: 9_120,
      k: [9_500, 9_800, 10_100, 10_400, 10_700],
      flow: true,
      rp: [1_245_300, 1_310_800, 1_372_450, 1_441_000, 1_512_600],
      pj: "UPTD Metrologi Legal",
    },
    {
      id: "s4",
      sas: S2,
      kode: "3.30.06.2.01.0003",
      ur: "Pengawasan Metrologi Legal UTTP dan BDKT",
      ind: "Jumlah laporan pengawasan UTTP dan BDKT",
      sat: "laporan",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      flow: true,
      rp: [186_500, 195_800, 205_600, 215_900, 226_700],
      pj: "UPTD Metrologi Legal",
    },
    {
      id: "kg3",
      sas: S2,
      kode: "3.30.06.2.02",
      ur: "Pelaksanaan Perlindungan Konsumen",
      ind: "Persentase pengaduan konsumen yang ditindaklanjuti",
      sat: "%",
      awal: 82,
      k: [85, 88, 90, 92, 95],
      of: ["s5"],
      pj: "Bidang Perlindungan Konsumen",
    },
    {
      id: "s5",
      sas: S2,
      kode: "3.30.06.2.02.0001",
      ur: "Pengawasan Barang Beredar dan Jasa",
      ind: "Jumlah pelaku usaha yang diawasi",
      sat: "pelaku usaha",
      awal: 110,
      k: [120, 130, 140, 150, 160],
      flow: true,
      rp: [245_000, 262_500, 280_400, 298_750, 317_200],
      pj: "Bidang Perlindungan Konsumen",
    },
  ];
  const rows: Row[] = lines.map((l) => ({
    id: l.id,
    bold: !!l.of,
    cells: (x) => {
      const c: Record<string, number | string | ReturnType<typeof fx>> = {
        sas: l.sas,
        kode: l.kode,
        ur: l.ur,
        ind: l.ind,
        sat: l.sat,
        awal: l.awal,
        // planted: the documents' kondisi akhir is the last target, not the five years' sum
        ka: l.flow && l.id !== "s2" ? sum(l.k) : l.k[4],
        pj: l.pj,
        lok: "Kota Bandar Pelita",
        ra: fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`),
      };
      for (let y = 1; y <= 5; y++) {
        c[`k${y}`] = l.k[y - 1];
        const key = `r${y}`;
        if (l.rp) c[key] = l.rp[y - 1];
        else if (l.of!.length === 1) c[key] = fx(`SUM(${x.a(key, l.of![0])})`);
        else if (l.id.startsWith("kg")) c[key] = fx(`SUM(${x.a(key, l.of![0])}:${x.a(key, l.of![1])})`);
        else c[key] = fx(l.of!.map((o) => x.a(key, o)).join("+"));
      }
      // planted: a typed kegiatan total with two digits swapped (10,556,700)
      if (l.id === "kg1") c.r3 = 10_565_700;
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  signature(s, 16, {
    tempat: "Bandar Pelita, 20 Desember 2024",
    jabatan: ["KEPALA DINAS PERDAGANGAN", "KOTA BANDAR PELITA"],
    nama: "Hj. RAHMAWATI SEPTIANI, S.E., M.M.",
    nip: "19760918 200212 2 004",
  });

  const sh = s.name;
  const at = (k: string, id: string) => ({ sheet: sh, cell: t.a(k, id) });
  const ks = (id: string) => [1, 2, 3, 4, 5].map((y) => t.a(`k${y}`, id)).join("+");
  book.plant({
    at: at("r3", "kg1"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${t.a("r3", "s1")}+${t.a("r3", "s2")}`,
    note: "Kegiatan Tahun ke-3 Rp typed 10,565,700 in a row of SUM formulas; its sub kegiatan give 10,556,700",
  });
  book.plant({
    at: at("ka", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s2"),
    note: "Kondisi akhir of 'Jumlah dokumen' (a flow) is the last target 4; the five years give 20",
  });
  for (const id of ["p1", "p2", "kg3"])
    book.ok({ ...at("ka", id), rules: ["kondisi-akhir-mismatch"], truth: t.a("k5", id), trap: ks(id) });
  for (const id of ["s1", "kg2", "s3", "s5"])
    book.ok({ ...at("ka", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id), trap: t.a("k5", id) });
  book.ok({ ...at("r1", "kg2"), rules: ["sum-mismatch"], truth: `${t.a("r1", "s3")}+${t.a("r1", "s4")}` });
  book.ok({ ...at("r2", "p2"), rules: ["sum-mismatch"], truth: `${t.a("r2", "kg2")}+${t.a("r2", "kg3")}` });
  book.ok({ ...at("r4", "p1"), rules: ["sum-mismatch"], truth: `${t.a("r4", "s1")}+${t.a("r4", "s2")}` });
  book.ok({
    ...at("ra", "s3"),
    rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
    truth: [1, 2, 3, 4, 5].map((y) => t.a(`r${y}`, "s3")).join("+"),
  });
  book.ok({
    ...at("kode", "s5"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${t.a("kode", "s5")})`,
    actual: t.a("kode", "kg3"),
  });
  return book.finish();
}

/** LKjIP 2024 Tabel 3.1: merged Sasaran, Realisasi 2023, ROUND capaian formulas with refleksi. */
export function lkjipPerdagangan(): BookW {
  const book = new BookW(
    "lkjip-2024-perdagangan-lembah-seruni-318.xlsx",
    "LKjIP",
    "LKjIP 2024 pengukuran kinerja, Dinas Perdagangan Kabupaten Lembah Seruni",
  );
  const s = book.sheet("Tabel 3.1");
  letterhead(s, LEMBAH);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Predikat"], role: "predikat" },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
  ];
  type L = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    r23: number;
    t: number;
    r: number;
    neg?: boolean;
    ta: number;
  };
  const SA = "Meningkatnya kualitas sarana perdagangan";
  const SB = "Terkendalinya harga barang kebutuhan pokok";
  const ls: L[] = [
    {
      id: "a",
      sas: SA,
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      r23: 58.3,
      t: 65,
      r: 61.2,
      ta: 75,
    },
    {
      id: "b",
      sas: SB,
      ind: "Koefisien variasi harga bahan pokok antar waktu",
      sat: "%",
      r23: 9.4,
      t: 9,
      r: 7.6,
      neg: true,
      ta: 7.5,
    },
    {
      id: "c",
      sas: SB,
      ind: "Disparitas harga bahan pokok antar pasar",
      sat: "%",
      r23: 13.8,
      t: 12,
      r: 13.1,
      neg: true,
      ta: 10,
    },
    {
      id: "d",
      sas: "Meningkatnya tertib ukur",
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      sat: "%",
      r23: 81.5,
      t: 82,
      r: 85.2,
      ta: 90,
    },
    {
      id: "e",
      sas: "Meningkatnya pendapatan dari pelayanan pasar",
      ind: "Persentase realisasi retribusi pelayanan pasar terhadap target",
      sat: "%",
      r23: 91.2,
      t: 100,
      r: 87.4,
      ta: 100,
    },
  ];
  const capOf = (l: L) => round(l.neg ? ((2 * l.t - l.r) / l.t) * 100 : (l.r / l.t) * 100);
  const rows: Row[] = ls.map((l, i) => ({
    id: l.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      // planted: c is lower-is-better but gets R/T; e keeps a stale result from a draft
      const f =
        l.neg && l.id !== "c"
          ? fx(`ROUND((2*${T}-${R})/${T}*100,2)`)
          : fx(`ROUND(${R}/${T}*100,2)`, l.id === "e" ? 94.7 : undefined);
      return {
        no: i + 1,
        sas: l.sas,
        ind: l.ind,
        sat: l.sat,
        r23: l.r23,
        t: l.t,
        r: l.r,
        cap: f,
        pred: l.id === "c" ? "Sangat Baik" : predikatBaik(capOf(l)),
        ta: l.ta,
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: untuk indikator yang semakin kecil semakin baik (koefisien variasi, disparitas harga) capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const sh = s.name;
  const at = (k: string, id: string) => ({ sheet: sh, cell: t.a(k, id) });
  book.plant({
    at: at("cap", "c"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${t.a("t", "c")}-${t.a("r", "c")})/${t.a("t", "c")}*100,2)`,
    note: "Disparitas harga (lower is better) computed R/T = 109.17; refleksi gives 90.83",
  });
  book.plant({
    at: at("cap", "e"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("r", "e")}/${t.a("t", "e")}*100,2)`,
    note: "Stale cached 94.70 for =ROUND(R/T*100,2); 87.4 / 100 gives 87.40",
  });
  book.ok({
    ...at("cap", "b"),
    rules: ["capaian-mismatch"],
    truth: `(2*${t.a("t", "b")}-${t.a("r", "b")})/${t.a("t", "b")}*100`,
    trap: `${t.a("r", "b")}/${t.a("t", "b")}*100`,
  });
  for (const id of ["a", "d"])
    book.ok({ ...at("cap", id), rules: ["capaian-mismatch"], truth: `${t.a("r", id)}/${t.a("t", id)}*100` });
  for (const id of ["a", "b", "d"])
    book.ok({ ...at("pred", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${t.a("cap", id)})` });
  return book.finish();
}
