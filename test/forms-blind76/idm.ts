// Village-status tables of the seventy-sixth unseen set: the recap of the Indeks Desa Membangun 2024
// per kecamatan of the Dinas PMD Kabupaten Amanuban Raya (Nusa Tenggara Timur) with the kabupaten's
// five-year trend under it, and the LKjIP 2024 measurement of the Dinas PMD Kabupaten Kapuas Hilir
// (Kalimantan Tengah) with 'Persentase desa tertinggal' lower is better. Every name and number is
// invented.
import {
  BookW,
  DEC,
  INT,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

// ============================================== Rekap status IDM 2024, Kabupaten Amanuban Raya (NTT)

type KecIdm = { id: string; nm: string; desa: number; n: number[]; idm: number };

/** IDM status counts per kecamatan with the weighted kabupaten average; the 2020-2024 trend below. */
export function idmAmanubanRaya(): BookW {
  const b = new BookW(
    "status-idm-kecamatan-tren-dpmd-amanuban-raya.xlsx",
    "Rekapitulasi status Indeks Desa Membangun 2024 per kecamatan (Dinas PMD)",
    "Tabel A: No | Kecamatan | Jumlah Desa | 'Status Desa Hasil Pemutakhiran IDM 2024' > Mandiri | Maju | Berkembang | Tertinggal | Sangat Tertinggal | Nilai Rata-rata IDM; counts typed, Total row with SUM and the average weighted by the desa; Tabel B under it on the same sheet: Tahun | the five statuses | Nilai Rata-rata IDM Kabupaten, 2020 .. 2024, the 2024 average a formula to Tabel A",
  );
  const S = "IDM 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN AMANUBAN RAYA", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"]);
  s.lines(["Tabel A. Status Desa menurut Indeks Desa Membangun (IDM) Tahun 2024 per Kecamatan"], 1, {
    bold: true,
  });
  const xs: KecIdm[] = [
    { id: "k1", nm: "Oelbiteno", desa: 28, n: [2, 6, 14, 5, 1], idm: 0.6512 },
    { id: "k2", nm: "Kuanfatu Raya", desa: 25, n: [0, 3, 12, 8, 2], idm: 0.5987 },
    { id: "k3", nm: "Nunkolo Selatan", desa: 32, n: [1, 4, 16, 7, 3], idm: 0.6123 },
    { id: "k4", nm: "Boking Timur", desa: 21, n: [0, 2, 9, 6, 4], idm: 0.5694 },
    { id: "k5", nm: "Fatumnasi Baru", desa: 23, n: [1, 5, 13, 4, 0], idm: 0.6648 },
    { id: "k6", nm: "Kolbano Barat", desa: 25, n: [0, 1, 10, 9, 5], idm: 0.5581 },
    { id: "k7", nm: "Polen Utara", desa: 28, n: [3, 7, 15, 3, 0], idm: 0.6935 },
    { id: "k8", nm: "Toianas Raya", desa: 23, n: [0, 2, 11, 7, 3], idm: 0.5902 },
  ];
  // planted 1: Nunkolo Selatan has 32 desa but its statuses count 31
  if (sum(xs[2].n) !== 31) throw new Error("idm: k3");
  for (const x of xs) if (x.id !== "k3" && sum(x.n) !== x.desa) throw new Error(`idm: ${x.id}`);
  const G = "Status Desa Hasil Pemutakhiran IDM 2024";
  const st = ["Mandiri", "Maju", "Berkembang", "Tertinggal", "Sangat Tertinggal"];
  const sk = ["s1", "s2", "s3", "s4", "s5"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 18 },
    { key: "desa", head: ["Jumlah Desa"], role: "lainnya", fmt: INT, width: 9 },
    ...st.map((h, i): Col => ({ key: sk[i], head: [G, h], role: "lainnya", fmt: INT, width: 11 })),
    { key: "idm", head: ["Nilai Rata-rata IDM"], role: "lainnya", fmt: "0.0000", width: 11 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: {
      no: i + 1,
      nm: x.nm,
      desa: x.desa,
      ...Object.fromEntries(sk.map((k, j) => [k, x.n[j]])),
      idm: x.idm,
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "nm"],
    cells: (c) => ({
      no: "Total Kabupaten",
      ...Object.fromEntries(
        ["desa", ...sk].map((k) => [k, fx(`SUM(${c.c(k)}${c.row("k1")}:${c.c(k)}${c.row("k8")})`)]),
      ),
      idm: fx(
        `ROUND((${xs.map((x) => `${c.a("desa", x.id)}*${c.a("idm", x.id)}`).join("+")})/${c.a("desa")},4)`,
      ),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Nilai rata-rata kabupaten dibobot menurut jumlah desa per kecamatan."]);
  s.gap();
  s.lines(["Tabel B. Perkembangan Status Desa (IDM) Kabupaten Amanuban Raya Tahun 2020 - 2024"], 1, {
    bold: true,
  });
  const trend: Array<[number, number[], number]> = [
    [2020, [0, 6, 61, 98, 39], 0.5521],
    [2021, [1, 11, 74, 89, 29], 0.5703],
    [2022, [3, 17, 85, 71, 28], 0.5868],
    [2023, [5, 24, 93, 59, 23], 0.6014],
    // planted 2: Tertinggal 2024 typed 94; Tabel A's total is 49 (digits swapped)
    [2024, [7, 30, 100, 94, 18], 0],
  ];
  const cols2: Col[] = [
    { key: "th", head: ["Tahun"], role: "lainnya", width: 5 },
    ...st.map((h, i): Col => ({ key: sk[i], head: ["Jumlah Desa berstatus", h], role: "lainnya", fmt: INT })),
    { key: "idm", head: ["Nilai Rata-rata IDM Kabupaten"], role: "lainnya", fmt: "0.0000" },
    { key: "ket", head: ["Sumber"], role: "sumber-data", width: 20 },
  ];
  const rows2: Row[] = trend.map(([y, n, v]) => ({
    id: `y${y}`,
    cells: {
      th: String(y),
      ...Object.fromEntries(sk.map((k, j) => [k, n[j]])),
      idm: y === 2024 ? fx(t.a("idm", "tot")) : v,
      ket: y === 2024 ? "Kepmendesa PDTT 2024 (Tabel A)" : `Kepmendesa PDTT ${y}`,
    },
  }));
  const t2 = s.table({ cols: cols2, headerRows: 2, rows: rows2 });
  s.gap();
  signature(s, 6, {
    tempat: "Niki-Niki Baru, 3 Februari 2025",
    jabatan: ["Plt. Kepala Dinas Pemberdayaan Masyarakat dan Desa"],
    nama: "MARSELINUS TAEK NOBEL, S.IP",
    pangkat: "Pembina (IV/a)",
    nip: "19781103 200501 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("desa", "k3") },
        { sheet: S, cell: a("s5", "k3") },
      ],
    },
    rules: ["sum-mismatch"],
    note: "Kecamatan Nunkolo Selatan: Jumlah Desa 32, but 1 mandiri + 4 maju + 16 berkembang + 7 tertinggal + 3 sangat tertinggal = 31",
    truth: `SUM(${a("s1", "k3")}:${a("s5", "k3")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t2.a("s4", "y2024") },
        { sheet: S, cell: a("s4", "tot") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "Tabel B gives 94 desa tertinggal for 2024; Tabel A's total of the same year is 49 (digits swapped; 94 would also break the falling trend 98, 89, 71, 59)",
    truth: a("s4", "tot"),
  });
  for (const id of ["k1", "k4", "k6", "k8"])
    b.ok({
      sheet: S,
      cell: a("desa", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("s1", id)}:${a("s5", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("idm", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND((${xs.map((x) => `${a("desa", x.id)}*${a("idm", x.id)}`).join("+")})/${a("desa", "tot")},4)`,
    trap: `SUM(${a("idm", "k1")}:${a("idm", "k8")})`,
    tol: 0.00006,
  });
  for (const k of ["s1", "s3", "s5"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k8")})` });
  for (const k of ["s1", "s2", "s3", "s5"])
    b.ok({ sheet: S, cell: t2.a(k, "y2024"), rules: ["cross-table-mismatch"], truth: a(k, "tot") });
  b.ok({
    sheet: S,
    cell: t2.a("idm", "y2024"),
    rules: ["cross-table-mismatch", "sum-mismatch"],
    truth: a("idm", "tot"),
    tol: 0.00006,
  });
  return b.finish();
}

// ======================================================= LKjIP 2024, Dinas PMD Kab. Kapuas Hilir (Kalteng)

type Lk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  sf: "Maximize" | "Minimize";
  t: number;
  r: number;
  f: string;
};

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

/** LKjIP measurement with a Sifat column (Maximize / Minimize), refleksi formulas, typed kriteria. */
export function lkjipKapuasHilir(): BookW {
  const b = new BookW(
    "lkjip-sifat-minimize-dpmd-kapuas-hilir.xlsx",
    "LKjIP pengukuran kinerja 2024 (Dinas PMD)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Sifat Indikator (Maximize / Minimize) | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | Kriteria; number row (1) .. (9); desa tertinggal, sangat tertinggal and Dana Desa misuse Minimize (refleksi formulas), IDM score, desa mandiri above target; kriteria typed in the Sangat Baik .. Sangat Kurang words; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel 3.2",
      "Pengukuran Capaian Kinerja Sasaran Strategis Dinas Pemberdayaan Masyarakat dan Desa",
      "Kabupaten Kapuas Hilir Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const A = "Meningkatnya status kemajuan dan kemandirian desa";
  const B = "Meningkatnya tata kelola pemerintahan dan keuangan desa";
  const xs: Lk[] = [
    {
      id: "i1",
      sas: A,
      ind: "Persentase desa tertinggal",
      sat: "%",
      sf: "Minimize",
      t: 24.5,
      r: 22.06,
      f: DEC,
    },
    {
      id: "i2",
      sas: A,
      ind: "Persentase desa sangat tertinggal",
      sat: "%",
      sf: "Minimize",
      t: 9,
      r: 7.35,
      f: DEC,
    },
    {
      id: "i3",
      sas: A,
      ind: "Persentase desa berstatus mandiri",
      sat: "%",
      sf: "Maximize",
      t: 3,
      r: 3.43,
      f: DEC,
    },
    {
      id: "i4",
      sas: A,
      ind: "Rata-rata nilai Indeks Desa Membangun (IDM)",
      sat: "indeks",
      sf: "Maximize",
      t: 0.625,
      r: 0.6198,
      f: "0.0000",
    },
    {
      id: "i5",
      sas: B,
      ind: "Persentase BUMDes berklasifikasi maju",
      sat: "%",
      sf: "Maximize",
      t: 12,
      r: 10.08,
      f: DEC,
    },
    {
      id: "i6",
      sas: B,
      ind: "Persentase desa yang menetapkan APBDes tepat waktu",
      sat: "%",
      sf: "Maximize",
      t: 100,
      r: 96.57,
      f: DEC,
    },
    {
      id: "i7",
      sas: B,
      ind: "Persentase desa dengan temuan penyalahgunaan Dana Desa",
      sat: "%",
      sf: "Minimize",
      t: 2,
      r: 1.72,
      f: DEC,
    },
  ];
  const cap = (x: Lk) => round(x.sf === "Minimize" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted 1: desa sangat tertinggal computed R / T = 81.67; refleksi gives 118.33
  // planted 2: BUMDes maju 84.00 typed Sangat Baik; > 75 - 90 is Baik
  const shown = (x: Lk) => (x.id === "i2" ? round((x.r / x.t) * 100) : cap(x));
  if (shown(xs[1]) !== 81.67 || cap(xs[1]) !== 118.33 || cap(xs[4]) !== 84) throw new Error("lkjip: i2 / i5");
  const K = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    { key: "sf", head: ["Sifat Indikator"], role: "polaritas", num: "(5)", width: 11 },
    { key: "t", head: [K, "Target"], role: "target", year: 2024, num: "(6)", width: 9 },
    { key: "r", head: [K, "Realisasi"], role: "realisasi", year: 2024, num: "(7)", width: 9 },
    { key: "c", head: [K, "Capaian (%)"], role: "capaian", year: 2024, num: "(8)", fmt: DEC, width: 10 },
    { key: "k", head: ["Kriteria"], role: "predikat", num: "(9)", width: 12 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      sf: x.sf,
      t: fmt(x.t, x.f),
      r: fmt(x.r, x.f),
      c: fx(x.sf === "Minimize" && x.id !== "i2" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
      k: x.id === "i5" ? "Sangat Baik" : predikatBaik(shown(x)),
    }),
  }));
  const avg = round(sum(xs.map(shown)) / xs.length);
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${c.c("c")}${c.row("i1")}:${c.c("c")}${c.row("i7")}),2)`),
      k: predikatBaik(avg),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", vmerge: ["sas"], rows });
  s.gap();
  s.lines([
    "Keterangan: Sifat Minimize = semakin kecil realisasi semakin baik; Capaian = (2 x Target - Realisasi) / Target x 100.",
    "Sifat Maximize: Capaian = Realisasi / Target x 100.",
    "Kriteria: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Kuala Kapuas Hilir, 26 Februari 2025",
    jabatan: ["Kepala Dinas PMD Kabupaten Kapuas Hilir"],
    nama: "Ir. DAMIANUS SAHAY TINGANG, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710224 199703 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the persentase desa sangat tertinggal (Sifat Minimize) is =ROUND(R/T*100,2) = 81.67 (7.35 / 9.00); the refleksi of the note (2 x 9.00 - 7.35) / 9.00 gives 118.33, as the desa tertinggal row computes",
    truth: refl(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kriteria 'Sangat Baik' for the BUMDes maju capaian 84.00 (10.08 / 12.00); the band > 75 s.d. 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const id of ["i1", "i7"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
      truth: refl(a("r", id), a("t", id)),
      trap: rt(a("r", id), a("t", id)),
    });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("r", "i3"), a("t", "i3")),
    trap: refl(a("r", "i3"), a("t", "i3")),
  });
  for (const id of ["i4", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i3", "i4", "i6", "i7"])
    b.ok({ sheet: S, cell: a("k", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("c", "avg"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(AVERAGE(${a("c", "i1")}:${a("c", "i7")}),2)`,
    trap: `SUM(${a("c", "i1")}:${a("c", "i7")})`,
  });
  return b.finish();
}
