// Performance tables of a Dinas Ketenagakerjaan: the LKjIP 2024 measurement of a Banten city's Disnaker
// (capaian stored as fractions shown with a % format; the two lower-is-better rows, kecelakaan kerja
// fatal and TPT, take the refleksi), and the PK 2025 of a Kalimantan Timur kabupaten's Disnakertrans
// beside its Renstra 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const PCT = "0.00%";
/** capaian as a fraction, four decimals (printed as 0.00 %) */
const rt = (R: string, T: string) => `ROUND(${R}/${T},4)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T},4)`;
const TOL = 0.00006;

// ============================================ Disnaker Kota Cikande Raya (Banten), LKjIP 2024

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

export function lkjipDisnakerCikande(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-disnaker-kota-cikande-raya.xlsx",
    "LKjIP pengukuran kinerja (Disnaker)",
    "LKjIP 2024 Tabel 3.1 of a Banten city Disnaker: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian | Tingkat Capaian | Realisasi Tahun 2023; capaian ROUND(R/T,4) fractions with a 0.00% format, refleksi for the two lower-is-better rows; Permendagri predikat words; Rata-rata and Predikat rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA CIKANDE RAYA", "DINAS TENAGA KERJA"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Dinas Tenaga Kerja Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kondusivitas hubungan industrial dan perlindungan tenaga kerja";
  const S2 = "Menurunnya pengangguran terbuka";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      t: 75,
      r: 80.65,
      r23: 71.43,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase perusahaan yang menerapkan upah minimum",
      sat: "%",
      t: 85,
      r: 78.4,
      r23: 76.9,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase perusahaan yang memenuhi norma K3",
      sat: "%",
      t: 70,
      r: 61.25,
      r23: 57.8,
      f: DEC,
    },
    {
      id: "i4",
      sas: S1,
      ind: "Jumlah kecelakaan kerja fatal",
      sat: "kasus",
      t: 6,
      r: 4,
      r23: 7,
      neg: true,
      f: "0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      t: 7.8,
      r: 7.35,
      r23: 7.92,
      neg: true,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Jumlah pencari kerja yang memperoleh kartu AK1",
      sat: "kartu",
      t: 7200,
      r: 8089,
      r23: 6874,
      f: INT,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t, 4);
  const G = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT },
    { key: "p", head: [G, "Tingkat Capaian"], role: "predikat", year: 2024, width: 14 },
    { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023 },
  ];
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
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the kecelakaan fatal (lower is better) keeps the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Tinggi" for 87.50 %
          p: x.id === "i3" ? "Sangat Tinggi" : predikat(capOf(x) * 100),
          r23: fmt(x.r23, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),4)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "r"],
        cells: () => ({
          no: "Predikat kinerja",
          c: predikat(
            (rows.reduce((n, x) => n + (x.id === "i4" ? x.r / x.t : capOf(x)), 0) / rows.length) * 100,
          ),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator 4 dan 5 bersifat negatif (semakin kecil semakin baik); capaian = (2 x target - realisasi) / target.",
    "Tingkat capaian: > 90% Sangat Tinggi; > 75% - 90% Tinggi; > 65% - 75% Sedang; > 50% - 65% Rendah; <= 50% Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Cikande, 27 Februari 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA", "KOTA CIKANDE RAYA,"],
    nama: "Hj. RATU NURHASANAH, S.Sos., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19750610 199903 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the kecelakaan kerja fatal (lower is better by the note) is =ROUND(R/T,4) = 66.67 %, the formula of the positive rows; (2 x 6 - 4) / 6 gives 133.33 %, as the TPT row computes",
    truth: refl(a("r", "i4"), a("t", "i4")),
    tol: TOL,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Tingkat capaian 'Sangat Tinggi' for 87.50 % (61.25 against 70); the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "i3")}*100)`,
  });
  for (const x of rows) {
    if (x.id === "i4") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules:
        x.id === "i5"
          ? ["capaian-mismatch", "inconsistent-formula"]
          : x.id === "i6" || x.id === "i1"
            ? ["capaian-mismatch", "percent-out-of-range"]
            : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      tol: TOL,
      // TPT is lower is better: refleksi, not R / T; the AK1 count above target stays above 100 %
      trap: x.id === "i5" ? rt(R, T) : x.id === "i6" ? "1" : undefined,
    });
    if (x.id !== "i3")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)}*100)`,
      });
  }
  return b.finish();
}

