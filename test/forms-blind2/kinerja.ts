// Performance forms of the fourth unseen set: an LKjIP table of a Dinas Perpustakaan comparing two
// earlier realisations, the year's target, realisation and capaian, and the Renstra end target with
// the capaian against it (formulas, refleksi for lower-is-better indicators); and a Perjanjian Kinerja
// of a Dinas Pemadam Kebakaran with quarterly targets and a program table in millions of rupiah.
// Every name and number is invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, fx, signature, sum, type Cell, type Col } from "../forms/kit";

/** LKjIP 2024, Dinas Perpustakaan Kabupaten Kedungjati (Renstra 2022-2026). */
export function lkjip(): BookW {
  const b = new BookW(
    "lkjip-dispus-kedungjati.xlsx",
    "LKjIP",
    "LKjIP: Realisasi 2022 | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 | Target Akhir Renstra 2026 | Capaian thd Target Akhir",
  );
  const S = "Bab III";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Perbandingan Realisasi Kinerja Tahun 2024 dengan Tahun Sebelumnya dan Target Akhir Renstra",
    "Dinas Perpustakaan Kabupaten Kedungjati",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya budaya gemar membaca masyarakat";
  const SAS2 = "Meningkatnya kualitas layanan dan koleksi perpustakaan";
  const rows = [
    {
      sas: SAS1,
      ind: "Tingkat Kegemaran Membaca (TGM) masyarakat",
      sat: "nilai",
      r22: 58.4,
      r23: 61.2,
      t: 63,
      r: 64.35,
      tak: 67,
    },
    {
      sas: SAS1,
      ind: "Indeks Pembangunan Literasi Masyarakat (IPLM)",
      sat: "indeks",
      r22: 11.8,
      r23: 12.6,
      t: 13.5,
      r: 13.21,
      tak: 15,
    },
    {
      sas: SAS1,
      ind: "Jumlah kunjungan ke perpustakaan daerah",
      sat: "orang",
      r22: 186_420,
      r23: 214_950,
      t: 240_000,
      r: 251_376,
      tak: 280_000,
    },
    {
      sas: SAS2,
      ind: "Persentase koleksi bahan pustaka dalam kondisi rusak",
      sat: "%",
      neg: true,
      r22: 9.8,
      r23: 8.6,
      t: 7.5,
      r: 7.1,
      tak: 6,
    },
    {
      sas: SAS2,
      ind: "Rata-rata waktu temu kembali bahan pustaka",
      sat: "menit",
      neg: true,
      r22: 18,
      r23: 15,
      t: 12,
      r: 13.5,
      tak: 10,
    },
    {
      sas: SAS2,
      ind: "Persentase perpustakaan desa yang terakreditasi",
      sat: "%",
      r22: 12.5,
      r23: 18.75,
      t: 25,
      r: 22.92,
      tak: 40,
    },
  ];
  const PLANT_POL = 4; // lower is better, capaian 2024 written R/T
  const PLANT_AK = 5; // capaian against the end target typed in a column of formulas
  const PLANT_AK_VAL = 75.3; // 57.30 with its digits swapped
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r22", head: ["Realisasi 2022"], role: "realisasi", year: 2022, fmt: "#,##0.##" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: "#,##0.##" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: "#,##0.##" },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: "#,##0.##" },
    { key: "c", head: ["Capaian 2024 (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "tak", head: ["Target Akhir Renstra 2026"], role: "target", fmt: "#,##0.##" },
    { key: "cak", head: ["Capaian thd Target Akhir (%)"], role: "capaian", fmt: DEC },
  ];
  const capF = (neg: boolean | undefined, tc: string, rc: string) =>
    neg ? `ROUND((2*${tc}-${rc})/${tc}*100,2)` : `ROUND(${rc}/${tc}*100,2)`;
  const t = s.table(
    {
      cols,
      headerRows: 1,
      vmerge: ["sas"],
      rows: rows.map((x, i) => ({
        id: `i${i}`,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r22: x.r22,
          r23: x.r23,
          t: x.t,
          r: x.r,
          c: fx(capF(i === PLANT_POL ? false : x.neg, c.a("t"), c.a("r"))),
          tak: x.tak,
          cak: i === PLANT_AK ? PLANT_AK_VAL : fx(capF(x.neg, c.a("tak"), c.a("r"))),
        }),
      })),
    },
    1,
  );
  s.gap();
  s.lines([
    "Catatan: untuk indikator yang semakin kecil semakin baik (nomor 4 dan 5) capaian dihitung dengan",
    "rumus (2 x Target - Realisasi) / Target x 100%.",
  ]);
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_POL) },
    rules: ["capaian-mismatch"],
    note: "waktu temu kembali (lower is better) 2024 is =R/T*100 = 112.5; (2T-R)/T gives 87.5",
    truth: capF(true, a("t", PLANT_POL), a("r", PLANT_POL)),
  });
  b.plant({
    at: { sheet: S, cell: a("cak", PLANT_AK) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of perpustakaan desa terakreditasi against the end target is a typed 75.30; 22.92 / 40 gives 57.30",
    truth: capF(false, a("tak", PLANT_AK), a("r", PLANT_AK)),
  });
  rows.forEach((x, i) => {
    if (i !== PLANT_POL)
      b.ok({
        sheet: S,
        cell: a("c", i),
        rules: ["capaian-mismatch"],
        truth: capF(x.neg, a("t", i), a("r", i)),
        trap: x.neg ? `${a("r", i)}/${a("t", i)}*100` : undefined,
      });
    if (i !== PLANT_AK)
      b.ok({
        sheet: S,
        cell: a("cak", i),
        rules: ["capaian-mismatch"],
        truth: capF(x.neg, a("tak", i), a("r", i)),
        // against the end target, not the year's
        trap: capF(x.neg, a("t", i), a("r", i)),
      });
  });
  return b.finish();
}

