// Performance tables of a Dinas Tenaga Kerja dan Transmigrasi: the LKjIP 2024 measurement of a
// Kalimantan Barat kabupaten's Disnakertrans with a Polaritas column (TPT and kasus perselisihan
// hubungan industrial are lower is better), and the PK 2025 of the Disnakertrans of Provinsi Bengkulu
// beside the Renstra 2025-2029 indicator targets it quotes (ordinal years, Tahun I .. V).
// Every name and number is invented.
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
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ============================================ Disnakertrans Kabupaten Sekayam Raya, LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  r23: number;
  t: number;
  r: number;
  t26: number;
  f: string;
};

export function lkjipNaker(): BookW {
  const b = new BookW(
    "lkjip-tpt-perselisihan-hi-disnakertrans-sekayam-raya.xlsx",
    "LKjIP pengukuran kinerja with polaritas (Disnakertrans kabupaten)",
    "LKjIP 2024 Tabel 3.1 of a Kalimantan Barat Disnakertrans: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Polaritas (Maksimal / Minimal) | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Target Akhir Renstra 2026; number row; capaian ROUND formulas, refleksi on the Minimal rows; Kategori typed; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SEKAYAM RAYA",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "Jl. Lintas Malindo Km. 3 Balai Karangan",
  ]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const S1 = "Menurunnya tingkat pengangguran terbuka";
  const S2 = "Meningkatnya kondusivitas hubungan industrial";
  const S3 = "Berkembangnya kawasan transmigrasi";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      neg: true,
      r23: 5.03,
      t: 4.85,
      r: 4.62,
      t26: 4.4,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase pencari kerja terdaftar yang ditempatkan",
      sat: "%",
      r23: 48.9,
      t: 55,
      r: 51.36,
      t26: 60,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase lulusan pelatihan berbasis kompetensi yang bekerja",
      sat: "%",
      r23: 52.1,
      t: 60,
      r: 47.2,
      t26: 65,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah kasus perselisihan hubungan industrial",
      sat: "kasus",
      neg: true,
      r23: 14,
      t: 12,
      r: 9,
      t26: 10,
      f: "0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase perusahaan yang menerapkan struktur dan skala upah",
      sat: "%",
      r23: 38.2,
      t: 45,
      r: 31.5,
      t26: 55,
      f: DEC,
    },
    {
      id: "i6",
      sas: S3,
      ind: "Persentase UPT transmigrasi dengan status berkembang",
      sat: "%",
      r23: 60,
      t: 70,
      r: 72.5,
      t26: 80,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[4]) !== 70 || predikatBaik(70) !== "Cukup") throw new Error("lkjip i5");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 44 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", num: "(4)", width: 10 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(6)", width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(7)", width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "(8)", width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, num: "(9)", fmt: DEC, width: 11 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, num: "(10)", width: 13 },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, num: "(11)", width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          pol: x.neg ? "Minimal" : "Maksimal",
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the TPT (Minimal) keeps the R / T formula of the Maksimal rows
          c: fx(x.neg && x.id !== "i1" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 70.00 (the band > 65 - 75 is Cukup)
          p: x.id === "i5" ? "Baik" : predikatBaik(capOf(x)),
          t26: fmt(x.t26, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: polaritas Minimal = semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "TPT 2024 bersumber dari Sakernas Agustus 2024 (BPS Kabupaten Sekayam Raya).",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Balai Karangan, 21 Februari 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi,"],
    nama: "FRANSISKUS XAVERIUS LUMBAN, S.Sos., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700522 199403 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the TPT (polaritas Minimal) is =ROUND(R/T*100,2) = 95.26; (2 x 4.85 - 4.62) / 4.85 gives 104.74, as the kasus perselisihan row computes",
    truth: refl(a("r", "i1"), a("t", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for a capaian of 70.00 (31.5 against 45); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const x of rows) {
    if (x.id === "i1") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules:
        x.id === "i4"
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // fewer disputes than targeted: 125.00 by refleksi, not 75.00 by R / T
      trap: x.id === "i4" ? rt(R, T) : undefined,
    });
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  // the Minimal rows' targets fall towards 2026, as they should
  b.ok({ sheet: S, cell: a("t26", "i1"), rules: ["target-trend"], truth: "4.4" });
  b.ok({ sheet: S, cell: a("t26", "i4"), rules: ["target-trend"], truth: "10" });
  return b.finish();
}

// ================================ Disnakertrans Provinsi Bengkulu, PK 2025 beside the Renstra 2025-2029

type PkInd = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  f: string;
};

