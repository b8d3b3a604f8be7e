// LKjIP tables of the fourteenth unseen set: the "Analisis Capaian Kinerja" of a Dinas Tenaga Kerja
// (capaian of last year and of this year, the Renstra end target and the capaian s.d. this year
// against it, predikat), the "Pengukuran Kinerja" of a Dinas Lingkungan Hidup whose capaian column
// carries formulas (some wrapped in IFERROR, written by hand below the kit's writer) beside a hidden
// helper column, and the "Efisiensi Penggunaan Sumber Daya" of a Diskominfo: two tables side by side
// (capaian kinerja per sasaran | realisasi anggaran per program) and the efisiensi table under them
// (capaian kinerja % - serapan anggaran %). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  evaluate,
  fmt,
  fx,
  letterhead,
  plain,
  predikatBaik,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
  type SheetW,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const cap = (neg: boolean | undefined, T: number, R: number) =>
  round(neg ? ((2 * T - R) / T) * 100 : (R / T) * 100);

/** Writes a formula the kit's evaluator does not know (IFERROR) with its cached result: the result
 * of the formula's first argument, computed on the sheet as written. forms-blind12.test.ts checks
 * every such cell again on the written workbook. */
function rawFormula(s: SheetW, cell: string, formula: string, numFmt: string): void {
  const inner = /^IFERROR\((.*),[^,]*\)$/.exec(formula);
  if (!inner) throw new Error(`not an IFERROR formula: ${formula}`);
  const get = (sheet: string, row: number, col: number) =>
    plain(s.book.wb.getWorksheet(sheet)!.getCell(row, col));
  const v = evaluate(inner[1], s.name, get) as number;
  const c = s.ws.getCell(cell);
  c.value = { formula, result: v } as never;
  c.numFmt = numFmt;
}

// ============================ LKjIP 2024 Analisis Capaian Kinerja (Disnakertrans Muarabatu)

type AnIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t23: number;
  r23: number;
  t24: number;
  r24: number;
  ta: number;
  neg?: boolean;
};

