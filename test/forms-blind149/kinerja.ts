// Performance tables of two Disdukcapil: the LKjIP 2024 measurement of an invented Kalimantan Utara
// kabupaten (Sesayap Hulu; Permendagri predikat words, refleksi for the lower-is-better rows) and the
// PK 2025 of the Sulawesi Selatan Disdukcapil (Tanah Lamoa), its indicator table and program table
// side by side, beside the Renstra 2025-2029 targets. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

export function lkjipSesayap(): BookW {
  const b = new BookW(
    "lkjip-2024-adminduk-disdukcapil-sesayap-hulu.xlsx",
    "LKjIP pengukuran kinerja (Disdukcapil)",
    "LKjIP 2024 Bab III of a Disdukcapil in Kalimantan Utara: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; refleksi (2T - R) / T for the two lower-is-better rows; Permendagri words; Rata-rata and Kategori footer",
  );
  const S = "Pengukuran IKU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SESAYAP HULU",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jl. Jenderal Sudirman No. 41, Tanjung Sesayap",
  ]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kepemilikan dokumen kependudukan";
  const S2 = "Meningkatnya kualitas pelayanan administrasi kependudukan";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase penduduk wajib KTP-el yang telah melakukan perekaman",
      sat: "%",
      t: 98.5,
      r: 97.62,
      r23: 96.88,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase anak usia 0-17 tahun yang memiliki KIA",
      sat: "%",
      t: 45,
      r: 38.7,
      r23: 31.25,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase anak usia 0-18 tahun yang memiliki akta kelahiran",
      sat: "%",
      t: 95,
      r: 96.84,
      r23: 94.1,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Rata-rata waktu penerbitan dokumen kependudukan",
      sat: "hari",
      t: 3,
      r: 2,
      r23: 3,
      neg: true,
      f: "0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah pengaduan masyarakat atas layanan adminduk",
      sat: "kasus",
      t: 40,
      r: 46,
      r23: 52,
      neg: true,
      f: "0",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase layanan adminduk yang diajukan secara daring (online)",
      sat: "%",
      t: 60,
      r: 41.5,
      r23: 28.4,
      f: DEC,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 14 },
  ];
  const capShown = (x: Ind) => (x.id === "i4" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the pengaduan row (lower is better) keeps the R / T formula of the rows above
          c: fx(x.id === "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for 69.17 (the band > 65 - 75 is Sedang)
          p: x.id === "i6" ? "Tinggi" : predikat(capShown(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: "Sangat Tinggi",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator 4 dan 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Tanjung Sesayap, 25 Februari 2025",
    jabatan: ["Kepala Dinas Kependudukan dan Pencatatan Sipil,"],
    nama: "YOSEPH LAING ANYE, S.Sos., M.A.P.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760908 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the pengaduan (lower is better by the note) is =ROUND(R/T*100,2) = 115.00; (2 x 40 - 46) / 40 gives 85.00, as the waktu penerbitan row computes",
    truth: refl(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Tinggi' for the capaian 69.17 (41.50 against 60); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "i6")})`,
  });
  for (const x of rows) {
    if (x.id === "i5") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules:
        x.id === "i4"
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the waktu penerbitan is lower is better: 133.33, not R / T = 66.67
      trap: x.id === "i4" ? rt(R, T) : undefined,
    });
    if (x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ===================================================== PK 2025 and Renstra 2025-2029, Tanah Lamoa

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkLamoa(): BookW {
  const b = new BookW(
    "pk-2025-kadisdukcapil-renstra-tanah-lamoa.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Disdukcapil)",
    "sheet 'PK 2025': statement, indicator table (No | Sasaran | Indikator Kinerja | Satuan | Target) beside the program table (No | Program | Anggaran (Rp) | Ket.) across one empty column, typed Jumlah; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja Tahun' > 2025 .. 2029 | Kondisi Kinerja Akhir Periode Renstra",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANAH LAMOA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Drs. ANDI MUH. YUSRAN PATONGAI, M.Si.  Jabatan : Kepala Dinas Kependudukan dan Pencatatan Sipil (Pihak Pertama)",
    "Nama : H. MUHAMMAD ARSYAD DG. NAI, S.H., M.H.  Jabatan : Bupati Tanah Lamoa (Pihak Kedua)",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase penduduk wajib KTP-el yang telah melakukan perekaman",
      sat: "%",
      awal: 97.05,
      tg: [97.5, 98, 98.5, 99, 99.5],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase anak usia 0-17 tahun yang memiliki KIA",
      sat: "%",
      awal: 44.76,
      tg: [50, 56, 62, 68, 75],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase anak usia 0-18 tahun yang memiliki akta kelahiran",
      sat: "%",
      awal: 93.8,
      tg: [94.5, 95.2, 96, 96.8, 97.5],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Rata-rata waktu penyelesaian dokumen kependudukan",
      sat: "hari",
      awal: 4,
      tg: [3, 3, 2, 2, 1],
      neg: true,
      f: "0",
    },
    {
      id: "r5",
      ind: "Indeks kepuasan masyarakat atas layanan adminduk",
      sat: "indeks",
      awal: 81.36,
      tg: [82, 83, 84, 85, 86],
      f: DEC,
    },
  ];
  // planted: the PK target of the KIA is 56.00, the Renstra 2026 target (2025: 50.00)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const top = s.r;
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 3
            ? "Meningkatnya cakupan kepemilikan dokumen kependudukan"
            : "Meningkatnya kualitas pelayanan adminduk",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 3_412_650_000],
    ["p2", "Program Pendaftaran Penduduk", 1_286_400_000],
    ["p3", "Program Pencatatan Sipil", 948_750_000],
    ["p4", "Program Pengelolaan Informasi Administrasi Kependudukan", 612_300_000],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "pr", head: ["Program"], width: 40 },
        { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
        { key: "ket", head: ["Ket."], role: "keterangan", width: 10 },
      ],
      headerRows: 1,
      rows: [
        ...progs.map(([id, pr, rp], i): Row => ({ id, cells: { no: i + 1, pr, rp, ket: "APBD" } })),
        // planted: the Jumlah typed 6,206,100,000 (the four programs give 6,260,100,000)
        { id: "j", bold: true, span: ["no", "pr"], cells: { no: "Jumlah", rp: 6_206_100_000 } },
      ],
    },
    7,
    top,
  );
  s.r = Math.max(t1.lastDataRow, t2.lastDataRow) + 2;
  s.lines(["Sungguminasa Baru, 2 Januari 2025"], 7);
  s.lines(["Pihak Kedua,", "Bupati Tanah Lamoa", "", "", "H. MUHAMMAD ARSYAD DG. NAI, S.H., M.H."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Dinas",
      "",
      "",
      "Drs. ANDI MUH. YUSRAN PATONGAI, M.Si.",
      "NIP. 19720614 199303 1 006",
    ],
    7,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TANAH LAMOA"]);
  r.lines([
    "Tabel 6.1 Target Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra 2025-2029",
  ]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Kinerja pada Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2029")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the KIA coverage is 56.00, the Renstra 2026 target; the Renstra 2025 target is 50.00",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 6,206,100,000; the four programs give 6,260,100,000 (two digits swapped)",
    truth: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "p4")})`,
  });
  for (const x of rows)
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
  for (const x of rows) {
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      // a rate's (or a waiting time's) kondisi akhir is the 2029 target, not the five years added
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y2029", "r4"), rules: ["target-trend"], truth: "1" });
  b.ok({ sheet: R, cell: tr.a("y2027", "r4"), rules: ["target-trend", "target-outlier"], truth: "2" });
  return b.finish();
}