export function pkNaker(): BookW {
  const b = new BookW(
    "pk-kadisnakertrans-renstra-2025-2029-provinsi-bengkulu.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Disnakertrans provinsi)",
    "sheet 'PK 2025': statement, Tabel: No | Sasaran Strategis | Indikator Kinerja Utama | Target 2025 | Satuan (satuan after the target), then No | Program | Kode | Pagu Anggaran 2025 (Rp) | Sumber Dana with a Jumlah SUM; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > Tahun I .. Tahun V (years only in the title) | Kondisi Akhir Renstra; rates, a lower-is-better TPT and a flow (KK transmigran, summed)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI BENGKULU", "DINAS TENAGA KERJA DAN TRANSMIGRASI"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Dr. RAHMAT HIDAYAT SIREGAR, S.T., M.M. - Jabatan : Kepala Dinas Tenaga Kerja dan Transmigrasi",
    "selanjutnya disebut pihak pertama, dan Gubernur Bengkulu selaku pihak kedua.",
  ]);
  s.gap();
  const SA = "Menurunnya pengangguran terbuka";
  const SB = "Meningkatnya kesejahteraan masyarakat kawasan transmigrasi";
  const rows: PkInd[] = [
    {
      id: "r1",
      sas: SA,
      ind: "Tingkat Pengangguran Terbuka Provinsi",
      sat: "%",
      awal: 3.86,
      tg: [3.74, 3.62, 3.51, 3.4, 3.3],
      f: DEC,
    },
    {
      id: "r2",
      sas: SA,
      ind: "Persentase lulusan pelatihan kerja yang ditempatkan",
      sat: "%",
      awal: 54.2,
      tg: [57, 60, 62.5, 65, 67.5],
      f: DEC,
    },
    {
      id: "r3",
      sas: SA,
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan melalui mediasi",
      sat: "%",
      awal: 71.43,
      tg: [75, 78, 80, 82, 85],
      f: DEC,
    },
    {
      id: "r4",
      sas: SB,
      ind: "Jumlah KK transmigran yang ditempatkan",
      sat: "KK",
      awal: 150,
      tg: [100, 125, 125, 150, 150],
      flow: true,
      f: "0",
    },
    {
      id: "r5",
      sas: SB,
      ind: "Rata-rata pendapatan KK transmigran per bulan",
      sat: "Rp ribu",
      awal: 2840,
      tg: [2950, 3075, 3200, 3325, 3450],
      f: "#,##0",
    },
  ];
  // planted: the PK target of the lulusan pelatihan is 60.00, the Renstra Tahun II (2026) target
  const pkTarget = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  // planted: the Renstra TPT target of Tahun III is typed 35.1 (decimal point lost) among 3.4 - 3.7
  const renstraTarget = (x: PkInd, j: number) => (x.id === "r1" && j === 2 ? 35.1 : x.tg[j]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 48 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, tg: fmt(pkTarget(x), x.f), sat: x.sat },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number, string]> = [
    ["p1", "Program Perencanaan Tenaga Kerja", "2.07.02", 412_380_000, "APBD"],
    [
      "p2",
      "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
      "2.07.03",
      6_874_150_000,
      "APBD, DAK Non Fisik",
    ],
    ["p3", "Program Penempatan Tenaga Kerja", "2.07.04", 1_236_400_000, "APBD"],
    ["p4", "Program Hubungan Industrial", "2.07.05", 948_725_000, "APBD"],
    ["p5", "Program Pengawasan Ketenagakerjaan", "2.07.06", 1_517_600_000, "APBD"],
    ["p6", "Program Pembangunan Kawasan Transmigrasi", "3.32.03", 3_065_900_000, "APBD, Tugas Pembantuan"],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "rp", head: ["Pagu Anggaran 2025 (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan", width: 22 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, nm, kode, rp, sd], i): Row => ({ id, cells: { no: i + 1, nm, kode, rp, sd } })),
      {
        id: "j",
        bold: true,
        span: ["no", "kode"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p6")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Bengkulu, 6 Januari 2025"], 4);
  s.lines(["Pihak Kedua,", "Gubernur Bengkulu", "", "", "", "H. MUHAMMAD YUSRAN ALI, S.H., M.H."], 2);
  s.r -= 6;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Dinas",
      "",
      "",
      "",
      "Dr. RAHMAT HIDAYAT SIREGAR, S.T., M.M.",
      "NIP. 19760814 200312 1 004",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI BENGKULU"]);
  r.lines([
    "Tabel 6.2",
    "Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra Tahun 2025-2029",
  ]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const ord = ["Tahun I", "Tahun II", "Tahun III", "Tahun IV", "Tahun V"];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 48 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...years.map((y, j): Col => ({
        key: `y${j}`,
        head: ["Target Kinerja", ord[j]],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "akhir", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
        };
        years.forEach((_, j) => (out[`y${j}`] = fmt(renstraTarget(x, j), x.f)));
        out.akhir = x.flow ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : fmt(x.tg[4], x.f);
        return out;
      },
    })),
  });
  r.gap();
  r.lines([
    "Catatan: TPT semakin kecil semakin baik. Kondisi akhir KK transmigran = jumlah penempatan 2025-2029;",
    "indikator persentase dan rata-rata: target tahun 2029.",
  ]);

  const pk = (id: string) => t1.a("tg", id);
  const rn = (k: string, id: string) => tr.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pk("r2") },
        { sheet: R, cell: rn("y0", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the lulusan pelatihan ditempatkan is 60.00, the Renstra Tahun II (2026) target; the Renstra Tahun I (2025) target is 57.00",
    truth: `'${R}'!${rn("y0", "r2")}`,
  });
  b.plant({
    at: { sheet: R, cell: rn("y2", "r1") },
    rules: ["target-outlier", "target-trend"],
    note: "TPT target of Tahun III (2027) is 35.1 (the decimal point lost) between 3.62 and 3.40; the path 3.74 .. 3.30 gives about 3.51",
    truth: `ROUND((${rn("y1", "r1")}+${rn("y3", "r1")})/2,2)`,
    tol: 0.1,
  });
  for (const id of ["r1", "r3", "r4", "r5"])
    b.ok({ sheet: S, cell: pk(id), rules: ["cross-table-mismatch"], truth: `'${R}'!${rn("y0", id)}` });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "p6")})`,
  });
  // kondisi akhir: the last target for the rates and the TPT, the sum for the KK transmigran (a flow)
  for (const x of rows) {
    if (x.id === "r1") continue;
    const y = (j: number) => rn(`y${j}`, x.id);
    b.ok({
      sheet: R,
      cell: rn("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? `SUM(${y(0)}:${y(4)})` : y(4),
      trap: x.flow ? y(4) : `SUM(${y(0)}:${y(4)})`,
    });
  }
  b.ok({
    sheet: R,
    cell: rn("akhir", "r1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rn("y4", "r1"),
    trap: `SUM(${rn("y0", "r1")}:${rn("y4", "r1")})`,
  });
  if (sum(rows[3].tg) !== 650) throw new Error("pk r4");
  return b.finish();
}