/** LKjIP 2024 of Dinas Tenaga Kerja dan Transmigrasi Kabupaten Muarabatu, Tabel 3.3. */
export function lkjipAnalisis(): BookW {
  const b = new BookW(
    "lkjip-analisis-renstra-disnakertrans-muarabatu.xlsx",
    "LKjIP analisis capaian",
    "LKjIP 2024 Tabel 3.3 'Analisis Capaian Kinerja' of a Dinas Tenaga Kerja dan Transmigrasi: No | Sasaran (merged) | Indikator Kinerja | Satuan | Tahun 2023 > Target | Realisasi | Capaian (%) | Tahun 2024 > Target | Realisasi | Capaian (%) | Target Akhir Renstra (2026) | Capaian s.d. Tahun 2024 terhadap Target Akhir Renstra (%) | Predikat; number row (1) .. (13); typed values; two lower-is-better indicators (refleksi, footnote); the predikat scale printed with its gaps",
  );
  const S = "Tabel 3.3";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MUARABATU",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "Jl. Jenderal Sudirman Km. 4 Muarabatu",
  ]);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.3",
    "Analisis Capaian Kinerja Tahun 2024 dibandingkan Tahun 2023 dan Target Akhir Renstra 2021-2026",
  ]);
  s.gap();
  const S1 = "Menurunnya tingkat pengangguran";
  const S2 = "Meningkatnya kualitas dan produktivitas tenaga kerja";
  const S3 = "Meningkatnya kondusivitas hubungan industrial";
  const rows: AnIn[] = [
    {
      id: "tpt",
      sas: S1,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      t23: 5.9,
      r23: 6.12,
      t24: 5.6,
      r24: 5.41,
      ta: 5.0,
      neg: true,
    },
    {
      id: "tempat",
      sas: S1,
      ind: "Persentase pencari kerja terdaftar yang ditempatkan",
      sat: "%",
      t23: 42,
      r23: 40.8,
      t24: 45,
      r24: 46.35,
      ta: 50,
    },
    {
      id: "sert",
      sas: S2,
      ind: "Persentase lulusan pelatihan berbasis kompetensi yang tersertifikasi",
      sat: "%",
      t23: 70,
      r23: 72.5,
      t24: 74,
      r24: 67,
      ta: 85,
    },
    {
      id: "ipk",
      sas: S2,
      ind: "Indeks Pembangunan Ketenagakerjaan (IPK)",
      sat: "indeks",
      t23: 64.5,
      r23: 63.92,
      t24: 66,
      r24: 66.31,
      ta: 70,
    },
    {
      id: "phi",
      sas: S3,
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      t23: 80,
      r23: 76,
      t24: 85,
      r24: 63.2,
      ta: 95,
    },
    {
      id: "kk",
      sas: S3,
      ind: "Rasio kecelakaan kerja per 1.000 pekerja peserta jaminan sosial",
      sat: "per 1.000 pekerja",
      t23: 2.4,
      r23: 2.62,
      t24: 2.2,
      r24: 1.98,
      ta: 1.8,
      neg: true,
    },
  ];
  // planted 1: the capaian 2024 of the TPT (lower is better) typed as R / T
  const PLANT_C = "tpt";
  // planted 2: predikat "Baik" for the PHI capaian of 74.35 (band > 65 to 75 is Cukup)
  const PLANT_P = "phi";
  const byId = (id: string) => rows.find((x) => x.id === id)!;
  if (cap(false, 85, 63.2) !== 74.35) throw new Error("lkjip: phi 2024");
  if (cap(false, 74, 67) !== 90.54) throw new Error("lkjip: sert 2024");
  const c24 = (x: AnIn) => (x.id === PLANT_C ? round((x.r24 / x.t24) * 100) : cap(x.neg, x.t24, x.r24));
  if (predikatBaik(c24(byId(PLANT_C))) !== predikatBaik(cap(true, 5.6, 5.41)))
    throw new Error("lkjip: tpt band");
  const T23 = "Tahun 2023";
  const T24 = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "t23", head: [T23, "Target"], role: "target", year: 2023, num: "(5)", fmt: DEC, width: 9 },
    { key: "r23", head: [T23, "Realisasi"], role: "realisasi", year: 2023, num: "(6)", fmt: DEC, width: 9 },
    { key: "c23", head: [T23, "Capaian (%)"], role: "capaian", year: 2023, num: "(7)", fmt: DEC, width: 9 },
    { key: "t24", head: [T24, "Target"], role: "target", year: 2024, num: "(8)", fmt: DEC, width: 9 },
    { key: "r24", head: [T24, "Realisasi"], role: "realisasi", year: 2024, num: "(9)", fmt: DEC, width: 9 },
    { key: "c24", head: [T24, "Capaian (%)"], role: "capaian", year: 2024, num: "(10)", fmt: DEC, width: 9 },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], num: "(11)", fmt: DEC, width: 11 },
    {
      key: "ca",
      head: ["Capaian s.d. Tahun 2024 terhadap Target Akhir Renstra (%)"],
      role: "capaian",
      num: "(12)",
      fmt: DEC,
      width: 14,
    },
    { key: "pred", head: ["Predikat Capaian 2024"], role: "predikat", num: "(13)", width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        t23: x.t23,
        r23: x.r23,
        c23: cap(x.neg, x.t23, x.r23),
        t24: x.t24,
        r24: x.r24,
        c24: c24(x),
        ta: x.ta,
        ca: cap(x.neg, x.ta, x.r24),
        pred: x.id === PLANT_P ? "Baik" : predikatBaik(c24(x)),
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1) Capaian = Realisasi / Target x 100%; untuk TPT dan rasio kecelakaan kerja (semakin rendah semakin baik) Capaian = (2 x Target - Realisasi) / Target x 100%.",
    "2) Capaian s.d. tahun 2024 terhadap target akhir Renstra dihitung dari realisasi tahun 2024 terhadap target tahun 2026 dengan rumus yang sama.",
    "3) Predikat: 91 - 100 Sangat Baik; 76 - 90 Baik; 66 - 75 Cukup; 51 - 65 Kurang; <= 50 Sangat Kurang.",
    "*) TPT angka Sakernas Agustus 2024 (BPS Kabupaten Muarabatu).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Muarabatu, 27 Februari 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA", "DAN TRANSMIGRASI,"],
    nama: "H. ABDUL RAHMAN SYAHPUTRA, S.Sos., M.AP.",
    pangkat: "Pembina Tingkat I",
    nip: "19750822 199903 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c24", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: "capaian 2024 of the TPT (lower is better, refleksi by note 1) is 96.61 = 5.41 / 5.60; (2 x 5.60 - 5.41) / 5.60 gives 103.39",
    truth: refl(a("r24", PLANT_C), a("t24", PLANT_C)),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", PLANT_P) },
    rules: ["predikat-mismatch"],
    note: "predikat 'Baik' for the 2024 capaian of 74.35 (63.20 / 85.00) of the PHI cases settled; the band 66 - 75 of note 3 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c24", PLANT_P)})`,
  });
  for (const x of rows) {
    const f = x.neg ? refl : rt;
    const pairs: Array<[string, string, string]> = [
      ["c23", "r23", "t23"],
      ["c24", "r24", "t24"],
      ["ca", "r24", "ta"],
    ];
    for (const [c, R, T] of pairs) {
      if (c === "c24" && x.id === PLANT_C) continue;
      const num = (k: string) => (x as unknown as Record<string, number>)[k];
      const over = cap(x.neg, num(T), num(R)) > 100;
      b.ok({
        sheet: S,
        cell: a(c, x.id),
        rules: over ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: f(a(R, x.id), a(T, x.id)),
        trap: x.neg ? rt(a(R, x.id), a(T, x.id)) : undefined,
      });
    }
    if (x.id !== PLANT_P)
      b.ok({
        sheet: S,
        cell: a("pred", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c24", x.id)})`,
        // 90.54 is above 90 (Sangat Baik) although the printed band starts at 91: bands are half-open
        trap: x.id === "sert" ? `PREDIKAT_BAIK(${a("c24", x.id)}-0.6)` : undefined,
      });
  }
  return b.finish();
}

