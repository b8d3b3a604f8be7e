// Performance agreements and reports of the twelfth unseen set: the Perjanjian Kinerja 2025 of a
// DP2KBP3A whose indicators carry cumulative quarterly targets ("Target Triwulan (kumulatif)" > TW I
// .. TW IV, dashes where a yearly survey gives no quarter), with its programs and the Renstra on a
// sheet of its own; and the LKjIP table of a Dinas Tanaman Pangan, Hortikultura dan Perkebunan that
// compares the realisation of 2024 with 2023 ("Pertumbuhan Realisasi (%)", its formula in the number
// row) and with the end-of-Renstra target. Every name and number is invented; the codes are
// Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ====================================== PK 2025 with cumulative quarterly targets (DP2KBP3A Gunungsari)

type PkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  /** Renstra targets 2022..2026 */
  tg: number[];
  /** PK quarterly targets, cumulative (null: no quarterly figure, a dash) */
  tw: Array<number | null>;
  neg?: boolean;
  /** a count that accumulates (the TW IV target is the year's, not the sum of the quarters) */
  count?: boolean;
  f: string;
  pj: string;
};

const YR = [2022, 2023, 2024, 2025, 2026];
const PK_YEAR = 3; // 2025 in YR

/** PK 2025 of the Kepala DP2KBP3A Kabupaten Gunungsari, quarterly targets, Renstra 2022-2026 beside. */
export function pkTriwulan(): BookW {
  const b = new BookW(
    "pk-triwulan-dp2kbp3a-gunungsari.xlsx",
    "Perjanjian Kinerja with quarterly targets",
    "PK 2025 of a Dinas Pengendalian Penduduk, KB, Pemberdayaan Perempuan dan Perlindungan Anak: the statement (pihak pertama Kepala Dinas, pihak kedua Bupati), the table No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2025 | Target Triwulan (kumulatif) > TW I .. TW IV with dashes for yearly survey indicators, the programs with Anggaran (Rp) | Sumber Dana and a typed Jumlah; sheet 'Renstra 2022-2026' with Kondisi Awal (2021) | Target 2022..2026 | Kondisi Akhir",
  );
  const S = "PK 2025";
  const SR = "Renstra 2022-2026";
  const s = b.sheet(S);
  const S1 = "Terkendalinya pertumbuhan penduduk";
  const S2 = "Meningkatnya kesetaraan gender dan perlindungan perempuan dan anak";
  const rows: PkIn[] = [
    {
      id: "tfr",
      sas: S1,
      ind: "Angka kelahiran total (Total Fertility Rate/TFR)",
      sat: "angka",
      awal: 2.31,
      tg: [2.28, 2.25, 2.22, 2.19, 2.16],
      tw: [null, null, null, 2.19],
      neg: true,
      f: DEC,
      pj: "Bidang Pengendalian Penduduk",
    },
    {
      id: "mcpr",
      sas: S1,
      ind: "Angka prevalensi kontrasepsi modern (mCPR)",
      sat: "%",
      awal: 57.6,
      tg: [58.2, 58.8, 59.4, 60.0, 60.6],
      tw: [58.9, 59.3, 59.7, 60.0],
      f: DEC,
      pj: "Bidang Keluarga Berencana",
    },
    {
      id: "unmet",
      sas: S1,
      ind: "Persentase kebutuhan ber-KB yang tidak terpenuhi (unmet need)",
      sat: "%",
      awal: 13.1,
      tg: [12.4, 11.8, 11.2, 10.6, 10.0],
      // the planted row follows the 2024 target through its quarters
      tw: [11.7, 11.5, 11.3, 11.2],
      neg: true,
      f: DEC,
      pj: "Bidang Keluarga Berencana",
    },
    {
      id: "kbbaru",
      sas: S1,
      ind: "Jumlah peserta KB baru",
      sat: "orang",
      awal: 9_540,
      tg: [9_800, 10_000, 10_200, 10_400, 10_600],
      tw: [2_500, 5_200, 7_900, 10_400],
      count: true,
      f: INT,
      pj: "Bidang Keluarga Berencana",
    },
    {
      id: "ipg",
      sas: S2,
      ind: "Indeks Pembangunan Gender (IPG)",
      sat: "indeks",
      awal: 90.84,
      tg: [91.2, 91.6, 92.0, 92.4, 92.8],
      tw: [null, null, null, 92.4],
      f: DEC,
      pj: "Bidang Pemberdayaan Perempuan",
    },
    {
      id: "kasus",
      sas: S2,
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani",
      sat: "%",
      awal: 100,
      tg: [100, 100, 100, 100, 100],
      tw: [100, 100, 100, 100],
      f: DEC,
      pj: "UPTD Perlindungan Perempuan dan Anak",
    },
    {
      id: "drppa",
      sas: S2,
      ind: "Jumlah desa/kelurahan ramah perempuan dan peduli anak (DRPPA)",
      sat: "desa/kel.",
      awal: 2,
      tg: [6, 12, 18, 24, 30],
      tw: [18, 20, 22, 24],
      count: true,
      f: INT,
      pj: "Bidang Perlindungan Anak",
    },
  ];
  // planted 1: the PK 2025 target of unmet need is 11.20, the Renstra target of 2024 (2025: 10.60)
  const PLANT_X = "unmet";
  const pkT = (x: PkIn) => (x.id === PLANT_X ? x.tg[PK_YEAR - 1] : x.tg[PK_YEAR]);
  for (const x of rows)
    if (x.tw[3] !== pkT(x)) throw new Error(`pk: TW IV of ${x.id} is not the year's target`);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNGSARI",
    "DINAS PENGENDALIAN PENDUDUK, KELUARGA BERENCANA,",
    "PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
  ]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama    : Dra. SRI WAHYUNINGSIH, M.Si.",
    "Jabatan : Kepala Dinas Pengendalian Penduduk, KB, Pemberdayaan Perempuan dan Perlindungan Anak",
    "selanjutnya disebut pihak pertama",
    "Nama    : H. BAMBANG SURYADI, S.H., M.M.",
    "Jabatan : Bupati Gunungsari",
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.put(s.r, 1, "Pihak Kedua,");
  s.put(s.r, 6, "Gunungsari, 2 Januari 2025");
  s.r++;
  s.put(s.r, 1, "BUPATI GUNUNGSARI,");
  s.put(s.r, 6, "Pihak Pertama,");
  s.r += 4;
  s.put(s.r, 1, "H. BAMBANG SURYADI, S.H., M.M.");
  s.put(s.r, 6, "Dra. SRI WAHYUNINGSIH, M.Si.");
  s.r++;
  s.put(s.r, 6, "NIP. 19690317 199403 2 007");
  s.r += 3;
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", "DP2KBP3A KABUPATEN GUNUNGSARI"], 1, { bold: true });
  s.gap();
  const TW = ["TW I", "TW II", "TW III", "TW IV"];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
      ...TW.map((q, i): Col => ({
        key: `q${i}`,
        head: ["Target Triwulan (kumulatif)", q],
        role: "target",
        year: 2025,
        width: 9,
      })),
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => {
      const cells: Record<string, Cell> = {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      };
      x.tw.forEach((v, i) => (cells[`q${i}`] = v === null ? "-" : fmt(v, x.f)));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "Catatan: target triwulan bersifat kumulatif (s.d. triwulan berjalan); untuk indikator persentase, indeks dan angka, target triwulan adalah nilai yang ingin dicapai pada akhir triwulan.",
    "TFR dan IPG bersumber dari data tahunan (BPS/BKKBN), tidak tersedia per triwulan.",
  ]);
  s.gap();
  type PrIn = { id: string; kode: string; nama: string; ang: number; dana: string };
  const progs: PrIn[] = [
    {
      id: "g1",
      kode: "2.14.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ang: 9_846_215_400,
      dana: "APBD",
    },
    { id: "g2", kode: "2.14.02", nama: "Program Pengendalian Penduduk", ang: 412_650_000, dana: "APBD" },
    {
      id: "g3",
      kode: "2.14.03",
      nama: "Program Pembinaan Keluarga Berencana (KB)",
      ang: 3_128_470_000,
      dana: "APBD; DAK Non Fisik BOKB",
    },
    {
      id: "g4",
      kode: "2.14.04",
      nama: "Program Pemberdayaan dan Peningkatan Keluarga Sejahtera (KS)",
      ang: 1_054_300_000,
      dana: "APBD",
    },
    {
      id: "g5",
      kode: "2.08.02",
      nama: "Program Pengarusutamaan Gender dan Pemberdayaan Perempuan",
      ang: 685_200_000,
      dana: "APBD",
    },
    {
      id: "g6",
      kode: "2.08.03",
      nama: "Program Perlindungan Perempuan",
      ang: 742_815_000,
      dana: "APBD; DAK Non Fisik PPA",
    },
    { id: "g7", kode: "2.08.07", nama: "Program Pemenuhan Hak Anak (PHA)", ang: 528_960_000, dana: "APBD" },
    { id: "g8", kode: "2.08.08", nama: "Program Perlindungan Khusus Anak", ang: 631_400_000, dana: "APBD" },
  ];
  const J = sum(progs.map((p) => p.ang));
  // planted 2: Jumlah typed 17,300,010,400 (the "03" swapped); the programs add up to 17,030,010,400
  const PLANT_J = 17_300_010_400;
  if (J !== 17_030_010_400) throw new Error(`pk: Jumlah ${J}`);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nama", head: ["Program"], width: 44 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "dana", head: ["Sumber Dana"], width: 22 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nama: p.nama, ang: p.ang, dana: p.dana },
      })),
      { id: "j", bold: true, span: ["no", "nama"], cells: { no: "Jumlah", ang: PLANT_J } },
    ],
  });

  // the Renstra targets, on a sheet of their own
  const r = b.sheet(SR);
  r.lines(["Tabel 5.1", "Target Kinerja Sasaran Renstra DP2KBP3A Kabupaten Gunungsari Tahun 2022-2026"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", width: 11 },
      ...YR.map((y, k): Col => ({
        key: `y${k}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "akhir", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", width: 11 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 28 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => {
      const cells: Record<string, Cell> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        akhir: fmt(x.tg[4], x.f),
        pj: x.pj,
      };
      x.tg.forEach((v, k) => (cells[`y${k}`] = fmt(v, x.f)));
      return { id: x.id, cells };
    }),
  });
  r.gap();
  r.lines(["Indikator TFR dan unmet need: semakin kecil semakin baik."]);

  const P = (k: string, id: string) => t1.a(k, id);
  const Q = (k: string, id: string) => `'${SR}'!${tr.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: P("tg", PLANT_X) },
        { sheet: SR, cell: tr.a(`y${PK_YEAR}`, PLANT_X) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the PK 2025 target of unmet need is 11.20, the Renstra target for 2024; the Renstra target for 2025 is 10.60",
    truth: Q(`y${PK_YEAR}`, PLANT_X),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("ang", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 17,300,010,400; the eight programs add up to 17,030,010,400",
    truth: progs.map((p) => t2.a("ang", p.id)).join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    if (x.id !== PLANT_X) {
      b.ok({
        sheet: S,
        cell: P("tg", x.id),
        rules: ["cross-table-mismatch"],
        // the PK of 2025 takes the Renstra target of 2025, not of 2024 (the kasus row is 100 every year)
        truth: Q(`y${PK_YEAR}`, x.id),
        trap: x.id === "kasus" ? undefined : Q(`y${PK_YEAR - 1}`, x.id),
        // the TFR steps by 0.03 a year: the targets are exact, compare them to a thousandth
        tol: 0.001,
      });
      // the quarters are cumulative: TW IV is the year's target, not the four quarters added up
      b.ok({
        sheet: S,
        cell: P("q3", x.id),
        rules: ["sum-mismatch"],
        truth: P("tg", x.id),
        trap: x.tw.every((v) => v !== null) ? [0, 1, 2, 3].map((i) => P(`q${i}`, x.id)).join("+") : undefined,
      });
    }
    // rates, indices and the percentage end at the 2026 target, not at the five targets added up
    if (!x.count) {
      const ys = YR.map((_, k) => tr.a(`y${k}`, x.id));
      b.ok({
        sheet: SR,
        cell: tr.a("akhir", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: ys[4],
        trap: ys.join("+"),
      });
      if (x.neg) for (const c of ys) b.ok({ sheet: SR, cell: c, rules: ["target-trend"], truth: c });
    }
  }
  return b.finish();
}

// ============================= LKjIP 2024 compared with 2023 and the end of the Renstra (Distanhorbun)

type LkIn = {
  id: string;
  ind: string;
  sat: string;
  r23: number;
  t24: number;
  r24: number;
  ta: number;
  neg?: boolean;
  f: string;
  /** a yearly quantity whose end-of-Renstra comparison is debatable: not listed */
  flow?: boolean;
};

/** LKjIP 2024 of Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Lembahhijau, Tabel 3.2. */
export function lkjipTahunLalu(): BookW {
  const b = new BookW(
    "lkjip-tahunlalu-distanhorbun-lembahhijau.xlsx",
    "LKjIP comparison with last year",
    "LKjIP 2024 Tabel 3.2 of a Dinas Tanaman Pangan, Hortikultura dan Perkebunan: No | Indikator Kinerja | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Pertumbuhan Realisasi (%) | Target Akhir Renstra (2026) | Capaian terhadap Target Akhir Renstra (%) | Ket.; a number row with the growth formula '(8) = ((6) - (4)) / (4) x 100'; typed values; two lower-is-better percentages (refleksi, note)",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAHHIJAU",
    "DINAS TANAMAN PANGAN, HORTIKULTURA DAN PERKEBUNAN",
    "Jl. Raya Tani No. 27, Lembahhijau",
  ]);
  s.lines([
    "Tabel 3.2",
    "Perbandingan Realisasi Kinerja Tahun 2024 dengan Tahun 2023 dan dengan Target Akhir Renstra 2021-2026",
  ]);
  s.gap();
  const rows: LkIn[] = [
    {
      id: "padi",
      ind: "Produktivitas padi",
      sat: "kuintal/ha",
      r23: 52.84,
      t24: 54.2,
      r24: 53.96,
      ta: 56,
      f: DEC,
    },
    {
      id: "ntp",
      ind: "Nilai Tukar Petani (NTP) subsektor tanaman pangan",
      sat: "indeks",
      r23: 104.62,
      t24: 105.5,
      r24: 108.35,
      ta: 107,
      f: DEC,
    },
    {
      id: "opt",
      ind: "Persentase luas serangan OPT terhadap luas tanam",
      sat: "%",
      r23: 3.86,
      t24: 3.5,
      r24: 3.12,
      ta: 3.0,
      neg: true,
      f: DEC,
    },
    {
      id: "pph",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      r23: 86.4,
      t24: 88.0,
      r24: 87.1,
      ta: 90,
      f: DEC,
    },
    {
      id: "susut",
      ind: "Persentase kehilangan hasil panen padi",
      sat: "%",
      r23: 10.2,
      t24: 9.5,
      r24: 9.8,
      ta: 8.5,
      neg: true,
      f: DEC,
    },
    {
      id: "kopi",
      ind: "Produksi kopi robusta perkebunan rakyat",
      sat: "ton",
      r23: 4_812,
      t24: 5_050,
      r24: 4_936,
      ta: 5_400,
      f: INT,
      flow: true,
    },
    {
      id: "poktan",
      ind: "Persentase kelompok tani kelas madya ke atas",
      sat: "%",
      r23: 31.5,
      t24: 34,
      r24: 35.2,
      ta: 40,
      f: DEC,
    },
  ];
  // planted 1: the capaian 2024 of the skor PPH typed as realisasi 2024 / realisasi 2023
  const PLANT_C = "pph";
  // planted 2: the growth of kopi typed against the 2024 target instead of the 2023 realisation
  const PLANT_G = "kopi";
  const cap = (x: LkIn, T: number) => round(x.neg ? ((2 * T - x.r24) / T) * 100 : (x.r24 / T) * 100);
  const growth = (x: LkIn, base: number) => round(((x.r24 - base) / base) * 100);
  const rows2 = rows.map((x) => ({
    x,
    c: x.id === PLANT_C ? round((x.r24 / x.r23) * 100) : cap(x, x.t24),
    g: x.id === PLANT_G ? growth(x, x.t24) : growth(x, x.r23),
    ca: cap(x, x.ta),
  }));
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(2)", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 11 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(4)", width: 11 },
      { key: "t24", head: ["Target 2024"], role: "target", year: 2024, num: "(5)", width: 11 },
      { key: "r24", head: ["Realisasi 2024"], role: "realisasi", year: 2024, num: "(6)", width: 11 },
      { key: "c", head: ["Capaian 2024 (%)"], role: "capaian", year: 2024, num: "(7)", fmt: DEC, width: 11 },
      {
        key: "g",
        head: ["Pertumbuhan Realisasi (%)"],
        role: "pertumbuhan",
        num: "(8) = ((6) - (4)) / (4) x 100",
        fmt: DEC,
        width: 14,
      },
      { key: "ta", head: ["Target Akhir Renstra (2026)"], num: "(9)", width: 12 },
      {
        key: "ca",
        head: ["Capaian terhadap Target Akhir Renstra (%)"],
        role: "capaian",
        num: "(10)",
        fmt: DEC,
        width: 14,
      },
      { key: "ket", head: ["Ket."], role: "keterangan", num: "(11)", width: 16 },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: rows2.map(({ x, c, g, ca }, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        r23: fmt(x.r23, x.f),
        t24: fmt(x.t24, x.f),
        r24: fmt(x.r24, x.f),
        c,
        g,
        ta: fmt(x.ta, x.f),
        ca,
        ket: x.neg ? "polaritas negatif" : x.id === "ntp" ? "BPS, angka Desember" : undefined,
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Capaian = Realisasi / Target x 100%; untuk indikator polaritas negatif (luas serangan OPT, kehilangan hasil panen) Capaian = (2 x Target - Realisasi) / Target x 100%.",
    "- Capaian terhadap target akhir Renstra dihitung dengan realisasi tahun 2024 terhadap target tahun 2026 dengan rumus yang sama.",
    "- Pertumbuhan realisasi negatif pada indikator polaritas negatif berarti kondisi membaik.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Lembahhijau, 28 Februari 2025",
    jabatan: ["KEPALA DINAS TANAMAN PANGAN,", "HORTIKULTURA DAN PERKEBUNAN,"],
    nama: "Ir. AGUS WIDODO PRANOTO, M.P.",
    pangkat: "Pembina Utama Muda",
    nip: "19710126 199703 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
  const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: "capaian 2024 of the skor PPH is 100.81 = 87.10 / 86.40 (the 2023 realisation); against the 2024 target 87.10 / 88.00 gives 98.98",
    truth: rt(a("r24", PLANT_C), a("t24", PLANT_C)),
  });
  b.plant({
    at: { sheet: S, cell: a("g", PLANT_G) },
    rules: ["growth-mismatch"],
    note: "pertumbuhan realisasi of produksi kopi is -2.26 = (4,936 - 5,050) / 5,050 (against the 2024 target); column (8) = ((6) - (4)) / (4) gives (4,936 - 4,812) / 4,812 = 2.58",
    truth: `ROUND((${a("r24", PLANT_G)}-${a("r23", PLANT_G)})/${a("r23", PLANT_G)}*100,2)`,
  });
  for (const { x } of rows2) {
    const R = a("r24", x.id);
    if (x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules:
          x.neg || x.id === "ntp" || x.id === "poktan"
            ? ["capaian-mismatch", "percent-out-of-range"]
            : ["capaian-mismatch"],
        truth: x.neg ? refl(R, a("t24", x.id)) : rt(R, a("t24", x.id)),
        trap: x.neg ? rt(R, a("t24", x.id)) : undefined,
      });
    if (x.id !== PLANT_G)
      b.ok({
        sheet: S,
        cell: a("g", x.id),
        rules: ["growth-mismatch"],
        truth: `ROUND((${R}-${a("r23", x.id)})/${a("r23", x.id)}*100,2)`,
        // a percentage's growth is relative to the 2023 value, not the difference in points
        trap: x.sat === "%" ? `${R}-${a("r23", x.id)}` : undefined,
      });
    if (!x.flow)
      b.ok({
        sheet: S,
        cell: a("ca", x.id),
        rules: x.id === "ntp" ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: x.neg ? refl(R, a("ta", x.id)) : rt(R, a("ta", x.id)),
        trap: x.neg ? rt(R, a("ta", x.id)) : undefined,
      });
  }
  return b.finish();
}
