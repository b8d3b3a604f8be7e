// Kefarmasian tables of two Dinas Kesehatan: a per-puskesmas recap of the 40 item obat indikator and
// the drug stock in months of use (Kabupaten Sindoro Kulon, Jawa Tengah), the LKjIP 2024 measurement
// of the Dinkes Kabupaten Gamkonora (Maluku Utara) with the apoteker computation under it, and the
// PK 2025 of the Kepala Dinkes Sindoro Kulon beside its Renstra 2025-2029. Every name and number is
// invented.
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
  type Row,
} from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// =========================================== recap of drug stock per puskesmas, Sindoro Kulon 2024

const PKM: Array<[string, string, number, number, number, number]> = [
  // puskesmas, kecamatan, item tersedia (of 40), stok akhir (satuan terkecil), pemakaian rata-rata / bulan, apoteker
  ["Puskesmas Kledung Wetan", "Kledung", 38, 412_600, 98_240, 1],
  ["Puskesmas Bansari", "Bansari", 36, 265_300, 71_700, 1],
  ["Puskesmas Ngadirejo II", "Ngadirejo", 32, 198_450, 66_150, 0],
  ["Puskesmas Parakan Kauman", "Parakan", 39, 588_900, 131_000, 2],
  ["Puskesmas Tretep", "Tretep", 34, 142_800, 40_800, 0],
  ["Puskesmas Candiroto", "Candiroto", 37, 301_720, 75_430, 1],
  ["Puskesmas Jumo", "Jumo", 35, 176_000, 52_000, 1],
  ["Puskesmas Kandangan Lor", "Kandangan", 40, 447_500, 89_500, 2],
];

