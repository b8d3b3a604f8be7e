// The LKjIP capaian table and the Perjanjian Kinerja (beside its Renstra IKU sheet) of two Dinas Perumahan
// dan Kawasan Permukiman. Every place, name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikatBaik, round, signature, type Row } from "../forms/kit";

/** LKjIP 2024 of Dinas Perkim Kota Batu Panjang Jaya (Kalimantan Timur): Tabel 3.3, no No column. */
export function lkjipPerkim(): BookW {
  const b = new BookW(
    "lkjip-2024-perkim-batu-panjang-jaya-327.xlsx",
    "LKjIP capaian (Perkim)",
    "LKjIP 2024 Tabel 3.3 without a No column; Sasaran merged; Realisasi 2023 beside 2024; capaian formulas (refleksi on the two lower-is-better rows), predikat words typed; target akhir Renstra 2026 at the right",
  );
  const S = "Tabel 3.3";
  const s = b.sheet(S);
  s.lines(
    [
      "BAB III AKUNTABILITAS KINERJA",
      "Tabel 3.3 Pengukuran Capaian Kinerja Sasaran Dinas Perumahan dan Kawasan Permukiman Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  type L = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    neg: boolean;
    r23: number;
    t: number;
    r: number;
    akhir: number;
  };
  const sA = "Meningkatnya kualitas hunian masyarakat";
  const sB = "Berkurangnya luas permukiman kumuh";
  const data: L[] = [
    {
      id: "a",
      sas: sA,
      ind: "Persentase rumah layak huni",
      sat: "%",
      neg: false,
      r23: 76.9,
      t: 78.5,
      r: 79.1,
      akhir: 82,
    },
    {
      id: "b",
      sas: sA,
      ind: "Persentase rumah tidak layak huni",
      sat: "%",
      neg: true,
      r23: 13.6,
      t: 12.4,
      r: 11.8,
      akhir: 9.5,
    },
    {
      id: "c",
      sas: sB,
      ind: "Luas kawasan permukiman kumuh",
      sat: "Ha",
      neg: true,
      r23: 97.4,
      t: 86.5,
      r: 91.2,
      akhir: 60,
    },
    {
      id: "d",
      sas: sB,
      ind: "Persentase kawasan permukiman dengan PSU memadai",
      sat: "%",
      neg: false,
      r23: 49.8,
      t: 64,
      r: 52.3,
      akhir: 75,
    },
    {
      id: "e",
      sas: sB,
      ind: "Persentase rumah tangga dengan akses sanitasi layak",
      sat: "%",
      neg: false,
      r23: 83.1,
      t: 88,
      r: 84.5,
      akhir: 92,
    },
  ];
  const cap = (d: L) => round(d.neg ? ((2 * d.t - d.r) / d.t) * 100 : (d.r / d.t) * 100);
  const rows: Row[] = data.map((d) => ({
    id: d.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      // planted on row c: the positive formula copied down onto a lower-is-better indicator
      const f = d.neg && d.id !== "c" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
      return {
        sas: d.sas,
        ind: d.ind,
        sat: d.sat,
        r23: d.r23,
        t: d.t,
        r: d.r,
        cap: fx(f),
        pred: d.id === "d" ? "Sangat Baik" : predikatBaik(d.id === "c" ? round((d.r / d.t) * 100) : cap(d)),
        akhir: d.akhir,
      };
    },
  }));
  const t = s.table({
    cols: [
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "r23", head: ["Realisasi", "2023"], role: "realisasi", year: 2023, fmt: DEC },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "pred", head: ["Tahun 2024", "Kategori"], role: "predikat" },
      { key: "akhir", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
    ],
    headerRows: 2,
    rows,
    vmerge: ["sas"],
  });
  s.gap();
  s.lines([
    "Catatan: indikator yang semakin kecil semakin baik (RTLH, luas kumuh) dihitung (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("cap", "c") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `(2*${A("t", "c")}-${A("r", "c")})/${A("t", "c")}*100`,
    note: "Luas kawasan kumuh (lower is better) computed R/T = 105.43; refleksi gives 94.57",
  });
  b.plant({
    at: { sheet: S, cell: A("pred", "d") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${A("cap", "d")})`,
    note: '"Sangat Baik" for a capaian of 81.72 (> 75 - 90 is Baik)',
  });
  b.ok({
    sheet: S,
    cell: A("cap", "b"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `(2*${A("t", "b")}-${A("r", "b")})/${A("t", "b")}*100`,
    trap: `${A("r", "b")}/${A("t", "b")}*100`,
  });
  for (const id of ["a", "d", "e"]) {
    b.ok({
      sheet: S,
      cell: A("cap", id),
      rules: ["capaian-mismatch"],
      truth: `${A("r", id)}/${A("t", id)}*100`,
    });
  }
  for (const id of ["a", "b", "e"])
    b.ok({
      sheet: S,
      cell: A("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${A("cap", id)})`,
    });
  return b.finish();
}

