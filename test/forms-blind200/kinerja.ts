// Performance tables on pendidikan khusus: the LKjIP 2024 measurement and the IKU matrix 2025-2029
// of the Dikbud of Nusa Tenggara Barat, and the PK 2025 of the Disdik of Sulawesi Tengah beside its
// Renstra targets. Every name and number is invented.
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

// ================================================================ LKjIP 2024 Dikbud NTB, Tabel 3.4

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
};

export function lkjipSlbNtb(): BookW {
  const b = new BookW(
    "lkjip-2024-pendidikan-khusus-dikbud-ntb.xlsx",
    "LKjIP pengukuran kinerja (pendidikan khusus)",
    "LKjIP 2024 Tabel 3.4 of the Dikbud NTB: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Realisasi Tahun 2023 | Target Akhir Renstra (2026); refleksi for the two lower-is-better rows; Rata-rata row",
  );
  const S = "Tabel 3.4";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI NUSA TENGGARA BARAT"]);
  s.lines(["Tabel 3.4 Pengukuran Capaian Kinerja Sasaran Layanan Pendidikan Khusus Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya akses layanan pendidikan bagi anak berkebutuhan khusus";
  const S2 = "Meningkatnya mutu layanan pendidikan khusus";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Angka Partisipasi Sekolah (APS) anak berkebutuhan khusus usia 7-18 tahun",
      sat: "%",
      t: 48,
      r: 45.6,
      r23: 43.9,
      t26: 52,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase SLB negeri terakreditasi minimal B",
      sat: "%",
      t: 80,
      r: 72,
      r23: 68,
      t26: 90,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase sekolah penyelenggara pendidikan inklusif yang memiliki guru pembimbing khusus",
      sat: "%",
      t: 40,
      r: 26,
      r23: 21.5,
      t26: 55,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Angka putus sekolah peserta didik berkebutuhan khusus",
      sat: "%",
      t: 2.5,
      r: 2.1,
      r23: 2.9,
      t26: 2,
      neg: true,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata lama asesmen awal peserta didik berkebutuhan khusus",
      sat: "hari",
      t: 30,
      r: 24,
      r23: 33,
      t26: 21,
      neg: true,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Jumlah lulusan SLB yang memperoleh sertifikat kompetensi vokasional",
      sat: "orang",
      t: 350,
      r: 371,
      r23: 318,
      t26: 420,
    },
  ];
  const shown = (x: Ind) => round(x.neg && x.id === "i5" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const G = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 11 },
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
          t: x.t,
          r: x.r,
          // planted: the angka putus sekolah (lower is better) takes R / T like the positive rows
          c: fx(
            x.id === "i5"
              ? `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`
              : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`,
          ),
          // planted: "Cukup" for 65.00 (the band > 50 - 65 is Kurang)
          p: x.id === "i3" ? "Cukup" : predikatBaik(shown(x)),
          r23: x.r23,
          t26: x.t26,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 4 dan 5 semakin rendah semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "Capaian of the angka putus sekolah PDBK (lower is better by the note) is =ROUND(R/T*100,2) = 84.00; (2 x 2.5 - 2.1) / 2.5 gives 116.00",
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Cukup' for a capaian of 65.00 (26 against 40); the band > 50 - 65 of the note is Kurang",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
    trap: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "i2"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
    trap: `"Sangat Baik"`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i6"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "i6")}/${a("t", "i6")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "i5"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  return b.finish();
}

// ============================================= PK 2025 Disdik Sulawesi Tengah and its Renstra targets

export function pkSlbSulteng(): BookW {
  const b = new BookW(
    "pk-2025-kabid-pklk-disdik-sulteng-renstra.xlsx",
    "PK 2025 with the Renstra 2025-2029 (pendidikan khusus)",
    "sheet 'PK Kabid PK-PLK 2025': No | Sasaran | Indikator Kinerja | Satuan | Target 2025; then No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Ket. with JUMLAH = the program; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | Target Tahun 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const R = "Renstra 2025-2029";
  const P = "PK Kabid PK-PLK 2025";
  const inds = [
    {
      id: "r1",
      ind: "Persentase anak berkebutuhan khusus usia sekolah yang terlayani pendidikan",
      awal: 41.2,
      k: [43, 45, 47.5, 50, 52.5],
    },
    {
      id: "r2",
      ind: "Persentase SLB dengan sarana aksesibilitas memadai",
      awal: 52,
      k: [55, 60, 65, 70, 75],
    },
    {
      id: "r3",
      ind: "Persentase sekolah penyelenggara pendidikan inklusif yang memiliki guru pembimbing khusus",
      awal: 24.5,
      k: [28, 32, 36, 40, 45],
    },
    {
      id: "r4",
      ind: "Angka putus sekolah peserta didik berkebutuhan khusus",
      awal: 3.1,
      k: [2.9, 2.7, 2.5, 2.3, 2.1],
    },
  ];
  // the PK sheet first, the Renstra after it
  const p = b.sheet(P);
  const rs = b.sheet(R);
  letterhead(rs, [
    "RENSTRA DINAS PENDIDIKAN PROVINSI SULAWESI TENGAH 2025-2029",
    "Target Indikator Bidang Pendidikan Khusus dan Layanan Khusus",
  ]);
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
        key: `t${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 8,
      })),
      { key: "kk", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    rows: inds.map((x, i): Row => {
      const cells: Record<string, number | string> = {
        no: i + 1,
        ind: x.ind,
        sat: "%",
        awal: x.awal,
        kk: x.k[4],
      };
      x.k.forEach((v, j) => (cells[`t${2025 + j}`] = v));
      return { id: x.id, cells };
    }),
  });
  letterhead(p, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BIDANG PENDIDIKAN KHUSUS DAN LAYANAN KHUSUS",
    "DINAS PENDIDIKAN PROVINSI SULAWESI TENGAH",
  ]);
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  p.gap();
  const pk = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya akses layanan pendidikan khusus"
            : "Meningkatnya mutu layanan pendidikan inklusif",
        ind: x.ind,
        sat: "%",
        // planted: r3 carries the Renstra 2026 target
        t: x.id === "r3" ? x.k[1] : x.k[0],
      },
    })),
  });
  p.gap();
  const A = (v: number) => fmt(v, RP);
  const pr = p.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (c) => ({
          no: 1,
          kode: "1.01.02",
          nm: "Program Pengelolaan Pendidikan",
          rp: fx(c.a("rp", "keg")),
          ket: "APBD",
        }),
      },
      {
        id: "keg",
        cells: (c) => ({
          kode: "1.01.02.2.04",
          nm: "Pengelolaan Pendidikan Khusus",
          rp: fx(`SUM(${c.a("rp", "a")}:${c.a("rp", "c")})`),
          ket: "APBD",
        }),
      },
      {
        id: "a",
        cells: {
          kode: "1.01.02.2.04.0002",
          nm: "Pembangunan Ruang Kelas Baru SLB",
          rp: A(3_360_000_000),
          ket: "DAK",
        },
      },
      {
        id: "b",
        cells: {
          kode: "1.01.02.2.04.0015",
          nm: "Pengadaan Perlengkapan dan Sarana Aksesibilitas SLB",
          rp: A(1_850_000_000),
          ket: "APBD",
        },
      },
      // planted: coded under kegiatan 1.01.02.2.03
      {
        id: "c",
        cells: {
          kode: "1.01.02.2.03.0019",
          nm: "Peningkatan Kompetensi Guru Pembimbing Khusus",
          rp: A(640_000_000),
          ket: "APBD",
        },
      },
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(c.a("rp", "prog")) }),
      },
    ],
  });
  p.gap();
  signature(p, 2, {
    tempat: "Palu, 2 Januari 2025",
    jabatan: ["Kepala Dinas Pendidikan Provinsi Sulawesi Tengah,"],
    nama: "Dr. Yusuf Lamarauna, S.Pd., M.Si.",
    nip: "19720815 199802 1 004",
  });
  const a = (t: typeof pk, k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: a(pk, "t", "r3") },
        { sheet: R, cell: a(rt, "t2025", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the sekolah inklusif with GPK is 32.00, the Renstra 2026 target; the Renstra 2025 target is 28.00",
    truth: `'${R}'!${a(rt, "t2025", "r3")}`,
  });
  b.plant({
    at: { sheet: P, cell: a(pr, "kode", "c") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Peningkatan Kompetensi Guru Pembimbing Khusus is coded 1.01.02.2.03.0019 under kegiatan 1.01.02.2.04",
    truth: a(pr, "kode", "keg"),
    actual: `PARENT(${a(pr, "kode", "c")})`,
  });
  for (const id of ["r1", "r4"])
    b.ok({
      sheet: P,
      cell: a(pk, "t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${a(rt, "t2025", id)}`,
    });
  b.ok({
    sheet: P,
    cell: a(pr, "rp", "jml"),
    rules: ["sum-mismatch"],
    truth: a(pr, "rp", "prog"),
    trap: `SUM(${a(pr, "rp", "prog")}:${a(pr, "rp", "c")})`,
  });
  b.ok({
    sheet: P,
    cell: a(pr, "kode", "b"),
    rules: ["code-hierarchy"],
    truth: a(pr, "kode", "keg"),
    actual: `PARENT(${a(pr, "kode", "b")})`,
  });
  const sumY = (id: string) => [2025, 2026, 2027, 2028, 2029].map((y) => a(rt, `t${y}`, id)).join("+");
  b.ok({
    sheet: R,
    cell: a(rt, "kk", "r1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a(rt, "t2029", "r1"),
    trap: sumY("r1"),
  });
  b.ok({
    sheet: R,
    cell: a(rt, "kk", "r4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a(rt, "t2029", "r4"),
    trap: sumY("r4"),
  });
  return b.finish();
}

// ========================================================= IKU matrix 2025-2029 Dikbud NTB

export function ikuSlbNtb(): BookW {
  const b = new BookW(
    "matriks-iku-2025-2029-pendidikan-khusus-dikbud-ntb.xlsx",
    "IKU matrix (pendidikan khusus)",
    "Matriks IKU of the Dikbud NTB 2025-2029: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formula | Satuan | Kondisi Awal (2024) | 'Target Kinerja Tahun' > 2025 .. 2029 | Kondisi Akhir Periode Renstra (2029) | Sumber Data | Penanggung Jawab",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) BIDANG PENDIDIKAN KHUSUS", "Periode Renstra 2025-2029"]);
  s.gap();
  const SA = "Meningkatnya akses pendidikan anak berkebutuhan khusus";
  const SM = "Meningkatnya mutu dan relevansi pendidikan khusus";
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rows = [
    // planted: 2028 falls to 49 between 52 and 56
    {
      id: "u1",
      sas: SA,
      iku: "APS anak berkebutuhan khusus usia 7-18 tahun",
      f: "ABK 7-18 tahun yang bersekolah / ABK 7-18 tahun x 100%",
      sat: "%",
      awal: 45.6,
      k: [48, 50, 52, 49, 56],
      kk: 56,
      sd: "Dapodik, BPS",
      pj: "Bidang PK-PLK",
    },
    // planted: kondisi akhir typed as the 2028 target
    {
      id: "u2",
      sas: SA,
      iku: "Persentase SLB negeri terakreditasi minimal B",
      f: "SLB negeri terakreditasi A/B / seluruh SLB negeri x 100%",
      sat: "%",
      awal: 72,
      k: [76, 80, 84, 88, 92],
      kk: 88,
      sd: "BAN PDM",
      pj: "Bidang PK-PLK",
    },
    {
      id: "u3",
      sas: SM,
      iku: "Angka putus sekolah peserta didik berkebutuhan khusus",
      f: "PDBK putus sekolah / seluruh PDBK x 100%",
      sat: "%",
      awal: 2.1,
      k: [1.9, 1.7, 1.5, 1.3, 1.1],
      kk: 1.1,
      sd: "Dapodik",
      pj: "Bidang PK-PLK",
    },
    {
      id: "u4",
      sas: SM,
      iku: "Persentase lulusan SLB bersertifikat kompetensi",
      f: "lulusan bersertifikat / seluruh lulusan SLB x 100%",
      sat: "%",
      awal: 38.5,
      k: [42, 46, 50, 54, 58],
      kk: 58,
      sd: "LSP, SLB",
      pj: "Bidang PK-PLK",
    },
    {
      id: "u5",
      sas: SM,
      iku: "Rasio peserta didik berkebutuhan khusus terhadap guru pembimbing khusus",
      f: "jumlah PDBK di sekolah inklusif : jumlah GPK",
      sat: "rasio",
      awal: 14.2,
      k: [13.5, 12.8, 12, 11.2, 10.5],
      kk: 10.5,
      sd: "Dapodik",
      pj: "Bidang GTK",
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "iku", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "f", head: ["Formula Perhitungan"], role: "rumus", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...Y.map((y): Col => ({
        key: `t${y}`,
        head: ["Target Kinerja Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 8,
      })),
      {
        key: "kk",
        head: ["Kondisi Akhir Periode Renstra (2029)"],
        role: "kondisi-akhir",
        year: 2029,
        fmt: DEC,
        width: 11,
      },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 14 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 14 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => {
      const cells: Record<string, number | string> = {
        no: i + 1,
        sas: x.sas,
        iku: x.iku,
        f: x.f,
        sat: x.sat,
        awal: x.awal,
        kk: x.kk,
        sd: x.sd,
        pj: x.pj,
      };
      Y.forEach((y, j) => (cells[`t${y}`] = x.k[j]));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "*) IKU nomor 3 dan 5 semakin kecil semakin baik.",
    "Ditetapkan dengan Keputusan Kepala Dinas Nomor 800/112/Dikbud/2025.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2028", "u1") },
    rules: ["target-trend"],
    note: "Target 2028 of the APS ABK falls to 49.00 between 52.00 (2027) and 56.00 (2029) of a rising indicator; about 54.00 is meant",
    truth: `ROUND((${a("t2027", "u1")}+${a("t2029", "u1")})/2,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kk", "u2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the SLB terakreditasi is 88.00, the 2028 target; the 2029 target is 92.00",
    truth: a("t2029", "u2"),
  });
  const sumY = (id: string) => Y.map((y) => a(`t${y}`, id)).join("+");
  for (const id of ["u3", "u4", "u5"])
    b.ok({
      sheet: S,
      cell: a("kk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: sumY(id),
    });
  b.ok({
    sheet: S,
    cell: a("t2029", "u3"),
    rules: ["target-trend"],
    truth: `ROUND(${a("t2028", "u3")}-0.2,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("t2029", "u5"),
    rules: ["target-trend"],
    truth: `ROUND(${a("t2028", "u5")}-0.7,2)`,
  });
  return b.finish();
}
