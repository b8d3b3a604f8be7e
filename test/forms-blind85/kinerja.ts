// Performance tables of two DPMPTSP: the LKjIP 2024 measurement of the Provinsi Sumatera Barat office
// (nilai investasi, izin sesuai SLA, IKM, waktu penerbitan izin lower is better, LKPM) with the SLA
// computation under it, and the PK 2025 of the Kabupaten Lembah Kemabu (Papua Tengah) office beside
// its Renstra 2025-2029 targets (Tahun ke-1 .. ke-5, years only in the title). Every name and number
// is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const cap = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ================================================ DPMPTSP Provinsi Sumatera Barat, LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipDpmptspSumbar(): BookW {
  const b = new BookW(
    "lkjip-capaian-iku-dpmptsp-sumbar-2024.xlsx",
    "LKjIP pengukuran capaian IKU (DPMPTSP)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Realisasi' > 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; ROUND capaian, refleksi for the waktu penerbitan izin; Kategori words; Rata-rata row; Tabel 3.2 under it: the izin sesuai SLA computation",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", "PROVINSI SUMATERA BARAT"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya realisasi investasi di Sumatera Barat";
  const S2 = "Meningkatnya kualitas pelayanan perizinan berusaha";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Nilai realisasi investasi PMA dan PMDN",
      sat: "Rp triliun",
      r22: 4.71,
      r23: 5.02,
      t: 5.48,
      r: 5.63,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase perusahaan yang menyampaikan LKPM",
      sat: "%",
      r22: 44.2,
      r23: 52.9,
      t: 70,
      r: 61.7,
      f: DEC,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase izin yang diterbitkan sesuai SLA",
      sat: "%",
      r22: 89.6,
      r23: 92.15,
      t: 95,
      r: 104.88,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Indeks Kepuasan Masyarakat (IKM) pelayanan perizinan",
      sat: "nilai IKM",
      r22: 79.4,
      r23: 81.06,
      t: 82.5,
      r: 84.31,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata waktu penerbitan izin berusaha",
      sat: "hari kerja",
      r22: 6.4,
      r23: 5.2,
      t: 5,
      r: 3.8,
      neg: true,
      f: "0.0",
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikatBaik(capOf(rows[1])) !== "Baik") throw new Error("lkjip i2");
  const avg = round(rows.reduce((n, x) => n + capOf(x), 0) / rows.length);
  const GR = "Realisasi";
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    { key: "r22", head: [GR, "2022"], role: "realisasi", year: 2022, width: 10 },
    { key: "r23", head: [GR, "2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "k", head: [G, "Kategori"], role: "predikat", year: 2024, width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r22: fmt(x.r22, x.f),
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          // planted: the SLA row takes a / b instead of b / a from Tabel 3.2 (104.88)
          r: fmt(x.r, x.f),
          c: fx(x.neg ? refl(c.a("r"), c.a("t")) : cap(c.a("r"), c.a("t"))),
          // planted: "Sangat Baik" for the LKPM row's 88.14
          k: x.id === "i2" ? "Sangat Baik" : predikatBaik(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          k: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: IKU nomor 5 semakin kecil semakin baik, capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2", "Perhitungan Persentase Izin yang Diterbitkan sesuai SLA Tahun 2024"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "u", head: ["Uraian"], role: "indikator", width: 42 },
      { key: "v", head: ["Jumlah"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "a",
        cells: { no: "a", u: "Izin berusaha yang diterbitkan melalui OSS RBA (izin)", v: fmt(3356, "#,##0") },
      },
      {
        id: "b",
        cells: { no: "b", u: "Izin yang diterbitkan dalam batas SLA (izin)", v: fmt(3200, "#,##0") },
      },
      {
        id: "p",
        cells: (c) => ({ no: "c", u: "Persentase (b / a x 100%)", v: fx(cap(c.a("v", "b"), c.a("v", "a"))) }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Padang, 26 Februari 2025",
    jabatan: ["Kepala Dinas Penanaman Modal dan PTSP", "Provinsi Sumatera Barat,"],
    nama: "Ir. HENDRI ZULKARNAINI DT. BAGINDO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720314 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "i3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "cross-table-mismatch"],
    note: "Realisasi of the izin sesuai SLA is 104.88 %, the ratio turned over (3,356 / 3,200); Tabel 3.2 gives 3,200 / 3,356 = 95.35",
    truth: t2.a("v", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for the LKPM capaian of 88.14 (61.70 against 70); the band > 75 s.d. 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : cap(R, T),
      trap: x.neg ? cap(R, T) : undefined,
    });
    if (x.id !== "i2")
      b.ok({
        sheet: S,
        cell: a("k", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("r", "i2"), rules: ["percent-out-of-range"], truth: "61.7" });
  return b.finish();
}

// ============================ DPMPTSP Kabupaten Lembah Kemabu (Papua Tengah), PK 2025 and Renstra

type RInd = { id: string; sas: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkRenstraKemabu(): BookW {
  const b = new BookW(
    "pk-2025-renstra-dpmptsp-lembah-kemabu.xlsx",
    "PK 2025 (two tables) beside the Renstra 2025-2029 (Tahun ke-1 .. ke-5)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2025; Tabel 2 No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah; two signatures side by side; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > Tahun ke-1 .. ke-5 (years from the title) | Kondisi Akhir (2029)",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const SA = "Meningkatnya investasi di Kabupaten Lembah Kemabu";
  const SB = "Meningkatnya kualitas pelayanan perizinan berusaha";
  const rows: RInd[] = [
    {
      id: "r1",
      sas: SA,
      ind: "Persentase perusahaan yang menyampaikan LKPM",
      sat: "%",
      awal: 48.5,
      tg: [55, 60, 65, 70, 75],
      f: DEC,
    },
    {
      id: "r2",
      sas: SA,
      ind: "Jumlah izin berusaha yang diterbitkan",
      sat: "izin",
      awal: 268,
      tg: [280, 295, 310, 325, 340],
      f: "0",
    },
    {
      id: "r3",
      sas: SB,
      ind: "Indeks Kepuasan Masyarakat (IKM)",
      sat: "nilai IKM",
      awal: 80.12,
      tg: [81, 82, 83, 84, 85],
      f: DEC,
    },
    {
      id: "r4",
      sas: SB,
      ind: "Rata-rata waktu penyelesaian izin",
      sat: "hari kerja",
      awal: 6.5,
      tg: [6, 5.5, 5, 4.5, 4],
      f: "0.0",
    },
    {
      id: "r5",
      sas: SB,
      ind: "Persentase izin terbit sesuai SLA",
      sat: "%",
      awal: 88.4,
      tg: [90, 92, 94, 95, 96],
      f: DEC,
    },
  ];

  // ---- the Renstra sheet first (the PK quotes it)
  const sheetR = b.sheet(R);
  letterhead(sheetR, ["PEMERINTAH KABUPATEN LEMBAH KEMABU", "DINAS PENANAMAN MODAL DAN PTSP"]);
  sheetR.lines([
    "Tabel 7.1 Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Rencana Strategis DPMPTSP Kabupaten Lembah Kemabu Tahun 2025-2029",
  ]);
  sheetR.gap();
  const GT = "Target Kinerja";
  const ke = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  const rc: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 2, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 11 },
    { key: "aw", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: 4 },
    ...ke.map((h, i): Col => ({ key: `y${i}`, head: [GT, h], role: "target", year: 2025 + i, num: 5 + i })),
    { key: "ka", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, num: 10 },
  ];
  const tr = sheetR.table({
    cols: rc,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        aw: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k}`, fmt(v, x.f)])),
        // the count adds its years; the levels keep the last target (planted: the IKM keeps Tahun ke-4)
        ka:
          x.id === "r2" ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : fmt(x.id === "r3" ? x.tg[3] : x.tg[4], x.f),
      }),
    })),
  });
  sheetR.gap();
  sheetR.lines(["Keterangan: rata-rata waktu penyelesaian izin semakin kecil semakin baik."]);

  // ---- the PK sheet
  const s = b.sheet(P);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH KEMABU",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : YOHANES PIGAI, S.E., M.Si. - Jabatan : Kepala Dinas Penanaman Modal dan PTSP",
    "Nama : MELKIANUS TEBAY, S.H. - Jabatan : Bupati Lembah Kemabu",
    "berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["Tabel 1. Sasaran, Indikator dan Target Kinerja"]);
  const tp = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        // planted: the LKPM target is the Tahun ke-2 (2026) value
        t: fmt(x.id === "r1" ? x.tg[1] : x.tg[0], x.f),
      },
    })),
  });
  s.gap();
  s.lines(["Tabel 2. Program dan Anggaran"]);
  const prog: Array<[string, string, number, string?]> = [
    ["2.18.02", "Program Pengembangan Iklim Penanaman Modal", 485250000],
    ["2.18.03", "Program Promosi Penanaman Modal", 312400000],
    ["2.18.04", "Program Pelayanan Penanaman Modal", 1236800000, "DAU"],
    ["2.18.05", "Program Pengendalian Pelaksanaan Penanaman Modal", 398600000],
    ["2.18.06", "Program Pengelolaan Data dan Sistem Informasi Penanaman Modal", 274150000],
  ];
  const ta = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "p", head: ["Program"], role: "indikator", width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((p, i): Row => ({
        id: `p${i}`,
        cells: { no: i + 1, kode: p[0], p: p[1], rp: p[2], ket: p[3] ?? "APBD" },
      })),
      {
        id: "jm",
        bold: true,
        span: ["no", "p"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p0")}:${c.a("rp", "p4")})`) }),
      },
    ],
  });
  s.gap();
  const top = s.r;
  s.lines(["PIHAK KEDUA,", "BUPATI LEMBAH KEMABU"], 2);
  s.gap(3);
  s.lines(["MELKIANUS TEBAY, S.H."], 2);
  s.r = top;
  signature(s, 4, {
    tempat: "Obano Jaya, 6 Januari 2025",
    jabatan: ["Kepala Dinas Penanaman Modal dan PTSP,"],
    nama: "YOHANES PIGAI, S.E., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19780922 200312 1 004",
  });

  const rq = (key: string, id: string) => `'${R}'!${tr.a(key, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: tp.a("t", "r1") },
        { sheet: R, cell: tr.a("y0", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the LKPM is 60.00, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 55.00",
    truth: rq("y0", "r1"),
  });
  b.plant({
    at: { sheet: R, cell: tr.a("ka", "r3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the IKM (a level) is 84.00, the Tahun ke-4 target; the Tahun ke-5 (2029) target is 85.00",
    truth: tr.a("y4", "r3"),
  });
  for (const x of rows) {
    if (x.id !== "r1")
      b.ok({ sheet: P, cell: tp.a("t", x.id), rules: ["cross-table-mismatch"], truth: rq("y0", x.id) });
    if (x.id === "r1" || x.id === "r4" || x.id === "r5")
      b.ok({
        sheet: R,
        cell: tr.a("ka", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: tr.a("y4", x.id),
        // a level: the last target, not the five years added
        trap: `SUM(${tr.a("y0", x.id)}:${tr.a("y4", x.id)})`,
      });
  }
  b.ok({ sheet: R, cell: tr.a("y4", "r4"), rules: ["target-trend", "target-outlier"], truth: "4" });
  b.ok({
    sheet: P,
    cell: ta.a("rp", "jm"),
    rules: ["sum-mismatch"],
    truth: prog.map((_, i) => ta.a("rp", `p${i}`)).join("+"),
  });
  return b.finish();
}
