// Mid-year plan revisions: the DPPA / Renja Perubahan 2024 of the Dinas Perhubungan of Kabupaten
// Kepulauan Tambelau (Kepulauan Riau), Sebelum | Setelah Perubahan (K and Rp) with Bertambah /
// (Berkurang), per program, kegiatan and sub kegiatan; and the Renja Perubahan 2024 of the Dinas
// Kesehatan of Kabupaten Wawoluri (Sulawesi Tenggara), "Semula" | "Menjadi" per program and kegiatan.
// Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Lv = "p" | "k" | "s";
type R = {
  id: string;
  lv: Lv;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  k0: number;
  k1: number;
  p0?: number;
  p1?: number;
  ket?: string;
};

/** DPPA Perubahan 2024, Dinas Perhubungan Kabupaten Kepulauan Tambelau. */
export function dppaDishubTambelau(): BookW {
  const b = new BookW(
    "dppa-perubahan-2024-dishub-kabupaten-kepulauan-tambelau.xlsx",
    "Renja Perubahan / DPPA (Sebelum | Setelah Perubahan, K and Rp, Bertambah / (Berkurang))",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Sebelum Perubahan' > Target / Pagu (Rp) | 'Setelah Perubahan' > Target / Pagu (Rp) | 'Bertambah / (Berkurang)' > Target / Pagu (Rp) | Alasan; number row 1 .. 11 with '9 = 7 - 5'; programs SUM their kegiatan, kegiatan their sub kegiatan, TOTAL adds the two programs",
  );
  const S = "DPPA-P 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KEPULAUAN TAMBELAU",
    "DINAS PERHUBUNGAN",
    "Jl. Hang Nadim No. 14, Tanjung Selasih - Provinsi Kepulauan Riau",
  ]);
  s.lines(
    [
      "RENCANA KERJA PERUBAHAN (RENJA-P) / DPPA PERUBAHAN TAHUN ANGGARAN 2024",
      "Rincian perubahan target dan pagu per sub kegiatan (rupiah penuh)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rs: R[] = [
    {
      id: "p1",
      lv: "p",
      kode: "2.15.02",
      nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      ind: "Persentase ruas jalan kabupaten yang dilengkapi perlengkapan jalan",
      sat: "%",
      k0: 72.5,
      k1: 72.5,
    },
    {
      id: "k1",
      lv: "k",
      kode: "2.15.02.2.02",
      nama: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      ind: "Jumlah perlengkapan jalan yang terpasang",
      sat: "unit",
      k0: 214,
      k1: 186,
    },
    {
      id: "s1",
      lv: "s",
      kode: "2.15.02.2.02.0001",
      nama: "Pengadaan dan Pemasangan Rambu Lalu Lintas",
      ind: "Jumlah rambu lalu lintas terpasang",
      sat: "unit",
      k0: 120,
      k1: 104,
      p0: 612_450_000,
      p1: 531_780_000,
      ket: "Refocusing: harga satuan rambu naik",
    },
    {
      id: "s2",
      lv: "s",
      kode: "2.15.02.2.02.0003",
      nama: "Pengadaan dan Pemasangan Lampu Penerangan Jalan Umum",
      ind: "Jumlah titik lampu PJU terpasang",
      sat: "titik",
      k0: 94,
      k1: 82,
      p0: 1_286_300_000,
      p1: 1_118_640_000,
      ket: "Efisiensi belanja modal",
    },
    {
      id: "k2",
      lv: "k",
      kode: "2.15.02.2.04",
      nama: "Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan bermotor wajib uji yang diuji",
      sat: "kendaraan",
      k0: 1850,
      k1: 2100,
    },
    {
      id: "s3",
      lv: "s",
      kode: "2.15.02.2.04.0001",
      nama: "Pelaksanaan Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan yang lulus uji berkala",
      sat: "kendaraan",
      k0: 1850,
      k1: 2100,
      p0: 348_600_000,
      p1: 396_250_000,
      ket: "Tambahan uji keliling Pulau Sebarau",
    },
    {
      id: "s4",
      lv: "s",
      kode: "2.15.02.2.04.0002",
      nama: "Akreditasi Unit Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah dokumen akreditasi UPUBKB",
      sat: "dokumen",
      k0: 1,
      k1: 1,
      p0: 145_000_000,
      p1: 162_800_000,
      ket: "Penyesuaian tarif asesor",
    },
    {
      id: "p2",
      lv: "p",
      kode: "2.15.03",
      nama: "PROGRAM PENGELOLAAN PELAYARAN",
      ind: "Persentase pelabuhan pengumpan lokal yang memenuhi standar pelayanan",
      sat: "%",
      k0: 60,
      k1: 60,
    },
    {
      id: "k3",
      lv: "k",
      kode: "2.15.03.2.03",
      nama: "Pembangunan, Penerbitan Izin Pembangunan dan Pengoperasian Pelabuhan Pengumpan Lokal",
      ind: "Jumlah pelabuhan pengumpan lokal yang dibangun / direhabilitasi",
      sat: "unit",
      k0: 3,
      k1: 3,
    },
    {
      id: "s5",
      lv: "s",
      kode: "2.15.03.2.03.0001",
      nama: "Pembangunan Pelabuhan Pengumpan Lokal",
      ind: "Jumlah dermaga pelabuhan pengumpan lokal yang dibangun",
      sat: "unit",
      k0: 1,
      k1: 1,
      p0: 4_875_000_000,
      p1: 5_340_500_000,
      ket: "Tambahan DAK Penugasan",
    },
    {
      id: "s6",
      lv: "s",
      kode: "2.15.03.2.03.0004",
      nama: "Rehabilitasi Dermaga Pelabuhan Pengumpan Lokal",
      ind: "Jumlah dermaga yang direhabilitasi",
      sat: "unit",
      k0: 2,
      k1: 2,
      p0: 1_462_300_000,
      p1: 1_397_850_000,
      ket: "Sisa tender",
    },
    {
      id: "k4",
      lv: "k",
      kode: "2.15.03.2.04",
      nama: "Penerbitan Izin Usaha Angkutan Laut bagi Badan Usaha yang Berdomisili dalam Wilayah Kabupaten/Kota",
      ind: "Jumlah izin usaha angkutan laut yang diterbitkan",
      sat: "izin",
      k0: 40,
      k1: 45,
    },
    {
      id: "s7",
      lv: "s",
      // planted: coded under kegiatan 2.15.02.2.04 (the pengujian kendaraan) of the other program
      kode: "2.15.02.2.04.0005",
      nama: "Penerbitan Izin Usaha Angkutan Laut Pelayaran Rakyat",
      ind: "Jumlah izin usaha pelayaran rakyat yang diterbitkan",
      sat: "izin",
      k0: 40,
      k1: 45,
      p0: 86_400_000,
      p1: 92_150_000,
      ket: "Tambahan layanan jemput bola",
    },
  ];
  const kids: Record<string, string[]> = {
    p1: ["k1", "k2"],
    k1: ["s1", "s2"],
    k2: ["s3", "s4"],
    p2: ["k3", "k4"],
    k3: ["s5", "s6"],
    k4: ["s7"],
  };
  const parent = (id: string) => Object.keys(kids).find((k) => kids[k].includes(id))!;
  const SB = "Sebelum Perubahan";
  const SS = "Setelah Perubahan";
  const BB = "Bertambah / (Berkurang)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 19 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 48 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    { key: "k0", head: [SB, "Target"], role: "target", year: 2024, num: 5, width: 9 },
    { key: "p0", head: [SB, "Pagu (Rp)"], role: "anggaran", year: 2024, num: 6, fmt: RP, width: 17 },
    { key: "k1", head: [SS, "Target"], role: "target", year: 2024, num: 7, width: 9 },
    { key: "p1", head: [SS, "Pagu (Rp)"], role: "anggaran", year: 2024, num: 8, fmt: RP, width: 17 },
    { key: "dk", head: [BB, "Target"], num: "9 = 7 - 5", width: 9 },
    { key: "dp", head: [BB, "Pagu (Rp)"], num: "10 = 8 - 6", fmt: RP, width: 16 },
    { key: "ket", head: ["Alasan Perubahan"], role: "keterangan", num: 11, width: 28 },
  ];
  const rows: Row[] = rs.map((x) => ({
    id: x.id,
    bold: x.lv === "p",
    cells: (c): Record<string, Cell> => {
      const sumKids = (k: string) =>
        fx(kids[x.id].length === 1 ? `${c.a(k, kids[x.id][0])}` : kids[x.id].map((i) => c.a(k, i)).join("+"));
      const range = (k: string) =>
        fx(`SUM(${c.a(k, kids[x.id][0])}:${c.a(k, kids[x.id][kids[x.id].length - 1])})`);
      const money = (k: "p0" | "p1"): Cell => {
        if (x.lv === "s") return x[k];
        // planted: the Setelah pagu of 2.15.02.2.02 typed 1,605,420,000 (1,650,420,000 with digits swapped)
        if (x.id === "k1" && k === "p1") return 1_605_420_000;
        return x.lv === "p" ? sumKids(k) : range(k);
      };
      return {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        k0: x.k0,
        p0: money("p0"),
        k1: x.k1,
        p1: money("p1"),
        dk: x.k1 === x.k0 ? "-" : fx(`${c.a("k1")}-${c.a("k0")}`),
        dp: fx(`${c.a("p1")}-${c.a("p0")}`),
        ket: x.ket,
      };
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "sat"],
    cells: (c) => ({
      kode: "TOTAL BELANJA PROGRAM",
      p0: fx(`${c.a("p0", "p1")}+${c.a("p0", "p2")}`),
      p1: fx(`${c.a("p1", "p1")}+${c.a("p1", "p2")}`),
      dp: fx(`${c.a("p1")}-${c.a("p0")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: target program berupa persentase (tidak dijumlahkan); target kegiatan mengikuti sub kegiatan.",
    "Sumber dana: DAU, DAK Fisik Penugasan Bidang Transportasi Perdesaan.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Selasih, 26 Agustus 2024",
    jabatan: ["Kepala Dinas Perhubungan", "Kabupaten Kepulauan Tambelau"],
    nama: "Ir. RAJA SYAHRUL NIZAM, M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19730612 199903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p1", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Setelah Perubahan pagu of kegiatan 2.15.02.2.02 typed 1,605,420,000 among SUM formulas; its sub kegiatan 531,780,000 + 1,118,640,000 give 1,650,420,000 (digits swapped)",
    truth: `${a("p1", "s1")}+${a("p1", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s7") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penerbitan Izin Usaha Angkutan Laut Pelayaran Rakyat is coded 2.15.02.2.04.0005 (kegiatan pengujian kendaraan of the LLAJ program) under kegiatan 2.15.03.2.04; its code starts 2.15.03.2.04",
    truth: a("kode", "k4"),
    actual: `PARENT(${a("kode", "s7")})`,
  });
  for (const x of rs)
    if (x.lv !== "p" && x.id !== "s7")
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", parent(x.id)),
        actual: `PARENT(${a("kode", x.id)})`,
      });
  // traps: a program's pagu is the sum of its kegiatan only, not of every row beneath it
  b.ok({
    sheet: S,
    cell: a("p1", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("p1", "k3")}+${a("p1", "k4")}`,
    trap: `SUM(${a("p1", "k3")}:${a("p1", "s7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p0", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("p0", "k1")}+${a("p0", "k2")}`,
    trap: `SUM(${a("p0", "k1")}:${a("p0", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p1", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("p1", "s3")}+${a("p1", "s4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("p0", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("p0", "s1")}+${a("p0", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("p0", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("p0", "p1")}+${a("p0", "p2")}`,
  });
  // a cut is a negative Bertambah / (Berkurang), right by the form's 10 = 8 - 6
  b.ok({
    sheet: S,
    cell: a("dp", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("p1", "s2")}-${a("p0", "s2")}`,
  });
  return b.finish();
}

type D = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  k0: number;
  k1: number;
  p0?: number;
  p1?: number;
};

/** Renja Perubahan 2024, Dinas Kesehatan Kabupaten Wawoluri ("Semula" | "Menjadi"). */
export function renjaPerubahanDinkesWawoluri(): BookW {
  const b = new BookW(
    "renja-perubahan-2024-dinas-kesehatan-kabupaten-wawoluri.xlsx",
    "Renja Perubahan per program and kegiatan ('Semula' | 'Menjadi', K and Rp, selisih)",
    "No | Kode | Uraian | Indikator | 'Semula' > Target Kinerja / Pagu Indikatif (Rp) | 'Menjadi' > Target Kinerja / Pagu Indikatif (Rp) | 'Selisih Bertambah / (Berkurang) (Rp)' | 'Persentase Perubahan (%)' | Sumber Dana; programs as formulas of their kegiatan, JUMLAH of the programs; lower-is-better AKI target cut in the Menjadi",
  );
  const S = "Renja-P";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAWOLURI",
    "DINAS KESEHATAN",
    "Jl. Poros Wawoluri - Lapandewa Km. 3, Sulawesi Tenggara",
  ]);
  s.lines(["PERUBAHAN RENCANA KERJA (RENJA) DINAS KESEHATAN TAHUN 2024"], 1, { bold: true });
  s.gap();
  const ds: D[] = [
    {
      id: "p1",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Angka Kematian Ibu (per 100.000 KH)",
      sat: "per 100.000 KH",
      k0: 182,
      k1: 176,
    },
    {
      id: "a1",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah puskesmas yang direhabilitasi / dilengkapi alat",
      sat: "unit",
      k0: 6,
      k1: 5,
      p0: 7_842_600_000,
      p1: 6_915_300_000,
    },
    {
      id: "a2",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah ibu hamil yang mendapat pelayanan ANC K6",
      sat: "orang",
      k0: 4_120,
      k1: 4_350,
      p0: 3_264_750_000,
      p1: 3_618_200_000,
    },
    {
      id: "a3",
      kode: "1.02.02.2.03",
      nama: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi",
      ind: "Jumlah puskesmas yang menerapkan rekam medis elektronik",
      sat: "puskesmas",
      k0: 14,
      k1: 18,
      p0: 486_300_000,
      p1: 528_900_000,
    },
    {
      id: "p2",
      kode: "1.02.03",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      ind: "Persentase puskesmas dengan 9 jenis tenaga kesehatan sesuai standar",
      sat: "%",
      k0: 52.5,
      k1: 55,
    },
    {
      id: "a4",
      kode: "1.02.03.2.02",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan",
      ind: "Jumlah tenaga kesehatan yang didayagunakan di puskesmas terpencil",
      sat: "orang",
      k0: 64,
      k1: 72,
      p0: 2_148_000_000,
      p1: 2_416_500_000,
    },
    {
      id: "a5",
      kode: "1.02.03.2.03",
      nama: "Pengembangan Mutu dan Peningkatan Kompetensi Teknis SDM Kesehatan",
      ind: "Jumlah SDM kesehatan yang ditingkatkan kompetensinya",
      sat: "orang",
      k0: 180,
      k1: 150,
      p0: 412_800_000,
      p1: 345_600_000,
    },
  ];
  const kids: Record<string, string[]> = { p1: ["a1", "a2", "a3"], p2: ["a4", "a5"] };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nama", head: ["Uraian Program / Kegiatan"], width: 46 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
    { key: "k0", head: ["Semula", "Target Kinerja"], role: "target", year: 2024, width: 10 },
    { key: "p0", head: ["Semula", "Pagu Indikatif (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "k1", head: ["Menjadi", "Target Kinerja"], role: "target", year: 2024, width: 10 },
    { key: "p1", head: ["Menjadi", "Pagu Indikatif (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "sel", head: ["Selisih Bertambah / (Berkurang) (Rp)"], fmt: RP, width: 16 },
    { key: "pct", head: ["Persentase Perubahan (%)"], fmt: DEC, width: 11 },
    { key: "sd", head: ["Sumber Dana"], width: 12 },
  ];
  let no = 0;
  const rows: Row[] = ds.map((x) => {
    const prog = x.id in kids;
    if (prog) no++;
    return {
      id: x.id,
      bold: prog,
      cells: (c): Record<string, Cell> => ({
        no: prog ? no : undefined,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        k0: x.k0,
        p0: prog ? fx(kids[x.id].map((i) => c.a("p0", i)).join("+")) : x.p0,
        k1: x.k1,
        p1: prog ? fx(kids[x.id].map((i) => c.a("p1", i)).join("+")) : x.p1,
        // planted: the SDM kompetensi row subtracts the other way round (Semula - Menjadi)
        sel: x.id === "a5" ? fx(`${c.a("p0")}-${c.a("p1")}`) : fx(`${c.a("p1")}-${c.a("p0")}`),
        pct: fx(`ROUND((${c.a("p1")}-${c.a("p0")})/${c.a("p0")}*100,2)`),
        sd: prog ? undefined : x.id === "a1" ? "DAK Fisik" : "DAU",
      }),
    };
  });
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "ind"],
    cells: (c) => ({
      no: "JUMLAH",
      p0: fx(`${c.a("p0", "p1")}+${c.a("p0", "p2")}`),
      // planted: a cached total from before the SDM kegiatan was raised
      p1: fx(`${c.a("p1", "p1")}+${c.a("p1", "p2")}`, 13_556_800_000),
      sel: fx(`${c.a("p1")}-${c.a("p0")}`),
      pct: fx(`ROUND((${c.a("p1")}-${c.a("p0")})/${c.a("p0")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Keterangan: Angka Kematian Ibu bersifat negatif (semakin kecil semakin baik); target Menjadi diturunkan",
    "sesuai hasil Audit Maternal Perinatal Semester I Tahun 2024.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Wawoluri, 9 September 2024",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN WAWOLURI"],
    nama: "dr. LA ODE MUH. SAFIUDDIN TALAKE, M.Kes.",
    nip: "19780321 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("sel", "a5") },
    rules: ["inconsistent-formula"],
    note: "Selisih of kegiatan 1.02.03.2.03 is =Semula-Menjadi (67,200,000) where every other row computes Menjadi-Semula; 345,600,000 - 412,800,000 gives (67,200,000)",
    truth: `${a("p1", "a5")}-${a("p0", "a5")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p1", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Menjadi is =program 1.02.02 + program 1.02.03 with a stale cached 13,556,800,000; the programs give 13,824,500,000 (11,062,400,000 + 2,762,100,000)",
    truth: `${a("p1", "p1")}+${a("p1", "p2")}`,
  });
  // trap: the JUMLAH adds the two programs only, not every row
  b.ok({
    sheet: S,
    cell: a("p0", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("p0", "p1")}+${a("p0", "p2")}`,
    trap: `SUM(${a("p0", "p1")}:${a("p0", "a5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p1", "p1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("p1", "a1")}:${a("p1", "a3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p0", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("p0", "a4")}+${a("p0", "a5")}`,
  });
  // trap: the persentase of the JUMLAH is its own ratio, not the rows' percentages added
  b.ok({
    sheet: S,
    cell: a("pct", "p1"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND((${a("p1", "p1")}-${a("p0", "p1")})/${a("p0", "p1")}*100,2)`,
    trap: `SUM(${a("pct", "a1")}:${a("pct", "a3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sel", "a1"),
    rules: ["inconsistent-formula"],
    truth: `${a("p1", "a1")}-${a("p0", "a1")}`,
  });
  return b.finish();
}
