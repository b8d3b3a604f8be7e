// The LKjIP capaian table, the Perjanjian Kinerja with its Renstra, and two recaps of the BKPSDM of
// Kabupaten Tanah Rawing (Kalimantan Tengah) and Kota Sungai Lintah (Jambi): kenaikan pangkat per
// periode, seleksi PPPK and pensiun. Every name and number is invented.
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
  sum,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 of the BKPSDM Kabupaten Tanah Rawing, Tabel 3.2 capaian IKU. */
export function lkjipBkpsdm(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-iku-bkpsdm-tanah-rawing.xlsx",
    "LKjIP capaian IKU (BKPSDM)",
    "LKjIP 2024 Tabel 3.2: sasaran merged over its indicators, Sifat (Maks/Min) column, ROUND capaian formulas with refleksi (2 - R/T) on Min indicators, predikat words (Sangat Baik .. Sangat Kurang)",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2", "Capaian Indikator Kinerja Utama BKPSDM Kabupaten Tanah Rawing Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const SA = "Meningkatnya profesionalitas ASN";
  const SB = "Meningkatnya kualitas layanan administrasi kepegawaian";
  const ind = [
    { id: "i1", sas: SA, ind: "Indeks Profesionalitas ASN", sat: "indeks", min: false, t: 75, r: 75.3 },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase ASN yang mengikuti pelatihan minimal 20 JP",
      sat: "%",
      min: false,
      t: 60,
      r: 52.8,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Persentase layanan kenaikan pangkat tepat waktu",
      sat: "%",
      min: false,
      t: 95,
      r: 96.4,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase ASN yang dijatuhi hukuman disiplin",
      sat: "%",
      min: true,
      t: 1.5,
      r: 1.2,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Rata-rata waktu penyelesaian usulan pensiun",
      sat: "hari kerja",
      min: true,
      t: 14,
      r: 17,
    },
    { id: "i6", sas: SB, ind: "Persentase formasi PPPK yang terisi", sat: "%", min: false, t: 90, r: 84.6 },
  ];
  const cap = (x: (typeof ind)[number]) => round(x.min ? (2 - x.r / x.t) * 100 : (x.r / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "pol", head: ["Sifat"], role: "polaritas", num: "(5)", width: 7 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(6)", fmt: DEC },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(8)", fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", num: "(9)", width: 14 },
  ];
  const rows: Row[] = ind.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const T = c.a("t");
      const R = c.a("r");
      // planted: the pensiun duration (Min) uses R/T
      const f = x.min && x.id !== "i5" ? `ROUND((2-${R}/${T})*100,2)` : `ROUND(${R}/${T}*100,2)`;
      const shown = x.id === "i5" ? round((x.r / x.t) * 100) : cap(x);
      // planted: 94.00 called "Baik"
      const p = x.id === "i6" ? "Baik" : predikatBaik(shown);
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        pol: x.min ? "Min" : "Maks",
        t: x.t,
        r: x.r,
        c: fx(f),
        p,
      };
    },
  }));
  const t = s.table({ cols, headerRows: 1, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: indikator bersifat Min dihitung dengan rumus capaian = (1 + (target - realisasi) / target) x 100%.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kuala Rawing, 20 Februari 2025",
    jabatan: ["Kepala BKPSDM"],
    nama: "Drs. HERMANTO SAWANG, M.Si.",
    nip: "19710309 199603 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rata-rata waktu pensiun (Min, T 14 hari, R 17 hari): capaian R/T = 121.43; refleksi (2 - 17/14) x 100 = 78.57",
    truth: `ROUND((2-${a("r", "i5")}/${a("t", "i5")})*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: 'Formasi PPPK capaian 94.00 is called "Baik"; above 90 is "Sangat Baik"',
    truth: `PREDIKAT_BAIK(${a("c", "i6")})`,
  });
  for (const id of ["i1", "i2", "i3", "i6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2-${a("r", "i4")}/${a("t", "i4")})*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** Perjanjian Kinerja 2025 of the BKPSDM Kota Sungai Lintah, beside its Renstra 2025-2029. */
export function pkBkpsdm(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-bkpsdm-sungai-lintah.xlsx",
    "Perjanjian Kinerja (BKPSDM)",
    "PK 2025: indicator table with a number row and a program table (Kode | Program | Anggaran | Ket.) with a Jumlah SUM; second sheet Renstra 2025-2029 with kondisi awal, five years and kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  const ind = [
    {
      id: "i1",
      sas: "Meningkatnya profesionalitas ASN",
      ind: "Indeks Profesionalitas ASN",
      sat: "indeks",
      awal: 72.1,
      t: [73.5, 75, 76.5, 78, 80],
      flow: false,
    },
    {
      id: "i2",
      sas: "Meningkatnya profesionalitas ASN",
      ind: "Persentase ASN yang mengikuti pelatihan minimal 20 JP",
      sat: "%",
      awal: 58.4,
      t: [65, 70, 75, 80, 85],
      flow: false,
    },
    {
      id: "i3",
      sas: "Meningkatnya kualitas layanan kepegawaian",
      ind: "Persentase layanan kenaikan pangkat tepat waktu",
      sat: "%",
      awal: 91.2,
      t: [93, 94.5, 96, 98, 100],
      flow: false,
    },
    {
      id: "i4",
      sas: "Meningkatnya kualitas layanan kepegawaian",
      ind: "Persentase ASN yang dijatuhi hukuman disiplin",
      sat: "%",
      awal: 1.8,
      t: [1.6, 1.5, 1.4, 1.3, 1.2],
      flow: false,
    },
    {
      id: "i5",
      sas: "Meningkatnya kualitas layanan kepegawaian",
      ind: "Jumlah ASN pensiun dengan SK terbit tepat waktu",
      sat: "orang",
      awal: 204,
      t: [212, 198, 225, 240, 231],
      flow: true,
    },
  ];
  letterhead(rs, [
    "RENCANA STRATEGIS BKPSDM KOTA SUNGAI LINTAH 2025-2029",
    "Tujuan, sasaran dan target kinerja",
  ]);
  const years = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...years.map((y, i): Col => ({
        key: `t${i}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.t.map((v, j) => [`t${j}`, v])),
        ak: x.flow ? sum(x.t) : x.t[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KOTA SUNGAI LINTAH",
  ]);
  const it = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 2, width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
      { key: "t", head: ["Target"], role: "target", year: 2025, num: 5, fmt: DEC },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the pelatihan target is the Renstra 2026 value
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "i2" ? x.t[1] : x.t[0] },
    })),
  });
  pk.gap();
  const progs = [
    {
      id: "p1",
      kode: "5.04.01",
      ur: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 9_842_300_000,
    },
    { id: "p2", kode: "5.04.02", ur: "Program Kepegawaian Daerah", rp: 4_125_600_000 },
    { id: "p3", kode: "5.04.03", ur: "Program Pengembangan Sumber Daya Manusia", rp: 2_376_450_000 },
  ];
  const pt = pk.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "ur", head: ["Program"], width: 36 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p) => ({ id: p.id, cells: { kode: p.kode, ur: p.ur, rp: p.rp, ket: "APBD" } })),
      // planted: the SUM stops one row short
      {
        id: "jml",
        bold: true,
        span: ["kode", "ur"],
        cells: (x) => ({ kode: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p2")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 4, {
    tempat: "Sungai Lintah, 6 Januari 2025",
    jabatan: ["Kepala BKPSDM Kota Sungai Lintah"],
    nama: "RATNA JUWITA HARAHAP, S.H., M.M.",
    nip: "19780422 200312 2 005",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: it.a("t", "i2") },
        { sheet: R, cell: rt.a("t0", "i2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of pelatihan 20 JP is 70, the Renstra 2026 target; Renstra 2025 is 65",
    truth: `'${R}'!${rt.a("t0", "i2")}`,
  });
  b.plant({
    at: { sheet: P, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah = SUM over two programs (13,967,900,000); the three give 16,344,350,000",
    truth: `${pt.a("rp", "p1")}+${pt.a("rp", "p2")}+${pt.a("rp", "p3")}`,
  });
  for (const id of ["i1", "i3", "i4", "i5"])
    b.ok({
      sheet: P,
      cell: it.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("t0", id)}`,
    });
  const five = (id: string) => [0, 1, 2, 3, 4].map((i) => rt.a(`t${i}`, id)).join("+");
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t4", id),
      trap: five(id),
    });
  b.ok({ sheet: R, cell: rt.a("ak", "i5"), rules: ["kondisi-akhir-mismatch"], truth: five("i5") });
  return b.finish();
}

/** Kenaikan pangkat per periode 2024 of the BKPSDM Kabupaten Tanah Rawing. */
export function rekapKenaikanPangkat(): BookW {
  const b = new BookW(
    "rekap-kenaikan-pangkat-per-periode-tanah-rawing-2024.xlsx",
    "Rekap layanan kenaikan pangkat (BKPSDM)",
    "Six periods of kenaikan pangkat (Feb .. Des): usulan, hasil proses (tepat waktu | terlambat | BTL) under a merged group, '(6) = (3)+(4)+(5)', '(7) = (3)/(6) x 100', Jumlah row with SUM and a ratio of totals",
  );
  const S = "Rekap KP 2024";
  const s = b.sheet(S);
  letterhead(s, ["BKPSDM KABUPATEN TANAH RAWING", "Rekapitulasi Layanan Kenaikan Pangkat ASN Tahun 2024"]);
  const per = [
    { id: "feb", p: "Periode 1 Februari", u: 84, d: [71, 6, 4] },
    { id: "apr", p: "Periode 1 April", u: 212, d: [188, 11, 9] },
    { id: "jun", p: "Periode 1 Juni", u: 65, d: [60, 2, 3] },
    { id: "agu", p: "Periode 1 Agustus", u: 73, d: [64, 5, 2] },
    { id: "okt", p: "Periode 1 Oktober", u: 238, d: [219, 8, 7] },
    { id: "des", p: "Periode 1 Desember", u: 58, d: [52, 3, 1] },
  ];
  const H = "Hasil Proses Usulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "p", head: ["Periode Kenaikan Pangkat"], role: "lainnya", width: 22 },
    { key: "u", head: ["Usulan Masuk"], role: "target", year: 2024, num: "(2)", fmt: INT },
    { key: "tw", head: [H, "Tepat Waktu"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    { key: "tl", head: [H, "Terlambat"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "btl", head: [H, "BTL / Dikembalikan"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    {
      key: "j",
      head: ["Jumlah Diproses"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (3)+(4)+(5)",
      fmt: INT,
    },
    {
      key: "pct",
      head: ["% Tepat Waktu"],
      role: "capaian",
      year: 2024,
      num: "(7) = (3)/(6) x 100",
      fmt: DEC,
    },
  ];
  const rows: Row[] = per.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      p: x.p,
      u: x.u,
      tw: x.d[0],
      tl: x.d[1],
      btl: x.d[2],
      j: fx(`${c.a("tw")}+${c.a("tl")}+${c.a("btl")}`),
      // planted: Agustus carries a stale cached result
      pct:
        x.id === "agu"
          ? fx(`ROUND(${c.a("tw")}/${c.a("j")}*100,2)`, 88.73)
          : fx(`ROUND(${c.a("tw")}/${c.a("j")}*100,2)`),
    }),
  }));
  const col = (k: string) => (c: { a(k: string, id?: string): string }) =>
    `SUM(${c.a(k, "feb")}:${c.a(k, "des")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows,
      {
        id: "jml",
        bold: true,
        span: ["no", "p"],
        cells: (c) => ({
          no: "Jumlah",
          u: fx(col("u")(c)),
          tw: fx(col("tw")(c)),
          tl: 38, // planted: typed; the periods give 35
          btl: fx(col("btl")(c)),
          j: fx(col("j")(c)),
          pct: fx(`ROUND(${c.a("tw")}/${c.a("j")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["BTL = Berkas Tidak Lengkap. Sumber: SIASN BKN dan arsip Bidang Mutasi."]);
  const a = (k: string, id: string) => t.a(k, id);
  const per6 = per.map((x) => x.id);
  b.plant({
    at: { sheet: S, cell: a("tl", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Terlambat typed 38; the six periods give 6+11+2+5+8+3 = 35",
    truth: per6.map((id) => a("tl", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "agu") },
    rules: ["capaian-mismatch"],
    note: "Agustus % tepat waktu shows a stale 88.73; 64/71 x 100 = 90.14",
    truth: `ROUND(${a("tw", "agu")}/${a("j", "agu")}*100,2)`,
  });
  for (const id of ["feb", "apr", "okt"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("tw", id)}+${a("tl", id)}+${a("btl", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("tw", id)}/${a("j", id)}*100,2)`,
    });
  }
  for (const k of ["u", "tw", "btl", "j"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: per6.map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tw", "jml")}/${a("j", "jml")}*100,2)`,
    trap: `ROUND((${per6.map((id) => a("pct", id)).join("+")})/6,2)`,
  });
  return b.finish();
}

/** Seleksi PPPK 2024 per jabatan beside the pensiun recap per golongan, Kota Sungai Lintah. */
export function pppkPensiun(): BookW {
  const b = new BookW(
    "seleksi-pppk-dan-pensiun-asn-sungai-lintah-2024.xlsx",
    "Rekap PPPK dan pensiun (BKPSDM)",
    "Two tables side by side on one sheet: PPPK formasi / pelamar / lulus administrasi / lulus akhir / % keterisian with a Jumlah row (ratio of totals); pensiun per jenis x golongan with a row-wise Jumlah and a column-wise Jumlah",
  );
  const S = "PPPK & Pensiun 2024";
  const s = b.sheet(S);
  letterhead(s, ["BKPSDM KOTA SUNGAI LINTAH", "Data Kepegawaian Tahun 2024 (posisi 31 Desember 2024)"]);
  s.put(s.r, 1, "A. Hasil Seleksi PPPK Tahun 2024", { bold: true });
  s.put(s.r, 9, "B. ASN yang Pensiun Tahun 2024", { bold: true });
  s.gap();
  const top = s.r;
  const jab = [
    { id: "g", j: "Guru", f: 420, p: 1386, adm: 1102, l: 371 },
    { id: "n", j: "Tenaga Kesehatan", f: 185, p: 642, adm: 560, l: 162 },
    { id: "t", j: "Tenaga Teknis", f: 96, p: 2315, adm: 1874, l: 90 },
  ];
  const ta = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "j", head: ["Jenis Jabatan"], role: "lainnya", width: 20 },
        { key: "f", head: ["Formasi"], role: "target", year: 2024, fmt: INT },
        { key: "p", head: ["Pelamar"], role: "lainnya", fmt: INT },
        { key: "adm", head: ["Lulus Seleksi Administrasi"], role: "lainnya", fmt: INT },
        { key: "l", head: ["Lulus Akhir"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pct", head: ["Keterisian Formasi (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...jab.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            j: x.j,
            f: x.f,
            p: x.p,
            adm: x.adm,
            l: x.l,
            // planted: Tenaga Teknis typed 104.17 (100 of 96), more than the formasi allows
            pct: x.id === "t" ? 104.17 : fx(`ROUND(${c.a("l")}/${c.a("f")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "j"],
          cells: (c) => ({
            no: "Jumlah",
            ...Object.fromEntries(
              ["f", "p", "adm", "l"].map((k) => [k, fx(`SUM(${c.a(k, "g")}:${c.a(k, "t")})`)]),
            ),
            pct: fx(`ROUND(${c.a("l")}/${c.a("f")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const pen = [
    { id: "bup", j: "Batas Usia Pensiun", g: [14, 96, 41] },
    { id: "jd", j: "Janda / Duda", g: [3, 12, 5] },
    { id: "aps", j: "Atas Permintaan Sendiri", g: [1, 9, 4] },
    { id: "ud", j: "Uzur / Tidak Cakap Jasmani", g: [2, 4, 1] },
  ];
  const tb = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "j", head: ["Jenis Pensiun"], role: "lainnya", width: 24 },
        { key: "g2", head: ["Golongan", "I / II"], role: "realisasi", year: 2024, fmt: INT },
        { key: "g3", head: ["Golongan", "III"], role: "realisasi", year: 2024, fmt: INT },
        { key: "g4", head: ["Golongan", "IV"], role: "realisasi", year: 2024, fmt: INT },
        { key: "jml", head: ["Jumlah"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...pen.map((x, i): Row => ({
          id: x.id,
          // planted: APS Jumlah typed 17; 1+9+4 = 14
          cells: {
            no: i + 1,
            j: x.j,
            g2: x.g[0],
            g3: x.g[1],
            g4: x.g[2],
            jml: x.id === "aps" ? 17 : sum(x.g),
          },
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "j"],
          cells: (c) => ({
            no: "Jumlah",
            ...Object.fromEntries(
              ["g2", "g3", "g4"].map((k) => [k, fx(`SUM(${c.a(k, "bup")}:${c.a(k, "ud")})`)]),
            ),
            jml: fx(`${c.a("g2")}+${c.a("g3")}+${c.a("g4")}`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  signature(s, 11, {
    tempat: "Sungai Lintah, 8 Januari 2025",
    jabatan: ["Kepala Bidang Pengadaan, Pemberhentian", "dan Informasi Kepegawaian"],
    nama: "ANDI SYAHPUTRA NASUTION, S.Sos.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19860715 201001 1 011",
  });
  b.plant({
    at: { sheet: S, cell: ta.a("pct", "t") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "Keterisian formasi Tenaga Teknis typed 104.17 (over 100 %); 90 lulus of 96 formasi = 93.75",
    truth: `ROUND(${ta.a("l", "t")}/${ta.a("f", "t")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: tb.a("jml", "aps") },
    rules: ["sum-mismatch"],
    note: "Pensiun APS Jumlah typed 17; golongan 1+9+4 = 14",
    truth: `${tb.a("g2", "aps")}+${tb.a("g3", "aps")}+${tb.a("g4", "aps")}`,
  });
  for (const id of ["g", "n"])
    b.ok({
      sheet: S,
      cell: ta.a("pct", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${ta.a("l", id)}/${ta.a("f", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: ta.a("pct", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${ta.a("l", "jml")}/${ta.a("f", "jml")}*100,2)`,
    trap: `ROUND((${ta.a("l", "g")}/${ta.a("f", "g")}+${ta.a("l", "n")}/${ta.a("f", "n")}+${ta.a("l", "t")}/${ta.a("f", "t")})*100/3,2)`,
  });
  for (const k of ["f", "l"])
    b.ok({
      sheet: S,
      cell: ta.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: ["g", "n", "t"].map((id) => ta.a(k, id)).join("+"),
    });
  for (const id of ["bup", "jd", "ud"])
    b.ok({
      sheet: S,
      cell: tb.a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${tb.a("g2", id)}+${tb.a("g3", id)}+${tb.a("g4", id)}`,
    });
  for (const k of ["g2", "g3", "g4"])
    b.ok({
      sheet: S,
      cell: tb.a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: pen.map((x) => tb.a(k, x.id)).join("+"),
    });
  return b.finish();
}
