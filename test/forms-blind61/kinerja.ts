// Performance tables of the sixty-first unseen set: the LKjIP 2024 measurement of the Dinas Peternakan
// dan Kesehatan Hewan of Kabupaten Tambora Utara (Nusa Tenggara Barat), with a lower-is-better count of
// cases of strategic infectious animal diseases beside a higher-is-better meat production, and the
// Perjanjian Kinerja 2025 of the same Dinas of Kabupaten Mahakam Lestari (Kalimantan Timur): the
// indicator table and the budget per programme and kegiatan on one sheet, the Rencana Aksi per triwulan
// on another. Every office, person and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ============================================== Disnakkeswan Kabupaten Tambora Utara, LKjIP 2024

type Ik = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  lalu: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

/** LKjIP 2024 Tabel 3.2: target, realisasi and capaian with refleksi for the lower-is-better rows. */
export function lkjipDisnakTamboraUtara(): BookW {
  const b = new BookW(
    "lkjip-2024-tabel-3-2-disnakkeswan-tambora-utara.xlsx",
    "LKjIP measurement table (livestock), negative indicators by refleksi",
    "LKjIP 2024 Tabel 3.2: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target / Realisasi / % Capaian | Kategori | Ket.; capaian by ROUND formulas, refleksi (2T - R)/T for the two lower-is-better rows; produksi daging realised above target; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN TAMBORA UTARA"]);
  s.lines(["Tabel 3.2", "Pengukuran Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya produksi dan populasi ternak";
  const S2 = "Terkendalinya penyakit hewan menular strategis dan zoonosis";
  const S3 = "Meningkatnya jaminan keamanan produk hewan";
  const rows: Ik[] = [
    { id: "i1", sas: S1, ind: "Produksi daging", sat: "ton", lalu: 2764.3, t: 2850, r: 3012.45, f: DEC },
    { id: "i2", sas: S1, ind: "Produksi telur", sat: "ton", lalu: 1352.8, t: 1420, r: 1387.2, f: DEC },
    { id: "i3", sas: S1, ind: "Populasi sapi potong", sat: "ekor", lalu: 85913, t: 91500, r: 88565, f: INT },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah kasus penyakit hewan menular strategis (PMK, LSD, SE, Rabies)",
      sat: "kasus",
      lalu: 164,
      t: 120,
      r: 97,
      neg: true,
      f: INT,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Angka kematian ternak sapi",
      sat: "%",
      lalu: 1.74,
      t: 1.5,
      r: 1.32,
      neg: true,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase kasus gigitan HPR yang ditangani",
      sat: "%",
      lalu: 96.5,
      t: 100,
      r: 100,
      f: DEC,
    },
    {
      id: "i7",
      sas: S3,
      ind: "Persentase unit usaha produk hewan bersertifikat NKV",
      sat: "%",
      lalu: 22.5,
      t: 40,
      r: 31.25,
      f: DEC,
    },
  ];
  // planted 1: the kasus penyakit (lower is better) takes R / T = 80.83; the refleksi gives 119.17
  const PL_C = "i4";
  // planted 2: kategori "Baik" for the telur's 97.69 (> 90 is Sangat Baik)
  const PL_K = { id: "i2", v: "Baik" };
  const shown = (x: Ik) => round(x.id !== PL_C && x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (shown(rows[3]) !== 80.83 || shown(rows[1]) !== 97.69) throw new Error("lkjip: values");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "lalu", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "k", head: ["Kategori"], role: "predikat", width: 12 },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 16 },
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
          lalu: fmt(x.lalu, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          c: fx(x.neg && x.id !== PL_C ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          k: x.id === PL_K.id ? PL_K.v : predikatBaik(shown(x)),
          ket: x.neg ? "semakin kecil semakin baik" : undefined,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i7")}),2)`),
          k: predikatBaik(round(sum(rows.map(shown)) / rows.length)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Capaian indikator yang semakin kecil semakin baik dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", PL_C) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the kasus penyakit hewan menular (lower is better, Ket.) is R / T = 97 / 120 = 80.83; the refleksi (2 x 120 - 97) / 120 gives 119.17, as the angka kematian row two lines below computes",
    truth: refl(a("r", PL_C), a("t", PL_C)),
  });
  b.plant({
    at: { sheet: S, cell: a("k", PL_K.id) },
    rules: ["predikat-mismatch"],
    note: "kategori 'Baik' for the produksi telur's 1,387.2 / 1,420 = 97.69; the band > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", PL_K.id)})`,
  });
  for (const x of rows) {
    if (x.id === PL_C) continue;
    const T = a("t", x.id);
    const R = a("r", x.id);
    const over = (x.neg ? 2 * x.t - x.r : x.r) > x.t;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: over ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== PL_K.id)
      b.ok({
        sheet: S,
        cell: a("k", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// =============================== Disnakkeswan Kabupaten Mahakam Lestari, PK 2025 with Rencana Aksi

type PkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  q: number[];
  flow: boolean;
  f: string;
};
type Keg = { id: string; kode: string; ur: string; rp?: number };

/** Perjanjian Kinerja 2025 (indicators and budget) and its Rencana Aksi per triwulan. */
export function pkRencanaAksiMahakamLestari(): BookW {
  const b = new BookW(
    "pk-dan-rencana-aksi-2025-disnakkeswan-mahakam-lestari.xlsx",
    "Perjanjian Kinerja with Rencana Aksi per triwulan and anggaran per kegiatan",
    "Sheet 'PK 2025': No | Sasaran | Indikator Kinerja | Satuan | Target, and under it Kode | Program / Kegiatan | Anggaran (Rp) | Ket. with programmes SUMming their kegiatan and a Jumlah; sheet 'Rencana Aksi 2025': No | Indikator Kinerja | Satuan | Target Tahun 2025 | 'Target per Triwulan' > TW I .. TW IV | Sifat (counts add their quarters, rates and populations take TW IV)",
  );
  const P = "PK 2025";
  const RA = "Rencana Aksi 2025";
  const s = b.sheet(P);
  const s2 = b.sheet(RA);
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN MAHAKAM LESTARI",
  ]);
  const A1 = "Meningkatnya ketersediaan pangan asal ternak";
  const A2 = "Menurunnya kasus penyakit hewan menular strategis";
  const ind: PkIn[] = [
    {
      id: "d",
      sas: A1,
      ind: "Produksi daging ternak",
      sat: "ton",
      t: 3150,
      q: [720, 1540, 2350, 3150],
      flow: false,
      f: INT,
    },
    {
      id: "p",
      sas: A1,
      ind: "Populasi sapi potong",
      sat: "ekor",
      t: 64200,
      q: [61850, 62600, 63400, 64200],
      flow: false,
      f: INT,
    },
    {
      id: "v",
      sas: A2,
      ind: "Jumlah ternak yang divaksin",
      sat: "ekor",
      t: 24000,
      q: [3600, 7200, 8400, 4800],
      flow: true,
      f: INT,
    },
    {
      id: "k",
      sas: A2,
      ind: "Jumlah kasus penyakit hewan menular strategis",
      sat: "kasus",
      t: 85,
      q: [28, 22, 20, 15],
      flow: true,
      f: INT,
    },
    {
      id: "c",
      sas: A2,
      ind: "Cakupan vaksinasi rabies HPR",
      sat: "%",
      t: 85,
      q: [20, 45, 70, 85],
      flow: false,
      f: "0",
    },
  ];
  // planted 1: the PK's produksi daging target typed 2,850 (the 2024 target); the Rencana Aksi has 3,150
  const PK_OLD = { id: "d", v: 2850 };
  // planted 2: TW III of the vaccinated animals typed 4,800 (8,400 with its digits turned), so the
  // quarters give 20,400 against the yearly 24,000
  const Q_SWAP = { id: "v", i: 2, v: 4800 };
  if (sum(ind[2].q) !== 24000 || sum(ind[3].q) !== 85) throw new Error("pk: flows");
  const pkCols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Target"], role: "target", year: 2025, width: 12 },
  ];
  const tp = s.table({
    cols: pkCols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, k) => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        t: fmt(x.id === PK_OLD.id ? PK_OLD.v : x.t, x.f),
      },
    })),
  });
  s.gap();
  const kegs: Array<Keg & { prog?: boolean }> = [
    {
      id: "P1",
      kode: "3.27.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      prog: true,
    },
    {
      id: "k11",
      kode: "3.27.01.2.01",
      ur: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      rp: 186450000,
    },
    { id: "k12", kode: "3.27.01.2.02", ur: "Administrasi Keuangan Perangkat Daerah", rp: 4872915000 },
    { id: "k13", kode: "3.27.01.2.06", ur: "Administrasi Umum Perangkat Daerah", rp: 612380000 },
    { id: "P2", kode: "3.27.02", ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN", prog: true },
    {
      id: "k21",
      kode: "3.27.02.2.03",
      ur: "Penyediaan Benih/Bibit Ternak dan Hijauan Pakan Ternak",
      rp: 2145600000,
    },
    {
      id: "k22",
      kode: "3.27.02.2.04",
      ur: "Pengawasan Mutu dan Peredaran Bibit Ternak dan Pakan Ternak",
      rp: 348750000,
    },
    {
      id: "P3",
      kode: "3.27.04",
      ur: "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
      prog: true,
    },
    {
      id: "k31",
      kode: "3.27.04.2.01",
      ur: "Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular",
      rp: 1937280000,
    },
    {
      id: "k32",
      kode: "3.27.04.2.02",
      ur: "Penjaminan Kesehatan Masyarakat Veteriner dan Keamanan Produk Hewan",
      rp: 526900000,
    },
  ];
  const kids: Record<string, [string, string]> = {
    P1: ["k11", "k13"],
    P2: ["k21", "k22"],
    P3: ["k31", "k32"],
  };
  const ta = s.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode", width: 14 },
      { key: "ur", head: ["Program / Kegiatan"], role: "lainnya", width: 60 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 8 },
    ],
    headerRows: 1,
    rows: [
      ...kegs.map((x): Row => ({
        id: x.id,
        bold: x.prog,
        cells: (c) => ({
          kode: x.kode,
          ur: x.ur,
          rp: x.prog ? fx(`SUM(${c.a("rp", kids[x.id][0])}:${c.a("rp", kids[x.id][1])})`) : x.rp,
          ket: "APBD",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "ur"],
        // planted 3: the Jumlah adds programmes 1 and 2 only
        cells: (c) => ({ kode: "JUMLAH", rp: fx(`${c.a("rp", "P1")}+${c.a("rp", "P2")}`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Loa Sengkuang, 3 Januari 2025",
    jabatan: ["Kepala Dinas Peternakan dan Kesehatan Hewan,"],
    nama: "Ir. BAMBANG SURYO ATMOJO, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19700808 199603 1 005",
  });
  // ------------------------------------------------------------------------ Rencana Aksi sheet
  letterhead(s2, ["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025", "DINAS PETERNAKAN DAN KESEHATAN HEWAN"]);
  const TW = ["TW I", "TW II", "TW III", "TW IV"];
  const tr = s2.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 12 },
      ...TW.map((q, i): Col => ({
        key: `q${i}`,
        head: ["Target per Triwulan", q],
        role: "target",
        year: 2025,
        width: 9,
      })),
      { key: "sf", head: ["Sifat Target"], width: 16 },
    ],
    headerRows: 2,
    rows: ind.map((x, k) => ({
      id: x.id,
      cells: {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        t: fmt(x.t, x.f),
        ...Object.fromEntries(
          x.q.map((v, i) => [`q${i}`, fmt(x.id === Q_SWAP.id && i === Q_SWAP.i ? Q_SWAP.v : v, x.f)]),
        ),
        sf: x.flow ? "jumlah triwulan" : "kumulatif / posisi",
      },
    })),
  });
  s2.gap();
  s2.lines(["Target triwulan IV indikator kumulatif / posisi sama dengan target tahunan."]);
  const qr = (id: string) => `${tr.a("q0", id)}:${tr.a("q3", id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: tp.a("t", PK_OLD.id) },
        { sheet: RA, cell: tr.a("t", PK_OLD.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target of the produksi daging typed 2,850 (the 2024 target copied); the Rencana Aksi and its TW IV give 3,150 ton",
    truth: `'${RA}'!${tr.a("t", PK_OLD.id)}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: RA, cell: tr.a("t", Q_SWAP.id) },
        { sheet: RA, cell: tr.a("q2", Q_SWAP.id) },
      ],
    },
    rules: ["sum-mismatch"],
    note: "the ternak divaksin quarters 3,600 + 7,200 + 4,800 + 4,800 = 20,400 against the yearly 24,000 (TW III should be 8,400)",
    truth: `SUM(${qr(Q_SWAP.id)})`,
  });
  b.plant({
    at: { sheet: P, cell: ta.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran adds programmes 3.27.01 and 3.27.02 only (8,166,095,000); with 3.27.04 (2,464,180,000) it is 10,630,275,000",
    truth: `${ta.a("rp", "P1")}+${ta.a("rp", "P2")}+${ta.a("rp", "P3")}`,
  });
  for (const x of ind) {
    if (x.id !== PK_OLD.id)
      b.ok({
        sheet: P,
        cell: tp.a("t", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${RA}'!${tr.a("t", x.id)}`,
      });
    if (x.id === Q_SWAP.id) continue;
    b.ok({
      sheet: RA,
      cell: tr.a("t", x.id),
      rules: ["sum-mismatch"],
      truth: x.flow ? `SUM(${qr(x.id)})` : tr.a("q3", x.id),
      // a level or cumulative target is its TW IV, not the sum of the quarters
      trap: x.flow ? undefined : `SUM(${qr(x.id)})`,
    });
  }
  for (const p of ["P1", "P2", "P3"])
    b.ok({
      sheet: P,
      cell: ta.a("rp", p),
      rules: ["sum-mismatch"],
      truth: `SUM(${ta.a("rp", kids[p][0])}:${ta.a("rp", kids[p][1])})`,
      // a programme sums its kegiatan, not every row down to the next programme's total
      trap: p === "P1" ? `SUM(${ta.a("rp", "P1")}:${ta.a("rp", "k13")})` : undefined,
    });
  return b.finish();
}
