// Set 321: the LKjIP 2024 pengukuran kinerja of Satpol PP dan Damkar Kabupaten Lembah Seruni (Polaritas
// column, ROUND capaian formulas, refleksi on negatives, predikat words) and the PK 2025 of Kota Batu
// Karang Laut beside its IKU Renstra 2025-2029 (Tahun ke-1..5).
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

type Lk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  r23: number;
  t: number;
  r: number;
  tak: number;
};

export function lkjipSatpol(): BookW {
  const book = new BookW(
    "lkjip-2024-satpolpp-damkar-lembah-seruni-321.xlsx",
    "LKjIP",
    "LKjIP 2024 Tabel 3.1: Polaritas column, capaian formulas with refleksi, predikat words, target akhir Renstra 2026",
  );
  const SH = "Tabel 3.1";
  const s = book.sheet(SH);
  s.lines(["BAB III AKUNTABILITAS KINERJA", "A. Capaian Kinerja Organisasi"], 1, { bold: true });
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Satpol PP dan Damkar Kabupaten Lembah Seruni Tahun 2024"]);
  s.gap();
  const A1 = "Meningkatnya ketenteraman dan ketertiban umum";
  const A2 = "Meningkatnya kualitas pelayanan penanggulangan kebakaran";
  const A3 = "Meningkatnya kapasitas perlindungan masyarakat";
  const data: Lk[] = [
    {
      id: "a",
      sas: A1,
      ind: "Persentase gangguan trantibum yang tertangani",
      sat: "%",
      r23: 88.6,
      t: 92,
      r: 94.5,
      tak: 95,
    },
    {
      id: "b",
      sas: A1,
      ind: "Jumlah kejadian gangguan trantibum",
      sat: "kejadian",
      neg: true,
      r23: 131,
      t: 120,
      r: 134,
      tak: 100,
    },
    {
      id: "c",
      sas: A1,
      ind: "Persentase pelanggaran Perda yang diselesaikan",
      sat: "%",
      r23: 74.2,
      t: 80,
      r: 71.4,
      tak: 85,
    },
    {
      id: "d",
      sas: A2,
      ind: "Waktu tanggap (response time) penanganan kebakaran",
      sat: "menit",
      neg: true,
      r23: 16.4,
      t: 15,
      r: 13.2,
      tak: 13,
    },
    {
      id: "e",
      sas: A2,
      ind: "Persentase kejadian kebakaran tertangani sesuai SPM",
      sat: "%",
      r23: 81.3,
      t: 86,
      r: 83.9,
      tak: 90,
    },
    {
      id: "f",
      sas: A3,
      ind: "Persentase anggota Satlinmas terlatih",
      sat: "%",
      r23: 52.4,
      t: 65,
      r: 58.5,
      tak: 75,
    },
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Polaritas"], role: "polaritas" },
    { key: "r23", head: ["Realisasi", "2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat" },
    { key: "tak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
    { key: "cak", head: ["Capaian terhadap Target Akhir Renstra (%)"], role: "capaian", fmt: DEC },
  ];
  const cap = (d: Lk, t: number) => round((d.neg ? (2 * t - d.r) / t : d.r / t) * 100);
  const rows: Row[] = data.map((d) => ({
    id: d.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      const TA = x.a("tak");
      // planted: b copies the positive formula; c carries a stale cached result
      const c =
        d.id === "b"
          ? fx(`ROUND(${R}/${T}*100,2)`)
          : d.id === "c"
            ? fx(`ROUND(${R}/${T}*100,2)`, 93.1)
            : d.neg
              ? fx(`ROUND((2*${T}-${R})/${T}*100,2)`)
              : fx(`ROUND(${R}/${T}*100,2)`);
      const shown = d.id === "b" ? round((d.r / d.t) * 100) : d.id === "c" ? 93.1 : cap(d, d.t);
      return {
        sas: d.sas,
        ind: d.ind,
        sat: d.sat,
        pol: d.neg ? "Negatif" : "Positif",
        r23: d.r23,
        t: d.t,
        r: d.r,
        c,
        p: predikatBaik(shown),
        tak: d.tak,
        cak: d.neg ? fx(`ROUND((2*${TA}-${R})/${TA}*100,2)`) : fx(`ROUND(${R}/${TA}*100,2)`),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan:",
    "Capaian indikator berpolaritas negatif dihitung (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const A = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, tk = "t") => `ROUND((2*${A(tk, id)}-${A("r", id)})/${A(tk, id)}*100,2)`;
  const pos = (id: string, tk = "t") => `ROUND(${A("r", id)}/${A(tk, id)}*100,2)`;
  book.plant({
    at: { sheet: SH, cell: A("c", "b") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("b"),
    note: "jumlah kejadian gangguan trantibum (Negatif) computed R/T = 111.67; refleksi (2T-R)/T gives 88.33",
  });
  book.plant({
    at: { sheet: SH, cell: A("c", "c") },
    rules: ["capaian-mismatch"],
    truth: pos("c"),
    note: "=ROUND(R/T*100,2) with a stale cached 93.10; T 80 and R 71.4 give 89.25",
  });
  book.ok({
    sheet: SH,
    cell: A("c", "d"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("d"),
    trap: pos("d"),
  });
  for (const id of ["a", "e", "f"])
    book.ok({ sheet: SH, cell: A("c", id), rules: ["capaian-mismatch"], truth: pos(id) });
  book.ok({
    sheet: SH,
    cell: A("p", "f"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${A("c", "f")})`,
    trap: `"Sangat Baik"`,
  });
  for (const id of ["a", "d", "e"])
    book.ok({
      sheet: SH,
      cell: A("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${A("c", id)})`,
    });
  for (const id of ["a", "c", "e", "f"])
    book.ok({ sheet: SH, cell: A("cak", id), rules: ["capaian-mismatch"], truth: pos(id, "tak") });
  for (const id of ["b", "d"])
    book.ok({
      sheet: SH,
      cell: A("cak", id),
      rules: ["capaian-mismatch"],
      truth: refl(id, "tak"),
      trap: pos(id, "tak"),
    });
  return book.finish();
}

// ------------------------------------------------------------------------------------------ PK

type Iku = { id: string; ind: string; sat: string; awal: number; t: number[] };

export function pkSatpol(): BookW {
  const book = new BookW(
    "pk-2025-satpolpp-damkar-batu-karang-laut-321.xlsx",
    "PK",
    "PK 2025 statement, sasaran table and program table with a SUM Jumlah, beside the IKU Renstra (Tahun ke-1..5)",
  );
  const iku: Iku[] = [
    {
      id: "i1",
      ind: "Persentase gangguan trantibum yang tertangani",
      sat: "%",
      awal: 82.5,
      t: [84, 86, 88, 90, 92],
    },
    {
      id: "i2",
      ind: "Persentase pelanggaran Perda yang ditindaklanjuti",
      sat: "%",
      awal: 72,
      t: [75, 78, 81, 84, 87],
    },
    {
      id: "i3",
      ind: "Cakupan pelayanan kebakaran (waktu tanggap <= 15 menit)",
      sat: "%",
      awal: 66,
      t: [70, 74, 78, 82, 86],
    },
    {
      id: "i4",
      ind: "Waktu tanggap penanganan kebakaran",
      sat: "menit",
      awal: 15.8,
      t: [14.5, 14, 13.5, 13, 12.5],
    },
    { id: "i5", ind: "Persentase anggota Satlinmas terlatih", sat: "%", awal: 55, t: [60, 64, 68, 72, 76] },
  ];
  // ----- PK sheet
  const PK = "PK 2025";
  const s = book.sheet(PK);
  s.lines(
    [
      "PERJANJIAN KINERJA TAHUN 2025",
      "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN KOTA BATU KARANG LAUT",
    ],
    1,
    { bold: true },
  );
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama    : Drs. LA ODE MUHAMMAD ARSYAD, M.Si",
    "Jabatan : Kepala Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
    "selanjutnya disebut PIHAK PERTAMA",
    "Nama    : Ir. H. SUDARMAN TAHIR, M.T",
    "Jabatan : Wali Kota Batu Karang Laut",
    "selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "SATPOL PP DAN DAMKAR KOTA BATU KARANG LAUT"], 1, { bold: true });
  s.gap();
  const sas = [
    "Meningkatnya ketenteraman dan ketertiban umum masyarakat",
    "Meningkatnya ketenteraman dan ketertiban umum masyarakat",
    "Meningkatnya kualitas pelayanan penanggulangan kebakaran",
    "Meningkatnya kualitas pelayanan penanggulangan kebakaran",
    "Meningkatnya kapasitas perlindungan masyarakat",
  ];
  const pk = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    rows: iku.map((d, i) => ({
      id: d.id,
      // planted: cakupan pelayanan kebakaran copied from Tahun ke-2 (2026)
      cells: { no: i + 1, sas: sas[i], ind: d.ind, sat: d.sat, t: d.id === "i3" ? d.t[1] : d.t[0] },
    })),
    vmerge: ["sas"],
  });
  s.gap();
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9842615000],
    ["Program Peningkatan Ketenteraman dan Ketertiban Umum", 3215480000],
    ["Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran", 4986250000],
  ];
  const pr = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, v], i): Row => ({ id: `g${i}`, cells: { no: i + 1, prog: p, rp: v, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        // planted: the SUM stops one program short
        cells: (x) => ({ prog: "Jumlah", rp: fx(`SUM(${x.a("rp", "g0")}:${x.a("rp", "g1")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Batu Karang Laut, 6 Januari 2025",
    jabatan: ["PIHAK PERTAMA,", "KEPALA SATPOL PP DAN DAMKAR"],
    nama: "Drs. LA ODE MUHAMMAD ARSYAD, M.Si",
    nip: "19720815 199803 1 007",
  });

  // ----- IKU Renstra sheet
  const RS = "IKU Renstra";
  const r = book.sheet(RS);
  letterhead(r, ["Indikator Kinerja Utama Satpol PP dan Damkar Kota Batu Karang Laut", "Renstra 2025-2029"]);
  const ren = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", num: "(4)" },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `t${y}`,
        head: ["Target Kinerja", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: `(${4 + y})`,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", num: "(10)" },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: iku.map((d, i) => ({
      id: d.id,
      cells: {
        no: i + 1,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        t1: d.t[0],
        t2: d.t[1],
        t3: d.t[2],
        t4: d.t[3],
        t5: d.t[4],
        ak: d.t[4],
      },
    })),
  });
  r.gap();
  r.lines(["Seluruh IKU merupakan indikator tingkat (level); kondisi akhir = target tahun ke-5."]);

  const R = (k: string, id: string) => `'${RS}'!${ren.a(k, id)}`;
  book.plant({
    at: {
      anyOf: [
        { sheet: PK, cell: pk.a("t", "i3") },
        { sheet: RS, cell: ren.a("t1", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: R("t1", "i3"),
    note: "PK 2025 target 74 for cakupan pelayanan kebakaran is the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 70",
  });
  book.plant({
    at: { sheet: PK, cell: pr.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: progs.map((_, i) => pr.a("rp", `g${i}`)).join("+"),
    note: "Jumlah =SUM over the first two programs only (13,058,095,000); the three programs add up to 18,044,345,000",
  });
  for (const id of ["i1", "i2", "i4", "i5"])
    book.ok({
      sheet: PK,
      cell: pk.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: R("t1", id),
      trap: R("t2", id),
    });
  for (const id of ["i1", "i4"])
    book.ok({
      sheet: RS,
      cell: ren.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ren.a("t5", id),
      trap: [1, 2, 3, 4, 5].map((y) => ren.a(`t${y}`, id)).join("+"),
    });
  for (const id of ["i2", "i3", "i5"])
    book.ok({ sheet: RS, cell: ren.a("ak", id), rules: ["kondisi-akhir-mismatch"], truth: ren.a("t5", id) });
  return book.finish();
}
