// The performance forms: an IKU matrix 2025-2029 of Kabupaten Muting Raya (Papua Selatan) with the
// indeks desa membangun (a level), the tingkat pengangguran terbuka (lower is better) and the pencari
// kerja ditempatkan (a flow), an LKjIP table with three years of realisation of the Badan
// Kepegawaian dan Pengembangan SDM of Kabupaten Tojo Batui (Sulawesi Tengah), and the Perjanjian
// Kinerja 2025 of its kepala badan beside a Renstra excerpt. Every office, person and number is
// invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

/** Matriks IKU Kabupaten Muting Raya 2025-2029. */
export function ikuMutingRaya(): BookW {
  const b = new BookW(
    "matriks-iku-kabupaten-muting-raya-2025-2029.xlsx",
    "IKU matrix with targets 2025-2029",
    "No | Sasaran Strategis | Indikator Kinerja Utama (IKU) | Cara Pengukuran | Satuan | Kondisi Awal (2024) | 'Target Kinerja Tahunan' > 2025..2029 | Kondisi Akhir Periode | PD Pengampu; number row (1)..(12); IDM (level, 4 decimals), desa mandiri (stock), TPT (lower is better), pencari kerja ditempatkan (flow, kondisi akhir = SUM)",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  s.lines(
    [
      "MATRIKS INDIKATOR KINERJA UTAMA (IKU)",
      "PEMERINTAH KABUPATEN MUTING RAYA PERIODE 2025-2029",
      "(Lampiran Keputusan Bupati Muting Raya Nomor 100.3.3.2/118 Tahun 2025)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  type I = {
    id: string;
    sas: string;
    nama: string;
    cara: string;
    sat: string;
    awal: number;
    t: number[];
    akhir: Cell | ((x: Ctx) => Cell);
    pd: string;
    f?: string;
  };
  const F4 = "0.0000";
  const SAS1 = "Meningkatnya kemandirian dan kesejahteraan desa";
  const SAS2 = "Meningkatnya kesempatan kerja bagi angkatan kerja lokal";
  const inds: I[] = [
    {
      id: "i1",
      sas: SAS1,
      nama: "Indeks Desa Membangun (IDM) rata-rata kabupaten",
      cara: "Rata-rata nilai IDM seluruh desa (IKS + IKE + IKL) / 3",
      sat: "indeks",
      awal: 0.6124,
      t: [0.629, 0.6455, 0.662, 0.6785, 0.695],
      // planted: the 2028 target copied into the kondisi akhir
      akhir: fmt(0.6785, F4),
      pd: "Dinas Pemberdayaan Masyarakat dan Desa",
      f: F4,
    },
    {
      id: "i2",
      sas: SAS1,
      nama: "Jumlah desa berstatus Mandiri",
      cara: "Jumlah desa dengan status IDM Mandiri (IDM > 0,8155) pada akhir tahun",
      sat: "desa",
      awal: 3,
      t: [5, 8, 11, 14, 18],
      akhir: 18,
      pd: "Dinas Pemberdayaan Masyarakat dan Desa",
    },
    {
      id: "i3",
      sas: SAS2,
      nama: "Tingkat Pengangguran Terbuka (TPT)",
      cara: "Jumlah penganggur / jumlah angkatan kerja x 100 (Sakernas Agustus)",
      sat: "%",
      awal: 4.86,
      // planted: 2027 rises to 4.61 in a falling series (4.35 intended)
      t: [4.7, 4.52, 4.61, 4.18, 4.01],
      akhir: 4.01,
      pd: "Dinas Tenaga Kerja",
      f: DEC,
    },
    {
      id: "i4",
      sas: SAS2,
      nama: "Jumlah pencari kerja yang ditempatkan",
      cara: "Jumlah pencari kerja terdaftar (AK/1) yang ditempatkan dalam tahun berjalan",
      sat: "orang",
      awal: 1_185,
      t: [1_300, 1_360, 1_420, 1_480, 1_540],
      akhir: (x: Ctx) => fx(`SUM(${x.a("y2025")}:${x.a("y2029")})`),
      pd: "Dinas Tenaga Kerja",
      f: INT,
    },
  ];
  const T = "Target Kinerja Tahunan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama (IKU)"], role: "indikator", num: "(3)", width: 32 },
    { key: "cara", head: ["Cara Pengukuran"], role: "rumus", num: "(4)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(6)", width: 10 },
    ...YEARS.map((y, i): Col => ({
      key: `y${y}`,
      head: [T, String(y)],
      role: "target",
      year: y,
      num: `(${7 + i})`,
      width: 9,
    })),
    { key: "akh", head: ["Kondisi Akhir Periode"], role: "kondisi-akhir", num: "(12)", width: 10 },
    { key: "pd", head: ["PD Pengampu"], role: "penanggung-jawab", num: "(13)", width: 26 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: inds.map((d, i): Row => ({
      id: d.id,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = {
          no: i + 1,
          sas: d.sas,
          ind: d.nama,
          cara: d.cara,
          sat: d.sat,
          awal: d.f ? fmt(d.awal, d.f) : d.awal,
          akh: typeof d.akhir === "function" ? d.akhir(x) : d.akhir,
          pd: d.pd,
        };
        YEARS.forEach((y, j) => (c[`y${y}`] = d.f ? fmt(d.t[j], d.f) : d.t[j]));
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: TPT merupakan indikator negatif (semakin kecil semakin baik); kondisi akhir indikator jumlah",
    "penempatan adalah akumulasi lima tahun, indikator indeks dan status desa adalah nilai tahun 2029.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akh", "i1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the IDM (a level) typed 0.6785, the 2028 target; the 2029 target is 0.6950",
    truth: a("y2029", "i1"),
    tol: 0.0001,
  });
  b.plant({
    at: { sheet: S, cell: a("y2027", "i3") },
    rules: ["target-trend"],
    note: "TPT (lower is better) 4.70, 4.52, then 4.61 in 2027 before 4.18 and 4.01: rises in the middle of a falling series (4.35 intended)",
    truth: `(${a("y2026", "i3")}+${a("y2028", "i3")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("akh", "i4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y2025", "i4")}:${a("y2029", "i4")})`,
    trap: a("y2029", "i4"),
  });
  b.ok({
    sheet: S,
    cell: a("akh", "i3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2029", "i3"),
    trap: `SUM(${a("y2025", "i3")}:${a("y2029", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akh", "i2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2029", "i2"),
    trap: `SUM(${a("y2025", "i2")}:${a("y2029", "i2")})`,
  });
  b.ok({ sheet: S, cell: a("y2029", "i3"), rules: ["target-trend"], truth: "4.01" });
  return b.finish();
}

/** LKjIP 2024, tabel capaian tiga tahun, BKPSDM Kabupaten Tojo Batui. */
export function lkjipBkpsdmTojo(): BookW {
  const b = new BookW(
    "lkjip-2024-bkpsdm-tojo-batui-capaian-tiga-tahun.xlsx",
    "LKjIP table with three years of realisation",
    "No | Sasaran | Indikator Kinerja | Satuan | 2022 / 2023 / 2024 > Target / Realisasi / % Capaian | Predikat 2024; capaian ROUND(R/T*100,2), refleksi ROUND((2T-R)/T*100,2) for the hukuman disiplin share (lower is better); predikat typed in Sangat Baik .. Sangat Kurang words",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TOJO BATUI",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines(["Tabel 3.1 Perbandingan Target, Realisasi dan Capaian Kinerja Tahun 2022 s.d. 2024"], 1, {
    bold: true,
  });
  s.gap();
  type I = {
    id: string;
    sas: string;
    nama: string;
    sat: string;
    neg?: boolean;
    t: [number, number, number];
    r: [number, number, number];
    pred: string;
  };
  const SAS = "Meningkatnya profesionalitas dan kinerja ASN";
  const inds: I[] = [
    {
      id: "i1",
      sas: SAS,
      nama: "Indeks Profesionalitas ASN",
      sat: "nilai",
      t: [62, 65, 68],
      r: [60.4, 64.8, 69.2],
      pred: "Sangat Baik",
    },
    {
      id: "i2",
      sas: SAS,
      nama: "Persentase ASN yang dijatuhi hukuman disiplin",
      sat: "%",
      neg: true,
      t: [1.2, 1.1, 1.0],
      r: [1.05, 1.18, 0.86],
      pred: "Sangat Baik",
    },
    {
      id: "i3",
      sas: "Meningkatnya kualitas manajemen ASN",
      nama: "Nilai Penerapan Sistem Merit",
      sat: "nilai",
      t: [250, 275, 300],
      r: [241, 268.5, 312],
      pred: "Sangat Baik",
    },
    {
      id: "i4",
      sas: "Meningkatnya kualitas manajemen ASN",
      nama: "Persentase layanan administrasi kepegawaian selesai tepat waktu",
      sat: "%",
      t: [85, 88, 90],
      r: [72.5, 76.8, 73.4],
      // planted: 81.56 % is Baik (75 < p <= 90), typed Cukup
      pred: "Cukup",
    },
  ];
  const Ys = [2022, 2023, 2024];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...Ys.flatMap((y): Col[] => [
      { key: `t${y}`, head: [`Tahun ${y}`, "Target"], role: "target", year: y, width: 8 },
      { key: `r${y}`, head: [`Tahun ${y}`, "Realisasi"], role: "realisasi", year: y, width: 9 },
      { key: `c${y}`, head: [`Tahun ${y}`, "% Capaian"], role: "capaian", year: y, fmt: DEC, width: 9 },
    ]),
    { key: "pred", head: ["Predikat Capaian 2024"], role: "predikat", year: 2024, width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((d, i): Row => ({
      id: d.id,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = { no: i + 1, sas: d.sas, ind: d.nama, sat: d.sat, pred: d.pred };
        Ys.forEach((y, j) => {
          c[`t${y}`] = d.t[j];
          c[`r${y}`] = d.r[j];
          const T = x.a(`t${y}`);
          const R = x.a(`r${y}`);
          // planted: the 2023 capaian of the negative indicator uses R/T like the rows above
          c[`c${y}`] =
            d.neg && y !== 2023 ? fx(`ROUND((2*${T}-${R})/${T}*100,2)`) : fx(`ROUND(${R}/${T}*100,2)`);
        });
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Skala predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator No. 2 bersifat negatif: capaian = (2 x target - realisasi) / target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c2023", "i2") },
    rules: ["capaian-mismatch"],
    note: "2023 capaian of the hukuman disiplin share (lower is better) computed as R/T: 1.18 / 1.10 x 100 = 107.27; by the refleksi (2 x 1.10 - 1.18) / 1.10 x 100 = 92.73",
    truth: `ROUND((2*${a("t2023", "i2")}-${a("r2023", "i2")})/${a("t2023", "i2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat 2024 of layanan tepat waktu typed Cukup; 73.4 / 90 x 100 = 81.56 is Baik",
    truth: `PREDIKAT_BAIK(${a("c2024", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c2022", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t2022", "i2")}-${a("r2022", "i2")})/${a("t2022", "i2")}*100,2)`,
    trap: `ROUND(${a("r2022", "i2")}/${a("t2022", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c2024", "i2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t2024", "i2")}-${a("r2024", "i2")})/${a("t2024", "i2")}*100,2)`,
    trap: `ROUND(${a("r2024", "i2")}/${a("t2024", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "i2"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c2024", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c2024", "i3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r2024", "i3")}/${a("t2024", "i3")}*100,2)`,
  });
  return b.finish();
}

/** Perjanjian Kinerja 2025 Kepala BKPSDM Kabupaten Tojo Batui, with the Renstra excerpt it rests on. */
export function pkKepalaBkpsdmTojo(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-kepala-bkpsdm-tojo-batui-2025.xlsx",
    "Perjanjian Kinerja of the kepala badan",
    "two sheets: 'PK 2025' statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Ket. with Jumlah; 'Renstra 2025-2029' Indikator | Satuan | Target 2025..2029",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const ind = [
    { id: "i1", nama: "Indeks Profesionalitas ASN", sat: "nilai", t: [70, 72, 74, 76, 78] },
    { id: "i2", nama: "Nilai Penerapan Sistem Merit", sat: "nilai", t: [305, 315, 325, 335, 345] },
    {
      id: "i3",
      nama: "Persentase ASN yang dijatuhi hukuman disiplin",
      sat: "%",
      t: [0.95, 0.9, 0.85, 0.8, 0.75],
    },
    {
      id: "i4",
      nama: "Persentase jabatan pimpinan tinggi yang diisi melalui seleksi terbuka",
      sat: "%",
      t: [80, 85, 90, 95, 100],
    },
  ];
  // the PK sheet first, as the office files it
  const p = b.sheet(P);
  letterhead(p, [
    "PEMERINTAH KABUPATEN TOJO BATUI",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  p.lines(["PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  p.gap();
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : ANDI MUHAMMAD TAHIR LAPALULU, S.STP., M.Si.",
    "Jabatan : Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "selanjutnya disebut pihak pertama, dan",
    "Nama    : Drs. HENDRIK TAMPUBOLON LAMALO, M.Si.",
    "Jabatan : Bupati Tojo Batui, selaku atasan pihak pertama.",
  ]);
  p.gap();
  p.lines(["Sasaran Strategis, Indikator Kinerja dan Target Tahun 2025:"]);
  const pt = p.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((d, i) => ({
      id: d.id,
      cells: {
        no: i + 1,
        sas: i < 3 ? "Meningkatnya profesionalitas ASN" : "Terwujudnya pengisian jabatan berbasis merit",
        ind: d.nama,
        sat: d.sat,
        // planted: the merit target taken from the Renstra column of 2026
        tg: d.id === "i2" ? 315 : d.t[0],
      },
    })),
  });
  p.gap();
  p.lines(["Program dan Anggaran:"]);
  const progs = [
    { id: "p1", nama: "Program Kepegawaian Daerah", rp: 3_874_215_000 },
    { id: "p2", nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 11_206_480_000 },
    { id: "p3", nama: "Program Pengembangan Sumber Daya Manusia", rp: 2_418_760_000 },
  ];
  const at = p.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "prog", head: ["Program"], role: "indikator", width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 8 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, i) => ({ id: g.id, cells: { no: i + 1, prog: g.nama, rp: g.rp, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"] as [string, string],
        // planted: the Jumlah SUMs the first two programmes only
        cells: (x: Ctx) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p2")})`) }),
      },
    ],
  });
  p.gap();
  p.lines(["Pihak Kedua,", "Bupati Tojo Batui,"], 2);
  p.gap(3);
  p.lines(["Drs. HENDRIK TAMPUBOLON LAMALO, M.Si."], 2);
  p.r -= 6;
  signature(p, 4, {
    tempat: "Ampana Lembah, 3 Januari 2025",
    jabatan: ["Pihak Pertama,"],
    nama: "ANDI MUHAMMAD TAHIR LAPALULU, S.STP., M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19780425 199702 1 002",
  });
  const r = b.sheet(R);
  r.lines(["Tabel 4.2 Target Kinerja BKPSDM Kabupaten Tojo Batui Tahun 2025-2029 (Renstra)"], 1, {
    bold: true,
  });
  r.gap();
  const rt = r.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      ...YEARS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 8,
      })),
    ],
    headerRows: 2,
    rows: ind.map((d) => {
      const c: Record<string, Cell> = { ind: d.nama, sat: d.sat };
      YEARS.forEach((y, j) => (c[`y${y}`] = d.t[j]));
      return { id: d.id, cells: c };
    }),
  });
  const Rq = `'${R}'`;
  b.plant({
    at: { sheet: P, cell: pt.a("tg", "i2") },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Nilai Sistem Merit typed 315, the Renstra target of 2026; the 2025 target is 305",
    truth: `${Rq}!${rt.a("y2025", "i2")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran SUMs two of three programmes (15,080,695,000); with Program Pengembangan SDM (2,418,760,000) it is 17,499,455,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p3")})`,
  });
  b.ok({
    sheet: P,
    cell: pt.a("tg", "i3"),
    rules: ["cross-table-mismatch", "target-trend"],
    truth: `${Rq}!${rt.a("y2025", "i3")}`,
  });
  b.ok({
    sheet: P,
    cell: pt.a("tg", "i1"),
    rules: ["cross-table-mismatch"],
    truth: `${Rq}!${rt.a("y2025", "i1")}`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("y2029", "i3"),
    rules: ["target-trend"],
    truth: "0.75",
  });
  return b.finish();
}
