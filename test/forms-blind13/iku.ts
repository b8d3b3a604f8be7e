// An IKU matrix with its capaian (Alasan and Formulasi columns, mixed headers "Target (Tgt)",
// "Real.", "% Capaian") of a Dinas Ketahanan Pangan, and a Perjanjian Kinerja amendment ("Target PK
// Murni" | "Target PK Perubahan" | "Alasan Perubahan") of a Dinas Pendidikan with the Renstra targets
// on a sheet of their own. Every name and number is invented.
import {
  BookW,
  DEC,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// =========================================================== IKU Dinas Ketahanan Pangan Kota Cisalak

type IkIn = {
  id: string;
  sas: string;
  ind: string;
  alasan: string;
  rumus: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
  src: string;
};

/** IKU matrix and capaian 2024 of the Dinas Ketahanan Pangan, Kota Cisalak. */
export function ikuPangan(): BookW {
  const b = new BookW(
    "iku-alasan-tgt-dkp-cisalak.xlsx",
    "IKU matrix with capaian (Dinas Ketahanan Pangan)",
    "Matriks IKU dan capaian 2024: No | Sasaran Strategis (merged) | Indikator Kinerja Utama (IKU) | Alasan | Formulasi | Satuan | 'Kinerja 2024' > 'Target (Tgt)' | 'Real.' | '% Capaian' | Sumber Data; % Capaian ROUND formulas, refleksi on two lower-is-better rows (rawan pangan, PoU) by the note; skor PPH, kkal/kapita/hari, indeks; a 'persentase penurunan susut pangan' (higher is better)",
  );
  const S = "IKU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA CISALAK",
    "DINAS KETAHANAN PANGAN",
    "Jl. Siliwangi No. 140 Cisalak, Telp. (0260) 421 908",
  ]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) DAN CAPAIAN KINERJA", "TAHUN 2024"]);
  s.gap();
  const S1 = "Meningkatnya ketersediaan dan keterjangkauan pangan";
  const S2 = "Meningkatnya kualitas dan keamanan konsumsi pangan masyarakat";
  const S3 = "Meningkatnya ketahanan pangan daerah";
  const rows: IkIn[] = [
    {
      id: "e4",
      sas: S1,
      ind: "Ketersediaan energi per kapita",
      alasan: "Mengukur kecukupan pasokan pangan wilayah dari Neraca Bahan Makanan",
      rumus: "Total energi pangan tersedia (kkal) / jumlah penduduk / 365",
      sat: "kkal/kapita/hari",
      t: 2_400,
      r: 2_512,
      f: "#,##0",
      src: "Neraca Bahan Makanan",
    },
    {
      id: "e2",
      sas: S1,
      ind: "Persentase penduduk rawan pangan",
      alasan: "Mengukur akses pangan rumah tangga (semakin kecil semakin baik)",
      rumus: "(Jumlah penduduk rawan pangan / jumlah penduduk) x 100%",
      sat: "%",
      t: 6.2,
      r: 5.85,
      neg: true,
      f: DEC,
      src: "Peta Ketahanan dan Kerentanan Pangan (FSVA)",
    },
    {
      id: "e3",
      sas: S1,
      ind: "Prevalence of Undernourishment (PoU)",
      alasan: "Indikator SDGs 2.1.1 ketidakcukupan konsumsi pangan (semakin kecil semakin baik)",
      rumus: "Proporsi penduduk dengan konsumsi energi di bawah kebutuhan minimum x 100%",
      sat: "%",
      t: 7.5,
      r: 7.92,
      neg: true,
      f: DEC,
      src: "BPS (Susenas)",
    },
    {
      id: "e1",
      sas: S2,
      ind: "Skor Pola Pangan Harapan (PPH)",
      alasan: "Mengukur keragaman dan keseimbangan konsumsi pangan",
      rumus: "Jumlah skor sembilan kelompok pangan (% AKE x bobot)",
      sat: "skor",
      t: 88.5,
      r: 89.2,
      f: DEC,
      src: "Analisis Konsumsi Pangan (Susenas)",
    },
    {
      id: "e5",
      sas: S2,
      ind: "Persentase sampel pangan segar asal tumbuhan yang memenuhi syarat keamanan pangan",
      alasan: "Mengukur keamanan pangan segar yang beredar",
      rumus: "(Jumlah sampel memenuhi syarat / jumlah sampel diuji) x 100%",
      sat: "%",
      t: 90,
      r: 86.4,
      f: DEC,
      src: "Hasil uji OKKPD",
    },
    {
      id: "e6",
      sas: S2,
      ind: "Persentase penurunan susut pangan (food loss and waste)",
      alasan: "Mengukur keberhasilan gerakan selamatkan pangan (semakin besar penurunan semakin baik)",
      rumus: "((Susut tahun n-1 - susut tahun n) / susut tahun n-1) x 100%",
      sat: "%",
      t: 5,
      r: 4.1,
      f: DEC,
      src: "Survei susut pangan",
    },
    {
      id: "e7",
      sas: S3,
      ind: "Indeks Ketahanan Pangan (IKP)",
      alasan: "Indeks komposit ketersediaan, keterjangkauan dan pemanfaatan pangan",
      rumus: "Rata-rata tertimbang indikator IKP sesuai metodologi Badan Pangan Nasional",
      sat: "indeks",
      t: 78.4,
      r: 79.12,
      f: DEC,
      src: "Badan Pangan Nasional",
    },
  ];
  // planted 1: the PoU (lower is better) carries the R / T formula of the positive rows (105.60);
  // refleksi gives 94.40
  const PLANT_F = "e3";
  // planted 2: the ketersediaan energi carries the right formula with a stale cached result of 101.67
  // (2,512 / 2,400 = 104.67)
  const PLANT_STALE = { id: "e4", v: 101.67 };
  const K = "Kinerja 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama (IKU)"], role: "indikator", width: 34 },
    { key: "al", head: ["Alasan"], width: 34 },
    { key: "rumus", head: ["Formulasi"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "t", head: [K, "Target (Tgt)"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [K, "Real."], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [K, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const T = c.a("t");
        const R = c.a("r");
        const cells: Record<string, Cell> = {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          al: x.alasan,
          rumus: x.rumus,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          src: x.src,
        };
        cells.c =
          x.id === PLANT_STALE.id
            ? fx(rt(R, T), PLANT_STALE.v)
            : fx(x.neg && x.id !== PLANT_F ? refl(R, T) : rt(R, T));
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Persentase penduduk rawan pangan dan Prevalence of Undernourishment (PoU) berpolaritas negatif: % Capaian = (2 x Tgt - Real.) / Tgt x 100.",
    "- Indikator lainnya, termasuk persentase penurunan susut pangan, berpolaritas positif: % Capaian = Real. / Tgt x 100.",
    "- Tgt = target; Real. = realisasi.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Cisalak, 24 Januari 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN", "KOTA CISALAK,"],
    nama: "Ir. NENENG SUKMAWATI, M.P.",
    pangkat: "Pembina Tingkat I",
    nip: "19710227 199803 2 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_F) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% Capaian of the PoU (lower is better by the note) is =ROUND(Real./Tgt*100,2) = 105.60, the formula of the positive rows; (2 x 7.50 - 7.92) / 7.50 gives 94.40, as the rawan pangan row computes",
    truth: refl(a("r", PLANT_F), a("t", PLANT_F)),
  });
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_STALE.id) },
    rules: ["capaian-mismatch"],
    note: "% Capaian of the ketersediaan energi is =ROUND(Real./Tgt*100,2) with a stale cached result of 101.67; 2,512 / 2,400 gives 104.67",
    truth: rt(a("r", PLANT_STALE.id), a("t", PLANT_STALE.id)),
  });
  for (const x of rows) {
    if (x.id === PLANT_F || x.id === PLANT_STALE.id) continue;
    const T = a("t", x.id);
    const R = a("r", x.id);
    const c = round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
    const rules = ["capaian-mismatch"];
    if (x.neg) rules.push("inconsistent-formula");
    if (c > 100) rules.push("percent-out-of-range");
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules,
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.neg ? rt(R, T) : x.id === "e6" ? refl(R, T) : undefined,
    });
  }
  return b.finish();
}