// ======================= Disnakertrans Kabupaten Mahakam Tengah (Kalimantan Timur), PK 2025 + Renstra

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkDisnakertransMahakam(): BookW {
  const b = new BookW(
    "pk-kadisnakertrans-renstra-mahakam-tengah.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Disnakertrans)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target 2025 | Satuan (target before satuan), then No | Program | Anggaran (Rp) | Keterangan with a Jumlah; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja Tahun ke-' > 1 (2025) .. 5 (2029) | Kondisi Akhir Renstra (2029)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MAHAKAM TENGAH", "DINAS TENAGA KERJA DAN TRANSMIGRASI"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pada hari ini Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:",
    "Nama : MARKUS HUVANG, S.T., M.Si. - Jabatan : Kepala Dinas Tenaga Kerja dan Transmigrasi, selanjutnya disebut Pihak Pertama",
    "Nama : Dr. H. ACHMAD RIFANI, S.E., M.M. - Jabatan : Bupati Mahakam Tengah, selanjutnya disebut Pihak Kedua",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      awal: 72,
      tg: [75, 77.5, 80, 82.5, 85],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase perusahaan yang menerapkan upah minimum",
      sat: "%",
      awal: 68.4,
      tg: [70, 72.5, 75, 77.5, 80],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase perusahaan yang memenuhi norma K3",
      sat: "%",
      awal: 58.2,
      tg: [60, 63, 66, 69, 72],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Jumlah kecelakaan kerja fatal",
      sat: "kasus",
      awal: 7,
      tg: [6, 6, 5, 5, 4],
      neg: true,
      f: "0",
    },
    {
      id: "r5",
      ind: "Persentase pencari kerja terdaftar (AK1) yang ditempatkan",
      sat: "%",
      awal: 41.3,
      tg: [43, 45, 47, 49, 51],
      f: DEC,
    },
  ];
  // planted: the PK target of norma K3 is 66.00, the Renstra 2027 target (2025: 60.00)
  const pkTarget = (x: PkInd) => (x.id === "r3" ? x.tg[2] : x.tg[0]);
  // planted: the Renstra 2027 target of the upah minimum row typed 7.5 (75)
  const renstra = (x: PkInd, k: number) => (x.id === "r2" && k === 2 ? 7.5 : x.tg[k]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 4
            ? "Terwujudnya hubungan industrial yang harmonis dan pekerja yang terlindungi"
            : "Meningkatnya penempatan tenaga kerja",
        ind: x.ind,
        tg: fmt(pkTarget(x), x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_842_375_000],
    ["p2", "Program Penempatan Tenaga Kerja", 1_236_800_000],
    ["p3", "Program Hubungan Industrial", 987_450_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, nm, rp], i): Row => ({ id, cells: { no: i + 1, nm, rp, ket: "APBD 2025" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Pihak Kedua,", "Bupati Mahakam Tengah", "", "", "Dr. H. ACHMAD RIFANI, S.E., M.M."], 2);
  s.r -= 5;
  s.lines(
    ["Pihak Pertama,", "Kepala Dinas", "", "", "MARKUS HUVANG, S.T., M.Si.", "NIP. 19780304 200312 1 009"],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS TENAGA KERJA DAN TRANSMIGRASI KABUPATEN MAHAKAM TENGAH"]);
  r.lines(["Tabel 4.2 Indikator Kinerja Utama dan Target Renstra Tahun 2025-2029"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja Tahun ke-", `${k + 1} (${y})`],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(renstra(x, k), x.f)])),
        ak: fx(c.a("y2029")),
      }),
    })),
  });
  r.gap();
  r.lines([
    "Catatan: kondisi akhir indikator persentase dan jumlah kasus per tahun adalah target tahun kelima.",
  ]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: tr.a("y2025", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the perusahaan memenuhi norma K3 is 66.00, the Renstra 2027 target; the Renstra 2025 target is 60.00",
    truth: `'${R}'!${tr.a("y2025", "r3")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("y2027", "r2") },
    rules: ["target-outlier", "target-trend"],
    note: "Renstra 2027 target of the upah minimum row is 7.50 among 70.00, 72.50, 77.50, 80.00 (a lost digit); the path steps 2.5 a year to 75.00",
    truth: `(${tr.a("y2026", "r2")}+${tr.a("y2028", "r2")})/2`,
  });
  for (const x of rows)
    if (x.id !== "r3")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
  // a rate's kondisi akhir is the last target, not the five years added
  for (const id of ["r1", "r3", "r5"])
    b.ok({
      sheet: R,
      cell: tr.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", id),
      trap: `SUM(${tr.a("y2025", id)}:${tr.a("y2029", id)})`,
    });
  b.ok({ sheet: R, cell: tr.a("y2029", "r4"), rules: ["target-trend"], truth: "4" });
  b.ok({ sheet: R, cell: tr.a("y2027", "r4"), rules: ["target-outlier", "target-trend"], truth: "5" });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  return b.finish();
}
