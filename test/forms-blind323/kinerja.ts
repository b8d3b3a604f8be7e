// LKjIP capaian table (Kabupaten Lembah Sariak) and Perjanjian Kinerja beside the Renstra IKU (Kota
// Bukit Merapu) of two invented DP3A offices. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  ta: number;
};

/** LKjIP 2024 DP3A Kabupaten Lembah Sariak: capaian formulas, refleksi on negatives, predikat words. */
export function lkjipDp3a(): BookW {
  const b = new BookW(
    "lkjip-2024-dp3a-lembah-sariak-323.xlsx",
    "LKjIP pengukuran kinerja (DP3A)",
    "LKjIP 2024 Tabel 3.1: Sasaran merged over its IKU, 'Tahun 2024' group over Target / Realisasi / Capaian / Predikat, Realisasi 2023 before it, target akhir Renstra 2026 and capaian against it; ROUND formulas, refleksi (2T-R)/T on negative indicators",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Indikator Kinerja Utama Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Kabupaten Lembah Sariak Tahun 2024",
  ]);
  s.gap();
  const SA = "Meningkatnya kesetaraan gender dan keberdayaan perempuan";
  const SB = "Menurunnya kekerasan terhadap perempuan dan anak";
  const SC = "Meningkatnya kualitas layanan perlindungan perempuan dan anak";
  const rows: L[] = [
    {
      id: "ipg",
      sas: SA,
      ind: "Indeks Pembangunan Gender (IPG)",
      sat: "indeks",
      neg: false,
      r23: 91.84,
      t: 92.1,
      r: 92.37,
      ta: 92.8,
    },
    {
      id: "idg",
      sas: SA,
      ind: "Indeks Pemberdayaan Gender (IDG)",
      sat: "indeks",
      neg: false,
      r23: 69.12,
      t: 71.5,
      r: 68.9,
      ta: 74,
    },
    {
      id: "rkp",
      sas: SB,
      ind: "Rasio kekerasan terhadap perempuan per 100.000 penduduk perempuan",
      sat: "rasio",
      neg: true,
      r23: 27.4,
      t: 24,
      r: 21.6,
      ta: 20,
    },
    {
      id: "apa",
      sas: SB,
      ind: "Angka perkawinan anak",
      sat: "%",
      neg: true,
      r23: 7.4,
      t: 6.5,
      r: 7.1,
      ta: 5,
    },
    {
      id: "sop",
      sas: SC,
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani sesuai SOP",
      sat: "%",
      neg: false,
      r23: 74.2,
      t: 95,
      r: 78.4,
      ta: 100,
    },
    {
      id: "kla",
      sas: SC,
      ind: "Nilai evaluasi Kabupaten Layak Anak (KLA)",
      sat: "nilai",
      neg: false,
      r23: 596,
      t: 620,
      r: 641,
      ta: 700,
    },
  ];
  const cap = (l: L, t: number) => round(l.neg ? ((2 * t - l.r) / t) * 100 : (l.r / t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 11 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC, width: 11 },
    {
      key: "capR",
      head: ["Capaian terhadap Target Akhir Renstra (%)"],
      role: "capaian",
      fmt: DEC,
      width: 13,
    },
  ];
  const body: Row[] = rows.map((l, i) => ({
    id: l.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      const TA = x.a("ta");
      // planted: angka perkawinan anak (negative) computed R/T like the positive rows
      const capF = l.neg && l.id !== "apa" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
      const p = l.id === "apa" ? round((l.r / l.t) * 100) : cap(l, l.t);
      return {
        no: i + 1,
        sas: l.sas,
        ind: l.ind,
        sat: l.sat,
        r23: l.r23,
        t: l.t,
        r: l.r,
        cap: fx(capF),
        // planted: 'Sangat Baik' for the SOP row (82.53 is Baik)
        pred: l.id === "sop" ? "Sangat Baik" : predikatBaik(p),
        ta: l.ta,
        capR: fx(l.neg ? `ROUND((2*${TA}-${R})/${TA}*100,2)` : `ROUND(${R}/${TA}*100,2)`),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, vmerge: ["sas"], rows: body });
  s.gap();
  s.lines([
    "Catatan: indikator rasio kekerasan terhadap perempuan dan angka perkawinan anak berpolaritas negatif; capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, tk = "t") => `ROUND((2*${a(tk, id)}-${a("r", id)})/${a(tk, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cap", "apa") },
    rules: ["capaian-mismatch"],
    note: "Angka perkawinan anak (lower is better) computed R/T = 109.23; refleksi (2T-R)/T gives 90.77",
    truth: refl("apa"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "sop") },
    rules: ["predikat-mismatch"],
    note: "'Sangat Baik' for a capaian of 82.53; > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("cap", "sop")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "rkp"),
    rules: ["capaian-mismatch"],
    truth: refl("rkp"),
    trap: `${a("r", "rkp")}/${a("t", "rkp")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("capR", "rkp"),
    rules: ["capaian-mismatch"],
    truth: refl("rkp", "ta"),
    trap: `${a("r", "rkp")}/${a("ta", "rkp")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("capR", "apa"),
    rules: ["capaian-mismatch"],
    truth: refl("apa", "ta"),
    trap: `${a("r", "apa")}/${a("ta", "apa")}*100`,
  });
  for (const id of ["ipg", "idg", "sop", "kla"]) {
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("capR", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("ta", id)}*100,2)`,
    });
  }
  for (const id of ["ipg", "idg", "rkp", "kla"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", id)})`,
    });
  return b.finish();
}

