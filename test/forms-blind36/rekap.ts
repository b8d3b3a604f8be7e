// Provincial recaps of the thirty-sixth unseen set (Nusa Tenggara Barat): the recap of every OPD's IKU
// with capaian and predikat (Biro Organisasi) and the APBD realisation per organisation with
// pendapatan, belanja and surplus / defisit (BPKAD). Every person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Iku = {
  id: string;
  opd: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  lower?: boolean;
  cap?: number;
};

/** Rekapitulasi capaian IKU seluruh perangkat daerah 2024 with Predikat and a RATA-RATA row. */
export function rekapIkuOpd(): BookW {
  const b = new BookW(
    "rekap-iku-seluruhopd-biroorganisasi-ntb.xlsx",
    "rekapitulasi capaian IKU seluruh perangkat daerah (biro organisasi provinsi)",
    "sheet 'Rekap IKU PD 2024': No | Perangkat Daerah | Indikator Kinerja Utama | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) typed | Predikat | Keterangan; a lower-is-better AKI with the refleksi, a PAD above target; RATA-RATA row AVERAGE with its predikat; signature of the Kepala Biro",
  );
  const S = "Rekap IKU PD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "SEKRETARIAT DAERAH - BIRO ORGANISASI"]);
  s.lines(["REKAPITULASI CAPAIAN INDIKATOR KINERJA UTAMA PERANGKAT DAERAH TAHUN 2024"], 1, { bold: true });
  s.gap();
  const ik: Iku[] = [
    {
      id: "dikbud",
      opd: "Dinas Pendidikan dan Kebudayaan",
      ind: "Angka Partisipasi Kasar SMA/SMK sederajat",
      sat: "%",
      t: 92.5,
      r: 91.64,
    },
    {
      id: "dinkes",
      opd: "Dinas Kesehatan",
      ind: "Angka Kematian Ibu",
      sat: "per 100.000 KH",
      t: 145,
      r: 132,
      lower: true,
    },
    {
      id: "bapenda",
      opd: "Badan Pendapatan Daerah",
      ind: "Realisasi Pendapatan Asli Daerah (miliar Rp)",
      sat: "miliar Rp",
      t: 3_215.4,
      r: 3_426.15,
    },
    // planted: capaian typed 69.60 (digits of 96.00 swapped); 86.40 / 90 = 96.00
    {
      id: "distan",
      opd: "Dinas Pertanian dan Perkebunan",
      ind: "Produksi padi (ribu ton)",
      sat: "ribu ton",
      t: 1_620,
      r: 1_555.2,
      cap: 69.6,
    },
    {
      id: "dispar",
      opd: "Dinas Pariwisata",
      ind: "Jumlah kunjungan wisatawan (ribu orang)",
      sat: "ribu orang",
      t: 2_400,
      r: 2_160,
    },
    {
      id: "dlhk",
      opd: "Dinas Lingkungan Hidup dan Kehutanan",
      ind: "Indeks Kualitas Lingkungan Hidup",
      sat: "indeks",
      t: 72.8,
      r: 54.31,
    },
    {
      id: "kominfo",
      opd: "Dinas Komunikasi, Informatika dan Statistik",
      ind: "Indeks SPBE",
      sat: "indeks",
      t: 3.2,
      r: 2.88,
    },
    { id: "dp3ap2kb", opd: "DP3AP2KB", ind: "Indeks Pembangunan Gender", sat: "indeks", t: 92.4, r: 85.66 },
  ];
  const capOf = (x: Iku) => round(x.lower ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], width: 32 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: "#,##0.##" },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: "#,##0.##" },
    { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Predikat"], role: "predikat", width: 14 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 26 },
  ];
  const rows: Row[] = ik.map((x, i) => {
    const cap = x.cap ?? capOf(x);
    // planted: the DLHK's 74.60 given "Tinggi"
    let pred = predikat(x.cap ? capOf(x) : cap);
    if (x.id === "dlhk") pred = "Tinggi";
    return {
      id: x.id,
      cells: {
        no: i + 1,
        opd: x.opd,
        ind: x.ind,
        sat: x.sat,
        t: x.t,
        r: x.r,
        cap,
        pred,
        ket: x.lower ? "semakin kecil semakin baik (2T-R)/T" : "",
      },
    };
  });
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "RATA-RATA CAPAIAN",
      cap: fx(`ROUND(AVERAGE(${c.a("cap", "dikbud")}:${c.a("cap", "dp3ap2kb")}),2)`),
      pred: predikat(round(ik.reduce((p, x) => p + (x.cap ?? capOf(x)), 0) / ik.length)),
    }),
  });
  const t = s.table({ cols, headerRows: 1, rows });
  s.gap();
  signature(s, 7, {
    tempat: "Mataram, 28 Februari 2025",
    jabatan: ["Kepala Biro Organisasi"],
    nama: "SRI WAHYUNINGSIH PURBASARI, S.Sos., M.AP.",
    nip: "19780216 200112 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "distan") },
    rules: ["capaian-mismatch"],
    note: "Produksi padi capaian typed 69.60 (digits of 96.00 swapped): 1,555.2 / 1,620 = 96.00 (the predikat Sangat Tinggi follows the right value)",
    truth: `ROUND(${a("r", "distan")}/${a("t", "distan")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "dlhk") },
    rules: ["predikat-mismatch"],
    note: "IKLH capaian 54.31 / 72.80 = 74.60 lies in 65 < x <= 75: Sedang, typed Tinggi",
    truth: `PREDIKAT(${a("cap", "dlhk")})`,
  });
  // trap: AKI is lower-is-better, its capaian the refleksi
  b.ok({
    sheet: S,
    cell: a("cap", "dinkes"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "dinkes")}-${a("r", "dinkes")})/${a("t", "dinkes")}*100,2)`,
    trap: `ROUND(${a("r", "dinkes")}/${a("t", "dinkes")}*100,2)`,
  });
  // trap: revenue above target gives capaian above 100
  b.ok({
    sheet: S,
    cell: a("cap", "bapenda"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "bapenda")}/${a("t", "bapenda")}*100,2)`,
    trap: "100",
  });
  // trap: exactly 90.00 stays Tinggi (the band is above 90)
  b.ok({
    sheet: S,
    cell: a("pred", "dispar"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "dispar")})`,
    trap: `PREDIKAT(${a("cap", "dispar")}+0.01)`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "kominfo"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "kominfo")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "dp3ap2kb"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "dp3ap2kb")}/${a("t", "dp3ap2kb")}*100,2)`,
  });
  return b.finish();
}

type Org = { id: string; kode: string; nama: string; pa: number; pr: number; ba: number; br: number };

/** Laporan realisasi APBD 2024 per organisasi: pendapatan, belanja, surplus / (defisit). */
export function apbdPerOrganisasi(): BookW {
  const b = new BookW(
    "lra-perorganisasi-surplusdefisit-bpkad-ntb.xlsx",
    "realisasi APBD per organisasi (pendapatan, belanja, surplus/defisit) (BPKAD provinsi)",
    "sheet 'LRA per SKPD': Kode Organisasi | Nama SKPD | 'Pendapatan' > Anggaran | Realisasi | % | 'Belanja' > Anggaran | Realisasi | % | 'Surplus / (Defisit)' > Anggaran | Realisasi; amounts in full rupiah; TOTAL row of SUM, % from totals; the PPKD's revenue realised above target",
  );
  const S = "LRA per SKPD";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.lines(
    [
      "LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH PER ORGANISASI",
      "Tahun Anggaran 2024 (dalam rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const os: Org[] = [
    {
      id: "dikbud",
      kode: "1.01.0.00.0.00.01.0000",
      nama: "Dinas Pendidikan dan Kebudayaan",
      pa: 118_450_000_000,
      pr: 121_337_482_150,
      ba: 1_684_205_330_000,
      br: 1_602_118_964_275,
    },
    {
      id: "dinkes",
      kode: "1.02.0.00.0.00.01.0000",
      nama: "Dinas Kesehatan",
      pa: 4_250_000_000,
      pr: 3_987_615_400,
      ba: 412_630_150_000,
      br: 389_452_713_820,
    },
    {
      id: "rsud",
      kode: "1.02.0.00.0.00.01.0001",
      nama: "RSUD Provinsi",
      pa: 365_000_000_000,
      pr: 348_216_930_550,
      ba: 401_275_800_000,
      br: 372_904_118_600,
    },
    {
      id: "pupr",
      kode: "1.03.0.00.0.00.01.0000",
      nama: "Dinas Pekerjaan Umum dan Penataan Ruang",
      pa: 2_150_000_000,
      pr: 2_386_450_000,
      ba: 538_920_475_000,
      br: 517_362_088_410,
    },
    {
      id: "dishub",
      kode: "2.15.0.00.0.00.01.0000",
      nama: "Dinas Perhubungan",
      pa: 31_800_000_000,
      pr: 29_644_205_000,
      ba: 86_415_600_000,
      br: 80_127_954_300,
    },
    // planted: belanja realisasi typed 49,846,221,900 (48 typed 49): above the anggaran 48,960,380,000
    {
      id: "distan",
      kode: "3.27.0.00.0.00.01.0000",
      nama: "Dinas Pertanian dan Perkebunan",
      pa: 6_420_000_000,
      pr: 6_118_760_250,
      ba: 48_960_380_000,
      br: 94_846_221_900,
    },
    {
      id: "bpkad",
      kode: "5.02.0.00.0.00.01.0000",
      nama: "Badan Pengelolaan Keuangan dan Aset Daerah (PPKD)",
      pa: 4_236_880_000_000,
      pr: 4_311_520_417_600,
      ba: 1_906_415_270_000,
      br: 1_851_003_426_945,
    },
  ];
  const M = 48_846_221_900;
  const P = "Pendapatan";
  const B = "Belanja";
  const SD = "Surplus / (Defisit)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode Organisasi"], role: "kode", width: 22 },
    { key: "nama", head: ["Nama SKPD"], width: 36 },
    { key: "pa", head: [P, "Anggaran"], role: "anggaran", year: 2024, fmt: RP, width: 19 },
    { key: "pr", head: [P, "Realisasi"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 19 },
    { key: "pp", head: [P, "%"], fmt: DEC, width: 8 },
    { key: "ba", head: [B, "Anggaran"], role: "anggaran", year: 2024, fmt: RP, width: 19 },
    { key: "br", head: [B, "Realisasi"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 19 },
    { key: "bp", head: [B, "%"], fmt: DEC, width: 8 },
    { key: "sa", head: [SD, "Anggaran"], fmt: RP, width: 19 },
    { key: "sr", head: [SD, "Realisasi"], fmt: RP, width: 19 },
  ];
  const rows: Row[] = os.map((x) => ({
    id: x.id,
    cells: (c) => ({
      kode: x.kode,
      nama: x.nama,
      pa: x.pa,
      pr: x.pr,
      pp: fx(`ROUND(${c.a("pr")}/${c.a("pa")}*100,2)`),
      ba: x.ba,
      br: x.br,
      bp: fx(`ROUND(${c.a("br")}/${c.a("ba")}*100,2)`),
      sa: fx(`${c.a("pa")}-${c.a("ba")}`),
      // planted: Dishub's surplus realisasi is a stale cached result (before a late SP2D correction)
      sr:
        x.id === "dishub"
          ? fx(`${c.a("pr")}-${c.a("br")}`, -48_906_314_700)
          : fx(`${c.a("pr")}-${c.a("br")}`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "nama"],
    cells: (c) => {
      const out: Record<string, Cell> = { kode: "JUMLAH" };
      for (const k of ["pa", "pr", "ba", "br", "sa", "sr"])
        out[k] = fx(`SUM(${c.a(k, "dikbud")}:${c.a(k, "bpkad")})`);
      out.pp = fx(`ROUND(${c.a("pr")}/${c.a("pa")}*100,2)`);
      out.bp = fx(`ROUND(${c.a("br")}/${c.a("ba")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  signature(s, 8, {
    tempat: "Mataram, 31 Januari 2025",
    jabatan: ["Kepala Badan Pengelolaan Keuangan", "dan Aset Daerah"],
    nama: "I GUSTI NGURAH ARYA PRAMESTI, S.E., M.Si., Ak.",
    nip: "19750529 199903 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("br", "distan") },
    rules: ["serapan-over-100"],
    note: `Dinas Pertanian's belanja realisasi typed 49,846,221,900 (for ${M.toLocaleString("en")}) against an anggaran of 48,960,380,000: 101.81 %`,
    truth: `${a("ba", "distan")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("sr", "dishub") },
    rules: ["sum-mismatch"],
    note: "Dishub's surplus / (defisit) realisasi caches -48,906,314,700 (a stale result); =pr-br gives 29,644,205,000 - 80,127,954,300 = -50,483,749,300",
    truth: `${a("pr", "dishub")}-${a("br", "dishub")}`,
  });
  // trap: revenue realised above target (108.5 %) is no over-absorption
  b.ok({
    sheet: S,
    cell: a("pr", "pupr"),
    rules: ["serapan-over-100"],
    truth: `ROUND(${a("pr", "pupr")},0)`,
    actual: a("pr", "pupr"),
    trap: a("pa", "pupr"),
  });
  b.ok({
    sheet: S,
    cell: a("pp", "bpkad"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("pr", "bpkad")}/${a("pa", "bpkad")}*100,2)`,
    trap: "100",
  });
  // trap: the total % is the totals' ratio, not a sum of the rows' %
  b.ok({
    sheet: S,
    cell: a("bp", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("br", "tot")}/${a("ba", "tot")}*100,2)`,
    trap: `SUM(${a("bp", "dikbud")}:${a("bp", "bpkad")})`,
  });
  for (const k of ["pa", "br", "sa"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "dikbud")}:${a(k, "bpkad")})`,
    });
  b.ok({
    sheet: S,
    cell: a("sr", "rsud"),
    rules: ["sum-mismatch"],
    truth: `${a("pr", "rsud")}-${a("br", "rsud")}`,
  });
  return b.finish();
}
