// Performance tables of the tenth unseen set: the LKjIP of a Sekretariat Daerah with two tables side by
// side, one empty column apart (the measurement of the sasaran strategis with a predikat, and the
// money of each sasaran), a stable indicator whose target is a range; and the Perjanjian Kinerja of a
// Bupati (the head of the Pemda signs alone) with the IKU of the RPJMD on a second sheet. Every name
// and number is invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, RP, fmt, predikatBaik, round, sum, type Cell, type Col, type Row } from "../forms/kit";

// ============================ LKjIP with two tables side by side (Sekretariat Daerah Kab. Rajegwesi)

type LkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  /** a number, or a range "1,5 - 3,5" for a stable indicator */
  t: number | string;
  r: number;
  /** lower is better: refleksi */
  neg?: boolean;
  /** the range of a stable indicator */
  range?: [number, number];
};

/** LKjIP 2024 of Sekretariat Daerah Kabupaten Rajegwesi: Tabel 3.1 beside Tabel 3.2. */
export function lkjipSetda(): BookW {
  const b = new BookW(
    "lkjip-sanding-setda-rajegwesi.xlsx",
    "LKjIP with two tables side by side",
    "LKjIP 2024 of a Sekretariat Daerah: Tabel 3.1 No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) | Predikat with a Rata-rata footer, and one empty column to its right Tabel 3.2 No | Sasaran Strategis | Pagu Anggaran (Rp) | Realisasi (Rp) | Serapan (%) with Jumlah; the year only in the captions; two lower-is-better indicators (refleksi) and an inflation target given as a range",
  );
  const S = "Capaian Kinerja 2024";
  const s = b.sheet(S);
  s.lines(
    ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024", "SEKRETARIAT DAERAH KABUPATEN RAJEGWESI"],
    1,
    { bold: true },
  );
  s.gap();
  const S1 = "Meningkatnya akuntabilitas kinerja dan kualitas tata kelola pemerintahan daerah";
  const S2 = "Terkendalinya stabilitas perekonomian daerah";
  const S3 = "Meningkatnya kualitas produk hukum daerah";
  const rows: LkIn[] = [
    { id: "i1", sas: S1, ind: "Indeks Reformasi Birokrasi", sat: "nilai", t: 68, r: 66.85 },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase perangkat daerah dengan nilai SAKIP minimal BB",
      sat: "%",
      t: 80,
      r: 60,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti",
      sat: "%",
      t: 85,
      r: 72.8,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Laju inflasi (year on year)",
      sat: "%",
      t: "1,5 - 3,5",
      r: 2.86,
      range: [1.5, 3.5],
    },
    { id: "i5", sas: S2, ind: "Persentase BUMD dengan kinerja sehat", sat: "%", t: 75, r: 66.67 },
    {
      id: "i6",
      sas: S3,
      ind: "Persentase produk hukum daerah yang dibatalkan atau dikoreksi",
      sat: "%",
      t: 5,
      r: 6.2,
      neg: true,
    },
    {
      id: "i7",
      sas: S3,
      ind: "Rata-rata waktu fasilitasi rancangan produk hukum daerah",
      sat: "hari",
      t: 14,
      r: 12,
      neg: true,
    },
  ];
  // planted 1: the capaian of the produk hukum dibatalkan (lower is better) typed as R/T
  const PLANT_C = "i6";
  // planted 2: "Sangat Baik" for the BPK follow-up, whose capaian is 85.65 (Baik)
  const PLANT_P = "i3";
  const capOf = (x: LkIn): number => {
    if (x.range) {
      const [lo, hi] = x.range;
      return x.r > hi ? round((x.r / hi) * 100) : x.r < lo ? round((x.r / lo) * 100) : 100;
    }
    const T = x.t as number;
    return x.neg ? round(((2 * T - x.r) / T) * 100) : round((x.r / T) * 100);
  };
  const shown = (x: LkIn): number => (x.id === PLANT_C ? round((x.r / (x.t as number)) * 100) : capOf(x));
  const predOf = (x: LkIn): string => (x.id === PLANT_P ? "Sangat Baik" : predikatBaik(shown(x)));
  if (capOf(rows.find((x) => x.id === PLANT_P)!) !== 85.65) throw new Error("lkjip: BPK capaian");
  if (capOf(rows.find((x) => x.id === "i2")!) !== 75) throw new Error("lkjip: SAKIP BB capaian");
  const avg = round(sum(rows.map(shown)) / rows.length);

  type AgIn = { id: string; sas: string; pagu: number; real: number };
  const money: AgIn[] = [
    { id: "a1", sas: S1, pagu: 18_456_300_000, real: 17_218_945_600 },
    { id: "a2", sas: S2, pagu: 2_845_000_000, real: 2_611_480_250 },
    { id: "a3", sas: S3, pagu: 1_962_500_000, real: 1_874_316_800 },
  ];
  const jPagu = sum(money.map((x) => x.pagu));
  const jReal = sum(money.map((x) => x.real));

  const top = s.r;
  const LEFT = 1;
  const RIGHT = 10;
  s.put(top, LEFT, "Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024", { bold: true });
  s.put(top, RIGHT, "Tabel 3.2 Realisasi Anggaran per Sasaran Strategis Tahun 2024", { bold: true });
  const left = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
        { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
        { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
        { key: "t", head: ["Target"], role: "target", year: 2024, fmt: DEC, width: 11 },
        { key: "r", head: ["Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 11 },
        { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
        { key: "pred", head: ["Predikat"], role: "predikat", width: 13 },
      ],
      headerRows: 1,
      vmerge: ["sas"],
      rows: [
        ...rows.map((x, i): Row => ({
          id: x.id,
          cells: {
            no: i + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            t: x.t,
            r: x.r,
            cap: shown(x),
            pred: predOf(x),
          },
        })),
        {
          id: "avg",
          bold: true,
          span: ["no", "r"],
          cells: { no: "Rata-rata Capaian Kinerja", cap: avg, pred: predikatBaik(avg) },
        },
      ],
    },
    LEFT,
    top + 1,
  );
  const right = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
        { key: "pagu", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 18 },
        { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 18 },
        { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      ],
      headerRows: 1,
      rows: [
        ...money.map((x, i): Row => ({
          id: x.id,
          cells: {
            no: i + 1,
            sas: x.sas,
            pagu: x.pagu,
            real: x.real,
            ser: round((x.real / x.pagu) * 100),
          },
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "sas"],
          cells: { no: "Jumlah", pagu: jPagu, real: jReal, ser: round((jReal / jPagu) * 100) },
        },
      ],
    },
    RIGHT,
    top + 1,
  );
  s.r = Math.max(left.lastDataRow, right.lastDataRow) + 2;
  s.lines([
    "Keterangan:",
    "1) Indikator dengan polaritas negatif (produk hukum yang dibatalkan/dikoreksi, rata-rata waktu fasilitasi): Capaian = (2 x Target - Realisasi) / Target x 100%.",
    "2) Laju inflasi adalah indikator stabil dengan target rentang: realisasi di dalam rentang = 100%; di atas rentang dibagi batas atas, di bawah rentang dibagi batas bawah.",
    "3) Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);

  const L = (k: string, id: string) => left.a(k, id);
  const R = (k: string, id: string) => right.a(k, id);
  const rt = (id: string) => `ROUND(${L("r", id)}/${L("t", id)}*100,2)`;
  const refl = (id: string) => `ROUND((2*${L("t", id)}-${L("r", id)})/${L("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: L("cap", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: "capaian of the persentase produk hukum dibatalkan (lower is better, refleksi by note 1) is 124.00 = 6.20 / 5.00; (2 x 5.00 - 6.20) / 5.00 gives 76.00",
    truth: refl(PLANT_C),
  });
  b.plant({
    at: { sheet: S, cell: L("pred", PLANT_P) },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for a capaian of 85.65 (72.80 / 85.00); the band > 75 - 90 of note 3 is Baik",
    truth: `PREDIKAT_BAIK(${L("cap", PLANT_P)})`,
  });
  for (const x of rows) {
    if (x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: L("cap", x.id),
        rules: x.neg ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        // inside its range a stable indicator is achieved (100); lower-is-better rows use refleksi
        truth: x.range ? "100" : x.neg ? refl(x.id) : rt(x.id),
        trap: x.range ? `ROUND(${L("r", x.id)}/${x.range[1]}*100,2)` : x.neg ? rt(x.id) : undefined,
      });
    // the predikat of the planted capaian follows the 124.00 as written
    if (x.id !== PLANT_P && x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: L("pred", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${L("cap", x.id)})`,
        // exactly 75.00 is Cukup (the bands are half-open: > 75 is Baik)
        trap: x.id === "i2" ? `PREDIKAT_BAIK(${L("cap", x.id)}+0.5)` : undefined,
      });
  }
  for (const id of [...money.map((x) => x.id), "j"])
    b.ok({
      sheet: S,
      cell: R("ser", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${R("real", id)}/${R("pagu", id)}*100,2)`,
    });
  for (const k of ["pagu", "real"])
    b.ok({
      sheet: S,
      cell: R(k, "j"),
      rules: ["sum-mismatch"],
      truth: money.map((x) => R(k, x.id)).join("+"),
      tol: 0.5,
    });
  return b.finish();
}

// ======================================= Perjanjian Kinerja Bupati 2025 with the RPJMD (Tanjungwulan)

type PbIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  neg?: boolean;
  d: number;
  pd: string;
  /** how the PK writes the 2025 target, when not as the number */
  pk?: string;
};

const YR = [2025, 2026, 2027, 2028, 2029];

/** PK Bupati Tanjungwulan 2025 and the IKU of RPJMD 2025-2029 on a second sheet. */
export function pkBupati(): BookW {
  const b = new BookW(
    "pk-bupati-tanjungwulan.xlsx",
    "Perjanjian Kinerja of the head of the Pemda",
    "PK 2025 of a Bupati: a statement signed by the Bupati alone (no NIP), the IKU table Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Target 2025 with an SAKIP letter and score, the table of priority programs Kode | Program | Perangkat Daerah | Anggaran (Rp) with a typed Jumlah; sheet 'RPJMD 2025-2029' with Kondisi Awal (2024) | Target Kinerja > 2025..2029 | Kondisi Akhir (2029) | Perangkat Daerah Pengampu",
  );
  const S = "PK Bupati 2025";
  const SR = "RPJMD 2025-2029";
  const s = b.sheet(S);
  const S1 = "Meningkatnya pertumbuhan ekonomi yang inklusif";
  const S2 = "Meningkatnya kualitas sumber daya manusia";
  const S3 = "Menurunnya ketimpangan pendapatan masyarakat";
  const S4 = "Meningkatnya akuntabilitas kinerja pemerintahan daerah";
  const rows: PbIn[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      awal: 5.02,
      tg: [5.1, 5.25, 5.4, 5.55, 5.7],
      d: 2,
      pd: "Bappeda",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase penduduk miskin",
      sat: "%",
      awal: 9.84,
      tg: [9.45, 9.05, 8.65, 8.25, 7.85],
      neg: true,
      d: 2,
      pd: "Dinas Sosial; Bappeda",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Tingkat pengangguran terbuka",
      sat: "%",
      awal: 5.71,
      tg: [5.55, 5.35, 5.15, 4.95, 4.75],
      neg: true,
      d: 2,
      pd: "Dinas Tenaga Kerja",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Indeks Pembangunan Manusia (IPM)",
      sat: "indeks",
      awal: 70.18,
      tg: [70.85, 71.45, 72.05, 72.65, 73.25],
      d: 2,
      pd: "Dinas Pendidikan; Dinas Kesehatan",
    },
    {
      id: "i5",
      sas: S3,
      ind: "Indeks Gini",
      sat: "indeks",
      awal: 0.358,
      tg: [0.355, 0.352, 0.349, 0.346, 0.343],
      neg: true,
      d: 3,
      pd: "Bappeda",
    },
    {
      id: "i6",
      sas: S4,
      ind: "Nilai SAKIP Pemerintah Kabupaten",
      sat: "predikat (nilai)",
      awal: 68.42,
      tg: [70.5, 72, 73.5, 75, 76.5],
      d: 2,
      pd: "Inspektorat; Bagian Organisasi",
      // planted: 70.50 is BB, not B
      pk: "B (70,50)",
    },
  ];
  // planted 1: the PK target of penduduk miskin typed 9.54 (the RPJMD 2025 target is 9.45)
  const PLANT_X = "i2";
  const PLANT_X_VAL = 9.54;
  const PLANT_G = "i6";
  const df = (x: PbIn) => (x.d === 3 ? "0.000" : DEC);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "BUPATI TANJUNGWULAN"], 1, { bold: true });
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, saya:",
    "Nama    : H. ARIF RAHMAN HAKIM, S.T., M.Si.",
    "Jabatan : Bupati Tanjungwulan",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah",
    "seperti yang telah ditetapkan dalam Peraturan Daerah tentang RPJMD Kabupaten Tanjungwulan Tahun 2025-2029.",
  ]);
  s.gap();
  s.lines(["Tanjungwulan, 3 Maret 2025", "BUPATI TANJUNGWULAN,"], 4);
  s.gap(3);
  s.lines(["H. ARIF RAHMAN HAKIM, S.T., M.Si."], 4, { bold: true });
  s.gap(2);
  s.lines(["LAMPIRAN PERJANJIAN KINERJA BUPATI TANJUNGWULAN TAHUN 2025"], 1, { bold: true });
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 16 },
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
        tg: x.pk ?? fmt(x.id === PLANT_X ? PLANT_X_VAL : x.tg[0], df(x)),
      },
    })),
  });
  s.gap(2);
  s.lines(["PROGRAM PRIORITAS DAN ANGGARAN"], 1, { bold: true });
  type PrIn = { id: string; kode: string; nama: string; pd: string; ang: number };
  const progs: PrIn[] = [
    {
      id: "g1",
      kode: "1.01.02",
      nama: "Program Pengelolaan Pendidikan",
      pd: "Dinas Pendidikan",
      ang: 142_615_480_000,
    },
    {
      id: "g2",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      pd: "Dinas Kesehatan",
      ang: 98_420_650_000,
    },
    {
      id: "g3",
      kode: "1.03.03",
      nama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      pd: "Dinas Pekerjaan Umum dan Penataan Ruang",
      ang: 12_480_500_000,
    },
    {
      id: "g4",
      kode: "1.03.10",
      nama: "Program Penyelenggaraan Jalan",
      pd: "Dinas Pekerjaan Umum dan Penataan Ruang",
      ang: 76_350_000_000,
    },
    {
      id: "g5",
      kode: "1.06.04",
      nama: "Program Rehabilitasi Sosial",
      pd: "Dinas Sosial",
      ang: 3_215_400_000,
    },
    {
      id: "g6",
      kode: "2.07.03",
      nama: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
      pd: "Dinas Tenaga Kerja",
      ang: 2_846_750_000,
    },
    {
      id: "g7",
      kode: "3.27.03",
      nama: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      pd: "Dinas Pertanian",
      ang: 9_612_300_000,
    },
    {
      id: "g8",
      kode: "5.01.02",
      nama: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
      pd: "Badan Perencanaan Pembangunan Daerah",
      ang: 4_158_900_000,
    },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "nama", head: ["Program"], width: 40 },
      { key: "pd", head: ["Perangkat Daerah"], width: 30 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nama: p.nama, pd: p.pd, ang: p.ang },
      })),
      { id: "j", bold: true, span: ["no", "pd"], cells: { no: "Jumlah", ang: sum(progs.map((p) => p.ang)) } },
    ],
  });
  s.gap();
  s.lines(["Sumber anggaran: APBD Kabupaten Tanjungwulan Tahun Anggaran 2025."]);

  // the IKU of the RPJMD, on a sheet of its own
  const r = b.sheet(SR);
  r.lines(["Tabel 9.1", "Indikator Kinerja Utama Daerah", "RPJMD Kabupaten Tanjungwulan Tahun 2025-2029"]);
  r.gap();
  const TK = "Target Kinerja";
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", width: 12 },
      ...YR.map((y, k): Col => ({ key: `y${k}`, head: [TK, String(y)], role: "target", year: y, width: 10 })),
      { key: "akhir", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", width: 12 },
      { key: "pd", head: ["Perangkat Daerah Pengampu"], role: "penanggung-jawab", width: 30 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => {
      const cells: Record<string, Cell> = {
        no: i + 1,
        ind: x.ind,
        sat: x.id === PLANT_G ? "nilai" : x.sat,
        awal: fmt(x.awal, df(x)),
        akhir: fmt(x.tg[4], df(x)),
        pd: x.pd,
      };
      x.tg.forEach((v, k) => (cells[`y${k}`] = fmt(v, df(x))));
      return { id: x.id, cells };
    }),
  });

  const P = (k: string, id: string) => t1.a(k, id);
  const Q = (k: string, id: string) => `'${SR}'!${tr.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: P("tg", PLANT_X) },
        { sheet: SR, cell: tr.a("y0", PLANT_X) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the PK 2025 target of persentase penduduk miskin is 9.54; the RPJMD target for 2025 is 9.45 (digits swapped)",
    truth: Q("y0", PLANT_X),
  });
  b.plant({
    at: { sheet: S, cell: P("tg", PLANT_G) },
    rules: ["sakip-grade-mismatch"],
    note: "SAKIP target 'B (70,50)': a score of 70.50 is BB (> 70 - 80), B is > 60 - 70",
    truth: `SAKIP(SCORE(${P("tg", PLANT_G)}))`,
    actual: `GRADE(${P("tg", PLANT_G)})`,
  });
  for (const x of rows) {
    if (x.id !== PLANT_X && x.id !== PLANT_G)
      b.ok({
        sheet: S,
        cell: P("tg", x.id),
        rules: ["cross-table-mismatch"],
        // the PK of 2025 takes the RPJMD target of 2025, not of 2026
        truth: Q("y0", x.id),
        trap: Q("y1", x.id),
        tol: x.d === 3 ? 0.0001 : undefined,
      });
    const ys = YR.map((_, k) => tr.a(`y${k}`, x.id));
    b.ok({
      sheet: SR,
      cell: tr.a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      // rates and indices end at the 2029 target
      truth: ys[4],
      trap: ys.join("+"),
      tol: x.d === 3 ? 0.0001 : undefined,
    });
    // falling targets are the right way for the lower-is-better rates and the Gini index
    if (x.neg) for (const c of ys) b.ok({ sheet: SR, cell: c, rules: ["target-trend"], truth: c });
  }
  b.ok({
    sheet: S,
    cell: t2.a("ang", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => t2.a("ang", p.id)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}
