// Performance tables of two Kecamatan: the LKjIP 2024 measurement of Kecamatan Pagimana Utara
// (Kabupaten Banggai Lalong, Sulawesi Tengah) with two lower-is-better rows, its IKU 2025-2029, and
// the PK 2025 of the Camat of Labuhan Selaparang (Kabupaten Sumbawa Rinjani, Nusa Tenggara Barat),
// indicator and program tables side by side, beside the Renstra Kecamatan 2025-2029 targets.
// Every name and number is invented.
import {
  BookW,
  DEC,
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

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ========================================================= LKjIP 2024 Kecamatan Pagimana Utara

type L = {
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

export function lkjipPagimana(): BookW {
  const b = new BookW(
    "lkjip-kecamatan-pagimana-utara-2024.xlsx",
    "LKjIP pengukuran kinerja Kecamatan 2024",
    "No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Realisasi Tahun 2023; ROUND formulas, refleksi for the waktu penyelesaian and the gangguan trantibum; kategori typed (Sangat Tinggi .. Sangat Rendah); Rata-rata row",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI LALONG", "KECAMATAN PAGIMANA UTARA"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Kecamatan Pagimana Utara Tahun 2024"]);
  s.gap();
  const A = "Meningkatnya kualitas pelayanan publik di tingkat kecamatan";
  const B = "Meningkatnya kualitas penyelenggaraan pemerintahan desa dan ketenteraman umum";
  const rows: L[] = [
    {
      id: "i1",
      sas: A,
      ind: "Indeks Kepuasan Masyarakat terhadap layanan PATEN",
      sat: "indeks",
      t: 82,
      r: 84.6,
      r23: 81.35,
      f: DEC,
    },
    {
      id: "i2",
      sas: A,
      ind: "Persentase layanan PATEN yang selesai tepat waktu",
      sat: "%",
      t: 95,
      r: 93.8,
      r23: 92.4,
      f: DEC,
    },
    {
      id: "i3",
      sas: A,
      ind: "Rata-rata waktu penyelesaian layanan PATEN",
      sat: "hari",
      t: 3,
      r: 2.5,
      r23: 2.9,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      sas: B,
      ind: "Persentase desa yang menetapkan APBDes tepat waktu",
      sat: "%",
      t: 100,
      r: 82.35,
      r23: 76.47,
      f: DEC,
    },
    {
      id: "i5",
      sas: B,
      ind: "Jumlah kejadian gangguan ketenteraman dan ketertiban umum",
      sat: "kasus",
      t: 12,
      r: 15,
      r23: 14,
      neg: true,
      f: "0",
    },
    {
      id: "i6",
      sas: B,
      ind: "Persentase usulan Musrenbang kecamatan yang diakomodasi dalam RKPD",
      sat: "%",
      t: 40,
      r: 36.5,
      r23: 33.8,
      f: DEC,
    },
  ];
  const cap = (x: L) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikat(cap(rows[3])) !== "Tinggi") throw new Error("lkjip i4");
  const G = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "k", head: [G, "Kategori"], role: "predikat", year: 2024, width: 13 },
    { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, width: 11 },
  ];
  const body: Row[] = rows.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      t: fmt(x.t, x.f),
      r: fmt(x.r, x.f),
      // planted: the IKM capaian typed 103.71 (103.17 by the formula)
      c: x.id === "i1" ? 103.71 : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
      // planted: "Sangat Tinggi" for 82.35 (the band > 75 - 90 is Tinggi)
      k: x.id === "i4" ? "Sangat Tinggi" : predikat(x.id === "i1" ? 103.71 : cap(x)),
      r23: fmt(x.r23, x.f),
    }),
  }));
  const avg = round((103.71 + rows.slice(1).reduce((n, x) => n + cap(x), 0)) / 6);
  body.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
      k: predikat(avg),
    }),
  });
  const t = s.table({ cols, headerRows: 2, vmerge: ["sas"], rows: body });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 dan 5 bersifat negatif (semakin kecil semakin baik); capaian = (2 x target - realisasi) / target x 100.",
    "Kategori capaian: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Pagimana Utara, 26 Februari 2025",
    jabatan: ["CAMAT PAGIMANA UTARA,"],
    nama: "MOHAMAD RIZAL LAHAMU, S.Sos.",
    pangkat: "Pembina (IV/a)",
    nip: "19791104 200604 1 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the IKM PATEN is a typed 103.71 among ROUND formulas; 84.60 / 82.00 x 100 gives 103.17",
    truth: rt(a("r", "i1"), a("t", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Tinggi' for the APBDes tepat waktu capaian of 82.35; the band > 75 s.d. 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  for (const x of rows.slice(1)) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the capaian is the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("k", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ====================================== PK Camat Labuhan Selaparang 2025 and Renstra 2025-2029

type P = { id: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkSelaparang(): BookW {
  const b = new BookW(
    "pk-camat-renstra-kecamatan-labuhan-selaparang-2025.xlsx",
    "PK 2025 (side by side) and Renstra Kecamatan 2025-2029",
    "sheet 'PK Camat 2025': statement; indicator table No | Sasaran | Indikator Kinerja | Satuan | Target 2025 beside, after one empty column, the program table No | Kode | Program | Anggaran (Rp) with a JUMLAH; sheet 'Renstra Kecamatan': No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Kinerja Akhir Periode (2029)",
  );
  const S = "PK Camat 2025";
  const R = "Renstra Kecamatan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBAWA RINJANI", "KECAMATAN LABUHAN SELAPARANG"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak Pertama: LALU MUHAMMAD ZAINURI, S.STP., M.M. - Camat Labuhan Selaparang",
    "Pihak Kedua: H. SYAMSUL HADI, S.H., M.Si. - Bupati Sumbawa Rinjani",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "r1",
      ind: "Indeks Kepuasan Masyarakat terhadap layanan PATEN",
      sat: "indeks",
      awal: 84.35,
      tg: [85, 86, 87, 88, 89],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase layanan PATEN yang selesai sesuai SOP",
      sat: "%",
      awal: 96.4,
      tg: [96.5, 97, 97.5, 98, 98.5],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase desa dengan profil desa yang mutakhir",
      sat: "%",
      awal: 64.71,
      tg: [70.59, 76.47, 82.35, 88.24, 94.12],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Persentase desa yang menetapkan APBDes tepat waktu",
      sat: "%",
      awal: 94.12,
      tg: [100, 100, 100, 100, 100],
      f: DEC,
    },
    {
      id: "r5",
      ind: "Persentase penyelesaian kasus gangguan trantibum",
      sat: "%",
      awal: 78.57,
      tg: [80, 82.5, 85, 87.5, 90],
      f: DEC,
    },
  ];
  const top = s.r;
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kualitas pelayanan publik kecamatan"
            : "Meningkatnya tata kelola pemerintahan desa dan ketenteraman",
        ind: x.ind,
        sat: x.sat,
        // planted: the profil desa target rounded to 75.00 (Renstra 2025: 70.59)
        tg: fmt(x.id === "r3" ? 75 : x.tg[0], x.f),
      },
    })),
  });
  const progs: Array<[string, string, string, number]> = [
    ["g1", "7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1_842_300_000],
    ["g2", "7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 612_450_000],
    ["g3", "7.01.03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", 286_900_000],
    ["g4", "7.01.04", "Program Koordinasi Ketenteraman dan Ketertiban Umum", 174_250_000],
    ["g5", "7.01.06", "Program Pembinaan dan Pengawasan Pemerintahan Desa", 331_600_000],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kode", head: ["Kode"], role: "kode", width: 10 },
        { key: "nm", head: ["Program"], width: 40 },
        { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      ],
      headerRows: 1,
      rows: [
        ...progs.map(([id, kode, nm, rp], i): Row => ({ id, cells: { no: i + 1, kode, nm, rp } })),
        // planted: the SUM stops one row short, leaving out program 7.01.06
        {
          id: "j",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines(["Labuhan Selaparang, 2 Januari 2025"]);
  s.lines(["Pihak Kedua,", "BUPATI SUMBAWA RINJANI", "", "", "H. SYAMSUL HADI, S.H., M.Si."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "CAMAT LABUHAN SELAPARANG",
      "",
      "",
      "LALU MUHAMMAD ZAINURI, S.STP., M.M.",
      "NIP. 19830612 200112 1 002",
    ],
    9,
  );

  const r = b.sheet(R);
  letterhead(r, ["KECAMATAN LABUHAN SELAPARANG"]);
  r.lines(["Target Indikator Kinerja Kecamatan dalam Renstra Tahun 2025-2029"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja Akhir Periode (2029)"],
        role: "kondisi-akhir",
        year: 2029,
        width: 12,
      },
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
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: tr.a("y2025", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the profil desa mutakhir is 75.00; the Renstra 2025 target is 70.59 (12 of 17 desa)",
    truth: `'${R}'!${tr.a("y2025", "r3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is =SUM over the first four programs = 2,915,900,000; with program 7.01.06 (331,600,000) the five give 3,247,500,000",
    truth: `SUM(${t2.a("rp", "g1")}:${t2.a("rp", "g5")})`,
  });
  for (const x of rows) {
    if (x.id !== "r3")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      // a rate's kondisi akhir is the last target, not the five added
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  }
  return b.finish();
}

// ============================================== IKU Kecamatan Pagimana Utara 2025-2029

type U = {
  id: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  f: string;
  pj: string;
};

export function ikuPagimana(): BookW {
  const b = new BookW(
    "iku-kecamatan-pagimana-utara-2025-2029.xlsx",
    "IKU Kecamatan 2025-2029",
    "No | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target' > Tahun ke-1 (2025) .. Tahun ke-5 (2029) | Kondisi Akhir (2029) | Penanggung Jawab | Sumber Data; two lower-is-better rows with falling targets",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI LALONG", "KECAMATAN PAGIMANA UTARA"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) KECAMATAN PAGIMANA UTARA", "PERIODE 2025-2029"]);
  s.gap();
  const rows: U[] = [
    {
      id: "u1",
      ind: "Indeks Kepuasan Masyarakat terhadap layanan PATEN",
      rumus: "Nilai IKM hasil survei kepuasan masyarakat (PermenPANRB 14/2017)",
      sat: "indeks",
      awal: 81.4,
      tg: [82, 83, 84, 85, 86],
      f: DEC,
      pj: "Seksi Pelayanan Umum",
    },
    {
      id: "u2",
      ind: "Persentase layanan PATEN yang selesai tepat waktu",
      rumus: "Layanan selesai tepat waktu / seluruh layanan x 100%",
      sat: "%",
      awal: 93.2,
      tg: [94, 95, 960, 97, 98],
      f: DEC,
      pj: "Seksi Pelayanan Umum",
    },
    {
      id: "u3",
      ind: "Rata-rata waktu penyelesaian layanan PATEN",
      rumus: "Jumlah hari penyelesaian / jumlah layanan",
      sat: "hari",
      awal: 2.8,
      tg: [2.6, 2.4, 2.2, 2, 1.8],
      f: DEC,
      pj: "Seksi Pelayanan Umum",
    },
    {
      id: "u4",
      ind: "Persentase desa berstatus Desa Maju dan Desa Mandiri",
      rumus: "Desa Maju dan Mandiri (IDM) / 17 desa x 100%",
      sat: "%",
      awal: 35.29,
      tg: [41.18, 47.06, 52.94, 58.82, 41.18],
      f: DEC,
      pj: "Seksi Pemberdayaan Masyarakat Desa",
    },
    {
      id: "u5",
      ind: "Jumlah kejadian gangguan ketenteraman dan ketertiban umum",
      rumus: "Jumlah kejadian yang tercatat dalam satu tahun",
      sat: "kasus",
      awal: 14,
      tg: [13, 12, 11, 10, 9],
      f: "0",
      pj: "Seksi Ketenteraman dan Ketertiban Umum",
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y, i): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${i + 1} (${y})`],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 18 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2029")),
        pj: x.pj,
        sd: x.id === "u1" ? "Survei IKM" : x.id === "u4" ? "Kemendes PDTT" : "Aplikasi PATEN",
      }),
    })),
  });
  s.gap();
  s.lines(["Catatan: indikator 3 dan 5 semakin kecil semakin baik."]);
  s.gap();
  signature(s, 11, {
    tempat: "Pagimana Utara, 10 Juli 2025",
    jabatan: ["CAMAT PAGIMANA UTARA,"],
    nama: "MOHAMAD RIZAL LAHAMU, S.Sos.",
    nip: "19791104 200604 1 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "u2") },
    rules: ["target-outlier", "percent-out-of-range"],
    note: "Tahun ke-3 (2027) target of the PATEN tepat waktu rate is 960 (96,0 typed without its comma); between 95 and 97 it is 96.00",
    truth: `(${a("y2026", "u2")}+${a("y2028", "u2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2029", "u4") },
    rules: ["target-trend"],
    note: "Tahun ke-5 (2029) target of the Desa Maju dan Mandiri rate falls to 41.18 (the Tahun ke-1 value) after rising by 5.88 a year; the series gives 64.70 (11 of 17 desa)",
    truth: `${a("y2028", "u4")}+(${a("y2028", "u4")}-${a("y2027", "u4")})`,
  });
  for (const id of ["u1", "u2", "u3", "u5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  for (const id of ["u3", "u5"])
    b.ok({ sheet: S, cell: a("y2029", id), rules: ["target-trend"], truth: a("y2029", id) });
  b.ok({ sheet: S, cell: a("y2029", "u2"), rules: ["percent-out-of-range", "target-outlier"], truth: "98" });
  return b.finish();
}
