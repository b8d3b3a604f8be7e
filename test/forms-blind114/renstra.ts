// Plans: the T-C.27 of the Renstra 2025-2029 of an invented NTT kabupaten's Dinas Pendidikan (Tahun
// ke-1 .. ke-5, "(dalam ribuan rupiah)", kondisi akhir), and the IKU matrix 2025-2029 of an invented
// Kepulauan Riau provincial office for SMA / SMK. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// =============================================== T-C.27 Dinas Pendidikan Kabupaten Lembor Raya (NTT)

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  level: boolean;
  rp?: number[];
  f: string;
};

export function tc27Disdik(): BookW {
  const b = new BookW(
    "tc27-renstra-dinas-pendidikan-lembor-raya-2025-2029.xlsx",
    "T-C.27 Renstra 2025-2029 (Dinas Pendidikan kabupaten, NTT)",
    "T-C.27 of a Dinas Pendidikan in NTT, Renstra 2025-2029, (dalam ribuan rupiah): Sasaran (merged) | Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) dan Kegiatan (output) | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; program and kegiatan Rp are SUM formulas, kondisi akhir Rp a SUM over the years; number row (1) .. (19)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBOR RAYA", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan dan Pendanaan Dinas Pendidikan dan Kebudayaan Kabupaten Lembor Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "p",
      kode: "1.01.02",
      nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      sat: "%",
      awal: 68.4,
      tg: [70, 72, 74, 76, 78],
      level: true,
      f: DEC,
    },
    {
      id: "k1",
      kode: "1.01.02.2.01",
      nm: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Jumlah ruang kelas SD dalam kondisi baik yang bertambah",
      sat: "ruang",
      awal: 21,
      tg: [24, 26, 24, 22, 24],
      level: false,
      f: "0",
    },
    {
      id: "s11",
      kode: "1.01.02.2.01.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SD yang direhabilitasi",
      sat: "ruang",
      awal: 21,
      tg: [24, 26, 24, 22, 24],
      level: false,
      rp: [3_672_000, 3_978_000, 3_672_000, 3_366_000, 3_672_000],
      f: "0",
    },
    {
      id: "s12",
      kode: "1.01.02.2.01.0020",
      nm: "Pengelolaan Dana BOSP Sekolah Dasar",
      ind: "Persentase SD yang menyampaikan laporan BOSP tepat waktu",
      sat: "%",
      awal: 82.5,
      tg: [88, 91, 94, 97, 100],
      level: true,
      rp: [245_000, 250_000, 255_000, 260_000, 265_000],
      f: DEC,
    },
    {
      id: "k2",
      kode: "1.01.02.2.02",
      nm: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      ind: "Angka Partisipasi Kasar (APK) SMP/MTs",
      sat: "%",
      awal: 87.3,
      tg: [88.5, 89.6, 90.7, 91.8, 93],
      level: true,
      f: DEC,
    },
    {
      id: "s21",
      kode: "1.01.02.2.02.0009",
      nm: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SMP yang direhabilitasi",
      sat: "ruang",
      awal: 8,
      tg: [10, 12, 12, 10, 10],
      level: false,
      rp: [1_850_000, 2_220_000, 2_220_000, 1_850_000, 1_850_000],
      f: "0",
    },
    {
      id: "s22",
      // planted: coded under kegiatan 1.01.02.2.01 while it stands under 1.01.02.2.02
      kode: "1.01.02.2.01.0021",
      nm: "Pengelolaan Dana BOSP Sekolah Menengah Pertama",
      ind: "Persentase SMP yang menyampaikan laporan BOSP tepat waktu",
      sat: "%",
      awal: 85,
      tg: [90, 92, 94, 96, 98],
      level: true,
      rp: [180_000, 185_000, 190_000, 195_000, 200_000],
      f: DEC,
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: "(3)", width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(6)",
      width: 11,
    },
  ];
  YEARS.forEach((y, i) =>
    cols.push(
      {
        key: `k${i + 1}`,
        head: [G, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: `(${7 + 2 * i})`,
      },
      {
        key: `rp${i + 1}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: `(${8 + 2 * i})`,
        fmt: RP,
        width: 13,
      },
    ),
  );
  cols.push(
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(17)", width: 11 },
    { key: "akRp", head: [AK, "Rp"], num: "(18)", fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(19)", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)", width: 14 },
  );
  const kk = YEARS.map((_, i) => `k${i + 1}`);
  const rk = YEARS.map((_, i) => `rp${i + 1}`);
  // planted: the BOSP SD rate's kondisi akhir is the mean of the five targets (94.00), not 100.00
  const akK = (x: Line): number => (x.id === "s12" ? sum(x.tg) / 5 : x.level ? x.tg[4] : sum(x.tg));
  const kids: Record<string, [string, string]> = { k1: ["s11", "s12"], k2: ["s21", "s22"] };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: lines.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c) => {
        const out: Record<string, Cell> = {
          sas: "Meningkatnya akses dan mutu pendidikan dasar dan PAUD",
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          akK: fmt(akK(x), x.f),
          akRp: fx(`SUM(${rk.map((k) => c.a(k)).join(",")})`),
          pj:
            x.id === "p"
              ? "Dinas P dan K"
              : x.id.startsWith("s1") || x.id === "k1"
                ? "Bidang SD"
                : "Bidang SMP",
          lok: "17 kecamatan",
        };
        kk.forEach((k, i) => (out[k] = fmt(x.tg[i], x.f)));
        rk.forEach((k, i) => {
          if (x.rp) out[k] = x.rp[i];
          else if (x.id === "p") out[k] = fx(`${c.a(k, "k1")}+${c.a(k, "k2")}`);
          else out[k] = fx(`SUM(${c.a(k, kids[x.id][0])}:${c.a(k, kids[x.id][1])})`);
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: target rehabilitasi ruang kelas bersifat kumulatif selama periode Renstra."]);
  s.gap();
  signature(s, 14, {
    tempat: "Lembor Raya, 5 Agustus 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN"],
    nama: "MARIA GORETTI NAHAK, S.Pd., M.Pd.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740825 199903 2 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akK", "s12") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the BOSP SD reporting rate (a level) is 94.00, the mean of the five targets; the 2029 target is 100.00",
    truth: a("k5", "s12"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan Dana BOSP SMP is coded 1.01.02.2.01.0021 under kegiatan 1.01.02.2.02",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s22")})`,
  });
  // traps: kondisi akhir K of levels is the last target, of the flows the sum
  for (const id of ["p", "k2", "s22"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: kk.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["k1", "s11", "s21"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: kk.map((k) => a(k, id)).join("+"),
      trap: a("k5", id),
    });
  for (const id of ["p", "s11", "s21"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rk.map((k) => a(k, id)).join("+"),
    });
  // the program adds its two kegiatan, not every row beneath it
  b.ok({
    sheet: S,
    cell: a("rp3", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("rp3", "s11")}+${a("rp3", "s12")}+${a("rp3", "s21")}+${a("rp3", "s22")}`,
    trap: `SUM(${a("rp3", "k1")}:${a("rp3", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp2", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2", "s21")}+${a("rp2", "s22")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s21")})`,
    actual: a("kode", "k2"),
  });
  return b.finish();
}

// =========================================== IKU Dinas Pendidikan Provinsi Kepulauan Riau (SMA / SMK)

type Iku = {
  id: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  pol: string;
  awal: number;
  tg: number[];
  sd: string;
};

export function ikuKepri(): BookW {
  const b = new BookW(
    "matriks-iku-disdik-provinsi-kepri-sma-smk-2025-2029.xlsx",
    "IKU matrix 2025-2029 (Dinas Pendidikan provinsi, SMA/SMK)",
    "Matriks IKU of a provincial Dinas Pendidikan in Kepulauan Riau: No | Indikator Kinerja Utama | Definisi Operasional | Formulasi Perhitungan | Satuan | Polaritas | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029 | Sumber Data | Penanggung Jawab; two lower-is-better rows (angka putus sekolah, ruang kelas rusak); keputusan kepala dinas above, notes below",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KEPULAUAN RIAU",
    "DINAS PENDIDIKAN",
    "Pusat Pemerintahan Provinsi Kepulauan Riau, Dompak - Tanjungpinang",
  ]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS PENDIDIKAN PROVINSI KEPULAUAN RIAU NOMOR 800/118/DISDIK/2025",
    "INDIKATOR KINERJA UTAMA DINAS PENDIDIKAN TAHUN 2025-2029",
  ]);
  s.gap();
  const rows: Iku[] = [
    {
      id: "i1",
      ind: "Angka Partisipasi Kasar (APK) SMA/SMK/MA sederajat",
      def: "Perbandingan siswa SMA/SMK/MA dengan penduduk usia 16-18 tahun",
      rumus: "Jumlah siswa SMA/SMK/MA / penduduk usia 16-18 tahun x 100%",
      sat: "%",
      pol: "Maksimal",
      awal: 92.1,
      tg: [92.8, 93.5, 94.2, 95, 95.8],
      sd: "Dapodik, BPS",
    },
    {
      id: "i2",
      ind: "Angka putus sekolah SMA/SMK",
      def: "Siswa yang putus sekolah pada tahun ajaran berjalan",
      rumus: "Jumlah siswa putus sekolah / jumlah siswa awal tahun ajaran x 100%",
      sat: "%",
      pol: "Minimal",
      awal: 0.48,
      tg: [0.45, 0.42, 0.39, 0.36, 0.33],
      sd: "Dapodik",
    },
    {
      id: "i3",
      ind: "Persentase lulusan SMK yang bekerja, melanjutkan atau berwirausaha (BMW)",
      def: "Lulusan SMK yang terserap dalam satu tahun setelah lulus",
      rumus: "Lulusan SMK terserap (BMW) / jumlah lulusan SMK x 100%",
      sat: "%",
      pol: "Maksimal",
      awal: 61.5,
      // planted: 2027 typed 6.6 (decimal point slipped; the path runs 63, 64.5, ., 67.5, 69)
      tg: [63, 64.5, 6.6, 67.5, 69],
      sd: "Tracer study BKK SMK",
    },
    {
      id: "i4",
      ind: "Persentase SMA/SMK terakreditasi minimal B",
      def: "Satuan pendidikan dengan peringkat akreditasi A atau B dari BAN-PDM",
      rumus: "SMA/SMK terakreditasi minimal B / jumlah SMA/SMK x 100%",
      sat: "%",
      pol: "Maksimal",
      awal: 84.2,
      tg: [85, 86.5, 88, 89.5, 91],
      sd: "BAN-PDM",
    },
    {
      id: "i5",
      ind: "Persentase ruang kelas SMA/SMK dalam kondisi rusak",
      def: "Ruang kelas dengan tingkat kerusakan sedang dan berat",
      rumus: "Ruang kelas rusak sedang dan berat / jumlah ruang kelas x 100%",
      sat: "%",
      pol: "Minimal",
      awal: 14.6,
      // planted: 2028 rises to 14.10 on a lower-is-better path (13.80, 12.90, 12.00, ., 10.20)
      tg: [13.8, 12.9, 12, 14.1, 10.2],
      sd: "Dapodik, Bidang Sarpras",
    },
  ];
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
      { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 30 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...YEARS.map((y, i): Col => ({
        key: `t${i + 1}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 16 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          def: x.def,
          rumus: x.rumus,
          sat: x.sat,
          pol: x.pol,
          awal: x.awal,
          ak: fx(c.a("t5")),
          sd: x.sd,
          pj:
            x.id === "i3"
              ? "Bidang Pembinaan SMK"
              : x.id === "i5"
                ? "Bidang Sarpras"
                : "Bidang Pembinaan SMA",
        };
        x.tg.forEach((v, k) => (out[`t${k + 1}`] = v));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: polaritas Minimal berarti semakin kecil realisasi semakin baik.",
    "Kondisi akhir = target tahun 2029 (indikator bersifat tingkat/persentase, bukan kumulatif).",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Tanjungpinang, 14 Maret 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN", "PROVINSI KEPULAUAN RIAU,"],
    nama: "Drs. RAJA SUHAIMI AZHAR, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690517 199403 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t3", "i3") },
    rules: ["target-outlier"],
    note: "2027 target of the SMK BMW rate is 6.60 among 63.00, 64.50, 67.50, 69.00: the decimal point slipped, 66.00 fits the path",
    truth: `(${a("t2", "i3")}+${a("t4", "i3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("t4", "i5") },
    rules: ["target-trend", "target-outlier"],
    note: "2028 target of the ruang kelas rusak (polaritas Minimal) rises to 14.10 between 12.00 and 10.20; the path falls by about 0.9 a year, 11.10 fits",
    truth: `(${a("t3", "i5")}+${a("t5", "i5")})/2`,
  });
  // traps: kondisi akhir of rates is the last target, not the sum; falling paths of Minimal rows
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: YEARS.map((_, k) => a(`t${k + 1}`, id)).join("+"),
    });
  b.ok({ sheet: S, cell: a("t5", "i2"), rules: ["target-trend"], truth: "0.33" });
  b.ok({ sheet: S, cell: a("t3", "i2"), rules: ["target-trend", "target-outlier"], truth: "0.39" });
  b.ok({ sheet: S, cell: a("t5", "i5"), rules: ["target-trend"], truth: "10.2" });
  b.ok({ sheet: S, cell: a("t3", "i4"), rules: ["target-outlier"], truth: "88" });
  return b.finish();
}
