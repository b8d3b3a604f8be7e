// Set 347, evaluation and plan forms: the E.81 Renja evaluation of Badan Kesbangpol Kabupaten Lembah
// Sinarang (Sulawesi Tengah), the T-C.27 of Badan Kesbangpol Kota Batu Pandan (Nusa Tenggara Barat) and
// the LKjIP 2024 of Satpol PP Kabupaten Lembah Sinarang. Places, people and numbers are invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type E81Row = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level?: boolean;
  kids?: [string, string];
  k: [number, number, number];
  q: [number, number, number, number];
  rp?: [number, number, number];
  rq?: [number, number, number, number];
  typed12?: number;
  stale14?: number;
};

const E81_ROWS: E81Row[] = [
  {
    id: "p1",
    kode: "8.01.03",
    nama: "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik dan Pengembangan Etika serta Budaya Politik",
    ind: "Persentase peserta pendidikan politik yang memahami materi",
    sat: "%",
    level: true,
    kids: ["k1a", "k1b"],
    k: [85, 78.5, 81],
    q: [74, 77.5, 80.2, 82.6],
  },
  {
    id: "k1a",
    kode: "8.01.03.2.01",
    nama: "Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang Pendidikan Politik",
    ind: "Jumlah pemilih pemula yang mengikuti pendidikan politik",
    sat: "orang",
    k: [6000, 3150, 1200],
    q: [0, 350, 480, 420],
    rp: [2450000000, 1386200000, 512000000],
    rq: [38400000, 146750000, 171300000, 139900000],
  },
  {
    id: "k1b",
    kode: "8.01.03.2.02",
    nama: "Pelaksanaan Kebijakan di Bidang Pendidikan Politik dan Etika Budaya Politik",
    ind: "Jumlah kegiatan fasilitasi pendidikan politik bagi partai politik",
    sat: "kegiatan",
    k: [40, 22, 8],
    q: [1, 2, 3, 2],
    rp: [1800000000, 1021500000, 355000000],
    rq: [42600000, 88150000, 121900000, 96250000],
    typed12: 384900000,
  },
  {
    id: "p2",
    kode: "8.01.06",
    nama: "Program Peningkatan Kewaspadaan Nasional dan Peningkatan Kualitas dan Fasilitasi Penanganan Konflik Sosial",
    ind: "Persentase konflik sosial yang tertangani",
    sat: "%",
    level: true,
    kids: ["k2a", "k2b"],
    k: [100, 92, 95],
    q: [90, 93.33, 94.12, 95.65],
  },
  {
    id: "k2a",
    kode: "8.01.06.2.01",
    nama: "Pelaksanaan Kebijakan di Bidang Kewaspadaan Nasional",
    ind: "Jumlah rapat koordinasi FKDM dan Kominda",
    sat: "kali",
    k: [60, 34, 12],
    q: [3, 3, 3, 3],
    rp: [1950000000, 1104800000, 402500000],
    rq: [84300000, 97650000, 102400000, 110150000],
    stale14: 86.67,
  },
  {
    id: "k2b",
    kode: "8.01.06.2.02",
    nama: "Pelaksanaan Kebijakan di Bidang Penanganan Konflik Sosial",
    ind: "Jumlah desa rawan konflik yang difasilitasi dialog damai",
    sat: "desa",
    k: [45, 24, 9],
    q: [1, 2, 3, 3],
    rp: [2300000000, 1268400000, 468000000],
    rq: [52800000, 118600000, 149300000, 136700000],
  },
];

