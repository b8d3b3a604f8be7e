// Plan tables of the tenth unseen set: the IKU decree annex of a provincial Badan Riset dan Inovasi
// Daerah with "Penjelasan" and "Formulasi" columns and targets under "Tahun ke-1" .. "Tahun ke-5" (the
// period only in the title); and the Renja 2026 of a provincial Dinas Kehutanan "(dalam ribuan
// rupiah)", with provincial kegiatan codes (x.xx.xx.1.xx), a "Kelompok Sasaran" column and the
// prakiraan maju 2027. Every name and number is invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, RP, fmt, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

// ============================================ IKU 2025-2029 with Penjelasan and Formulasi (BRIDA)

type IkIn = {
  id: string;
  sas: string;
  ind: string;
  penj: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  /** lower is better */
  neg?: boolean;
  pct?: boolean;
  sd: string;
  pj: string;
};

const YI = [2025, 2026, 2027, 2028, 2029];

/** IKU Badan Riset dan Inovasi Daerah Provinsi Banua Raya 2025-2029. */
export function ikuBrida(): BookW {
  const b = new BookW(
    "iku-penjelasan-brida-banuaraya.xlsx",
    "IKU decree annex with Penjelasan and Formulasi",
    "IKU of a provincial BRIDA: Sasaran Strategis (merged) | Indikator Kinerja Utama | Penjelasan | Formulasi | Satuan | Kondisi Awal | Target > Tahun ke-1 .. Tahun ke-5 | Kondisi Akhir | Sumber Data | Penanggung Jawab; the period 2025-2029 only in the title; a lower-is-better percentage with falling targets",
  );
  const S = "IKU BRIDA";
  const s = b.sheet(S);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA BADAN RISET DAN INOVASI DAERAH PROVINSI BANUA RAYA",
    "NOMOR : 000.8.3/045/BRIDA",
    "TENTANG INDIKATOR KINERJA UTAMA BADAN RISET DAN INOVASI DAERAH PROVINSI BANUA RAYA PERIODE 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya pemanfaatan hasil riset dan inovasi dalam perumusan kebijakan daerah";
  const S2 = "Meningkatnya kualitas ekosistem riset dan inovasi daerah";
  const PJ = "Kepala Badan Riset dan Inovasi Daerah";
  const rows: IkIn[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase rekomendasi kebijakan hasil kajian yang dimanfaatkan perangkat daerah",
      penj: "Rekomendasi kebijakan dari kajian BRIDA yang dijadikan dasar penyusunan kebijakan, program atau kegiatan oleh perangkat daerah pada tahun berjalan",
      rumus: "(Jumlah rekomendasi yang dimanfaatkan / Jumlah rekomendasi yang diserahkan) x 100%",
      sat: "%",
      awal: 38.5,
      tg: [42, 46, 50, 54, 58],
      pct: true,
      sd: "Bidang Riset dan Inovasi Daerah",
      pj: PJ,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Indeks Inovasi Daerah",
      penj: "Skor inovasi daerah Provinsi hasil pengukuran Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri",
      rumus: "Skor indeks hasil penilaian BSKDN Kemendagri",
      sat: "skor",
      awal: 52.36,
      tg: [55, 57.5, 60, 62.5, 65],
      sd: "BSKDN Kemendagri",
      pj: PJ,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase perangkat daerah yang menerapkan inovasi pelayanan publik",
      penj: "Perangkat daerah yang memiliki paling sedikit satu inovasi pelayanan publik yang telah diterapkan dan dilaporkan",
      rumus: "(Jumlah PD yang menerapkan inovasi / Jumlah seluruh PD) x 100%",
      sat: "%",
      awal: 55,
      tg: [60, 65, 70, 75, 80],
      pct: true,
      sd: "Aplikasi Indeks Inovasi Daerah",
      pj: PJ,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase kegiatan riset yang tidak selesai tepat waktu",
      penj: "Kegiatan riset dan kajian yang laporan akhirnya melewati jadwal pada kerangka acuan kerja",
      rumus: "(Jumlah riset yang terlambat / Jumlah riset yang dilaksanakan) x 100%",
      sat: "%",
      awal: 22.5,
      tg: [20, 17.5, 15, 12.5, 10],
      neg: true,
      pct: true,
      sd: "Sekretariat BRIDA",
      pj: PJ,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Indeks Kepuasan Masyarakat terhadap layanan riset dan inovasi",
      penj: "Tingkat kepuasan pengguna layanan perizinan riset, konsultasi dan data hasil riset",
      rumus: "Nilai IKM hasil survei kepuasan masyarakat (PermenPANRB 14/2017)",
      sat: "nilai",
      awal: 78.4,
      tg: [80, 81, 82, 83, 84],
      sd: "Survei Kepuasan Masyarakat",
      pj: PJ,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Rasio peneliti dan perekayasa daerah per 100.000 penduduk",
      penj: "Jumlah pejabat fungsional peneliti, perekayasa dan analis kebijakan di lingkungan Pemerintah Provinsi dibanding jumlah penduduk",
      rumus: "(Jumlah peneliti dan perekayasa / Jumlah penduduk) x 100.000",
      sat: "rasio",
      awal: 1.85,
      tg: [2, 2.15, 2.3, 2.45, 2.6],
      sd: "BKD Provinsi dan BPS",
      pj: PJ,
    },
  ];
  // planted 1: kondisi akhir of a percentage is the five targets added up (250 %)
  const PLANT_K = "i1";
  // planted 2: the tahun ke-4 target of inovasi PD typed 57 for 75 (digits swapped)
  const PLANT_T = "i3";
  const PLANT_T_VAL = 57;
  const T = "Target";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "penj", head: ["Penjelasan"], role: "definisi", width: 40 },
    { key: "rumus", head: ["Formulasi"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", width: 10 },
    ...YI.map((y, k): Col => ({
      key: `y${k}`,
      head: [T, `Tahun ke-${k + 1}`],
      role: "target",
      year: y,
      width: 10,
    })),
    { key: "akhir", head: ["Kondisi Akhir"], role: "kondisi-akhir", width: 10 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 22 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => {
      const cells: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        penj: x.penj,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, DEC),
        akhir: fmt(x.id === PLANT_K ? sum(x.tg) : x.tg[4], DEC),
        sd: x.sd,
        pj: x.pj,
      };
      x.tg.forEach((v, k) => (cells[`y${k}`] = fmt(x.id === PLANT_T && k === 3 ? PLANT_T_VAL : v, DEC)));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi awal adalah capaian tahun 2024; kondisi akhir adalah target pada akhir periode Renstra.",
  ]);
  s.gap();
  signature(s, 13, {
    tempat: "Banua Raya, 6 Mei 2025",
    jabatan: ["KEPALA BADAN RISET DAN INOVASI DAERAH", "PROVINSI BANUA RAYA,"],
    nama: "Dr. Ir. MUHAMMAD RIDWAN HASIBUAN, M.Sc.",
    pangkat: "Pembina Utama Madya",
    nip: "19710919 199603 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const ys = (id: string) => YI.map((_, k) => a(`y${k}`, id));
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_K) },
    rules: ["kondisi-akhir-mismatch", "percent-out-of-range"],
    note: "kondisi akhir of the persentase rekomendasi dimanfaatkan (a level) is 250.00 %, the five targets added up; the tahun ke-5 target is 58.00",
    truth: ys(PLANT_K)[4],
  });
  b.plant({
    at: { sheet: S, cell: a("y3", PLANT_T) },
    rules: ["target-trend", "target-outlier"],
    note: "tahun ke-4 (2028) target of the persentase PD yang menerapkan inovasi is 57.00 between 70.00 and 80.00 (75 with its digits swapped): the path falls and rises again",
    truth: `(${ys(PLANT_T)[2]}+${ys(PLANT_T)[4]})/2`,
  });
  for (const x of rows) {
    const y = ys(x.id);
    if (x.id !== PLANT_K)
      b.ok({
        sheet: S,
        cell: a("akhir", x.id),
        rules: ["kondisi-akhir-mismatch"],
        // levels end at the tahun ke-5 target, not at the five years added up
        truth: y[4],
        trap: y.join("+"),
      });
    // a falling path is the right way for a lower-is-better percentage
    if (x.neg)
      for (const c of y) b.ok({ sheet: S, cell: c, rules: ["target-trend", "target-outlier"], truth: c });
    // the targets of the other rising percentage stay within 0-100
    if (x.pct && !x.neg && x.id !== PLANT_T)
      for (const c of y) b.ok({ sheet: S, cell: c, rules: ["percent-out-of-range"], truth: c });
  }
  return b.finish();
}