/** PK 2025 of Dinas Perkim Kabupaten Lembah Sirangit (Sumatera Utara) beside the Renstra 2021-2026 IKU. */
export function pkPerkim(): BookW {
  const b = new BookW(
    "pk-2025-perkim-lembah-sirangit-327.xlsx",
    "Perjanjian Kinerja (Perkim)",
    "PK 2025 statement page; indicator table with Sasaran merged and Target before Satuan; program table with a SUM Jumlah; sheet 'IKU Renstra' with 'Tahun - 1 .. Tahun - 6' of Renstra 2021-2026 and a kondisi akhir",
  );
  const R = "IKU Renstra";
  const P = "PK 2025";
  type I = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[] };
  const s1 = "Meningkatnya rumah layak huni";
  const s2 = "Meningkatnya kualitas kawasan permukiman";
  const iku: I[] = [
    {
      id: "i1",
      sas: s1,
      ind: "Persentase rumah layak huni",
      sat: "%",
      awal: 68.2,
      k: [69.5, 71, 72.8, 74.5, 76.4, 78.5],
    },
    {
      id: "i2",
      sas: s1,
      ind: "Persentase RTLH yang tertangani",
      sat: "%",
      awal: 44.6,
      k: [50.1, 55.5, 61.2, 66.9, 72.4, 78],
    },
    {
      id: "i3",
      sas: s2,
      ind: "Persentase luas kawasan kumuh yang tertangani",
      sat: "%",
      awal: 22.5,
      k: [27, 32.5, 38.4, 45.5, 52, 60],
    },
    {
      id: "i4",
      sas: s2,
      ind: "Persentase perumahan dengan PSU yang diserahkan ke Pemda",
      sat: "%",
      awal: 18,
      k: [22, 27, 33, 39, 45, 51],
    },
  ];
  // --- Renstra sheet
  const r = b.sheet(R);
  r.lines(
    [
      "Indikator Kinerja Utama Dinas Perumahan dan Kawasan Permukiman",
      "Renstra Perangkat Daerah Kabupaten Lembah Sirangit 2021-2026",
    ],
    1,
    { bold: true },
  );
  r.gap();
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: 3, width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
      { key: "awal", head: ["Kondisi Awal (2020)"], role: "kondisi-awal", num: 5, fmt: DEC },
      ...[0, 1, 2, 3, 4, 5].map((i) => ({
        key: `k${i}`,
        head: ["Target Kinerja", `Tahun - ${i + 1}`],
        role: "target" as const,
        year: 2021 + i,
        num: 6 + i,
        fmt: DEC,
      })),
      { key: "akhir", head: ["Kondisi Kinerja Akhir Periode"], role: "kondisi-akhir", num: 12, fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: iku.map((d, i) => ({
      id: d.id,
      cells: {
        no: i + 1,
        sas: d.sas,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        ...Object.fromEntries(d.k.map((v, j) => [`k${j}`, v])),
        akhir: d.k[5],
      },
    })),
    vmerge: ["sas"],
  });
  // --- PK sheet
  const p = b.sheet(P);
  letterhead(p, ["PEMERINTAH KABUPATEN LEMBAH SIRANGIT", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  p.lines(["PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  p.gap();
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : Ir. HOTMAN PARULIAN SITORUS, M.T.",
    "Jabatan : Kepala Dinas Perumahan dan Kawasan Permukiman",
    "selanjutnya disebut pihak pertama,",
    "Nama    : Drs. MARULAK HUTAGALUNG",
    "Jabatan : Bupati Lembah Sirangit",
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  p.gap();
  p.lines(["Sipiongot, 6 Januari 2025"], 1);
  p.lines(["Pihak Kedua,", "", "", "Drs. MARULAK HUTAGALUNG"], 1);
  p.r -= 4;
  p.lines(["Pihak Pertama,", "", "", "Ir. HOTMAN PARULIAN SITORUS, M.T."], 4);
  p.gap();
  p.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025 DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"], 1, {
    bold: true,
  });
  p.gap();
  const pkT = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "t", head: ["Target"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    rows: iku.map((d, i) => ({
      id: d.id,
      // planted: i3 copied from Tahun - 6 (2026) instead of Tahun - 5 (2025)
      cells: { no: i + 1, sas: d.sas, ind: d.ind, t: d.id === "i3" ? d.k[5] : d.k[4], sat: d.sat },
    })),
    vmerge: ["sas"],
  });
  p.gap();
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_842_315_000],
    ["Program Pengembangan Perumahan", 7_416_800_000],
    ["Program Kawasan Permukiman", 3_208_450_000],
    ["Program Penanganan Kawasan Permukiman Kumuh", 2_615_000_000],
    ["Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)", 4_972_600_000],
  ];
  const pr = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([n, v], i): Row => ({ id: `g${i}`, cells: { no: i + 1, prog: n, rp: v, ket: "APBD" } })),
      // planted: the SUM stops one row short
      {
        id: "jml",
        bold: true,
        cells: (x) => ({ prog: "Jumlah", rp: fx(`SUM(${x.a("rp", "g0")}:${x.a("rp", "g3")})`) }),
      },
    ],
  });
  p.gap();
  p.lines(["Bupati Lembah Sirangit,", "", "", "Drs. MARULAK HUTAGALUNG"], 1);
  p.r -= 4;
  signature(p, 4, {
    tempat: "Sipiongot, 6 Januari 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman"],
    nama: "Ir. HOTMAN PARULIAN SITORUS, M.T.",
    nip: "19720314 199803 1 007",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pkT.a("t", "i3") },
        { sheet: R, cell: rt.a("k4", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("k4", "i3")}`,
    note: "PK 2025 target of % kawasan kumuh tertangani is 60, the Renstra Tahun - 6 (2026) target; Tahun - 5 (2025) is 52",
  });
  b.plant({
    at: { sheet: P, cell: pr.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: progs.map((_, i) => pr.a("rp", `g${i}`)).join("+"),
    note: "Jumlah =SUM one row short: 20,082,565,000 instead of 25,055,165,000 (PSU program left out)",
    tol: 1,
  });
  for (const id of ["i1", "i2", "i4"]) {
    b.ok({
      sheet: P,
      cell: pkT.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("k4", id)}`,
    });
    b.ok({
      sheet: R,
      cell: rt.a("k4", id),
      rules: ["cross-table-mismatch"],
      truth: `'${P}'!${pkT.a("t", id)}`,
    });
  }
  for (const d of iku)
    b.ok({
      sheet: R,
      cell: rt.a("akhir", d.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k5", d.id),
      trap: [0, 1, 2, 3, 4, 5].map((j) => rt.a(`k${j}`, d.id)).join("+"),
    });
  return b.finish();
}