/** E.81 s.d. Triwulan IV 2024 with Kode instead of No, Kinerja / Keuangan pairs over three header rows. */
export function e81Kesbangpol(): BookW {
  const book = new BookW(
    "e81-kesbangpol-lembah-sinarang-347.xlsx",
    "E.81",
    "Evaluasi hasil Renja Badan Kesbangpol Kabupaten Lembah Sinarang s.d. Triwulan IV 2024",
  );
  const s = book.sheet("E81 TW IV 2024");
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SINARANG",
    "BADAN KESATUAN BANGSA DAN POLITIK",
    "Jl. Trans Sulawesi No. 41, Sinarang 94761",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBAH SINARANG",
    "RENJA BADAN KESBANGPOL PERIODE PELAKSANAAN: TRIWULAN IV TAHUN 2024",
    "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD: terwujudnya stabilitas politik dan keamanan daerah",
  ]);
  s.gap();
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "Kinerja"], role: kRole, year, num, fmt: DEC },
    { key: `r${key}`, head: [...head, "Keuangan (Rp)"], role: rRole, year, num, fmt: RP, width: 16 },
  ];
  const quarters = ["I", "II", "III", "IV"].flatMap((t, i) =>
    pair(
      String(8 + i),
      ["Realisasi Kinerja pada Triwulan", t],
      String(8 + i),
      "realisasi",
      "realisasi-anggaran",
    ),
  );
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 15 },
    { key: "nama", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "2", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra (2026)"], "5", "kondisi-akhir", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...quarters,
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
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
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100%",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 20 },
  ];
  const rows: Row[] = E81_ROWS.map((d) => ({
    id: d.id,
    bold: !!d.kids,
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: d.kode,
        nama: d.nama,
        ind: d.ind,
        sat: d.sat,
        k5: d.k[0],
        k6: d.k[1],
        k7: d.k[2],
        pj: d.kids
          ? "Badan Kesbangpol"
          : d.kode.startsWith("8.01.03")
            ? "Bidang Politik Dalam Negeri"
            : "Bidang Kewaspadaan Nasional",
      };
      d.q.forEach((v, i) => (out[`k${8 + i}`] = v));
      for (const n of ["5", "6", "7", "8", "9", "10", "11"]) {
        const i = Number(n);
        if (d.kids) out[`r${n}`] = fx(`${x.a(`r${n}`, d.kids[0])}+${x.a(`r${n}`, d.kids[1])}`);
        else out[`r${n}`] = i <= 7 ? d.rp![i - 5] : d.rq![i - 8];
      }
      out.k12 = d.level ? fx(x.a("k11")) : fx(`${x.a("k8")}+${x.a("k9")}+${x.a("k10")}+${x.a("k11")}`);
      out.r12 = d.typed12 ?? fx(`${x.a("r8")}+${x.a("r9")}+${x.a("r10")}+${x.a("r11")}`);
      out.k13 = d.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`);
      out.r13 = fx(`${x.a("r6")}+${x.a("r12")}`);
      out.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`, d.stale14);
      out.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
      return out;
    },
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["kode", "r13"],
    cells: (x) => ({
      kode: "Rata-rata Capaian Kinerja dan Anggaran (%)",
      k14: fx(`ROUND(AVERAGE(${x.a("k14", "p1")}:${x.a("k14", "k2b")}),2)`),
      r14: fx(`ROUND(AVERAGE(${x.a("r14", "p1")}:${x.a("r14", "k2b")}),2)`),
    }),
  });
  rows.push({
    id: "pred",
    bold: true,
    span: ["kode", "r13"],
    cells: { kode: "Predikat Kinerja", k14: "Tinggi", r14: "Sangat Tinggi" },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan FKDM dan forum kerukunan di tingkat kecamatan.",
    "Faktor penghambat: pergeseran jadwal kegiatan karena Pilkada Serentak 2024.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sinarang, 15 Januari 2025",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "KABUPATEN LEMBAH SINARANG"],
    nama: "Drs. ANDI MAPPASALE TOMBOLOTUTU, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710312 199503 1 004",
  });
  const sh = s.name;
  book.plant({
    at: { sheet: sh, cell: t.a("r12", "k1b") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(12) Rp of 8.01.03.2.02 typed 384,900,000; the quarters add up to 348,900,000",
    truth: `${t.a("r8", "k1b")}+${t.a("r9", "k1b")}+${t.a("r10", "k1b")}+${t.a("r11", "k1b")}`,
  });
  book.plant({
    at: { sheet: sh, cell: t.a("k14", "k2a") },
    rules: ["capaian-mismatch"],
    note: "(14) K of 8.01.06.2.01 caches 86.67; 46 / 60 x 100 = 76.67",
    truth: `ROUND(${t.a("k13", "k2a")}/${t.a("k5", "k2a")}*100,2)`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("k12", "p1"),
    rules: ["sum-mismatch"],
    truth: t.a("k11", "p1"),
    trap: `${t.a("k8", "p1")}+${t.a("k9", "p1")}+${t.a("k10", "p1")}+${t.a("k11", "p1")}`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("k13", "p2"),
    rules: ["sum-mismatch"],
    truth: t.a("k12", "p2"),
    trap: `${t.a("k6", "p2")}+${t.a("k12", "p2")}`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("r13", "k2b"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r6", "k2b")}+${t.a("r8", "k2b")}+${t.a("r9", "k2b")}+${t.a("r10", "k2b")}+${t.a("r11", "k2b")}`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("k14", "p1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("k13", "p1")}/${t.a("k5", "p1")}*100,2)`,
  });
  return book.finish();
}

type Tc27Row = {
  id: string;
  sas?: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  ka: "last" | "sum";
  kids?: string[];
  rp?: number[];
  typedRp?: { year: number; v: number };
  typedKa?: number;
};

const TC27_ROWS: Tc27Row[] = [
  {
    id: "p1",
    sas: "Meningkatnya peran organisasi kemasyarakatan dalam pembangunan daerah",
    kode: "8.01.04",
    nama: "Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan",
    ind: "Persentase ormas terdaftar yang aktif melaporkan kegiatan",
    sat: "%",
    awal: 62.38,
    t: [64, 67, 70, 74, 78],
    ka: "last",
    kids: ["k1a", "k1b"],
  },
  {
    id: "k1a",
    sas: "Meningkatnya peran organisasi kemasyarakatan dalam pembangunan daerah",
    kode: "8.01.04.2.01",
    nama: "Pelaksanaan Kebijakan di Bidang Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan",
    ind: "Jumlah ormas terdaftar (kumulatif)",
    sat: "ormas",
    awal: 202,
    t: [214, 226, 238, 250, 262],
    ka: "last",
    rp: [356400, 374200, 392900, 412500, 433100],
  },
  {
    id: "k1b",
    sas: "Meningkatnya peran organisasi kemasyarakatan dalam pembangunan daerah",
    kode: "8.01.04.2.02",
    nama: "Fasilitasi Pembinaan dan Penguatan Kapasitas Organisasi Kemasyarakatan",
    ind: "Jumlah pengurus ormas yang mengikuti pembinaan",
    sat: "orang",
    awal: 120,
    t: [130, 140, 150, 160, 170],
    ka: "sum",
    rp: [218600, 229500, 241000, 253100, 265700],
    typedKa: 1270900,
  },
  {
    id: "p2",
    sas: "Terkendalinya potensi konflik sosial",
    kode: "8.01.06",
    nama: "Program Peningkatan Kewaspadaan Nasional dan Peningkatan Kualitas dan Fasilitasi Penanganan Konflik Sosial",
    ind: "Persentase konflik sosial yang tertangani",
    sat: "%",
    awal: 90,
    t: [92, 94, 96, 98, 100],
    ka: "last",
    kids: ["k2a", "k2b"],
    typedRp: { year: 3, v: 513500 },
  },
  {
    id: "k2a",
    sas: "Terkendalinya potensi konflik sosial",
    kode: "8.01.06.2.01",
    nama: "Pelaksanaan Kebijakan di Bidang Kewaspadaan Nasional",
    ind: "Jumlah laporan deteksi dini yang disampaikan kepada Kepala Daerah",
    sat: "laporan",
    awal: 24,
    t: [24, 24, 26, 26, 28],
    ka: "sum",
    rp: [287300, 301700, 316800, 332600, 349200],
  },
  {
    id: "k2b",
    sas: "Terkendalinya potensi konflik sosial",
    kode: "8.01.06.2.02",
    nama: "Pelaksanaan Kebijakan di Bidang Penanganan Konflik Sosial",
    ind: "Jumlah dialog pencegahan konflik sosial yang difasilitasi",
    sat: "kegiatan",
    awal: 6,
    t: [8, 8, 10, 10, 12],
    ka: "sum",
    rp: [194800, 204500, 214700, 225400, 236700],
  },
];

/** T-C.27 Renstra 2025-2029 in thousands, Tahun ke-1..5 > Target / Rp, merged Sasaran, Jumlah footer. */
export function tc27Kesbangpol(): BookW {
  const book = new BookW(
    "tc27-kesbangpol-batu-pandan-347.xlsx",
    "T-C.27",
    "Rencana program, kegiatan dan pendanaan Badan Kesbangpol Kota Batu Pandan 2025-2029",
  );
  const s = book.sheet("T-C.27");
  s.lines(
    [
      "Tabel 6.1",
      "Rencana Program, Kegiatan, dan Pendanaan Badan Kesatuan Bangsa dan Politik Kota Batu Pandan Tahun 2025-2029",
      "(dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const years: Col[] = [1, 2, 3, 4, 5].flatMap((i) => [
    {
      key: `t${i}`,
      head: [`Tahun ke-${i}`, "Target"],
      role: "target",
      year: 2024 + i,
      num: String(6 + 2 * (i - 1)),
      fmt: DEC,
    } as Col,
    {
      key: `r${i}`,
      head: [`Tahun ke-${i}`, "Rp"],
      role: "anggaran",
      year: 2024 + i,
      num: String(7 + 2 * (i - 1)),
      fmt: RP,
    } as Col,
  ]);
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 28 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 14 },
    { key: "nama", head: ["Program dan Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: "5",
      fmt: DEC,
    },
    ...years,
    {
      key: "kat",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: "16",
      fmt: DEC,
    },
    {
      key: "kar",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      num: "17",
      fmt: RP,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "18" },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 20 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20" },
  ];
  const rows: Row[] = TC27_ROWS.map((d) => ({
    id: d.id,
    bold: !!d.kids,
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        sas: d.sas!,
        kode: d.kode,
        nama: d.nama,
        ind: d.ind,
        awal: d.awal,
        sat: d.sat,
        pj: d.kode.startsWith("8.01.04") ? "Bidang Ormas" : "Bidang Kewaspadaan Nasional",
        lok: "Kota Batu Pandan",
      };
      d.t.forEach((v, i) => (out[`t${i + 1}`] = v));
      for (let i = 1; i <= 5; i++) {
        if (d.kids)
          out[`r${i}`] =
            d.typedRp?.year === i ? d.typedRp.v : fx(`${x.a(`r${i}`, d.kids[0])}+${x.a(`r${i}`, d.kids[1])}`);
        else out[`r${i}`] = d.rp![i - 1];
      }
      const ts = [1, 2, 3, 4, 5].map((i) => x.a(`t${i}`));
      out.kat = d.ka === "last" ? fx(x.a("t5")) : fx(ts.join("+"));
      out.kar = d.typedKa ?? fx([1, 2, 3, 4, 5].map((i) => x.a(`r${i}`)).join("+"));
      return out;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["sas", "ind"],
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | string> = { sas: "Jumlah Pendanaan" };
      for (const k of ["r1", "r2", "r3", "r4", "r5", "kar"]) out[k] = fx(`${x.a(k, "p1")}+${x.a(k, "p2")}`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  signature(s, 17, {
    tempat: "Batu Pandan, 20 Juni 2025",
    jabatan: ["Kepala Badan Kesatuan Bangsa dan Politik", "Kota Batu Pandan"],
    nama: "LALU MUHAMMAD ZAINURI, S.Sos., M.AP",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760824 199903 1 006",
  });
  const sh = s.name;
  book.plant({
    at: { sheet: sh, cell: t.a("kar", "k1b") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of 8.01.04.2.02 typed 1,270,900; the five years add up to 1,207,900",
    truth: [1, 2, 3, 4, 5].map((i) => t.a(`r${i}`, "k1b")).join("+"),
  });
  book.plant({
    at: { sheet: sh, cell: t.a("r3", "p2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "program 8.01.06 Tahun ke-3 Rp typed 513,500; its kegiatan give 316,800 + 214,700 = 531,500",
    truth: `${t.a("r3", "k2a")}+${t.a("r3", "k2b")}`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("kat", "k1a"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("t5", "k1a"),
    trap: [1, 2, 3, 4, 5].map((i) => t.a(`t${i}`, "k1a")).join("+"),
  });
  book.ok({
    sheet: sh,
    cell: t.a("kat", "p2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("t5", "p2"),
    trap: [1, 2, 3, 4, 5].map((i) => t.a(`t${i}`, "p2")).join("+"),
  });
  book.ok({
    sheet: sh,
    cell: t.a("kat", "k2a"),
    rules: ["kondisi-akhir-mismatch"],
    truth: [1, 2, 3, 4, 5].map((i) => t.a(`t${i}`, "k2a")).join("+"),
  });
  book.ok({
    sheet: sh,
    cell: t.a("r4", "p1"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r4", "k1a")}+${t.a("r4", "k1b")}`,
  });
  return book.finish();
}

