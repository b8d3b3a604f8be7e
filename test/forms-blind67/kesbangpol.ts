// Badan Kesatuan Bangsa dan Politik tables: the IKU matrix 2025-2029 of the Kesbangpol of Kota
// Sidangoli Raya (Maluku Utara) with index indicators on a 1-5 scale, percentages, a count of conflicts
// (lower is better) and a qualitative target ("Kondusif"), and the Renja 2026 with the prakiraan maju
// 2027 of the Kesbangpol of Kota Warembungan (Sulawesi Utara) with a recap by sumber dana under it.
// Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  bl: number | string;
  ts: Array<number | string>;
  ka: number | string;
  src: string;
};

/** IKU 2025-2029 Badan Kesbangpol Kota Sidangoli Raya. */
export function ikuKesbangpolSidangoli(): BookW {
  const b = new BookW(
    "matriks-iku-2025-2029-kesbangpol-kota-sidangoli-raya.xlsx",
    "IKU matrix 2025-2029 with 1-5 indices, percentages and a qualitative target",
    "No | Sasaran Strategis | Indikator Kinerja Utama | Penjelasan / Cara Pengukuran | Satuan | 'Kondisi Awal (2024)' | 'Target Tahunan' > 2025 .. 2029 | 'Target Akhir Periode (2029)' | Sumber Data | Penanggung Jawab; indices on a scale 1-5, a lower-is-better count of conflicts, 'Kondusif' as a qualitative target",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  s.lines(
    [
      "LAMPIRAN KEPUTUSAN KEPALA BADAN KESATUAN BANGSA DAN POLITIK KOTA SIDANGOLI RAYA",
      "NOMOR : 800.1.2/27/KESBANGPOL/I/2025 TENTANG INDIKATOR KINERJA UTAMA TAHUN 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const A = "Meningkatnya wawasan kebangsaan dan ketahanan sosial masyarakat";
  const B = "Terjaganya stabilitas politik dan keamanan daerah";
  const xs: Iku[] = [
    {
      id: "i1",
      sas: A,
      ind: "Indeks Wawasan Kebangsaan Masyarakat",
      rumus: "Rata-rata skor survei 4 dimensi (Pancasila, UUD 1945, NKRI, Bhinneka Tunggal Ika), skala 1-5",
      sat: "indeks (1-5)",
      bl: 3.42,
      // planted: 3.65 typed as 3.56 in 2027
      ts: [3.5, 3.58, 3.56, 3.74, 3.82],
      ka: 3.82,
      src: "Survei Kesbangpol",
    },
    {
      id: "i2",
      sas: A,
      ind: "Indeks Kepuasan Ormas terhadap Layanan Fasilitasi",
      rumus: "Nilai rata-rata kuesioner kepuasan ormas, skala 1-5",
      sat: "indeks (1-5)",
      bl: 3.9,
      ts: [3.95, 4, 4.05, 4.1, 4.15],
      ka: 4.15,
      src: "Survei kepuasan",
    },
    {
      id: "i3",
      sas: A,
      ind: "Persentase ormas terdaftar yang aktif melaporkan kegiatan",
      rumus: "Ormas yang menyampaikan laporan kegiatan / ormas terdaftar x 100%",
      sat: "%",
      bl: 61.5,
      ts: [65, 68, 71, 74, 77],
      // planted: the kondisi akhir copied from 2027
      ka: 71,
      src: "SIORMAS",
    },
    {
      id: "i4",
      sas: B,
      ind: "Jumlah kejadian konflik sosial berdimensi SARA",
      rumus: "Jumlah kejadian konflik sosial yang tercatat Tim Terpadu dalam satu tahun",
      sat: "kejadian",
      bl: 4,
      ts: [4, 3, 3, 2, 2],
      ka: 2,
      src: "Tim Terpadu PKS",
    },
    {
      id: "i5",
      sas: B,
      ind: "Persentase potensi konflik yang ditangani melalui deteksi dini",
      rumus: "Potensi konflik yang ditangani / potensi konflik yang terdeteksi x 100%",
      sat: "%",
      bl: 100,
      ts: [100, 100, 100, 100, 100],
      ka: 100,
      src: "Kominda",
    },
    {
      id: "i6",
      sas: B,
      ind: "Kondisi keamanan dan ketertiban dalam penyelenggaraan Pemilu dan Pilkada",
      rumus: "Penilaian Forkopimda atas situasi tahapan pemilu",
      sat: "kualitatif",
      bl: "Kondusif",
      ts: ["Kondusif", "Kondusif", "Kondusif", "Kondusif", "Kondusif"],
      ka: "Kondusif",
      src: "Forkopimda",
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Penjelasan / Cara Pengukuran"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    { key: "bl", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: "0.0#", width: 10 },
    ...Y.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahunan", String(y)],
      role: "target",
      year: y,
      fmt: "0.0#",
      width: 9,
    })),
    {
      key: "ka",
      head: ["Target Akhir Periode (2029)"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: "0.0#",
      width: 11,
    },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 16 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const rows: Row[] = xs.map((x, i) => {
    const cells: Record<string, Cell> = {
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      rumus: x.rumus,
      sat: x.sat,
      bl: x.bl,
      ka: x.ka,
      src: x.src,
      pj: x.sas === A ? "Kabid Ideologi dan Wawasan Kebangsaan" : "Kabid Politik Dalam Negeri",
    };
    Y.forEach((y, k) => (cells[`y${y}`] = x.ts[k]));
    return { id: x.id, cells };
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: indeks diukur pada skala 1 (sangat rendah) s.d. 5 (sangat tinggi); untuk jumlah kejadian konflik,",
    "semakin kecil semakin baik. Target akhir periode adalah target tahun 2029 (bukan penjumlahan).",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Sidangoli Raya, 14 Januari 2025",
    jabatan: ["Kepala Badan Kesatuan Bangsa dan Politik,"],
    nama: "MUHLIS H. SANGADJI, S.IP., M.Si",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760921 200501 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i1") },
    rules: ["target-trend", "target-outlier"],
    note: "Indeks Wawasan Kebangsaan target 2027 typed 3.56, below 2026's 3.58 in a rising series; between 3.58 and 3.74 it was 3.65 (digits swapped)",
    truth: `(${a("y2026", "i1")}+${a("y2028", "i1")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "i3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "target akhir periode of the ormas reporting share is 71 (the 2027 target); the 2029 target is 77",
    truth: a("y2029", "i3"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "i4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2029", "i4"),
    trap: `SUM(${a("y2025", "i4")}:${a("y2029", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("y2026", "i4"),
    rules: ["target-trend"],
    truth: `${a("y2025", "i4")}-1`,
    trap: a("bl", "i4"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "i2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2029", "i2"),
    trap: `SUM(${a("y2025", "i2")}:${a("y2029", "i2")})`,
  });
  b.ok({ sheet: S, cell: a("y2029", "i5"), rules: ["target-trend", "percent-out-of-range"], truth: "100" });
  b.ok({ sheet: S, cell: a("ka", "i6"), rules: ["kondisi-akhir-mismatch"], truth: a("y2029", "i6") });
  return b.finish();
}

type Rk = {
  id: string;
  lvl: "p" | "k" | "s";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  t26: number;
  t27: number;
  rp26?: number;
  rp27?: number;
  sd?: string;
  lok?: string;
};

/** Renja 2026 with prakiraan maju 2027 and a recap by sumber dana, Kesbangpol Kota Warembungan. */
export function renjaKesbangpolWarembungan(): BookW {
  const b = new BookW(
    "renja-2026-kesbangpol-kota-warembungan-rekap-sumber-dana.xlsx",
    "Renja 2026 with prakiraan maju 2027 and a recap by sumber dana (Kesbangpol)",
    "Tabel 1: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | 'Tahun Rencana (2026)' > Target | Pagu Indikatif (Rp) | 'Tahun Maju (2027)' > Target | Pagu Indikatif (Rp) | Sumber Dana | Lokasi; sub kegiatan typed, kegiatan and program SUM, TOTAL row; Tabel 2 under it on the same sheet from column B: No | Sumber Dana | Pagu 2026 (Rp) | Prakiraan Maju 2027 (Rp) | Proporsi 2026 (%), typed amounts, JUMLAH SUM",
  );
  const S = "Renja 2026";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA WAREMBUNGAN",
    "BADAN KESATUAN BANGSA DAN POLITIK",
    "RENCANA KERJA (RENJA) TAHUN 2026",
  ]);
  s.lines(["Tabel 1. Program, Kegiatan dan Sub Kegiatan Tahun 2026 serta Prakiraan Maju 2027"], 1, {
    bold: true,
  });
  const L = "Kota Warembungan";
  const xs: Rk[] = [
    {
      id: "p2",
      lvl: "p",
      kode: "8.01.02",
      nama: "PROGRAM PEMBERDAYAAN DAN PENGAWASAN ORGANISASI KEMASYARAKATAN",
      ind: "Persentase ormas yang aktif dan tertib administrasi",
      sat: "%",
      t26: 70,
      t27: 74,
    },
    {
      id: "k21",
      lvl: "k",
      kode: "8.01.02.2.01",
      nama: "Pelaksanaan Kebijakan Pemerintahan Daerah Kabupaten/Kota terkait Organisasi Kemasyarakatan",
      ind: "Jumlah ormas yang difasilitasi",
      sat: "ormas",
      t26: 45,
      t27: 50,
    },
    {
      id: "s211",
      lvl: "s",
      kode: "8.01.02.2.01.0001",
      nama: "Fasilitasi Organisasi Kemasyarakatan",
      ind: "Jumlah ormas yang mengikuti pembinaan",
      sat: "ormas",
      t26: 45,
      t27: 50,
      rp26: 214_600_000,
      rp27: 228_900_000,
      sd: "DAU",
      lok: L,
    },
    {
      id: "s212",
      lvl: "s",
      kode: "8.01.02.2.01.0002",
      nama: "Pengawasan Keberadaan dan Kegiatan Ormas dan Ormas Asing",
      ind: "Jumlah laporan pengawasan ormas",
      sat: "laporan",
      t26: 4,
      t27: 4,
      rp26: 96_350_000,
      rp27: 96_350_000,
      sd: "PAD",
      lok: L,
    },
    {
      id: "p3",
      lvl: "p",
      kode: "8.01.03",
      nama: "PROGRAM PEMBINAAN DAN PENGEMBANGAN KETAHANAN EKONOMI, SOSIAL, DAN BUDAYA",
      ind: "Persentase konflik sosial yang dapat dicegah",
      sat: "%",
      t26: 90,
      t27: 92,
    },
    {
      id: "k31",
      lvl: "k",
      kode: "8.01.03.2.01",
      nama: "Pelaksanaan Kebijakan di Bidang Ketahanan Ekonomi, Sosial dan Budaya",
      ind: "Jumlah forum kewaspadaan dini yang aktif",
      sat: "forum",
      t26: 12,
      t27: 12,
    },
    {
      id: "s311",
      lvl: "s",
      kode: "8.01.03.2.01.0002",
      nama: "Penguatan Forum Kewaspadaan Dini Masyarakat (FKDM) dan Forum Kerukunan Umat Beragama (FKUB)",
      ind: "Jumlah rapat koordinasi dan deteksi dini",
      sat: "kali",
      t26: 24,
      t27: 24,
      rp26: 387_250_000,
      rp27: 405_000_000,
      sd: "DAU",
      lok: "12 kelurahan",
    },
    {
      id: "s312",
      lvl: "s",
      // planted: the code of the row above copied down
      kode: "8.01.03.2.01.0002",
      nama: "Penanganan Konflik Sosial melalui Tim Terpadu",
      ind: "Jumlah laporan penanganan konflik",
      sat: "laporan",
      t26: 12,
      t27: 12,
      rp26: 158_400_000,
      rp27: 166_300_000,
      sd: "DBH",
      lok: L,
    },
    {
      id: "p4",
      lvl: "p",
      kode: "8.01.04",
      nama: "PROGRAM PENINGKATAN PERAN PARTAI POLITIK DAN LEMBAGA PENDIDIKAN MELALUI PENDIDIKAN POLITIK DAN PENGEMBANGAN ETIKA SERTA BUDAYA POLITIK",
      ind: "Tingkat partisipasi pemilih pada pemilihan",
      sat: "%",
      t26: 78,
      t27: 80,
    },
    {
      id: "k41",
      lvl: "k",
      kode: "8.01.04.2.01",
      nama: "Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik",
      ind: "Jumlah peserta pendidikan politik",
      sat: "orang",
      t26: 600,
      t27: 650,
    },
    {
      id: "s411",
      lvl: "s",
      kode: "8.01.04.2.01.0001",
      nama: "Penyelenggaraan Pendidikan Politik bagi Pemilih Pemula dan Perempuan",
      ind: "Jumlah pemilih pemula dan perempuan yang dididik",
      sat: "orang",
      t26: 600,
      t27: 650,
      rp26: 275_800_000,
      rp27: 298_750_000,
      sd: "DAU",
      lok: L,
    },
    {
      id: "s412",
      lvl: "s",
      kode: "8.01.04.2.01.0003",
      nama: "Fasilitasi Bantuan Keuangan Partai Politik",
      ind: "Jumlah partai politik penerima bantuan keuangan",
      sat: "parpol",
      t26: 9,
      t27: 9,
      rp26: 412_560_000,
      rp27: 412_560_000,
      sd: "DAU",
      lok: L,
    },
  ];
  const rank = { p: 1, k: 2, s: 3 };
  const kids = (id: string): string[] => {
    const i = xs.findIndex((x) => x.id === id);
    const out: string[] = [];
    for (let j = i + 1; j < xs.length && rank[xs[j].lvl] > rank[xs[i].lvl]; j++)
      if (rank[xs[j].lvl] === rank[xs[i].lvl] + 1) out.push(xs[j].id);
    return out;
  };
  const R = "Tahun Rencana (2026)";
  const M = "Tahun Maju (2027)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 19 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], width: 44 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t26", head: [R, "Target"], role: "target", year: 2026, width: 9 },
    { key: "rp26", head: [R, "Pagu Indikatif (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 17 },
    { key: "t27", head: [M, "Target"], role: "target", year: 2027, width: 9 },
    { key: "rp27", head: [M, "Pagu Indikatif (Rp)"], role: "anggaran", year: 2027, fmt: RP, width: 17 },
    { key: "sd", head: ["Sumber Dana"], width: 10 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 18 },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.lvl !== "s",
    cells: (c): Record<string, Cell> => {
      const money = (k: "rp26" | "rp27"): Cell => {
        if (x.lvl === "s") return x[k];
        const ks = kids(x.id);
        if (x.lvl === "k") return fx(`SUM(${c.c(k)}${c.row(ks[0])}:${c.c(k)}${c.row(ks[ks.length - 1])})`);
        return fx(ks.map((id) => `${c.c(k)}${c.row(id)}`).join("+"));
      };
      return {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        t26: x.t26,
        rp26: money("rp26"),
        t27: x.t27,
        rp27: money("rp27"),
        sd: x.sd,
        lok: x.lok,
      };
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "sat"],
    cells: (c): Record<string, Cell> => ({
      kode: "TOTAL",
      rp26: fx(["p2", "p3", "p4"].map((id) => c.a("rp26", id)).join("+")),
      rp27: fx(["p2", "p3", "p4"].map((id) => c.a("rp27", id)).join("+")),
    }),
  });
  const t1 = s.table({ cols, headerRows: 2, rows });
  s.gap(2);
  s.lines(["Tabel 2. Rekapitulasi Pagu Indikatif menurut Sumber Dana"], 2, { bold: true });
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no" },
    { key: "sd", head: ["Sumber Dana"] },
    { key: "rp26", head: ["Pagu 2026 (Rp)"], role: "anggaran", year: 2026, fmt: RP },
    { key: "rp27", head: ["Prakiraan Maju 2027 (Rp)"], role: "anggaran", year: 2027, fmt: RP },
    { key: "pr", head: ["Proporsi 2026 (%)"], fmt: DEC },
  ];
  // DAU 2026 = 214.6 + 387.25 + 275.8 + 412.56 = 1,290,210,000 (typed 1,209,210,000: planted)
  const src: Array<[string, string, number, number]> = [
    ["pad", "Pendapatan Asli Daerah (PAD)", 96_350_000, 96_350_000],
    ["dau", "Dana Alokasi Umum (DAU)", 1_209_210_000, 1_345_210_000],
    ["dbh", "Dana Bagi Hasil (DBH)", 158_400_000, 166_300_000],
  ];
  const rows2: Row[] = src.map(([id, nm, r26, r27], i) => ({
    id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      sd: nm,
      rp26: r26,
      rp27: r27,
      pr: fx(`ROUND(${c.a("rp26")}/${c.a("rp26", "jml")}*100,2)`),
    }),
  }));
  rows2.push({
    id: "jml",
    bold: true,
    span: ["no", "sd"],
    cells: (c): Record<string, Cell> => ({
      no: "JUMLAH",
      rp26: fx(`SUM(${c.c("rp26")}${c.row("pad")}:${c.c("rp26")}${c.row("dbh")})`),
      rp27: fx(`SUM(${c.c("rp27")}${c.row("pad")}:${c.c("rp27")}${c.row("dbh")})`),
      pr: fx(`SUM(${c.c("pr")}${c.row("pad")}:${c.c("pr")}${c.row("dbh")})`),
    }),
  });
  const t2 = s.table({ cols: cols2, headerRows: 1, rows: rows2 }, 2);
  s.gap();
  signature(s, 6, {
    tempat: "Warembungan, 12 Juni 2025",
    jabatan: ["Kepala Badan Kesatuan Bangsa dan Politik"],
    nama: "FRANKY D. MAMAHIT, S.STP., M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19790115 199912 1 002",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  const dau = (k: string) => ["s211", "s311", "s411", "s412"].map((id) => a(k, id)).join("+");
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a2("rp26", "dau") },
        { sheet: S, cell: a2("rp26", "jml") },
      ],
    },
    rules: ["cross-table-mismatch", "sum-mismatch"],
    note: "Tabel 2 DAU 2026 typed 1,209,210,000; the DAU sub kegiatan of Tabel 1 add 214,600,000 + 387,250,000 + 275,800,000 + 412,560,000 = 1,290,210,000, so Tabel 2's JUMLAH 1,463,960,000 misses Tabel 1's TOTAL 1,544,960,000",
    truth: dau("rp26"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s312") },
    rules: ["duplicate-code"],
    note: "sub kegiatan Penanganan Konflik Sosial coded 8.01.03.2.01.0002, the code of the FKDM / FKUB sub kegiatan on the row above (copied down); its own code is 8.01.03.2.01.0004",
    truth: `"8.01.03.2.01.0004"`,
    actual: `${a("kode", "s312")}`,
  });
  b.ok({
    sheet: S,
    cell: a2("rp27", "jml"),
    rules: ["cross-table-mismatch", "sum-mismatch"],
    truth: a("rp27", "tot"),
  });
  b.ok({
    sheet: S,
    cell: a2("pr", "jml"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `SUM(${a2("pr", "pad")}:${a2("pr", "dbh")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "p3"),
    rules: ["sum-mismatch"],
    truth: `${a("rp26", "k31")}`,
    trap: `SUM(${a("rp26", "k31")}:${a("rp26", "s312")})`,
  });
  b.ok({ sheet: S, cell: a2("rp27", "dau"), rules: ["cross-table-mismatch"], truth: dau("rp27") });
  b.ok({
    sheet: S,
    cell: a("kode", "s412"),
    rules: ["duplicate-code", "code-hierarchy"],
    truth: a("kode", "k41"),
    actual: `PARENT(${a("kode", "s412")})`,
  });
  return b.finish();
}
