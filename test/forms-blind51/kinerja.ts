// The performance forms: the LKjIP 2024 table of the Dinas Pendidikan Aceh with the shares APK / APM,
// the rata-rata lama sekolah (a level) and the angka kematian bayi (lower is better, refleksi), the
// Perjanjian Kinerja 2025 of the kepala Dinas Kesehatan of Nusa Tenggara Timur with its programme
// table beside a Renstra sheet, and the IKU matrix 2025-2029 of the Dinas Pendidikan dan Kebudayaan
// NTT with Alasan / Formulasi / Sumber Data. People and numbers are invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

/** LKjIP 2024, tabel capaian IKU, Dinas Pendidikan Aceh. */
export function lkjipDisdikAceh(): BookW {
  const b = new BookW(
    "lkjip-2024-dinas-pendidikan-aceh-capaian-iku.xlsx",
    "LKjIP table of IKU achievement",
    "No | Sasaran | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target / Realisasi / Capaian (%) | Kategori; number row 1..9; capaian ROUND(R/T*100,2), refleksi ROUND((2*T-R)/T*100,2) for the AKB; one capaian typed; kategori typed in Sangat Tinggi .. Sangat Rendah",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH ACEH", "DINAS PENDIDIKAN"]);
  s.lines(["Tabel 3.2", "Capaian Indikator Kinerja Tahun 2024 dibandingkan Tahun 2023"], 1, { bold: true });
  s.gap();
  type I = {
    id: string;
    sas: string;
    nama: string;
    sat: string;
    r23: number;
    t: number;
    r: number;
    neg?: boolean;
    cap?: number;
    kat: string;
  };
  const S1 = "Meningkatnya akses pendidikan menengah dan khusus";
  const S2 = "Meningkatnya kualitas sumber daya manusia Aceh";
  const inds: I[] = [
    {
      id: "i1",
      sas: S1,
      nama: "Angka Partisipasi Kasar (APK) SMA/SMK/MA/SMALB",
      sat: "%",
      r23: 84.71,
      t: 86.5,
      r: 85.12,
      kat: "Sangat Tinggi",
    },
    {
      id: "i2",
      sas: S1,
      nama: "Angka Partisipasi Murni (APM) SMA/SMK/MA/SMALB",
      sat: "%",
      r23: 66.9,
      t: 68,
      r: 69.37,
      kat: "Sangat Tinggi",
    },
    // planted: capaian typed 99.85 (9.58 / 9.62 x 100 = 99.58)
    {
      id: "i3",
      sas: S2,
      nama: "Rata-rata Lama Sekolah penduduk usia 25 tahun ke atas",
      sat: "tahun",
      r23: 9.55,
      t: 9.62,
      r: 9.58,
      cap: 99.85,
      kat: "Sangat Tinggi",
    },
    {
      id: "i4",
      sas: S2,
      nama: "Angka Kematian Bayi (AKB) per 1.000 Kelahiran Hidup",
      sat: "per 1.000 KH",
      r23: 18.4,
      t: 17.5,
      r: 15.9,
      neg: true,
      kat: "Sangat Tinggi",
    },
    // planted: 81.14 % is Tinggi (75 < p <= 90), typed Sedang
    {
      id: "i5",
      sas: S1,
      nama: "Persentase SMA/SMK terakreditasi minimal B",
      sat: "%",
      r23: 69.8,
      t: 88,
      r: 71.4,
      kat: "Sedang",
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: 5, fmt: DEC, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: 6, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: 7, fmt: DEC, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, num: 8, fmt: DEC, width: 10 },
    { key: "kat", head: ["Kategori"], role: "predikat", year: 2024, num: 9, width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: inds.map((d, i): Row => ({
      id: d.id,
      cells: (x) => ({
        no: i + 1,
        sas: d.sas,
        ind: d.nama,
        sat: d.sat,
        r23: d.r23,
        t: d.t,
        r: d.r,
        c:
          d.cap !== undefined
            ? fmt(d.cap, DEC)
            : d.neg
              ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
              : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
        kat: d.kat,
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: AKB merupakan indikator negatif; capaian dihitung (2 x target - realisasi) / target x 100.",
    "Kategori capaian: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of the rata-rata lama sekolah typed 99.85; 9.58 / 9.62 x 100 = 99.58 (digits swapped)",
    truth: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i5") },
    rules: ["predikat-mismatch"],
    note: "kategori of the akreditasi share typed Sedang; 71.40 / 88.00 x 100 = 81.14 is Tinggi",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("kat", "i4"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "i4")})` });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("kat", "i1"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "i1")})` });
  return b.finish();
}

const PK_IND: Array<{
  id: string;
  sas: string;
  nama: string;
  sat: string;
  awal: number;
  t: number[];
  f?: string;
}> = [
  {
    id: "i1",
    sas: "Menurunnya angka kematian ibu dan bayi",
    nama: "Angka Kematian Bayi (AKB)",
    sat: "per 1.000 KH",
    awal: 17.6,
    t: [16.8, 16.1, 15.4, 14.8, 14.2],
    f: DEC,
  },
  {
    id: "i2",
    sas: "Menurunnya angka kematian ibu dan bayi",
    nama: "Angka Kematian Ibu (AKI)",
    sat: "per 100.000 KH",
    awal: 189,
    t: [182, 175, 168, 161, 155],
  },
  {
    id: "i3",
    sas: "Meningkatnya status gizi masyarakat",
    nama: "Prevalensi stunting pada balita",
    sat: "%",
    awal: 20.1,
    t: [18.5, 16.9, 15.2, 13.6, 12],
    f: DEC,
  },
  {
    id: "i4",
    sas: "Meningkatnya mutu pelayanan kesehatan",
    nama: "Persentase kabupaten/kota yang memenuhi SPM bidang kesehatan",
    sat: "%",
    awal: 63.64,
    t: [68.18, 72.73, 77.27, 81.82, 86.36],
    f: DEC,
  },
];
const YEARS = [2025, 2026, 2027, 2028, 2029];

/** Perjanjian Kinerja 2025 Kepala Dinas Kesehatan Provinsi NTT, with the Renstra targets. */
export function pkDinkesNtt(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-kadis-kesehatan-ntt.xlsx",
    "Perjanjian Kinerja with programme table",
    "statement, indicator table (No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025) and programme table (No | Program | Anggaran (Rp) | Keterangan, JUMLAH) on one sheet, signature blocks; Renstra sheet with Kondisi Awal 2024, 'Target Renstra' > 2025..2029, Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  // Renstra sheet first in the file's logic, but written second
  const s = b.sheet(S);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS KESEHATAN PROVINSI NUSA TENGGARA TIMUR"], 1, {
    bold: true,
  });
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Kepala Dinas Kesehatan Provinsi NTT (pihak pertama) dan Gubernur NTT (pihak kedua),",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rs = b.sheet(R);
  rs.lines(["TARGET KINERJA RENSTRA DINAS KESEHATAN PROVINSI NTT 2025-2029"], 1, { bold: true });
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "aw", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
    ...YEARS.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Renstra", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", width: 10 },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: PK_IND.map((d, i): Row => ({
      id: d.id,
      cells: (x) => {
        const c: Record<string, Cell> = {
          no: i + 1,
          ind: d.nama,
          sat: d.sat,
          aw: d.f ? fmt(d.awal, d.f) : d.awal,
        };
        YEARS.forEach((y, j) => (c[`y${y}`] = d.f ? fmt(d.t[j], d.f) : d.t[j]));
        c.ak = fx(x.a("y2029"));
        return c;
      },
    })),
  });
  const pcols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
  ];
  const pt = s.table({
    cols: pcols,
    headerRows: 1,
    rows: PK_IND.map((d, i): Row => ({
      id: d.id,
      cells: {
        no: i + 1,
        sas: d.sas,
        ind: d.nama,
        sat: d.sat,
        // planted: the AKB target copied from the Renstra's 2026 column
        tg: d.id === "i1" ? fmt(d.t[1], DEC) : d.f ? fmt(d.t[0], d.f) : d.t[0],
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", 48_612_375_000],
    ["p2", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 126_048_920_000],
    ["p3", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 9_384_150_000],
    ["p4", "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", 3_215_600_000],
    ["p5", "Program Pemberdayaan Masyarakat Bidang Kesehatan", 1_876_430_000],
  ];
  const gcols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "prog", head: ["Program"], role: "indikator", width: 30 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
  ];
  const gt = s.table({
    cols: gcols,
    headerRows: 1,
    rows: [
      ...progs.map(([id, nama, rp], i): Row => ({ id, cells: { no: i + 1, prog: nama, rp, ket: "APBD" } })),
      {
        id: "j",
        bold: true,
        // planted: the SUM stops one programme short
        cells: (x) => ({ prog: "JUMLAH", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p4")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["Gubernur Nusa Tenggara Timur,"],
    nama: "Drs. Benediktus Nahak Klau",
    nip: "-",
  });
  const a = (k: string, id: string) => pt.a(k, id);
  const r = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: { sheet: S, cell: a("tg", "i1") },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of the AKB typed 16.10, the Renstra target of 2026; the Renstra's 2025 target is 16.80",
    truth: r("y2025", "i1"),
  });
  b.plant({
    at: { sheet: S, cell: gt.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran =SUM stops at the fourth programme (187,261,045,000); with Pemberdayaan Masyarakat (1,876,430,000) it is 189,137,475,000",
    truth: `SUM(${gt.a("rp", "p1")}:${gt.a("rp", "p5")})`,
  });
  b.ok({ sheet: S, cell: a("tg", "i2"), rules: ["cross-table-mismatch"], truth: r("y2025", "i2") });
  b.ok({ sheet: S, cell: a("tg", "i3"), rules: ["cross-table-mismatch"], truth: r("y2025", "i3") });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "i2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y2029", "i2"),
    trap: `SUM(${rt.a("y2025", "i2")}:${rt.a("y2029", "i2")})`,
  });
  b.ok({ sheet: R, cell: rt.a("y2027", "i1"), rules: ["target-trend"], truth: "15.4" });
  return b.finish();
}

/** Matriks IKU 2025-2029 Dinas Pendidikan dan Kebudayaan Provinsi NTT. */
export function ikuDisdikbudNtt(): BookW {
  const b = new BookW(
    "matriks-iku-dinas-pendidikan-kebudayaan-ntt-2025-2029.xlsx",
    "IKU matrix with Alasan / Formulasi / Sumber data",
    "No | Sasaran Strategis | IKU | Alasan | Formulasi | Satuan | Sumber Data | Baseline 2024 | 'Target' > 2025..2029 | Kondisi Akhir | Penanggung Jawab; APK / APM (shares), RLS (level), ruang kelas baru (flow, kondisi akhir = SUM), angka putus sekolah (lower is better)",
  );
  const S = "IKU";
  const s = b.sheet(S);
  s.lines(
    [
      "INDIKATOR KINERJA UTAMA (IKU)",
      "DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI NUSA TENGGARA TIMUR TAHUN 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  type I = {
    id: string;
    sas: string;
    nama: string;
    al: string;
    rum: string;
    sat: string;
    sd: string;
    aw: number;
    t: number[];
    ak?: Cell;
    pj: string;
    f?: string;
  };
  const S1 = "Meningkatnya akses pendidikan menengah";
  const S2 = "Meningkatnya mutu dan relevansi pendidikan menengah";
  const inds: I[] = [
    {
      id: "i1",
      sas: S1,
      nama: "Angka Partisipasi Kasar SMA/SMK/SLB",
      al: "Menggambarkan daya tampung pendidikan menengah terhadap penduduk usia 16-18 tahun",
      rum: "Jumlah siswa SMA/SMK/SLB / jumlah penduduk usia 16-18 tahun x 100",
      sat: "%",
      sd: "Dapodik; BPS (Susenas)",
      aw: 81.37,
      // planted: 2027 typed 82.64, below 2026 in a rising series (84.26 intended)
      t: [82.45, 83.35, 82.64, 85.15, 86.05],
      pj: "Bidang Pembinaan SMA",
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      nama: "Angka Partisipasi Murni SMA/SMK/SLB",
      al: "Mengukur ketepatan usia peserta didik pendidikan menengah",
      rum: "Jumlah siswa usia 16-18 tahun di SMA/SMK/SLB / penduduk usia 16-18 tahun x 100",
      sat: "%",
      sd: "BPS (Susenas Maret)",
      aw: 62.84,
      t: [63.9, 64.95, 66, 67.05, 68.1],
      pj: "Bidang Pembinaan SMA",
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      nama: "Jumlah ruang kelas baru SMA/SMK yang dibangun",
      al: "Menambah daya tampung sekolah di kecamatan dengan APK rendah",
      rum: "Jumlah RKB yang selesai dibangun dalam tahun berjalan",
      sat: "ruang",
      sd: "Laporan Bidang Sarana Prasarana",
      aw: 64,
      t: [72, 80, 80, 76, 70],
      pj: "Bidang Sarana Prasarana",
    },
    {
      id: "i4",
      sas: S2,
      nama: "Angka putus sekolah SMA/SMK",
      al: "Indikator negatif; mengukur keberhasilan mempertahankan peserta didik",
      rum: "Jumlah siswa putus sekolah / jumlah siswa awal tahun ajaran x 100",
      sat: "%",
      sd: "Dapodik",
      aw: 1.42,
      t: [1.3, 1.18, 1.06, 0.95, 0.85],
      pj: "Bidang Pembinaan SMK",
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      nama: "Rata-rata Lama Sekolah",
      al: "Komponen IPM dimensi pengetahuan",
      rum: "Rata-rata tahun sekolah yang dijalani penduduk usia 25 tahun ke atas",
      sat: "tahun",
      sd: "BPS",
      aw: 7.82,
      t: [7.95, 8.08, 8.21, 8.34, 8.47],
      // planted: kondisi akhir typed 8.34, the 2028 target
      ak: fmt(8.34, DEC),
      pj: "Sekretariat",
      f: DEC,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "al", head: ["Alasan"], width: 34 },
    { key: "rum", head: ["Formulasi"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 20 },
    { key: "aw", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, width: 9 },
    ...YEARS.map((y): Col => ({
      key: `y${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 8,
    })),
    { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", width: 9 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((d, i): Row => ({
      id: d.id,
      cells: (x) => {
        const c: Record<string, Cell> = {
          no: i + 1,
          sas: d.sas,
          ind: d.nama,
          al: d.al,
          rum: d.rum,
          sat: d.sat,
          sd: d.sd,
          aw: d.f ? fmt(d.aw, d.f) : d.aw,
          pj: d.pj,
        };
        YEARS.forEach((y, j) => (c[`y${y}`] = d.f ? fmt(d.t[j], d.f) : d.t[j]));
        c.ak = d.ak ?? (d.id === "i3" ? fx(`SUM(${x.a("y2025")}:${x.a("y2029")})`) : fx(x.a("y2029")));
        return c;
      },
    })),
  });
  s.gap();
  s.lines(["Kondisi akhir ruang kelas baru = jumlah 2025-2029; indikator lain = target tahun 2029."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i1") },
    rules: ["target-trend"],
    note: "APK target 2027 typed 82.64 in a rising series 82.45, 83.35, -, 85.15, 86.05 (84.26 intended; digits of 84.26 reordered)",
    truth: `(${a("y2026", "i1")}+${a("y2028", "i1")})/2`,
    tol: 0.01,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "i5") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the rata-rata lama sekolah (a level) typed 8.34, the 2028 target; 2029 is 8.47",
    truth: a("y2029", "i5"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "i3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y2025", "i3")}:${a("y2029", "i3")})`,
    trap: a("y2029", "i3"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "i4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2029", "i4"),
    trap: `SUM(${a("y2025", "i4")}:${a("y2029", "i4")})`,
  });
  b.ok({ sheet: S, cell: a("y2028", "i3"), rules: ["target-trend"], truth: "76" });
  b.ok({ sheet: S, cell: a("y2029", "i4"), rules: ["target-trend"], truth: "0.85" });
  return b.finish();
}