type LkRow = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  t: number;
  r: number;
  pred: string;
  r23: number;
  ta: number;
  staleR?: number;
};

const LK_ROWS: LkRow[] = [
  {
    id: "i1",
    sas: "Meningkatnya ketenteraman dan ketertiban umum",
    ind: "Persentase penegakan Perda dan Perkada",
    sat: "%",
    t: 85,
    r: 82.4,
    pred: "Baik",
    r23: 79.1,
    ta: 90,
  },
  {
    id: "i2",
    sas: "Meningkatnya ketenteraman dan ketertiban umum",
    ind: "Jumlah gangguan ketenteraman dan ketertiban umum yang terjadi",
    sat: "kasus",
    neg: true,
    t: 120,
    r: 96,
    pred: "Sangat Baik",
    r23: 131,
    ta: 100,
  },
  {
    id: "i3",
    sas: "Meningkatnya ketenteraman dan ketertiban umum",
    ind: "Persentase pelanggaran Perda yang ditindaklanjuti",
    sat: "%",
    t: 90,
    r: 84.6,
    pred: "Sangat Baik",
    r23: 80.5,
    ta: 95,
    staleR: 94,
  },
  {
    id: "i4",
    sas: "Meningkatnya perlindungan masyarakat",
    ind: "Persentase anggota Satlinmas yang terlatih",
    sat: "%",
    t: 60,
    r: 41.5,
    pred: "Cukup",
    r23: 35.2,
    ta: 75,
  },
  {
    id: "i5",
    sas: "Meningkatnya perlindungan masyarakat",
    ind: "Waktu tanggap penanganan pengaduan ketertiban",
    sat: "jam",
    neg: true,
    t: 6,
    r: 5.1,
    pred: "Sangat Baik",
    r23: 6.8,
    ta: 4,
  },
];

