// A BKPSDM recap of civil servants per golongan / ruang and per gender, with a second table per level
// of education under it (Kabupaten Gane Raya, Maluku Utara), and a Perjanjian Kinerja 2025 of the
// Kepala Dinas Pendidikan of Kabupaten Kais Darat (Papua Barat Daya) with targets per triwulan, some
// added up over the quarters and some positions, beside the Renstra's targets. Every office, person
// and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type C = { a(k: string, id?: string): string };

export function rekapAsnGaneRaya(): BookW {
  const b = new BookW(
    "rekap-pns-golongan-gender-gane-raya-2024.xlsx",
    "rekapitulasi PNS menurut golongan dan jenis kelamin (BKPSDM)",
    "No | Golongan / Ruang | Laki-laki | Perempuan | Jumlah | % thd Total; sub-totals 'Jumlah Gol. I' .. 'IV' whose Jumlah is L + P across, TOTAL = the four sub-totals; under it Tabel 2 Tingkat Pendidikan | L | P | Jumlah whose JUMLAH must equal Tabel 1's TOTAL",
  );
  const S = "Rekap PNS Des 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "KABUPATEN GANE RAYA",
    "Keadaan Pegawai Negeri Sipil per 31 Desember 2024",
  ]);
  const G: Array<[string, Array<[string, number, number]>]> = [
    [
      "I",
      [
        ["I/a", 2, 0],
        ["I/b", 5, 1],
        ["I/c", 9, 2],
        ["I/d", 6, 1],
      ],
    ],
    [
      "II",
      [
        ["II/a", 48, 31],
        ["II/b", 63, 52],
        ["II/c", 118, 96],
        ["II/d", 87, 74],
      ],
    ],
    [
      "III",
      [
        ["III/a", 196, 274],
        ["III/b", 241, 318],
        ["III/c", 168, 229],
        ["III/d", 154, 203],
      ],
    ],
    [
      "IV",
      [
        ["IV/a", 121, 186],
        ["IV/b", 64, 92],
        ["IV/c", 18, 21],
        ["IV/d", 4, 2],
        ["IV/e", 1, 0],
      ],
    ],
  ];
  s.lines(["Tabel 1. PNS menurut Golongan/Ruang dan Jenis Kelamin"], 1, { bold: true });
  const cols1: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "g", head: ["Golongan / Ruang"], role: "lainnya", width: 18 },
    { key: "l", head: ["Jenis Kelamin", "Laki-laki"], fmt: INT, width: 11 },
    { key: "p", head: ["Jenis Kelamin", "Perempuan"], fmt: INT, width: 11 },
    { key: "j", head: ["Jumlah"], fmt: INT, width: 11 },
    { key: "pc", head: ["% thd Total"], fmt: DEC, width: 10 },
  ];
  const rows1: Row[] = [];
  let n = 0;
  for (const [g, rs] of G) {
    const ids = rs.map((r) => r[0]);
    rs.forEach(([ru, l, p]) =>
      rows1.push({
        id: ru,
        cells: (c: C) => ({
          no: ++n,
          g: ru,
          l,
          p,
          // III/b: 559 typed as 595
          j: ru === "III/b" ? 595 : fx(`${c.a("l")}+${c.a("p")}`),
          pc: fx(`ROUND(${c.a("j")}/${c.a("j", "tot")}*100,2)`),
        }),
      }),
    );
    rows1.push({
      id: `g${g}`,
      bold: true,
      span: ["no", "g"],
      cells: (c: C) => ({
        no: `Jumlah Gol. ${g}`,
        l: fx(`SUM(${c.a("l", ids[0])}:${c.a("l", ids[ids.length - 1])})`),
        p: fx(`SUM(${c.a("p", ids[0])}:${c.a("p", ids[ids.length - 1])})`),
        j: fx(`${c.a("l")}+${c.a("p")}`),
        pc: fx(`ROUND(${c.a("j")}/${c.a("j", "tot")}*100,2)`),
      }),
    });
  }
  const subs = G.map(([g]) => `g${g}`);
  rows1.push({
    id: "tot",
    bold: true,
    span: ["no", "g"],
    cells: (c: C) => ({
      no: "TOTAL",
      l: fx(subs.map((x) => c.a("l", x)).join("+")),
      p: fx(subs.map((x) => c.a("p", x)).join("+")),
      j: fx(subs.map((x) => c.a("j", x)).join("+")),
      pc: fx(`ROUND(${c.a("j")}/${c.a("j")}*100,2)`),
    }),
  });
  const t1 = s.table({ cols: cols1, headerRows: 2, rows: rows1 });
  s.gap();
  s.lines(["Tabel 2. PNS menurut Tingkat Pendidikan dan Jenis Kelamin"], 1, { bold: true });
  const E: Array<[string, number, number]> = [
    ["SD", 3, 0],
    ["SLTP", 11, 2],
    ["SLTA", 284, 197],
    ["Diploma III", 96, 168],
    ["S1 / D-IV", 812, 1144],
    ["S2", 96, 17], // 71 typed as 17
    ["S3", 3, 0],
  ];
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "e", head: ["Tingkat Pendidikan"], role: "lainnya", width: 18 },
    { key: "l", head: ["L"], fmt: INT, width: 11 },
    { key: "p", head: ["P"], fmt: INT, width: 11 },
    { key: "j", head: ["L + P"], fmt: INT, width: 11 },
  ];
  const t2 = s.table({
    cols: cols2,
    headerRows: 1,
    rows: [
      ...E.map(([e, l, p], i): Row => ({
        id: `e${i + 1}`,
        cells: (c: C) => ({ no: i + 1, e, l, p, j: fx(`${c.a("l")}+${c.a("p")}`) }),
      })),
      {
        id: "ej",
        bold: true,
        span: ["no", "e"],
        cells: (c: C) => ({
          no: "JUMLAH",
          l: fx(`SUM(${c.a("l", "e1")}:${c.a("l", "e7")})`),
          p: fx(`SUM(${c.a("p", "e1")}:${c.a("p", "e7")})`),
          j: fx(`SUM(${c.a("j", "e1")}:${c.a("j", "e7")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SIASN BKN, data diolah Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian."]);
  s.gap();
  signature(s, 4, {
    tempat: "Saketa Baru, 8 Januari 2025",
    jabatan: ["KEPALA BKPSDM KABUPATEN GANE RAYA,"],
    nama: "SYAHRIR ABD. KADIR MUSTAFA, S.Sos., M.AP.",
    pangkat: "Pembina Tingkat I",
    nip: "19780214 200312 1 009",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  const e = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "III/b") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "III/b: 241 laki-laki + 318 perempuan = 559, typed 595 among L + P formulas (the ruang column then adds to 1,819 against Jumlah Gol. III 1,783)",
    truth: `${a("l", "III/b")}+${a("p", "III/b")}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: e("p", "ej") },
        { sheet: S, cell: e("p", "e6") },
      ],
    },
    rules: ["cross-table-mismatch", "sum-mismatch"],
    note: "Tabel 2 counts 1,528 perempuan against 1,582 in Tabel 1: the S2 perempuan typed 17 for 71 (digits swapped)",
    truth: a("p", "tot"),
  });
  b.ok({
    sheet: S,
    cell: a("l", "tot"),
    rules: ["sum-mismatch"],
    truth: subs.map((x) => a("l", x)).join("+"),
    trap: `SUM(${a("l", "I/a")}:${a("l", "gIV")})`,
  });
  b.ok({
    sheet: S,
    cell: a("l", "gIV"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("l", "IV/a")}:${a("l", "IV/e")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: "100",
    trap: `SUM(${a("pc", "I/a")}:${a("pc", "gIV")})`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "gIII"),
    rules: ["sum-mismatch"],
    truth: `${a("l", "gIII")}+${a("p", "gIII")}`,
  });
  b.ok({
    sheet: S,
    cell: e("l", "ej"),
    rules: ["cross-table-mismatch", "sum-mismatch"],
    truth: a("l", "tot"),
  });
  return b.finish();
}

type Pk = {
  id: string;
  ind: string;
  sat: string;
  cara: string;
  t: number;
  q: Array<number | string>;
};

export function pkDisdikKaisDarat(): BookW {
  const b = new BookW(
    "pk-kadis-pendidikan-kais-darat-2025.xlsx",
    "Perjanjian Kinerja with targets per triwulan, beside the Renstra (Dinas Pendidikan)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025 | Cara Penghitungan Triwulan | 'Target Triwulan' > I | II | III | IV, then No | Program | Anggaran (Rp) with a JUMLAH; sheet 'Renstra': No | Indikator | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KAIS DARAT", "PERJANJIAN KINERJA TAHUN 2025", "DINAS PENDIDIKAN"]);
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : MARTHINUS KORWA SAGISOLO, S.Pd., M.Si. - Jabatan : Kepala Dinas Pendidikan, selanjutnya disebut pihak pertama;",
    "Nama : Drs. ABRAHAM KONDOLOGIT, M.Si. - Jabatan : Bupati Kais Darat, selanjutnya disebut pihak kedua.",
  ]);
  s.gap();
  const SUMQ = "Jumlah triwulan I s.d. IV";
  const POS = "Posisi akhir triwulan";
  const ONCE = "Diukur akhir tahun";
  const pk: Pk[] = [
    {
      id: "k1",
      ind: "Angka Partisipasi Kasar (APK) SD",
      sat: "%",
      cara: ONCE,
      t: 104.5,
      q: ["-", "-", "-", 104.5],
    },
    { id: "k2", ind: "Rata-rata Lama Sekolah", sat: "tahun", cara: ONCE, t: 7.52, q: ["-", "-", "-", 7.52] },
    { id: "k3", ind: "Angka Putus Sekolah SMP", sat: "%", cara: POS, t: 2.1, q: [2.4, 2.3, 2.2, 2.1] },
    {
      id: "k4",
      ind: "Persentase sekolah terakreditasi minimal B",
      sat: "%",
      cara: POS,
      t: 68,
      q: [61, 63, 66, 68],
    },
    {
      id: "k5",
      ind: "Jumlah guru yang mengikuti pelatihan peningkatan kompetensi",
      sat: "orang",
      cara: SUMQ,
      t: 260,
      q: [40, 80, 60, 50],
    },
    {
      id: "k6",
      ind: "Jumlah ruang kelas yang direhabilitasi",
      sat: "ruang",
      cara: SUMQ,
      t: 36,
      q: [0, 12, 18, 6],
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    { key: "t", head: ["Target 2025"], role: "target", year: 2025, num: "(5)", fmt: "#,##0.##", width: 9 },
    { key: "cara", head: ["Cara Penghitungan Triwulan"], role: "keterangan", num: "(6)", width: 18 },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: ["Target Triwulan", q],
      role: "target",
      year: 2025,
      num: `(${7 + i})`,
      fmt: "#,##0.##",
      width: 7,
    })),
  ];
  const SAS = "Meningkatnya akses dan mutu pendidikan dasar";
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: pk.map((x, i): Row => ({
      id: x.id,
      cells: (c: C) => ({
        no: i + 1,
        sas: SAS,
        ind: x.ind,
        sat: x.sat,
        // k2: the Renstra target of 2026 copied into the PK of 2025
        t: x.id === "k2" ? fx(`'${R}'!F7`) : x.t,
        cara: x.cara,
        ...Object.fromEntries(x.q.map((v, k) => [`q${k}`, x.cara === ONCE && k === 3 ? fx(c.a("t")) : v])),
      }),
    })),
  });
  s.gap();
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kd", head: ["Kode"], role: "kode", width: 10 },
    { key: "pr", head: ["Program"], role: "lainnya", width: 44 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
  ];
  const progs: Array<[string, string, number]> = [
    ["1.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 41_236_870_000],
    ["1.01.02", "Program Pengelolaan Pendidikan", 44_918_452_000],
    ["1.01.03", "Program Pengembangan Kurikulum", 612_500_000],
    ["1.01.04", "Program Pendidik dan Tenaga Kependidikan", 2_387_645_000],
  ];
  const tp = s.table({
    cols: pcols,
    headerRows: 1,
    rows: [
      ...progs.map(([kd, pr, rp], i): Row => ({ id: `p${i + 1}`, cells: { no: i + 1, kd, pr, rp } })),
      {
        id: "pj",
        bold: true,
        span: ["no", "pr"],
        cells: (c: C) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p4")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Pihak Kedua, Bupati Kais Darat",
    jabatan: [],
    nama: "Drs. ABRAHAM KONDOLOGIT, M.Si.",
    nip: "-",
  });
  // ------------------------------------------------------------------ Renstra
  const r = b.sheet(R);
  r.lines(["RENSTRA DINAS PENDIDIKAN KABUPATEN KAIS DARAT 2025-2029", "Target Indikator Kinerja Utama"], 1, {
    bold: true,
  });
  r.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rs: Array<[string, string, string, number, number[]]> = [
    ["r1", "APK SD", "%", 103.8, [104.5, 105, 105.5, 106, 106.5]],
    ["r2", "Rata-rata Lama Sekolah", "tahun", 7.31, [7.4, 7.52, 7.64, 7.76, 7.88]],
    ["r3", "Angka Putus Sekolah SMP", "%", 2.52, [2.1, 1.9, 1.7, 1.5, 1.3]],
    ["r4", "Persentase sekolah terakreditasi minimal B", "%", 59.4, [68, 72, 76, 80, 84]],
  ];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "aw", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
    ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target", String(y)], role: "target", year: y, width: 8 })),
    { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, width: 10 },
  ];
  const tr = r.table({
    cols: rcols,
    headerRows: 2,
    rows: rs.map(([id, ind, sat, aw, ts], i): Row => ({
      id,
      cells: (c: C) => ({
        no: i + 1,
        ind,
        sat,
        aw,
        ...Object.fromEntries(Y.map((y, k) => [`y${y}`, ts[k]])),
        ak: fx(c.a("y2029")),
      }),
    })),
  });
  if (tr.a("y2026", "r2") !== "F7") throw new Error(`Renstra RLS 2026 is ${tr.a("y2026", "r2")}`);
  const a = (k: string, id: string) => t.a(k, id);
  const rr = (k: string, id: string) => `'${R}'!${tr.a(k, id)}`;
  b.plant({
    at: { sheet: S, cell: a("t", "k2") },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of Rata-rata Lama Sekolah links the Renstra's 2026 target (7.52, 'Renstra'!F7) instead of 2025's 7.40",
    truth: rr("y2025", "r2"),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("q2", "k5") },
        { sheet: S, cell: a("t", "k5") },
      ],
    },
    rules: ["sum-mismatch"],
    note: "guru dilatih is counted 'Jumlah triwulan I s.d. IV': 40 + 80 + 60 + 50 = 230, not the year's 260; triwulan III typed 60 for 90",
    truth: `${a("t", "k5")}-${a("q0", "k5")}-${a("q1", "k5")}-${a("q3", "k5")}`,
  });
  b.ok({
    sheet: S,
    cell: a("t", "k6"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q0", "k6")}:${a("q3", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t", "k4"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("q3", "k4"),
    trap: `SUM(${a("q0", "k4")}:${a("q3", "k4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t", "k3"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: rr("y2025", "r3"),
    trap: `SUM(${a("q0", "k3")}:${a("q3", "k3")})`,
  });
  b.ok({ sheet: S, cell: a("t", "k1"), rules: ["cross-table-mismatch"], truth: rr("y2025", "r1") });
  b.ok({
    sheet: S,
    cell: tp.a("rp", "pj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${tp.a("rp", "p1")}:${tp.a("rp", "p4")})`,
  });
  b.ok({ sheet: R, cell: tr.a("y2029", "r3"), rules: ["target-trend"], truth: "1.3" });
  b.ok({
    sheet: R,
    cell: tr.a("ak", "r4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: tr.a("y2029", "r4"),
    trap: `SUM(${tr.a("y2025", "r4")}:${tr.a("y2029", "r4")})`,
  });
  return b.finish();
}
