// LKjIP 2024 and the pengaduan / uji emisi recap of DLH Kabupaten Batang Lembayung (Sumatera Barat);
// PK 2025 beside the Renstra IKU, and the RTH per kecamatan recap with IKLH beside it, of DLH Kota
// Sungai Rembulan (Kalimantan Timur). All invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 Tabel 3.1: Sasaran merged, no No column, ROUND formulas, refleksi on negatives. */
export function lkjipDlh(): BookW {
  const b = new BookW(
    "lkjip-2024-dlh-batang-lembayung-315.xlsx",
    "LKjIP pengukuran kinerja (DLH)",
    "LKjIP 2024 Tabel 3.1: Sasaran merged, no No column, number row (1)..(10) with '(6) = (5)/(4) x 100', Realisasi 2023, ROUND capaian formulas, refleksi on negatives, predikat words, target akhir Renstra 2026",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Indikator Kinerja Utama Dinas Lingkungan Hidup Kabupaten Batang Lembayung Tahun 2024",
  ]);
  s.gap();
  const SA = "Meningkatnya kualitas lingkungan hidup";
  const SB = "Menurunnya beban pencemaran dan pengaduan";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      neg: false,
      r23: 68.42,
      t: 69.5,
      r: 70.12,
      ak: 72,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      neg: false,
      r23: 52.3,
      t: 54,
      r: 47.1,
      ak: 58,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      neg: false,
      r23: 86.1,
      t: 86.5,
      r: 87.21,
      ak: 88,
    },
    {
      id: "i4",
      sas: SA,
      ind: "Indeks Kualitas Tutupan Lahan (IKTL)",
      sat: "indeks",
      neg: false,
      r23: 41.05,
      t: 41.5,
      r: 40.88,
      ak: 42.5,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Jumlah pengaduan pencemaran lingkungan",
      sat: "kasus",
      neg: true,
      r23: 64,
      t: 55,
      r: 48,
      ak: 40,
    },
    {
      id: "i6",
      sas: SB,
      ind: "Persentase timbulan sampah yang tidak terkelola",
      sat: "%",
      neg: true,
      r23: 31.5,
      t: 28,
      r: 29.4,
      ak: 24,
    },
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], num: "(1)", role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], num: "(2)", role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], num: "(3)", role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], num: "(4)", role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], num: "(5)", role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], num: "(6)", role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], num: "(7) = (6)/(5) x 100", role: "capaian", fmt: DEC },
    { key: "pred", head: ["Tahun 2024", "Predikat"], num: "(8)", role: "predikat" },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], num: "(9)", role: "target", fmt: DEC },
    {
      key: "cak",
      head: ["Capaian terhadap Target Akhir Renstra (%)"],
      num: "(10)",
      role: "capaian",
      fmt: DEC,
    },
  ];
  const cap = (neg: boolean, t: number, r: number) => round(neg ? ((2 * t - r) / t) * 100 : (r / t) * 100);
  const rows: Row[] = I.map((d) => ({
    id: d.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      const A = x.a("ak");
      const wrongFormula = d.id === "i6";
      const c = d.neg && !wrongFormula ? fx(`ROUND((2*${T}-${R})/${T}*100,2)`) : fx(`ROUND(${R}/${T}*100,2)`);
      const p =
        d.id === "i2"
          ? "Sangat Baik"
          : predikatBaik(wrongFormula ? round((d.r / d.t) * 100) : cap(d.neg, d.t, d.r));
      return {
        sas: d.sas,
        ind: d.ind,
        sat: d.sat,
        r23: d.r23,
        t: d.t,
        r: d.r,
        c,
        pred: p,
        ak: d.ak,
        cak: d.neg ? fx(`ROUND((2*${A}-${R})/${A}*100,2)`) : fx(`ROUND(${R}/${A}*100,2)`),
      };
    },
  }));
  rows.push({
    id: "avg",
    span: ["sas", "r"],
    cells: (x) => ({
      sas: "Rata-rata Capaian",
      c: fx(`ROUND(AVERAGE(${x.c("c")}${x.row("i1")}:${x.c("c")}${x.row("i6")}),2)`),
      pred: predikatBaik(
        round(
          I.reduce((a, d) => a + (d.id === "i6" ? round((d.r / d.t) * 100) : cap(d.neg, d.t, d.r)), 0) /
            I.length,
        ),
      ),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: indikator Jumlah pengaduan dan Persentase sampah tidak terkelola berpolaritas negatif,",
    "capaian dihitung dengan refleksi (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Lubuak Tinggi, 28 Februari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup"],
    nama: "Ir. SYAFRIZAL DT. MANGKUTO, M.Si",
    nip: "19711103 199803 1 004",
  });

  b.plant({
    at: { sheet: S, cell: t.a("c", "i6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Persentase sampah tidak terkelola (negative) computed R/T = 105.00 with the formula of the positive rows; refleksi (2x28-29.4)/28 gives 95.00",
    truth: `ROUND((2*${t.a("t", "i6")}-${t.a("r", "i6")})/${t.a("t", "i6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pred", "i2") },
    rules: ["predikat-mismatch"],
    note: "IKA capaian 87.22 labelled 'Sangat Baik'; > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${t.a("c", "i2")})`,
  });
  for (const d of I) {
    const T = t.a("t", d.id);
    const R = t.a("r", d.id);
    if (d.id !== "i6")
      b.ok({
        sheet: S,
        cell: t.a("c", d.id),
        rules: ["capaian-mismatch"],
        truth: d.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
        ...(d.neg ? { trap: `${R}/${T}*100` } : {}),
      });
    if (d.id !== "i2" && d.id !== "i6")
      b.ok({
        sheet: S,
        cell: t.a("pred", d.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${t.a("c", d.id)})`,
      });
    const A = t.a("ak", d.id);
    b.ok({
      sheet: S,
      cell: t.a("cak", d.id),
      rules: ["capaian-mismatch"],
      truth: d.neg ? `ROUND((2*${A}-${R})/${A}*100,2)` : `ROUND(${R}/${A}*100,2)`,
      ...(d.neg ? { trap: `${R}/${A}*100` } : {}),
    });
  }
  return b.finish();
}

/** PK 2025 (statement, IKU targets, program money with a Jumlah) beside the Renstra IKU sheet. */
export function pkDlh(): BookW {
  const b = new BookW(
    "pk-2025-dlh-sungai-rembulan-315.xlsx",
    "Perjanjian Kinerja + Renstra IKU (DLH)",
    "PK 2025: statement page, No | Sasaran Strategis | Indikator Kinerja | Target | Satuan (target before satuan), program table Anggaran (Rp) with SUM Jumlah; sheet 'Renstra IKU' Tahun ke-1..5 of Renstra 2025-2029, Kondisi Akhir",
  );
  const R = "Renstra IKU";
  const P = "PK 2025";
  const rs = b.sheet(R);
  rs.lines([
    "Tabel 4.2 Indikator Kinerja Utama Dinas Lingkungan Hidup Kota Sungai Rembulan",
    "Renstra Perangkat Daerah Tahun 2025-2029",
  ]);
  rs.gap();
  const iku = [
    {
      id: "u1",
      sas: "Meningkatnya kualitas lingkungan hidup kota",
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      awal: 66.8,
      t: [67.2, 67.9, 68.5, 69.1, 69.8],
    },
    {
      id: "u2",
      sas: "Meningkatnya kualitas udara dan air",
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      awal: 84.1,
      t: [84.5, 85, 85.5, 86, 86.5],
    },
    {
      id: "u3",
      sas: "Meningkatnya kualitas udara dan air",
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      awal: 50.4,
      t: [51, 52, 53, 54, 55],
    },
    {
      id: "u4",
      sas: "Meningkatnya tutupan lahan dan RTH publik",
      ind: "Indeks Kualitas Tutupan Lahan (IKTL)",
      sat: "indeks",
      awal: 38.2,
      t: [38.6, 39, 39.5, 40, 40.6],
    },
    {
      id: "u5",
      sas: "Meningkatnya tutupan lahan dan RTH publik",
      ind: "Persentase luas RTH publik terhadap luas wilayah",
      sat: "%",
      awal: 10.6,
      t: [11.2, 12, 13.1, 14, 15.2],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC },
      ...Y.map((y): Col => ({
        key: `t${y}`,
        head: ["Target Kinerja", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: iku.map((d) => ({
      id: d.id,
      cells: {
        sas: d.sas,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        t1: d.t[0],
        t2: d.t[1],
        t3: d.t[2],
        t4: d.t[3],
        t5: d.t[4],
        ak: d.t[4],
      },
    })),
  });

  const ps = b.sheet(P);
  ps.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS LINGKUNGAN HIDUP KOTA SUNGAI REMBULAN"], 1, {
    bold: true,
  });
  ps.gap();
  ps.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : Dra. HJ. RAHMAWATI NOOR, M.T.          Jabatan : Kepala Dinas Lingkungan Hidup",
    "selanjutnya disebut pihak pertama;",
    "Nama    : H. ANDI FIRMANSYAH, S.H., M.H.         Jabatan : Wali Kota Sungai Rembulan",
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
  ]);
  ps.gap();
  ps.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS LINGKUNGAN HIDUP KOTA SUNGAI REMBULAN"], 1, {
    bold: true,
  });
  ps.gap();
  const pkT = ps.table({
    cols: [
      { key: "no", head: ["No"], num: "(1)", role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], num: "(2)", role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], num: "(3)", role: "indikator", width: 36 },
      { key: "t", head: ["Target"], num: "(4)", role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], num: "(5)", role: "satuan" },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: iku.map((d, i) => ({
      id: d.id,
      cells: { no: i + 1, sas: d.sas, ind: d.ind, t: d.id === "u4" ? d.t[2] : d.t[0], sat: d.sat },
    })),
  });
  ps.gap();
  const progs = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9_842_615_000],
    ["Program Perencanaan Lingkungan Hidup", 612_400_000],
    ["Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup", 1_456_850_000],
    ["Program Pengelolaan Keanekaragaman Hayati (KEHATI)", 1_887_300_000],
    ["Program Pengelolaan Persampahan", 14_236_900_000],
    ["Program Penanganan Pengaduan Lingkungan Hidup", 318_750_000],
  ] as const;
  const pr = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 36 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, v], i): Row => ({
        id: `g${i + 1}`,
        cells: { no: i + 1, prog: p, rp: v, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g5")})`) }),
      },
    ],
  });
  ps.gap();
  signature(ps, 4, {
    tempat: "Sungai Rembulan, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "Kepala Dinas Lingkungan Hidup"],
    nama: "Dra. HJ. RAHMAWATI NOOR, M.T.",
    nip: "19690214 199403 2 006",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pkT.a("t", "u4") },
        { sheet: R, cell: rt.a("t1", "u4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target of IKTL 39.50 is the Renstra Tahun ke-3 (2027) target; Tahun ke-1 (2025) is 38.60",
    truth: `'${R}'!${rt.a("t1", "u4")}`,
  });
  b.plant({
    at: { sheet: P, cell: pr.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over the first five programs only (28,036,065,000); with Penanganan Pengaduan it is 28,354,815,000",
    truth: `SUM(${pr.a("rp", "g1")}:${pr.a("rp", "g6")})`,
  });
  for (const d of iku) {
    if (d.id !== "u4")
      b.ok({
        sheet: P,
        cell: pkT.a("t", d.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${rt.a("t1", d.id)}`,
      });
    b.ok({
      sheet: R,
      cell: rt.a("ak", d.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t5", d.id),
      trap: Y.map((y) => rt.a(`t${y}`, d.id)).join("+"),
    });
  }
  return b.finish();
}

/** Pengaduan pencemaran per kecamatan 2024 and, below it, uji emisi per triwulan. */
export function rekapPengaduanDlh(): BookW {
  const b = new BookW(
    "rekap-pengaduan-uji-emisi-batang-lembayung-315.xlsx",
    "Rekap pengaduan per kecamatan + uji emisi per triwulan (DLH)",
    "Pengaduan per kecamatan: masuk = air + udara + limbah B3 + lainnya, ditindaklanjuti, % = ditindaklanjuti / masuk, JUMLAH row; second table below: uji emisi per triwulan (diuji, lulus, tidak lulus, % lulus)",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG LEMBAYUNG", "DINAS LINGKUNGAN HIDUP"]);
  s.lines(["REKAPITULASI PENGADUAN PENCEMARAN LINGKUNGAN PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const kec: Array<[string, number, number, number, number, number]> = [
    ["Lubuak Tinggi", 6, 4, 3, 2, 13],
    ["Batang Sikai", 3, 5, 2, 1, 10],
    ["Koto Ampalu", 5, 2, 4, 3, 12],
    ["Sungai Pandan", 2, 3, 1, 2, 7],
    ["Talang Baringin", 4, 6, 2, 4, 14],
    ["Ranah Gadang", 3, 1, 2, 0, 6],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], num: "(1)", role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], num: "(2)", width: 20 },
    { key: "air", head: ["Jenis Pengaduan (kasus)", "Pencemaran Air"], num: "(3)", fmt: INT },
    { key: "udara", head: ["Jenis Pengaduan (kasus)", "Pencemaran Udara/Bau"], num: "(4)", fmt: INT },
    { key: "b3", head: ["Jenis Pengaduan (kasus)", "Limbah B3"], num: "(5)", fmt: INT },
    { key: "lain", head: ["Jenis Pengaduan (kasus)", "Kebisingan/Lainnya"], num: "(6)", fmt: INT },
    { key: "masuk", head: ["Jumlah Pengaduan Masuk"], num: "(7) = (3)+(4)+(5)+(6)", fmt: INT },
    { key: "tl", head: ["Ditindaklanjuti"], num: "(8)", fmt: INT },
    { key: "pct", head: ["Persentase Ditindaklanjuti (%)"], num: "(9) = (8)/(7) x 100", fmt: DEC },
  ];
  const n = kec.length;
  const rows: Row[] = kec.map(([k, a, u, b3, l, tl], i) => ({
    id: `k${i + 1}`,
    cells: (x) => ({
      no: i + 1,
      kec: k,
      air: a,
      udara: u,
      b3,
      lain: l,
      masuk: fx(`SUM(${x.a("air")}:${x.a("lain")})`),
      tl,
      pct:
        i === 3
          ? fx(`ROUND(${x.a("masuk")}/${x.a("tl")}*100,2)`)
          : fx(`ROUND(${x.a("tl")}/${x.a("masuk")}*100,2)`),
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH" };
      for (const key of ["air", "udara", "lain", "masuk", "tl"])
        c[key] = fx(`SUM(${x.a(key, "k1")}:${x.a(key, `k${n}`)})`);
      c.b3 = fx(`SUM(${x.a("b3", "k1")}:${x.a("b3", `k${n - 1}`)})`);
      c.pct = fx(`ROUND(${x.a("tl")}/${x.a("masuk")}*100,2)`);
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["REKAPITULASI UJI EMISI KENDARAAN BERMOTOR PER TRIWULAN TAHUN 2024"]);
  s.gap();
  const tw: Array<[string, number, number]> = [
    ["Triwulan I", 412, 351],
    ["Triwulan II", 538, 472],
    ["Triwulan III", 605, 549],
    ["Triwulan IV", 581, 520],
  ];
  const e = s.table({
    cols: [
      { key: "tw", head: ["Periode"], width: 14 },
      { key: "uji", head: ["Kendaraan Diuji (unit)"], fmt: INT },
      { key: "lulus", head: ["Lulus Uji (unit)"], fmt: INT },
      { key: "gagal", head: ["Tidak Lulus (unit)"], fmt: INT },
      { key: "pct", head: ["% Lulus"], fmt: DEC },
    ],
    headerRows: 1,
    rows: [
      ...tw.map(([p, u, l], i): Row => ({
        id: `q${i + 1}`,
        cells: (x) => ({
          tw: p,
          uji: u,
          lulus: l,
          gagal: fx(`${x.a("uji")}-${x.a("lulus")}`),
          pct: fx(`ROUND(${x.a("lulus")}/${x.a("uji")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x) => ({
          tw: "Jumlah",
          uji: fx(`SUM(${x.a("uji", "q1")}:${x.a("uji", "q4")})`),
          lulus: fx(`SUM(${x.a("lulus", "q1")}:${x.a("lulus", "q4")})`),
          gagal: fx(`SUM(${x.a("gagal", "q1")}:${x.a("gagal", "q4")})`),
          pct: fx(`ROUND(${x.a("lulus")}/${x.a("uji")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Seksi Pengaduan dan Penegakan Hukum Lingkungan; UPTD Laboratorium Lingkungan."]);

  b.plant({
    at: { sheet: S, cell: t.a("b3", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Limbah B3 =SUM stops one kecamatan short (12); all six give 14",
    truth: `SUM(${t.a("b3", "k1")}:${t.a("b3", `k${n}`)})`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pct", "k4") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "inconsistent-formula"],
    note: "Sungai Pandan % ditindaklanjuti is masuk / ditindaklanjuti = 114.29 (formula inverted); 7/8 gives 87.50",
    truth: `ROUND(${t.a("tl", "k4")}/${t.a("masuk", "k4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pct", "jml"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${t.a("tl", "jml")}/${t.a("masuk", "jml")}*100,2)`,
    trap: `AVERAGE(${t.a("pct", "k1")}:${t.a("pct", `k${n}`)})`,
  });
  b.ok({
    sheet: S,
    cell: e.a("pct", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${e.a("lulus", "tot")}/${e.a("uji", "tot")}*100,2)`,
    trap: `AVERAGE(${e.a("pct", "q1")}:${e.a("pct", "q4")})`,
  });
  for (const key of ["air", "udara", "lain", "tl"])
    b.ok({
      sheet: S,
      cell: t.a(key, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${t.a(key, "k1")}:${t.a(key, `k${n}`)})`,
    });
  for (let i = 1; i <= n; i++) {
    b.ok({
      sheet: S,
      cell: t.a("masuk", `k${i}`),
      rules: ["sum-mismatch"],
      truth: `${t.a("air", `k${i}`)}+${t.a("udara", `k${i}`)}+${t.a("b3", `k${i}`)}+${t.a("lain", `k${i}`)}`,
    });
    if (i !== 4)
      b.ok({
        sheet: S,
        cell: t.a("pct", `k${i}`),
        rules: ["percent-out-of-range", "ratio-components-mismatch"],
        truth: `ROUND(${t.a("tl", `k${i}`)}/${t.a("masuk", `k${i}`)}*100,2)`,
      });
  }
  for (const key of ["uji", "lulus", "gagal"])
    b.ok({
      sheet: S,
      cell: e.a(key, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${e.a(key, "q1")}:${e.a(key, "q4")})`,
    });
  return b.finish();
}

/** RTH publik per kecamatan 2024 with, one empty column to the right, the IKLH computation. */
export function rekapRthDlh(): BookW {
  const b = new BookW(
    "rekap-rth-iklh-sungai-rembulan-315.xlsx",
    "Rekap RTH per kecamatan + IKLH side by side (DLH)",
    "RTH publik per kecamatan: taman + jalur hijau + hutan kota = jumlah (ha), % of luas wilayah, TOTAL row; beside it (one empty column) IKLH 2024 = bobot x indeks per komponen",
  );
  const S = "RTH & IKLH 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "DINAS LINGKUNGAN HIDUP KOTA SUNGAI REMBULAN",
      "Luas Ruang Terbuka Hijau Publik per Kecamatan dan Indeks Kualitas Lingkungan Hidup Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const top = s.r;
  const kec: Array<[string, number, number, number, number]> = [
    ["Rembulan Ilir", 2_485.6, 242.3, 98.7, 164.2],
    ["Rembulan Ulu", 3_912.4, 118.6, 71.4, 196.5],
    ["Sungai Keledang", 5_270.8, 96.4, 83.9, 402.7],
    ["Loa Bakung", 4_138.2, 121.8, 66.2, 248.3],
    ["Palaran Jaya", 6_604.5, 88.5, 92.6, 511.4],
  ];
  const n = kec.length;
  const t = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], width: 18 },
        { key: "luas", head: ["Luas Wilayah (ha)"], fmt: DEC },
        { key: "taman", head: ["RTH Publik (ha)", "Taman Kota"], fmt: DEC },
        { key: "jalur", head: ["RTH Publik (ha)", "Jalur Hijau"], fmt: DEC },
        { key: "hutan", head: ["RTH Publik (ha)", "Hutan Kota"], fmt: DEC },
        { key: "jml", head: ["RTH Publik (ha)", "Jumlah"], fmt: DEC },
        { key: "pct", head: ["% RTH Publik thd Luas Wilayah"], fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...kec.map(([k, l, a, j, h], i): Row => ({
          id: `k${i + 1}`,
          cells: (x) => ({
            kec: k,
            luas: l,
            taman: a,
            jalur: j,
            hutan: h,
            jml: i === 2 ? 573.0 : fx(`SUM(${x.a("taman")}:${x.a("hutan")})`),
            pct:
              i === 1
                ? fx(`ROUND(${x.a("jml")}/${x.a("luas")}*100,2)`, 9.67)
                : fx(`ROUND(${x.a("jml")}/${x.a("luas")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            kec: "TOTAL",
            ...Object.fromEntries(
              ["luas", "taman", "jalur", "hutan", "jml"].map((k) => [
                k,
                fx(`SUM(${x.a(k, "k1")}:${x.a(k, `k${n}`)})`),
              ]),
            ),
            pct: fx(`ROUND(${x.a("jml")}/${x.a("luas")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const comp: Array<[string, number, number]> = [
    ["Indeks Kualitas Air (IKA)", 0.376, 51.2],
    ["Indeks Kualitas Udara (IKU)", 0.405, 84.7],
    ["Indeks Kualitas Tutupan Lahan (IKTL)", 0.219, 38.9],
  ];
  const k = s.table(
    {
      cols: [
        { key: "komp", head: ["Komponen IKLH"], width: 30 },
        { key: "bobot", head: ["Bobot"], fmt: "0.000" },
        { key: "idx", head: ["Nilai Indeks 2024"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "nt", head: ["Nilai Tertimbang"], fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...comp.map(([c, w, v], i): Row => ({
          id: `c${i + 1}`,
          cells: (x) => ({ komp: c, bobot: w, idx: v, nt: fx(`ROUND(${x.a("bobot")}*${x.a("idx")},2)`) }),
        })),
        {
          id: "iklh",
          bold: true,
          cells: (x) => ({
            komp: "IKLH Kota Sungai Rembulan",
            bobot: fx(`SUM(${x.a("bobot", "c1")}:${x.a("bobot", "c3")})`),
            nt: fx(`SUM(${x.a("nt", "c1")}:${x.a("nt", "c3")})`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.r = Math.max(t.lastDataRow, k.lastDataRow) + 2;
  s.lines(["Sumber: Bidang Penataan dan Pengelolaan RTH; Laporan IKLH KLHK 2024 (data sementara)."]);
  s.gap();
  signature(s, 5, {
    tempat: "Sungai Rembulan, 10 Februari 2025",
    jabatan: ["Kepala Bidang Tata Lingkungan"],
    nama: "MUHAMMAD RIDWAN ARSYAD, S.T., M.Eng.",
    pangkat: "Pembina",
    nip: "19780521 200312 1 009",
  });

  b.plant({
    at: { sheet: S, cell: t.a("jml", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Sungai Keledang Jumlah RTH typed 573.00 in a column of SUM formulas; 96.4 + 83.9 + 402.7 = 583.00",
    truth: `${t.a("taman", "k3")}+${t.a("jalur", "k3")}+${t.a("hutan", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pct", "k2") },
    rules: ["ratio-components-mismatch"],
    note: "Rembulan Ulu % RTH has a stale cached 9.67; 386.5 / 3,912.4 x 100 gives 9.88",
    truth: `ROUND(${t.a("jml", "k2")}/${t.a("luas", "k2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pct", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${t.a("jml", "tot")}/${t.a("luas", "tot")}*100,2)`,
    trap: `AVERAGE(${t.a("pct", "k1")}:${t.a("pct", `k${n}`)})`,
  });
  for (const i of [1, 2, 4, 5]) {
    b.ok({
      sheet: S,
      cell: t.a("jml", `k${i}`),
      rules: ["sum-mismatch"],
      truth: `${t.a("taman", `k${i}`)}+${t.a("jalur", `k${i}`)}+${t.a("hutan", `k${i}`)}`,
    });
    if (i !== 2)
      b.ok({
        sheet: S,
        cell: t.a("pct", `k${i}`),
        rules: ["ratio-components-mismatch", "percent-out-of-range"],
        truth: `ROUND(${t.a("jml", `k${i}`)}/${t.a("luas", `k${i}`)}*100,2)`,
      });
  }
  for (const key of ["luas", "taman", "jalur", "hutan"])
    b.ok({
      sheet: S,
      cell: t.a(key, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${t.a(key, "k1")}:${t.a(key, `k${n}`)})`,
    });
  b.ok({
    sheet: S,
    cell: k.a("nt", "iklh"),
    rules: ["sum-mismatch"],
    truth: `${k.a("nt", "c1")}+${k.a("nt", "c2")}+${k.a("nt", "c3")}`,
  });
  b.ok({ sheet: S, cell: k.a("bobot", "iklh"), rules: ["sum-mismatch"], truth: "1" });
  return b.finish();
}
