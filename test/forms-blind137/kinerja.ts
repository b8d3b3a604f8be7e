// Performance tables of three Dinas Tenaga Kerja: the LKjIP 2024 measurement of a Sulawesi Tengah
// kabupaten (capaian stored as fractions with a % format, refleksi for the open unemployment rate and
// the unresolved industrial disputes), the PK 2025 of a Banten kabupaten's Kepala Dinas beside its
// Renstra 2025-2029 targets (ordinal Tahun ke-1 .. ke-5), and the IKU matrix 2021-2026 of a Sulawesi
// Tengah kabupaten with a SAKIP row. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const PCT = "0.00%";
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T},4)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T},4)`;

// ===================================== Disnakertrans Kabupaten Lore Bungku (Sulawesi Tengah), LKjIP

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipDisnakertrans(): BookW {
  const b = new BookW(
    "lkjip-2024-tpt-penempatan-disnakertrans-lore-bungku.xlsx",
    "LKjIP pengukuran kinerja (Disnakertrans)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Tenaga Kerja dan Transmigrasi in Sulawesi Tengah: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (fraction, 0.00% format) | Predikat; refleksi for TPT and unresolved disputes; Rata-rata row; note with the scale",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS TENAGA KERJA DAN TRANSMIGRASI", "KABUPATEN LORE BUNGKU"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Menurunnya tingkat pengangguran terbuka";
  const S2 = "Meningkatnya kondusivitas hubungan industrial";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      r23: 4.02,
      t: 3.9,
      r: 3.71,
      neg: true,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase lulusan pelatihan BLK yang bekerja atau berwirausaha",
      sat: "%",
      r23: 51.2,
      t: 60,
      r: 53.4,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase pencari kerja terdaftar yang ditempatkan",
      sat: "%",
      r23: 39.8,
      t: 42,
      r: 44.6,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase perusahaan yang menerapkan struktur dan skala upah",
      sat: "%",
      r23: 58.3,
      t: 70,
      r: 61.9,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah kasus perselisihan hubungan industrial yang tidak terselesaikan",
      sat: "kasus",
      r23: 7,
      t: 6,
      r: 4,
      neg: true,
      f: "0",
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t, 4);
  if (predikatBaik(capOf(rows[3]) * 100) !== "Baik") throw new Error("lkjip i4");
  const G = "Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, width: 11 },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
      { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT, width: 10 },
      { key: "p", head: ["Predikat"], role: "predikat", year: 2024, width: 12 },
    ],
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
          // planted: i3's formula divides the realisasi of the row above by its own target
          c: fx(
            x.neg
              ? refl(c.a("r"), c.a("t"))
              : x.id === "i3"
                ? rt(c.a("r", "i2"), c.a("t"))
                : rt(c.a("r"), c.a("t")),
          ),
          // planted: "Sangat Baik" for 88.43 % (the band > 75 - 90 is Baik)
          p: x.id === "i4" ? "Sangat Baik" : predikatBaik(capOf(x) * 100),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),4)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator 1 dan 5 semakin kecil semakin baik, capaian = (2 x target - realisasi) / target.",
    "Predikat: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
    "Sumber: Sakernas Agustus 2024 (BPS) dan data SIAPkerja Dinas.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Bungku Lore, 27 Februari 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi,"],
    nama: "ANDI SYAMSUL BAHRI TOMBOLOTUTU, S.STP., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19800522 199912 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const TOL = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the persentase pencari kerja ditempatkan divides the realisasi of the row above (53.40) by its own target 42 = 127.14 %, unlike the other formulas of the column; 44.60 / 42 gives 106.19 %",
    truth: rt(a("r", "i3"), a("t", "i3")),
    tol: TOL,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for a capaian of 88.43 % (61.90 against 70); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")}*100)`,
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
        : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
      tol: TOL,
    });
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)}*100)`,
      });
  }
  return b.finish();
}

// ============================== Disnaker Kabupaten Ciujung Hilir (Banten), PK 2025 and Renstra targets

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; flow: boolean; f: string };

export function pkDisnaker(): BookW {
  const b = new BookW(
    "pk-2025-kadisnaker-renstra-ciujung-hilir.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Tenaga Kerja)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a typed Jumlah; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal | 'Target Kinerja Tahun ke-' > 1 .. 5 | Kondisi Akhir; years only in the title",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN CIUJUNG HILIR", "DINAS TENAGA KERJA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Hj. NENENG ROSDIANA, S.Sos., M.Si. - Jabatan : Kepala Dinas Tenaga Kerja",
    "Nama : H. AHMAD FAUZI RAMDANI, S.H. - Jabatan : Bupati Ciujung Hilir",
    "berjanji akan mewujudkan target kinerja sebagaimana terlampir.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      awal: 7.62,
      tg: [7.4, 7.15, 6.9, 6.65, 6.4],
      flow: false,
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase lulusan pelatihan kerja yang ditempatkan",
      sat: "%",
      awal: 48.5,
      tg: [50, 52.5, 55, 57.5, 60],
      flow: false,
      f: DEC,
    },
    {
      id: "r3",
      ind: "Jumlah tenaga kerja yang ditempatkan (AKL, AKAD dan AKAN)",
      sat: "orang",
      awal: 2_315,
      tg: [2_400, 2_500, 2_600, 2_700, 2_800],
      flow: true,
      f: "#,##0",
    },
    {
      id: "r4",
      ind: "Jumlah peserta pelatihan berbasis kompetensi di UPTD BLK",
      sat: "orang",
      awal: 448,
      tg: [480, 512, 544, 576, 608],
      flow: true,
      f: "#,##0",
    },
  ];
  // planted: the PK target of the TPT is 7.62, the kondisi awal 2024 (Tahun ke-1 is 7.40)
  const pkT = (x: PkInd) => (x.id === "r1" ? x.awal : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 3 ? "Meningkatnya penyerapan tenaga kerja lokal" : "Meningkatnya kompetensi pencari kerja",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9_845_362_000],
    ["p2", "Program Perencanaan Tenaga Kerja", 312_450_000],
    ["p3", "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", 4_286_915_000],
    ["p4", "Program Penempatan Tenaga Kerja", 1_174_280_000],
    ["p5", "Program Hubungan Industrial", 536_700_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pg", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, pg, rp], i): Row => ({ id, cells: { no: i + 1, pg, rp, ket: "APBD 2025" } })),
      // planted: typed Jumlah 16,515,707,000; the five programs add up to 16,155,707,000
      { id: "j", bold: true, span: ["no", "pg"], cells: { no: "Jumlah", rp: 16_515_707_000 } },
    ],
  });
  s.gap();
  s.lines(["Ciujung, 2 Januari 2025"]);
  s.lines(["Bupati Ciujung Hilir,", "", "", "", "H. AHMAD FAUZI RAMDANI, S.H."], 2);
  s.r -= 5;
  s.lines(
    [
      "Kepala Dinas Tenaga Kerja,",
      "",
      "",
      "",
      "Hj. NENENG ROSDIANA, S.Sos., M.Si.",
      "NIP. 19760309 200003 2 004",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS TENAGA KERJA KABUPATEN CIUJUNG HILIR"]);
  r.lines([
    "Tabel 6.2",
    "Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra Dinas Tenaga Kerja Tahun 2025-2029",
  ]);
  r.gap();
  const Y = [1, 2, 3, 4, 5];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode Renstra"],
        role: "kondisi-awal",
        year: 2024,
        width: 12,
      },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja Tahun ke-", String(y)],
        role: "target",
        year: 2024 + y,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
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
        ...Object.fromEntries(Y.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: x.flow ? fx(`SUM(${c.a("y1")}:${c.a("y5")})`) : fx(c.a("y5")),
      }),
    })),
  });
  r.gap();
  r.lines(["Catatan: TPT semakin kecil semakin baik; kondisi akhir jumlah orang = akumulasi 2025-2029."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y1", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the TPT is 7.62, the kondisi awal 2024 of the Renstra; the Renstra target for Tahun ke-1 (2025) is 7.40",
    truth: `'${R}'!${tr.a("y1", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 16,515,707,000; the five programs add up to 16,155,707,000 (digits swapped)",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y1", x.id)}`,
    });
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? Y.map((y) => tr.a(`y${y}`, x.id)).join("+") : tr.a("y5", x.id),
      // rates end at the last target, yearly counts add the five years
      trap: x.flow ? tr.a("y5", x.id) : `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  b.ok({ sheet: R, cell: tr.a("y5", "r1"), rules: ["target-trend"], truth: "6.4" });
  return b.finish();
}