// ===================== LKjIP 2024 Pengukuran Kinerja with formulas and a hidden column (DLH Batulayang)

type PkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  /** the capaian formula wrapped in IFERROR(...,0) */
  iferror?: boolean;
  f: string;
};

/** LKjIP 2024 of Dinas Lingkungan Hidup Kota Batulayang, Tabel 3.1 Pengukuran Kinerja. */
export function lkjipRumus(): BookW {
  const b = new BookW(
    "pengukuran-iferror-dlh-batulayang.xlsx",
    "LKjIP pengukuran kinerja",
    "LKjIP 2024 Tabel 3.1 of a Dinas Lingkungan Hidup: No | Sasaran Strategis (merged) | Indikator  Kinerja | Polaritas (hidden helper column) | Satuan | Target\\nTahun  2024 | Realisasi\\nTahun  2024 | Capaian\\n(%) | Predikat; header cells with line breaks and double spaces; capaian as formulas, the first sasaran's wrapped in IFERROR(...,0), refleksi on the three lower-is-better rows; Rata-rata row (ROUND(AVERAGE)) with its predikat",
  );
  const S = "Pengukuran Kinerja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BATULAYANG",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Taman Kota No. 9 Batulayang, Telp. (0711) 352 460",
  ]);
  s.lines(["Tabel 3.1", "PENGUKURAN KINERJA SASARAN STRATEGIS TAHUN 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas lingkungan hidup";
  const S2 = "Meningkatnya pengelolaan sampah";
  const S3 = "Meningkatnya ketaatan usaha dan/atau kegiatan terhadap persetujuan lingkungan";
  const rows: PkIn[] = [
    {
      id: "iklh",
      sas: S1,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      t: 68.5,
      r: 70.12,
      iferror: true,
      f: DEC,
    },
    {
      id: "ika",
      sas: S1,
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      t: 55,
      r: 47.6,
      iferror: true,
      f: DEC,
    },
    {
      id: "iku",
      sas: S1,
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      t: 86,
      r: 88.35,
      iferror: true,
      f: DEC,
    },
    {
      id: "bod",
      sas: S1,
      ind: "Beban pencemaran BOD sungai dari sumber domestik",
      sat: "ton/tahun",
      t: 3_250,
      r: 3_118,
      neg: true,
      iferror: true,
      f: "#,##0",
    },
    { id: "tangani", sas: S2, ind: "Persentase sampah yang tertangani", sat: "%", t: 72, r: 69.85, f: DEC },
    { id: "kurangi", sas: S2, ind: "Persentase sampah yang terkurangi", sat: "%", t: 24, r: 22.1, f: DEC },
    {
      id: "timbulan",
      sas: S2,
      ind: "Timbulan sampah per kapita per hari",
      sat: "kg/orang/hari",
      t: 0.68,
      r: 0.71,
      neg: true,
      f: DEC,
    },
    {
      id: "taat",
      sas: S3,
      ind: "Persentase usaha dan/atau kegiatan yang taat terhadap persetujuan lingkungan",
      sat: "%",
      t: 78,
      r: 68.2,
      f: DEC,
    },
    {
      id: "aduan",
      sas: S3,
      ind: "Persentase pengaduan masalah lingkungan hidup yang ditindaklanjuti",
      sat: "%",
      t: 100,
      r: 100,
      f: DEC,
    },
    {
      id: "kasus",
      sas: S3,
      ind: "Jumlah kasus pencemaran lingkungan yang terverifikasi",
      sat: "kasus",
      t: 12,
      r: 9,
      neg: true,
      f: "0",
    },
  ];
  // planted 1: the timbulan row (lower is better) carries the positive formula R / T
  const PLANT_F = "timbulan";
  // planted 2: the capaian of sampah terkurangi is a typed 96.40 in the column of formulas
  const PLANT_H = { id: "kurangi", v: 96.4 };
  const shown = (x: PkIn) =>
    x.id === PLANT_H.id ? PLANT_H.v : x.id === PLANT_F ? round((x.r / x.t) * 100) : cap(x.neg, x.t, x.r);
  for (const id of [PLANT_F, PLANT_H.id]) {
    const x = rows.find((q) => q.id === id)!;
    if (predikatBaik(shown(x)) !== predikatBaik(cap(x.neg, x.t, x.r))) throw new Error(`pk: band of ${id}`);
  }
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator  Kinerja"], role: "indikator", width: 40 },
    { key: "pol", head: ["Polaritas\n(kolom bantu)"], width: 8 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 13 },
    { key: "t", head: ["Target\nTahun  2024"], role: "target", year: 2024, width: 11 },
    { key: "r", head: ["Realisasi\nTahun  2024"], role: "realisasi", year: 2024, width: 11 },
    { key: "c", head: ["Capaian\n(%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: ["Predikat"], role: "predikat", width: 13 },
  ];
  const first = rows[0].id;
  const last = rows[rows.length - 1].id;
  const avg = round(sum(rows.map(shown)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c) => {
          const T = c.a("t");
          const R = c.a("r");
          const cells: Record<string, Cell> = {
            no: i + 1,
            sas: x.sas,
            ind: x.ind,
            pol: x.neg ? "-" : "+",
            sat: x.sat,
            t: fmt(x.t, x.f),
            r: fmt(x.r, x.f),
            p: predikatBaik(shown(x)),
          };
          // IFERROR cells are written below, after the table
          if (x.id === PLANT_H.id) cells.c = PLANT_H.v;
          else if (x.id === PLANT_F) cells.c = fx(rt(R, T));
          else if (!x.iferror) cells.c = fx(x.neg ? refl(R, T) : rt(R, T));
          return cells;
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", first)}:${c.a("c", last)}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  for (const x of rows.filter((q) => q.iferror)) {
    const T = t.a("t", x.id);
    const R = t.a("r", x.id);
    rawFormula(s, t.a("c", x.id), `IFERROR(${x.neg ? refl(R, T) : rt(R, T)},0)`, DEC);
  }
  // the helper column the planner used to pick the formula, hidden before printing
  s.ws.getColumn(t.c("pol")).hidden = true;
  s.gap();
  s.lines([
    "Keterangan:",
    "- Capaian = Realisasi / Target x 100%; indikator dengan polaritas negatif (beban pencemaran BOD, timbulan sampah per kapita, jumlah kasus pencemaran): Capaian = (2 x Target - Realisasi) / Target x 100%.",
    "- Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "- IKLH, IKA dan IKU angka sementara dari KLHK (Februari 2025).",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Batulayang, 20 Februari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KOTA BATULAYANG,"],
    nama: "Ir. RATNA DEWI KUSUMAWARDANI, M.Eng.",
    pangkat: "Pembina Utama Muda",
    nip: "19740405 199903 2 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_F) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of timbulan sampah per kapita (lower is better, polaritas '-' in the hidden helper column) is =ROUND(R/T*100,2) = 104.41 (0.71 / 0.68), the positive formula copied down; refleksi (2 x 0.68 - 0.71) / 0.68 gives 95.59, like the other lower-is-better rows",
    truth: refl(a("r", PLANT_F), a("t", PLANT_F)),
  });
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_H.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of sampah terkurangi is a typed 96.40 in a column of formulas; 22.10 / 24.00 gives 92.08",
    truth: rt(a("r", PLANT_H.id), a("t", PLANT_H.id)),
  });
  for (const x of rows) {
    const T = a("t", x.id);
    const R = a("r", x.id);
    if (x.id !== PLANT_F && x.id !== PLANT_H.id) {
      const over = cap(x.neg, x.t, x.r) > 100;
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula"]
          : over
            ? ["capaian-mismatch", "percent-out-of-range"]
            : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
    }
    b.ok({
      sheet: S,
      cell: a("p", x.id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("p", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  return b.finish();
}

// ====================== LKjIP 2024 Efisiensi Penggunaan Sumber Daya, tables side by side (Diskominfo)

type SsIn = { id: string; sas: string; ind: string; sat: string; t: number; r: number };
type PgIn = { id: string; kode: string; prog: string; pagu: number; real: number };

/** LKjIP 2024 of Dinas Komunikasi dan Informatika Kabupaten Lerengsari, Tabel 3.5 - 3.7. */
export function lkjipEfisiensi(): BookW {
  const b = new BookW(
    "efisiensi-sanding-diskominfo-lerengsari.xlsx",
    "LKjIP efisiensi",
    "LKjIP 2024 of a Diskominfo: Tabel 3.5 capaian kinerja per sasaran (No | Sasaran | Indikator | Target 2024 | Realisasi 2024 | Capaian (%)) and Tabel 3.6 realisasi anggaran per program (No | Program | Pagu | Realisasi | Serapan (%), Jumlah) side by side with one empty column between; Tabel 3.7 Efisiensi Penggunaan Sumber Daya under them (No | Sasaran | Capaian Kinerja (%) | Serapan Anggaran (%) | Efisiensi (%) | Keterangan), number row '(5) = (3) - (4)', formulas that take the capaian and the serapan from the tables above",
  );
  const S = "Efisiensi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LERENGSARI",
    "DINAS KOMUNIKASI DAN INFORMATIKA",
    "Kompleks Perkantoran Bukit Asri Blok C-2, Lerengsari",
  ]);
  s.lines(["C. EFISIENSI PENGGUNAAN SUMBER DAYA TAHUN 2024"]);
  s.gap();
  const sas: SsIn[] = [
    {
      id: "s1",
      sas: "Meningkatnya penyebarluasan informasi publik",
      ind: "Persentase informasi publik yang dipublikasikan melalui kanal resmi pemerintah daerah",
      sat: "%",
      t: 85,
      r: 88.4,
    },
    {
      id: "s2",
      sas: "Meningkatnya penerapan SPBE",
      ind: "Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)",
      sat: "indeks",
      t: 3.1,
      r: 2.86,
    },
    {
      id: "s3",
      sas: "Meningkatnya keamanan informasi pemerintah daerah",
      ind: "Persentase perangkat daerah yang menerapkan sistem manajemen keamanan informasi",
      sat: "%",
      t: 60,
      r: 51.3,
    },
    {
      id: "s4",
      sas: "Meningkatnya ketersediaan data statistik sektoral",
      ind: "Persentase data statistik sektoral yang dipublikasikan di portal Satu Data",
      sat: "%",
      t: 75,
      r: 78,
    },
  ];
  const progs: PgIn[] = [
    {
      id: "s1",
      kode: "2.16.02",
      prog: "Program Informasi dan Komunikasi Publik",
      pagu: 3_245_600_000,
      real: 3_102_418_750,
    },
    {
      id: "s2",
      kode: "2.16.03",
      prog: "Program Aplikasi Informatika",
      pagu: 6_870_250_000,
      real: 6_512_930_400,
    },
    {
      id: "s3",
      kode: "2.17.02",
      prog: "Program Penyelenggaraan Persandian untuk Pengamanan Informasi",
      pagu: 845_000_000,
      real: 872_365_000,
    },
    {
      id: "s4",
      kode: "2.21.02",
      prog: "Program Penyelenggaraan Statistik Sektoral",
      pagu: 612_400_000,
      real: 548_770_300,
    },
  ];
  // planted 1: Persandian realised above its pagu (serapan 103.24 %)
  const PLANT_O = "s3";
  // planted 2: the Jumlah pagu is =SUM over the first three programs only
  const top = s.r + 1;
  s.put(s.r, 1, "Tabel 3.5 Capaian Kinerja Sasaran Tahun 2024", { bold: true });
  s.put(s.r, 8, "Tabel 3.6 Realisasi Anggaran per Program Tahun 2024", { bold: true });
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
        { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
        { key: "t", head: ["Target 2024"], role: "target", year: 2024, width: 10 },
        { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, width: 10 },
        { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      ],
      headerRows: 1,
      rows: sas.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: `${x.ind} (${x.sat})`,
          t: fmt(x.t, DEC),
          r: fmt(x.r, DEC),
          c: fx(rt(c.a("r"), c.a("t"))),
        }),
      })),
    },
    1,
    top,
  );
  s.ws.getColumn(7).width = 3;
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "prog", head: ["Program"], width: 36 },
        { key: "pagu", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
        {
          key: "real",
          head: ["Realisasi Anggaran (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
        { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      ],
      headerRows: 1,
      rows: [
        ...progs.map((p, i): Row => ({
          id: p.id,
          cells: (c) => ({
            no: i + 1,
            prog: `${p.kode} ${p.prog}`,
            pagu: p.pagu,
            real: p.real,
            ser: fx(rt(c.a("real"), c.a("pagu"))),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "prog"],
          cells: (c) => ({
            no: "Jumlah",
            pagu: fx(`SUM(${c.a("pagu", "s1")}:${c.a("pagu", "s3")})`),
            real: fx(`SUM(${c.a("real", "s1")}:${c.a("real", "s4")})`),
            ser: fx(rt(c.a("real"), c.a("pagu"))),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  s.lines(["Tabel 3.7 Efisiensi Penggunaan Sumber Daya Tahun 2024"], 1, { bold: true });
  const t3 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 28 },
      { key: "ck", head: ["Capaian Kinerja (%)"], role: "capaian", year: 2024, num: "(3)", fmt: DEC },
      { key: "sa", head: ["Serapan Anggaran (%)"], role: "capaian", year: 2024, num: "(4)", fmt: DEC },
      { key: "ef", head: ["Efisiensi (%)"], num: "(5) = (3) - (4)", fmt: DEC },
      { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(6)" },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: sas.map((x, i): Row => {
      const p = progs.find((q) => q.id === x.id)!;
      const ef = round(round((x.r / x.t) * 100) - round((p.real / p.pagu) * 100));
      return {
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ck: fx(t1.a("c", x.id)),
          sa: fx(t2.a("ser", x.id)),
          ef: fx(`ROUND(${c.a("ck")}-${c.a("sa")},2)`),
          ket: ef > 0 ? "Efisien" : "Tidak efisien",
        }),
      };
    }),
  });
  s.gap();
  s.lines([
    "Keterangan: Efisiensi = Capaian Kinerja (%) - Serapan Anggaran (%); efisien apabila nilai efisiensi lebih dari 0 (capaian kinerja melampaui serapan anggaran).",
    "Sumber: SIPD-RI Kabupaten Lerengsari dan data kinerja Diskominfo, 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Lerengsari, 25 Februari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "KABUPATEN LERENGSARI,"],
    nama: "GALIH PRASETYO NUGROHO, S.Kom., M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19810714 200501 1 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t2.a("ser", PLANT_O) },
        { sheet: S, cell: t2.a("real", PLANT_O) },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Program Penyelenggaraan Persandian is realised 872,365,000 against a pagu of 845,000,000: serapan 103.24 %, spending above the ceiling",
    truth: t2.a("pagu", PLANT_O),
    actual: t2.a("real", PLANT_O),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("pagu", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah pagu is =SUM over the first three programs (10,960,850,000); the four programs add up to 11,573,250,000",
    truth: progs.map((p) => t2.a("pagu", p.id)).join("+"),
    tol: 0.5,
  });
  for (const x of sas) {
    const over = x.r > x.t;
    b.ok({
      sheet: S,
      cell: t1.a("c", x.id),
      rules: over ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: rt(t1.a("r", x.id), t1.a("t", x.id)),
    });
    if (x.id === PLANT_O) continue;
    b.ok({
      sheet: S,
      cell: t2.a("ser", x.id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(t2.a("real", x.id), t2.a("pagu", x.id)),
    });
    // efisiensi is the difference of the two percentages (the number row), not their ratio; a
    // negative efisiensi is no percentage out of range
    b.ok({
      sheet: S,
      cell: t3.a("ef", x.id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${t1.a("c", x.id)}-${t2.a("ser", x.id)},2)`,
      trap: `ROUND(${t1.a("c", x.id)}/${t2.a("ser", x.id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: t3.a("sa", x.id),
      rules: ["capaian-mismatch", "cross-table-mismatch"],
      truth: t2.a("ser", x.id),
    });
  }
  b.ok({
    sheet: S,
    cell: t2.a("real", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => t2.a("real", p.id)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}
