// LKjIP 2024 of Dinas Perhubungan Kabupaten Wana Tirta Raya and the PK 2025 of Dinas Perhubungan
// Kota Rantau Lestari beside its Renstra IKU sheet. All invented.
import { BookW, DEC, RP, fx, predikatBaik, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Tabel 3.1: number row with "(7) = (6)/(5) x 100", refleksi for lower-is-better, kategori words. */
export function lkjipDishub(): BookW {
  const b = new BookW(
    "lkjip-2024-dishub-wana-tirta-raya-333.xlsx",
    "LKjIP capaian (Dinas Perhubungan)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran (merged) | Indikator | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori | Target akhir Renstra; refleksi (2T-R)/T on negatives; rata-rata footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Sasaran Dinas Perhubungan Kabupaten Wana Tirta Raya Tahun 2024",
  ]);
  s.gap();
  const I = [
    {
      id: "i1",
      sas: "Meningkatnya kelaikan angkutan umum",
      ind: "Persentase angkutan umum yang lulus uji berkala (KIR)",
      sat: "%",
      neg: false,
      t: 85,
      r: 82.4,
      ak: 92,
    },
    {
      id: "i2",
      sas: "Meningkatnya keselamatan lalu lintas",
      ind: "Angka kecelakaan lalu lintas per 10.000 kendaraan",
      sat: "per 10.000",
      neg: true,
      t: 6.5,
      r: 5.9,
      ak: 5,
    },
    {
      id: "i3",
      sas: "Meningkatnya keselamatan lalu lintas",
      ind: "Persentase ruas jalan kabupaten yang dilengkapi fasilitas keselamatan",
      sat: "%",
      neg: false,
      t: 70,
      r: 66.3,
      ak: 80,
    },
    {
      id: "i4",
      sas: "Meningkatnya kualitas layanan angkutan umum",
      ind: "Rata-rata waktu tunggu angkutan perdesaan",
      sat: "menit",
      neg: true,
      t: 20,
      r: 23,
      ak: 15,
    },
    {
      id: "i5",
      sas: "Meningkatnya kualitas layanan angkutan umum",
      ind: "Indeks kepuasan masyarakat terhadap layanan terminal",
      sat: "nilai",
      neg: false,
      t: 80,
      r: 82.15,
      ak: 85,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(5)", fmt: DEC },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(7) = (6)/(5) x 100", fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024, num: "(8)" },
    { key: "ak", head: ["Target Akhir Renstra"], role: "target", num: "(9)", fmt: DEC },
  ];
  const ratio = (t: string, r: string) => `ROUND(${r}/${t}*100,2)`;
  const refl = (t: string, r: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;
  const rows: Row[] = I.map((x, i) => {
    const good = x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100;
    return {
      id: x.id,
      cells: (c) => {
        const t = c.a("t");
        const r = c.a("r");
        // planted: i4 (lower is better) with R/T; planted: i1 with a stale cached 91.53
        const f = x.neg && x.id !== "i4" ? refl(t, r) : ratio(t, r);
        return {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          c: fx(f, x.id === "i1" ? 91.53 : undefined),
          p: x.id === "i4" ? "Sangat Baik" : predikatBaik(good),
          ak: x.ak,
        };
      },
    };
  });
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata capaian kinerja",
      c: fx(`ROUND(AVERAGE(${c.c("c")}${c.row("i1")}:${c.c("c")}${c.row("i5")}),2)`),
      p: "Sangat Baik",
    }),
  });
  const t = s.table({ cols, headerRows: 1, numberRow: "plain", vmerge: ["sas"], rows });
  s.gap();
  s.lines([
    "Keterangan: untuk indikator yang semakin kecil semakin baik, capaian = (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "waktu tunggu (lower is better) computed R/T = 115.00; refleksi (2 x 20 - 23) / 20 gives 85.00",
    truth: refl(a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch"],
    note: "=ROUND(R/T*100,2) with a stale cached 91.53; 82.4 / 85 gives 96.94",
    truth: ratio(a("t", "i1"), a("r", "i1")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("t", "i2"), a("r", "i2")),
    trap: ratio(a("t", "i2"), a("r", "i2")),
  });
  for (const id of ["i3", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: ratio(a("t", id), a("r", id)) });
  for (const id of ["i2", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 (statement, indicator table, program table with Jumlah) beside the Renstra IKU "Tahun - 1..5". */
export function pkDishub(): BookW {
  const b = new BookW(
    "pk-2025-dishub-rantau-lestari-333.xlsx",
    "PK 2025 with Renstra (Dinas Perhubungan)",
    "sheet 'Renstra IKU': No | Indikator | Satuan | Tahun - 1..5 (2025-2029 from the title) | Kondisi Akhir; sheet 'PK 2025': statement, Sasaran (merged) | Indikator | Satuan | Target, then Program | Anggaran (Rp) | Keterangan with a Jumlah row",
  );
  const R = "Renstra IKU";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      sas: "Meningkatnya kelaikan dan pelayanan angkutan umum",
      ind: "Persentase angkutan umum yang laik jalan",
      sat: "%",
      flow: false,
      k: [75, 78, 81, 84, 87],
    },
    {
      id: "b",
      sas: "Meningkatnya kelaikan dan pelayanan angkutan umum",
      ind: "Jumlah kendaraan wajib uji yang diuji",
      sat: "kendaraan",
      flow: true,
      k: [6000, 6250, 6500, 6750, 7000],
    },
    {
      id: "c",
      sas: "Meningkatnya keselamatan dan ketertiban lalu lintas",
      ind: "Persentase ruas jalan kota yang dilengkapi fasilitas keselamatan jalan",
      sat: "%",
      flow: false,
      k: [58, 62, 66, 70, 74],
    },
    {
      id: "d",
      sas: "Meningkatnya keselamatan dan ketertiban lalu lintas",
      ind: "Jumlah pelanggaran parkir di badan jalan per bulan",
      sat: "kasus",
      flow: false,
      k: [42, 38, 34, 30, 26],
    },
  ];
  const rs = b.sheet(R);
  rs.lines([
    "INDIKATOR KINERJA UTAMA DAN TARGET RENSTRA",
    "DINAS PERHUBUNGAN KOTA RANTAU LESTARI TAHUN 2025-2029",
  ]);
  rs.gap();
  const Y = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun - ${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        ...Object.fromEntries(Y.map((y) => [`y${y}`, x.k[y - 1]])),
        ak: x.flow ? fx(Y.map((y) => c.a(`y${y}`)).join("+")) : fx(c.a("y5")),
      }),
    })),
  });
  const pk = b.sheet(P);
  pk.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERHUBUNGAN KOTA RANTAU LESTARI"]);
  pk.gap();
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Nama: HENDRI SAPUTRA ZAINAL, S.SiT., M.M., Jabatan: Kepala Dinas Perhubungan,",
    "selanjutnya disebut pihak pertama, berjanji mewujudkan target kinerja tahunan sebagai berikut:",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: c copied from Tahun - 2 (62) instead of Tahun - 1 (58)
    rows: ind.map((x) => ({
      id: x.id,
      cells: { sas: x.sas, ind: x.ind, sat: x.sat, t: x.k[x.id === "c" ? 1 : 0] },
    })),
  });
  pk.gap();
  const progs = [
    {
      id: "p1",
      kode: "2.15.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_842_315_000,
    },
    {
      id: "p2",
      kode: "2.15.02",
      nama: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
      rp: 14_260_480_000,
    },
    { id: "p3", kode: "2.15.03", nama: "Program Pengelolaan Pelayaran", rp: 1_085_600_000 },
  ];
  const gt = pk.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "prog", head: ["Program"], width: 42 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p): Row => ({ id: p.id, cells: { kode: p.kode, prog: p.nama, rp: p.rp, ket: "APBD" } })),
      // planted: Jumlah one row short
      {
        id: "jml",
        bold: true,
        span: ["kode", "prog"],
        cells: (c) => ({ kode: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p2")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Rantau Lestari, 3 Februari 2025",
    jabatan: ["Kepala Dinas Perhubungan"],
    nama: "HENDRI SAPUTRA ZAINAL, S.SiT., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770805 200112 1 003",
  });
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target 62 for fasilitas keselamatan jalan is Renstra Tahun - 2 (2026); Tahun - 1 (2025) is 58",
    truth: ra("y1", "c"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM of the first two programs: 21,102,795,000 instead of 22,188,395,000",
    truth: progs.map((p) => gt.a("rp", p.id)).join("+"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({ sheet: P, cell: pt.a("t", id), rules: ["cross-table-mismatch"], truth: ra("y1", id) });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "a"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y5", "a"),
    trap: Y.map((y) => rt.a(`y${y}`, "a")).join("+"),
  });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => rt.a(`y${y}`, "b")).join("+"),
    trap: rt.a("y5", "b"),
  });
  b.ok({ sheet: R, cell: rt.a("ak", "d"), rules: ["kondisi-akhir-mismatch"], truth: rt.a("y5", "d") });
  return b.finish();
}
