// Performance tables of a Dinas PMD: the LKjIP 2024 measurement of a Sulawesi Tenggara kabupaten (IDM
// index and status, desa tertinggal lower is better with refleksi, BUMDes, Dana Desa tahap III), and the
// PK 2025 of a Jawa Timur kabupaten's Kepala Dinas beside the Renstra 2025-2029 targets given as
// "Tahun ke-1 .. ke-5". Every name and number is invented.
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

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

export function lkjipSultra(): BookW {
  const b = new BookW(
    "lkjip-idm-dpmd-tolaki-utara.xlsx",
    "LKjIP pengukuran kinerja (DPMD)",
    "LKjIP 2024 Tabel 3.1 of a DPMD in Sulawesi Tenggara: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; ROUND formulas, refleksi on the two lower-is-better rows; predikat typed; Rata-rata row; notes",
  );
  const S = "Pengukuran Kinerja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TOLAKI UTARA", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya status kemajuan dan kemandirian desa";
  const S2 = "Meningkatnya kemandirian ekonomi desa";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Nilai rata-rata Indeks Desa Membangun (IDM)",
      sat: "indeks",
      t: 0.705,
      r: 0.7183,
      r23: 0.6894,
      f: "0.0000",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase desa berstatus Mandiri",
      sat: "%",
      t: 12.5,
      r: 11.84,
      r23: 9.21,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase desa berstatus Tertinggal dan Sangat Tertinggal",
      sat: "%",
      t: 18,
      r: 16.45,
      r23: 21.05,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      sas: S1,
      ind: "Jumlah desa berstatus Sangat Tertinggal",
      sat: "desa",
      t: 12,
      r: 15,
      r23: 19,
      neg: true,
      f: "0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase BUMDes berklasifikasi Berkembang dan Maju",
      sat: "%",
      t: 35,
      r: 27.3,
      r23: 24.6,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase desa yang menerima Dana Desa tahap III tepat waktu",
      sat: "%",
      t: 95,
      r: 96.6,
      r23: 88.4,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[4]) !== 78 || predikatBaik(78) !== "Baik") throw new Error("lkjip i5");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
  ];
  const refl = (c: { a(k: string): string }) => `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`;
  const rt = (c: { a(k: string): string }) => `ROUND(${c.a("r")}/${c.a("t")}*100,2)`;
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
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted (i4): the lower-is-better desa sangat tertinggal computed with R / T
          c: fx(x.neg && x.id !== "i4" ? refl(c) : rt(c)),
          // planted (i5): "Cukup" for 78.00 (the band > 75 - 90 is Baik)
          p: x.id === "i5" ? "Cukup" : x.id === "i4" ? predikatBaik(125) : predikatBaik(capOf(x)),
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
    "Catatan: indikator nomor 3 dan 4 bersifat negatif (semakin kecil semakin baik); capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "Sumber: Status IDM Kemendes PDTT Tahun 2024 (data diolah).",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Lasolo Raya, 27 Februari 2025",
    jabatan: ["Kepala Dinas PMD Kabupaten Tolaki Utara,"],
    nama: "Ir. ANDI MUH. RUSDIN LATAMBAGA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730902 200012 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah desa sangat tertinggal (lower is better by the note) has =ROUND(R/T*100,2) = 125.00; (2 x 12 - 15) / 12 gives 75.00, as row 3 computes",
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Cukup' for a capaian of 78.00 (27.30 against 35); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  // the lower-is-better share of desa tertinggal: refleksi 108.61, not R / T 91.39
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5", "i6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2", "i3", "i6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

type Pk = { id: string; sas: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkJatim(): BookW {
  const b = new BookW(
    "pk-2025-kadis-pmd-renstra-sidoasri.xlsx",
    "PK 2025 with its Renstra (DPMD)",
    "PK 2025 of a Kepala Dinas PMD in Jawa Timur: sheet 'PK 2025' (statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with Jumlah) and sheet 'Renstra 2025-2029' (Kondisi Awal 2024 | 'Target Tahun ke-' > 1 .. 5 | Kondisi Akhir, years only in the title)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SIDOASRI", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const X: Pk[] = [
    {
      id: "r1",
      sas: "Meningkatnya kemandirian desa",
      ind: "Persentase desa berstatus Mandiri",
      sat: "%",
      awal: 18.6,
      tg: [21.4, 24.2, 27, 29.8, 32.6],
      f: DEC,
    },
    {
      id: "r2",
      sas: "Meningkatnya kemandirian desa",
      ind: "Nilai rata-rata Indeks Desa Membangun",
      sat: "indeks",
      awal: 0.7418,
      tg: [0.752, 0.7615, 0.771, 0.7805, 0.79],
      f: "0.0000",
    },
    {
      id: "r3",
      sas: "Meningkatnya kemandirian desa",
      ind: "Persentase desa berstatus Tertinggal",
      sat: "%",
      awal: 3.15,
      tg: [2.8, 2.45, 2.1, 1.75, 1.4],
      f: DEC,
    },
    {
      id: "r4",
      sas: "Meningkatnya peran ekonomi desa",
      ind: "Persentase BUMDes berbadan hukum yang aktif",
      sat: "%",
      awal: 71.3,
      tg: [75, 78, 81, 84, 87],
      f: DEC,
    },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: X.map((x, i): Row => ({
      id: x.id,
      // planted (r1): the 2026 target 24.20 instead of 21.40
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        tg: fmt(x.id === "r1" ? x.tg[1] : x.tg[0], x.f),
      },
    })),
  });
  s.gap();
  const P: Array<[string, string, number]> = [
    ["g1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_184_327_500],
    ["g2", "Program Penataan Desa", 412_650_000],
    ["g3", "Program Administrasi Pemerintahan Desa", 2_936_815_000],
    [
      "g4",
      "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
      1_278_440_000,
    ],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...P.map(([id, pr, rp], i): Row => ({ id, cells: { no: i + 1, pr, rp, ket: "APBD 2025" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "pr"],
        // planted: one row short (program 4 left out)
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Sidoasri, 2 Januari 2025"], 3);
  s.lines(["Bupati Sidoasri,", "", "", "", "H. MOCH. SYAIFUL ANAM, S.H., M.H."], 1);
  s.r -= 5;
  s.lines(["Kepala Dinas PMD,", "", "", "", "Dra. RETNO WULANSARI, M.M.", "NIP. 19700411 199503 2 004"], 3);

  const r = b.sheet(R);
  letterhead(r, ["DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN SIDOASRI"]);
  r.lines(["Tabel 5.2 Tujuan, Sasaran dan Target Kinerja", "Rencana Strategis Tahun 2025-2029"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", width: 11 },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun ke-", String(y)],
        role: "target",
        year: 2024 + y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    rows: X.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, fmt(v, x.f)])),
        ak: fx(c.a("y5")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y1", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of Persentase desa berstatus Mandiri is 24.20, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 21.40",
    truth: `'${R}'!${tr.a("y1", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over programs 1-3 (9,533,792,500); with program 4's 1,278,440,000 the four give 10,812,232,500",
    truth: `SUM(${t2.a("rp", "g1")}:${t2.a("rp", "g4")})`,
  });
  for (const x of X.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y1", x.id)}`,
    });
  // the kondisi akhir of rates and the index is the Tahun ke-5 target, not the sum of the years
  for (const x of X)
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      trap: `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  // the falling targets of the lower-is-better share of desa tertinggal
  b.ok({ sheet: R, cell: tr.a("y5", "r3"), rules: ["target-trend"], truth: "1.4" });
  return b.finish();
}
