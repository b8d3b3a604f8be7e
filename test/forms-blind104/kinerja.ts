// Performance tables of a Badan Kesbangpol: the LKjIP 2024 measurement of a Sulawesi Barat-like
// provincial Badan (partisipasi pemilih, ormas melapor, LPJ banparpol tepat waktu; the index of
// kerawanan konflik and the number of konflik sosial are lower-is-better and use the refleksi), and
// the PK 2025 of a Jawa Tengah-like provincial Badan beside the Renstra 2025-2029 targets it quotes.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ================================================================ LKjIP 2024, Kesbangpol Sulawesi Barat

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  t26: number;
};

export function lkjipKesbangpolSulbar(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-kesbangpol-sulbar-2024.xlsx",
    "LKjIP pengukuran kinerja (Kesbangpol)",
    "LKjIP 2024 Tabel 3.1 of a provincial Badan Kesbangpol in Sulawesi Barat: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Target Akhir Renstra 2026; capaian ROUND formulas, refleksi for the two lower-is-better rows; Kategori typed in the Baik words; Rata-rata and Kategori footer; the scale as a note",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, ["BADAN KESATUAN BANGSA DAN POLITIK", "PROVINSI SULAWESI BARAT"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya partisipasi politik masyarakat";
  const S2 = "Terjaganya stabilitas keamanan dan ketertiban sosial";
  const S3 = "Meningkatnya akuntabilitas ormas dan partai politik";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase partisipasi pemilih pada Pemilu 2024",
      sat: "%",
      r23: 0,
      t: 78,
      r: 81.42,
      t26: 80,
    },
    {
      id: "i2",
      sas: S2,
      ind: "Indeks kerawanan konflik sosial",
      sat: "indeks",
      r23: 2.61,
      t: 2.5,
      r: 2.35,
      neg: true,
      t26: 2.3,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Jumlah kejadian konflik sosial",
      sat: "kejadian",
      r23: 9,
      t: 6,
      r: 8,
      neg: true,
      t26: 4,
    },
    {
      id: "i4",
      sas: S3,
      ind: "Persentase ormas terdaftar yang aktif menyampaikan laporan kegiatan",
      sat: "%",
      r23: 57.9,
      t: 70,
      r: 58.4,
      t26: 80,
    },
    {
      id: "i5",
      sas: S3,
      ind: "Persentase partai politik yang menyampaikan LPJ bantuan keuangan tepat waktu",
      sat: "%",
      r23: 75,
      t: 100,
      r: 90,
      t26: 100,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "kat", head: ["Tahun 2024", "Kategori"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", width: 11 },
  ];
  const cap = (i: Ind) => (i.neg ? ((2 * i.t - i.r) / i.t) * 100 : (i.r / i.t) * 100);
  const body = rows.map((i, n): Row => ({
    id: i.id,
    cells: (x: Ctx) => ({
      no: n + 1,
      sas: i.sas,
      ind: i.ind,
      sat: i.sat,
      // the 2023 partisipasi: no pemilu that year
      r23: i.id === "i1" ? "-" : i.r23,
      t: i.t,
      r: i.r,
      // planted: the konflik count (lower is better) with the positive formula R / T
      cap: fx(i.neg && i.id !== "i3" ? refl(x.a("r"), x.a("t")) : rt(x.a("r"), x.a("t"))),
      // planted: "Sangat Baik" for the ormas row's 83.43
      // the konflik row's kategori follows its (wrong) 133.33, as the office wrote it
      kat: i.id === "i4" || i.id === "i3" ? "Sangat Baik" : predikatBaik(Math.round(cap(i) * 100) / 100),
      t26: i.t26,
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian kinerja",
          cap: fx(`ROUND(AVERAGE(${x.a("cap", "i1")}:${x.a("cap", "i5")}),2)`),
          kat: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator Indeks kerawanan konflik sosial dan Jumlah kejadian konflik sosial bersifat negatif (semakin kecil semakin baik);",
    "capaian = (2 x Target - Realisasi) / Target x 100. Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Mamuju, 26 Februari 2025",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "PROVINSI SULAWESI BARAT,"],
    nama: "Dr. H. MUHAMMAD ARSYAD LATANRO, S.Sos., M.AP.",
    nip: "19710827 199403 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of Jumlah kejadian konflik sosial (lower is better by the note) is =ROUND(R/T*100,2) = 133.33; (2 x 6 - 8) / 6 gives 66.67, as the index row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for a capaian of 83.43 (58.40 against 70); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("cap", "i4")})`,
  });
  // refleksi on the index: (2 x 2.5 - 2.35) / 2.5 = 106.00, not R / T = 94.00
  b.ok({
    sheet: S,
    cell: a("cap", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i2"), a("t", "i2")),
    trap: rt(a("r", "i2"), a("t", "i2")),
  });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("cap", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  // 90.00 is not above 90: Baik
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", id)})`,
    });
  b.ok({ sheet: S, cell: a("t26", "i2"), rules: ["target-trend"], truth: "2.3" });
  return b.finish();
}

// ======================================================= PK 2025 and Renstra 2025-2029, Kesbangpol Jateng

type Sas = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[]; neg?: boolean };

export function pkKesbangpolJateng(): BookW {
  const b = new BookW(
    "pk-2025-kepala-kesbangpol-jateng-renstra.xlsx",
    "PK 2025 beside the Renstra (Kesbangpol)",
    "PK 2025 of a provincial Badan Kesbangpol in Jawa Tengah: sheet 'PK 2025' with the statement, table 1 No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, table 2 No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra 2025-2029' with No | Indikator Kinerja Sasaran | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029; a lower-is-better index with falling targets",
  );
  const PK = "PK 2025";
  const RS = "Renstra 2025-2029";
  const rs = b.sheet(RS);
  const sasaran: Sas[] = [
    {
      id: "a1",
      sas: "Meningkatnya wawasan kebangsaan dan ideologi Pancasila",
      ind: "Indeks wawasan kebangsaan masyarakat",
      sat: "indeks",
      awal: 71.4,
      k: [72.5, 73.5, 74.5, 75.5, 76.5],
    },
    {
      id: "a2",
      sas: "Meningkatnya kualitas demokrasi dan partisipasi politik",
      ind: "Persentase partisipasi pemilih pada Pilkada",
      sat: "%",
      awal: 76.1,
      k: [78, 78.5, 79, 79.5, 80],
    },
    {
      id: "a3",
      sas: "Meningkatnya akuntabilitas ormas",
      ind: "Persentase ormas terdaftar yang aktif menyampaikan laporan",
      sat: "%",
      awal: 82.6,
      k: [84, 86, 88, 90, 92],
    },
    {
      id: "a4",
      sas: "Menurunnya kerawanan konflik sosial",
      ind: "Indeks potensi konflik sosial (semakin kecil semakin baik)",
      sat: "indeks",
      awal: 2.48,
      k: [2.4, 2.32, 2.25, 2.18, 2.1],
      neg: true,
    },
  ];
  letterhead(rs, ["BADAN KESATUAN BANGSA DAN POLITIK PROVINSI JAWA TENGAH"]);
  rs.lines(["Tabel 5.2 Target Indikator Kinerja Sasaran Renstra 2025-2029"]);
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
    ...[2025, 2026, 2027, 2028, 2029].map((y, i): Col => ({
      key: `k${i}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
  ];
  const rt1 = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: sasaran.map((x, n): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: n + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, i) => [`k${i}`, v])),
        ak: fx(c.a("k4")),
      }),
    })),
  });

  const s = b.sheet(PK);
  letterhead(s, ["PEMERINTAH PROVINSI JAWA TENGAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : Dr. HARYANTO SURYO NEGORO, S.H., M.Si.",
    "Jabatan : Kepala Badan Kesatuan Bangsa dan Politik Provinsi Jawa Tengah",
    "selanjutnya disebut PIHAK PERTAMA, berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "BADAN KESATUAN BANGSA DAN POLITIK PROVINSI JAWA TENGAH"]);
  s.gap();
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    { key: "t", head: ["Target 2025"], role: "target", year: 2025, num: "(5)", fmt: DEC, width: 10 },
  ];
  const pt = s.table({
    cols: pcols,
    headerRows: 1,
    numberRow: "plain",
    rows: sasaran.map((x, n): Row => ({
      id: x.id,
      // planted: the ormas target 86.00 is the Renstra 2026 target
      cells: { no: n + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "a3" ? x.k[1] : x.k[0] },
    })),
  });
  s.gap();
  const progs = [
    {
      id: "g1",
      kode: "8.01.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      rp: 18_426_350_000,
    },
    {
      id: "g2",
      kode: "8.01.02",
      nama: "Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan",
      rp: 2_184_600_000,
    },
    {
      id: "g3",
      kode: "8.01.03",
      nama: "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik",
      rp: 14_952_375_000,
    },
    {
      id: "g4",
      kode: "8.01.04",
      nama: "Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan",
      rp: 1_206_480_000,
    },
    {
      id: "g5",
      kode: "8.01.06",
      nama: "Program Peningkatan Kewaspadaan Nasional dan Penanganan Konflik Sosial",
      rp: 3_318_900_000,
    },
  ];
  const gcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 12 },
    { key: "prog", head: ["Program"], width: 44 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
  ];
  const gt = s.table({
    cols: gcols,
    headerRows: 1,
    rows: [
      ...progs.map((g, n): Row => ({
        id: g.id,
        cells: {
          no: n + 1,
          kode: g.kode,
          prog: g.nama,
          rp: g.rp,
          ket: g.id === "g3" ? "termasuk banparpol" : "APBD",
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        // planted: one row short (the konflik sosial program left out)
        cells: (x: Ctx) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Semarang, 3 Januari 2025",
    jabatan: ["Kepala Badan Kesatuan Bangsa dan Politik", "Provinsi Jawa Tengah,"],
    nama: "Dr. HARYANTO SURYO NEGORO, S.H., M.Si.",
    nip: "19690214 199303 1 003",
  });

  const ra = (k: string, id: string) => `'${RS}'!${rt1.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: PK, cell: pt.a("t", "a3") },
        { sheet: RS, cell: rt1.a("k0", "a3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the ormas reporting rate is 86.00, the Renstra 2026 target; the Renstra 2025 target is 84.00",
    truth: ra("k0", "a3"),
  });
  b.plant({
    at: { sheet: PK, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is =SUM over the first four programs (36,769,805,000); with the konflik sosial program's 3,318,900,000 it is 40,088,705,000",
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g5")})`,
  });
  for (const id of ["a1", "a2", "a4"])
    b.ok({ sheet: PK, cell: pt.a("t", id), rules: ["cross-table-mismatch"], truth: ra("k0", id) });
  for (const id of ["a1", "a3", "a4"])
    b.ok({
      sheet: RS,
      cell: rt1.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt1.a("k4", id),
      trap: [0, 1, 2, 3, 4].map((i) => rt1.a(`k${i}`, id)).join("+"),
    });
  b.ok({ sheet: RS, cell: rt1.a("k4", "a4"), rules: ["target-trend"], truth: "2.1" });
  return b.finish();
}