/** Perjanjian Kinerja 2025, Dinas Pemadam Kebakaran dan Penyelamatan Kota Tanjung Sekar. */
export function pk(): BookW {
  const b = new BookW(
    "pk-damkar-tanjungsekar.xlsx",
    "PK",
    "Perjanjian Kinerja 2025 of a Dinas Pemadam Kebakaran: statement page, targets per quarter, program table in Rp juta with Jumlah",
  );
  const S = "PK 2025";
  const s = b.sheet(S);
  s.lines(
    ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TANJUNG SEKAR"],
    1,
    { bold: true },
  );
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama     : Ir. HENDRA GUNAWAN SIREGAR, M.T.",
    "Jabatan  : Kepala Dinas Pemadam Kebakaran dan Penyelamatan",
    "selanjutnya disebut pihak pertama;",
    "Nama     : H. MUHAMMAD RIDWAN KAMIL HARAHAP, S.H.",
    "Jabatan  : Wali Kota Tanjung Sekar",
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const r0 = s.r;
  signature(s, 2, {
    tempat: "",
    jabatan: ["Pihak Kedua,", "WALI KOTA TANJUNG SEKAR,"],
    nama: "H. MUHAMMAD RIDWAN KAMIL HARAHAP, S.H.",
    nip: "-",
  });
  s.r = r0;
  signature(s, 5, {
    tempat: "Tanjung Sekar, 2 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN,"],
    nama: "Ir. HENDRA GUNAWAN SIREGAR, M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19740830 200112 1 004",
  });
  s.gap(2);
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  s.gap();
  const SAS1 = "Meningkatnya kualitas pelayanan penanggulangan kebakaran dan penyelamatan";
  const SAS2 = "Meningkatnya kesiapsiagaan masyarakat terhadap bahaya kebakaran";
  const ind = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Persentase pelayanan penyelamatan dan evakuasi korban kebakaran",
      sat: "%",
      level: true,
      t: 92,
      q: [88, 90, 91, 92],
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Waktu tanggap (response time) penanganan kebakaran di wilayah manajemen kebakaran",
      sat: "menit",
      level: true,
      t: 15,
      q: [15, 15, 15, 15],
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Jumlah bangunan gedung yang diinspeksi sistem proteksi kebakarannya",
      sat: "bangunan",
      t: 120,
      q: [25, 30, 40, 30],
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Jumlah sosialisasi pencegahan kebakaran kepada masyarakat",
      sat: "kali",
      t: 48,
      q: [10, 12, 14, 12],
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Persentase kelurahan yang memiliki relawan pemadam kebakaran (Redkar)",
      sat: "%",
      level: true,
      t: 65,
      q: [50, 55, 60, 65],
    },
  ];
  const PLANT_Q = "i3"; // quarters add up to 125, the year's target is 120
  const Q = ["I", "II", "III", "IV"];
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
        { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
        { key: "sat", head: ["Satuan"], role: "satuan" },
        { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: "#,##0.##" },
        ...Q.map((q, i): Col => ({
          key: `q${i}`,
          head: ["Target per Triwulan Tahun 2025", q],
          role: "target",
          year: 2025,
          fmt: "#,##0.##",
        })),
      ],
      headerRows: 2,
      vmerge: ["sas"],
      rows: ind.map((x, i) => {
        const cells: Record<string, Cell> = { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.t };
        x.q.forEach((v, j) => (cells[`q${j}`] = v));
        return { id: x.id, cells };
      }),
    },
    1,
  );
  s.gap();
  s.lines(["Program dan anggaran (Rp juta):"]);
  const kegiatan = [
    {
      id: "k1",
      kode: "1.05.04.2.01",
      nama: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
      rp: 3_418.75,
    },
    { id: "k2", kode: "1.05.04.2.02", nama: "Inspeksi Peralatan Proteksi Kebakaran", rp: 412.3 },
    { id: "k3", kode: "1.05.04.2.03", nama: "Investigasi Kejadian Kebakaran", rp: 186.45 },
    { id: "k4", kode: "1.05.04.2.04", nama: "Pemberdayaan Masyarakat dalam Pencegahan Kebakaran", rp: 574.9 },
    {
      id: "k5",
      kode: "1.05.04.2.05",
      nama: "Penyediaan Sarana dan Prasarana Pemadam Kebakaran",
      rp: 6_250,
    },
  ];
  const p1 = 9_846.52;
  const p2 = sum(kegiatan.map((k) => k.rp));
  const total = p1 + p2;
  const typedTotal = 20_868.92; // 20,688.92 with two digits swapped
  const JUTA = "#,##0.00";
  const t2 = s.table(
    {
      cols: [
        { key: "kode", head: ["Kode"], role: "kode", width: 14 },
        { key: "nama", head: ["Program / Kegiatan"], width: 50 },
        { key: "rp", head: ["Anggaran (Rp juta)"], role: "anggaran", fmt: JUTA, width: 18 },
        { key: "ket", head: ["Keterangan"], role: "keterangan" },
      ],
      headerRows: 1,
      rows: [
        {
          id: "p1",
          bold: true,
          cells: {
            kode: "1.05.01",
            nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            rp: p1,
            ket: "APBD",
          },
        },
        {
          id: "p2",
          bold: true,
          cells: (c) => ({
            kode: "1.05.04",
            nama: "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
            rp: fx(`SUM(${c.a("rp", "k1")}:${c.a("rp", "k5")})`),
            ket: "APBD",
          }),
        },
        ...kegiatan.map((k) => ({ id: k.id, cells: { kode: k.kode, nama: k.nama, rp: k.rp, ket: "APBD" } })),
        { id: "jml", bold: true, cells: { nama: "Jumlah", rp: typedTotal } },
      ],
    },
    1,
  );
  const a1 = (k: string, id: string) => t1.a(k, id);
  const qs = (id: string) => Q.map((_, i) => a1(`q${i}`, id));
  b.plant({
    at: { sheet: S, cell: a1("t", PLANT_Q) },
    rules: ["sum-mismatch"],
    note: "the 2025 target of bangunan yang diinspeksi (a count) is 120; its quarterly targets add up to 125",
    truth: qs(PLANT_Q).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah is a typed 20,868.92 (Rp juta); the two programs add up to ${total.toFixed(2)}`,
    truth: `${t2.a("rp", "p1")}+${t2.a("rp", "p2")}`,
    tol: 0.005,
  });
  for (const x of ind) {
    if (x.id !== PLANT_Q)
      b.ok({
        sheet: S,
        cell: a1("t", x.id),
        rules: ["sum-mismatch"],
        truth: x.level ? qs(x.id)[3] : qs(x.id).join("+"),
        trap: x.level ? qs(x.id).join("+") : undefined,
      });
    if (x.sat === "%")
      b.ok({
        sheet: S,
        cell: a1("t", x.id),
        rules: ["percent-out-of-range", "number-scale"],
        truth: a1("t", x.id),
      });
  }
  b.ok({
    sheet: S,
    cell: t2.a("rp", "p2"),
    rules: ["sum-mismatch"],
    truth: kegiatan.map((k) => t2.a("rp", k.id)).join("+"),
    tol: 0.005,
  });
  for (const k of kegiatan)
    b.ok({
      sheet: S,
      cell: t2.a("rp", k.id),
      rules: ["number-scale", "hardcoded-value"],
      truth: t2.a("rp", k.id),
    });
  return b.finish();
}