// ============================================= Renja 2026 in thousands (Dinas Kehutanan Provinsi)

type RjIn = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  kode: string;
  nama: string;
  ind: string;
  target: string;
  t27: string;
  lokasi?: string;
  sd?: string;
  kel?: string;
  /** sub kegiatan: kebutuhan dana 2026 and 2027, thousands of rupiah */
  pagu?: number;
  rp27?: number;
};

/** Renja 2026 Dinas Kehutanan Provinsi Kalimaya, "(dalam ribuan rupiah)". */
export function renjaDishut(): BookW {
  const b = new BookW(
    "renja-ribuan-dishut-kalimaya.xlsx",
    "Renja rumusan of a provincial office in thousands",
    "Renja 2026 of a provincial Dinas Kehutanan, '(dalam ribuan rupiah)': Kode (x.xx.xx.1.xx.xxxx) | Program/Kegiatan/Sub Kegiatan | Indikator Kinerja | Rencana Tahun 2026 > Lokasi | Target Kinerja | Kebutuhan Dana | Sumber Dana, Kelompok Sasaran, Prakiraan Maju Tahun 2027 > Target Kinerja | Kebutuhan Dana; typed totals; JUMLAH",
  );
  const S = "Renja 2026";
  const s = b.sheet(S);
  s.lines([
    "RENCANA KERJA DINAS KEHUTANAN PROVINSI KALIMAYA TAHUN 2026",
    "Tabel 3.1 Rumusan Rencana Program dan Kegiatan Tahun 2026 dan Prakiraan Maju Tahun 2027",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const KTH = "Kelompok Tani Hutan";
  const rows: RjIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "3.28.02",
      nama: "Program Pengelolaan Hutan",
      ind: "Persentase kawasan hutan produksi yang dikelola KPH secara lestari",
      target: "62 %",
      t27: "65 %",
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      kode: "3.28.02.1.01",
      nama: "Pelaksanaan Tata Hutan di Kesatuan Pengelolaan Hutan Kecuali pada Kesatuan Pengelolaan Hutan Konservasi (KPHK)",
      ind: "Jumlah KPH yang melaksanakan tata hutan",
      target: "6 KPH",
      t27: "6 KPH",
    },
    {
      id: "s111",
      kind: "sub",
      parent: "k11",
      kode: "3.28.02.1.01.0001",
      nama: "Penyusunan Rencana Pengelolaan Hutan Jangka Panjang KPH",
      ind: "Jumlah dokumen RPHJP yang disusun",
      target: "2 dokumen",
      t27: "2 dokumen",
      lokasi: "KPH Wilayah I dan II",
      kel: "KPH",
      pagu: 846_500,
      rp27: 880_000,
    },
    {
      id: "s112",
      kind: "sub",
      parent: "k11",
      kode: "3.28.02.1.01.0003",
      nama: "Pelaksanaan Inventarisasi Hutan pada KPH",
      ind: "Luas areal hutan yang diinventarisasi",
      target: "12.500 ha",
      t27: "13.000 ha",
      lokasi: "KPH Wilayah III - VI",
      kel: "KPH",
      pagu: 1_286_400,
      rp27: 1_340_000,
    },
    {
      id: "k12",
      kind: "kegiatan",
      parent: "p1",
      kode: "3.28.02.1.03",
      nama: "Pelaksanaan Rehabilitasi di Luar Kawasan Hutan Negara",
      ind: "Luas lahan kritis di luar kawasan hutan yang direhabilitasi",
      target: "850 ha",
      t27: "900 ha",
    },
    {
      id: "s121",
      kind: "sub",
      parent: "k12",
      kode: "3.28.02.1.03.0002",
      nama: "Penanaman Pohon di Luar Kawasan Hutan",
      ind: "Jumlah bibit yang ditanam",
      target: "425.000 batang",
      t27: "450.000 batang",
      lokasi: "Kab. Sungai Lamu, Kab. Batu Ampar",
      sd: "DBH DR",
      kel: KTH,
      pagu: 3_412_750,
      rp27: 3_600_000,
    },
    {
      id: "s122",
      kind: "sub",
      parent: "k12",
      kode: "3.28.02.1.03.0005",
      nama: "Pendampingan Kelompok Tani Hutan Pelaksana Rehabilitasi",
      ind: "Jumlah KTH yang didampingi",
      target: "34 kelompok",
      t27: "36 kelompok",
      lokasi: "Kab. Sungai Lamu, Kab. Batu Ampar",
      kel: KTH,
      pagu: 42_500,
      rp27: 45_000,
    },
    {
      id: "p2",
      kind: "program",
      kode: "3.28.03",
      nama: "Program Konservasi Sumber Daya Alam Hayati dan Ekosistemnya",
      ind: "Persentase kawasan Tahura yang terlindungi dari gangguan",
      target: "96 %",
      t27: "97 %",
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      kode: "3.28.03.1.01",
      nama: "Pelaksanaan Pengelolaan Taman Hutan Raya (TAHURA) Lintas Daerah Kabupaten/Kota",
      ind: "Luas Tahura yang dikelola",
      target: "18.240 ha",
      t27: "18.240 ha",
    },
    {
      id: "s211",
      kind: "sub",
      parent: "k21",
      kode: "3.28.03.1.01.0001",
      nama: "Perlindungan dan Pengamanan Kawasan Tahura",
      ind: "Jumlah patroli pengamanan kawasan",
      target: "48 kali",
      t27: "48 kali",
      lokasi: "Tahura Bukit Sarang Elang",
      kel: "Masyarakat sekitar kawasan",
      pagu: 624_300,
      rp27: 650_000,
    },
    {
      id: "s212",
      kind: "sub",
      parent: "k21",
      kode: "3.28.03.1.01.0002",
      nama: "Pemanfaatan Jasa Lingkungan dan Wisata Alam di Tahura",
      ind: "Jumlah pengunjung Tahura",
      target: "35.000 orang",
      t27: "38.000 orang",
      lokasi: "Tahura Bukit Sarang Elang",
      kel: "Pengunjung dan pelaku usaha wisata alam",
      pagu: 418_900,
      rp27: 440_000,
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      kode: "3.28.03.1.02",
      nama: "Pelaksanaan Perlindungan Tumbuhan dan Satwa Liar yang Tidak Dilindungi dan/atau Tidak Masuk dalam Lampiran CITES",
      ind: "Jumlah spesies tumbuhan dan satwa liar yang dipantau",
      target: "12 spesies",
      t27: "12 spesies",
    },
    {
      id: "s221",
      kind: "sub",
      parent: "k22",
      kode: "3.28.03.1.02.0001",
      nama: "Pemantauan Populasi Tumbuhan dan Satwa Liar",
      ind: "Jumlah laporan pemantauan populasi",
      target: "4 laporan",
      t27: "4 laporan",
      lokasi: "Provinsi Kalimaya",
      kel: "Penangkar dan pengedar TSL",
      pagu: 287_600,
      rp27: 300_000,
    },
    {
      id: "p3",
      kind: "program",
      kode: "3.28.05",
      nama: "Program Pengelolaan Daerah Aliran Sungai (DAS)",
      ind: "Persentase DAS prioritas yang dipulihkan daya dukungnya",
      target: "18 %",
      t27: "22 %",
    },
    {
      id: "k31",
      kind: "kegiatan",
      parent: "p3",
      kode: "3.28.05.1.01",
      nama: "Pelaksanaan Rehabilitasi Hutan dan Lahan Kecuali di Kawasan Hutan Konservasi",
      ind: "Luas hutan dan lahan yang direhabilitasi",
      target: "1.200 ha",
      t27: "1.250 ha",
    },
    {
      id: "s311",
      kind: "sub",
      parent: "k31",
      kode: "3.28.05.1.01.0001",
      nama: "Penanaman dan Pemeliharaan Tanaman Rehabilitasi Hutan dan Lahan",
      ind: "Luas penanaman rehabilitasi",
      target: "1.200 ha",
      t27: "1.250 ha",
      lokasi: "DAS Lamu Hulu, DAS Ampar",
      sd: "DBH DR",
      kel: KTH,
      pagu: 2_956_800,
      rp27: 3_100_000,
    },
    {
      id: "s312",
      kind: "sub",
      parent: "k31",
      kode: "3.28.05.1.01.0003",
      nama: "Pembuatan Bangunan Konservasi Tanah dan Air",
      ind: "Jumlah dam penahan dan gully plug yang dibangun",
      target: "24 unit",
      t27: "24 unit",
      lokasi: "DAS Lamu Hulu",
      sd: "DBH DR",
      kel: KTH,
      pagu: 1_148_200,
      rp27: 1_200_000,
    },
    {
      id: "k32",
      kind: "kegiatan",
      parent: "p3",
      kode: "3.28.05.1.02",
      nama: "Pelaksanaan Pengelolaan DAS Lintas Daerah Kabupaten/Kota dan dalam Daerah Kabupaten/Kota dalam 1 (satu) Daerah Provinsi",
      ind: "Jumlah dokumen pengelolaan DAS",
      target: "3 dokumen",
      t27: "3 dokumen",
    },
    {
      id: "s321",
      kind: "sub",
      parent: "k32",
      kode: "3.28.05.1.02.0002",
      nama: "Penyusunan Rencana Pengelolaan DAS Terpadu",
      ind: "Jumlah dokumen rencana pengelolaan DAS",
      target: "1 dokumen",
      t27: "1 dokumen",
      lokasi: "DAS Ampar",
      kel: "Forum DAS",
      pagu: 356_400,
      rp27: 370_000,
    },
    {
      id: "s322",
      kind: "sub",
      parent: "k32",
      kode: "3.28.05.1.02.0003",
      nama: "Pemantauan dan Evaluasi Pengelolaan DAS",
      ind: "Jumlah laporan monitoring dan evaluasi DAS",
      target: "2 laporan",
      t27: "2 laporan",
      lokasi: "DAS Lamu, DAS Ampar",
      kel: "Forum DAS",
      pagu: 214_700,
      rp27: 225_000,
    },
  ];
  // planted 1: the 2026 kebutuhan dana of Inventarisasi Hutan typed in rupiah among thousands
  const PLANT_N = "s112";
  // planted 2: sub kegiatan Pemantauan DAS coded 3.28.05.1.01.0004 under kegiatan 3.28.05.1.02
  const PLANT_C = "s322";
  const BADCODE = "3.28.05.1.01.0004";
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const total = (x: RjIn, k: "pagu" | "rp27"): number =>
    x.kind === "sub" ? x[k]! : sum(kids(x.id).map((q) => total(q, k)));
  const written = (x: RjIn, k: "pagu" | "rp27"): number =>
    x.id === PLANT_N && k === "pagu" ? x.pagu! * 1000 : total(x, k);
  const progs = rows.filter((x) => x.kind === "program");
  const R26 = "Rencana Tahun 2026";
  const R27 = "Prakiraan Maju Tahun 2027";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 19 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 4, width: 32 },
    { key: "lok", head: [R26, "Lokasi"], role: "lokasi", num: 5, width: 20 },
    { key: "tg", head: [R26, "Target Kinerja"], role: "target", year: 2026, num: 6, width: 13 },
    { key: "pagu", head: [R26, "Kebutuhan Dana"], role: "anggaran", year: 2026, num: 7, fmt: RP, width: 15 },
    { key: "sd", head: [R26, "Sumber Dana"], num: 8, width: 10 },
    { key: "kel", head: ["Kelompok Sasaran"], num: 9, width: 20 },
    { key: "t27", head: [R27, "Target Kinerja"], role: "target", year: 2027, num: 10, width: 13 },
    { key: "rp27", head: [R27, "Kebutuhan Dana"], role: "anggaran", year: 2027, num: 11, fmt: RP, width: 15 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.kind === "program",
        cells: {
          no: x.kind === "program" ? progs.indexOf(x) + 1 : undefined,
          kode: x.id === PLANT_C ? BADCODE : x.kode,
          nama: x.nama,
          ind: x.ind,
          lok: x.lokasi ?? "Provinsi Kalimaya",
          tg: x.target,
          pagu: written(x, "pagu"),
          sd: x.kind === "sub" ? (x.sd ?? "APBD") : undefined,
          kel: x.kel,
          t27: x.t27,
          rp27: written(x, "rp27"),
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "ind"],
        cells: {
          no: "JUMLAH",
          pagu: sum(progs.map((p) => written(p, "pagu"))),
          rp27: sum(progs.map((p) => written(p, "rp27"))),
        },
      },
    ],
  });
  s.gap();
  s.lines(["DBH DR: Dana Bagi Hasil Dana Reboisasi."]);
  s.gap();
  signature(s, 9, {
    tempat: "Kalimaya, 12 Mei 2025",
    jabatan: ["KEPALA DINAS KEHUTANAN", "PROVINSI KALIMAYA,"],
    nama: "Ir. YOHANES BERHITU, M.P.",
    pangkat: "Pembina Utama Muda",
    nip: "19700304 199503 1 007",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const n = rows.find((x) => x.id === PLANT_N)!;
  b.plant({
    at: { sheet: S, cell: a("pagu", PLANT_N) },
    rules: ["number-scale", "sum-mismatch"],
    note: `kebutuhan dana 2026 of Pelaksanaan Inventarisasi Hutan is ${written(n, "pagu").toLocaleString("en")}, typed in rupiah in a table in thousands; ${n.pagu!.toLocaleString("en")} (Rp 000) makes kegiatan 3.28.02.1.01 add up`,
    truth: `${a("pagu", "k11")}-${a("pagu", "s111")}`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_C) },
    rules: ["code-hierarchy"],
    note: `sub kegiatan Pemantauan dan Evaluasi Pengelolaan DAS is coded ${BADCODE} under kegiatan 3.28.05.1.02`,
    truth: a("kode", "k32"),
    actual: `PARENT(${a("kode", PLANT_C)})`,
  });
  for (const x of rows) {
    if (x.parent && x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.kind === "sub") continue;
    for (const k of ["pagu", "rp27"] as const) {
      // kegiatan 3.28.02.1.01 is right, but no longer the sum of its rows as written: it follows the plant
      if (k === "pagu" && x.id === "k11") continue;
      const parts = kids(x.id);
      b.ok({
        sheet: S,
        cell: a(k, x.id),
        rules: ["sum-mismatch"],
        truth: parts.map((q) => a(k, q.id)).join("+"),
        // a program is not the sum of its kegiatan and their sub kegiatan together
        trap:
          x.kind === "program"
            ? [...parts, ...parts.flatMap((q) => kids(q.id))].map((q) => a(k, q.id)).join("+")
            : undefined,
        tol: 0.5,
      });
    }
  }
  b.ok({
    sheet: S,
    cell: a("rp27", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => a("rp27", p.id)).join("+"),
    trap: rows.map((x) => a("rp27", x.id)).join("+"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => a("pagu", p.id)).join("+"),
    tol: 0.5,
  });
  // a small sub kegiatan (Rp 42.5 juta) is no scale slip, and the 2027 amounts are all in thousands
  b.ok({ sheet: S, cell: a("pagu", "s122"), rules: ["number-scale"], truth: a("pagu", "s122") });
  for (const x of rows.filter((q) => q.kind === "sub"))
    b.ok({ sheet: S, cell: a("rp27", x.id), rules: ["number-scale"], truth: a("rp27", x.id) });
  return b.finish();
}
