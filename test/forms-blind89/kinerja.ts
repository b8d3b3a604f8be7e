// The LKjIP 2024 pengukuran kinerja of the Bapenda of Kota Tukad Sari (rasio PAD, tunggakan pajak with
// refleksi, a polaritas column, predikat words, a rata-rata footer) and the PK 2025 of the Bapenda of
// Kabupaten Bolaang Tondano beside the Renstra 2025-2029 it quotes. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  nama: string;
  sat: string;
  pol: "Positif" | "Negatif";
  r23: number;
  t: number;
  r: number;
  akhir: number;
};

export function lkjipBapendaTukadSari(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-bapenda-tukad-sari.xlsx",
    "LKjIP 2024 pengukuran kinerja (Bapenda)",
    "LKjIP 2024 Tabel 3.1 of the Bapenda of Kota Tukad Sari: No | Sasaran Strategis (merged) | Indikator Kinerja Sasaran | Satuan | Polaritas | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra (2026); capaian ROUND formulas, refleksi for the negative indicators; predikat typed; Rata-rata Capaian and Predikat footer rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "BADAN PENDAPATAN DAERAH KOTA TUKAD SARI",
  ]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Sasaran Strategis Badan Pendapatan Daerah Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kemandirian keuangan daerah";
  const S2 = "Meningkatnya kepatuhan wajib pajak daerah";
  const S3 = "Meningkatnya kualitas pelayanan pajak daerah";
  const I: Ind[] = [
    {
      id: "i1",
      sas: S1,
      nama: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      pol: "Positif",
      r23: 37.84,
      t: 38.5,
      r: 40.12,
      akhir: 40.0,
    },
    {
      id: "i2",
      sas: S1,
      nama: "Persentase pertumbuhan PAD",
      sat: "%",
      pol: "Positif",
      r23: 9.42,
      t: 8.0,
      r: 7.36,
      akhir: 8.5,
    },
    {
      id: "i3",
      sas: S2,
      nama: "Persentase tunggakan pajak daerah terhadap ketetapan",
      sat: "%",
      pol: "Negatif",
      r23: 14.6,
      t: 12.0,
      r: 13.8,
      akhir: 10.0,
    },
    {
      id: "i4",
      sas: S2,
      nama: "Rasio efektivitas pajak daerah",
      sat: "%",
      pol: "Positif",
      r23: 97.15,
      t: 100,
      r: 98.62,
      akhir: 100,
    },
    {
      id: "i5",
      sas: S2,
      nama: "Jumlah wajib pajak baru terdaftar",
      sat: "WP",
      pol: "Positif",
      r23: 1_104,
      t: 1_200,
      r: 948,
      akhir: 1_300,
    },
    {
      id: "i6",
      sas: S3,
      nama: "Rata-rata waktu penyelesaian keberatan pajak",
      sat: "hari",
      pol: "Negatif",
      r23: 38,
      t: 30,
      r: 34,
      akhir: 25,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 11 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: ["Tahun 2024", "Predikat"], role: "predikat", width: 12 },
    { key: "akh", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC, width: 12 },
  ];
  const pos = (x: Ctx) => `ROUND(${x.a("r")}/${x.a("t")}*100,2)`;
  const neg = (x: Ctx) => `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`;
  const capOf = (i: Ind) =>
    Math.round((i.pol === "Positif" ? i.r / i.t : (2 * i.t - i.r) / i.t) * 10_000) / 100;
  const predWord = (p: number) =>
    p > 90 ? "Sangat Baik" : p > 75 ? "Baik" : p > 65 ? "Cukup" : p > 50 ? "Kurang" : "Sangat Kurang";
  const rows: Row[] = I.map((i, n) => ({
    id: i.id,
    cells: (x: Ctx) => ({
      no: n + 1,
      sas: i.sas,
      ind: i.nama,
      sat: i.sat,
      pol: i.pol,
      r23: i.r23,
      t: i.t,
      r: i.r,
      // planted: the keberatan row (negative) copies the R/T formula of the row above
      c: fx(i.pol === "Negatif" && i.id !== "i6" ? neg(x) : pos(x)),
      // planted: the WP baru row (79.00) is typed "Sangat Baik"
      pred: i.id === "i5" ? "Sangat Baik" : i.id === "i6" ? "Baik" : predWord(capOf(i)),
      akh: i.akhir,
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows,
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (x: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i6")}),2)`),
        }),
      },
      {
        id: "pk",
        bold: true,
        span: ["no", "r"],
        cells: { no: "Predikat Kinerja", pred: "Sangat Baik" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Polaritas positif: capaian = realisasi / target x 100.",
    "- Polaritas negatif (semakin kecil semakin baik): capaian = (2 x target - realisasi) / target x 100.",
    "- Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tukad Sari, 20 Februari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KOTA TUKAD SARI,"],
    nama: "I GUSTI NGURAH WIRA ADNYANA, S.E., M.Si.",
    nip: "19720914 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rata-rata waktu penyelesaian keberatan (polaritas Negatif) is computed R/T = 113.33; refleksi (2 x 30 - 34) / 30 gives 86.67, as the tunggakan row computes",
    truth: `ROUND((2*${a("t", "i6")}-${a("r", "i6")})/${a("t", "i6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat of the wajib pajak baru is 'Sangat Baik' for a capaian of 79.00; the band > 75 - 90 is 'Baik'",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("pred", "pk"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  return b.finish();
}

type Target = {
  id: string;
  sas: string;
  nama: string;
  sat: string;
  awal: number;
  ts: number[];
  flow?: boolean;
};

export function pkBapendaBolaang(): BookW {
  const b = new BookW(
    "pk-2025-kaban-bapenda-renstra-bolaang-tondano.xlsx",
    "PK 2025 (indicator and program tables) beside the Renstra Bapenda 2025-2029",
    "sheet 'PK Kaban 2025': statement, Tabel 1 No | Sasaran | Indikator Kinerja Utama | Satuan | Target 2025, Tabel 2 No | Program | Anggaran 2025 (Rp) | Ket. with a JUMLAH row; sheet 'Renstra Bapenda': No | Indikator Sasaran | Satuan | Kondisi Awal (2024) | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir Renstra (2029); a count indicator whose kondisi akhir is the sum",
  );
  const P = "PK Kaban 2025";
  const RS = "Renstra Bapenda";
  const sas1 = "Meningkatnya pendapatan asli daerah";
  const sas2 = "Menurunnya tunggakan pajak daerah";
  const T: Target[] = [
    {
      id: "t1",
      sas: sas1,
      nama: "Rasio PAD terhadap pendapatan daerah",
      sat: "%",
      awal: 8.14,
      ts: [8.6, 9.1, 9.7, 10.35, 11.0],
    },
    {
      id: "t2",
      sas: sas1,
      nama: "Persentase capaian target pajak daerah",
      sat: "%",
      awal: 91.2,
      ts: [95, 97, 98, 100, 100],
    },
    {
      id: "t3",
      sas: sas2,
      nama: "Persentase tunggakan PBB-P2 terhadap ketetapan",
      sat: "%",
      awal: 41.6,
      ts: [38, 35, 32, 29, 26],
    },
    {
      id: "t4",
      sas: sas2,
      nama: "Jumlah objek pajak hasil pendataan ulang",
      sat: "OP",
      awal: 2_150,
      ts: [2_500, 2_500, 3_000, 3_000, 3_000],
      flow: true,
    },
  ];
  // ---- the Renstra sheet (written first so the PK can quote it)
  const r = b.sheet(RS);
  r.lines(
    [
      "RENCANA STRATEGIS BADAN PENDAPATAN DAERAH KABUPATEN BOLAANG TONDANO 2025-2029",
      "Tabel 6.1 Indikator Kinerja Bapenda yang Mengacu pada Tujuan dan Sasaran RPJMD",
    ],
    1,
    { bold: true },
  );
  r.gap();
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC, width: 11 },
    ...yrs.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "akh", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", fmt: DEC, width: 12 },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: T.map((x, n): Row => ({
      id: x.id,
      cells: {
        no: n + 1,
        sas: x.sas,
        ind: x.nama,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(yrs.map((y, i) => [`y${y}`, x.ts[i]])),
        akh: x.flow ? x.ts.reduce((s2, v) => s2 + v, 0) : x.ts[4],
      },
    })),
  });
  r.gap();
  r.lines([
    "*) Kondisi akhir: nilai tahun 2029 untuk persentase/rasio; jumlah lima tahun untuk objek pajak hasil pendataan ulang.",
  ]);

  // ---- the PK sheet
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KABUPATEN BOLAANG TONDANO", "BADAN PENDAPATAN DAERAH"]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025"]);
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : MARTHEN L. PANGEMANAN, S.E., M.M.",
    "Jabatan : Kepala Badan Pendapatan Daerah",
    "selanjutnya disebut pihak pertama, berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["Tabel 1. Sasaran dan Indikator Kinerja"], 1, { bold: true });
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, num: "(5)", fmt: DEC, width: 11 },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: T.map((x, n): Row => ({
      id: x.id,
      // planted: the rasio PAD target is the Renstra 2026 value (9.10), not 2025 (8.60)
      cells: { no: n + 1, sas: x.sas, ind: x.nama, sat: x.sat, tg: x.id === "t1" ? x.ts[1] : x.ts[0] },
    })),
  });
  s.gap();
  s.lines(["Tabel 2. Program dan Anggaran"], 1, { bold: true });
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 14_862_415_300],
    ["Program Pengelolaan Pendapatan Daerah", 6_418_920_000],
    ["Program Pengelolaan Keuangan Daerah (Pendapatan)", 1_276_500_000],
    ["Program Pengelolaan Barang Milik Daerah (Penunjang)", 412_650_000],
  ];
  const pg = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "ang", head: ["Anggaran 2025 (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 8 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, n): Row => ({
        id: `g${n + 1}`,
        cells: { no: n + 1, prog: p[0], ang: p[1], ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        // planted: one row short
        cells: (x: Ctx) => ({ no: "JUMLAH", ang: fx(`SUM(${x.a("ang", "g1")}:${x.a("ang", "g3")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI BOLAANG TONDANO,"],
    nama: "Drs. FREDDY S. LUMENTUT",
    nip: "-",
  });
  s.r -= 7;
  signature(s, 4, {
    tempat: "Lolak Selatan, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA BADAN PENDAPATAN DAERAH,"],
    nama: "MARTHEN L. PANGEMANAN, S.E., M.M.",
    nip: "19750307 200003 1 002",
  });

  const q = (x: string) => `'${RS}'!${x}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("tg", "t1") },
        { sheet: RS, cell: rt.a("y2025", "t1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the rasio PAD is 9.10, the Renstra 2026 target; the Renstra 2025 target is 8.60",
    truth: q(rt.a("y2025", "t1")),
  });
  const total = progs.reduce((n, p) => n + p[1], 0);
  b.plant({
    at: { sheet: P, cell: pg.a("ang", "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH anggaran is =SUM over the first three programs (${(total - progs[3][1]).toLocaleString("en")}); the four give ${total.toLocaleString("en")}`,
    truth: `SUM(${pg.a("ang", "g1")}:${pg.a("ang", "g4")})`,
  });
  for (const id of ["t2", "t3", "t4"])
    b.ok({ sheet: P, cell: pk.a("tg", id), rules: ["cross-table-mismatch"], truth: q(rt.a("y2025", id)) });
  for (const id of ["t1", "t3"])
    b.ok({
      sheet: RS,
      cell: rt.a("akh", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: `SUM(${rt.a("y2025", id)}:${rt.a("y2029", id)})`,
    });
  b.ok({
    sheet: RS,
    cell: rt.a("akh", "t4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${rt.a("y2025", "t4")}:${rt.a("y2029", "t4")})`,
    trap: rt.a("y2029", "t4"),
  });
  return b.finish();
}
