// Tables of a Dinas Perumahan Rakyat dan Kawasan Permukiman: the BSPS recap per kecamatan of a
// Kalimantan Barat kabupaten (unit, alokasi Rp 20 juta per unit, tahap I / II, jumlah, %, sisa), the
// LKjIP 2024 measurement table of a Sulawesi Selatan kabupaten (RTLH and kawasan kumuh lower is better)
// and an E.81-like evaluation of a Renja 2024 (K | Rp pairs). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Kec = { id: string; nm: string; rtlh: number; unit: number; h2: "-" | "full" };

export function bspsKalbar(): BookW {
  const b = new BookW(
    "rekap-bsps-per-kecamatan-perkim-sambas-hulu.xlsx",
    "rekap BSPS per kecamatan (Dinas Perkim)",
    "BSPS 2024 recap of a Dinas Perkim in Kalimantan Barat: No | Kecamatan | Jumlah RTLH (unit) | Penerima BSPS (unit) | Cakupan (%) | Alokasi Dana (Rp) | 'Penyaluran Dana (Rp)' > Tahap I (70%) | Tahap II (30%) | Jumlah | % Penyaluran | Sisa (Rp); number row '6 = 4 x 20.000.000', '9 = 7 + 8'; JUMLAH row",
  );
  const S = "Rekap BSPS 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SAMBAS HULU",
    "DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN",
    "Jl. Gusti Hamzah No. 14 Telp. (0562) 391207",
  ]);
  s.lines([
    "REKAPITULASI PENYALURAN BANTUAN STIMULAN PERUMAHAN SWADAYA (BSPS) PER KECAMATAN",
    "TAHUN ANGGARAN 2024 (keadaan s.d. 31 Desember 2024)",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "c1", nm: "Sejangkung Hilir", rtlh: 1_284, unit: 46, h2: "full" },
    { id: "c2", nm: "Teluk Keramat Hulu", rtlh: 2_017, unit: 62, h2: "full" },
    { id: "c3", nm: "Paloh Baru", rtlh: 936, unit: 31, h2: "full" },
    { id: "c4", nm: "Subah Raya", rtlh: 1_542, unit: 54, h2: "-" },
    { id: "c5", nm: "Sajingan Dalam", rtlh: 688, unit: 23, h2: "full" },
    { id: "c6", nm: "Tebas Kuala", rtlh: 1_815, unit: 58, h2: "full" },
  ];
  const alok = (k: Kec) => k.unit * 20_000_000;
  const PY = "Penyaluran Dana (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
    { key: "rtlh", head: ["Jumlah RTLH (unit)"], num: 3, fmt: INT, width: 10 },
    { key: "unit", head: ["Penerima BSPS (unit)"], role: "target", year: 2024, num: 4, fmt: INT, width: 10 },
    { key: "cak", head: ["Cakupan thd RTLH (%)"], num: "5 = 4 / 3 x 100", fmt: DEC, width: 10 },
    {
      key: "alok",
      head: ["Alokasi Dana (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "6 = 4 x 20.000.000",
      fmt: RP,
      width: 16,
    },
    {
      key: "h1",
      head: [PY, "Tahap I (70%)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 7,
      fmt: RP,
      width: 15,
    },
    {
      key: "h2",
      head: [PY, "Tahap II (30%)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 8,
      fmt: RP,
      width: 15,
    },
    {
      key: "j",
      head: [PY, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "9 = 7 + 8",
      fmt: RP,
      width: 16,
    },
    {
      key: "pc",
      head: ["% Penyaluran"],
      role: "capaian",
      year: 2024,
      num: "10 = 9 / 6 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "sisa", head: ["Sisa (Rp)"], num: "11 = 6 - 9", fmt: RP, width: 15 },
  ];
  const tot = (k: string, x: Ctx) => fx(`SUM(${x.a(k, "c1")}:${x.a(k, "c6")})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          kec: k.nm,
          rtlh: k.rtlh,
          unit: k.unit,
          cak: fx(`ROUND(${x.a("unit")}/${x.a("rtlh")}*100,2)`),
          alok: fx(`${x.a("unit")}*20000000`),
          h1: alok(k) * 0.7,
          // planted: Tahap II of Paloh Baru typed 286,000,000 (30 % of 620,000,000 is 186,000,000)
          h2: k.h2 === "-" ? "-" : k.id === "c3" ? 286_000_000 : alok(k) * 0.3,
          // planted: Jumlah of Sajingan Dalam typed 406,000,000 (322,000,000 + 138,000,000 = 460,000,000)
          j: k.id === "c5" ? 406_000_000 : fx(`SUM(${x.a("h1")}:${x.a("h2")})`),
          pc: fx(`ROUND(${x.a("j")}/${x.a("alok")}*100,2)`),
          sisa: k.h2 === "full" && k.id !== "c3" && k.id !== "c5" ? "-" : fx(`${x.a("alok")}-${x.a("j")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => ({
          no: "JUMLAH",
          rtlh: tot("rtlh", x),
          unit: tot("unit", x),
          cak: fx(`ROUND(${x.a("unit")}/${x.a("rtlh")}*100,2)`),
          alok: tot("alok", x),
          h1: tot("h1", x),
          h2: tot("h2", x),
          j: tot("j", x),
          pc: fx(`ROUND(${x.a("j")}/${x.a("alok")}*100,2)`),
          sisa: tot("sisa", x),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Nilai bantuan BSPS Rp 20.000.000 per unit (bahan bangunan Rp 17.500.000 dan upah kerja Rp 2.500.000).",
    "2. Tahap II Kecamatan Subah Raya belum disalurkan menunggu laporan kemajuan fisik 50%.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sambas Hulu, 10 Januari 2025",
    jabatan: ["Kepala Dinas Perumahan Rakyat", "dan Kawasan Permukiman,"],
    nama: "Ir. H. SYARIF ABDURRAHMAN, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720314 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("h2", "c3") },
        { sheet: S, cell: a("j", "c3") },
        { sheet: S, cell: a("pc", "c3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Paloh Baru: Tahap II typed 286,000,000 (30 % of 620,000,000 is 186,000,000), so the Jumlah 720,000,000 is above the alokasi 620,000,000 (116.13 %, Sisa -100,000,000)",
    truth: `${a("alok", "c3")}*0.3`,
  });
  b.plant({
    at: { sheet: S, cell: a("j", "c5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Sajingan Dalam is a typed 406,000,000 among SUM formulas; Tahap I 322,000,000 + Tahap II 138,000,000 give 460,000,000",
    truth: `${a("h1", "c5")}+${a("h2", "c5")}`,
  });
  for (const k of K) {
    if (k.id !== "c3" && k.id !== "c5") {
      b.ok({
        sheet: S,
        cell: a("j", k.id),
        rules: ["sum-mismatch"],
        truth: `SUM(${a("h1", k.id)}:${a("h2", k.id)})`,
      });
      b.ok({
        sheet: S,
        cell: a("pc", k.id),
        rules: ["serapan-over-100", "percent-out-of-range"],
        truth: `ROUND(${a("j", k.id)}/${a("alok", k.id)}*100,2)`,
      });
    }
  }
  // Subah Raya: Tahap II "-" adds nothing, 70.00 %
  b.ok({
    sheet: S,
    cell: a("h1", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("h1", "c1")}:${a("h1", "c6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("alok", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("alok", "c1")}:${a("alok", "c6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("unit", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("unit", "c1")}:${a("unit", "c6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cak", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("unit", "tot")}/${a("rtlh", "tot")}*100,2)`,
    // the coverage of the total is the ratio of the totals, not the kecamatan percentages added
    trap: `SUM(${a("cak", "c1")}:${a("cak", "c6")})`,
  });
  return b.finish();
}

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  ak: number;
  neg?: boolean;
};

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

export function lkjipPerkim(): BookW {
  const b = new BookW(
    "lkjip-2024-rtlh-kumuh-perkim-bulu-tanete.xlsx",
    "LKjIP pengukuran kinerja (Dinas Perkim)",
    "LKjIP 2024 Tabel 3.4 of a Dinas Perkim in Sulawesi Selatan: No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | % Capaian | Kategori | Realisasi 2023 | Target Akhir Renstra (2026); refleksi for RTLH and kawasan kumuh; Rata-rata and Predikat rows",
  );
  const S = "Tabel 3.4";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN", "KABUPATEN BULU TANETE"]);
  s.lines(["Tabel 3.4", "Pengukuran Capaian Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas hunian masyarakat berpenghasilan rendah";
  const S2 = "Berkurangnya luas kawasan permukiman kumuh";
  const L: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase rumah tidak layak huni (RTLH)",
      sat: "%",
      t: 9.5,
      r: 10.2,
      r23: 11.4,
      ak: 8,
      neg: true,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase rumah tangga menempati rumah layak huni",
      sat: "%",
      t: 88,
      r: 86.4,
      r23: 84.9,
      ak: 90,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase rumah korban bencana yang direhabilitasi",
      sat: "%",
      t: 100,
      r: 68,
      r23: 81.5,
      ak: 100,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Luas kawasan permukiman kumuh",
      sat: "Ha",
      t: 118,
      r: 124.6,
      r23: 131.2,
      ak: 96,
      neg: true,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase perumahan dengan PSU memadai",
      sat: "%",
      t: 72,
      r: 61.5,
      r23: 58.75,
      ak: 80,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const shown = (x: Ind) => (x.id === "i1" ? round((x.r / x.t) * 100) : cap(x));
  if (cap(L[2]) !== 68 || predikatBaik(68) !== "Cukup" || cap(L[3]) !== 94.41) throw new Error("lkjip");
  const avg = round(L.reduce((n, x) => n + shown(x), 0) / L.length);
  const T = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: [T, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [T, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [T, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...L.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the RTLH (lower is better) takes R / T like the positive rows
          c: fx(x.neg && x.id !== "i1" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 68.00
          p: x.id === "i3" ? "Baik" : predikatBaik(shown(x)),
          r23: x.r23,
          ak: x.ak,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
      { id: "prd", bold: true, span: ["no", "r"], cells: { no: "Predikat", c: predikatBaik(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator RTLH dan luas kawasan kumuh semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Bulu Tanete, 28 Februari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Dr. ANDI MUH. ARSYAD TAHIR, S.T., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19770823 200312 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% Capaian of the RTLH share (lower is better by the note) is =ROUND(R/T*100,2) = 107.37; (2 x 9.50 - 10.20) / 9.50 gives 92.63, as the kawasan kumuh row computes",
    truth: refl(a("r", "i1"), a("t", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for 68.00 (68.00 against 100); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  for (const x of L) {
    if (x.id === "i1") continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: x.neg ? refl(a("r", x.id), a("t", x.id)) : rt(a("r", x.id), a("t", x.id)),
      // lower is better: 124.60 Ha against 118.00 is 94.41, not R / T 105.59
      trap: x.neg ? rt(a("r", x.id), a("t", x.id)) : undefined,
    });
    if (x.id !== "i3")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

type E = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  k: number[];
  rp: number[];
  lvl: boolean;
};

export function e81Perkim(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-perkim-sambas-hulu-2024.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Perkim)",
    "E.81-like evaluation of the Renja 2024 of a Dinas Perkim in Kalimantan Barat: No | Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (6) Target Renstra 2026, (7) Realisasi s.d. 2023, (8) Target Renja 2024, (9) Realisasi 2024, (10) = 9 / 8, (11) = 7 + 9, (12) = 11 / 6; number row merged over the pairs; Rata-rata and Predikat rows",
  );
  const S = "E81 Perkim 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SAMBAS HULU", "DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Sambas Hulu",
    "Renja Dinas Perumahan Rakyat dan Kawasan Permukiman Tahun 2024 - Periode Pelaksanaan: Januari s.d. Desember 2024",
  ]);
  s.gap();
  const L: E[] = [
    {
      id: "p",
      kode: "1.04.02",
      nm: "PROGRAM PENGEMBANGAN PERUMAHAN",
      ind: "Persentase rumah layak huni",
      sat: "%",
      k: [90, 82.6, 85, 85.3],
      rp: [],
      lvl: true,
    },
    {
      id: "k1",
      kode: "1.04.02.2.01",
      nm: "Pendataan Penyediaan dan Rehabilitasi Rumah Tidak Layak Huni",
      ind: "Persentase RTLH yang tertangani",
      sat: "%",
      k: [60, 31.2, 42, 40.8],
      rp: [],
      lvl: true,
    },
    {
      id: "s11",
      kode: "1.04.02.2.01.0005",
      nm: "Pembangunan dan Rehabilitasi RTLH bagi Masyarakat Berpenghasilan Rendah",
      ind: "Jumlah unit RTLH yang direhabilitasi",
      sat: "unit",
      k: [1_250, 486, 260, 274],
      rp: [25_000_000_000, 9_720_000_000, 5_200_000_000, 5_027_400_000],
      lvl: false,
    },
    {
      id: "s12",
      kode: "1.04.02.2.01.0007",
      nm: "Pendampingan Pelaksanaan BSPS",
      ind: "Jumlah kelompok penerima bantuan yang didampingi",
      sat: "kelompok",
      k: [140, 52, 30, 30],
      rp: [2_100_000_000, 712_000_000, 420_000_000, 398_350_000],
      lvl: false,
    },
    {
      id: "k2",
      kode: "1.04.02.2.02",
      nm: "Penyediaan Prasarana, Sarana dan Utilitas Umum (PSU) Perumahan",
      ind: "Persentase perumahan dengan PSU memadai",
      sat: "%",
      k: [75, 58, 64, 62.5],
      rp: [],
      lvl: true,
    },
    {
      id: "s21",
      kode: "1.04.02.2.02.0001",
      nm: "Pembangunan Jalan Lingkungan dan Drainase Perumahan",
      ind: "Panjang jalan lingkungan yang dibangun",
      sat: "km",
      k: [42, 16.5, 9, 7.2],
      rp: [18_900_000_000, 7_050_000_000, 4_050_000_000, 3_684_200_000],
      lvl: false,
    },
  ];
  const P = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    {
      key: `k${key}`,
      head: [head, "K"],
      role: kr,
      year,
      num,
      fmt: kr === "capaian" ? DEC : undefined,
      width: 9,
    },
    { key: `rp${key}`, head: [head, "Rp"], role: rr, year, num, fmt: kr === "capaian" ? DEC : RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...P("6", "Target Renstra PD Tahun 2026 (Akhir Periode Renstra)", "6", "target", "anggaran", 2026),
    ...P(
      "7",
      "Realisasi Capaian s.d. Renja PD Tahun Lalu (2023)",
      "7",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...P("8", "Target Kinerja dan Anggaran Renja PD Tahun 2024", "8", "target", "anggaran", 2024),
    ...P(
      "9",
      "Realisasi Kinerja dan Anggaran Renja PD Tahun 2024",
      "9",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...P(
      "10",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja 2024 (%)",
      "10 = 9 / 8",
      "capaian",
      "capaian",
      2024,
    ),
    ...P(
      "11",
      "Realisasi Kinerja dan Anggaran Renja s.d. Tahun 2024",
      "11 = 7 + 9",
      "realisasi",
      "realisasi-anggaran",
    ),
    ...P(
      "12",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)",
      "12 = 11 / 6",
      "capaian",
      "capaian",
    ),
  ];
  const kids: Record<string, string[]> = { p: ["k1", "k2"], k1: ["s11", "s12"], k2: ["s21"] };
  const rpOf = (id: string, j: number): number =>
    kids[id] ? kids[id].reduce((n, c) => n + rpOf(c, j), 0) : L.find((e) => e.id === id)!.rp[j];
  const avgK = round(
    L.reduce((n, e) => n + (e.id === "s21" ? 90 : round((e.k[3] / e.k[2]) * 100)), 0) / L.length,
  );
  const avgRp = round(L.reduce((n, e) => n + round((rpOf(e.id, 3) / rpOf(e.id, 2)) * 100), 0) / L.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...L.map((e, i): Row => ({
        id: e.id,
        bold: e.id === "p",
        cells: (x) => {
          const out: Record<string, ReturnType<typeof fx> | number | string> = {
            no: i + 1,
            kode: e.kode,
            nm: e.nm,
            ind: e.ind,
            sat: e.sat,
          };
          ["6", "7", "8", "9"].forEach((n, j) => {
            out[`k${n}`] = e.k[j];
            out[`rp${n}`] = kids[e.id] ? fx(kids[e.id].map((c) => x.a(`rp${n}`, c)).join("+")) : e.rp[j];
          });
          // planted: capaian K of the jalan lingkungan has a stale cached 90.00 (before the final 7.20 km)
          out.k10 =
            e.id === "s21"
              ? fx(`ROUND(${x.a("k9")}/${x.a("k8")}*100,2)`, 90)
              : fx(`ROUND(${x.a("k9")}/${x.a("k8")}*100,2)`);
          out.rp10 = fx(`ROUND(${x.a("rp9")}/${x.a("rp8")}*100,2)`);
          out.k11 = e.lvl ? fx(x.a("k9")) : fx(`${x.a("k7")}+${x.a("k9")}`);
          // planted: Rp (11) of the BSPS pendampingan typed 1,301,350,000 (712,000,000 + 398,350,000 = 1,110,350,000)
          out.rp11 = e.id === "s12" ? 1_301_350_000 : fx(`${x.a("rp7")}+${x.a("rp9")}`);
          out.k12 = fx(`ROUND(${x.a("k11")}/${x.a("k6")}*100,2)`);
          out.rp12 = fx(`ROUND(${x.a("rp11")}/${x.a("rp6")}*100,2)`);
          return out;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "k9"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran",
          k10: fx(`ROUND(AVERAGE(${x.a("k10", "p")}:${x.a("k10", "s21")}),2)`),
          rp10: fx(`ROUND(AVERAGE(${x.a("rp10", "p")}:${x.a("rp10", "s21")}),2)`),
        }),
      },
      {
        id: "prd",
        bold: true,
        span: ["no", "k9"],
        cells: { no: "Predikat kinerja", k10: predikat(avgK), rp10: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan swadaya masyarakat penerima BSPS.",
    "Faktor penghambat: harga bahan bangunan di kecamatan perbatasan dan akses angkutan sungai.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp11", "s12") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp s.d. 2024 (11) of sub kegiatan 1.04.02.2.01.0007 is a typed 1,301,350,000 among (7) + (9) formulas; 712,000,000 + 398,350,000 give 1,110,350,000",
    truth: `${a("rp7", "s12")}+${a("rp9", "s12")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k10", "s21") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (10) of sub kegiatan 1.04.02.2.02.0001 is =ROUND(9/8*100,2) with a stale cached 90.00; 7.20 / 9.00 km gives 80.00",
    truth: `ROUND(${a("k9", "s21")}/${a("k8", "s21")}*100,2)`,
  });
  for (const id of ["p", "k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("k11", id),
      rules: ["sum-mismatch"],
      truth: a("k9", id),
      // a level: s.d. 2024 is the 2024 level, not (7) + (9)
      trap: `${a("k7", id)}+${a("k9", id)}`,
    });
  for (const id of ["s11", "s21"])
    b.ok({ sheet: S, cell: a("k11", id), rules: ["sum-mismatch"], truth: `${a("k7", id)}+${a("k9", id)}` });
  for (const id of ["p", "k1", "k2", "s11", "s12"])
    b.ok({
      sheet: S,
      cell: a("k10", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k9", id)}/${a("k8", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("rp9", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp9", "s11")}+${a("rp9", "s12")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp9", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("rp9", "s11")}+${a("rp9", "s12")}+${a("rp9", "s21")}`,
  });
  return b.finish();
}