export function rekapStokSindoro(): BookW {
  const b = new BookW(
    "rekap-stok-obat-puskesmas-sindoro-kulon.xlsx",
    "rekap sektor (ketersediaan obat per puskesmas)",
    "recap of the 40 item obat indikator per puskesmas with % ketersediaan and the stock in months of use; number row with '6 = 5 / 4 x 100' and '9 = 7 / 8'; JUMLAH row with the ratio of the totals",
  );
  const S = "Rekap Obat Pkm";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SINDORO KULON",
    "DINAS KESEHATAN",
    "Bidang Sumber Daya Kesehatan - Seksi Kefarmasian dan Alat Kesehatan",
  ]);
  s.lines([
    "REKAPITULASI KETERSEDIAAN OBAT INDIKATOR DAN TINGKAT KECUKUPAN STOK PER PUSKESMAS",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const G1 = "Obat Indikator (40 item)";
  const G2 = "Kecukupan Stok";
  const ids = PKM.map((_, i) => `p${i + 1}`);
  const t = s.table({
    headerRows: 2,
    numberRow: "plain",
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "pkm", head: ["Nama Puskesmas"], role: "lokasi", num: 2, width: 28 },
      { key: "kec", head: ["Kecamatan"], num: 3, width: 14 },
      { key: "item", head: [G1, "Jumlah Item"], role: "target", num: 4, fmt: INT },
      { key: "ada", head: [G1, "Item Tersedia"], role: "realisasi", num: 5, fmt: INT },
      { key: "pct", head: [G1, "% Ketersediaan"], role: "capaian", num: "6 = 5 / 4 x 100", fmt: DEC },
      { key: "stok", head: [G2, "Sisa Stok Akhir (satuan terkecil)"], role: "lainnya", num: 7, fmt: INT },
      { key: "pakai", head: [G2, "Pemakaian Rata-rata per Bulan"], role: "lainnya", num: 8, fmt: INT },
      { key: "bln", head: [G2, "Tingkat Kecukupan (bulan)"], role: "lainnya", num: "9 = 7 / 8", fmt: "0.0" },
      { key: "apt", head: ["Apoteker (orang)"], role: "lainnya", num: 10, fmt: INT },
      { key: "ket", head: ["Keterangan"], role: "keterangan", num: 11, width: 20 },
    ],
    rows: [
      ...PKM.map(([pkm, kec, ada, stok, pakai, apt], i): Row => ({
        id: ids[i],
        cells: (c) => ({
          no: i + 1,
          pkm,
          kec,
          item: 40,
          ada,
          // planted: Ngadirejo II typed 87.50 among ROUND formulas; 32 / 40 is 80.00
          pct: ids[i] === "p3" ? fmt(87.5, DEC) : fx(rt(c.a("ada"), c.a("item"))),
          stok,
          pakai,
          bln: fx(`ROUND(${c.a("stok")}/${c.a("pakai")},1)`),
          apt,
          ket: apt === 0 ? "belum ada apoteker" : stok / pakai < 3 ? "stok < 3 bulan" : null,
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "JUMLAH",
          item: fx(`SUM(${c.a("item", "p1")}:${c.a("item", "p8")})`),
          ada: fx(`SUM(${c.a("ada", "p1")}:${c.a("ada", "p8")})`),
          pct: fx(rt(c.a("ada"), c.a("item"))),
          stok: fx(`SUM(${c.a("stok", "p1")}:${c.a("stok", "p8")})`),
          pakai: fx(`SUM(${c.a("pakai", "p1")}:${c.a("pakai", "p8")})`),
          bln: fx(`ROUND(${c.a("stok")}/${c.a("pakai")},1)`),
          // planted: the range stops at Jumo, Kandangan Lor's 2 apoteker left out
          apt: fx(`SUM(${c.a("apt", "p1")}:${c.a("apt", "p7")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: tingkat kecukupan = sisa stok / pemakaian rata-rata per bulan; standar aman 12 - 18 bulan untuk stok di IFK, 2 - 3 bulan di puskesmas.",
    "Sumber: LPLPO puskesmas bulan Desember 2024 dan aplikasi SMILE.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sindoro Kulon, 15 Januari 2025",
    jabatan: ["Kepala Seksi Kefarmasian dan Alat Kesehatan,"],
    nama: "apt. RETNO WULANDARI, S.Farm.",
    pangkat: "Penata Tk. I (III/d)",
    nip: "19840612 201001 2 015",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", "p3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Ketersediaan of Puskesmas Ngadirejo II is a typed 87.50 among ROUND formulas; 32 of 40 items give 80.00",
    truth: rt(a("ada", "p3"), a("item", "p3")),
  });
  b.plant({
    at: { sheet: S, cell: a("apt", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH apoteker is SUM over the first seven puskesmas = 6; Kandangan Lor's 2 are left out, the eight rows give 8",
    truth: `SUM(${a("apt", "p1")}:${a("apt", "p8")})`,
  });
  for (const id of ids) {
    if (id !== "p3")
      b.ok({
        sheet: S,
        cell: a("pct", id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: rt(a("ada", id), a("item", id)),
      });
  }
  b.ok({
    sheet: S,
    cell: a("stok", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("stok", "p1")}:${a("stok", "p8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("bln", "jml"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("stok", "jml")}/${a("pakai", "jml")},1)`,
    // the months of use of the kabupaten are the ratio of the totals, not the puskesmas months added
    trap: `SUM(${a("bln", "p1")}:${a("bln", "p8")})`,
    tol: 0.06,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: rt(a("ada", "jml"), a("item", "jml")),
    trap: `SUM(${a("pct", "p1")}:${a("pct", "p8")})`,
  });
  return b.finish();
}

// ======================================================= LKjIP 2024, Dinas Kesehatan Kabupaten Gamkonora

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
};

export function lkjipGamkonora(): BookW {
  const b = new BookW(
    "lkjip-farmasi-dinkes-gamkonora.xlsx",
    "LKjIP pengukuran kinerja (Dinkes, kefarmasian)",
    "LKjIP 2024 Tabel 3.4 of a Dinkes in Maluku Utara: No | Sasaran | Indikator | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; two lower-is-better antibiotik rows with the refleksi; Rata-rata row; Tabel 3.5 under it: puskesmas with apoteker",
  );
  const S = "Tabel 3.4";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GAMKONORA",
    "DINAS KESEHATAN",
    "Jl. Trans Halmahera Km. 4, Gamkonora",
  ]);
  s.lines(["Tabel 3.4", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya ketersediaan dan keterjangkauan obat, vaksin dan alat kesehatan";
  const S2 = "Meningkatnya mutu pelayanan kefarmasian di puskesmas";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase ketersediaan obat dan vaksin esensial di puskesmas",
      sat: "%",
      t: 90,
      r: 87.5,
      r23: 84.25,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase nilai pengadaan obat dan BMHP melalui e-katalog",
      sat: "%",
      t: 85,
      r: 91.3,
      r23: 78.6,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase penggunaan antibiotik pada ISPA non-pneumonia",
      sat: "%",
      t: 20,
      r: 23.4,
      r23: 31.2,
      neg: true,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase penggunaan antibiotik pada diare non-spesifik",
      sat: "%",
      t: 8,
      r: 6.2,
      r23: 9.8,
      neg: true,
    },
    { id: "i5", sas: S2, ind: "Persentase puskesmas dengan apoteker", sat: "%", t: 70, r: 61.54, r23: 50 },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase puskesmas yang melaksanakan penggunaan obat rasional (POR)",
      sat: "%",
      t: 80,
      r: 53.85,
      r23: 46.15,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (cap(rows[4]) !== 87.91 || predikatBaik(87.91) !== "Baik") throw new Error("lkjip i5");
  const G = "Tahun 2024";
  const t = s.table({
    headerRows: 2,
    vmerge: ["sas"],
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: ["Kategori"], role: "predikat", width: 13 },
    ],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the ISPA antibiotik rate (lower is better) typed 117.00 = R / T
          c: x.id === "i3" ? fmt(117, DEC) : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Baik" for 87.91 (Baik)
          p: x.id === "i5" ? "Sangat Baik" : x.id === "i3" ? "Sangat Baik" : predikatBaik(cap(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: "Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator 3 dan 4 semakin rendah semakin baik; capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  s.lines(["Tabel 3.5", "Puskesmas dengan Apoteker Tahun 2024"]);
  s.gap();
  const t2 = s.table({
    headerRows: 1,
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "u", head: ["Uraian"], role: "indikator", width: 44 },
      { key: "v", head: ["2024"], role: "realisasi", year: 2024, fmt: DEC },
    ],
    rows: [
      { id: "n", cells: { no: "1", u: "Jumlah puskesmas", v: fmt(26, "0") } },
      { id: "m", cells: { no: "2", u: "Puskesmas dengan minimal 1 apoteker (SIPA aktif)", v: fmt(16, "0") } },
      {
        id: "pc",
        cells: (c) => ({ no: "3", u: "Persentase (2 / 1 x 100)", v: fx(rt(c.a("v", "m"), c.a("v", "n"))) }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Gamkonora, 26 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Gamkonora,"],
    nama: "dr. SAHRUL M. TAIB, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19750803 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the ISPA antibiotik rate (lower is better by the note) is a typed 117.00 = 23.4 / 20; (2 x 20 - 23.4) / 20 gives 83.00",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for a capaian of 87.91 (61.54 against 70); the band > 75 s.d. 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("r", "i5"), rules: ["cross-table-mismatch"], truth: t2.a("v", "pc") });
  return b.finish();
}

// ===================================== PK 2025 and Renstra 2025-2029, Dinas Kesehatan Sindoro Kulon

type RInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };

export function pkSindoro(): BookW {
  const b = new BookW(
    "pk-kadinkes-farmasi-renstra-sindoro-kulon.xlsx",
    "PK with its Renstra (Dinkes, kefarmasian)",
    "PK 2025 of a Kepala Dinkes in Jawa Tengah: statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) with a Jumlah = the program; sheet Renstra: Indikator | Satuan | Kondisi Awal (2024) | Target Tahun ke-1 .. ke-5 (2025 .. 2029) | Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const inds: RInd[] = [
    {
      id: "r1",
      ind: "Persentase ketersediaan obat dan vaksin esensial di puskesmas",
      sat: "%",
      awal: 88.4,
      tg: [90, 92, 93, 94, 95],
    },
    {
      id: "r2",
      ind: "Persentase puskesmas yang melaksanakan pelayanan kefarmasian sesuai standar",
      sat: "%",
      awal: 62,
      tg: [68, 74, 80, 86, 92],
    },
    {
      id: "r3",
      ind: "Persentase penggunaan antibiotik pada ISPA non-pneumonia",
      sat: "%",
      awal: 24.5,
      tg: [22, 20, 18, 16, 14],
      neg: true,
    },
    {
      id: "r4",
      ind: "Persentase sarana kefarmasian dan alat kesehatan yang memenuhi ketentuan",
      sat: "%",
      awal: 71,
      tg: [74, 77, 80, 83, 86],
    },
  ];
  // Renstra sheet first in the code (PK refers to it), but the PK sheet first in the workbook
  const sp = b.sheet(P);
  const sr = b.sheet(R);
  letterhead(sr, ["RENCANA STRATEGIS DINAS KESEHATAN KABUPATEN SINDORO KULON 2025-2029"]);
  sr.lines(["Tabel 6.1 Indikator Kinerja Dinas Kesehatan yang Mengacu pada Tujuan dan Sasaran RPJMD"]);
  sr.gap();
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const tr = sr.table({
    headerRows: 2,
    numberRow: "plain",
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", num: 2, width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 8 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode Renstra (2024)"],
        role: "kondisi-awal",
        year: 2024,
        num: 4,
        fmt: DEC,
      },
      ...yrs.map((y, i) => ({
        key: `y${y}`,
        head: ["Target Capaian Setiap Tahun", `Tahun ke-${i + 1} (${y})`],
        role: "target" as const,
        year: y,
        num: 5 + i,
        fmt: DEC,
      })),
      {
        key: "akh",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
        role: "kondisi-akhir",
        year: 2029,
        num: 10,
        fmt: DEC,
      },
    ],
    rows: inds.map((x, k): Row => ({
      id: x.id,
      cells: (c) => ({
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(yrs.map((y, i) => [`y${y}`, x.tg[i]])),
        // planted: the ketersediaan's kondisi akhir typed 97.00, the 2029 target is 95.00
        akh: x.id === "r1" ? 97 : fx(c.a("y2029")),
      }),
    })),
  });
  letterhead(sp, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KESEHATAN KABUPATEN SINDORO KULON"]);
  sp.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama: dr. HARYO PURNOMO, M.M.Kes.   Jabatan: Kepala Dinas Kesehatan Kabupaten Sindoro Kulon",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  sp.gap();
  sp.lines(["Lampiran: Sasaran dan Indikator Kinerja"]);
  const SAS = "Meningkatnya ketersediaan, mutu dan penggunaan rasional sediaan farmasi dan alat kesehatan";
  const tp = sp.table({
    headerRows: 1,
    vmerge: ["sas"],
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    rows: inds.map((x, k): Row => ({
      id: x.id,
      // planted: the kefarmasian standar target 74.00 is the Renstra's 2026 target (2025: 68.00)
      cells: { no: k + 1, sas: SAS, ind: x.ind, sat: x.sat, tg: x.id === "r2" ? 74 : x.tg[0] },
    })),
  });
  sp.gap();
  const tk = sp.table({
    headerRows: 1,
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode Rekening"], role: "kode", width: 20 },
      { key: "u", head: ["Program / Kegiatan / Sub Kegiatan"], role: "indikator", width: 60 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
    ],
    rows: [
      {
        id: "p",
        cells: (c) => ({
          no: "1",
          kode: "1.02.02",
          u: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
          rp: fx(c.a("rp", "k")),
        }),
      },
      {
        id: "k",
        cells: (c) => ({
          kode: "1.02.02.2.01",
          u: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
          rp: fx(`${c.a("rp", "s1")}+${c.a("rp", "s2")}+${c.a("rp", "s3")}`),
        }),
      },
      { id: "s1", cells: { kode: "1.02.02.2.01.0020", u: "Pengadaan Obat, Vaksin", rp: 6_842_350_000 } },
      { id: "s2", cells: { kode: "1.02.02.2.01.0021", u: "Pengadaan Bahan Habis Pakai", rp: 1_215_600_000 } },
      {
        id: "s3",
        cells: {
          kode: "1.02.02.2.01.0024",
          u: "Distribusi Alat Kesehatan, Obat, Vaksin, Bahan Medis Habis Pakai (BMHP), Makanan dan Minuman ke Fasilitas Kesehatan",
          rp: 387_450_000,
        },
      },
      { id: "j", bold: true, span: ["no", "u"], cells: (c) => ({ no: "JUMLAH", rp: fx(c.a("rp", "p")) }) },
    ],
  });
  sp.gap();
  sp.lines(["Sindoro Kulon, 3 Januari 2025"], 2);
  sp.lines(["Bupati Sindoro Kulon,", "", "", "", "H. SUTRISNO ADI WIBOWO, S.E."], 2);
  sp.r -= 5;
  sp.lines(
    ["Kepala Dinas Kesehatan,", "", "", "", "dr. HARYO PURNOMO, M.M.Kes.", "NIP. 19721105 200003 1 004"],
    4,
  );

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: tp.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the puskesmas with pelayanan kefarmasian sesuai standar is 74.00, the Renstra's 2026 target; the Renstra's 2025 target is 68.00",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("akh", "r1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the ketersediaan obat dan vaksin (a rate) is a typed 97.00; the Tahun ke-5 (2029) target is 95.00",
    truth: tr.a("y2029", "r1"),
  });
  for (const x of inds) {
    if (x.id !== "r2")
      b.ok({
        sheet: P,
        cell: tp.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
    if (x.id !== "r1")
      b.ok({
        sheet: R,
        cell: tr.a("akh", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: tr.a("y2029", x.id),
        trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
      });
    if (x.neg) b.ok({ sheet: R, cell: tr.a("y2029", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  b.ok({
    sheet: P,
    cell: tk.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${tk.a("rp", "s1")}+${tk.a("rp", "s2")}+${tk.a("rp", "s3")}`,
    trap: `SUM(${tk.a("rp", "p")}:${tk.a("rp", "s3")})`,
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: P,
      cell: tk.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${tk.a("kode", id)})`,
      actual: tk.a("kode", "k"),
    });
  return b.finish();
}
