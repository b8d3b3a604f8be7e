// Sekretariat DPRD tables: the Renja 2025 of the Sekretariat DPRD of Kota Sungai Lingkar (Jambi),
// program / kegiatan / sub kegiatan with target, pagu, lokasi and prakiraan maju 2026, and the
// monthly recap 2024 of the DPRD activities of Kota Padang Serai (Bengkulu): rapat paripurna,
// alat kelengkapan, reses and kunjungan kerja per month with a yearly JUMLAH. Every person and
// number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type RenjaRow = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  kode: string;
  nama: string;
  ind: string;
  t25: number;
  sat: string;
  pagu?: number;
  lok?: string;
  t26: number;
};

const LOK = "Kantor Sekretariat DPRD Kota Sungai Lingkar";

const RENJA: RenjaRow[] = [
  {
    id: "p1",
    kind: "program",
    kode: "4.02.01",
    nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    ind: "Persentase dokumen perencanaan, penganggaran dan pelaporan yang disampaikan tepat waktu",
    t25: 100,
    sat: "%",
    t26: 100,
  },
  {
    id: "k1",
    kind: "kegiatan",
    kode: "4.02.01.2.01",
    nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    ind: "Jumlah dokumen perencanaan, penganggaran dan evaluasi kinerja",
    t25: 7,
    sat: "dokumen",
    t26: 7,
  },
  {
    id: "s11",
    kind: "sub",
    kode: "4.02.01.2.01.0001",
    nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
    ind: "Jumlah dokumen perencanaan (Renja, Renja Perubahan)",
    t25: 2,
    sat: "dokumen",
    pagu: 48_650_000,
    lok: LOK,
    t26: 2,
  },
  {
    id: "s12",
    kind: "sub",
    kode: "4.02.01.2.01.0002",
    nama: "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
    ind: "Jumlah dokumen RKA dan RKA Perubahan",
    t25: 2,
    sat: "dokumen",
    pagu: 36_480_000,
    lok: LOK,
    t26: 2,
  },
  {
    id: "s13",
    kind: "sub",
    kode: "4.02.01.2.01.0006",
    nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
    ind: "Jumlah laporan capaian kinerja (LKjIP, laporan triwulanan)",
    t25: 3,
    sat: "laporan",
    pagu: 29_750_000,
    lok: LOK,
    t26: 3,
  },
  {
    id: "k2",
    kind: "kegiatan",
    kode: "4.02.01.2.02",
    nama: "Administrasi Keuangan Perangkat Daerah",
    ind: "Jumlah ASN yang menerima gaji dan tunjangan",
    t25: 64,
    sat: "orang",
    t26: 66,
  },
  {
    id: "s21",
    kind: "sub",
    kode: "4.02.01.2.02.0001",
    nama: "Penyediaan Gaji dan Tunjangan ASN",
    ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
    t25: 64,
    sat: "orang",
    pagu: 6_842_315_000,
    lok: LOK,
    t26: 66,
  },
  {
    id: "s22",
    kind: "sub",
    kode: "4.02.01.2.02.0005",
    nama: "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
    ind: "Jumlah laporan keuangan akhir tahun",
    t25: 1,
    sat: "laporan",
    pagu: 41_200_000,
    lok: LOK,
    t26: 1,
  },
  {
    id: "s23",
    kind: "sub",
    kode: "4.02.01.2.02.0007",
    nama: "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
    ind: "Jumlah laporan keuangan bulanan, triwulanan dan semesteran",
    t25: 18,
    sat: "laporan",
    pagu: 33_860_000,
    lok: LOK,
    t26: 18,
  },
  {
    id: "k3",
    kind: "kegiatan",
    kode: "4.02.01.2.06",
    nama: "Administrasi Umum Perangkat Daerah",
    ind: "Jumlah paket kebutuhan administrasi umum yang terpenuhi",
    t25: 4,
    sat: "paket",
    t26: 4,
  },
  {
    id: "s31",
    kind: "sub",
    kode: "4.02.01.2.06.0001",
    nama: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
    ind: "Jumlah paket komponen instalasi listrik",
    t25: 1,
    sat: "paket",
    pagu: 27_540_000,
    lok: LOK,
    t26: 1,
  },
  {
    id: "s32",
    kind: "sub",
    kode: "4.02.01.2.06.0002",
    nama: "Penyediaan Peralatan dan Perlengkapan Kantor",
    ind: "Jumlah paket peralatan dan perlengkapan kantor",
    t25: 1,
    sat: "paket",
    pagu: 186_920_000,
    lok: LOK,
    t26: 1,
  },
  {
    id: "s33",
    kind: "sub",
    kode: "4.02.01.2.06.0004",
    nama: "Penyediaan Bahan Logistik Kantor",
    ind: "Jumlah paket bahan logistik kantor",
    t25: 1,
    sat: "paket",
    pagu: 214_380_000,
    lok: LOK,
    t26: 1,
  },
  {
    id: "s34",
    kind: "sub",
    kode: "4.02.01.2.06.0005",
    nama: "Penyediaan Barang Cetakan dan Penggandaan",
    ind: "Jumlah paket barang cetakan dan penggandaan",
    t25: 1,
    sat: "paket",
    pagu: 158_760_000,
    lok: LOK,
    t26: 1,
  },
  {
    id: "p2",
    kind: "program",
    kode: "4.02.02",
    nama: "PROGRAM DUKUNGAN PELAKSANAAN TUGAS DAN FUNGSI DPRD",
    ind: "Persentase fasilitasi tugas dan fungsi DPRD yang terlaksana sesuai jadwal Bamus",
    t25: 95,
    sat: "%",
    t26: 97,
  },
  {
    id: "k5",
    kind: "kegiatan",
    kode: "4.02.02.2.01",
    nama: "Pembentukan Peraturan Daerah dan Peraturan DPRD",
    ind: "Jumlah Raperda yang difasilitasi pembahasannya",
    t25: 9,
    sat: "raperda",
    t26: 10,
  },
  {
    id: "s51",
    kind: "sub",
    kode: "4.02.02.2.01.0001",
    nama: "Penyusunan dan Pembahasan Program Pembentukan Peraturan Daerah",
    ind: "Jumlah dokumen Propemperda",
    t25: 1,
    sat: "dokumen",
    pagu: 186_500_000,
    lok: "Kota Sungai Lingkar",
    t26: 1,
  },
  {
    id: "s52",
    kind: "sub",
    kode: "4.02.02.2.01.0002",
    nama: "Pembahasan Rancangan Peraturan Daerah",
    ind: "Jumlah Raperda yang dibahas",
    t25: 9,
    sat: "raperda",
    pagu: 1_124_800_000,
    lok: "Kota Sungai Lingkar",
    t26: 10,
  },
  {
    id: "s53",
    kind: "sub",
    // planted: the code of another kegiatan (2.03) under kegiatan 4.02.02.2.01
    kode: "4.02.02.2.03.0003",
    nama: "Penyusunan Naskah Akademik Rancangan Peraturan Daerah Inisiatif DPRD",
    ind: "Jumlah naskah akademik Raperda inisiatif",
    t25: 4,
    sat: "naskah",
    pagu: 248_000_000,
    lok: "Kota Sungai Lingkar",
    t26: 4,
  },
  {
    id: "k6",
    kind: "kegiatan",
    kode: "4.02.02.2.02",
    nama: "Pembahasan Kebijakan Umum APBD dan Prioritas dan Plafon Anggaran Sementara",
    ind: "Jumlah dokumen KUA-PPAS dan Raperda APBD yang dibahas",
    t25: 4,
    sat: "dokumen",
    t26: 4,
  },
  {
    id: "s61",
    kind: "sub",
    kode: "4.02.02.2.02.0001",
    nama: "Pembahasan KUA dan PPAS",
    ind: "Jumlah dokumen KUA-PPAS dan KUPA-PPAS Perubahan",
    t25: 2,
    sat: "dokumen",
    pagu: 364_200_000,
    lok: "Kota Sungai Lingkar",
    t26: 2,
  },
  {
    id: "s62",
    kind: "sub",
    kode: "4.02.02.2.02.0002",
    nama: "Pembahasan Rancangan Peraturan Daerah tentang APBD",
    ind: "Jumlah Raperda APBD dan APBD Perubahan",
    t25: 2,
    sat: "raperda",
    pagu: 427_650_000,
    lok: "Kota Sungai Lingkar",
    t26: 2,
  },
  {
    id: "k7",
    kind: "kegiatan",
    kode: "4.02.02.2.04",
    nama: "Penyerapan dan Penghimpunan Aspirasi Masyarakat",
    ind: "Jumlah kegiatan penyerapan aspirasi (reses dan kunjungan kerja)",
    t25: 51,
    sat: "kali",
    t26: 51,
  },
  {
    id: "s71",
    kind: "sub",
    kode: "4.02.02.2.04.0001",
    nama: "Pelaksanaan Reses",
    ind: "Jumlah masa reses yang terlaksana",
    t25: 3,
    sat: "kali",
    pagu: 2_478_000_000,
    lok: "4 Daerah Pemilihan Kota Sungai Lingkar",
    t26: 3,
  },
  {
    id: "s72",
    kind: "sub",
    kode: "4.02.02.2.04.0002",
    nama: "Pelaksanaan Kunjungan Kerja",
    ind: "Jumlah kunjungan kerja pimpinan dan anggota DPRD",
    t25: 48,
    sat: "kali",
    pagu: 3_156_480_000,
    lok: "Dalam dan luar Provinsi Jambi",
    t26: 48,
  },
];

