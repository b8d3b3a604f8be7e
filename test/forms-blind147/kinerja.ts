// Performance tables: the LKjIP 2024 measurement of a Lampung kabupaten's DLH (lahan kritis lower is better,
// footer with rata-rata and predikat) and the PK 2025 of an NTT KPH head beside the Renstra of the Dinas
// Kehutanan 2025-2029. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipDlh(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-dlh-tulang-bawang-hilir-2024.xlsx",
    "LKjIP pengukuran kinerja (DLH)",
    "LKjIP 2024 Tabel 3.1 of a Lampung kabupaten's DLH: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; refleksi on the lahan kritis; footer Rata-rata and Predikat rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS LINGKUNGAN HIDUP KABUPATEN TULANG BAWANG HILIR"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas lingkungan hidup";
  const S2 = "Meningkatnya tutupan vegetasi dan ruang terbuka hijau";
  const I: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      t: 70.5,
      r: 71.32,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase pengaduan masalah lingkungan yang ditindaklanjuti",
      sat: "%",
      t: 100,
      r: 94.12,
      f: DEC,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase luas RTH publik terhadap luas kawasan perkotaan",
      sat: "%",
      t: 19,
      r: 17.25,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Luas lahan kritis di luar kawasan hutan",
      sat: "Ha",
      t: 16_500,
      r: 15_980,
      neg: true,
      f: INT,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah bibit penghijauan yang ditanam dan tumbuh",
      sat: "batang",
      t: 120_000,
      r: 87_600,
      f: INT,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikat(capOf(I[2])) !== "Sangat Tinggi") throw new Error("lkjip i3");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, width: 11 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, width: 11 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024, width: 14 },
  ];
  const rt = (x: { a: (k: string) => string }, neg?: boolean) =>
    neg ? `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)` : `ROUND(${x.a("r")}/${x.a("t")}*100,2)`;
  const avg = round(I.reduce((n, x) => n + (x.id === "i2" ? 91.42 : capOf(x)), 0) / I.length);
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: a typed 91.42 for the pengaduan (94.12 / 100)
          c: x.id === "i2" ? fmt(91.42, DEC) : fx(rt(c, x.neg)),
          // planted: "Tinggi" for 90.79 (above 90 is Sangat Tinggi)
          p: x.id === "i3" ? "Tinggi" : predikat(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "r"], cells: { no: "Predikat Kinerja", p: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator luas lahan kritis semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the pengaduan ditindaklanjuti is a typed 91.42 among ROUND formulas; 94.12 / 100 gives 94.12",
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Tinggi' for the RTH capaian 90.79 (17.25 against 19); above 90 is Sangat Tinggi by the note",
    truth: `PREDIKAT(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

// ============================== UPTD KPH Flores Barat Daya: PK 2025 and the Renstra Dinas Kehutanan 2025-2029

type Rs = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow: boolean;
  f: string;
};

export function pkKph(): BookW {
  const b = new BookW(
    "pk-2025-kepala-kph-flores-barat-daya-renstra-dishut.xlsx",
    "PK 2025 with Renstra 2025-2029 (Dinas Kehutanan)",
    "PK 2025 of the head of an NTT KPH: No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Program / Kegiatan | Anggaran (Rp) | Keterangan with JUMLAH = the program; sheet Renstra: No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const SAS = "Meningkatnya luas dan kualitas tutupan hutan di wilayah KPH";
  const X: Rs[] = [
    {
      id: "r1",
      sas: SAS,
      ind: "Luas hutan rakyat yang dibangun",
      sat: "Ha",
      awal: 850,
      tg: [900, 950, 9_500, 1_050, 1_100],
      flow: true,
      f: INT,
    },
    {
      id: "r2",
      sas: SAS,
      ind: "Persentase tutupan hutan di wilayah KPH",
      sat: "%",
      awal: 42.1,
      tg: [42.5, 43.0, 43.5, 44.0, 44.5],
      flow: false,
      f: DEC,
    },
    {
      id: "r3",
      sas: "Meningkatnya pemberdayaan masyarakat sekitar hutan",
      ind: "Jumlah bibit MPTS yang disalurkan ke kelompok tani hutan",
      sat: "batang",
      awal: 250_000,
      tg: [275_000, 300_000, 325_000, 350_000, 375_000],
      flow: true,
      f: INT,
    },
    {
      id: "r4",
      sas: SAS,
      ind: "Jumlah kejadian kebakaran hutan dan lahan",
      sat: "kejadian",
      awal: 38,
      tg: [34, 30, 26, 22, 18],
      flow: false,
      f: "0",
    },
  ];
  // Renstra sheet first (the PK refers to nothing, it is typed)
  const rs = b.sheet(R);
  letterhead(rs, ["DINAS KEHUTANAN PROVINSI NUSA TENGGARA TIMUR"]);
  rs.lines(["Target Kinerja Renstra 2025-2029 wilayah UPTD KPH Flores Barat Daya"]);
  rs.gap();
  const tr = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 11 },
      ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    groups: "first",
    rows: X.map((x, k): Row => ({
      id: x.id,
      cells: (c) => ({
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, i) => [`y${2025 + i}`, fmt(v, x.f)])),
        ak: x.flow ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : fmt(x.tg[4], x.f),
      }),
    })),
  });
  const ps = b.sheet(P);
  letterhead(ps, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "UPTD KESATUAN PENGELOLAAN HUTAN (KPH) WILAYAH FLORES BARAT DAYA",
  ]);
  ps.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama: MARSELINUS DJAWA, S.Hut., M.P. - Jabatan: Kepala UPTD KPH Wilayah Flores Barat Daya",
    "selanjutnya disebut pihak pertama, berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  ps.gap();
  const pkTarget = (x: Rs) => (x.id === "r2" ? 43.0 : x.tg[0]);
  const t1 = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: X.map((x, k): Row => ({
      id: x.id,
      // planted: the tutupan hutan target 43.00 is the Renstra 2026 target
      cells: { no: k + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: fmt(pkTarget(x), x.f) },
    })),
  });
  ps.gap();
  const KG: Array<[string, string, number]> = [
    ["k1", "Kegiatan Pelaksanaan Rehabilitasi Hutan dan Lahan", 1_845_600_000],
    ["k2", "Kegiatan Pemberdayaan Masyarakat di Sekitar Hutan", 624_350_000],
    ["k3", "Kegiatan Pencegahan dan Pengendalian Kebakaran Hutan", 412_800_000],
  ];
  const t2 = ps.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "ur", head: ["Program / Kegiatan"], role: "indikator", width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c) => ({
          no: 1,
          ur: "Program Pengelolaan Hutan",
          rp: fx(KG.map(([id]) => c.a("rp", id)).join("+")),
          ket: "APBD",
        }),
      },
      ...KG.map(([id, ur, rp]): Row => ({ id, cells: { ur, rp, ket: "APBD" } })),
      { id: "j", bold: true, span: ["no", "ur"], cells: (c) => ({ no: "JUMLAH", rp: fx(c.a("rp", "p")) }) },
    ],
  });
  ps.gap();
  signature(ps, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["KEPALA DINAS KEHUTANAN PROVINSI NTT"],
    nama: "Ir. YOHANES B. LAKA TUKAN, M.Si.",
    nip: "19690512 199503 1 004",
  });
  const a = (k: string, id: string) => tr.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("tg", "r2") },
        { sheet: R, cell: a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the tutupan hutan is 43.00, the Renstra 2026 target; the Renstra 2025 target is 42.50",
    truth: `'${R}'!${a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: R, cell: a("y2027", "r1") },
    rules: ["target-outlier", "target-trend"],
    note: "2027 target of the hutan rakyat is 9,500 ha among 900, 950, 1,050, 1,100 (a zero too many for 1,000)",
    truth: `(${a("y2026", "r1")}+${a("y2028", "r1")})/2`,
    tol: 5,
  });
  for (const id of ["r1", "r3", "r4"])
    b.ok({
      sheet: P,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${a("y2025", id)}`,
    });
  b.ok({
    sheet: R,
    cell: a("ak", "r3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y2025", "r3")}:${a("y2029", "r3")})`,
  });
  for (const id of ["r2", "r4"])
    b.ok({
      sheet: R,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  b.ok({ sheet: R, cell: a("y2027", "r4"), rules: ["target-trend", "target-outlier"], truth: "26" });
  b.ok({
    sheet: P,
    cell: t2.a("rp", "p"),
    rules: ["sum-mismatch"],
    truth: KG.map(([id]) => t2.a("rp", id)).join("+"),
  });
  b.ok({
    sheet: P,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: t2.a("rp", "p"),
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "k3")})`,
  });
  return b.finish();
}
