// Performance tables: the LKjIP 2024 measurement of the Diskominfo of Kota Bayan Selaparang (NTB) with
// the Permendagri kategori words and the metadata computation under it, and the PK 2025 of the Diskominfo
// of Kabupaten Rinjani Timur (NTB) beside its Renstra targets in Tahun ke- columns. Invented throughout.
import { BookW, DEC, RP, fmt, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

type Ind = {
  id: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipBayan(): BookW {
  const b = new BookW(
    "lkjip-metadata-rekomendasi-diskominfo-bayan-selaparang.xlsx",
    "LKjIP pengukuran kinerja (statistik sektoral)",
    "LKjIP 2024 Tabel 3.1 of a Diskominfo in NTB: No | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Realisasi 2023 | Target Akhir Renstra 2026 | Capaian thd Target Akhir (%); refleksi on the waktu penerbitan rekomendasi; Permendagri kategori words; Rata-rata and Predikat rows; Tabel 3.2 under it: the metadata computation",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BAYAN SELAPARANG", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  s.lines([
    "Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Tahun 2024",
    "Sasaran: Meningkatnya ketersediaan data statistik sektoral yang berkualitas",
  ]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Persentase perangkat daerah yang mengisi metadata statistik sektoral",
      sat: "%",
      t: 85,
      r: 112.5,
      r23: 70.83,
      t26: 100,
      f: DEC,
    },
    {
      id: "i2",
      ind: "Persentase rekomendasi kegiatan statistik yang diterbitkan tepat waktu",
      sat: "%",
      t: 80,
      r: 86.36,
      r23: 75,
      t26: 90,
      f: DEC,
    },
    {
      id: "i3",
      ind: "Rata-rata waktu penerbitan rekomendasi kegiatan statistik",
      sat: "hari kerja",
      t: 10,
      r: 8,
      r23: 12,
      t26: 7,
      neg: true,
      f: "0",
    },
    {
      id: "i4",
      ind: "Nilai EPSS domain statistik sektoral",
      sat: "indeks",
      t: 2.6,
      r: 2.58,
      r23: 2.34,
      t26: 3.0,
      f: DEC,
    },
    {
      id: "i5",
      ind: "Jumlah dataset yang dipublikasikan di portal Satu Data",
      sat: "dataset",
      t: 180,
      r: 171,
      r23: 146,
      t26: 240,
      f: "0",
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 13 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, width: 11 },
    { key: "ca", head: ["Capaian thd Target Akhir Renstra (%)"], role: "capaian", fmt: DEC, width: 12 },
  ];
  const capOf = (x: Ind) => (x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the tepat waktu capaian is a typed 97.95 (86.36 / 80 gives 107.95)
          c: x.id === "i2" ? 97.95 : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          p: predikat(x.id === "i2" ? 97.95 : capOf(x)),
          r23: fmt(x.r23, x.f),
          t26: fmt(x.t26, x.f),
          ca: fx(x.neg ? refl(c.a("r"), c.a("t26")) : rt(c.a("r"), c.a("t26"))),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 3 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 Tinggi; > 65 Sedang; > 50 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2 Perhitungan Persentase Perangkat Daerah yang Mengisi Metadata Statistik Sektoral"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "u", head: ["Uraian"], role: "indikator", width: 44 },
      { key: "v", head: ["Tahun 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "n",
        cells: { u: "a. Jumlah perangkat daerah produsen data (Perwali 14/2024)", v: fmt(30, "0") },
      },
      { id: "m", cells: { u: "b. Perangkat daerah yang mengisi metadata di portal", v: fmt(27, "0") } },
      {
        id: "pc",
        cells: (c) => ({
          u: "c. Persentase (b / a x 100)",
          v: fx(`ROUND(${c.a("v", "m")}/${c.a("v", "n")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Bayan Selaparang, 26 Februari 2025",
    jabatan: ["Kepala Dinas Komunikasi dan Informatika"],
    nama: "LALU MUHAMMAD ZAINI, S.Kom., M.M.",
    nip: "19780322 200312 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "i1") },
    rules: ["percent-out-of-range", "cross-table-mismatch"],
    note: "realisasi 112.50 % of the metadata share (27 PD over last year's 24); Tabel 3.2 gives 27 / 30 = 90.00 %",
    truth: t2.a("v", "pc"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of the rekomendasi tepat waktu is a typed 97.95 among ROUND formulas; 86.36 / 80 gives 107.95",
    truth: rt(a("r", "i2"), a("t", "i2")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i3"), a("t", "i3")),
    trap: rt(a("r", "i3"), a("t", "i3")),
  });
  b.ok({
    sheet: S,
    cell: a("ca", "i3"),
    rules: ["capaian-mismatch"],
    truth: refl(a("r", "i3"), a("t26", "i3")),
    trap: rt(a("r", "i3"), a("t26", "i3")),
  });
  for (const id of ["i4", "i5"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: rt(a("r", id), a("t", id)),
    });
    b.ok({ sheet: S, cell: a("ca", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t26", id)) });
  }
  for (const id of ["i2", "i3", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  b.ok({ sheet: S, cell: a("t26", "i3"), rules: ["target-trend"], truth: "7" });
  b.ok({ sheet: S, cell: a("r", "i2"), rules: ["percent-out-of-range"], truth: "86.36" });
  return b.finish();
}

// ============================== Diskominfo Kabupaten Rinjani Timur: PK 2025 and Renstra 2025-2029

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkRinjani(): BookW {
  const b = new BookW(
    "pk-renstra-statistik-diskominfo-rinjani-timur.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Diskominfo)",
    "sheet 'PK 2025': statement, Sasaran Strategis | Indikator Kinerja | Satuan | Target; then No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with three programs and a Jumlah of the programs; sheet 'Renstra': No | Indikator | Satuan | Kondisi Awal | 'Target Tahun ke-' > 1 .. 5 | Kondisi Akhir, years only in the title (2025-2029)",
  );
  const S = "PK 2025";
  const R = "Renstra";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN RINJANI TIMUR", "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak Pertama: H. ABDUL WAHAB AZHARI, S.T., M.Si., Kepala Dinas Komunikasi, Informatika dan Statistik",
    "Pihak Kedua: H. SAMSUL RIJAL, S.H., Bupati Rinjani Timur",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase dataset prioritas yang terbit di portal Satu Data Rinjani Timur",
      sat: "%",
      awal: 52,
      tg: [60, 65, 72, 80, 88],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Nilai EPSS Kabupaten",
      sat: "indeks",
      awal: 2.18,
      tg: [2.4, 2.6, 2.8, 3.0, 3.1],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase kegiatan statistik sektoral PD yang memperoleh rekomendasi",
      sat: "%",
      awal: 40,
      tg: [55, 65, 75, 85, 95],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Indeks SPBE domain layanan",
      sat: "indeks",
      awal: 2.05,
      tg: [2.3, 2.5, 2.7, 2.9, 3.1],
      f: DEC,
    },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
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
            ? "Meningkatnya kualitas dan pemanfaatan data statistik sektoral"
            : "Meningkatnya kematangan SPBE",
        ind: x.ind,
        sat: x.sat,
        // planted: the Satu Data share takes the Tahun ke-2 target
        tg: fmt(x.id === "r1" ? x.tg[1] : x.tg[0], x.f),
      },
    })),
  });
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 16 },
      { key: "nm", head: ["Program / Kegiatan"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: (c) => ({
          no: 1,
          kode: "2.16.02",
          nm: "Program Informasi dan Komunikasi Publik",
          rp: fx(c.a("rp", "k1")),
          ket: "APBD",
        }),
      },
      {
        id: "k1",
        cells: {
          kode: "2.16.02.2.01",
          nm: "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
          rp: 1_284_650_000,
          ket: "APBD",
        },
      },
      {
        id: "p2",
        cells: (c) => ({
          no: 2,
          kode: "2.16.03",
          nm: "Program Pengelolaan Aplikasi Informatika",
          rp: fx(c.a("rp", "k2")),
          ket: "APBD",
        }),
      },
      {
        id: "k2",
        cells: {
          kode: "2.16.03.2.02",
          nm: "Pengelolaan e-Government di Lingkup Pemerintahan Daerah Kabupaten/Kota",
          rp: 2_157_300_000,
          ket: "APBD",
        },
      },
      {
        id: "p3",
        cells: (c) => ({
          no: 3,
          kode: "2.20.02",
          nm: "Program Penyelenggaraan Statistik Sektoral",
          rp: fx(c.a("rp", "k3")),
          ket: "APBD",
        }),
      },
      // planted: the statistik kegiatan carries the persandian code 2.21.02
      {
        id: "k3",
        cells: {
          kode: "2.21.02.2.01",
          nm: "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
          rp: 846_275_000,
          ket: "APBD",
        },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}+${c.a("rp", "p3")}`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Selong Baru, 2 Januari 2025"]);
  s.lines(["Pihak Kedua,", "Bupati Rinjani Timur", "", "", "H. SAMSUL RIJAL, S.H."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Dinas",
      "",
      "",
      "H. ABDUL WAHAB AZHARI, S.T., M.Si.",
      "NIP. 19760418 200501 1 009",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK KABUPATEN RINJANI TIMUR"]);
  r.lines(["Tabel 5.1 Target Kinerja Renstra Tahun 2025-2029"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[1, 2, 3, 4, 5].map((k): Col => ({
        key: `y${k}`,
        head: ["Target Tahun ke-", String(k)],
        role: "target",
        year: 2024 + k,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, fmt(v, x.f)])),
        ak: fx(c.a("y5")),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y1", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Satu Data share is 65.00, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 60.00",
    truth: `${R}!${tr.a("y1", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("kode", "k3") },
    rules: ["code-hierarchy"],
    note: "kegiatan Penyelenggaraan Statistik Sektoral is coded 2.21.02.2.01 (persandian) under program 2.20.02; its code is 2.20.02.2.01",
    truth: `${t2.a("kode", "p3")}&".2.01"`,
  });
  for (const x of rows.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `${R}!${tr.a("y1", x.id)}`,
    });
  for (const [k, p] of [
    ["k1", "p1"],
    ["k2", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: t2.a("kode", k),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", k)})`,
      actual: t2.a("kode", p),
    });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "k1")}+${t2.a("rp", "k2")}+${t2.a("rp", "k3")}`,
    trap: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "k3")})`,
  });
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      trap: `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  return b.finish();
}