type K = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[] };

/** PK 2025 DP3A Kota Bukit Merapu beside sheet 'Renstra' (IKU, Tahun ke-1..5 of 2025-2029). */
export function pkDp3a(): BookW {
  const b = new BookW(
    "pk-2025-dp3a-bukit-merapu-323.xlsx",
    "Perjanjian Kinerja + Renstra IKU (DP3A)",
    "PK 2025: statement lines, IKU table (Satuan before Target, Sasaran merged) and program table with a SUM Jumlah, then two signers; sheet Renstra: IKU targets Tahun ke-1..5 of Renstra 2025-2029 with kondisi akhir",
  );
  const SS1 = "Meningkatnya kualitas hidup dan peran perempuan";
  const SS2 = "Terpenuhinya hak dan perlindungan anak";
  const iku: K[] = [
    {
      id: "idg",
      sas: SS1,
      ind: "Indeks Pemberdayaan Gender (IDG)",
      sat: "indeks",
      awal: 70.85,
      k: [71.4, 71.95, 72.5, 73.05, 73.6],
    },
    {
      id: "pprg",
      sas: SS1,
      ind: "Persentase perangkat daerah yang menerapkan PPRG",
      sat: "%",
      awal: 55,
      k: [60, 70, 80, 90, 100],
    },
    {
      id: "kla",
      sas: SS2,
      ind: "Nilai evaluasi Kota Layak Anak (KLA)",
      sat: "nilai",
      awal: 690,
      k: [710, 730, 750, 770, 800],
    },
    {
      id: "rka",
      sas: SS2,
      ind: "Rasio kekerasan terhadap anak per 100.000 anak",
      sat: "rasio",
      awal: 31.2,
      k: [29.5, 28, 26.5, 25, 23.5],
    },
    {
      id: "tpa",
      sas: SS2,
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani",
      sat: "%",
      awal: 88,
      k: [90, 92, 94, 96, 98],
    },
  ];
  // Renstra sheet
  const R = "Renstra";
  const rs = b.sheet(R);
  letterhead(rs, ["DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KOTA BUKIT MERAPU"]);
  rs.lines(["Tabel 5.2 Indikator Kinerja Utama dan Target Renstra DP3A Tahun 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 2, width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", num: 4, fmt: DEC, width: 10 },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `k${y}`,
        head: ["Target Kinerja", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: 4 + y,
        fmt: DEC,
        width: 10,
      })),
      {
        key: "ka",
        head: ["Kondisi Kinerja Akhir Periode Renstra"],
        role: "kondisi-akhir",
        num: 10,
        fmt: DEC,
        width: 12,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: iku.map((k, i) => ({
      id: k.id,
      cells: {
        no: i + 1,
        ind: k.ind,
        sat: k.sat,
        awal: k.awal,
        k1: k.k[0],
        k2: k.k[1],
        k3: k.k[2],
        k4: k.k[3],
        k5: k.k[4],
        ka: k.k[4],
      },
    })),
  });
  // PK sheet
  const P = "PK 2025";
  const ps = b.sheet(P);
  ps.lines(
    ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KOTA BUKIT MERAPU"],
    1,
    { bold: true },
  );
  ps.gap();
  ps.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama    : dr. RATNA KUSUMA WARDHANI, M.Kes",
    "Jabatan : Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "selanjutnya disebut pihak pertama, berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  ps.gap();
  ps.lines(["Lampiran: Sasaran, Indikator dan Target Kinerja"], 1, { bold: true });
  const pt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: iku.map((k, i) => ({
      id: k.id,
      // planted: the rasio kekerasan target is the Renstra Tahun ke-2 (2026) value
      cells: { no: i + 1, sas: k.sas, ind: k.ind, sat: k.sat, t: k.id === "rka" ? k.k[1] : k.k[0] },
    })),
  });
  ps.gap();
  ps.lines(["Program dan Anggaran"], 1, { bold: true });
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_842_315_000],
    ["Program Pengarusutamaan Gender dan Pemberdayaan Perempuan", 1_126_480_000],
    ["Program Perlindungan Perempuan", 1_958_900_000],
    ["Program Peningkatan Kualitas Keluarga", 684_250_000],
    ["Program Pengelolaan Sistem Data Gender dan Anak", 312_600_000],
    ["Program Pemenuhan Hak Anak (PHA)", 1_437_750_000],
    ["Program Perlindungan Khusus Anak", 2_215_380_000],
  ];
  const gt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 55 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, rp], i): Row => ({
        id: `g${i}`,
        cells: { no: i + 1, prog: p, rp, ket: "APBD 2025" },
      })),
      {
        id: "jml",
        bold: true,
        // planted: SUM stops one row short (Perlindungan Khusus Anak left out)
        cells: (x) => ({ prog: "Jumlah", rp: fx(`SUM(${x.a("rp", "g0")}:${x.a("rp", "g5")})`) }),
      },
    ],
  });
  ps.gap();
  signature(ps, 1, {
    tempat: "Pihak Kedua,",
    jabatan: ["WALI KOTA BUKIT MERAPU"],
    nama: "H. ANDI SYAMSUL BAHRI, S.E.",
    nip: "-",
  });
  const ra = (k: string, id: string) => `${R}!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "rka") },
        { sheet: R, cell: rt.a("k1", "rka") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of rasio kekerasan terhadap anak is 28.00, the Renstra Tahun ke-2 (2026) value; Tahun ke-1 (2025) is 29.50",
    truth: ra("k1", "rka"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM one row short: 12,362,295,000 instead of 14,577,675,000",
    truth: `SUM(${gt.a("rp", "g0")}:${gt.a("rp", "g6")})`,
  });
  for (const id of ["idg", "pprg", "kla", "tpa"])
    b.ok({ sheet: P, cell: pt.a("t", id), rules: ["cross-table-mismatch"], truth: ra("k1", id) });
  for (const id of ["idg", "pprg", "kla", "rka", "tpa"])
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k5", id),
      trap: `SUM(${rt.a("k1", id)}:${rt.a("k5", id)})`,
    });
  return b.finish();
}