// ========================================== PK Perubahan 2025 of Dinas Pendidikan Kabupaten Gunungjati

type PkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number | string;
  /** Renstra targets 2022 .. 2026 */
  tg: number[];
  flow?: boolean;
  neg?: boolean;
  /** PK Perubahan target and its reason, where the amendment changed it */
  ubah?: { v: number; why: string };
  f: string;
};

const RY = [2022, 2023, 2024, 2025, 2026];

/** PK Perubahan 2025 (Murni | Perubahan) and the Renstra 2021-2026 targets. */
export function pkMurniPerubahan(): BookW {
  const b = new BookW(
    "pk-murni-perubahan-disdik-gunungjati.xlsx",
    "PK Perubahan with the Renstra",
    "Perjanjian Kinerja Perubahan 2025 (year in the title only): No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target PK Murni | Target PK Perubahan | Alasan Perubahan, number row (1) .. (7); one target cut by the 2025 spending efficiency; both parties sign side by side; sheet 'Renstra 2021-2026': No | Indikator Kinerja | Satuan | Kondisi Awal (2021) | Target > 2022 .. 2026 | Kondisi Akhir Renstra (2026); rates, a lower-is-better dropout rate, and new classrooms built (a count: its kondisi akhir the sum)",
  );
  const S = "PK Perubahan 2025";
  const SR = "Renstra 2021-2026";
  const S1 = "Meningkatnya akses pendidikan anak usia dini dan pendidikan dasar";
  const S2 = "Meningkatnya mutu layanan pendidikan";
  const rows: PkIn[] = [
    {
      id: "k1",
      sas: S1,
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      sat: "%",
      awal: 68.2,
      tg: [70.5, 72.8, 75, 77.2, 79.5],
      f: DEC,
    },
    {
      id: "k2",
      sas: S1,
      ind: "Angka Partisipasi Murni (APM) SD/MI",
      sat: "%",
      awal: 97.85,
      tg: [98, 98.2, 98.4, 98.6, 98.8],
      f: DEC,
    },
    {
      id: "k3",
      sas: S1,
      ind: "Angka Partisipasi Murni (APM) SMP/MTs",
      sat: "%",
      awal: 78.4,
      tg: [79.6, 80.8, 82, 83.2, 84.4],
      f: DEC,
    },
    {
      id: "k4",
      sas: S1,
      ind: "Angka putus sekolah SMP/MTs",
      sat: "%",
      awal: 0.42,
      tg: [0.4, 0.37, 0.34, 0.31, 0.28],
      neg: true,
      f: DEC,
    },
    {
      id: "k5",
      sas: S1,
      ind: "Jumlah ruang kelas baru SD dan SMP yang dibangun",
      sat: "ruang",
      awal: "-",
      tg: [24, 30, 30, 28, 26],
      flow: true,
      ubah: { v: 22, why: "Penyesuaian pagu akibat efisiensi belanja (Inpres Nomor 1 Tahun 2025)" },
      f: "0",
    },
    {
      id: "k6",
      sas: S2,
      ind: "Persentase satuan pendidikan terakreditasi minimal B",
      sat: "%",
      awal: 72.5,
      tg: [75, 78, 81, 84, 87],
      f: DEC,
    },
    {
      id: "k7",
      sas: S2,
      ind: "Persentase guru bersertifikat pendidik",
      sat: "%",
      awal: 61.3,
      tg: [64, 67, 70, 73, 76],
      f: DEC,
    },
  ];
  // planted 1: the PK target (Murni and Perubahan alike) of akreditasi is 87.00, the Renstra 2026
  // target; the Renstra 2025 target is 84.00
  const PLANT_X = { id: "k6", v: 87 };
  // planted 2: kondisi akhir of the APM SMP/MTs (a rate) is 83.20, the 2025 target; the 2026 target is 84.40
  const PLANT_K = { id: "k3", v: 83.2 };
  const murni = (x: PkIn) => (x.id === PLANT_X.id ? PLANT_X.v : x.tg[3]);

  // ------------------------------------------------------------------ the PK sheet
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN GUNUNGJATI", "DINAS PENDIDIKAN", "Jl. Pendidikan No. 3 Gunungjati"]);
  s.lines([
    "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini sepakat mengubah target kinerja sebagai berikut.",
  ]);
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    { key: "m", head: ["Target PK Murni"], role: "target", year: 2025, num: "(5)", width: 11 },
    { key: "u", head: ["Target PK Perubahan"], role: "target", year: 2025, num: "(6)", width: 11 },
    { key: "why", head: ["Alasan Perubahan"], role: "keterangan", num: "(7)", width: 34 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        m: fmt(murni(x), x.f),
        u: fmt(x.ubah ? x.ubah.v : murni(x), x.f),
        why: x.ubah ? x.ubah.why : "-",
      },
    })),
  });
  s.gap();
  s.lines([
    "Target PK Murni sesuai Perjanjian Kinerja Tahun 2025 tanggal 6 Januari 2025 dan Renstra Dinas Pendidikan 2021-2026.",
  ]);
  s.gap();
  const top = s.r;
  s.lines(["", "Pihak Kedua,", "BUPATI GUNUNGJATI,"], 2);
  s.gap(3);
  s.lines(["H. ENDANG SUPRIADI, S.H., M.H."], 2);
  const end = s.r;
  s.r = top;
  signature(s, 6, {
    tempat: "Gunungjati, 2 Juli 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS PENDIDIKAN"],
    nama: "Dr. RINA MARLINA, S.Pd., M.Pd.",
    pangkat: "Pembina Utama Muda",
    nip: "19720916 199703 2 004",
  });
  s.r = Math.max(s.r, end);

  // ------------------------------------------------------------------ the Renstra sheet
  const r = b.sheet(SR);
  letterhead(r, ["PEMERINTAH KABUPATEN GUNUNGJATI", "DINAS PENDIDIKAN"]);
  r.lines(["Tabel 4.2", "Target Indikator Kinerja Renstra Dinas Pendidikan Tahun 2021-2026"]);
  r.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 11 },
    ...RY.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "akhir", head: ["Kondisi Akhir Renstra (2026)"], role: "kondisi-akhir", year: 2026, width: 12 },
  ];
  const tr = r.table({
    cols: rcols,
    headerRows: 2,
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: () => {
        const cells: Record<string, Cell> = {
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          awal: typeof x.awal === "number" ? fmt(x.awal, x.f) : x.awal,
          akhir: fmt(x.id === PLANT_K.id ? PLANT_K.v : x.flow ? sum(x.tg) : x.tg[4], x.f),
        };
        x.tg.forEach((v, i) => (cells[`y${i}`] = fmt(v, x.f)));
        return cells;
      },
    })),
  });
  r.gap();
  r.lines([
    "Catatan: kondisi akhir indikator persentase dan angka = target tahun 2026; kondisi akhir jumlah ruang kelas baru = jumlah target 2022 - 2026.",
    "Angka putus sekolah berpolaritas negatif (semakin kecil semakin baik).",
  ]);

  const Rn = (k: string, id: string) => `'${SR}'!${tr.a(k, id)}`;
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("m", PLANT_X.id) },
        { sheet: S, cell: a("u", PLANT_X.id) },
        { sheet: SR, cell: tr.a("y3", PLANT_X.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the PK target 2025 (Murni, and unchanged in the Perubahan) of the satuan pendidikan terakreditasi minimal B is 87.00, the Renstra 2026 target; the Renstra 2025 target is 84.00",
    truth: Rn("y3", PLANT_X.id),
  });
  b.plant({
    at: { sheet: SR, cell: tr.a("akhir", PLANT_K.id) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the APM SMP/MTs (a rate) is 83.20, the 2025 target; the 2026 target is 84.40",
    truth: tr.a("y4", PLANT_K.id),
  });
  for (const x of rows) {
    if (x.id === PLANT_X.id) continue;
    b.ok({ sheet: S, cell: a("m", x.id), rules: ["cross-table-mismatch"], truth: Rn("y3", x.id) });
    if (!x.ubah)
      b.ok({ sheet: S, cell: a("u", x.id), rules: ["cross-table-mismatch"], truth: Rn("y3", x.id) });
  }
  for (const x of rows) {
    if (x.id === PLANT_K.id) continue;
    const ys = [0, 1, 2, 3, 4].map((i) => tr.a(`y${i}`, x.id));
    b.ok({
      sheet: SR,
      cell: tr.a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? ys.join("+") : ys[4],
      trap: x.flow ? ys[4] : ys.join("+"),
    });
  }
  // the falling dropout targets (lower is better)
  for (const i of [1, 2, 3, 4])
    b.ok({ sheet: SR, cell: tr.a(`y${i}`, "k4"), rules: ["target-trend"], truth: tr.a(`y${i}`, "k4") });
  return b.finish();
}
