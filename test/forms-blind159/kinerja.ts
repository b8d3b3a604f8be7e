// Plans and performance of two RSUD run as BLUD: the T-C.27 of the Renstra 2025-2029 of a Central
// Kalimantan RSUD "(dalam ribuan rupiah)" with Tahun ke-1 .. ke-5, the LKjIP 2024 measurement of an East
// Java RSUD (BOR, ALOS, TOI, BTO, NDR / GDR, indeks kepuasan pasien; lower is better for ALOS, NDR, GDR by
// refleksi) and the PK 2025 of the Central Kalimantan RSUD beside its Renstra targets.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ======================================= T-C.27 RSUD Tambun Bungai, Kabupaten Kahayan Tengah, 2025-2029

type P = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  flow: boolean;
  rp?: number[];
};

export function tc27Kahayan(): BookW {
  const b = new BookW(
    "tc27-renstra-rsud-tambun-bungai-kahayan.xlsx",
    "T-C.27 Renstra funding of an RSUD (2025-2029)",
    "T-C.27 of a Kalimantan Tengah RSUD, Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; SUM formulas for kegiatan and program Rp; kondisi akhir Rp as the five years added",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KAHAYAN TENGAH", "RUMAH SAKIT UMUM DAERAH TAMBUN BUNGAI"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif RSUD Tambun Bungai Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: P[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0001",
      nm: "Operasional Pelayanan Rumah Sakit",
      ind: "Jumlah pasien rawat inap yang dilayani",
      sat: "orang",
      awal: 7_840,
      k: [8_000, 8_250, 8_500, 8_750, 9_000],
      flow: true,
      rp: [11_250_000, 11_800_000, 12_400_000, 13_050_000, 13_700_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0017",
      nm: "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan",
      ind: "Jumlah paket obat dan BMHP yang disediakan",
      sat: "paket",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      flow: true,
      rp: [8_600_000, 8_950_000, 9_300_000, 9_700_000, 10_100_000],
    },
    // planted: coded under kegiatan 1.02.02.2.01 but placed (and summed) under 1.02.02.2.02
    {
      id: "s3",
      kode: "1.02.02.2.01.0035",
      nm: "Pengelolaan Pelayanan Kesehatan Rujukan",
      ind: "Jumlah pasien rujukan yang ditangani",
      sat: "orang",
      awal: 1_320,
      k: [1_350, 1_400, 1_450, 1_500, 1_550],
      flow: true,
      rp: [1_150_000, 1_210_000, 1_270_000, 1_330_000, 1_400_000],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ke-${y}`, "Target"], role: "target", year: 2024 + y, width: 9 },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      width: 10,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 14,
    },
    { key: "uk", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const years = (c: Ctx) => Y.map((y) => c.a(`rp${y}`)).join("+");
  const S2_AKHIR = 48_650_000; // planted: 8,600,000 + 8,950,000 + 9,300,000 + 9,700,000 + 10,100,000 = 46,650,000
  if (sum(subs[1].rp!) !== 46_650_000) throw new Error("tc27 s2");
  const sub = (x: P): Row => ({
    id: x.id,
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ka: x.flow ? sum(x.k) : x.k[4],
        uk: "Bidang Pelayanan",
        lok: "Kuala Kurun Hulu",
      };
      Y.forEach((y, i) => {
        out[`k${y}`] = x.k[i];
        out[`rp${y}`] = x.rp![i];
      });
      out.ra = x.id === "s2" ? S2_AKHIR : fx(years(c));
      return out;
    },
  });
  const head = (
    id: string,
    kode: string,
    nm: string,
    ind: string,
    sat: string,
    awal: number,
    k: number[],
    from: string,
    to: string,
  ): Row => ({
    id,
    bold: id === "prog",
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode,
        nm,
        ind,
        sat,
        awal,
        ka: k[4],
        uk: "Direktur RSUD",
        lok: "Kabupaten Kahayan Tengah",
      };
      Y.forEach((y, i) => {
        out[`k${y}`] = k[i];
        out[`rp${y}`] = fx(
          from === to ? c.a(`rp${y}`, from) : `SUM(${c.a(`rp${y}`, from)}:${c.a(`rp${y}`, to)})`,
        );
      });
      out.ra = fx(years(c));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      head(
        "prog",
        "1.02.02",
        "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
        "Bed Occupancy Rate (BOR)",
        "%",
        66.4,
        [68, 70, 72, 74, 76],
        "keg",
        "keg",
      ),
      head(
        "keg",
        "1.02.02.2.02",
        "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
        "Indeks kepuasan pasien",
        "indeks",
        78.6,
        [79.5, 80.5, 81.5, 82.5, 83.5],
        "s1",
        "s3",
      ),
      ...subs.map(sub),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir BOR dan indeks kepuasan = target tahun ke-5; jumlah pasien dan paket = jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Kuala Kurun Hulu, 3 Maret 2025",
    jabatan: ["Direktur RSUD Tambun Bungai,"],
    nama: "dr. MARKUS DAMBUNG, M.Kes.",
    pangkat: "Pembina (IV/a)",
    nip: "19790505 200604 1 015",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ys = (id: string) => Y.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ra", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 1.02.02.2.02.0017 is a typed 48,650,000 (ribu); the five years add up to 46,650,000",
    truth: ys("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengelolaan Pelayanan Kesehatan Rujukan is coded 1.02.02.2.01.0035 under kegiatan 1.02.02.2.02 (it is still summed into that kegiatan)",
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["prog", "keg"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: Y.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const id of ["s1", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`k${y}`, id)).join("+"),
    });
    b.ok({ sheet: S, cell: a("ra", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: ys(id) });
  }
  for (const id of ["prog", "keg"])
    b.ok({ sheet: S, cell: a("ra", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: ys(id) });
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}+${a(`rp${y}`, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s1")})`,
    actual: a("kode", "keg"),
  });
  b.ok({
    sheet: S,
    cell: a("k5", "prog"),
    rules: ["target-trend", "target-outlier"],
    truth: `${a("k4", "prog")}+2`,
  });
  return b.finish();
}

