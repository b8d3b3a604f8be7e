// Performance tables: the LKjIP 2024 measurement of the Dinas Perindustrian of Kota Sukamanah (Jawa
// Barat; 2023 and 2024 side by side, refleksi on the lower-is-better IKM berhenti berproduksi,
// predikat in the Baik words) and the PK 2025 of the Dinas Perindustrian of Kabupaten Ogan Lestari
// (Sumatera Selatan) beside the targets of its Renstra 2021-2026. Every name and number is invented.
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

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t23: number;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipIkmSukamanah(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-ikm-disperin-sukamanah.xlsx",
    "LKjIP 2024 pengukuran kinerja (Dinas Perindustrian)",
    "LKjIP 2024 Tabel 3.1 of the Dinas Perindustrian Kota Sukamanah: No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Tahun 2023' > Target | Realisasi | Capaian (%) | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat 2024; ROUND formulas, refleksi for the lower-is-better row; Rata-rata and Predikat rows",
  );
  const S = "Tabel 3.1 Pengukuran";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SUKAMANAH", "DINAS PERINDUSTRIAN"]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Sasaran Dinas Perindustrian Tahun 2024 dibandingkan Tahun 2023",
  ]);
  s.gap();
  const SA = "Meningkatnya daya saing industri kecil dan menengah";
  const SB = "Meningkatnya kontribusi IKM terhadap perekonomian kota";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase IKM bersertifikat halal, SNI atau HKI",
      sat: "%",
      t23: 15,
      r23: 16.2,
      t: 18,
      r: 18.4,
      f: DEC,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase IKM binaan yang berhenti berproduksi",
      sat: "%",
      t23: 11,
      r23: 10.4,
      t: 10,
      r: 9.6,
      neg: true,
      f: DEC,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Pertumbuhan nilai produksi IKM",
      sat: "%",
      t23: 5,
      r23: 4.62,
      t: 5.25,
      r: 5.12,
      f: DEC,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Jumlah tenaga kerja yang terserap pada IKM binaan",
      sat: "orang",
      t23: 1200,
      r23: 1086,
      t: 1350,
      r: 1012,
      f: "#,##0",
    },
    {
      id: "i5",
      sas: SB,
      ind: "Nilai investasi IKM",
      sat: "Rp miliar",
      t23: 42,
      r23: 44.85,
      t: 48,
      r: 39.6,
      f: DEC,
    },
  ];
  const cap = (x: Ind, t: number, r: number) => round(x.neg ? ((2 * t - r) / t) * 100 : (r / t) * 100);
  if (predikatBaik(cap(rows[3], 1350, 1012)) !== "Cukup") throw new Error("lkjip i4");
  const G3 = "Tahun 2023";
  const G4 = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t23", head: [G3, "Target"], role: "target", year: 2023, width: 10 },
    { key: "r23", head: [G3, "Realisasi"], role: "realisasi", year: 2023, width: 10 },
    { key: "c23", head: [G3, "Capaian (%)"], role: "capaian", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [G4, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G4, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G4, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: ["Predikat 2024"], role: "predikat", year: 2024, width: 12 },
  ];
  const formula = (x: Ind, R: string, T: string) => (x.neg ? refl(R, T) : rt(R, T));
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
          t23: fmt(x.t23, x.f),
          r23: fmt(x.r23, x.f),
          c23: fx(formula(x, c.a("r23"), c.a("t23"))),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the nilai investasi keeps the result of a provisional realisasi (44.85)
          c: x.id === "i5" ? fx(formula(x, c.a("r"), c.a("t")), 93.44) : fx(formula(x, c.a("r"), c.a("t"))),
          // planted: "Baik" for 74.96 (the band > 65 - 75 is Cukup)
          p: x.id === "i4" ? "Baik" : predikatBaik(cap(x, x.t, x.r)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja tahun 2024",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "r"], cells: { no: "Predikat kinerja", c: "Sangat Baik" } },
    ],
  });
  const trueAvg = round(rows.reduce((n, x) => n + cap(x, x.t, x.r), 0) / rows.length);
  if (predikatBaik(trueAvg) !== "Sangat Baik") throw new Error("lkjip avg");
  s.gap();
  s.lines([
    "Catatan: indikator nomor 2 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "*) Nilai investasi tahun 2024 berdasarkan data SIINas per 31 Januari 2025.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Sukamanah, 27 Februari 2025",
    jabatan: ["Kepala Dinas Perindustrian,"],
    nama: "ASEP KURNIAWAN, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760918 200212 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch"],
    note: "Capaian 2024 of the nilai investasi IKM is =ROUND(R/T*100,2) with a stale cached 93.44 (the provisional realisasi 44.85); 39.60 / 48 gives 82.50",
    truth: rt(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Baik' for the tenaga kerja's capaian of 74.96 (1,012 against 1,350); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const x of rows) {
    for (const [ck, rk, tk] of [
      ["c23", "r23", "t23"],
      ["c", "r", "t"],
    ]) {
      if (x.id === "i5" && ck === "c") continue;
      const R = a(rk, x.id);
      const T = a(tk, x.id);
      b.ok({
        sheet: S,
        cell: a(ck, x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch", "percent-out-of-range"],
        truth: formula(x, R, T),
        // lower is better: the refleksi, not R / T
        trap: x.neg ? rt(R, T) : undefined,
      });
    }
    // the nilai investasi's predikat follows the planted stale capaian: neither planted nor clean
    if (x.id !== "i4" && x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("c", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  return b.finish();
}

// ============================== Dinas Perindustrian Kabupaten Ogan Lestari, PK 2025 and Renstra 2021-2026

type PkInd = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  stock?: boolean;
  neg?: boolean;
  f: string;
};

export function pkDisperinOganLestari(): BookW {
  const b = new BookW(
    "pk-2025-disperin-ogan-lestari-renstra.xlsx",
    "PK 2025 with the Renstra 2021-2026 targets (Dinas Perindustrian)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target | Satuan (target before satuan), then No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah; sheet 'Renstra 2021-2026': No | Indikator | Satuan | Kondisi Awal 2021 | 'Target Tahun' > 2022 .. 2026 | Kondisi Akhir (2026)",
  );
  const S = "PK 2025";
  const R = "Renstra 2021-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN OGAN LESTARI", "DINAS PERINDUSTRIAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Ir. M. FIRDAUS HASIBUAN, M.M. - Jabatan : Kepala Dinas Perindustrian, selanjutnya disebut pihak pertama",
    "Nama : H. ZULKARNAIN MAHMUD, S.E., M.Si. - Jabatan : Bupati Ogan Lestari, selanjutnya disebut pihak kedua",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase IKM yang menerapkan standar (SNI / halal)",
      sat: "%",
      awal: 10.5,
      tg: [12.5, 14.8, 17, 19.5, 22],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase sentra IKM yang aktif berproduksi",
      sat: "%",
      awal: 66,
      tg: [68, 70, 78, 81.5, 85],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Nilai investasi IKM",
      sat: "Rp miliar",
      awal: 35.2,
      tg: [38.5, 42, 46.2, 50.8, 55.9],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Jumlah tenaga kerja IKM (posisi akhir tahun)",
      sat: "orang",
      awal: 13_680,
      tg: [14_250, 14_900, 15_600, 16_350, 17_100],
      stock: true,
      f: "#,##0",
    },
    {
      id: "r5",
      ind: "Persentase IKM binaan yang berhenti berproduksi",
      sat: "%",
      awal: 13.5,
      tg: [12, 11, 10, 9, 8],
      neg: true,
      f: DEC,
    },
  ];
  // planted: the PK target of r1 is 17.00, the 2024 target copied from last year's PK (2025: 19.50)
  const pkT = (x: PkInd) => (x.id === "r1" ? x.tg[2] : x.tg[3]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2 || i === 4
            ? "Meningkatnya daya saing IKM"
            : "Meningkatnya investasi dan penyerapan tenaga kerja IKM",
        ind: x.ind,
        tg: fmt(pkT(x), x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["p1", "3.31.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 8_214_660_000],
    ["p2", "3.31.02", "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI", 1_912_350_000],
    ["p3", "3.31.03", "PROGRAM PENGENDALIAN IZIN USAHA INDUSTRI KABUPATEN/KOTA", 386_400_000],
    ["p4", "3.31.04", "PROGRAM PENGELOLAAN SISTEM INFORMASI INDUSTRI NASIONAL", 214_900_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 52 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, ket: "APBD 2025" },
      })),
      // planted: a typed Jumlah that leaves out the last program
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: 10_513_410_000 } },
    ],
  });
  s.gap();
  s.lines(["Kayuagung Lestari, 2 Januari 2025"], 4);
  s.lines(["Pihak Kedua,", "BUPATI OGAN LESTARI", "", "", "H. ZULKARNAIN MAHMUD, S.E., M.Si."], 2);
  s.r -= 5;
  s.lines(["Pihak Pertama,", "KEPALA DINAS PERINDUSTRIAN", "", "", "Ir. M. FIRDAUS HASIBUAN, M.M."], 4);

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERINDUSTRIAN KABUPATEN OGAN LESTARI"]);
  r.lines([
    "Tabel 5.2 Target Indikator Kinerja Dinas Perindustrian",
    "Renstra Dinas Perindustrian Tahun 2021-2026",
  ]);
  r.gap();
  const years = [2022, 2023, 2024, 2025, 2026];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal 2021"], role: "kondisi-awal", year: 2021, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", year: 2026, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2026")),
      }),
    })),
  });
  r.gap();
  r.lines(["Sumber: Renstra Dinas Perindustrian Kabupaten Ogan Lestari 2021-2026 (perubahan)."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y2025", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the persentase IKM yang menerapkan standar is 17.00, the Renstra 2024 target copied from last year's PK; the Renstra 2025 target is 19.50",
    truth: `'${R}'!${tr.a("y2025", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 10,513,410,000, the first three programs only; the four programs add up to 10,728,310,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
  for (const x of rows) {
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2026", x.id),
      // levels and a stock (tenaga kerja at the end of the year): the last target, not the sum
      trap: `SUM(${tr.a("y2022", x.id)}:${tr.a("y2026", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y2026", "r5"), rules: ["target-trend"], truth: "8" });
  b.ok({ sheet: R, cell: tr.a("y2024", "r2"), rules: ["target-outlier", "target-trend"], truth: "78" });
  return b.finish();
}
