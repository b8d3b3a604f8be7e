// LKjIP tables of the seventeenth unseen set. The "Pengukuran Kinerja" of a Dinas Sumber Daya Air dan
// Bina Marga whose capaian are IFERROR-wrapped formulas (refleksi on the lower-is-better rows) beside
// the five Permendagri levels as "Kriteria"; the row-wise "Uraian: Target / Realisasi / Capaian (%)"
// comparison 2022-2024 of a Badan Pengelolaan Pendapatan Daerah with its PAD realisation 2024 on a
// second sheet; and the three-year comparison of a Dinas Kesehatan, Pengendalian Penduduk dan KB
// (realisasi 2022, 2023, 2024, target 2024, target akhir Renstra and capaian against it) that
// computes lower-is-better capaian as rasio T / R by its note. Every name and number is invented.
import {
  BookW,
  DEC,
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
import { cap, ifError, rasio, refl, rt } from "./common";

// ============================ Tabel 3.1 Pengukuran Kinerja 2024, DSDABM Kabupaten Kedunglumbu

type PgIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
  ket?: string;
};

/** LKjIP 2024 Tabel 3.1 of the Dinas Sumber Daya Air dan Bina Marga, Kabupaten Kedunglumbu. */
export function pengukuranDsda(): BookW {
  const b = new BookW(
    "pengukuran-kriteria-dsdabm-kedunglumbu.xlsx",
    "LKjIP pengukuran kinerja with Permendagri levels",
    "LKjIP 2024 Tabel 3.1 of a Dinas Sumber Daya Air dan Bina Marga: No. | Sasaran Strategis (merged) | Indikator Kinerja Sasaran | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | Kriteria | Penjelasan; number row 1 .. 9 with '7 = (6 / 5) x 100'; every capaian an IFERROR(ROUND(...),\"-\") formula, refleksi on the three lower-is-better rows (travel time, flooded area, water losses); Kriteria in the five Permendagri levels (Sangat Tinggi .. Sangat Rendah) with printed integer bounds; capaian of exactly 65.00 and 75.00; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KEDUNGLUMBU",
    "DINAS SUMBER DAYA AIR DAN BINA MARGA",
    "Jl. Raya Kedunglumbu - Sambirejo Km. 3, Kedunglumbu 63471",
  ]);
  s.lines([
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "Tabel 3.1 Pengukuran Kinerja Sasaran Strategis",
  ]);
  s.gap();
  const S1 = "Meningkatnya kemantapan jaringan jalan kabupaten";
  const S2 = "Menurunnya daya rusak air dan meningkatnya kinerja jaringan irigasi";
  const S3 = "Meningkatnya ketersediaan air baku";
  const rows: PgIn[] = [
    {
      id: "j1",
      sas: S1,
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      sat: "%",
      t: 78.5,
      r: 80.12,
      f: DEC,
    },
    {
      id: "j2",
      sas: S1,
      ind: "Persentase jembatan kabupaten dalam kondisi baik",
      sat: "%",
      t: 85,
      r: 83.4,
      f: DEC,
    },
    {
      id: "j3",
      sas: S1,
      ind: "Rata-rata waktu tempuh per 10 km pada ruas jalan kabupaten strategis",
      sat: "menit",
      t: 18,
      r: 19.5,
      neg: true,
      f: "0.0",
      ket: "Polaritas negatif",
    },
    {
      id: "a1",
      sas: S2,
      ind: "Persentase luas daerah irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      t: 72,
      r: 68.45,
      f: DEC,
    },
    {
      id: "a2",
      sas: S2,
      ind: "Luas genangan banjir di kawasan perkotaan",
      sat: "ha",
      t: 120,
      r: 146,
      neg: true,
      f: "#,##0",
      ket: "Polaritas negatif; banjir Februari dan Desember 2024",
    },
    {
      id: "a3",
      sas: S2,
      ind: "Tingkat kehilangan air pada jaringan irigasi primer dan sekunder",
      sat: "%",
      t: 30,
      r: 34.8,
      neg: true,
      f: DEC,
      ket: "Polaritas negatif",
    },
    {
      id: "b1",
      sas: S3,
      ind: "Persentase rumah tangga terlayani air baku",
      sat: "%",
      t: 64,
      r: 41.6,
      f: DEC,
      ket: "Jaringan SPAM regional belum beroperasi",
    },
    {
      id: "b2",
      sas: S3,
      ind: "Jumlah embung dan kolam retensi yang terbangun",
      sat: "unit",
      t: 4,
      r: 3,
      f: "0",
      ket: "1 unit gagal lelang",
    },
  ];
  // planted 1: the capaian of the jembatan divides by the target of the row above (the jalan mantap,
  // 78.50): 83.40 / 78.50 = 106.24 instead of 83.40 / 85.00 = 98.12; the Kriteria holds either way
  const PLANT_F = { id: "j2", above: "j1" };
  // planted 2: Kriteria "Sangat Tinggi" for the flooded area, the band of its R / T (121.67), left
  // when the capaian became the refleksi 78.33 (Tinggi)
  const PLANT_K = { id: "a2", v: "Sangat Tinggi" };
  const byId = new Map(rows.map((x) => [x.id, x]));
  const shown = (x: PgIn) =>
    x.id === PLANT_F.id ? round((x.r / byId.get(PLANT_F.above)!.t) * 100) : cap(x.t, x.r, x.neg);
  if (shown(byId.get("j2")!) !== 106.24 || cap(85, 83.4) !== 98.12) throw new Error("dsda: j2");
  if (cap(120, 146, true) !== 78.33 || predikat(78.33) !== "Tinggi") throw new Error("dsda: a2");
  if (cap(64, 41.6) !== 65 || cap(4, 3) !== 75) throw new Error("dsda: bounds");
  if (predikat(shown(byId.get("j2")!)) !== predikat(98.12)) throw new Error("dsda: j2 band");
  const K = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 2, width: 28 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", num: 3, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "t", head: [K, "Target"], role: "target", year: 2024, num: 5, width: 10 },
    { key: "r", head: [K, "Realisasi"], role: "realisasi", year: 2024, num: 6, width: 10 },
    {
      key: "c",
      head: [K, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "7 = (6 / 5) x 100",
      fmt: DEC,
      width: 12,
    },
    { key: "k", head: ["Kriteria"], role: "predikat", num: 8, width: 13 },
    { key: "ket", head: ["Penjelasan"], role: "keterangan", num: 9, width: 26 },
  ];
  const first = rows[0].id;
  const last = rows[rows.length - 1].id;
  const avg = round(sum(rows.map(shown)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // the capaian are IFERROR formulas, written below
          k: x.id === PLANT_K.id ? PLANT_K.v : predikat(shown(x)),
          ket: x.ket,
        },
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", first)}:${c.a("c", last)}),2)`),
          k: predikat(avg),
        }),
      },
    ],
  });
  const a = (k: string, id: string) => t.a(k, id);
  for (const x of rows) {
    const T = a("t", x.id === PLANT_F.id ? PLANT_F.above : x.id);
    const R = a("r", x.id);
    ifError(s, a("c", x.id), x.neg ? refl(R, T) : rt(R, T), '"-"', DEC);
  }
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Capaian = Realisasi / Target x 100%. Untuk indikator berpolaritas negatif (semakin kecil semakin baik) capaian = (2 x Target - Realisasi) / Target x 100%.",
    "2. Kriteria tingkat capaian (Permendagri Nomor 86 Tahun 2017): 91 - 100 Sangat Tinggi; 76 - 90 Tinggi; 66 - 75 Sedang; 51 - 65 Rendah; 0 - 50 Sangat Rendah; capaian di atas 100 termasuk Sangat Tinggi.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kedunglumbu, 27 Februari 2025",
    jabatan: ["KEPALA DINAS SUMBER DAYA AIR", "DAN BINA MARGA", "KABUPATEN KEDUNGLUMBU,"],
    nama: "Ir. BAMBANG TRIHARSONO, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19700512 199603 1 004",
  });

  b.plant({
    at: { sheet: S, cell: a("c", PLANT_F.id) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: 'capaian of the jembatan dalam kondisi baik is =IFERROR(ROUND(realisasi / the target of the row above*100,2),"-") = 83.40 / 78.50 = 106.24; its own target gives 83.40 / 85.00 = 98.12',
    truth: rt(a("r", PLANT_F.id), a("t", PLANT_F.id)),
  });
  b.plant({
    at: { sheet: S, cell: a("k", PLANT_K.id) },
    rules: ["predikat-mismatch"],
    note: "Kriteria 'Sangat Tinggi' for the luas genangan banjir, whose capaian is the refleksi (2 x 120 - 146) / 120 = 78.33: the band 76 - 90 of note 2 is Tinggi ('Sangat Tinggi' is the band of R / T = 121.67)",
    truth: `PREDIKAT(${a("c", PLANT_K.id)})`,
  });
  for (const x of rows) {
    const T = a("t", x.id);
    const R = a("r", x.id);
    const c = cap(x.t, x.r, x.neg);
    if (x.id !== PLANT_F.id)
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula"]
          : c > 100
            ? ["capaian-mismatch", "percent-out-of-range"]
            : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        // the lower-is-better rows are no R / T
        trap: x.neg ? rt(R, T) : undefined,
      });
    if (x.id !== PLANT_K.id)
      b.ok({
        sheet: S,
        cell: a("k", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
        // 65.00 and 75.00 sit on the printed upper bounds of Rendah and Sedang, not in the band above
        trap: c === 65 || c === 75 ? `PREDIKAT(${a("c", x.id)}+0.01)` : undefined,
      });
  }
  b.ok({
    sheet: S,
    cell: a("k", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c", "avg")})`,
  });
  return b.finish();
}