// ============================================ LKjIP 2024, RSUD dr. R. Soedjono Ngrowo Kidul (Jawa Timur)

type L = { id: string; ind: string; sat: string; t: number; r: number; r23: number; neg: boolean; f: string };

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

export function lkjipRsudNgrowo(): BookW {
  const b = new BookW(
    "lkjip-mutu-ranap-bor-ndr-soedjono-ngrowo.xlsx",
    "LKjIP measurement of an RSUD (2024)",
    "LKjIP 2024 Tabel 3.1 of a Jawa Timur RSUD: No | Indikator Kinerja | Satuan | Polaritas | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; ROUND formulas, refleksi on the lower-is-better ALOS, NDR, GDR; predikat in the Baik words; Rata-rata row",
  );
  const S = "Tabel 3.1 Pengukuran";
  const s = b.sheet(S);
  letterhead(s, ["RSUD dr. R. SOEDJONO KABUPATEN NGROWO KIDUL"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama RSUD Tahun 2024"]);
  s.gap();
  const xs: L[] = [
    { id: "bor", ind: "Bed Occupancy Rate (BOR)", sat: "%", t: 72, r: 71.5, r23: 68.2, neg: false, f: DEC },
    {
      id: "alos",
      ind: "Average Length of Stay (ALOS)",
      sat: "hari",
      t: 5,
      r: 4.6,
      r23: 5.3,
      neg: true,
      f: DEC,
    },
    { id: "bto", ind: "Bed Turn Over (BTO)", sat: "kali", t: 45, r: 47.2, r23: 43.8, neg: false, f: DEC },
    { id: "ndr", ind: "Net Death Rate (NDR)", sat: "per mil", t: 20, r: 23, r23: 24.1, neg: true, f: DEC },
    {
      id: "gdr",
      ind: "Gross Death Rate (GDR)",
      sat: "per mil",
      t: 38,
      r: 41.5,
      r23: 44.2,
      neg: true,
      f: DEC,
    },
    {
      id: "ikp",
      ind: "Indeks kepuasan pasien",
      sat: "indeks",
      t: 82,
      r: 82.35,
      r23: 79.4,
      neg: false,
      f: DEC,
    },
  ];
  const cap = (x: L) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted: the NDR keeps the R / T formula of the positive rows (115.00 where refleksi gives 85.00)
  const shown = (x: L) => (x.id === "ndr" ? round((x.r / x.t) * 100) : cap(x));
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
  ];
  const avg = round(sum(xs.map(shown)) / xs.length);
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...xs.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          pol: x.neg ? "Negatif" : "Positif",
          r23: x.r23,
          t: x.t,
          r: x.r,
          c: fx(x.neg && x.id !== "ndr" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for the ALOS capaian 108.00 (above 90 is Sangat Baik)
          p: x.id === "alos" ? "Baik" : predikatBaik(shown(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "bor")}:${c.a("c", "ikp")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator berpolaritas negatif (ALOS, NDR, GDR) semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  if (cap(xs[1]) !== 108 || predikatBaik(108) !== "Sangat Baik") throw new Error("lkjip alos");
  b.plant({
    at: { sheet: S, cell: a("c", "ndr") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the NDR (negative by its Polaritas column and the note) is =ROUND(R/T*100,2) = 115.00; refleksi (2 x 20 - 23) / 20 x 100 gives 85.00, as the ALOS and GDR rows compute",
    truth: refl(a("r", "ndr"), a("t", "ndr")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "alos") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for the ALOS capaian 108.00 (refleksi of 4.6 against 5); above 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "alos")})`,
  });
  for (const id of ["alos", "gdr"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: refl(a("r", id), a("t", id)),
      trap: rt(a("r", id), a("t", id)),
    });
  for (const id of ["bor", "bto", "ikp"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["bor", "bto", "gdr", "ikp"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("c", "bto"),
    rules: ["percent-out-of-range"],
    truth: rt(a("r", "bto"), a("t", "bto")),
  });
  return b.finish();
}

// ========================================== PK 2025 and Renstra, RSUD Tambun Bungai (Kalimantan Tengah)

export function pkKahayan(): BookW {
  const b = new BookW(
    "pk-2025-direktur-rsud-tambun-bungai-kahayan.xlsx",
    "PK 2025 with the Renstra RSUD 2025-2029",
    "PK 2025 of a Kalimantan Tengah RSUD: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(P);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KAHAYAN TENGAH",
    "PERJANJIAN KINERJA TAHUN 2025",
    "RUMAH SAKIT UMUM DAERAH TAMBUN BUNGAI",
  ]);
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: dr. MARKUS DAMBUNG, M.Kes., Direktur RSUD Tambun Bungai, selaku pihak pertama,",
    "dan ELIAS TUAH SAHAY, S.Sos., Bupati Kahayan Tengah, selaku pihak kedua, berjanji mewujudkan target kinerja berikut.",
  ]);
  s.gap();
  const inds = [
    {
      id: "i1",
      sas: "Meningkatnya mutu pelayanan rawat inap",
      ind: "Bed Occupancy Rate (BOR)",
      sat: "%",
      ts: [68, 70, 72, 74, 76],
      awal: 66.4,
      neg: false,
    },
    {
      id: "i2",
      sas: "Meningkatnya mutu pelayanan rawat inap",
      ind: "Net Death Rate (NDR)",
      sat: "per mil",
      ts: [24, 23, 22, 21, 20],
      awal: 25.3,
      neg: true,
    },
    {
      id: "i3",
      sas: "Meningkatnya mutu pelayanan rawat inap",
      ind: "Average Length of Stay (ALOS)",
      sat: "hari",
      ts: [5.8, 5.6, 5.4, 5.2, 5],
      awal: 6.1,
      neg: true,
    },
    {
      id: "i4",
      sas: "Meningkatnya kepuasan masyarakat terhadap pelayanan RSUD",
      ind: "Indeks kepuasan pasien",
      sat: "indeks",
      ts: [79.5, 80.5, 81.5, 82.5, 83.5],
      awal: 78.6,
      neg: false,
    },
  ];
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      // planted: the ALOS target is the Renstra 2026 value
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "i3" ? x.ts[1] : x.ts[0] },
    })),
  });
  s.gap();
  const progs = [
    {
      id: "p1",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota (BLUD)",
      rp: 96_420_550_000,
    },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 21_000_000_000,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 1_285_300_000 },
    { id: "p4", nm: "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", rp: 845_600_000 },
  ];
  const pg = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD + BLUD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        // planted: the Jumlah leaves out the last program
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Kuala Kurun Hulu, 2 Januari 2025"]);
  s.lines(["Pihak Kedua,", "BUPATI KAHAYAN TENGAH"], 2);
  s.r -= 2;
  s.lines(["Pihak Pertama,", "DIREKTUR RSUD TAMBUN BUNGAI"], 4);
  s.gap(3);
  s.lines(["ELIAS TUAH SAHAY, S.Sos."], 2);
  s.r -= 1;
  s.lines(["dr. MARKUS DAMBUNG, M.Kes.", "NIP. 19790505 200604 1 015"], 4);

  const r = b.sheet(R);
  r.lines(["Tujuan, Sasaran dan Target Kinerja Renstra RSUD Tambun Bungai Tahun 2025-2029"], 1, {
    bold: true,
  });
  r.gap();
  const rs = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
        key: `t${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: inds.map((x, i): Row => {
      const cells: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal, ka: x.ts[4] };
      x.ts.forEach((v, j) => (cells[`t${2025 + j}`] = v));
      return { id: x.id, cells };
    }),
  });
  r.gap();
  r.lines(["Catatan: NDR dan ALOS berpolaritas negatif (target menurun)."]);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("t", "i3") },
        { sheet: R, cell: rs.a("t2025", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the ALOS is 5.6 hari, the Renstra 2026 target; the Renstra 2025 target is 5.8",
    truth: `'${R}'!${rs.a("t2025", "i3")}`,
  });
  b.plant({
    at: { sheet: P, cell: pg.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first three programs; with the 845,600,000 of the fourth it is 119,551,450,000, not 118,705,850,000",
    truth: `SUM(${pg.a("rp", "p1")}:${pg.a("rp", "p4")})`,
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: P,
      cell: pk.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rs.a("t2025", id)}`,
    });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({
      sheet: R,
      cell: rs.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rs.a("t2029", id),
      trap: [2025, 2026, 2027, 2028, 2029].map((y) => rs.a(`t${y}`, id)).join("+"),
    });
  for (const id of ["i2", "i3"])
    b.ok({ sheet: R, cell: rs.a("t2027", id), rules: ["target-trend"], truth: rs.a("t2027", id) });
  return b.finish();
}