// ============================= Dinas Tenaga Kerja Kabupaten Sausu Raya (Sulawesi Tengah), IKU matrix

export function ikuDisnaker(): BookW {
  const b = new BookW(
    "iku-disnaker-sausu-raya-2021-2026.xlsx",
    "IKU matrix 2021-2026 (Dinas Tenaga Kerja)",
    "Matriks IKU of a Dinas Tenaga Kerja in Sulawesi Tengah: No | Indikator Kinerja Utama | Definisi Operasional | Formula Perhitungan | Satuan | Kondisi Awal (2021) | 'Target' > 2022 .. 2026 | Sumber Data | Penanggung Jawab; a SAKIP row with letter + score; lower-is-better rows",
  );
  const S = "IKU 2021-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SAUSU RAYA", "DINAS TENAGA KERJA"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Tenaga Kerja Nomor 800/117/DISNAKER/2022",
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU) DINAS TENAGA KERJA TAHUN 2021-2026",
  ]);
  s.gap();
  const YRS = [2022, 2023, 2024, 2025, 2026];
  type U = {
    id: string;
    ind: string;
    def: string;
    rumus: string;
    sat: string;
    awal: string | number;
    tg: Array<string | number>;
    src: string;
    pj: string;
    f?: string;
  };
  const rows: U[] = [
    {
      id: "u1",
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      def: "Persentase angkatan kerja yang tidak bekerja dan sedang mencari pekerjaan (semakin kecil semakin baik)",
      rumus: "Jumlah penganggur / jumlah angkatan kerja x 100%",
      sat: "%",
      awal: 3.75,
      tg: [3.7, 3.62, 3.55, 3.48, 3.4],
      src: "BPS (Sakernas Agustus)",
      pj: "Sekretaris Dinas",
      f: DEC,
    },
    {
      id: "u2",
      ind: "Persentase lulusan pelatihan yang ditempatkan",
      def: "Lulusan pelatihan BLK dan LPK mitra yang bekerja atau berwirausaha dalam 6 bulan",
      rumus: "Lulusan yang ditempatkan / jumlah lulusan x 100%",
      sat: "%",
      awal: 43.2,
      tg: [45, 47, 49, 51, 53],
      src: "UPTD BLK",
      pj: "Kabid Pelatihan dan Produktivitas",
      f: DEC,
    },
    {
      id: "u3",
      ind: "Persentase pencari kerja yang menganggur lebih dari satu tahun",
      def: "Pencari kerja terdaftar (AK/I) yang belum ditempatkan lebih dari 12 bulan (semakin kecil semakin baik)",
      rumus: "Pencari kerja > 12 bulan / pencari kerja terdaftar x 100%",
      sat: "%",
      awal: 13.1,
      // planted: the 2026 target rises to 13.50 after 12.5, 12.0, 11.5, 11.0
      tg: [12.5, 12, 11.5, 11, 13.5],
      src: "SIAPkerja / AK-II",
      pj: "Kabid Penempatan Tenaga Kerja",
      f: DEC,
    },
    {
      id: "u4",
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      def: "Kasus PHI yang selesai melalui bipartit, mediasi atau perjanjian bersama",
      rumus: "Kasus selesai / kasus tercatat x 100%",
      sat: "%",
      awal: 76.5,
      tg: [78, 80, 82, 84, 86],
      src: "Bidang Hubungan Industrial",
      pj: "Kabid Hubungan Industrial",
      f: DEC,
    },
    {
      id: "u5",
      ind: "Nilai evaluasi SAKIP Dinas Tenaga Kerja",
      def: "Nilai hasil evaluasi akuntabilitas kinerja oleh Inspektorat Daerah",
      rumus: "Predikat dan nilai LHE SAKIP",
      sat: "predikat (nilai)",
      // planted: "BB (68,15)" while 68.15 is B (> 60 - 70)
      awal: "BB (68,15)",
      tg: ["B", "BB", "BB", "BB (70,50)", "A"],
      src: "LHE Inspektorat",
      pj: "Sekretaris Dinas",
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
      { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 40 },
      { key: "rumus", head: ["Formula Perhitungan"], role: "rumus", width: 32 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 11 },
      ...YRS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 18 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.f && typeof x.awal === "number" ? fmt(x.awal, x.f) : x.awal,
        ...Object.fromEntries(
          YRS.map((y, k) => [`y${y}`, x.f && typeof x.tg[k] === "number" ? fmt(x.tg[k], x.f) : x.tg[k]]),
        ),
        src: x.src,
        pj: x.pj,
      },
    })),
  });
  s.gap();
  s.lines(
    [
      "Sausu, 14 Maret 2022",
      "KEPALA DINAS TENAGA KERJA,",
      "",
      "",
      "",
      "Ir. I KETUT SUDARSANA, M.T.",
      "NIP. 19680817 199503 1 005",
    ],
    11,
  );

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2026", "u3") },
    rules: ["target-trend"],
    note: "The 2026 target of the persentase pencari kerja menganggur > 1 tahun (lower is better) rises to 13.50 after 12.50, 12.00, 11.50, 11.00; the falling path gives 10.50",
    truth: "10.5",
  });
  b.plant({
    at: { sheet: S, cell: a("awal", "u5") },
    rules: ["sakip-grade-mismatch"],
    note: "Kondisi awal SAKIP 'BB (68,15)': a score of 68.15 is B (> 60 - 70); BB starts above 70",
    truth: `SAKIP(SCORE(${a("awal", "u5")}))`,
    actual: `GRADE(${a("awal", "u5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("y2025", "u5"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(SCORE(${a("y2025", "u5")}))`,
    actual: `GRADE(${a("y2025", "u5")})`,
  });
  b.ok({ sheet: S, cell: a("y2026", "u1"), rules: ["target-trend"], truth: "3.4" });
  b.ok({ sheet: S, cell: a("y2026", "u2"), rules: ["target-trend"], truth: "53" });
  b.ok({ sheet: S, cell: a("y2026", "u4"), rules: ["target-outlier", "target-trend"], truth: "86" });
  return b.finish();
}
