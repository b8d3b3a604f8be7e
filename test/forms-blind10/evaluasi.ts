// Evaluation tables of the twelfth unseen set (performance forms): the E.79 evaluation of an RPJMD
// year by year ("Target" | "Realisasi Capaian" | "Tingkat Capaian (%)" over 2022 .. 2024 and a
// "Kategori Capaian 2024") of a Bappelitbangda, and the E.80 evaluation of the Renstra of a Dinas
// Perumahan dan Kawasan Permukiman in the wording of the Permendagri annex ("Target Kinerja Capaian
// Program (Renstra PD)", "Realisasi Capaian Program dan Kegiatan", "Rasio Capaian pada Tahun ke-"),
// K and Rp per ordinal year, "(dalam ribuan rupiah)". Every name and number is invented; the codes
// are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ========================================= E.79 RPJMD 2021-2026, per year (Kabupaten Sukawening)

type RpIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  r: number[];
  /** lower is better: refleksi (2T - R) / T x 100 (note 1) */
  neg?: boolean;
  pd: string;
  f?: string;
};

const YE = [2022, 2023, 2024];

/** E.79 of the RPJMD of Kabupaten Sukawening 2021-2026, years 2022-2024 evaluated. */
export function e79Tahunan(): BookW {
  const b = new BookW(
    "e79-tahunan-bappelitbangda-sukawening.xlsx",
    "E.79 RPJMD evaluation per year",
    "E.79 of a Bappelitbangda over the RPJMD 2021-2026: No | Sasaran RPJMD (merged) | Indikator Kinerja | Satuan | Kondisi Awal (2020) | Target > 2022..2024 | Realisasi Capaian > 2022..2024 | Tingkat Capaian (%) > 2022..2024 | Kategori Capaian 2024 | Perangkat Daerah Penanggung Jawab; a plain number row; typed capaian; three lower-is-better indicators with refleksi (note 1); the Permendagri bands as printed (with their gaps) in note 2",
  );
  const S = "E.79 RPJMD";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUKAWENING",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
    "Jl. Veteran No. 14 Sukawening, Telp. (0267) 421 118",
  ]);
  s.lines([
    "Tabel E.79",
    "EVALUASI TERHADAP HASIL RPJMD KABUPATEN SUKAWENING TAHUN 2021-2026",
    "Capaian Kinerja Tahun 2022 s.d. Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya pertumbuhan ekonomi daerah yang berkualitas";
  const S2 = "Menurunnya kemiskinan dan pengangguran";
  const S3 = "Meningkatnya kualitas sumber daya manusia";
  const S4 = "Meningkatnya akuntabilitas dan kualitas tata kelola pemerintahan";
  const rows: RpIn[] = [
    {
      id: "lpe",
      sas: S1,
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      awal: -1.42,
      t: [3.5, 4.6, 5.0],
      r: [3.84, 4.91, 4.31],
      pd: "Bappelitbangda",
    },
    {
      id: "pdrb",
      sas: S1,
      ind: "PDRB per kapita atas dasar harga berlaku",
      sat: "juta rupiah",
      awal: 38.62,
      t: [40.1, 42.5, 45.0],
      r: [40.87, 43.26, 45.91],
      pd: "Bappelitbangda",
    },
    {
      id: "miskin",
      sas: S2,
      ind: "Persentase penduduk miskin",
      sat: "%",
      awal: 11.24,
      t: [10.9, 10.4, 9.9],
      r: [10.95, 10.31, 9.96],
      neg: true,
      pd: "Dinas Sosial",
    },
    {
      id: "tpt",
      sas: S2,
      ind: "Tingkat pengangguran terbuka",
      sat: "%",
      awal: 6.82,
      t: [6.4, 6.0, 5.6],
      r: [6.12, 5.87, 5.31],
      neg: true,
      pd: "Dinas Tenaga Kerja dan Transmigrasi",
    },
    {
      id: "ipm",
      sas: S3,
      ind: "Indeks Pembangunan Manusia (IPM)",
      sat: "indeks",
      awal: 69.54,
      t: [70.1, 70.7, 71.3],
      r: [70.24, 70.95, 71.62],
      pd: "Dinas Pendidikan; Dinas Kesehatan",
    },
    {
      id: "stunting",
      sas: S3,
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      awal: 27.8,
      t: [24.5, 21.0, 17.5],
      r: [23.1, 22.4, 19.8],
      neg: true,
      pd: "Dinas Kesehatan",
    },
    {
      id: "ahh",
      sas: S3,
      ind: "Angka harapan hidup",
      sat: "tahun",
      awal: 71.02,
      t: [71.2, 71.4, 71.6],
      r: [71.18, 71.46, 71.73],
      pd: "Dinas Kesehatan",
    },
    {
      id: "rb",
      sas: S4,
      ind: "Indeks Reformasi Birokrasi",
      sat: "nilai",
      awal: 58.4,
      t: [61, 64, 67],
      r: [60.15, 62.37, 60.62],
      pd: "Sekretariat Daerah (Bagian Organisasi)",
    },
    {
      id: "tl",
      sas: S4,
      ind: "Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti",
      sat: "%",
      awal: 71.8,
      t: [80, 85, 90],
      r: [76.2, 80.4, 68.0],
      pd: "Inspektorat Daerah",
    },
  ];
  // planted 1: the 2023 tingkat capaian of stunting (lower is better) typed as R/T
  const PLANT_C = { id: "stunting", i: 1 };
  // planted 2: the kategori 2024 of the laju pertumbuhan ekonomi (86.20) written "Sangat Tinggi"
  const PLANT_K = "lpe";
  const capOf = (x: RpIn, i: number): number =>
    round(x.neg ? ((2 * x.t[i] - x.r[i]) / x.t[i]) * 100 : (x.r[i] / x.t[i]) * 100);
  const shown = (x: RpIn, i: number): number =>
    x.id === PLANT_C.id && i === PLANT_C.i ? round((x.r[i] / x.t[i]) * 100) : capOf(x, i);
  const kat = (x: RpIn): string => (x.id === PLANT_K ? "Sangat Tinggi" : predikat(shown(x, 2)));
  const byId = (id: string) => rows.find((x) => x.id === id)!;
  if (capOf(byId("lpe"), 2) !== 86.2) throw new Error("e79: LPE 2024");
  if (capOf(byId("rb"), 2) !== 90.48) throw new Error("e79: RB 2024");
  if (capOf(byId("tl"), 2) !== 75.56) throw new Error("e79: TL 2024");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran RPJMD"], role: "sasaran", num: 2, width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 11 },
    { key: "awal", head: ["Kondisi Awal (2020)"], role: "kondisi-awal", num: 5, fmt: DEC, width: 11 },
    ...YE.map((y, i): Col => ({
      key: `t${i}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      num: 6 + i,
      fmt: DEC,
      width: 10,
    })),
    ...YE.map((y, i): Col => ({
      key: `r${i}`,
      head: ["Realisasi Capaian", String(y)],
      role: "realisasi",
      year: y,
      num: 9 + i,
      fmt: DEC,
      width: 10,
    })),
    ...YE.map((y, i): Col => ({
      key: `c${i}`,
      head: ["Tingkat Capaian (%)", String(y)],
      role: "capaian",
      year: y,
      num: 12 + i,
      fmt: DEC,
      width: 10,
    })),
    { key: "kat", head: ["Kategori Capaian 2024"], role: "predikat", num: 15, width: 14 },
    { key: "pd", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", num: 16, width: 28 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => {
      const cells: Record<string, Cell> = {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        kat: kat(x),
        pd: x.pd,
      };
      YE.forEach((_, i) => {
        cells[`t${i}`] = x.t[i];
        cells[`r${i}`] = x.r[i];
        cells[`c${i}`] = shown(x, i);
      });
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1) Indikator dengan polaritas negatif (persentase penduduk miskin, tingkat pengangguran terbuka, prevalensi stunting): Tingkat Capaian = (2 x Target - Realisasi) / Target x 100%; indikator lainnya: Realisasi / Target x 100%.",
    "2) Kategori capaian (Permendagri 86/2017): 91 - 100 Sangat Tinggi; 76 - 90 Tinggi; 66 - 75 Sedang; 51 - 65 Rendah; <= 50 Sangat Rendah.",
    "3) Data 2024 angka sementara BPS Kabupaten Sukawening.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Sukawening, 24 Maret 2025",
    jabatan: ["KEPALA BAPPELITBANGDA", "KABUPATEN SUKAWENING,"],
    nama: "Dr. Ir. HENDRA GUNAWAN SASMITA, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19720814 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rt = (i: number, id: string) => `ROUND(${a(`r${i}`, id)}/${a(`t${i}`, id)}*100,2)`;
  const refl = (i: number, id: string) =>
    `ROUND((2*${a(`t${i}`, id)}-${a(`r${i}`, id)})/${a(`t${i}`, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a(`c${PLANT_C.i}`, PLANT_C.id) },
    rules: ["capaian-mismatch"],
    note: "tingkat capaian 2023 of prevalensi stunting (lower is better, refleksi by note 1) is 106.67 = 22.40 / 21.00; (2 x 21.00 - 22.40) / 21.00 gives 93.33",
    truth: refl(PLANT_C.i, PLANT_C.id),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", PLANT_K) },
    rules: ["predikat-mismatch"],
    note: "kategori 2024 of the laju pertumbuhan ekonomi is 'Sangat Tinggi' for a tingkat capaian of 86.20 (4.31 / 5.00); the band 76 - 90 of note 2 is Tinggi",
    truth: `PREDIKAT(${a("c2", PLANT_K)})`,
  });
  for (const x of rows) {
    YE.forEach((_, i) => {
      if (x.id === PLANT_C.id && i === PLANT_C.i) return;
      const over = capOf(x, i) > 100;
      b.ok({
        sheet: S,
        cell: a(`c${i}`, x.id),
        rules: over ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: x.neg ? refl(i, x.id) : rt(i, x.id),
        // a lower-is-better row read as R / T would give another number
        trap: x.neg ? rt(i, x.id) : undefined,
      });
    });
    if (x.id !== PLANT_K)
      b.ok({
        sheet: S,
        cell: a("kat", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c2", x.id)})`,
        // 90.48 is above 90 (Sangat Tinggi) and 75.56 above 75 (Tinggi), although the printed bands
        // of note 2 start at 91 and 76: they are half-open
        trap: x.id === "rb" || x.id === "tl" ? `PREDIKAT(${a("c2", x.id)}-0.6)` : undefined,
      });
  }
  return b.finish();
}

// ==================================== E.80 Renstra 2022-2026 (Disperkim Kota Tirtanagara), Rp 000

type DkIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  /** kegiatan: the program's id */
  parent?: string;
  neg?: boolean;
  awal?: number;
  akK: number;
  /** K: targets and realisasi of tahun ke-1..3 */
  t: number[];
  r: number[];
  /** Rp (thousands) of kegiatan; programs add their kegiatan by formula */
  akRp?: number;
  tRp?: number[];
  rRp?: number[];
  f: string;
  pj: string;
};

const YK = [2022, 2023, 2024];

/** E.80 of Dinas Perumahan dan Kawasan Permukiman Kota Tirtanagara, Renstra 2022-2026, tahun ke-1..3. */
export function e80Disperkim(): BookW {
  const b = new BookW(
    "e80-rasio-disperkim-tirtanagara.xlsx",
    "E.80 Renstra evaluation",
    "E.80 of a Dinas Perumahan dan Kawasan Permukiman, Renstra 2022-2026 in the title, '(dalam ribuan rupiah)': No | Sasaran | Program/Kegiatan (code and name in one cell) | Indikator Kinerja Program (outcome)/Kegiatan (output) | Data Capaian pada Awal Tahun Perencanaan | Target Capaian pada Akhir Tahun Perencanaan > K | Rp | Target Kinerja Capaian Program (Renstra PD) > Tahun ke-1..3 > K | Rp | Realisasi Capaian Program dan Kegiatan > Tahun ke-1..3 > K | Rp | Rasio Capaian pada Tahun ke- > 1..3 > K | Rp | Unit Penanggung Jawab; program Rp as SUM of its kegiatan, every rasio a ROUND formula; a lower-is-better kumuh indicator (refleksi formula)",
  );
  const S = "E.80";
  const s = b.sheet(S);
  s.lines([
    "Tabel E.80",
    "EVALUASI TERHADAP HASIL RENSTRA PERANGKAT DAERAH LINGKUP KOTA TIRTANAGARA",
    "Renstra Perangkat Daerah Dinas Perumahan dan Kawasan Permukiman Kota Tirtanagara Periode 2022-2026",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas hunian masyarakat";
  const SAS2 = "Meningkatnya kualitas lingkungan permukiman";
  const PJ1 = "Bidang Perumahan";
  const PJ2 = "Bidang Kawasan Permukiman";
  const PJ3 = "Bidang Prasarana, Sarana dan Utilitas Umum";
  const rows: DkIn[] = [
    {
      id: "p1",
      kode: "1.04.02",
      nama: "Program Pengembangan Perumahan",
      ind: "Persentase rumah tidak layak huni (RTLH) yang ditangani",
      sat: "%",
      awal: 18.4,
      akK: 60,
      t: [24, 32, 40],
      r: [25.1, 31.6, 41.3],
      f: DEC,
      pj: PJ1,
    },
    {
      id: "k11",
      parent: "p1",
      kode: "1.04.02.2.01",
      nama: "Pendataan Penyediaan dan Rehabilitasi Rumah Tidak Layak Huni",
      ind: "Jumlah dokumen data RTLH yang dimutakhirkan",
      sat: "dokumen",
      akK: 5,
      t: [1, 1, 1],
      r: [1, 1, 1],
      akRp: 985_000,
      tRp: [185_000, 192_500, 200_000],
      rRp: [178_640, 190_115, 196_720],
      f: INT,
      pj: PJ1,
    },
    {
      id: "k12",
      parent: "p1",
      kode: "1.04.02.2.03",
      nama: "Pembangunan dan Rehabilitasi Rumah Tidak Layak Huni",
      ind: "Jumlah unit RTLH yang direhabilitasi",
      sat: "unit",
      akK: 1_800,
      t: [320, 350, 380],
      r: [320, 342, 395],
      akRp: 36_000_000,
      tRp: [6_400_000, 7_000_000, 7_600_000],
      rRp: [6_318_450, 6_874_200, 7_512_900],
      f: INT,
      pj: PJ1,
    },
    {
      id: "p2",
      kode: "1.04.04",
      nama: "Program Kawasan Permukiman Kumuh",
      ind: "Persentase luas kawasan permukiman kumuh terhadap luas permukiman",
      sat: "%",
      neg: true,
      awal: 4.86,
      akK: 2.0,
      t: [4.3, 3.7, 3.1],
      r: [4.42, 3.65, 3.02],
      f: DEC,
      pj: PJ2,
    },
    {
      id: "k21",
      parent: "p2",
      kode: "1.04.04.2.01",
      nama: "Penataan dan Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di bawah 10 (sepuluh) Ha",
      ind: "Luas kawasan permukiman kumuh yang ditangani",
      sat: "ha",
      akK: 36,
      t: [6.5, 7.0, 7.5],
      r: [6.5, 7.2, 7.4],
      akRp: 18_000_000,
      tRp: [3_250_000, 3_500_000, 3_750_000],
      rRp: [3_162_480, 3_418_900, 3_655_210],
      f: DEC,
      pj: PJ2,
    },
    {
      id: "k22",
      parent: "p2",
      kode: "1.04.04.2.02",
      nama: "Pencegahan Perumahan dan Kawasan Permukiman Kumuh",
      ind: "Jumlah kelurahan yang mendapat pendampingan pencegahan kumuh",
      sat: "kelurahan",
      akK: 52,
      t: [8, 10, 12],
      r: [8, 11, 12],
      akRp: 2_640_000,
      tRp: [420_000, 480_000, 540_000],
      rRp: [401_350, 466_780, 528_040],
      f: INT,
      pj: PJ2,
    },
    {
      id: "p3",
      kode: "1.04.05",
      nama: "Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)",
      ind: "Persentase perumahan yang dilengkapi PSU",
      sat: "%",
      awal: 62.5,
      akK: 80,
      t: [66, 70, 74],
      r: [65.4, 70.8, 73.1],
      f: DEC,
      pj: PJ3,
    },
    {
      id: "k31",
      parent: "p3",
      kode: "1.04.05.2.01",
      nama: "Urusan Penyelenggaraan PSU Perumahan",
      ind: "Panjang jalan lingkungan perumahan yang dibangun",
      sat: "km",
      akK: 68.5,
      t: [12.5, 13, 14],
      r: [12.8, 13.4, 13.6],
      akRp: 51_375_000,
      tRp: [9_375_000, 9_750_000, 10_500_000],
      rRp: [9_214_650, 9_683_420, 10_287_330],
      f: DEC,
      pj: PJ3,
    },
    {
      id: "k32",
      parent: "p3",
      kode: "1.04.05.2.02",
      nama: "Penyerahan Prasarana, Sarana dan Utilitas Umum Perumahan dari Pengembang",
      ind: "Jumlah lokasi PSU perumahan yang diserahkan pengembang",
      sat: "lokasi",
      akK: 42,
      t: [6, 8, 10],
      r: [5, 8, 11],
      akRp: 855_000,
      tRp: [150_000, 165_000, 180_000],
      rRp: [142_860, 158_210, 176_450],
      f: INT,
      pj: PJ3,
    },
  ];
  // planted 1: the rasio K tahun ke-2 of the kelurahan pendampingan divides by the tahun ke-1 target
  const PLANT_R = { id: "k22", i: 1 };
  // planted 2: the tahun ke-3 target Rp of program 1.04.05 typed 10,860,000 among SUM formulas
  const PLANT_S = { id: "p3", i: 2, v: 10_860_000 };
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  if (sum(kids("p3").map((x) => x.tRp![2])) !== 10_680_000) throw new Error("e80: p3 Rp ke-3");
  const TK = "Target Kinerja Capaian Program (Renstra PD)";
  const RK = "Realisasi Capaian Program dan Kegiatan";
  const RS = "Rasio Capaian pada Tahun ke-";
  const AK = "Target Capaian pada Akhir Tahun Perencanaan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 24 },
    { key: "prog", head: ["Program/Kegiatan"], num: 3, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Awal Tahun Perencanaan"],
      role: "kondisi-awal",
      num: 6,
      fmt: DEC,
      width: 12,
    },
    // the akhir group has no year row: its two-level path stretches over the year row
    { key: "akK", head: [AK, "K"], role: "target", num: 7, width: 10 },
    { key: "akRp", head: [AK, "Rp"], role: "anggaran", num: 7, fmt: RP, width: 13 },
  ];
  const groups: Array<[string, string, "target" | "realisasi" | "capaian", number]> = [
    ["t", TK, "target", 8],
    ["r", RK, "realisasi", 11],
    ["c", RS, "capaian", 14],
  ];
  for (const [p, head, role, n0] of groups)
    YK.forEach((y, i) => {
      const yearHead = p === "c" ? String(i + 1) : `Tahun ke-${i + 1}`;
      cols.push({
        key: `${p}K${i}`,
        head: [head, yearHead, "K"],
        role,
        year: y,
        num: n0 + i,
        width: 10,
      });
      cols.push({
        key: `${p}Rp${i}`,
        head: [head, yearHead, "Rp"],
        role: role === "target" ? "anggaran" : role === "realisasi" ? "realisasi-anggaran" : "capaian",
        year: y,
        num: n0 + i,
        fmt: p === "c" ? DEC : RP,
        width: p === "c" ? 9 : 13,
      });
    });
  cols.push({ key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 17, width: 24 });
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    vmerge: ["sas"],
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.parent,
      cells: (c) => {
        const F = (v: number) => fmt(v, x.f);
        const cells: Record<string, Cell> = {
          no: x.parent ? undefined : ++no,
          sas: x.id.startsWith("p1") || x.parent === "p1" ? SAS1 : SAS2,
          prog: `${x.kode} ${x.nama}`,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          akK: F(x.akK),
          pj: x.pj,
        };
        const ks = kids(x.id);
        cells.akRp = x.parent ? x.akRp : fx(`SUM(${ks.map((k) => c.a("akRp", k.id)).join(",")})`);
        YK.forEach((_, i) => {
          cells[`tK${i}`] = F(x.t[i]);
          cells[`rK${i}`] = F(x.r[i]);
          for (const p of ["t", "r"] as const) {
            const key = `${p}Rp${i}`;
            if (x.parent) cells[key] = p === "t" ? x.tRp![i] : x.rRp![i];
            else if (p === "t" && x.id === PLANT_S.id && i === PLANT_S.i) cells[key] = PLANT_S.v;
            else cells[key] = fx(`SUM(${c.a(key, ks[0].id)}:${c.a(key, ks[ks.length - 1].id)})`);
          }
          const T = c.a(`tK${i}`);
          const R = c.a(`rK${i}`);
          cells[`cK${i}`] =
            x.id === PLANT_R.id && i === PLANT_R.i
              ? fx(`ROUND(${R}/${c.a(`tK${i - 1}`)}*100,2)`)
              : fx(x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`);
          cells[`cRp${i}`] = fx(`ROUND(${c.a(`rRp${i}`)}/${c.a(`tRp${i}`)}*100,2)`);
        });
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Persentase luas kawasan permukiman kumuh adalah indikator dengan polaritas negatif (semakin kecil semakin baik): rasio capaian = (2 x target - realisasi) / target x 100.",
    "- Rasio capaian indikator lainnya = realisasi / target x 100; rasio anggaran = realisasi anggaran / pagu x 100.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tirtanagara, 6 Februari 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN DAN", "KAWASAN PERMUKIMAN KOTA TIRTANAGARA,"],
    nama: "Ir. MARLINA SETYANINGRUM, M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19760509 200212 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a(`cK${PLANT_R.i}`, PLANT_R.id) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "rasio capaian K tahun ke-2 (2023) of the kelurahan pendampingan is =ROUND(realisasi ke-2 / target ke-1 * 100,2) = 137.50 (11 / 8); 11 / 10 gives 110.00",
    truth: `ROUND(${a("rK1", PLANT_R.id)}/${a("tK1", PLANT_R.id)}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a(`tRp${PLANT_S.i}`, PLANT_S.id) },
    rules: ["sum-mismatch"],
    note: "target Rp tahun ke-3 (2024) of program 1.04.05 is a typed 10,860,000 among SUM formulas; its two kegiatan add up to 10,680,000 (Rp 000)",
    truth: kids(PLANT_S.id)
      .map((k) => a(`tRp${PLANT_S.i}`, k.id))
      .join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    YK.forEach((_, i) => {
      const T = a(`tK${i}`, x.id);
      const R = a(`rK${i}`, x.id);
      if (!(x.id === PLANT_R.id && i === PLANT_R.i))
        b.ok({
          sheet: S,
          cell: a(`cK${i}`, x.id),
          rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
          truth: x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
          // the kumuh row (lower is better) has its own formula in the column: refleksi, not R / T
          trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
        });
      // the rasio Rp of program 1.04.05 ke-3 divides by the planted typed target: it follows it
      if (!(x.id === PLANT_S.id && i === PLANT_S.i))
        b.ok({
          sheet: S,
          cell: a(`cRp${i}`, x.id),
          rules: ["capaian-mismatch"],
          truth: `ROUND(${a(`rRp${i}`, x.id)}/${a(`tRp${i}`, x.id)}*100,2)`,
        });
      if (!x.parent)
        for (const p of ["t", "r"]) {
          const key = `${p}Rp${i}`;
          if (x.id === PLANT_S.id && i === PLANT_S.i && p === "t") continue;
          b.ok({
            sheet: S,
            cell: a(key, x.id),
            rules: ["sum-mismatch"],
            truth: kids(x.id)
              .map((k) => a(key, k.id))
              .join("+"),
            tol: 0.5,
          });
        }
    });
    if (!x.parent)
      b.ok({
        sheet: S,
        cell: a("akRp", x.id),
        rules: ["sum-mismatch"],
        truth: kids(x.id)
          .map((k) => a("akRp", k.id))
          .join("+"),
        tol: 0.5,
      });
  }
  return b.finish();
}