// ======================= row-wise Capaian 2022-2024 and PAD 2024, BPPD Kota Batupanjang

type UrIn = {
  id: string;
  no: string;
  sas: number;
  ind: string;
  sat: string;
  /** targets and realisations 2022, 2023, 2024 */
  t: number[];
  r: number[];
  neg?: boolean;
  f: string;
};

type PdIn = {
  id: string;
  no: string;
  ur: string;
  /** the group a line belongs to */
  of?: string;
  t?: number;
  r?: number;
};

const YB = [2022, 2023, 2024];

/** LKjIP 2024 of the Badan Pengelolaan Pendapatan Daerah, Kota Batupanjang: row-wise and PAD. */
export function uraianBppd(): BookW {
  const b = new BookW(
    "uraian-pad-bppd-batupanjang.xlsx",
    "LKjIP row-wise comparison and PAD realisation",
    "LKjIP 2024 of a Badan Pengelolaan Pendapatan Daerah. Sheet 'Capaian 2022-2024' row-wise: sasaran rows 'A' / 'B' / 'C' across the table, per indicator three rows whose No ('1.1'), Indikator and Satuan are merged over them, Uraian 'Target' / 'Realisasi' / 'Capaian (%)', 'Tahun' > 2022 | 2023 | 2024, Keterangan; capaian ROUND formulas in the rows (refleksi for the PBB-P2 arrears); PAD in full rupiah realised above its target. Sheet 'PAD 2024': No | Jenis Pendapatan | Target 2024 (Rp) | Realisasi 2024 (Rp) | Capaian (%) | Kontribusi terhadap PAD (%), number row (1) .. (6); Pajak Daerah a SUM of its seven lines, the other groups and the JUMLAH typed from the APBD-P; taxes and BPHTB realised above target",
  );
  const S = "Capaian 2022-2024";
  const SP = "PAD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BATUPANJANG",
    "BADAN PENGELOLAAN PENDAPATAN DAERAH",
    "Jl. Jenderal Sudirman No. 101 Batupanjang",
  ]);
  s.lines(["Tabel 3.2", "Perbandingan Target, Realisasi dan Capaian Kinerja Tahun 2022 s.d. 2024"]);
  s.gap();
  const SAS = [
    "Meningkatnya pendapatan asli daerah",
    "Meningkatnya kepatuhan wajib pajak daerah",
    "Meningkatnya kualitas pelayanan pajak daerah",
  ];
  const inds: UrIn[] = [
    {
      id: "pad",
      no: "1.1",
      sas: 0,
      ind: "Realisasi Pendapatan Asli Daerah (PAD)",
      sat: "Rp",
      t: [612_450_000_000, 668_900_000_000, 724_300_000_000],
      r: [635_812_447_310, 661_204_883_925, 751_096_702_118],
      f: RP,
    },
    {
      id: "rasio",
      no: "1.2",
      sas: 0,
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      t: [18.5, 19.2, 20],
      r: [18.92, 19.05, 20.61],
      f: DEC,
    },
    {
      id: "patuh",
      no: "2.1",
      sas: 1,
      ind: "Tingkat kepatuhan pelaporan wajib pajak PBJT",
      sat: "%",
      t: [78, 80, 82],
      r: [76.45, 81.3, 83.92],
      f: DEC,
    },
    {
      id: "tunggak",
      no: "2.2",
      sas: 1,
      ind: "Persentase tunggakan PBB-P2 terhadap ketetapan",
      sat: "%",
      t: [22, 20, 18],
      r: [24.6, 19.2, 17.1],
      neg: true,
      f: DEC,
    },
    {
      id: "ikm",
      no: "3.1",
      sas: 2,
      ind: "Indeks Kepuasan Masyarakat (IKM) layanan pajak daerah",
      sat: "nilai",
      t: [80, 81, 82],
      r: [79.6, 82.4, 83.1],
      f: DEC,
    },
  ];
  // planted 1: the 2023 capaian of the PAD divides the realisasi 2023 by the target 2022:
  // 661,204,883,925 / 612,450,000,000 = 107.96; the 2023 target gives 98.85
  const PLANT_C = { id: "pad", i: 1 };
  const capOf = (x: UrIn, i: number) => cap(x.t[i], x.r[i], x.neg);
  if (capOf(inds[0], 1) !== 98.85 || round((inds[0].r[1] / inds[0].t[0]) * 100) !== 107.96)
    throw new Error("bppd: pad 2023");
  const cols: Col[] = [
    { key: "no", head: ["No"], width: 6 },
    { key: "ind", head: ["Sasaran / Indikator Kinerja"], width: 40 },
    { key: "sat", head: ["Satuan"], width: 8 },
    { key: "u", head: ["Uraian"], width: 13 },
    ...YB.map((y, i): Col => ({ key: `y${i}`, head: ["Tahun", String(y)], width: 19 })),
    { key: "ket", head: ["Keterangan"], width: 26 },
  ];
  const body: Row[] = [];
  SAS.forEach((sa, j) => {
    body.push({
      id: `s${j}`,
      bold: true,
      span: ["ind", "ket"],
      cells: { no: ["A", "B", "C"][j], ind: `Sasaran ${j + 1}: ${sa}` },
    });
    for (const x of inds.filter((q) => q.sas === j)) {
      const tg: Record<string, Cell> = { no: x.no, ind: x.ind, sat: x.sat, u: "Target" };
      const re: Record<string, Cell> = { u: "Realisasi" };
      YB.forEach((_, i) => {
        tg[`y${i}`] = fmt(x.t[i], x.f);
        re[`y${i}`] = fmt(x.r[i], x.f);
      });
      body.push({ id: `t.${x.id}`, cells: tg }, { id: `r.${x.id}`, cells: re });
      body.push({
        id: `c.${x.id}`,
        cells: (c) => {
          const cp: Record<string, Cell> = {
            u: "Capaian (%)",
            ket: x.neg ? "Polaritas negatif: (2T - R) / T x 100" : undefined,
          };
          YB.forEach((_, i) => {
            const R = c.a(`y${i}`, `r.${x.id}`);
            const T = c.a(`y${x.id === PLANT_C.id && i === PLANT_C.i ? i - 1 : i}`, `t.${x.id}`);
            cp[`y${i}`] = fx(x.neg ? refl(R, T) : rt(R, T));
          });
          return cp;
        },
      });
    }
  });
  const tb = s.table({ cols, headerRows: 2, rows: body });
  // No, Indikator and Satuan merged over each indicator's three rows
  for (const x of inds)
    for (const k of ["no", "ind", "sat"]) {
      const c = tb.c(k);
      s.ws.mergeCells(`${c}${tb.row(`t.${x.id}`)}:${c}${tb.row(`c.${x.id}`)}`);
    }
  for (const x of inds) YB.forEach((_, i) => (s.ws.getCell(tb.a(`y${i}`, `c.${x.id}`)).numFmt = DEC));
  s.gap();
  s.lines([
    "Sumber: LKjIP BPPD Tahun 2022 dan 2023, data realisasi SIPD dan aplikasi pajak daerah (diolah).",
  ]);

  // ---------------------------------------------------------------- PAD 2024 on its own sheet
  const p = b.sheet(SP);
  letterhead(p, ["PEMERINTAH KOTA BATUPANJANG", "BADAN PENGELOLAAN PENDAPATAN DAERAH"]);
  p.lines(["Tabel 3.6", "Target dan Realisasi Pendapatan Asli Daerah Tahun Anggaran 2024"]);
  p.gap();
  const pads: PdIn[] = [
    { id: "g1", no: "1", ur: "Pajak Daerah" },
    {
      id: "mamin",
      no: "a.",
      of: "g1",
      ur: "PBJT atas Makanan dan/atau Minuman",
      t: 118_500_000_000,
      r: 127_846_215_440,
    },
    {
      id: "hotel",
      no: "b.",
      of: "g1",
      ur: "PBJT atas Jasa Perhotelan",
      t: 46_200_000_000,
      r: 44_918_306_125,
    },
    {
      id: "listrik",
      no: "c.",
      of: "g1",
      ur: "PBJT atas Tenaga Listrik",
      t: 72_800_000_000,
      r: 75_112_948_300,
    },
    { id: "reklame", no: "d.", of: "g1", ur: "Pajak Reklame", t: 14_600_000_000, r: 15_227_430_000 },
    { id: "air", no: "e.", of: "g1", ur: "Pajak Air Tanah", t: 3_900_000_000, r: 3_612_775_500 },
    {
      id: "pbb",
      no: "f.",
      of: "g1",
      ur: "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
      t: 86_400_000_000,
      r: 81_905_662_184,
    },
    {
      id: "bphtb",
      no: "g.",
      of: "g1",
      ur: "Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
      t: 98_700_000_000,
      r: 112_634_120_900,
    },
    { id: "g2", no: "2", ur: "Retribusi Daerah", t: 52_600_000_000, r: 49_873_540_250 },
    {
      id: "g3",
      no: "3",
      ur: "Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan",
      t: 18_250_000_000,
      r: 18_912_465_000,
    },
    {
      id: "g4",
      no: "4",
      ur: "Lain-lain Pendapatan Asli Daerah yang Sah",
      t: 212_350_000_000,
      r: 221_053_238_419,
    },
    { id: "tot", no: "JUMLAH PENDAPATAN ASLI DAERAH", ur: "", t: 724_300_000_000, r: 751_096_702_118 },
  ];
  const lines = pads.filter((x) => x.of);
  const leaves = pads.filter((x) => x.t !== undefined && x.id !== "tot");
  if (sum(leaves.map((x) => x.t!)) !== 724_300_000_000 || sum(leaves.map((x) => x.r!)) !== 751_096_702_118)
    throw new Error("bppd: PAD totals");
  // planted 2: the target of Pajak Daerah is =SUM over its first six lines; the BPHTB line, added
  // under them, is left out (342,400,000,000 instead of 441,100,000,000)
  const PLANT_S = "g1";
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 6 },
    { key: "ur", head: ["Jenis Pendapatan"], width: 46 },
    { key: "t", head: ["Target 2024 (Rp)"], role: "anggaran", year: 2024, num: "(2)", fmt: RP, width: 20 },
    {
      key: "r",
      head: ["Realisasi 2024 (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(3)",
      fmt: RP,
      width: 20,
    },
    {
      key: "c",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(4) = (3) / (2)",
      fmt: DEC,
      width: 11,
    },
    { key: "kon", head: ["Kontribusi terhadap PAD (%)"], num: "(5)", fmt: DEC, width: 13 },
  ];
  const pt = p.table({
    cols: pcols,
    headerRows: 1,
    numberRow: "plain",
    rows: pads.map((x): Row => ({
      id: x.id,
      bold: !x.of,
      span: x.id === "tot" ? ["no", "ur"] : undefined,
      cells: (c) => {
        const cells: Record<string, Cell> = { no: x.no, ur: x.ur || undefined };
        if (x.id === "g1") {
          const r1 = c.row(lines[0].id);
          const r2 = c.row(lines[lines.length - 1].id);
          cells.t = fx(`SUM(${c.c("t")}${r1}:${c.c("t")}${x.id === PLANT_S ? r2 - 1 : r2})`);
          cells.r = fx(`SUM(${c.c("r")}${r1}:${c.c("r")}${r2})`);
        } else {
          cells.t = x.t;
          cells.r = x.r;
        }
        cells.c = fx(rt(c.a("r"), c.a("t")));
        const tot = `$${c.c("r")}$${c.row("tot")}`;
        cells.kon = x.id === "tot" ? 100 : fx(`ROUND(${c.a("r")}/${tot}*100,2)`);
        return cells;
      },
    })),
  });
  p.gap();
  p.lines([
    "Catatan:",
    "1. Target sesuai Peraturan Daerah tentang Perubahan APBD Tahun Anggaran 2024; realisasi per 31 Desember 2024 (unaudited).",
    "2. Realisasi BPHTB melampaui target karena peningkatan transaksi properti di kawasan pengembangan kota baru.",
  ]);
  p.gap();
  signature(p, 4, {
    tempat: "Batupanjang, 21 Februari 2025",
    jabatan: ["KEPALA BADAN PENGELOLAAN PENDAPATAN DAERAH", "KOTA BATUPANJANG,"],
    nama: "Drs. HERU SETIADJI WIBISONO, M.AP.",
    pangkat: "Pembina Utama Muda",
    nip: "19690310 199103 1 008",
  });

  const B = (i: number, row: string) => tb.a(`y${i}`, row);
  const P = (k: string, id: string) => pt.a(k, id);
  b.plant({
    at: { sheet: S, cell: B(PLANT_C.i, `c.${PLANT_C.id}`) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian 2023 of the PAD divides the realisasi 2023 by the target 2022 (=ROUND(E/D*100,2)): 661,204,883,925 / 612,450,000,000 = 107.96; the 2023 target 668,900,000,000 gives 98.85",
    truth: rt(B(1, `r.${PLANT_C.id}`), B(1, `t.${PLANT_C.id}`)),
  });
  b.plant({
    at: { sheet: SP, cell: P("t", PLANT_S) },
    rules: ["sum-mismatch"],
    note: "target 2024 of Pajak Daerah is =SUM over lines a. .. f. (342,400,000,000): the BPHTB line g. (98,700,000,000) is left out; the seven lines give 441,100,000,000, and the typed JUMLAH PAD (724,300,000,000) agrees with them",
    truth: lines.map((x) => P("t", x.id)).join("+"),
  });
  // row-wise: every other capaian follows its own year's T and R (refleksi for the arrears)
  for (const x of inds)
    YB.forEach((_, i) => {
      if (x.id === PLANT_C.id && i === PLANT_C.i) return;
      const T = B(i, `t.${x.id}`);
      const R = B(i, `r.${x.id}`);
      b.ok({
        sheet: S,
        cell: B(i, `c.${x.id}`),
        rules: capOf(x, i) > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
    });
  // PAD 2024: the lines and groups realised above target are more income, not spending over a ceiling
  for (const x of pads) {
    if (x.id === "g1" || x.id === "tot") continue;
    const over = x.r! > x.t!;
    if (over) b.ok({ sheet: SP, cell: P("r", x.id), rules: ["serapan-over-100"], truth: `${x.r}` });
    b.ok({
      sheet: SP,
      cell: P("c", x.id),
      rules: over ? ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: rt(P("r", x.id), P("t", x.id)),
    });
  }
  b.ok({
    sheet: SP,
    cell: P("r", "g1"),
    rules: ["sum-mismatch"],
    truth: lines.map((x) => P("r", x.id)).join("+"),
  });
  // the typed JUMLAH agrees with every line, and with the row-wise table's 2024
  b.ok({
    sheet: SP,
    cell: P("t", "tot"),
    rules: ["cross-table-mismatch"],
    truth: `'${S}'!${B(2, "t.pad")}`,
  });
  b.ok({
    sheet: SP,
    cell: P("r", "tot"),
    rules: ["sum-mismatch", "cross-table-mismatch", "serapan-over-100"],
    truth: `'${S}'!${B(2, "r.pad")}`,
    actual: `${["g1", "g2", "g3", "g4"].map((id) => P("r", id)).join("+")}`,
  });
  // a percentage in the JUMLAH row is the ratio of the totals, not the capaian of the groups added up
  b.ok({
    sheet: SP,
    cell: P("c", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch", "percent-out-of-range", "serapan-over-100"],
    truth: rt(P("r", "tot"), P("t", "tot")),
    trap: ["g1", "g2", "g3", "g4"].map((id) => P("c", id)).join("+"),
  });
  return b.finish();
}

// ============ LKjIP 2024 three-year comparison, Dinkes PPKB Kabupaten Linggasari (rasio T / R)

type TgIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  /** target akhir Renstra 2026 */
  ta: number;
  neg?: boolean;
  f: string;
  tren: string;
};

/** LKjIP 2024 Tabel 3.3 of the Dinas Kesehatan, Pengendalian Penduduk dan KB, Kabupaten Linggasari. */
export function tigaTahunDinkes(): BookW {
  const b = new BookW(
    "lkjip-tigatahun-dinkesppkb-linggasari.xlsx",
    "LKjIP three-year comparison with the end of the Renstra",
    "LKjIP 2024 Tabel 3.3 of a Dinas Kesehatan, Pengendalian Penduduk dan KB: No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Realisasi' > 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | % Capaian | Target Akhir Renstra (2026) | % Capaian thd Target Akhir Renstra | Tren 2022-2024; no number row; the 2024 capaian typed, the capaian against the Renstra end target as ROUND formulas; lower-is-better indicators (AKI, AKB, stunting, TFR) computed as rasio Target / Realisasi x 100 by the note (a Perbup), not refleksi",
  );
  const S = "Tabel 3.3";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LINGGASARI",
    "DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
    "Jl. Dr. Soetomo No. 22 Linggasari",
  ]);
  s.lines([
    "Tabel 3.3",
    "Perbandingan Realisasi Kinerja Tahun 2022 - 2024 dan Capaian terhadap Target Akhir Renstra 2021 - 2026",
  ]);
  s.gap();
  const S1 = "Meningkatnya derajat kesehatan masyarakat";
  const S2 = "Meningkatnya mutu dan akses pelayanan kesehatan";
  const S3 = "Terkendalinya pertumbuhan penduduk";
  const rows: TgIn[] = [
    {
      id: "aki",
      sas: S1,
      ind: "Angka Kematian Ibu (AKI)",
      sat: "per 100.000 KH",
      r22: 118.6,
      r23: 104.2,
      t: 98,
      r: 112,
      ta: 90,
      neg: true,
      f: "0.0",
      tren: "Fluktuatif",
    },
    {
      id: "akb",
      sas: S1,
      ind: "Angka Kematian Bayi (AKB)",
      sat: "per 1.000 KH",
      r22: 9.8,
      r23: 9.1,
      t: 8.7,
      r: 8.4,
      ta: 8,
      neg: true,
      f: "0.0",
      tren: "Membaik",
    },
    {
      id: "stunting",
      sas: S1,
      ind: "Prevalensi balita stunting",
      sat: "%",
      r22: 24.3,
      r23: 21.7,
      t: 18.5,
      r: 17.9,
      ta: 14,
      neg: true,
      f: DEC,
      tren: "Membaik",
    },
    {
      id: "uhc",
      sas: S2,
      ind: "Cakupan kepesertaan Jaminan Kesehatan Nasional (Universal Health Coverage)",
      sat: "%",
      r22: 92.15,
      r23: 95.6,
      t: 96,
      r: 98.42,
      ta: 98,
      f: DEC,
      tren: "Membaik",
    },
    {
      id: "pkm",
      sas: S2,
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      r22: 20,
      r23: 33.33,
      t: 45,
      r: 46.67,
      ta: 60,
      f: DEC,
      tren: "Membaik",
    },
    {
      id: "tfr",
      sas: S3,
      ind: "Total Fertility Rate (TFR)",
      sat: "anak per WUS",
      r22: 2.31,
      r23: 2.26,
      t: 2.2,
      r: 2.24,
      ta: 2.1,
      neg: true,
      f: DEC,
      tren: "Membaik",
    },
    {
      id: "cpr",
      sas: S3,
      ind: "Contraceptive Prevalence Rate (CPR) metode modern",
      sat: "%",
      r22: 61.4,
      r23: 62.8,
      t: 64,
      r: 63.1,
      ta: 66,
      f: DEC,
      tren: "Membaik",
    },
  ];
  // planted 1: the 2024 capaian of the AKI typed as R / T = 114.29; the note's rasio T / R gives
  // 87.50 (and refleksi 85.71: wrong under either convention)
  const PLANT_C = { id: "aki", v: round((112 / 98) * 100) };
  // planted 2: the capaian against the Renstra end target of the puskesmas paripurna reads the
  // realisasi 2023: 33.33 / 60 = 55.55; the 2024 realisasi gives 46.67 / 60 = 77.78
  const PLANT_F = "pkm";
  if (PLANT_C.v !== 114.29 || cap(98, 112, true, "rasio") !== 87.5) throw new Error("dinkes: aki");
  const capR = (T: number, R: number, neg?: boolean) => cap(T, R, neg, "rasio");
  const T24 = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "r22", head: ["Realisasi", "2022"], role: "realisasi", year: 2022, width: 9 },
    { key: "r23", head: ["Realisasi", "2023"], role: "realisasi", year: 2023, width: 9 },
    { key: "t", head: [T24, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [T24, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [T24, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", width: 11 },
    { key: "cta", head: ["% Capaian thd Target Akhir Renstra"], role: "capaian", fmt: DEC, width: 12 },
    { key: "tren", head: ["Tren 2022-2024"], width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const F = (v: number) => fmt(v, x.f);
        const ta = c.a("ta");
        const r = c.a(x.id === PLANT_F ? "r23" : "r");
        return {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r22: F(x.r22),
          r23: F(x.r23),
          t: F(x.t),
          r: F(x.r),
          c: x.id === PLANT_C.id ? PLANT_C.v : capR(x.t, x.r, x.neg),
          ta: F(x.ta),
          cta: fx(x.neg ? rasio(r, ta) : rt(r, ta)),
          tren: x.tren,
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1) Realisasi 2024 merupakan angka sementara Profil Kesehatan Kabupaten Linggasari Tahun 2024.",
    "2) AKI, AKB, prevalensi balita stunting dan TFR berpolaritas negatif. Sesuai Peraturan Bupati Linggasari Nomor 17 Tahun 2022 tentang Pedoman Pengukuran dan Evaluasi Kinerja, capaian indikator berpolaritas negatif = Target / Realisasi x 100%; indikator lainnya = Realisasi / Target x 100%.",
    "3) % Capaian thd Target Akhir Renstra dihitung dari realisasi 2024 terhadap target tahun 2026 dengan rumus yang sama.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Linggasari, 26 Februari 2025",
    jabatan: [
      "KEPALA DINAS KESEHATAN, PENGENDALIAN",
      "PENDUDUK DAN KELUARGA BERENCANA",
      "KABUPATEN LINGGASARI,",
    ],
    nama: "dr. LUKMAN HAKIM PRAWIRODIRDJO, M.Kes.",
    pangkat: "Pembina Utama Muda",
    nip: "19731104 200212 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_C.id) },
    rules: ["capaian-mismatch"],
    note: "2024 capaian of the AKI (lower is better) typed 114.29 = 112 / 98 (R / T); the rasio Target / Realisasi of note 2 gives 98 / 112 = 87.50 (refleksi would give 85.71)",
    truth: rasio(a("r", PLANT_C.id), a("t", PLANT_C.id)),
  });
  b.plant({
    at: { sheet: S, cell: a("cta", PLANT_F) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian against the Renstra end target of the puskesmas terakreditasi paripurna is =ROUND(realisasi 2023 / target akhir*100,2) = 33.33 / 60 = 55.55; the realisasi 2024 gives 46.67 / 60 = 77.78",
    truth: rt(a("r", PLANT_F), a("ta", PLANT_F)),
  });
  for (const x of rows) {
    const T = a("t", x.id);
    const R = a("r", x.id);
    const TA = a("ta", x.id);
    if (x.id !== PLANT_C.id) {
      const c = capR(x.t, x.r, x.neg);
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: c > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: x.neg ? rasio(R, T) : rt(R, T),
        // a lower-is-better row is T / R by the note, not R / T
        trap: x.neg ? rt(R, T) : undefined,
      });
    }
    if (x.id !== PLANT_F) {
      const c = capR(x.ta, x.r, x.neg);
      b.ok({
        sheet: S,
        cell: a("cta", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula"]
          : c > 100
            ? ["capaian-mismatch", "percent-out-of-range"]
            : ["capaian-mismatch"],
        truth: x.neg ? rasio(R, TA) : rt(R, TA),
        trap: x.neg ? rt(R, TA) : undefined,
      });
    }
  }
  return b.finish();
}
