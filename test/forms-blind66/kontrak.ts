// Package-level contract progress reports: the construction packages of the Bidang Bina Marga of the DPUPR
// of Provinsi Sumatera Selatan at the end of Triwulan III 2024 (nilai awal, addendum, progres fisik rencana /
// realisasi / deviasi, termin paid and its share of the contract), and the packages of the Dinas Perumahan
// dan Kawasan Permukiman of Provinsi Bengkulu at the end of 2024 per source of funds, with termin I .. III.
// Every office, firm, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type P = {
  id: string;
  nama: string;
  pen: string;
  nk: string;
  awal: number;
  add: number;
  akhir?: number;
  ren: number;
  real: number;
  bayar: number;
  ket: string;
};

/** Progres paket pekerjaan konstruksi TW III 2024, Bidang Bina Marga DPUPR Provinsi Sumatera Selatan. */
export function progresPaketSumsel(): BookW {
  const b = new BookW(
    "progres-paket-konstruksi-tw3-2024-bina-marga-sumsel.xlsx",
    "package-level contract progress report (nilai kontrak, addendum, progres fisik, termin)",
    "No | Nama Paket Pekerjaan | Penyedia Jasa | 'Kontrak' > Nomor | Nilai Awal (Rp) | 'Addendum (Rp)' (+ tambah / - kurang) | Nilai Kontrak Akhir (Rp) | 'Progres Fisik (%)' > Rencana | Realisasi | Deviasi | 'Pembayaran s.d. TW III' > Termin (Rp) | % thd Kontrak | Sisa Kontrak (Rp) | Ket.; JUMLAH row; a negative addendum",
  );
  const S = "Progres TW III";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG PROVINSI SUMATERA SELATAN", "BIDANG BINA MARGA"]);
  s.lines(
    [
      "LAPORAN PERKEMBANGAN PELAKSANAAN PAKET PEKERJAAN KONSTRUKSI TA 2024",
      "Posisi s.d. 30 September 2024 (Triwulan III)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const xs: P[] = [
    {
      id: "p1",
      nama: "Peningkatan Jalan Ruas Muara Selangis - Bts. Kab. Lematang Hulu",
      pen: "PT Sriwangi Karya Utama",
      nk: "620/021/KTR/BM/2024",
      awal: 14_872_350_000,
      add: 0,
      ren: 78.4,
      real: 81.25,
      bayar: 10_410_645_000,
      ket: "Termin III",
    },
    {
      id: "p2",
      nama: "Rekonstruksi Jalan Sp. Air Rambai - Pangkalan Sepuh",
      pen: "PT Lematang Jaya Konstruksi",
      nk: "620/035/KTR/BM/2024",
      awal: 22_415_780_000,
      add: 1_204_650_000,
      ren: 65,
      real: 61.37,
      bayar: 11_810_215_000,
      ket: "Addendum I kerja tambah",
    },
    {
      id: "p3",
      nama: "Pemeliharaan Berkala Jalan Sp. Sukadana - Ulak Kemang",
      pen: "CV Bumi Penukal",
      nk: "620/047/KTR/BM/2024",
      awal: 6_987_420_000,
      add: -312_560_000,
      ren: 97.5,
      real: 100,
      bayar: 6_341_117_000,
      ket: "PHO, retensi 5%",
    },
    // planted: nilai akhir typed 18,520,900,000 for 18,250,900,000 + 0
    {
      id: "p4",
      nama: "Penggantian Jembatan Air Lematang (bentang 60 m)",
      pen: "PT Ampera Baja Nusantara",
      nk: "620/058/KTR/BM/2024",
      awal: 18_250_900_000,
      add: 0,
      akhir: 18_520_900_000,
      ren: 42,
      real: 39.8,
      bayar: 5_475_270_000,
      ket: "Termin II",
    },
    // planted: the uang muka counted again in the termin paid
    {
      id: "p5",
      nama: "Pelebaran Jalan Lingkar Muara Selangis",
      pen: "PT Karya Musi Sentosa",
      nk: "620/052/KTR/BM/2024",
      awal: 9_634_500_000,
      add: 482_000_000,
      ren: 55,
      real: 58.1,
      bayar: 10_611_650_000,
      ket: "Termin II",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Nama Paket Pekerjaan"], width: 40 },
    { key: "pen", head: ["Penyedia Jasa"], width: 24 },
    { key: "nk", head: ["Kontrak", "Nomor"], width: 20 },
    { key: "aw", head: ["Kontrak", "Nilai Awal (Rp)"], fmt: RP, width: 17 },
    { key: "ad", head: ["Addendum (Rp)", "(+) tambah / (-) kurang"], fmt: RP, width: 15 },
    { key: "ak", head: ["Nilai Kontrak Akhir (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "ren", head: ["Progres Fisik (%)", "Rencana"], role: "target", year: 2024, fmt: DEC, width: 9 },
    {
      key: "rea",
      head: ["Progres Fisik (%)", "Realisasi"],
      role: "realisasi",
      year: 2024,
      fmt: DEC,
      width: 9,
    },
    { key: "dev", head: ["Progres Fisik (%)", "Deviasi"], fmt: DEC, width: 9 },
    {
      key: "by",
      head: ["Pembayaran s.d. TW III", "Termin (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    {
      key: "pb",
      head: ["Pembayaran s.d. TW III", "% thd Kontrak"],
      role: "capaian",
      year: 2024,
      fmt: DEC,
      width: 9,
    },
    { key: "sisa", head: ["Sisa Kontrak (Rp)"], fmt: RP, width: 16 },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 20 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      nama: x.nama,
      pen: x.pen,
      nk: x.nk,
      aw: x.awal,
      ad: x.add,
      ak: x.akhir ?? fx(`${c.a("aw")}+${c.a("ad")}`),
      ren: x.ren,
      rea: x.real,
      dev: fx(`${c.a("rea")}-${c.a("ren")}`),
      by: x.bayar,
      pb: fx(`ROUND(${c.a("by")}/${c.a("ak")}*100,2)`),
      sisa: fx(`${c.a("ak")}-${c.a("by")}`),
      ket: x.ket,
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "nk"],
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["aw", "ad", "ak", "by", "sisa"])
        out[k] = fx(`SUM(${c.c(k)}${c.row("p1")}:${c.c(k)}${c.row("p5")})`);
      out.pb = fx(`ROUND(${c.a("by")}/${c.a("ak")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Deviasi = Realisasi - Rencana; deviasi negatif > 10% masuk kategori kontrak kritis."], 1);
  s.gap();
  signature(s, 11, {
    tempat: "Palembang, 7 Oktober 2024",
    jabatan: ["Pejabat Pembuat Komitmen", "Bidang Bina Marga"],
    nama: "Andika Prasetyo Wirakusuma, S.T., M.T.",
    nip: "19840219 200903 1 005",
  });
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("ak", "p4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "jembatan Air Lematang nilai akhir typed 18,520,900,000 over the column's formula; 18,250,900,000 + 0 = 18,250,900,000 (digits swapped)",
    truth: `${A("aw", "p4")}+${A("ad", "p4")}`,
  });
  b.plant({
    at: { sheet: S, cell: A("pb", "p5") },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Jalan Lingkar paid 10,611,650,000 of a 10,116,500,000 contract (104.89 %) at 58.10 % physical progress: the uang muka 20 % counted twice; without the second uang muka (2,023,300,000) it is 84.89 %",
    truth: `ROUND((${A("by", "p5")}-0.2*${A("ak", "p5")})/${A("ak", "p5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: A("ak", "p3"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${A("aw", "p3")}+${A("ad", "p3")}`,
    trap: `${A("aw", "p3")}-${A("ad", "p3")}`,
  });
  b.ok({
    sheet: S,
    cell: A("pb", "tot"),
    rules: ["sum-mismatch", "serapan-over-100"],
    truth: `ROUND(${A("by", "tot")}/${A("ak", "tot")}*100,2)`,
    trap: ["p1", "p2", "p3", "p4", "p5"].map((id) => A("pb", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: A("dev", "p2"),
    rules: ["inconsistent-formula", "percent-out-of-range"],
    truth: `${A("rea", "p2")}-${A("ren", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: A("ad", "tot"),
    rules: ["sum-mismatch"],
    truth: ["p1", "p2", "p3", "p4", "p5"].map((id) => A("ad", id)).join("+"),
  });
  return b.finish();
}

type Q = {
  id: string;
  nama: string;
  kab: string;
  nk: number;
  add: number;
  tm: [number, number, number | null];
  fis: number;
  ket: string;
};

/** Rekap progres fisik dan keuangan paket TA 2024 per sumber dana, Dinas Perkim Provinsi Bengkulu. */
export function progresPaketPerkimBengkulu(): BookW {
  const b = new BookW(
    "rekap-progres-fisik-keuangan-paket-2024-perkim-bengkulu.xlsx",
    "package-level contract progress with termin I .. III per source of funds",
    "No | Nama Paket | Kab./Kota | Nilai Kontrak (Rp) | Addendum (Rp) | Nilai Setelah Addendum (Rp) | 'Realisasi Pembayaran (Rp)' > Termin I | Termin II | Termin III / PHO | Jumlah | 'Progres (%)' > Fisik | Keuangan | Keterangan; groups A. APBD Provinsi and B. DAK with subtotals, JUMLAH (A+B) adds the two subtotals",
  );
  const S = "Rekap Paket 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI BENGKULU",
    "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
    "Jl. Pembangunan No. 17 Padang Harapan, Bengkulu",
  ]);
  s.lines(
    [
      "REKAPITULASI PROGRES FISIK DAN KEUANGAN PAKET PEKERJAAN TAHUN ANGGARAN 2024",
      "Keadaan s.d. 31 Desember 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const A1: Q[] = [
    {
      id: "a1",
      nama: "Pembangunan PSU Perumahan MBR Kel. Pantai Panjang Baru",
      kab: "Kota Pantai Panjang",
      nk: 2_846_300_000,
      add: 0,
      tm: [853_890_000, 1_138_520_000, 711_575_000],
      fis: 100,
      ket: "PHO 2 Des 2024",
    },
    {
      id: "a2",
      nama: "Peningkatan Kualitas Kawasan Kumuh Desa Lubuk Saung",
      kab: "Kab. Air Manjuto",
      nk: 4_127_650_000,
      add: 206_380_000,
      tm: [1_238_295_000, 1_733_612_000, 1_083_508_000],
      fis: 100,
      ket: "Addendum II, PHO 18 Des 2024",
    },
    {
      id: "a3",
      nama: "Pembangunan Jalan Lingkungan Perumahan Kel. Talang Kering",
      kab: "Kab. Padang Guci",
      nk: 1_964_800_000,
      add: -48_200_000,
      tm: [589_440_000, 785_920_000, null],
      fis: 92.5,
      ket: "Denda keterlambatan berjalan",
    },
  ];
  const B1: Q[] = [
    {
      id: "b1",
      nama: "Peningkatan Kualitas RTLH (BSPS) 120 unit",
      kab: "Kab. Ketahun Hilir",
      nk: 2_640_000_000,
      add: 0,
      tm: [792_000_000, 1_056_000_000, 660_000_000],
      fis: 100,
      ket: "DAK Perumahan",
    },
    {
      id: "b2",
      nama: "Pembangunan Sarana Air Bersih Permukiman",
      kab: "Kab. Kaba Wetan",
      nk: 1_385_750_000,
      add: 27_500_000,
      tm: [415_725_000, 554_300_000, 346_438_000],
      fis: 100,
      ket: "DAK Perumahan",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Nama Paket"], width: 40 },
    { key: "kab", head: ["Kab./Kota"], role: "lokasi", width: 18 },
    { key: "nk", head: ["Nilai Kontrak (Rp)"], fmt: RP, width: 16 },
    { key: "ad", head: ["Addendum (Rp)"], fmt: RP, width: 14 },
    { key: "na", head: ["Nilai Setelah Addendum (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "t1", head: ["Realisasi Pembayaran (Rp)", "Termin I"], fmt: RP, width: 15 },
    { key: "t2", head: ["Realisasi Pembayaran (Rp)", "Termin II"], fmt: RP, width: 15 },
    { key: "t3", head: ["Realisasi Pembayaran (Rp)", "Termin III / PHO"], fmt: RP, width: 15 },
    {
      key: "jm",
      head: ["Realisasi Pembayaran (Rp)", "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "fis", head: ["Progres (%)", "Fisik"], role: "realisasi", year: 2024, fmt: DEC, width: 8 },
    { key: "keu", head: ["Progres (%)", "Keuangan"], role: "capaian", year: 2024, fmt: DEC, width: 8 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 24 },
  ];
  const money = ["nk", "ad", "na", "t1", "t2", "t3", "jm"];
  const pkg = (x: Q, i: number): Row => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      nama: x.nama,
      kab: x.kab,
      nk: x.nk,
      ad: x.add,
      na: fx(`${c.a("nk")}+${c.a("ad")}`),
      t1: x.tm[0],
      t2: x.tm[1],
      t3: x.tm[2] ?? "-",
      // planted (a2): the Jumlah stops at Termin II
      jm: fx(
        x.id === "a2"
          ? `SUM(${c.a("t1")}:${c.a("t2")})`
          : x.tm[2] === null
            ? `SUM(${c.a("t1")}:${c.a("t2")})`
            : `SUM(${c.a("t1")}:${c.a("t3")})`,
      ),
      fis: x.fis,
      // planted (b1): the cached result kept from before Termin III was entered
      keu: fx(`ROUND(${c.a("jm")}/${c.a("na")}*100,2)`, x.id === "b1" ? 70 : undefined),
      ket: x.ket,
    }),
  });
  const sub = (id: string, label: string, first: string, last: string): Row => ({
    id,
    bold: true,
    span: ["nama", "kab"],
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { nama: label };
      for (const k of money) out[k] = fx(`SUM(${c.c(k)}${c.row(first)}:${c.c(k)}${c.row(last)})`);
      out.keu = fx(`ROUND(${c.a("jm")}/${c.a("na")}*100,2)`);
      return out;
    },
  });
  const head = (id: string, no: string, label: string): Row => ({
    id,
    bold: true,
    cells: { no, nama: label },
  });
  const rows: Row[] = [
    head("hA", "A", "APBD PROVINSI"),
    ...A1.map(pkg),
    sub("sA", "Sub Jumlah A", "a1", "a3"),
    head("hB", "B", "DAK FISIK BIDANG PERUMAHAN"),
    ...B1.map(pkg),
    sub("sB", "Sub Jumlah B", "b1", "b2"),
    {
      id: "tot",
      bold: true,
      span: ["nama", "kab"],
      cells: (c): Record<string, Cell> => {
        const out: Record<string, Cell> = { nama: "JUMLAH (A + B)" };
        for (const k of money) out[k] = fx(`${c.a(k, "sA")}+${c.a(k, "sB")}`);
        out.keu = fx(`ROUND(${c.a("jm")}/${c.a("na")}*100,2)`);
        return out;
      },
    },
  ];
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["Keterangan: Termin III / PHO dibayarkan 95%, retensi 5% ditahan sampai FHO."], 1);
  s.gap();
  signature(s, 10, {
    tempat: "Bengkulu, 6 Januari 2025",
    jabatan: ["Kepala Bidang Kawasan Permukiman"],
    nama: "Nurhayati Kembang Seri, S.T., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19800317 200604 2 009",
  });
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("jm", "a2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Lubuk Saung Jumlah = SUM(Termin I : Termin II) = 2,971,907,000; with Termin III / PHO 1,083,508,000 it is 4,055,415,000",
    truth: `${A("t1", "a2")}+${A("t2", "a2")}+${A("t3", "a2")}`,
  });
  b.plant({
    at: { sheet: S, cell: A("keu", "b1") },
    rules: ["capaian-mismatch"],
    note: "RTLH BSPS Keuangan keeps a stale cached 70.00 (before Termin III); 2,508,000,000 / 2,640,000,000 x 100 = 95.00",
    truth: `ROUND(${A("jm", "b1")}/${A("na", "b1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: A("jm", "tot"),
    rules: ["sum-mismatch"],
    truth: `${A("jm", "sA")}+${A("jm", "sB")}`,
    trap: `SUM(${t.c("jm")}${t.row("a1")}:${t.c("jm")}${t.row("sB")})`,
  });
  b.ok({
    sheet: S,
    cell: A("jm", "a3"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: `${A("t1", "a3")}+${A("t2", "a3")}`,
  });
  b.ok({
    sheet: S,
    cell: A("na", "a3"),
    rules: ["sum-mismatch"],
    truth: `${A("nk", "a3")}+${A("ad", "a3")}`,
    trap: A("nk", "a3"),
  });
  b.ok({
    sheet: S,
    cell: A("keu", "sA"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${A("jm", "sA")}/${A("na", "sA")}*100,2)`,
    trap: `${A("keu", "a1")}+${A("keu", "a2")}+${A("keu", "a3")}`,
  });
  return b.finish();
}
