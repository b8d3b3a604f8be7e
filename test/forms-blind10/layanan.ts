// Service performance tables of the twelfth unseen set: the IKU matrix 2025-2029 of an RSUD (a BLUD:
// death rates per mille, a cost recovery rate that may pass 100 %, a waiting time, a BOR given as a
// range) with the row-wise LKjIP table of the years before on a second sheet (Uraian: Target /
// Realisasi / Capaian (%), years across); and the report of a Survei Kepuasan Masyarakat of a
// Kecamatan with its nine unsur (PermenPANRB 14/2017: NRR, NRR tertimbang, nilai x 25, mutu A-D on the
// IKM scale, not the SAKIP one). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ================================== IKU RSUD 2025-2029 and row-wise capaian 2022-2024 (RSUD Sidomakmur)

type IkIn = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number | string;
  tg: Array<number | string>;
  neg?: boolean;
  f: string;
  pj: string;
};

type BrIn = { id: string; ind: string; sat: string; t: number[]; r: number[]; neg?: boolean; f: string };

const YI = [2025, 2026, 2027, 2028, 2029];
const YB = [2022, 2023, 2024];

/** IKU of RSUD Kabupaten Sidomakmur 2025-2029 and its row-wise capaian 2022-2024. */
export function ikuRsud(): BookW {
  const b = new BookW(
    "iku-baris-rsud-sidomakmur.xlsx",
    "IKU matrix of an RSUD with a row-wise LKjIP table",
    "IKU of an RSUD for its Renstra 2025-2029: No | Sasaran (merged) | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal (2024) | Target > 2025..2029 | Kondisi Akhir (2029) | Penanggung Jawab, death rates per mille and a waiting time (lower is better), a cost recovery rate above 100, a BOR range; sheet 'Capaian IKU 2022-2024' row-wise: No, indicator and Satuan merged over Target / Realisasi / Capaian (%) rows, years 2022..2024 across, typed capaian, refleksi for the lower-is-better rows",
  );
  const S = "IKU RSUD";
  const SB = "Capaian IKU 2022-2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SIDOMAKMUR",
    "RUMAH SAKIT UMUM DAERAH KABUPATEN SIDOMAKMUR",
    "Jl. dr. Wahidin Sudirohusodo No. 8, Sidomakmur",
  ]);
  s.lines([
    "Lampiran Keputusan Direktur RSUD Kabupaten Sidomakmur Nomor 800/112/RSUD/2025",
    "INDIKATOR KINERJA UTAMA RSUD KABUPATEN SIDOMAKMUR TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya mutu pelayanan kesehatan rujukan";
  const S2 = "Meningkatnya kemandirian keuangan BLUD";
  const rows: IkIn[] = [
    {
      id: "ikm",
      sas: S1,
      ind: "Indeks Kepuasan Masyarakat (IKM) RSUD",
      rumus: "Jumlah NRR tertimbang unsur pelayanan x 25",
      sat: "nilai",
      awal: 82.4,
      tg: [83, 84, 85, 86, 87],
      f: DEC,
      pj: "Bidang Pelayanan Medik",
    },
    {
      id: "gdr",
      sas: S1,
      ind: "Gross Death Rate (GDR)",
      rumus: "Jumlah pasien rawat inap meninggal / jumlah pasien rawat inap keluar (hidup dan mati) x 1.000",
      sat: "per mil",
      awal: 38,
      tg: [36, 34, 32, 30, 28],
      neg: true,
      f: DEC,
      pj: "Bidang Pelayanan Medik",
    },
    {
      id: "ndr",
      sas: S1,
      ind: "Net Death Rate (NDR)",
      rumus:
        "Jumlah pasien meninggal >= 48 jam dirawat / jumlah pasien rawat inap keluar (hidup dan mati) x 1.000",
      sat: "per mil",
      awal: 22.6,
      tg: [22, 21, 20, 19, 18],
      neg: true,
      f: DEC,
      pj: "Bidang Pelayanan Medik",
    },
    {
      id: "tunggu",
      sas: S1,
      ind: "Rata-rata waktu tunggu pelayanan rawat jalan",
      rumus: "Jumlah waktu tunggu pasien rawat jalan yang disurvei / jumlah pasien yang disurvei",
      sat: "menit",
      awal: 68,
      tg: [60, 55, 50, 45, 40],
      neg: true,
      f: INT,
      pj: "Bidang Penunjang dan Keperawatan",
    },
    {
      id: "spm",
      sas: S1,
      ind: "Persentase pemenuhan Standar Pelayanan Minimal (SPM) rumah sakit",
      rumus: "Jumlah indikator SPM yang mencapai target / jumlah seluruh indikator SPM x 100",
      sat: "%",
      awal: 84.2,
      tg: [86, 88, 90, 92, 94],
      f: DEC,
      pj: "Komite Mutu",
    },
    {
      id: "bor",
      sas: S1,
      ind: "Bed Occupancy Rate (BOR)",
      rumus: "Jumlah hari perawatan / (jumlah tempat tidur x jumlah hari dalam satu periode) x 100",
      sat: "%",
      awal: 71.3,
      tg: ["60 - 85", "60 - 85", "60 - 85", "60 - 85", "60 - 85"],
      f: DEC,
      pj: "Bidang Pelayanan Medik",
    },
    {
      id: "crr",
      sas: S2,
      ind: "Cost Recovery Rate (CRR)",
      rumus: "Pendapatan operasional BLUD / biaya operasional BLUD x 100",
      sat: "%",
      awal: 91.5,
      tg: [92, 95, 98, 101, 104],
      f: DEC,
      pj: "Bagian Keuangan",
    },
  ];
  // planted 1: the 2028 NDR target typed 91 (19 with its digits swapped) on a lower-is-better path
  const PLANT_T = { id: "ndr", i: 3, v: 91 };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "rumus", head: ["Formulasi"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", width: 10 },
    ...YI.map((y, k): Col => ({
      key: `y${k}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "akhir", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => {
      const v = (q: number | string) => (typeof q === "number" ? fmt(q, x.f) : q);
      const cells: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: v(x.awal),
        akhir: v(x.tg[4]),
        pj: x.pj,
      };
      x.tg.forEach((q, k) => (cells[`y${k}`] = v(x.id === PLANT_T.id && k === PLANT_T.i ? PLANT_T.v : q)));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- GDR, NDR dan rata-rata waktu tunggu rawat jalan: semakin kecil semakin baik (polaritas negatif).",
    "- BOR adalah indikator stabil, ideal 60 - 85% (Depkes); CRR dapat melebihi 100% bila pendapatan operasional melampaui biaya operasional.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Sidomakmur, 10 Januari 2025",
    jabatan: ["DIREKTUR RSUD", "KABUPATEN SIDOMAKMUR,"],
    nama: "dr. RATNA KUSUMAWARDANI, Sp.PD., M.Kes.",
    pangkat: "Pembina Tingkat I",
    nip: "19770211 200501 2 009",
  });

  // the row-wise table of the years before
  const r = b.sheet(SB);
  r.lines([
    "Tabel 3.3",
    "Perkembangan Capaian Indikator Kinerja Utama RSUD Kabupaten Sidomakmur Tahun 2022-2024",
  ]);
  r.gap();
  const inds: BrIn[] = [
    {
      id: "ikm",
      ind: "Indeks Kepuasan Masyarakat (IKM) RSUD",
      sat: "nilai",
      t: [80, 81, 82],
      r: [79.6, 81.85, 82.4],
      f: DEC,
    },
    {
      id: "gdr",
      ind: "Gross Death Rate (GDR)",
      sat: "per mil",
      t: [42, 40, 38],
      r: [44.1, 39.2, 38],
      neg: true,
      f: DEC,
    },
    { id: "crr", ind: "Cost Recovery Rate (CRR)", sat: "%", t: [85, 88, 90], r: [86.3, 84.7, 91.5], f: DEC },
    {
      id: "tunggu",
      ind: "Rata-rata waktu tunggu pelayanan rawat jalan",
      sat: "menit",
      t: [75, 70, 65],
      r: [72, 66, 68],
      neg: true,
      f: INT,
    },
  ];
  // planted 2: the 2023 capaian of the CRR typed 92.65; 84.70 / 88.00 gives 96.25
  const PLANT_C = { id: "crr", i: 1, v: 92.65 };
  const cap = (x: BrIn, i: number) =>
    round(x.neg ? ((2 * x.t[i] - x.r[i]) / x.t[i]) * 100 : (x.r[i] / x.t[i]) * 100);
  if (cap(inds[2], 1) !== 96.25) throw new Error("rsud: CRR 2023");
  const bcols: Col[] = [
    { key: "no", head: ["No"], width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], width: 36 },
    { key: "sat", head: ["Satuan"], width: 9 },
    { key: "u", head: ["Uraian"], width: 13 },
    ...YB.map((y, i): Col => ({ key: `y${i}`, head: ["Tahun", String(y)], width: 10 })),
  ];
  const body: Row[] = [];
  inds.forEach((x, k) => {
    const tg: Record<string, Cell> = { no: k + 1, ind: x.ind, sat: x.sat, u: "Target" };
    const re: Record<string, Cell> = { u: "Realisasi" };
    const cp: Record<string, Cell> = { u: "Capaian (%)" };
    YB.forEach((_, i) => {
      tg[`y${i}`] = fmt(x.t[i], x.f);
      re[`y${i}`] = fmt(x.r[i], x.f);
      cp[`y${i}`] = fmt(x.id === PLANT_C.id && i === PLANT_C.i ? PLANT_C.v : cap(x, i), DEC);
    });
    body.push({ id: `t.${x.id}`, cells: tg }, { id: `r.${x.id}`, cells: re }, { id: `c.${x.id}`, cells: cp });
  });
  const tb = r.table({ cols: bcols, headerRows: 2, rows: body });
  for (const x of inds)
    for (const key of ["no", "ind", "sat"]) {
      const c = tb.left + bcols.findIndex((q) => q.key === key);
      r.ws.mergeCells(tb.row(`t.${x.id}`), c, tb.row(`c.${x.id}`), c);
    }
  r.gap();
  r.lines([
    "Catatan: capaian GDR dan rata-rata waktu tunggu (semakin kecil semakin baik) = (2 x Target - Realisasi) / Target x 100; indikator lainnya = Realisasi / Target x 100.",
    "Sumber: LKjIP RSUD Kabupaten Sidomakmur Tahun 2022, 2023 dan 2024.",
  ]);

  const a = (k: string, id: string) => t.a(k, id);
  const ys = (id: string) => YI.map((_, k) => a(`y${k}`, id));
  b.plant({
    at: { sheet: S, cell: a(`y${PLANT_T.i}`, PLANT_T.id) },
    rules: ["target-trend", "target-outlier"],
    note: "2028 target of the NDR (lower is better) is 91.00 per mil between 20.00 (2027) and 18.00 (2029), 19 with its digits swapped: the path rises far off its neighbours and falls again",
    truth: `(${ys(PLANT_T.id)[2]}+${ys(PLANT_T.id)[4]})/2`,
    tol: 0.6,
  });
  const B = (i: number, row: string) => tb.a(`y${i}`, row);
  b.plant({
    at: { sheet: SB, cell: B(PLANT_C.i, `c.${PLANT_C.id}`) },
    rules: ["capaian-mismatch"],
    note: "capaian 2023 of the Cost Recovery Rate is 92.65; realisasi 84.70 / target 88.00 gives 96.25",
    truth: `ROUND(${B(PLANT_C.i, `r.${PLANT_C.id}`)}/${B(PLANT_C.i, `t.${PLANT_C.id}`)}*100,2)`,
  });
  for (const x of rows) {
    if (typeof x.tg[4] !== "number") continue;
    b.ok({
      sheet: S,
      cell: a("akhir", x.id),
      rules: x.id === "crr" ? ["kondisi-akhir-mismatch", "percent-out-of-range"] : ["kondisi-akhir-mismatch"],
      // rates, indices, a time and percentages end at the 2029 target, not at the five added up
      truth: ys(x.id)[4],
      trap: ys(x.id).join("+"),
    });
    // falling targets are the right way for the lower-is-better rows (the NDR holds the plant)
    if (x.neg && x.id !== PLANT_T.id)
      for (const c of ys(x.id))
        b.ok({ sheet: S, cell: c, rules: ["target-trend", "target-outlier"], truth: c });
  }
  // the CRR targets of 101 and 104 are no percentage out of range (revenue above cost)
  for (const c of ys("crr").slice(3)) b.ok({ sheet: S, cell: c, rules: ["percent-out-of-range"], truth: c });
  for (const x of inds)
    YB.forEach((_, i) => {
      if (x.id === PLANT_C.id && i === PLANT_C.i) return;
      const T = B(i, `t.${x.id}`);
      const R = B(i, `r.${x.id}`);
      b.ok({
        sheet: SB,
        cell: B(i, `c.${x.id}`),
        rules: ["capaian-mismatch"],
        truth: x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
        trap: x.neg && x.t[i] !== x.r[i] ? `ROUND(${R}/${T}*100,2)` : undefined,
      });
    });
  return b.finish();
}

// ============================================= SKM 2024 with its nine unsur (Kecamatan Sumberrejo)

type UnIn = { kode: string; unsur: string; jml: number };

/** Mutu of a nilai (NRR x 25) on the IKM scale of PermenPANRB 14/2017. */
function mutuIkm(v: number): string {
  if (v >= 88.31) return "A";
  if (v >= 76.61) return "B";
  if (v >= 65) return "C";
  return "D";
}

/** Laporan hasil SKM 2024 of Kecamatan Sumberrejo, Kabupaten Watugunung. */
export function skmKecamatan(): BookW {
  const b = new BookW(
    "skm-unsur-kecamatan-sumberrejo.xlsx",
    "IKM / SKM survey results",
    "SKM 2024 of a Kecamatan (384 respondents): No | Kode | Unsur Pelayanan | Jumlah Nilai Persepsi | NRR per Unsur | NRR Tertimbang (NRR x 0,111) | Nilai Unsur (NRR x 25) | Mutu Pelayanan, typed NRR pasted from the survey application, tertimbang and nilai as ROUND formulas; footer rows Jumlah NRR Tertimbang (SUM), IKM = Jumlah x 25 with its mutu, Kinerja Unit Pelayanan; the IKM scale of PermenPANRB 14/2017 in a note",
  );
  const S = "SKM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WATUGUNUNG",
    "KECAMATAN SUMBERREJO",
    "Jl. Raya Sumberrejo No. 3, Kode Pos 57462",
  ]);
  s.lines([
    "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)",
    "PELAYANAN ADMINISTRASI TERPADU KECAMATAN (PATEN) TAHUN 2024",
  ]);
  s.gap();
  const N = 384;
  s.put(s.r, 1, "Jumlah responden");
  s.put(s.r, 3, `: ${N} orang`);
  s.r++;
  s.put(s.r, 1, "Periode survei");
  s.put(s.r, 3, ": Juli - Desember 2024");
  s.r++;
  s.gap();
  const un: UnIn[] = [
    { kode: "U1", unsur: "Persyaratan", jml: 1247 },
    { kode: "U2", unsur: "Sistem, mekanisme dan prosedur", jml: 1221 },
    { kode: "U3", unsur: "Waktu penyelesaian", jml: 1163 },
    { kode: "U4", unsur: "Biaya/tarif", jml: 1392 },
    { kode: "U5", unsur: "Produk spesifikasi jenis pelayanan", jml: 1268 },
    { kode: "U6", unsur: "Kompetensi pelaksana", jml: 1239 },
    { kode: "U7", unsur: "Perilaku pelaksana", jml: 1302 },
    { kode: "U8", unsur: "Penanganan pengaduan, saran dan masukan", jml: 1124 },
    { kode: "U9", unsur: "Sarana dan prasarana", jml: 1186 },
  ];
  // planted 1: the jumlah nilai of U3 is 1.163 (a thousands dot read as a decimal point); NRR 3.029 = 1163 / 384
  const PLANT_S = "U3";
  // planted 2: the mutu of U8 (nilai 73.18) is B; on the IKM scale 65.00-76.60 is C
  const PLANT_M = "U8";
  const nrr = (x: UnIn) => round(x.jml / N, 3);
  const nilai = (x: UnIn) => round(nrr(x) * 25, 2);
  const tert = un.map((x) => round(nrr(x) * 0.111, 3));
  const ikm = round(
    round(
      tert.reduce((p, q) => p + q, 0),
      3,
    ) * 25,
    2,
  );
  if (ikm !== 80.5) throw new Error(`skm: IKM ${ikm}`);
  if (mutuIkm(nilai(un[7])) !== "C" || mutuIkm(nilai(un[2])) !== "C") throw new Error("skm: mutu");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], width: 7 },
    { key: "unsur", head: ["Unsur Pelayanan"], width: 36 },
    { key: "jml", head: ["Jumlah Nilai Persepsi"], width: 12 },
    { key: "nrr", head: ["NRR per Unsur"], width: 10 },
    { key: "tert", head: ["NRR Tertimbang (NRR x 0,111)"], width: 13 },
    { key: "nil", head: ["Nilai Unsur (NRR x 25)"], width: 12 },
    { key: "mutu", head: ["Mutu Pelayanan"], role: "predikat", width: 10 },
  ];
  const first = un[0].kode;
  const last = un[un.length - 1].kode;
  const t = s.table({
    cols,
    headerRows: 1,
    rows: [
      ...un.map((x, i): Row => ({
        id: x.kode,
        cells: (c) => ({
          no: i + 1,
          kode: x.kode,
          unsur: x.unsur,
          jml: x.kode === PLANT_S ? fmt(x.jml / 1000, "0.000") : fmt(x.jml, INT),
          nrr: fmt(nrr(x), "0.000"),
          tert: fx(`ROUND(${c.a("nrr")}*0.111,3)`),
          nil: fx(`ROUND(${c.a("nrr")}*25,2)`),
          mutu: x.kode === PLANT_M ? "B" : mutuIkm(nilai(x)),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nrr"],
        cells: (c) => ({
          no: "Jumlah NRR Tertimbang",
          tert: fx(`SUM(${c.a("tert", first)}:${c.a("tert", last)})`),
        }),
      },
      {
        id: "ikm",
        bold: true,
        span: ["no", "tert"],
        cells: (c) => ({
          no: "Indeks Kepuasan Masyarakat (IKM) = Jumlah NRR Tertimbang x 25",
          nil: fx(`ROUND(${c.a("tert", "j")}*25,2)`),
          mutu: mutuIkm(ikm),
        }),
      },
      {
        id: "kin",
        bold: true,
        span: ["no", "nil"],
        cells: { no: "Kinerja Unit Pelayanan", mutu: "Baik" },
      },
    ],
  });
  for (const k of ["tert", "nil"]) {
    const ws = s.ws;
    for (const x of un) ws.getCell(`${t.c(k)}${t.row(x.kode)}`).numFmt = k === "tert" ? "0.000" : DEC;
    ws.getCell(`${t.c(k)}${t.row(k === "tert" ? "j" : "ikm")}`).numFmt = k === "tert" ? "0.000" : DEC;
  }
  s.gap();
  s.lines([
    "Keterangan (PermenPANRB Nomor 14 Tahun 2017):",
    "- NRR per unsur = jumlah nilai persepsi per unsur / jumlah responden; NRR tertimbang = NRR x 0,111 (bobot 1/9).",
    "- Nilai persepsi, nilai interval konversi, mutu dan kinerja unit pelayanan:",
    "  1 | 1,00 - 2,5996 | 25,00 - 64,99 | D | Tidak Baik",
    "  2 | 2,60 - 3,064 | 65,00 - 76,60 | C | Kurang Baik",
    "  3 | 3,0644 - 3,532 | 76,61 - 88,30 | B | Baik",
    "  4 | 3,5324 - 4,00 | 88,31 - 100,00 | A | Sangat Baik",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sumberrejo, 13 Januari 2025",
    jabatan: ["CAMAT SUMBERREJO,"],
    nama: "SUTRISNO HADI PRAYITNO, S.STP., M.Si.",
    pangkat: "Pembina",
    nip: "19820405 200112 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", PLANT_S) },
    rules: ["number-scale"],
    note: "jumlah nilai persepsi of U3 is 1.163 (between 384 and 1,536 for 384 respondents; the NRR 3.029 takes 1,163): a thousands dot read as a decimal point",
    truth: `ROUND(${a("nrr", PLANT_S)}*${N},0)`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("mutu", PLANT_M) },
    rules: ["predikat-mismatch", "sakip-grade-mismatch"],
    note: "mutu of U8 (penanganan pengaduan) is B for a nilai of 73.18 (NRR 2.927); on the IKM scale of the note 65.00 - 76.60 is C (on the SAKIP scale it would be BB, on the Permendagri one Sedang: B is wrong on every scale)",
    truth: `"${mutuIkm(nilai(un[7]))}"`,
  });
  for (const x of un) {
    if (x.kode !== PLANT_M) {
      const m = mutuIkm(nilai(x));
      b.ok({
        sheet: S,
        cell: a("mutu", x.kode),
        rules: ["predikat-mismatch", "sakip-grade-mismatch"],
        truth: `"${m}"`,
        // the IKM scale is not the SAKIP one: 90.63 is A (SAKIP AA), 77.23 B (SAKIP BB), 75.73 C (SAKIP BB)
        trap: `SAKIP(${a("nil", x.kode)})`,
      });
    }
    if (x.kode !== PLANT_S)
      b.ok({
        sheet: S,
        cell: a("jml", x.kode),
        rules: ["number-scale"],
        truth: `ROUND(${a("nrr", x.kode)}*${N},0)`,
        tol: 0.5,
      });
  }
  b.ok({
    sheet: S,
    cell: a("tert", "j"),
    rules: ["sum-mismatch"],
    truth: un.map((x) => a("tert", x.kode)).join("+"),
    tol: 0.0006,
  });
  b.ok({
    sheet: S,
    cell: a("mutu", "ikm"),
    rules: ["predikat-mismatch", "sakip-grade-mismatch"],
    truth: `"${mutuIkm(ikm)}"`,
    // 80.50 would be A on the SAKIP scale (> 80 - 90); on the IKM scale it is B
    trap: `SAKIP(${a("nil", "ikm")})`,
  });
  return b.finish();
}
