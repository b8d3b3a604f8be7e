// Performance tables of the ninth unseen set: a Perjanjian Kinerja Perubahan of a Dinas Koperasi dan
// UKM ("Target Awal" beside "Target Perubahan", and the anggaran before and after the change); the
// achievement of the SPM of a Dinas Kesehatan (twelve layanan dasar, sasaran and those served) with a
// second table further down the same sheet for the money of the SPM; and the LKjIP table "Realisasi
// Anggaran per Sasaran" of a BPKAD (sasaran rows carry their programs' totals, a capaian kinerja and
// its predikat). Every name and number is invented; the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

// ======================================= Perjanjian Kinerja Perubahan 2025 (Dinas Koperasi dan UKM)

type PkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  ubah: number;
  d: number;
  why?: string;
};

/** PK Perubahan 2025 of Dinas Koperasi, Usaha Kecil dan Menengah Kabupaten Tegalwaru. */
export function pkPerubahanDiskop(): BookW {
  const b = new BookW(
    "pk-perubahan-diskopukm-tegalwaru.xlsx",
    "Perjanjian Kinerja Perubahan",
    "PK Perubahan 2025 of a Dinas Koperasi dan UKM: statement page, the indicator table with Target Tahun 2025 > Target Awal | Target Perubahan and the reason of the change, then the program table with Anggaran Awal (Rp) | Anggaran Perubahan (Rp) and a typed Jumlah",
  );
  const S = "PK Perubahan 2025";
  const s = b.sheet(S);
  s.lines([
    "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025",
    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH KABUPATEN TEGALWARU",
  ]);
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat mengubah Perjanjian Kinerja Tahun 2025 sebagai akibat perubahan APBD.",
    "Nama    : RATNA DEWI KUSUMAWARDANI, S.E., M.M.     Jabatan : Kepala Dinas Koperasi, Usaha Kecil dan Menengah",
    "Nama    : H. MUHAMMAD FAUZAN ARIFIN, S.H.          Jabatan : Bupati Tegalwaru",
  ]);
  s.gap();
  s.lines(["Lampiran: Target Kinerja dan Anggaran Perubahan"]);
  const S1 = "Meningkatnya kualitas kelembagaan dan usaha koperasi";
  const S2 = "Meningkatnya daya saing usaha mikro";
  const rows: PkIn[] = [
    { id: "i1", sas: S1, ind: "Persentase koperasi aktif", sat: "%", awal: 58.4, ubah: 58.4, d: 2 },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase koperasi sehat",
      sat: "%",
      awal: 62.5,
      ubah: 60,
      d: 2,
      why: "Penyesuaian karena pengurangan anggaran penilaian kesehatan KSP/USP",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase usaha mikro yang naik kelas",
      sat: "%",
      awal: 3.2,
      ubah: 3.5,
      d: 2,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah wirausaha baru yang terfasilitasi",
      sat: "orang",
      awal: 450,
      ubah: 520,
      d: 0,
      why: "Tambahan DAK nonfisik PK2UMK",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata omzet usaha mikro binaan per tahun",
      sat: "juta rupiah",
      awal: 48.5,
      ubah: 48.5,
      d: 2,
    },
  ];
  // planted 1: target perubahan of the koperasi aktif typed 584 ("58,4" with its comma lost)
  const PLANT_P = "i1";
  const T = "Target Tahun 2025";
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "awal", head: [T, "Target Awal"], role: "target", year: 2025, width: 12 },
      { key: "ubah", head: [T, "Target Perubahan"], role: "target", year: 2025, width: 12 },
      { key: "why", head: ["Alasan Perubahan"], role: "keterangan", width: 34 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.d ? DEC : INT),
        ubah: fmt(x.id === PLANT_P ? 584 : x.ubah, x.d ? DEC : INT),
        why: x.why,
      },
    })),
  });
  s.gap(2);
  type PrIn = { id: string; kode: string; nama: string; awal: number; ubah: number; ket?: string };
  const progs: PrIn[] = [
    {
      id: "p1",
      kode: "2.17.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      awal: 4_862_450_000,
      ubah: 4_915_720_000,
    },
    {
      id: "p2",
      kode: "2.17.03",
      nama: "Program Pengawasan dan Pemeriksaan Koperasi",
      awal: 318_600_000,
      ubah: 318_600_000,
    },
    {
      id: "p3",
      kode: "2.17.04",
      nama: "Program Penilaian Kesehatan KSP/USP Koperasi",
      awal: 246_000_000,
      ubah: 184_500_000,
      ket: "Refocusing",
    },
    {
      id: "p4",
      kode: "2.17.05",
      nama: "Program Pendidikan dan Latihan Perkoperasian",
      awal: 412_750_000,
      ubah: 398_250_000,
    },
    {
      id: "p5",
      kode: "2.17.07",
      nama: "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
      awal: 1_136_800_000,
      ubah: 1_482_300_000,
      ket: "DAK Nonfisik PK2UMK",
    },
    {
      id: "p6",
      kode: "2.17.08",
      nama: "Program Pengembangan UMKM",
      awal: 684_250_000,
      ubah: 671_900_000,
    },
  ];
  // planted 2: Jumlah of the anggaran perubahan typed with two digits swapped
  const jUbah = sum(progs.map((p) => p.ubah));
  const jUbahTyped = 7_791_270_000;
  if (jUbah !== 7_971_270_000) throw new Error(`pk perubahan: jumlah ${jUbah}`);
  s.lines(["Program dan Anggaran"], 1, { bold: true });
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 30 },
      { key: "nama", head: ["Program"], width: 36 },
      { key: "awal", head: ["Anggaran Awal (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "ubah", head: ["Anggaran Perubahan (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 34 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nama: p.nama, awal: p.awal, ubah: p.ubah, ket: p.ket },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nama"],
        cells: { no: "Jumlah", awal: sum(progs.map((p) => p.awal)), ubah: jUbahTyped },
      },
    ],
  });
  s.gap();
  const top = s.r;
  s.lines(["Pihak Kedua,", "BUPATI TEGALWARU,"], 2);
  s.gap(3);
  s.lines(["H. MUHAMMAD FAUZAN ARIFIN, S.H."], 2);
  const end = s.r;
  s.r = top;
  signature(s, 5, {
    tempat: "Tegalwaru, 7 Oktober 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS KOPERASI, USAHA KECIL DAN MENENGAH"],
    nama: "RATNA DEWI KUSUMAWARDANI, S.E., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19780605 200312 2 008",
  });
  s.r = Math.max(s.r, end);

  b.plant({
    at: { sheet: S, cell: t1.a("ubah", PLANT_P) },
    rules: ["percent-out-of-range", "number-scale"],
    note: "target perubahan of the persentase koperasi aktif is 584 %, 58.40 with its comma lost (the target awal, unchanged, no reason given)",
    truth: t1.a("awal", PLANT_P),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("ubah", "j") },
    rules: ["sum-mismatch"],
    note: `Jumlah anggaran perubahan typed ${jUbahTyped.toLocaleString("en")}; the programs give ${jUbah.toLocaleString("en")}`,
    truth: progs.map((p) => t2.a("ubah", p.id)).join("+"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: t2.a("awal", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => t2.a("awal", p.id)).join("+"),
    tol: 0.5,
  });
  // the change is the point of a PK Perubahan: target and anggaran perubahan differ from the awal
  for (const x of rows.filter((q) => q.ubah !== q.awal))
    b.ok({
      sheet: S,
      cell: t1.a("ubah", x.id),
      rules: ["cross-table-mismatch"],
      truth: t1.a("ubah", x.id),
      trap: t1.a("awal", x.id),
    });
  for (const p of progs.filter((q) => q.ubah !== q.awal))
    b.ok({
      sheet: S,
      cell: t2.a("ubah", p.id),
      rules: ["cross-table-mismatch"],
      truth: t2.a("ubah", p.id),
      trap: t2.a("awal", p.id),
    });
  for (const x of rows.filter((q) => q.sat === "%" && q.id !== PLANT_P))
    for (const k of ["awal", "ubah"])
      b.ok({ sheet: S, cell: t1.a(k, x.id), rules: ["percent-out-of-range"], truth: t1.a(k, x.id) });
  return b.finish();
}

