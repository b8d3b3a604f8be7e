// Progress and realisation recaps: the monthly physical and financial progress report of the Dinas
// PUPR of Provinsi Kepulauan Riau for Triwulan III 2024 (cumulative rencana / realisasi per month per
// sub kegiatan, deviasi and serapan), and the DAK Fisik 2024 recap per bidang and sub bidang of
// Kabupaten Kepulauan Tambelau (pagu, kontrak, sisa tender, realisasi SP2D, persentase, sisa pagu).
// Every person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Pr = {
  id: string;
  kode: string;
  nama: string;
  pagu: number;
  /** cumulative Juli, Agustus, September: fisik rencana, fisik realisasi, keuangan rencana, keuangan realisasi */
  m: Array<[number, number, number, number]>;
};

/** Laporan progres fisik dan keuangan Triwulan III 2024, Dinas PUPR Provinsi Kepulauan Riau. */
export function progresPuprKepri(): BookW {
  const b = new BookW(
    "progres-fisik-keuangan-tw3-2024-dinas-pupr-provinsi-kepri.xlsx",
    "monthly physical and financial progress per sub kegiatan (cumulative rencana / realisasi, deviasi, serapan)",
    "No | Kode | Sub Kegiatan | Pagu (Rp) | per month Juli / Agustus / September 2024 > 'Fisik (%)' > Ren. / Real. and 'Keuangan (Rp)' > Ren. / Real. (s.d. the month) | 'Deviasi s.d. September' > Fisik (%) / Keuangan (Rp) | Serapan (%); three header rows; JUMLAH of pagu and keuangan only",
  );
  const S = "Progres TW III";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KEPULAUAN RIAU",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Pusat Pemerintahan Provinsi, Istana Kota Piring - Dompak",
  ]);
  s.lines(
    [
      "LAPORAN PERKEMBANGAN PELAKSANAAN FISIK DAN KEUANGAN KEGIATAN",
      "TRIWULAN III TAHUN ANGGARAN 2024 (kumulatif s.d. akhir bulan)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const ps: Pr[] = [
    {
      id: "s1",
      kode: "1.03.10.2.01.0016",
      nama: "Rekonstruksi Jalan Ruas Tanjung Uban - Lagoi Seksi II",
      pagu: 14_860_500_000,
      m: [
        [38.5, 36.2, 4_458_150_000, 4_012_335_000],
        [52, 47.8, 7_430_250_000, 6_835_830_000],
        [68.4, 63.1, 10_402_350_000, 9_214_625_000],
      ],
    },
    {
      id: "s2",
      kode: "1.03.10.2.01.0020",
      nama: "Rehabilitasi Jalan Ruas Sei Lekop - Kijang",
      pagu: 8_245_300_000,
      m: [
        [45, 46.5, 3_298_120_000, 3_298_120_000],
        [62.5, 64, 4_947_180_000, 4_947_180_000],
        [80, 79.2, 6_596_240_000, 6_183_975_000],
      ],
    },
    {
      id: "s3",
      kode: "1.03.10.2.01.0026",
      nama: "Pemeliharaan Berkala Jalan Ruas Dabo - Sungai Buluh",
      pagu: 5_612_750_000,
      m: [
        [30, 24.6, 1_122_550_000, 842_000_000],
        [48, 39.5, 2_245_100_000, 1_683_825_000],
        [65, 52.3, 3_367_650_000, 2_525_737_500],
      ],
    },
    {
      id: "s4",
      kode: "1.03.10.2.01.0027",
      nama: "Pemeliharaan Rutin Jalan Provinsi Wilayah Bintan - Karimun",
      pagu: 3_184_000_000,
      m: [
        [58.3, 58.3, 1_857_000_000, 1_840_250_000],
        [66.7, 66.7, 2_123_000_000, 2_106_400_000],
        [75, 74.5, 2_388_000_000, 2_352_860_000],
      ],
    },
    {
      id: "s5",
      kode: "1.03.03.2.01.0010",
      nama: "Rehabilitasi Jaringan Irigasi Permukaan D.I. Sei Pulai",
      pagu: 2_736_900_000,
      m: [
        [20, 12.5, 547_380_000, 410_535_000],
        [40, 31, 1_094_760_000, 821_070_000],
        [60, 48.6, 1_642_140_000, 1_231_605_000],
      ],
    },
  ];
  const months = ["Juli 2024", "Agustus 2024", "September 2024"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 19 },
    { key: "nama", head: ["Sub Kegiatan / Paket Pekerjaan"], width: 42 },
    { key: "pagu", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
  ];
  months.forEach((m, i) => {
    cols.push(
      { key: `fr${i}`, head: [m, "Fisik (%)", "Ren."], role: "target", year: 2024, fmt: DEC, width: 8 },
      { key: `fx${i}`, head: [m, "Fisik (%)", "Real."], role: "realisasi", year: 2024, fmt: DEC, width: 8 },
      { key: `kr${i}`, head: [m, "Keuangan (Rp)", "Ren."], fmt: RP, width: 16 },
      {
        key: `kx${i}`,
        head: [m, "Keuangan (Rp)", "Real."],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 16,
      },
    );
  });
  cols.push(
    { key: "df", head: ["Deviasi s.d. September", "Fisik (%)"], fmt: DEC, width: 9 },
    { key: "dk", head: ["Deviasi s.d. September", "Keuangan (Rp)"], fmt: RP, width: 15 },
    { key: "sr", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
  );
  const rows: Row[] = ps.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, kode: x.kode, nama: x.nama, pagu: x.pagu };
      x.m.forEach(([fr, fxv, kr, kx], j) => {
        out[`fr${j}`] = fr;
        out[`fx${j}`] = fxv;
        out[`kr${j}`] = kr;
        out[`kx${j}`] = kx;
      });
      // planted: the Dabo - Sungai Buluh row subtracts realisasi from rencana
      out.df = x.id === "s3" ? fx(`${c.a("fr2")}-${c.a("fx2")}`) : fx(`${c.a("fx2")}-${c.a("fr2")}`);
      out.dk = fx(`${c.a("kx2")}-${c.a("kr2")}`);
      out.sr = fx(`ROUND(${c.a("kx2")}/${c.a("pagu")}*100,2)`);
      return out;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["pagu", "kr0", "kx0", "kr1", "kx1", "kr2", "dk"])
        out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s5")})`);
      // planted: a stale cached total from the draft before the irigasi SP2D was posted
      out.kx2 = fx(`SUM(${c.a("kx2", "s1")}:${c.a("kx2", "s5")})`, 20_277_197_500);
      out.sr = fx(`ROUND(${c.a("kx2")}/${c.a("pagu")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Keterangan: progres fisik dan keuangan bersifat kumulatif s.d. akhir bulan berkenaan (bukan dijumlahkan antar bulan).",
    "Deviasi = Realisasi - Rencana; nilai negatif berarti terlambat.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjungpinang, 7 Oktober 2024",
    jabatan: ["Kepala Dinas PUPR Provinsi Kepulauan Riau"],
    nama: "Ir. TENGKU MUHAMMAD FARHAN ISKANDAR, M.T.",
    nip: "19720417 199803 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("df", "s3") },
    rules: ["inconsistent-formula"],
    note: "Deviasi fisik of the Dabo - Sungai Buluh maintenance is =Ren.-Real. (+12.70) where the others compute Real.-Ren.; 52.30 - 65.00 gives -12.70 (a late package shown as ahead)",
    truth: `${a("fx2", "s3")}-${a("fr2", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kx2", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH realisasi keuangan s.d. September is =SUM of the five rows with a stale cached 20,277,197,500 (before the irigasi SP2D of 1,231,605,000 was posted); the rows give 21,508,802,500",
    truth: `SUM(${a("kx2", "s1")}:${a("kx2", "s5")})`,
  });
  // traps: cumulative figures, the September value is not the months added up
  b.ok({
    sheet: S,
    cell: a("kx2", "s1"),
    rules: ["sum-mismatch"],
    truth: "9214625000",
    trap: `${a("kx0", "s1")}+${a("kx1", "s1")}+${a("kx2", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("fx2", "s2"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: "79.2",
    trap: `${a("fx0", "s2")}+${a("fx1", "s2")}+${a("fx2", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("df", "s1"),
    rules: ["inconsistent-formula"],
    truth: `${a("fx2", "s1")}-${a("fr2", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sr", "s4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("kx2", "s4")}/${a("pagu", "s4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "s1")}:${a("pagu", "s5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kr2", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("kr2", "s1")}:${a("kr2", "s5")})`,
  });
  return b.finish();
}

type Dk = {
  id: string;
  nama: string;
  pagu?: number;
  kon?: number;
  real?: number;
  ket?: string;
  kids?: string[];
};

/** Rekapitulasi DAK Fisik 2024 per bidang, Kabupaten Kepulauan Tambelau. */
export function rekapDakTambelau(): BookW {
  const b = new BookW(
    "rekap-dak-fisik-2024-per-bidang-kabupaten-kepulauan-tambelau.xlsx",
    "DAK Fisik recap per bidang and sub bidang (pagu, kontrak, sisa tender, realisasi, %, sisa pagu)",
    "No | Bidang / Sub Bidang DAK Fisik | Pagu Alokasi (Rp) | Nilai Kontrak (Rp) | Sisa Tender (Rp) | Realisasi SP2D (Rp) | % thd Pagu | Sisa Pagu (Rp) | Keterangan; number row (1) .. (9) with '(5) = (3) - (4)', '(7) = (6) / (3) x 100', '(8) = (3) - (6)'; bidang subtotals SUM their sub bidang, TOTAL adds the bidang",
  );
  const S = "Rekap DAK 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KEPULAUAN TAMBELAU",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
  ]);
  s.lines(["REKAPITULASI PELAKSANAAN DAK FISIK TAHUN ANGGARAN 2024", "Posisi 31 Desember 2024"], 1, {
    bold: true,
  });
  s.gap();
  const ds: Dk[] = [
    { id: "b1", nama: "Bidang Pendidikan", kids: ["d1", "d2", "d3"] },
    {
      id: "d1",
      nama: "- Sub Bidang PAUD",
      pagu: 1_248_600_000,
      kon: 1_196_450_000,
      real: 1_196_450_000,
      ket: "Selesai",
    },
    {
      id: "d2",
      nama: "- Sub Bidang SD",
      pagu: 4_372_800_000,
      kon: 4_185_320_000,
      real: 4_112_760_000,
      ket: "Retensi 5 % belum dibayar",
    },
    {
      id: "d3",
      nama: "- Sub Bidang SMP",
      pagu: 3_096_400_000,
      kon: 2_958_700_000,
      real: 2_958_700_000,
      ket: "Selesai",
    },
    { id: "b2", nama: "Bidang Kesehatan dan KB", kids: ["d4", "d5"] },
    {
      id: "d4",
      nama: "- Sub Bidang Pelayanan Kesehatan Dasar",
      pagu: 5_684_250_000,
      kon: 5_402_900_000,
      real: 5_215_640_000,
      ket: "Alkes puskesmas",
    },
    {
      id: "d5",
      nama: "- Sub Bidang Keluarga Berencana",
      pagu: 862_500_000,
      kon: 824_180_000,
      real: 824_180_000,
      ket: "Selesai",
    },
    { id: "b3", nama: "Bidang Infrastruktur", kids: ["d6", "d7", "d8"] },
    {
      id: "d6",
      nama: "- Sub Bidang Jalan",
      pagu: 12_846_300_000,
      kon: 12_214_650_000,
      real: 11_986_420_000,
      ket: "PHO 30 Desember",
    },
    // planted: the SP2D typed 3,827,400,000; the contract of 3,287,400,000 was paid in full
    {
      id: "d7",
      nama: "- Sub Bidang Air Minum",
      pagu: 3_418_620_000,
      kon: 3_287_400_000,
      real: 3_827_400_000,
      ket: "BAST 100 %, dibayar lunas",
    },
    {
      id: "d8",
      nama: "- Sub Bidang Sanitasi",
      pagu: 1_975_400_000,
      kon: 1_893_260_000,
      real: 1_802_115_000,
      ket: "Sisa 1 paket putus kontrak",
    },
    { id: "b4", nama: "Bidang Kelautan dan Perikanan", kids: ["d9"] },
    {
      id: "d9",
      nama: "- Sub Bidang Kelautan dan Perikanan",
      pagu: 2_146_900_000,
      kon: 2_037_500_000,
      real: 2_037_500_000,
      ket: "Selesai",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nama", head: ["Bidang / Sub Bidang DAK Fisik"], num: "(2)", width: 40 },
    {
      key: "pagu",
      head: ["Pagu Alokasi (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "(3)",
      fmt: RP,
      width: 17,
    },
    { key: "kon", head: ["Nilai Kontrak (Rp)"], num: "(4)", fmt: RP, width: 17 },
    { key: "st", head: ["Sisa Tender (Rp)"], num: "(5) = (3) - (4)", fmt: RP, width: 15 },
    {
      key: "real",
      head: ["Realisasi SP2D (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(6)",
      fmt: RP,
      width: 17,
    },
    {
      key: "pct",
      head: ["% thd Pagu"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6) / (3) x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "sp", head: ["Sisa Pagu (Rp)"], num: "(8) = (3) - (6)", fmt: RP, width: 15 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(9)", width: 26 },
  ];
  let no = 0;
  const rows: Row[] = ds.map((x) => {
    const bid = !!x.kids;
    if (bid) no++;
    return {
      id: x.id,
      bold: bid,
      cells: (c): Record<string, Cell> => {
        const sumK = (k: string, upto = x.kids!.length - 1) =>
          x.kids!.length === 1
            ? fx(c.a(k, x.kids![0]))
            : fx(`SUM(${c.a(k, x.kids![0])}:${c.a(k, x.kids![upto])})`);
        return {
          no: bid ? no : undefined,
          nama: x.nama,
          pagu: bid ? sumK("pagu") : x.pagu,
          // planted: the Pendidikan kontrak subtotal stops at SD
          kon: bid ? (x.id === "b1" ? sumK("kon", 1) : sumK("kon")) : x.kon,
          st: fx(`${c.a("pagu")}-${c.a("kon")}`),
          real: bid ? sumK("real") : x.real,
          pct: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          sp: fx(`${c.a("pagu")}-${c.a("real")}`),
          ket: x.ket,
        };
      },
    };
  });
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "TOTAL DAK FISIK" };
      for (const k of ["pagu", "kon", "real"])
        out[k] = fx(["b1", "b2", "b3", "b4"].map((i) => c.a(k, i)).join("+"));
      out.st = fx(`${c.a("pagu")}-${c.a("kon")}`);
      out.pct = fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`);
      out.sp = fx(`${c.a("pagu")}-${c.a("real")}`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 1, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber: OM-SPAN dan SP2D BPKAD Kabupaten Kepulauan Tambelau per 31 Desember 2024."]);
  s.gap();
  signature(s, 6, {
    tempat: "Tanjung Selasih, 15 Januari 2025",
    jabatan: ["Kepala Bappelitbangda", "Kabupaten Kepulauan Tambelau"],
    nama: "Dr. MEGAT ZULKARNAIN DAHLAN, S.T., M.Sc.",
    nip: "19790225 200502 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "d7") },
        { sheet: S, cell: a("pct", "d7") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Air Minum realisasi SP2D typed 3,827,400,000 on a pagu of 3,418,620,000 (111.96 %); the contract of 3,287,400,000 was paid in full (BAST 100 %), digits 2 and 8 swapped",
    truth: a("kon", "d7"),
  });
  b.plant({
    at: { sheet: S, cell: a("kon", "b1") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Bidang Pendidikan kontrak =SUM stops at Sub Bidang SD (5,381,770,000); with SMP (2,958,700,000) the three give 8,340,470,000",
    truth: `SUM(${a("kon", "d1")}:${a("kon", "d3")})`,
  });
  // traps: the bidang subtotal sums only its own sub bidang, the total's % is its own ratio
  b.ok({
    sheet: S,
    cell: a("pagu", "b3"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "d6")}:${a("pagu", "d8")})`,
    trap: `SUM(${a("pagu", "d6")}:${a("pagu", "d9")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("real", "tot")}/${a("pagu", "tot")}*100,2)`,
    trap: `${a("pct", "b1")}+${a("pct", "b2")}+${a("pct", "b3")}+${a("pct", "b4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("real", "b2"),
    rules: ["sum-mismatch"],
    truth: `${a("real", "d4")}+${a("real", "d5")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "b1")}+${a("pagu", "b2")}+${a("pagu", "b3")}+${a("pagu", "b4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "d2"),
    rules: ["serapan-over-100", "capaian-mismatch"],
    truth: `ROUND(${a("real", "d2")}/${a("pagu", "d2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("sp", "d6"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "d6")}-${a("real", "d6")}`,
  });
  return b.finish();
}