/** LKjIP 2024 Tabel 3.1: merged Sasaran, capaian formulas with refleksi on the negatives, predikat words. */
export function lkjipSatpol(): BookW {
  const book = new BookW(
    "lkjip-2024-satpol-pp-lembah-sinarang-347.xlsx",
    "LKjIP",
    "LKjIP 2024 Satuan Polisi Pamong Praja Kabupaten Lembah Sinarang",
  );
  const s = book.sheet("Tabel 3.1");
  letterhead(s, ["SATUAN POLISI PAMONG PRAJA KABUPATEN LEMBAH SINARANG"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Tahun 2024"], 1, { bold: true });
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", fmt: DEC },
    { key: "pred", head: ["Tahun 2024", "Predikat"], role: "predikat" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, fmt: DEC },
    { key: "capr", head: ["Capaian terhadap Target Akhir Renstra (%)"], role: "capaian", fmt: DEC },
  ];
  const rows: Row[] = LK_ROWS.map((d, i) => ({
    id: d.id,
    cells: (x) => ({
      no: i + 1,
      sas: d.sas,
      ind: d.ind,
      sat: d.sat,
      t: d.t,
      r: d.r,
      cap: d.neg
        ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
        : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
      pred: d.pred,
      r23: d.r23,
      ta: d.ta,
      capr: d.neg
        ? fx(`ROUND((2*${x.a("ta")}-${x.a("r")})/${x.a("ta")}*100,2)`)
        : fx(`ROUND(${x.a("r")}/${x.a("ta")}*100,2)`, d.staleR),
    }),
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (x) => ({
      no: "Rata-rata Capaian Kinerja",
      cap: fx(`ROUND(AVERAGE(${x.a("cap", "i1")}:${x.a("cap", "i5")}),2)`),
      pred: "Sangat Baik",
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: indikator jumlah gangguan trantibum dan waktu tanggap bersifat negatif; capaian dihitung (2T - R)/T x 100.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sinarang, 28 Februari 2025",
    jabatan: ["KEPALA SATUAN POLISI PAMONG PRAJA"],
    nama: "MUH. RIZAL LATANRO, S.STP, M.Si",
    nip: "19830417 200112 1 002",
  });
  const sh = s.name;
  book.plant({
    at: { sheet: sh, cell: t.a("pred", "i1") },
    rules: ["predikat-mismatch"],
    note: "penegakan Perda capaian 96.94 labelled Baik; above 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${t.a("cap", "i1")})`,
  });
  book.plant({
    at: { sheet: sh, cell: t.a("capr", "i3") },
    rules: ["capaian-mismatch"],
    note: "capaian against the Renstra target caches 94.00 (the yearly capaian); 84.6 / 95 gives 89.05",
    truth: `ROUND(${t.a("r", "i3")}/${t.a("ta", "i3")}*100,2)`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("cap", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${t.a("t", "i2")}-${t.a("r", "i2")})/${t.a("t", "i2")}*100,2)`,
    trap: `${t.a("r", "i2")}/${t.a("t", "i2")}*100`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("cap", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${t.a("t", "i5")}-${t.a("r", "i5")})/${t.a("t", "i5")}*100,2)`,
    trap: `${t.a("r", "i5")}/${t.a("t", "i5")}*100`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("pred", "i4"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("cap", "i4")})`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("pred", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("cap", "avg")})`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("cap", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("r", "i4")}/${t.a("t", "i4")}*100,2)`,
  });
  return book.finish();
}