/** Renja 2025 of the Sekretariat DPRD Kota Sungai Lingkar, with prakiraan maju 2026. */
export function renjaSetwanSungaiLingkar(): BookW {
  const b = new BookW(
    "renja-2025-sekretariat-dprd-kota-sungai-lingkar.xlsx",
    "Renja (rumusan rencana program dan kegiatan) with prakiraan maju",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2025' > Target | Satuan | Pagu Indikatif (Rp) | Lokasi | Sumber Dana | 'Prakiraan Maju Tahun 2026' > Target | Kebutuhan Dana (Rp); no No column; number row (1)..(10); kegiatan =SUM of sub kegiatan, program =SUM of its kegiatan cells, TOTAL =program + program",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH KOTA SUNGAI LINGKAR",
    "Jl. Sultan Thaha Syaifuddin No. 14, Sungai Lingkar, Provinsi Jambi",
  ]);
  s.lines(
    ["RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2025", "DAN PRAKIRAAN MAJU TAHUN 2026"],
    1,
    { bold: true },
  );
  s.gap();
  const RN = "Rencana Tahun 2025";
  const PM = "Prakiraan Maju Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 19 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 42 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "t25", head: [RN, "Target"], role: "target", year: 2025, num: "(4)", fmt: INT, width: 9 },
    { key: "sat", head: [RN, "Satuan"], role: "satuan", num: "(5)", width: 10 },
    {
      key: "pagu",
      head: [RN, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(6)",
      fmt: RP,
      width: 18,
    },
    { key: "lok", head: [RN, "Lokasi"], role: "lokasi", num: "(7)", width: 26 },
    { key: "sd", head: ["Sumber Dana"], role: "lainnya", num: "(8)", width: 10 },
    { key: "t26", head: [PM, "Target"], role: "target", year: 2026, num: "(9)", fmt: INT, width: 9 },
    {
      key: "p26",
      head: [PM, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(10)",
      fmt: RP,
      width: 18,
    },
  ];
  const kidsOf = (id: string): RenjaRow[] => {
    const i = RENJA.findIndex((x) => x.id === id);
    const me = RENJA[i];
    const out: RenjaRow[] = [];
    for (let j = i + 1; j < RENJA.length; j++) {
      const x = RENJA[j];
      if (me.kind === "program" && x.kind === "program") break;
      if (me.kind === "kegiatan" && x.kind !== "sub") break;
      if (me.kind === "program" ? x.kind === "kegiatan" : x.kind === "sub") out.push(x);
    }
    return out;
  };
  // prakiraan maju: 4 % more, to the thousand rupiah; gaji 6 % more
  const p26 = (x: RenjaRow) => Math.round((x.pagu! * (x.id === "s21" ? 1.06 : 1.04)) / 1000) * 1000;
  const rows: Row[] = RENJA.map((x) => ({
    id: x.id,
    bold: x.kind !== "sub",
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        t25: x.t25,
        sat: x.sat,
        t26: x.t26,
      };
      if (x.kind === "sub") {
        out.pagu = x.pagu!;
        out.p26 = p26(x);
        out.lok = x.lok!;
        out.sd = x.id === "s21" ? "DAU" : "PAD";
      } else {
        const kids = kidsOf(x.id);
        const sumOf = (k: string) =>
          x.kind === "kegiatan"
            ? fx(
                `SUM(${c.a(k, kids[0].id)}:${c.a(k, kids[x.id === "k3" && k === "pagu" ? kids.length - 2 : kids.length - 1].id)})`,
              )
            : fx(`SUM(${kids.map((k2) => c.a(k, k2.id)).join(",")})`);
        out.pagu = sumOf("pagu");
        out.p26 = sumOf("p26");
        out.lok = x.kind === "program" ? "Kota Sungai Lingkar" : LOK;
      }
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "ind"],
    cells: (c) => ({
      kode: "TOTAL SEKRETARIAT DPRD",
      pagu: fx(`${c.a("pagu", "p1")}+${c.a("pagu", "p2")}`),
      p26: fx(`${c.a("p26", "p1")}+${c.a("p26", "p2")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: pagu indikatif sesuai Surat Edaran Wali Kota tentang Pagu Indikatif Perangkat Daerah Tahun 2025.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sungai Lingkar, 22 Juli 2024",
    jabatan: ["Sekretaris DPRD Kota Sungai Lingkar,"],
    nama: "H. ZULKIFLI ANSORI, S.Sos., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720914 199803 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pagu", "k3") },
    rules: ["sum-mismatch"],
    note: "Administrasi Umum =SUM stops at Bahan Logistik Kantor: 428,840,000; with Barang Cetakan dan Penggandaan (158,760,000) the four sub kegiatan give 587,600,000",
    truth: `SUM(${a("pagu", "s31")}:${a("pagu", "s34")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s53") },
    rules: ["code-hierarchy"],
    note: "Penyusunan Naskah Akademik stands under kegiatan 4.02.02.2.01 but carries 4.02.02.2.03.0003 (a kegiatan that is not in the Renja)",
    actual: `PARENT(${a("kode", "s53")})`,
    truth: a("kode", "k5"),
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "k5")}+${a("pagu", "k6")}+${a("pagu", "k7")}`,
    trap: `SUM(${a("pagu", "k5")}:${a("pagu", "s72")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t25", "p2"),
    rules: ["sum-mismatch"],
    truth: "95",
    trap: `${a("t25", "k5")}+${a("t25", "k6")}+${a("t25", "k7")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "s21")}+${a("pagu", "s22")}+${a("pagu", "s23")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s72"),
    rules: ["code-hierarchy", "duplicate-code"],
    actual: `PARENT(${a("kode", "s72")})`,
    truth: a("kode", "k7"),
  });
  b.ok({
    sheet: S,
    cell: a("p26", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("p26", "k1")}+${a("p26", "k2")}+${a("p26", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "p1")}+${a("pagu", "p2")}`,
  });
  return b.finish();
}

// ------------------------------------------------------------------------- DPRD monthly recap

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
const KEG: Array<[string, number[]]> = [
  ["par", [3, 4, 2, 3, 5, 2, 3, 6, 4, 3, 5, 4]],
  ["kom", [8, 12, 14, 10, 13, 9, 15, 11, 16, 14, 13, 11]],
  ["bang", [2, 3, 1, 0, 2, 3, 4, 6, 3, 2, 7, 5]],
  ["bap", [1, 2, 3, 2, 1, 2, 1, 2, 3, 2, 1, 1]],
  ["bam", [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]],
  ["res", [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]],
  ["kd", [2, 3, 4, 3, 2, 4, 3, 2, 4, 3, 3, 1]],
  ["kl", [1, 2, 2, 1, 2, 1, 2, 1, 2, 2, 1, 0]],
];
const HADIR = [88.57, 91.43, 85.71, 80.0, 94.29, 87.14, 82.86, 92.38, 89.29, 86.67, 90.86, 84.29];

/** Rekapitulasi kegiatan DPRD per bulan 2024, Sekretariat DPRD Kota Padang Serai. */
export function rekapKegiatanDprdPadangSerai(): BookW {
  const b = new BookW(
    "rekap-kegiatan-dewan-per-bulan-2024-setwan-kota-padang-serai.xlsx",
    "monthly recap of DPRD activities with a yearly total",
    "No | Bulan | Rapat Paripurna | 'Rapat Alat Kelengkapan Dewan' > Komisi | Badan Anggaran | Bapemperda | Badan Musyawarah | Reses | 'Kunjungan Kerja' > Dalam Provinsi | Luar Provinsi | Jumlah Kegiatan | 'Kehadiran Anggota pada Paripurna (%)'; a JUMLAH TAHUN 2024 row whose kehadiran is the average",
  );
  const S = "Rekap Kegiatan";
  const s = b.sheet(S);
  letterhead(s, [
    "SEKRETARIAT DPRD KOTA PADANG SERAI",
    "BAGIAN PERSIDANGAN DAN PERUNDANG-UNDANGAN",
    "Jl. Pangeran Natadirja No. 3 Padang Serai, Provinsi Bengkulu",
  ]);
  s.lines(["REKAPITULASI KEGIATAN DEWAN PERWAKILAN RAKYAT DAERAH MENURUT BULAN", "TAHUN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const AKD = "Rapat Alat Kelengkapan Dewan";
  const KK = "Kunjungan Kerja";
  const count = (key: string, head: string[]): Col => ({
    key,
    head,
    role: "realisasi",
    year: 2024,
    fmt: INT,
    width: 10,
  });
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "bln", head: ["Bulan"], role: "lainnya", width: 12 },
    count("par", ["Rapat Paripurna"]),
    count("kom", [AKD, "Komisi I - III"]),
    count("bang", [AKD, "Badan Anggaran"]),
    count("bap", [AKD, "Bapemperda"]),
    count("bam", [AKD, "Badan Musyawarah"]),
    count("res", ["Reses"]),
    count("kd", [KK, "Dalam Provinsi"]),
    count("kl", [KK, "Luar Provinsi"]),
    count("jml", ["Jumlah Kegiatan"]),
    {
      key: "hdr",
      head: ["Kehadiran Anggota pada Paripurna (%)"],
      role: "realisasi",
      year: 2024,
      fmt: DEC,
      width: 12,
    },
  ];
  const keys = KEG.map(([k]) => k);
  const rows: Row[] = BULAN.map((m, i) => ({
    id: `m${i + 1}`,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, bln: m, hdr: HADIR[i] };
      for (const [k, xs] of KEG) out[k] = xs[i];
      // planted: May's Jumlah caches 25, the result before the two kunjungan kerja luar provinsi were typed
      out.jml = fx(`SUM(${c.a("par")}:${c.a("kl")})`, i === 4 ? 25 : undefined);
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "bln"],
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: "JUMLAH TAHUN 2024" };
      for (const k of [...keys, "jml"]) out[k] = fx(`SUM(${c.a(k, "m1")}:${c.a(k, "m12")})`);
      // planted: the Komisi total typed 164 over the formula (146, digits swapped)
      out.kom = 164;
      out.hdr = fx(`ROUND(AVERAGE(${c.a("hdr", "m1")}:${c.a("hdr", "m12")}),2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Catatan: kehadiran tahunan adalah rata-rata kehadiran bulanan (35 anggota DPRD), bukan penjumlahan.",
    "Sumber: daftar hadir dan notulen Bagian Persidangan dan Perundang-undangan.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Padang Serai, 8 Januari 2025",
    jabatan: ["Kepala Bagian Persidangan dan Perundang-undangan,"],
    nama: "RISNA MARLINDA, S.H., M.H.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830522 200803 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "m5") },
    rules: ["sum-mismatch"],
    note: "May's Jumlah Kegiatan =SUM(C..J) caches 25, a stale result; 5 + 13 + 2 + 1 + 2 + 0 + 2 + 2 = 27",
    truth: `SUM(${a("par", "m5")}:${a("kl", "m5")})`,
    tol: 0.05,
  });
  b.plant({
    at: { sheet: S, cell: a("kom", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH rapat Komisi typed 164 over the SUM of the other columns; the twelve months add to 146 (digits swapped)",
    truth: `SUM(${a("kom", "m1")}:${a("kom", "m12")})`,
    tol: 0.05,
  });
  b.ok({
    sheet: S,
    cell: a("hdr", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(AVERAGE(${a("hdr", "m1")}:${a("hdr", "m12")}),2)`,
    trap: `SUM(${a("hdr", "m1")}:${a("hdr", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("res", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("res", "m1")}:${a("res", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "m8"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("par", "m8")}:${a("kl", "m8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kd", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("kd", "m1")}:${a("kd", "m12")})`,
  });
  return b.finish();
}
