// Two Renstra-side forms of a Dinas Kesehatan: the E.80 evaluation of the Renstra 2020-2024 (five
// years of K and Rp realisations, the Renstra end target, the realisation up to 2024 and its
// capaian: a level indicator takes the last year, a count the sum), and a T-C.30-like review that
// puts the Renstra's 2025 targets and pagu beside the Renja's. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, type Cell, type Col, type Row } from "../forms/kit";

const YS = [2020, 2021, 2022, 2023, 2024];
type Ev = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level: boolean;
  akK: number;
  akRp?: number;
  k: number[];
  rp?: number[];
  of?: string[];
};

/** E.80 Evaluasi Hasil Renstra Dinas Kesehatan Kabupaten Wonoreja 2020-2024. */
export function e80Dinkes(): BookW {
  const b = new BookW(
    "e80-renstra-dinkes-wonoreja-2020-2024.xlsx",
    "E.80 Evaluasi Renstra PD",
    "Kode | Program / Kegiatan | Indikator Kinerja | Satuan | 'Target Renstra Akhir Periode (2024)' > K | Rp | 'Realisasi Kinerja dan Anggaran' > 2020 .. 2024 > K | Rp | 'Realisasi s.d. 2024' > K | Rp | 'Capaian s.d. 2024 (%)' > K | Rp; three header rows, no number row; program Rp as SUM of its kegiatan",
  );
  const S = "E.80";
  const s = b.sheet(S);
  letterhead(s, [
    "EVALUASI TERHADAP HASIL RENSTRA PERANGKAT DAERAH",
    "DINAS KESEHATAN KABUPATEN WONOREJA - PERIODE 2020-2024",
  ]);
  const rows: Ev[] = [
    {
      id: "p",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Persentase Puskesmas terakreditasi Paripurna",
      sat: "%",
      level: true,
      akK: 50,
      k: [15.38, 23.08, 30.77, 38.46, 53.85],
      of: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah Puskesmas yang direhabilitasi",
      sat: "unit",
      level: false,
      akK: 14,
      akRp: 21_500_000_000,
      k: [2, 3, 3, 2, 4],
      rp: [3_875_400_000, 4_612_750_000, 4_298_180_000, 3_954_600_000, 4_186_325_000],
    },
    {
      id: "k2",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Cakupan pelayanan kesehatan ibu hamil sesuai standar",
      sat: "%",
      level: true,
      akK: 100,
      akRp: 38_750_000_000,
      k: [88.4, 91.25, 93.6, 95.12, 96.87],
      rp: [6_842_115_000, 7_215_480_000, 7_684_930_000, 8_102_645_000, 8_463_270_000],
    },
    {
      id: "q",
      kode: "1.02.03",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      ind: "Persentase tenaga kesehatan yang memenuhi standar kompetensi",
      sat: "%",
      level: true,
      akK: 85,
      k: [61.2, 66.5, 72.8, 77.4, 81.9],
      of: ["k3"],
    },
    {
      id: "k3",
      kode: "1.02.03.2.02",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM",
      ind: "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya",
      sat: "orang",
      level: false,
      akK: 600,
      akRp: 2_450_000_000,
      k: [95, 118, 126, 131, 124],
      rp: [412_500_000, 468_750_000, 502_300_000, 527_600_000, 498_350_000],
    },
  ];
  // planted 1: program 1.02.02 Rp 2022 typed 11,938,110,000 (digits swapped; its kegiatan give 11,983,110,000)
  const PLANT_RP = { id: "p", i: 2, v: 11_938_110_000 };
  // planted 2: realisasi s.d. 2024 K of the count of nakes takes the last year (124), not the sum (594)
  const PLANT_K = "k3";
  const AK = "Target Renstra Akhir Periode (2024)";
  const RR = "Realisasi Kinerja dan Anggaran";
  const SD = "Realisasi s.d. 2024";
  const CP = "Capaian s.d. 2024 (%)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "akK", head: [AK, "K"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "akRp", head: [AK, "Rp"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
  ];
  YS.forEach((y, i) =>
    cols.push(
      { key: `k${i}`, head: [RR, String(y), "K"], role: "realisasi", year: y, fmt: DEC, width: 9 },
      { key: `rp${i}`, head: [RR, String(y), "Rp"], role: "realisasi-anggaran", year: y, fmt: RP, width: 16 },
    ),
  );
  cols.push(
    { key: "sdK", head: [SD, "K"], role: "realisasi", fmt: DEC, width: 9 },
    { key: "sdRp", head: [SD, "Rp"], role: "realisasi-anggaran", fmt: RP, width: 16 },
    { key: "cK", head: [CP, "K"], role: "capaian", fmt: DEC, width: 9 },
    { key: "cRp", head: [CP, "Rp"], role: "capaian", fmt: DEC, width: 9 },
  );
  const t = s.table({
    cols,
    headerRows: 3,
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !!x.of,
      cells: (c) => {
        const cells: Record<string, Cell> = {
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          sat: x.sat,
          akK: x.akK,
        };
        const kids = (k: string) => x.of!.map((y) => c.a(k, y)).join("+");
        cells.akRp = x.of ? fx(kids("akRp")) : x.akRp;
        YS.forEach((_, i) => {
          cells[`k${i}`] = x.k[i];
          cells[`rp${i}`] = x.of
            ? x.id === PLANT_RP.id && i === PLANT_RP.i
              ? PLANT_RP.v
              : fx(kids(`rp${i}`))
            : x.rp![i];
        });
        // (the K of the five years, not a range over them: Rp columns lie between)
        cells.sdK =
          x.level || x.id === PLANT_K
            ? fx(c.a("k4"))
            : fx(`SUM(${["k0", "k1", "k2", "k3", "k4"].map((k) => c.a(k)).join(",")})`);
        cells.sdRp = fx(["rp0", "rp1", "rp2", "rp3", "rp4"].map((k) => c.a(k)).join("+"));
        cells.cK = fx(`ROUND(${c.a("sdK")}/${c.a("akK")}*100,2)`);
        cells.cRp = fx(`ROUND(${c.a("sdRp")}/${c.a("akRp")}*100,2)`);
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator persentase dan cakupan diambil nilai tahun terakhir; indikator jumlah dijumlahkan selama periode Renstra.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const kLima = (id: string): string => ["k0", "k1", "k2", "k3", "k4"].map((k) => a(k, id)).join(",");
  b.plant({
    at: { sheet: S, cell: a(`rp${PLANT_RP.i}`, PLANT_RP.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp 2022 of program 1.02.02 is a typed 11,938,110,000 among formulas; its two kegiatan give 4,298,180,000 + 7,684,930,000 = 11,983,110,000",
    truth: `${a("rp2", "k1")}+${a("rp2", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("sdK", PLANT_K) },
    rules: ["kondisi-akhir-mismatch", "inconsistent-formula"],
    note: "realisasi s.d. 2024 K of 'Jumlah tenaga kesehatan yang ditingkatkan kompetensinya' (a count) takes 2024 only (124); the five years give 95 + 118 + 126 + 131 + 124 = 594",
    truth: `SUM(${kLima(PLANT_K)})`,
  });
  // level indicators: the last year's value, not the sum of the five
  for (const id of ["p", "k2", "q"])
    b.ok({
      sheet: S,
      cell: a("sdK", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: a("k4", id),
      trap: `SUM(${kLima(id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("sdK", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${kLima("k1")})`,
    trap: a("k4", "k1"),
  });
  for (const id of ["k1", "k2", "k3"])
    b.ok({
      sheet: S,
      cell: a("sdRp", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: `SUM(${a("rp0", id)},${a("rp1", id)},${a("rp2", id)},${a("rp3", id)},${a("rp4", id)})`,
    });
  // above the end target: a real achievement of a level indicator
  b.ok({
    sheet: S,
    cell: a("cK", "p"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("k4", "p")}/${a("akK", "p")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("rp3", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("rp3", "k1")}+${a("rp3", "k2")}`,
  });
  return b.finish();
}

type Rv = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  tR: number;
  tJ: number;
  pR?: number;
  pJ?: number;
  of?: string[];
};

/** Review Rancangan Renja 2025 terhadap Renstra, Dinas Kesehatan Kabupaten Wonoreja (T-C.30-like). */
export function reviewRenjaRenstra(): BookW {
  const b = new BookW(
    "review-renja-renstra-dinkes-wonoreja-2025.xlsx",
    "Review Renja terhadap Renstra (T-C.30-like)",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Renstra PD Tahun 2025' > Target | Pagu Indikatif (Rp) | 'Rancangan Renja PD Tahun 2025' > Target | Pagu Indikatif (Rp) | Selisih Pagu (Rp) | Catatan Penting; number row 1 .. 10; program and kegiatan pagu as SUM of their children; a JUMLAH row",
  );
  const S = "Review Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "REVIEW TERHADAP RANCANGAN RENJA PERANGKAT DAERAH TAHUN 2025",
    "DIBANDINGKAN DENGAN RENSTRA PERANGKAT DAERAH",
    "DINAS KESEHATAN KABUPATEN WONOREJA",
  ]);
  const rows: Rv[] = [
    {
      id: "p",
      kode: "1.02.02",
      ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase fasyankes sesuai standar",
      sat: "%",
      tR: 85,
      tJ: 85,
      of: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "1.02.02.2.01",
      ur: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah fasyankes yang dibangun/direhabilitasi",
      sat: "unit",
      tR: 4,
      tJ: 3,
      of: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "1.02.02.2.01.0014",
      ur: "Pengembangan Puskesmas",
      ind: "Jumlah Puskesmas yang dikembangkan",
      sat: "unit",
      tR: 3,
      tJ: 2,
      pR: 3_650_000_000,
      pJ: 2_480_000_000,
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0017",
      ur: "Rehabilitasi dan Pemeliharaan Puskesmas",
      ind: "Jumlah Puskesmas yang direhabilitasi",
      sat: "unit",
      tR: 1,
      tJ: 1,
      pR: 875_000_000,
      pJ: 912_500_000,
    },
    {
      id: "k2",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase layanan kesehatan sesuai standar",
      sat: "%",
      tR: 90,
      tJ: 90,
      of: ["s3", "s4", "s5"],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0001",
      ur: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
      sat: "orang",
      tR: 9_850,
      tJ: 9_640,
      pR: 1_245_000_000,
      pJ: 1_198_750_000,
    },
    {
      id: "s4",
      kode: "1.02.03.2.02.0004",
      ur: "Pengelolaan Pelayanan Kesehatan Balita",
      ind: "Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar",
      sat: "orang",
      tR: 41_200,
      tJ: 40_850,
      pR: 986_500_000,
      pJ: 1_042_300_000,
    },
    {
      id: "s5",
      kode: "1.02.02.2.02.0011",
      ur: "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
      ind: "Jumlah orang terduga TB yang mendapatkan pelayanan sesuai standar",
      sat: "orang",
      tR: 7_420,
      tJ: 7_420,
      pR: 468_000_000,
      pJ: 471_250_000,
    },
  ];
  // planted 1: balita's code 1.02.03.2.02.0004 sits under kegiatan 1.02.02.2.02 (should be 1.02.02.2.02.0004)
  const PLANT_CODE = "s4";
  // planted 2: the JUMLAH of the Renja pagu is a typed 6,014,800,000 (digits of 6,104,800,000 swapped)
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 19 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 44 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "tR",
      head: ["Renstra PD Tahun 2025", "Target"],
      role: "target",
      year: 2025,
      num: 5,
      fmt: "#,##0.##",
      width: 10,
    },
    {
      key: "pR",
      head: ["Renstra PD Tahun 2025", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 6,
      fmt: RP,
      width: 17,
    },
    {
      key: "tJ",
      head: ["Rancangan Renja PD Tahun 2025", "Target"],
      role: "target",
      year: 2025,
      num: 7,
      fmt: "#,##0.##",
      width: 10,
    },
    {
      key: "pJ",
      head: ["Rancangan Renja PD Tahun 2025", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 8,
      fmt: RP,
      width: 17,
    },
    { key: "sel", head: ["Selisih Pagu (Rp)"], num: "9 = 8 - 6", fmt: RP, width: 16 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: 10, width: 30 },
  ];
  const sumJ = sum0(rows.filter((x) => !x.of).map((x) => x.pJ!));
  const PLANT_J = swapDigits(sumJ);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: !!x.of,
        cells: (c) => {
          const cells: Record<string, Cell> = {
            kode: x.kode,
            ur: x.ur,
            ind: x.ind,
            sat: x.sat,
            tR: x.tR,
            tJ: x.tJ,
          };
          for (const k of ["pR", "pJ"])
            cells[k] = x.of
              ? fx(`SUM(${x.of.map((y) => c.a(k, y)).join(",")})`)
              : ((x as Record<string, unknown>)[k] as number);
          cells.sel = fx(`${c.a("pJ")}-${c.a("pR")}`);
          cells.cat =
            x.tR !== x.tJ ? "Target disesuaikan dengan pagu indikatif 2025" : x.of ? "" : "Sesuai Renstra";
          return cells;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["kode", "sat"] as [string, string],
        cells: (c) => ({
          kode: "JUMLAH",
          pR: fx(`${c.a("pR", "p")}`),
          pJ: PLANT_J,
          sel: fx(`${c.a("pJ")}-${c.a("pR")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: selisih positif berarti pagu Renja melebihi pagu indikatif Renstra."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_CODE) },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan Pelayanan Kesehatan Balita carries 1.02.03.2.02.0004 under kegiatan 1.02.02.2.02 (program 1.02.03 is SDM Kesehatan); it should be 1.02.02.2.02.0004",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", PLANT_CODE)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pJ", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `JUMLAH pagu of the Rancangan Renja is a typed ${PLANT_J.toLocaleString("en-US")} (digits swapped); the program's pagu and its five sub kegiatan give ${sumJ.toLocaleString("en-US")}`,
    truth: a("pJ", "p"),
  });
  for (const id of ["s1", "s3", "s5"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", id === "s1" ? "k1" : "k2"),
      actual: `PARENT(${a("kode", id)})`,
    });
  // the Renja's target may differ from the Renstra's: that is what the review records
  for (const id of ["k1", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("tJ", id),
      rules: ["cross-table-mismatch"],
      truth: a("tJ", id),
      trap: a("tR", id),
    });
  // subtotals sum their children only
  for (const k of ["pR", "pJ"]) {
    b.ok({
      sheet: S,
      cell: a(k, "k2"),
      rules: ["sum-mismatch"],
      truth: ["s3", "s4", "s5"].map((y) => a(k, y)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a(k, "p"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3", "s4", "s5"].map((y) => a(k, y)).join("+"),
      trap: `SUM(${a(k, "k1")}:${a(k, "s5")})`,
    });
  }
  b.ok({ sheet: S, cell: a("pR", "jml"), rules: ["sum-mismatch"], truth: a("pR", "p") });
  b.ok({
    sheet: S,
    cell: a("sel", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("pJ", "s2")}-${a("pR", "s2")}`,
  });
  return b.finish();
}

const sum0 = (xs: number[]) => xs.reduce((p, q) => p + q, 0);
/** Swaps the second and third digits (a typist's slip). */
function swapDigits(n: number): number {
  const d = String(n).split("");
  [d[1], d[2]] = [d[2], d[1]];
  const m = Number(d.join(""));
  if (m === n) throw new Error(`swapDigits: ${n} has equal digits`);
  return m;
}