// ============================================= Capaian SPM Bidang Kesehatan 2024 (Dinas Kesehatan)

type SpmIn = { id: string; nama: string; sas: number; lay: number; pagu: number; real: number };

/** Capaian SPM Bidang Kesehatan 2024 of Dinas Kesehatan Kabupaten Giriasih, and its money below. */
export function spmDinkes(): BookW {
  const b = new BookW(
    "spm-kesehatan-dinkes-giriasih.xlsx",
    "SPM achievement with a second table below",
    "SPM kesehatan 2024 of a Dinas Kesehatan: Jenis Pelayanan Dasar | Jumlah Sasaran *) | Jumlah yang Mendapat Pelayanan Sesuai Standar | Capaian (%) **) for the twelve layanan dasar, typed capaian, a capaian above 100; notes; then on the same sheet Tabel 2 Pagu (Rp) | Realisasi (Rp) | Serapan (%) per layanan with JUMLAH",
  );
  const S = "SPM Kesehatan 2024";
  const s = b.sheet(S);
  s.lines([
    "LAPORAN PENERAPAN DAN PENCAPAIAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG KESEHATAN",
    "DINAS KESEHATAN KABUPATEN GIRIASIH TAHUN 2024",
  ]);
  s.gap();
  s.lines(["Tabel 1. Capaian Indikator SPM"], 1, { bold: true });
  const rows: SpmIn[] = [
    {
      id: "l1",
      nama: "Pelayanan kesehatan ibu hamil",
      sas: 14_862,
      lay: 13_975,
      pagu: 1_246_500_000,
      real: 1_198_330_000,
    },
    {
      id: "l2",
      nama: "Pelayanan kesehatan ibu bersalin",
      sas: 14_187,
      lay: 13_842,
      pagu: 2_384_000_000,
      real: 2_301_456_000,
    },
    {
      id: "l3",
      nama: "Pelayanan kesehatan bayi baru lahir",
      sas: 13_512,
      lay: 13_420,
      pagu: 618_250_000,
      real: 597_812_500,
    },
    {
      id: "l4",
      nama: "Pelayanan kesehatan balita",
      sas: 55_730,
      lay: 48_215,
      pagu: 874_600_000,
      real: 812_740_000,
    },
    {
      id: "l5",
      nama: "Pelayanan kesehatan pada usia pendidikan dasar",
      sas: 118_406,
      lay: 109_855,
      pagu: 452_300_000,
      real: 446_815_000,
    },
    {
      id: "l6",
      nama: "Pelayanan kesehatan pada usia produktif",
      sas: 612_380,
      lay: 398_047,
      pagu: 735_000_000,
      real: 662_418_000,
    },
    {
      id: "l7",
      nama: "Pelayanan kesehatan pada usia lanjut",
      sas: 96_214,
      lay: 71_546,
      pagu: 388_750_000,
      real: 351_205_000,
    },
    {
      id: "l8",
      nama: "Pelayanan kesehatan penderita hipertensi",
      sas: 84_590,
      lay: 52_134,
      pagu: 296_400_000,
      real: 287_115_000,
    },
    {
      id: "l9",
      nama: "Pelayanan kesehatan penderita diabetes melitus",
      sas: 18_240,
      lay: 18_972,
      pagu: 214_800_000,
      real: 209_660_000,
    },
    {
      id: "l10",
      nama: "Pelayanan kesehatan orang dengan gangguan jiwa berat",
      sas: 1_624,
      lay: 1_487,
      pagu: 168_500_000,
      real: 154_902_000,
    },
    {
      id: "l11",
      nama: "Pelayanan kesehatan orang terduga tuberkulosis",
      sas: 9_870,
      lay: 8_316,
      pagu: 542_700_000,
      real: 520_035_000,
    },
    {
      id: "l12",
      nama: "Pelayanan kesehatan orang dengan risiko terinfeksi virus yang melemahkan daya tahan tubuh manusia (HIV)",
      sas: 21_450,
      lay: 20_104,
      pagu: 326_900_000,
      real: 318_474_000,
    },
  ];
  // planted 1: capaian of the balita typed 68.52 (86.52 with two digits swapped)
  const PLANT_C = "l4";
  // planted 2: JUMLAH realisasi of Tabel 2 typed 10,000,000 short
  const PLANT_J_OFF = -10_000_000;
  const cap = (x: SpmIn) => round((x.lay / x.sas) * 100, 2);
  if (cap(rows.find((x) => x.id === PLANT_C)!) !== 86.52) throw new Error("spm: balita capaian");
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "nama", head: ["Jenis Pelayanan Dasar"], role: "indikator", num: 2, width: 44 },
      { key: "sas", head: ["Jumlah Sasaran *)"], role: "target", year: 2024, num: 3, fmt: INT, width: 14 },
      {
        key: "lay",
        head: ["Jumlah yang Mendapat Pelayanan Sesuai Standar"],
        role: "realisasi",
        year: 2024,
        num: 4,
        fmt: INT,
        width: 16,
      },
      { key: "cap", head: ["Capaian (%) **)"], role: "capaian", num: "5 = 4 / 3 x 100", fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, nama: x.nama, sas: x.sas, lay: x.lay, cap: x.id === PLANT_C ? 68.52 : cap(x) },
    })),
  });
  s.gap();
  s.lines([
    "*) Sasaran berdasarkan proyeksi penduduk BPS dan estimasi Kementerian Kesehatan; penderita DM menurut data riil skrining.",
    "**) Target capaian setiap jenis pelayanan dasar adalah 100%.",
  ]);
  s.gap(2);
  s.lines(["Tabel 2. Anggaran Penerapan SPM Bidang Kesehatan"], 1, { bold: true });
  const jReal = sum(rows.map((x) => x.real)) + PLANT_J_OFF;
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nama", head: ["Jenis Pelayanan Dasar"], width: 44 },
      { key: "pagu", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 14 },
      { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
      { key: "ser", head: ["Serapan (%)"], role: "capaian", fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: {
          no: i + 1,
          nama: x.nama,
          pagu: x.pagu,
          real: x.real,
          ser: round((x.real / x.pagu) * 100, 2),
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nama"],
        cells: {
          no: "JUMLAH",
          pagu: sum(rows.map((x) => x.pagu)),
          real: jReal,
          ser: round((jReal / sum(rows.map((x) => x.pagu))) * 100, 2),
        },
      },
    ],
  });
  s.gap();
  signature(s, 4, {
    tempat: "Giriasih, 27 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN GIRIASIH,"],
    nama: "dr. SRI WAHYUNINGSIH HANDAYANI, M.Kes.",
    pangkat: "Pembina Utama Muda",
    nip: "19750917 200312 2 006",
  });

  b.plant({
    at: { sheet: S, cell: t1.a("cap", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: "capaian of pelayanan kesehatan balita typed 68.52; 48,215 / 55,730 gives 86.52",
    truth: `ROUND(${t1.a("lay", PLANT_C)}/${t1.a("sas", PLANT_C)}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("real", "j") },
    rules: ["sum-mismatch"],
    note: `JUMLAH realisasi typed ${jReal.toLocaleString("en")}; the twelve layanan give ${(jReal - PLANT_J_OFF).toLocaleString("en")}`,
    truth: rows.map((x) => t2.a("real", x.id)).join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    if (x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: t1.a("cap", x.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${t1.a("lay", x.id)}/${t1.a("sas", x.id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: t2.a("ser", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${t2.a("real", x.id)}/${t2.a("pagu", x.id)}*100,2)`,
    });
  }
  // more people with diabetes served than the estimate: a capaian above 100 is no mistake here
  b.ok({ sheet: S, cell: t1.a("cap", "l9"), rules: ["percent-out-of-range"], truth: t1.a("cap", "l9") });
  b.ok({
    sheet: S,
    cell: t2.a("pagu", "j"),
    rules: ["sum-mismatch"],
    truth: rows.map((x) => t2.a("pagu", x.id)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}

// ======================================== LKjIP: Realisasi Anggaran per Sasaran 2024 (BPKAD)

type BkIn = { id: string; nama: string; pagu: number; real: number };
type BkSas = { id: string; nama: string; capK: number; progs: BkIn[] };

/** LKjIP 2024 of BPKAD Kota Sungaiwaru, Tabel 3.6 Realisasi Anggaran per Sasaran Strategis. */
export function lkjipBpkad(): BookW {
  const b = new BookW(
    "lkjip-anggaran-sasaran-bpkad-sungaiwaru.xlsx",
    "LKjIP realisasi anggaran per sasaran",
    "LKjIP 2024 of a BPKAD: per sasaran strategis its capaian kinerja (%) and predikat, its programs below it, Anggaran (Rp) | Realisasi (Rp) typed on sasaran and program rows, % Realisasi as ROUND formulas; TOTAL over the sasaran; a capaian of exactly 90.00 and one above 100",
  );
  const S = "Tabel 3.6";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.6",
    "Realisasi Anggaran per Sasaran Strategis Tahun 2024",
    "Badan Pengelolaan Keuangan dan Aset Daerah Kota Sungaiwaru",
  ]);
  s.gap();
  const sas: BkSas[] = [
    {
      id: "s1",
      nama: "Meningkatnya kualitas pengelolaan keuangan daerah",
      capK: 90,
      progs: [
        { id: "s1a", nama: "Program Pengelolaan Keuangan Daerah", pagu: 6_842_500_000, real: 6_512_334_800 },
        {
          id: "s1b",
          nama: "Program Pengelolaan Pendapatan Daerah",
          pagu: 1_286_400_000,
          real: 1_218_765_300,
        },
      ],
    },
    {
      id: "s2",
      nama: "Meningkatnya tertib pengelolaan barang milik daerah",
      capK: 88.4,
      progs: [
        {
          id: "s2a",
          nama: "Program Pengelolaan Barang Milik Daerah",
          pagu: 3_418_750_000,
          real: 3_162_048_900,
        },
      ],
    },
    {
      id: "s3",
      nama: "Meningkatnya kualitas pelayanan administrasi perkantoran",
      capK: 104.2,
      progs: [
        {
          id: "s3a",
          nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          pagu: 28_416_250_000,
          real: 27_035_118_420,
        },
      ],
    },
  ];
  // planted 1: realisasi of sasaran 1 typed with two digits swapped (its programs give 7,731,100,100)
  const PLANT_S = "s1";
  const S1_TYPED = 7_713_100_100;
  // planted 2: predikat "Sangat Tinggi" for a capaian of 88.40 (Tinggi)
  const PLANT_P = "s2";
  const pg = (x: BkSas, k: "pagu" | "real") => sum(x.progs.map((p) => p[k]));
  if (pg(sas[0], "real") !== 7_731_100_100) throw new Error(`bpkad: ${pg(sas[0], "real")}`);
  const pct = (c: { a(k: string): string }) => fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`);
  const rows: Row[] = [];
  sas.forEach((x, i) => {
    rows.push({
      id: x.id,
      bold: true,
      cells: (c) => ({
        no: i + 1,
        sas: x.nama,
        capK: fmt(x.capK, DEC),
        pred: x.id === PLANT_P ? "Sangat Tinggi" : predikat(x.capK),
        pagu: pg(x, "pagu"),
        real: x.id === PLANT_S ? S1_TYPED : pg(x, "real"),
        pct: pct(c),
      }),
    });
    for (const p of x.progs)
      rows.push({ id: p.id, cells: (c) => ({ prog: p.nama, pagu: p.pagu, real: p.real, pct: pct(c) }) });
  });
  const all = sas.flatMap((x) => x.progs);
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "pred"],
    cells: (c) => ({
      no: "TOTAL",
      pagu: sum(all.map((p) => p.pagu)),
      real: sum(all.map((p) => p.real)),
      pct: pct(c),
    }),
  });
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
    { key: "prog", head: ["Program"], width: 36 },
    { key: "capK", head: ["Capaian Kinerja Sasaran (%)"], role: "capaian", width: 11 },
    { key: "pred", head: ["Predikat"], role: "predikat", width: 13 },
    { key: "pagu", head: ["Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "pct", head: ["% Realisasi"], role: "capaian", fmt: DEC, width: 10 },
  ];
  const t = s.table({ cols, headerRows: 1, rows });
  s.gap();
  s.lines([
    "Predikat: Sangat Tinggi (> 90), Tinggi (> 75 s.d. 90), Sedang (> 65 s.d. 75), Rendah (> 50 s.d. 65), Sangat Rendah (<= 50).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sungaiwaru, 20 Februari 2025",
    jabatan: ["KEPALA BADAN PENGELOLAAN KEUANGAN", "DAN ASET DAERAH,"],
    nama: "H. ABDUL HARIS SETIADI, S.E., M.Ak.",
    pangkat: "Pembina Utama Muda",
    nip: "19740109 199903 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("real", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `realisasi of sasaran 1 typed ${S1_TYPED.toLocaleString("en")}; its two programs give ${pg(sas[0], "real").toLocaleString("en")} (TOTAL agrees with the programs)`,
    truth: sas[0].progs.map((p) => a("real", p.id)).join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", PLANT_P) },
    rules: ["predikat-mismatch"],
    note: "predikat Sangat Tinggi for a capaian kinerja of 88.40 (Tinggi: above 75 up to 90)",
    truth: `PREDIKAT(${a("capK", PLANT_P)})`,
  });
  for (const x of sas) {
    if (x.id !== PLANT_P)
      b.ok({
        sheet: S,
        cell: a("pred", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("capK", x.id)})`,
        // 90.00 is Tinggi, not Sangat Tinggi; above 100 stays in the top band
        trap: x.capK === 90 ? '"Sangat Tinggi"' : undefined,
      });
    b.ok({
      sheet: S,
      cell: a("pagu", x.id),
      rules: ["sum-mismatch"],
      truth: x.progs.map((p) => a("pagu", p.id)).join("+"),
      tol: 0.5,
    });
    if (x.id !== PLANT_S) {
      b.ok({
        sheet: S,
        cell: a("real", x.id),
        rules: ["sum-mismatch"],
        truth: x.progs.map((p) => a("real", p.id)).join("+"),
        tol: 0.5,
      });
      b.ok({
        sheet: S,
        cell: a("pct", x.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("real", x.id)}/${a("pagu", x.id)}*100,2)`,
      });
    }
    for (const p of x.progs)
      b.ok({
        sheet: S,
        cell: a("pct", p.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("real", p.id)}/${a("pagu", p.id)}*100,2)`,
      });
  }
  // TOTAL adds the sasaran rows only, not the sasaran and their programs together
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: sas.map((x) => a("pagu", x.id)).join("+"),
    trap: [...sas, ...all].map((x) => a("pagu", x.id)).join("+"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("real", "tot")}/${a("pagu", "tot")}*100,2)`,
  });
  return b.finish();
}
