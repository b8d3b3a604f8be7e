// LKjIP and Perjanjian Kinerja of the two Bappeda (indikator makro of the RPJMD), and two recaps of
// their own data: konsistensi RKPD-APBD per perangkat daerah, usulan Musrenbang per kecamatan with the
// pengendalian per triwulan beside it. Every name and number is invented.
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

type I = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r0: number;
  t: number;
  r: number;
  tak: number;
};

/** LKjIP 2024 Tabel 3.1 of Bappeda Kabupaten Wai Lembar: indikator makro RPJMD 2021-2026. */
export function lkjipBappeda(): BookW {
  const b = new BookW(
    "lkjip-2024-bappeda-wai-lembar-351.xlsx",
    "LKjIP pengukuran kinerja (Bappeda)",
    "LKjIP 2024 Tabel 3.1: merged Sasaran, Realisasi 2023, Target / Realisasi / Capaian 2024 with ROUND formulas, refleksi on the negative macro indicators (kemiskinan, TPT, Gini), predikat words, target akhir RPJMD 2026, Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024", "Bappeda Kabupaten Wai Lembar"],
    1,
    { bold: true },
  );
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], num: "(1)", role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], num: "(2)", role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], num: "(3)", role: "indikator", width: 32 },
    { key: "sat", head: ["Satuan"], num: "(4)", role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], num: "(5)", role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], num: "(6)", role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], num: "(7)", role: "realisasi", year: 2024, fmt: DEC },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], num: "(8)", role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Tahun 2024", "Predikat"], num: "(9)", role: "predikat" },
    { key: "tak", head: ["Target Akhir RPJMD 2026"], num: "(10)", role: "target", year: 2026, fmt: DEC },
  ];
  const S1 = "Meningkatnya kualitas sumber daya manusia dan kesejahteraan masyarakat";
  const S2 = "Meningkatnya pertumbuhan ekonomi yang inklusif";
  const S3 = "Meningkatnya kualitas perencanaan pembangunan daerah";
  const xs: I[] = [
    {
      id: "ipm",
      sas: S1,
      ind: "Indeks Pembangunan Manusia (IPM)",
      sat: "poin",
      neg: false,
      r0: 70.12,
      t: 70.85,
      r: 70.98,
      tak: 71.9,
    },
    {
      id: "mis",
      sas: S1,
      ind: "Persentase penduduk miskin",
      sat: "%",
      neg: true,
      r0: 11.46,
      t: 10.9,
      r: 10.62,
      tak: 9.75,
    },
    {
      id: "tpt",
      sas: S2,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      neg: true,
      r0: 4.35,
      t: 4.1,
      r: 4.28,
      tak: 3.8,
    },
    {
      id: "pe",
      sas: S2,
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      neg: false,
      r0: 4.92,
      t: 5.1,
      r: 4.71,
      tak: 5.4,
    },
    {
      id: "gini",
      sas: S2,
      ind: "Indeks Gini",
      sat: "indeks",
      neg: true,
      r0: 0.331,
      t: 0.325,
      r: 0.318,
      tak: 0.315,
    },
    {
      id: "kons",
      sas: S3,
      ind: "Persentase konsistensi program RKPD dan APBD",
      sat: "%",
      neg: false,
      r0: 87.5,
      t: 92,
      r: 89.4,
      tak: 95,
    },
  ];
  const capOf = (e: I, wrong = false) =>
    e.neg && !wrong ? round(((2 * e.t - e.r) / e.t) * 100) : round((e.r / e.t) * 100);
  const rows: Row[] = xs.map((e, i) => ({
    id: e.id,
    cells: (x) => ({
      no: i + 1,
      sas: e.sas,
      ind: e.ind,
      sat: e.sat,
      r0: e.r0,
      t: e.t,
      r: e.r,
      cap:
        e.neg && e.id !== "gini"
          ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
          : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
      pred: e.id === "pe" ? "Baik" : predikatBaik(capOf(e, e.id === "gini")),
      tak: e.tak,
    }),
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (x) => ({
      no: "Rata-rata capaian",
      cap: fx(`ROUND(AVERAGE(${x.a("cap", "ipm")}:${x.a("cap", "kons")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Capaian indikator negatif (kemiskinan, TPT, Gini) dihitung (2 x Target - Realisasi) / Target x 100.",
    "*) Angka IPM dan kemiskinan 2024 data BPS.",
  ]);
  b.plant({
    at: { sheet: S, cell: t.a("cap", "gini") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Indeks Gini (negative) with R/T = 97.85; refleksi (2T-R)/T gives 102.15",
    truth: `ROUND((2*${t.a("t", "gini")}-${t.a("r", "gini")})/${t.a("t", "gini")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pred", "pe") },
    rules: ["predikat-mismatch"],
    note: "pertumbuhan ekonomi capaian 92.35 called Baik; > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${t.a("cap", "pe")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("cap", "mis"),
    rules: ["capaian-mismatch"],
    truth: `(2*${t.a("t", "mis")}-${t.a("r", "mis")})/${t.a("t", "mis")}*100`,
    trap: `${t.a("r", "mis")}/${t.a("t", "mis")}*100`,
  });
  b.ok({
    sheet: S,
    cell: t.a("cap", "tpt"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `(2*${t.a("t", "tpt")}-${t.a("r", "tpt")})/${t.a("t", "tpt")}*100`,
    trap: `${t.a("r", "tpt")}/${t.a("t", "tpt")}*100`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pred", "kons"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("cap", "kons")})`,
  });
  return b.finish();
}

/** PK 2025 of the Kepala Bappelitbangda Kota Tanah Merapi beside the sheet `IKU Renstra` (2025-2029). */
export function pkBappeda(): BookW {
  const b = new BookW(
    "pk-2025-bappelitbangda-tanah-merapi-351.xlsx",
    "Perjanjian Kinerja + Renstra (Bappeda)",
    "sheet IKU Renstra (Kondisi awal 2024, Target 2025..2029, kondisi akhir 2029) and sheet PK 2025 (indicator table without Sasaran merge, then after a blank row and caption a program table with Kode and typed JUMLAH)",
  );
  const R = "IKU Renstra";
  const r = b.sheet(R);
  r.lines(["Tabel 5.2 Indikator Kinerja Utama Bappelitbangda Kota Tanah Merapi Tahun 2025-2029"], 1, {
    bold: true,
  });
  r.gap();
  const ys = [2025, 2026, 2027, 2028, 2029];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...ys.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
  ];
  const iku = [
    { id: "ipm", ind: "Indeks Pembangunan Manusia", sat: "poin", v: [74.1, 74.45, 74.8, 75.15, 75.5, 75.85] },
    { id: "mis", ind: "Persentase penduduk miskin", sat: "%", v: [6.12, 5.95, 5.8, 5.6, 5.4, 5.2] },
    { id: "tpt", ind: "Tingkat Pengangguran Terbuka", sat: "%", v: [6.85, 6.7, 6.5, 6.3, 6.1, 5.9] },
    { id: "pe", ind: "Laju pertumbuhan ekonomi", sat: "%", v: [5.2, 5.3, 5.4, 5.5, 5.6, 5.7] },
    { id: "gini", ind: "Indeks Gini", sat: "indeks", v: [0.372, 0.37, 0.367, 0.364, 0.361, 0.358] },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    rows: iku.map((e, i) => ({
      id: e.id,
      cells: (x) => ({
        no: i + 1,
        ind: e.ind,
        sat: e.sat,
        awal: e.v[0],
        ...Object.fromEntries(ys.map((y, j) => [`y${y}`, e.v[j + 1]])),
        ka: fx(x.a("y2029")),
      }),
    })),
  });
  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, [
    "PEMERINTAH KOTA TANAH MERAPI",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
  ]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "KEPALA BAPPELITBANGDA KOTA TANAH MERAPI"], 1, { bold: true });
  s.gap();
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    rows: iku.map((e, i) => ({
      id: e.id,
      cells: {
        no: i + 1,
        sas: i < 3 ? "Meningkatnya kesejahteraan masyarakat" : "Meningkatnya kinerja perekonomian daerah",
        ind: e.ind,
        t: e.id === "tpt" ? e.v[2] : e.v[1],
        sat: e.sat,
      },
    })),
  });
  s.gap();
  s.lines(["Program dan anggaran:"]);
  const progs: Array<[string, string, number]> = [
    ["5.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 8245600000],
    ["5.01.02", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", 3412750000],
    ["5.01.03", "Program Koordinasi dan Sinergi Perencanaan Pembangunan Daerah", 1186400000],
    ["5.02.02", "Program Penelitian dan Pengembangan Daerah", 975300000],
  ];
  const pg = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([k, n, v], i): Row => ({
        id: `p${i}`,
        cells: { no: i + 1, kode: k, prog: n, rp: v, ket: "APBD" },
      })),
      { id: "jml", bold: true, span: ["no", "prog"], cells: { no: "JUMLAH", rp: 13280050000 } },
    ],
  });
  s.gap();
  signature(s, 4, {
    tempat: "Tanah Merapi, 6 Januari 2025",
    jabatan: ["KEPALA BAPPELITBANGDA"],
    nama: "Dr. MARIANA S. WOLAJAN, SE, M.Si",
    nip: "19750822 200003 2 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("t", "tpt") },
        { sheet: R, cell: rt.a("y2025", "tpt") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 TPT target 6.50 is the Renstra 2026 target; Renstra 2025 is 6.70",
    truth: `'${R}'!${rt.a("y2025", "tpt")}`,
  });
  b.plant({
    at: { sheet: P, cell: pg.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "typed JUMLAH 13,280,050,000; the four programs give 13,820,050,000",
    truth: `SUM(${pg.a("rp", "p0")}:${pg.a("rp", "p3")})`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "ipm"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y2029", "ipm"),
    trap: `SUM(${rt.a("y2025", "ipm")}:${rt.a("y2029", "ipm")})`,
  });
  b.ok({
    sheet: P,
    cell: pk.a("t", "gini"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("y2025", "gini")}`,
  });
  return b.finish();
}

/** Rekap konsistensi RKPD-APBD 2025 per perangkat daerah, Kabupaten Wai Lembar; no No column. */
export function rekapKonsistensi(): BookW {
  const b = new BookW(
    "rekap-konsistensi-rkpd-apbd-2025-wai-lembar-351.xlsx",
    "Rekap konsistensi RKPD-APBD (Bappeda)",
    "per perangkat daerah, no No column, (dalam ribuan rupiah), number row '(1)'..'(8)' with '(7) = (6) - (5)' and '(8) = (4) / (2) x 100', Jumlah row with % as ratio of totals",
  );
  const S = "Konsistensi 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WAI LEMBAR", "BAPPEDA"]);
  s.lines(["REKAPITULASI KONSISTENSI RKPD DAN APBD TAHUN ANGGARAN 2025", "(dalam ribuan rupiah)"], 1, {
    bold: true,
  });
  s.gap();
  const cols: Col[] = [
    { key: "pd", head: ["Perangkat Daerah"], num: "(1)", width: 30 },
    { key: "nr", head: ["Jumlah Program", "RKPD"], num: "(2)", role: "lainnya", fmt: INT },
    { key: "na", head: ["Jumlah Program", "APBD"], num: "(3)", role: "lainnya", fmt: INT },
    { key: "nk", head: ["Jumlah Program", "Konsisten"], num: "(4)", role: "lainnya", fmt: INT },
    { key: "pr", head: ["Pagu", "RKPD"], num: "(5)", role: "anggaran", year: 2025, fmt: RP },
    { key: "pa", head: ["Pagu", "APBD"], num: "(6)", role: "anggaran", year: 2025, fmt: RP },
    { key: "sel", head: ["Selisih Pagu"], num: "(7) = (6) - (5)", role: "lainnya", fmt: RP },
    {
      key: "pct",
      head: ["Tingkat Konsistensi Program (%)"],
      num: "(8) = (4) / (2) x 100",
      role: "capaian",
      year: 2025,
      fmt: DEC,
    },
  ];
  const pds: Array<[string, string, number, number, number, number, number]> = [
    ["dik", "Dinas Pendidikan dan Kebudayaan", 9, 9, 8, 412350000, 398120500],
    ["kes", "Dinas Kesehatan", 8, 8, 8, 286400000, 291775250],
    ["pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", 7, 7, 6, 198600000, 176450000],
    ["sos", "Dinas Sosial", 6, 5, 5, 24850000, 23912400],
    ["bap", "Bappeda", 5, 5, 5, 12480000, 11936750],
    ["tan", "Dinas Pertanian dan Ketahanan Pangan", 7, 6, 5, 38275000, 35420600],
  ];
  const rows: Row[] = pds.map(([id, n, nr, na, nk, pr, pa]) => ({
    id,
    cells: (x) => ({
      pd: n,
      nr,
      na,
      nk,
      pr,
      pa,
      sel: id === "pupr" ? -21150000 : fx(`${x.a("pa")}-${x.a("pr")}`),
      pct: id === "tan" ? 83.33 : fx(`ROUND(${x.a("nk")}/${x.a("nr")}*100,2)`),
    }),
  }));
  const sumOf = (k: string) => (x: { a(k: string, id?: string): string }) =>
    fx(`SUM(${x.a(k, "dik")}:${x.a(k, "tan")})`);
  rows.push({
    id: "jml",
    bold: true,
    cells: (x) => ({
      pd: "Jumlah",
      nr: sumOf("nr")(x),
      na: sumOf("na")(x),
      nk: sumOf("nk")(x),
      pr: sumOf("pr")(x),
      pa: sumOf("pa")(x),
      sel: fx(`${x.a("pa")}-${x.a("pr")}`),
      pct: fx(`ROUND(${x.a("nk")}/${x.a("nr")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber: SIPD RI, RKPD 2025 dan Perda APBD 2025 Kabupaten Wai Lembar."]);
  b.plant({
    at: { sheet: S, cell: t.a("sel", "pupr") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Dinas PUPR selisih typed -21,150,000; 176,450,000 - 198,600,000 = -22,150,000",
    truth: `${t.a("pa", "pupr")}-${t.a("pr", "pupr")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pct", "tan") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Dinas Pertanian typed 83.33 (5 / 6 APBD programs); (4) / (2) = 5 / 7 = 71.43",
    truth: `ROUND(${t.a("nk", "tan")}/${t.a("nr", "tan")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pct", "jml"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `${t.a("nk", "jml")}/${t.a("nr", "jml")}*100`,
    trap: `AVERAGE(${t.a("pct", "dik")}:${t.a("pct", "tan")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pa", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("pa", "dik")}:${t.a("pa", "tan")})`,
  });
  return b.finish();
}

/** Usulan Musrenbang per kecamatan (RKPD 2026) with the pengendalian per triwulan side by side, Kota Tanah Merapi. */
export function rekapMusrenbang(): BookW {
  const b = new BookW(
    "rekap-musrenbang-pengendalian-tanah-merapi-351.xlsx",
    "Rekap Musrenbang + pengendalian per triwulan (Bappeda)",
    "usulan per kecamatan (number row 1..6 with '3 = 4 + 5'), Jumlah row; after one empty column a second table per triwulan with a 'Tahun 2025' row: laporan summed, realisasi kumulatif (%) = TW IV",
  );
  const S = "Rekap 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANAH MERAPI", "BAPPELITBANGDA", "Jl. Sam Ratulangi No. 21, Tanah Merapi"]);
  s.lines(["Tabel A. Usulan Musrenbang Kecamatan untuk RKPD 2026"], 1, { bold: true });
  s.lines(["Tabel B. Pengendalian Pelaksanaan RKPD 2025 per Triwulan"], 8, { bold: true });
  s.r--;
  s.gap();
  const top = s.r;
  const kec: Array<[string, string, number, number, number]> = [
    ["mu", "Merapi Utara", 186, 118, 68],
    ["ms", "Merapi Selatan", 204, 131, 73],
    ["tr", "Tondei Raya", 148, 92, 51],
    ["pi", "Pinaras", 97, 61, 36],
    ["kb", "Kawangkoan Baru", 159, 102, 57],
  ];
  const ta = s.table(
    {
      cols: [
        { key: "no", head: ["No"], num: 1, role: "no", width: 5 },
        { key: "kec", head: ["Kecamatan"], num: 2, role: "lokasi", width: 20 },
        { key: "in", head: ["Jumlah Usulan"], num: "3 = 4 + 5", role: "lainnya", fmt: INT },
        { key: "ak", head: ["Diakomodir RKPD"], num: 4, role: "lainnya", fmt: INT },
        { key: "tk", head: ["Tidak Diakomodir"], num: 5, role: "lainnya", fmt: INT },
        { key: "pct", head: ["% Diakomodir"], num: "6 = 4/3 x 100", role: "capaian", fmt: DEC },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...kec.map(([id, n, a, k, tk], i): Row => ({
          id,
          cells: (x) => ({
            no: i + 1,
            kec: n,
            in: a,
            ak: k,
            tk,
            pct: fx(`ROUND(${x.a("ak")}/${x.a("in")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "kec"],
          cells: (x) => ({
            no: "Jumlah",
            in: fx(`SUM(${x.a("in", "mu")}:${x.a("in", "kb")})`),
            ak: fx(`SUM(${x.a("ak", "mu")}:${x.a("ak", "kb")})`, 540),
            tk: fx(`SUM(${x.a("tk", "mu")}:${x.a("tk", "kb")})`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const tws: Array<[string, string, number, number, number]> = [
    ["q1", "Triwulan I", 38, 18.5, 14.2],
    ["q2", "Triwulan II", 41, 42.7, 36.9],
    ["q3", "Triwulan III", 40, 68.3, 61.5],
    ["q4", "Triwulan IV", 42, 97.6, 93.8],
  ];
  const tb = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "lap", head: ["Laporan OPD Diterima"], role: "realisasi", year: 2025, fmt: INT },
        { key: "fis", head: ["Realisasi Kumulatif (%)", "Fisik"], role: "realisasi", year: 2025, fmt: DEC },
        {
          key: "keu",
          head: ["Realisasi Kumulatif (%)", "Keuangan"],
          role: "realisasi-anggaran",
          year: 2025,
          fmt: DEC,
        },
      ],
      headerRows: 2,
      rows: [
        ...tws.map(([id, n, l, f, k]): Row => ({ id, cells: { tw: n, lap: l, fis: f, keu: k } })),
        {
          id: "th",
          bold: true,
          cells: (x) => ({
            tw: "Tahun 2025",
            lap: fx(`${x.a("lap", "q1")}+${x.a("lap", "q2")}+${x.a("lap", "q3")}+${x.a("lap", "q4")}`),
            fis: fx(x.a("fis", "q4")),
            keu: fx(x.a("keu", "q4")),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  signature(s, 9, {
    tempat: "Tanah Merapi, 14 April 2025",
    jabatan: ["Kepala Bidang Pengendalian, Evaluasi dan Pelaporan"],
    nama: "JOHNY F. RUMENGAN, S.T., M.T.",
    nip: "19800317 200501 1 009",
  });
  b.plant({
    at: { sheet: S, cell: ta.a("in", "tr") },
    rules: ["sum-mismatch"],
    note: "Tondei Raya usulan typed 148; 92 diakomodir + 51 tidak = 143",
    truth: `${ta.a("ak", "tr")}+${ta.a("tk", "tr")}`,
  });
  b.plant({
    at: { sheet: S, cell: ta.a("ak", "jml") },
    rules: ["sum-mismatch"],
    note: "stale cached Jumlah diakomodir 540; the kecamatan give 504",
    truth: `SUM(${ta.a("ak", "mu")}:${ta.a("ak", "kb")})`,
  });
  b.ok({
    sheet: S,
    cell: tb.a("fis", "th"),
    rules: ["sum-mismatch"],
    truth: tb.a("fis", "q4"),
    trap: `SUM(${tb.a("fis", "q1")}:${tb.a("fis", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: tb.a("lap", "th"),
    rules: ["sum-mismatch"],
    truth: `SUM(${tb.a("lap", "q1")}:${tb.a("lap", "q4")})`,
  });
  return b.finish();
}
