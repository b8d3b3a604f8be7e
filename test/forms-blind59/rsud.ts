// The RSUD family: the LKjIP 2024 table of RSUD Lepongan Bulan of Kabupaten Toraja Pangala
// (Sulawesi Selatan) with BOR (a level in its ideal band), ALOS and Net Death Rate (lower is better)
// and the patients' satisfaction index, and the BLUD revenue report per layanan per semester of RSUD
// Wamuka Habema of Kabupaten Pegunungan Habema (Papua Pegunungan). Every office, person and number
// is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type LkR = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  pred: string;
  ket: string;
};

/** LKjIP 2024, Tabel 3.2 capaian sasaran, RSUD Lepongan Bulan (BLUD), Kabupaten Toraja Pangala. */
export function lkjipRsudLepongan(): BookW {
  const b = new BookW(
    "lkjip-2024-rsud-lepongan-bulan-toraja-pangala-capaian-sasaran.xlsx",
    "LKjIP table of an RSUD with capaian and predikat",
    "No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Kinerja Tahun 2024' > Target / Realisasi / Capaian (%) | Predikat | Keterangan; number row (1) .. (9); BOR a level in the band 60-85 %, ALOS and NDR lower is better (refleksi by the note), CRR above target; predikat typed",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TORAJA PANGALA",
    "RUMAH SAKIT UMUM DAERAH LEPONGAN BULAN",
    "Jl. Poros Rantepao - Pangala Km. 7, Kode Pos 91853",
  ]);
  s.lines(["Tabel 3.2", "Pengukuran Capaian Kinerja Sasaran RSUD Lepongan Bulan Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const A = "Meningkatnya mutu pelayanan kesehatan rujukan";
  const B = "Meningkatnya kepuasan pasien dan kemandirian keuangan BLUD";
  const rs: LkR[] = [
    {
      id: "bor",
      sas: A,
      ind: "Bed Occupancy Rate (BOR)",
      sat: "%",
      t: 75,
      r: 71.42,
      pred: "Sangat Tinggi",
      ket: "rentang ideal 60 - 85 %",
    },
    {
      id: "alos",
      sas: A,
      ind: "Average Length of Stay (ALOS)",
      sat: "hari",
      t: 5.5,
      r: 4.8,
      neg: true,
      pred: "Sangat Tinggi",
      ket: "makin rendah makin baik",
    },
    {
      id: "ndr",
      sas: A,
      ind: "Net Death Rate (NDR)",
      sat: "per 1.000 pasien keluar",
      t: 25,
      r: 27.6,
      neg: true,
      pred: "Sangat Tinggi",
      ket: "makin rendah makin baik",
    },
    {
      id: "rm",
      sas: A,
      ind: "Persentase kelengkapan pengisian rekam medis 24 jam setelah pelayanan",
      sat: "%",
      t: 100,
      r: 74.6,
      pred: "Tinggi",
      ket: "sampel 1.240 berkas",
    },
    {
      id: "ikp",
      sas: B,
      ind: "Indeks Kepuasan Pasien",
      sat: "indeks",
      t: 82,
      r: 79.45,
      pred: "Sangat Tinggi",
      ket: "survei semester II",
    },
    {
      id: "crr",
      sas: B,
      ind: "Cost Recovery Rate (CRR) BLUD",
      sat: "%",
      t: 70,
      r: 76.3,
      pred: "Sangat Tinggi",
      ket: "pendapatan / biaya operasional",
    },
  ];
  const K = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 12 },
    { key: "t", head: [K, "Target"], role: "target", year: 2024, num: "(5)", fmt: DEC, width: 10 },
    { key: "r", head: [K, "Realisasi"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC, width: 10 },
    { key: "c", head: [K, "Capaian (%)"], role: "capaian", year: 2024, num: "(7)", fmt: DEC, width: 10 },
    { key: "pred", head: ["Predikat"], role: "predikat", num: "(8)", width: 14 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(9)", width: 24 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      t: x.t,
      r: x.r,
      // planted: NDR (lower is better) takes R / T like the rows above it
      c:
        x.neg && x.id !== "ndr"
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      pred: x.pred,
      ket: x.ket,
    }),
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: ALOS dan NDR merupakan indikator negatif, capaian = (2 x Target - Realisasi) / Target x 100 %.",
    "BOR dinilai terhadap target; nilai ideal Kemenkes 60 - 85 %.",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pangala, 20 Februari 2025",
    jabatan: ["Direktur RSUD Lepongan Bulan"],
    nama: "dr. YOSEFINA RANTE ALLO, Sp.PD., M.Kes.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19780514 200604 2 017",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "ndr") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Net Death Rate (lower is better by the note) capaian R / T = 27.6 / 25 x 100 = 110.40; the refleksi gives (50 - 27.6) / 25 x 100 = 89.60",
    truth: refl("ndr"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "rm") },
    rules: ["predikat-mismatch"],
    note: "rekam medis lengkap capaian 74.60 (74.6 / 100) typed 'Tinggi'; the band > 65 - 75 is Sedang",
    truth: `PREDIKAT(${a("c", "rm")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "alos"),
    rules: ["capaian-mismatch"],
    truth: refl("alos"),
    trap: `${a("r", "alos")}/${a("t", "alos")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "crr"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("r", "crr")}/${a("t", "crr")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "bor"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "bor")}/${a("t", "bor")}*100,2)`,
  });
  for (const id of ["bor", "alos", "ikp", "crr"])
    b.ok({ sheet: S, cell: a("pred", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

type Bl = { id: string; kode: string; ur: string; t: number; s1: number; s2: number };

/** Target dan realisasi pendapatan BLUD per jenis layanan 2024, RSUD Wamuka Habema. */
export function pendapatanBludWamuka(): BookW {
  const b = new BookW(
    "realisasi-pendapatan-blud-per-layanan-2024-rsud-wamuka-habema.xlsx",
    "BLUD revenue target / realisasi per layanan per semester with JUMLAH",
    "No | Kode Rekening | Uraian Pendapatan BLUD | Target TA 2024 (Rp) | 'Realisasi Pendapatan (Rp)' > Semester I / Semester II / Jumlah s.d. 31 Desember | % Realisasi thd Target | Lebih / (Kurang) (Rp); number row with '6 = 4 + 5', '7 = 6 / 3 x 100', '8 = 6 - 3'; jasa layanan subtotal SUMs its four layanan, JUMLAH adds subtotal + kerja sama + lain-lain",
  );
  const S = "Pendapatan BLUD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PEGUNUNGAN HABEMA",
    "RUMAH SAKIT UMUM DAERAH WAMUKA HABEMA",
    "BADAN LAYANAN UMUM DAERAH",
  ]);
  s.lines(["LAPORAN TARGET DAN REALISASI PENDAPATAN BLUD PER JENIS LAYANAN", "TAHUN ANGGARAN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const lay: Bl[] = [
    {
      id: "rj",
      kode: "4.1.04.16.01.0001",
      ur: "Jasa Layanan Rawat Jalan",
      t: 2_150_000_000,
      s1: 1_032_415_500,
      s2: 1_148_962_000,
    },
    {
      id: "ri",
      kode: "4.1.04.16.01.0002",
      ur: "Jasa Layanan Rawat Inap",
      t: 6_400_000_000,
      s1: 3_215_840_250,
      s2: 3_912_007_600,
    },
    {
      id: "lab",
      kode: "4.1.04.16.01.0003",
      ur: "Jasa Layanan Laboratorium dan Radiologi",
      t: 1_280_000_000,
      s1: 586_204_000,
      s2: 611_930_500,
    },
    {
      id: "far",
      kode: "4.1.04.16.01.0004",
      ur: "Jasa Layanan Farmasi",
      t: 3_750_000_000,
      s1: 1_702_388_900,
      s2: 1_885_617_400,
    },
  ];
  const ks: Bl = {
    id: "ks",
    kode: "4.1.04.16.02",
    ur: "Pendapatan Hasil Kerja Sama BLUD",
    t: 420_000_000,
    s1: 180_000_000,
    s2: 210_000_000,
  };
  const ll: Bl = {
    id: "ll",
    kode: "4.1.04.16.05",
    ur: "Lain-lain Pendapatan BLUD yang Sah",
    t: 185_000_000,
    s1: 74_512_300,
    s2: 98_240_150,
  };
  const G = "Realisasi Pendapatan (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Uraian Pendapatan BLUD"], role: "lainnya", num: 3, width: 40 },
    { key: "t", head: ["Target TA 2024 (Rp)"], role: "anggaran", year: 2024, num: 4, fmt: RP, width: 18 },
    {
      key: "s1",
      head: [G, "Semester I"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 5,
      fmt: RP,
      width: 17,
    },
    {
      key: "s2",
      head: [G, "Semester II"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 6,
      fmt: RP,
      width: 17,
    },
    {
      key: "j",
      head: [G, "Jumlah s.d. 31 Desember"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "7 = 5 + 6",
      fmt: RP,
      width: 18,
    },
    {
      key: "p",
      head: ["% Realisasi thd Target"],
      role: "capaian",
      year: 2024,
      num: "8 = 7 / 4 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "sel", head: ["Lebih / (Kurang) (Rp)"], num: "9 = 7 - 4", fmt: RP, width: 17 },
  ];
  const tail = (c: { a: (k: string) => string }): Record<string, Cell> => ({
    p: fx(`ROUND(${c.a("j")}/${c.a("t")}*100,2)`),
    sel: fx(`${c.a("j")}-${c.a("t")}`),
  });
  const leaf = (x: Bl, no: number | string): Row => ({
    id: x.id,
    cells: (c) => ({
      no,
      kode: x.kode,
      ur: x.ur,
      t: x.t,
      s1: x.s1,
      s2: x.s2,
      // planted: Farmasi's Jumlah typed 3,858,006,300 (3,588,006,300 with the digits in place)
      j: x.id === "far" ? 3_858_006_300 : fx(`SUM(${c.a("s1")}:${c.a("s2")})`),
      ...tail(c),
    }),
  });
  const rows: Row[] = [
    {
      id: "jl",
      bold: true,
      cells: (c) => ({
        no: 1,
        kode: "4.1.04.16.01",
        ur: "Pendapatan Jasa Layanan Umum BLUD",
        t: fx(`SUM(${c.a("t", "rj")}:${c.a("t", "far")})`),
        s1: fx(`SUM(${c.a("s1", "rj")}:${c.a("s1", "far")})`),
        s2: fx(`SUM(${c.a("s2", "rj")}:${c.a("s2", "far")})`),
        j: fx(`SUM(${c.a("s1")}:${c.a("s2")})`),
        ...tail(c),
      }),
    },
    ...lay.map((x, i) => leaf(x, `1.${i + 1}`)),
    leaf(ks, 2),
    leaf(ll, 3),
    {
      id: "tot",
      bold: true,
      span: ["no", "ur"],
      cells: (c) => {
        const add = (k: string, skipLl = false) =>
          fx(`${c.a(k, "jl")}+${c.a(k, "ks")}${skipLl ? "" : `+${c.a(k, "ll")}`}`);
        return {
          no: "JUMLAH PENDAPATAN BLUD",
          t: add("t"),
          s1: add("s1"),
          // planted: Semester II leaves out the lain-lain pendapatan
          s2: add("s2", true),
          j: fx(`SUM(${c.a("s1")}:${c.a("s2")})`),
          ...tail(c),
        };
      },
    },
  ];
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: realisasi rawat inap termasuk klaim JKN bulan November - Desember 2024 yang dibayar BPJS Kesehatan.",
    "Sumber: Bagian Keuangan RSUD, Buku Kas Umum Penerimaan BLUD.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Wamuka, 10 Januari 2025",
    jabatan: ["Direktur RSUD Wamuka Habema,"],
    nama: "dr. MARTHINUS WENDA KOGOYA, M.Kes.",
    pangkat: "Pembina (IV/a)",
    nip: "19820309 201001 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "far") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Farmasi Jumlah typed 3,858,006,300; 1,702,388,900 + 1,885,617,400 = 3,588,006,300 (digits 5 and 8 swapped)",
    truth: `${a("s1", "far")}+${a("s2", "far")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("s2", "tot") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH Semester II = jasa layanan + kerja sama only (7,768,517,500); with lain-lain (98,240,150) it is 7,866,757,650",
    truth: `${a("s2", "jl")}+${a("s2", "ks")}+${a("s2", "ll")}`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "ri"),
    rules: ["percent-out-of-range", "serapan-over-100", "capaian-mismatch"],
    truth: `ROUND(${a("j", "ri")}/${a("t", "ri")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("s1", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("s1", "jl")}+${a("s1", "ks")}+${a("s1", "ll")}`,
    trap: `SUM(${a("s1", "jl")}:${a("s1", "ll")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("t", "jl")}+${a("t", "ks")}+${a("t", "ll")}`,
    trap: `SUM(${a("t", "jl")}:${a("t", "ll")})`,
  });
  b.ok({
    sheet: S,
    cell: a("s1", "jl"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("s1", "rj")}:${a("s1", "far")})`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "ri"),
    rules: ["sum-mismatch"],
    truth: `${a("s1", "ri")}+${a("s2", "ri")}`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "rj"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("j", "rj")}/${a("t", "rj")}*100,2)`,
  });
  return b.finish();
}
