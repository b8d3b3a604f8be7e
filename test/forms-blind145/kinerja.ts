// Performance tables: the LKjIP 2024 measurement table of a Dispora in Sulawesi Tenggara (a lower-is-better
// rate with refleksi), the PK 2025 of a Dinas Pariwisata in Kalimantan Tengah beside its Renstra 2025-2029
// targets, and the IKU matrix 2025-2029 of a second Dinas Pariwisata. Every name and number is invented.
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
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ====================================================== LKjIP Dispora Kabupaten Konawe Pesisir 2024

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
};

export function lkjipDispora(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-dispora-konawe-pesisir.xlsx",
    "LKjIP pengukuran kinerja (Dispora)",
    "LKjIP 2024 Tabel 3.1 of a Dispora in Sulawesi Tenggara: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori | Realisasi 2023; ROUND formulas, refleksi on the two lower-is-better rows; rata-rata footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEMUDA DAN OLAHRAGA", "KABUPATEN KONAWE PESISIR"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya peran serta pemuda dalam pembangunan";
  const S2 = "Meningkatnya prestasi olahraga daerah";
  const rows: L[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase organisasi kepemudaan yang aktif",
      sat: "%",
      t: 70,
      r: 72.5,
      r23: 66.4,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Jumlah wirausaha muda baru yang dibina",
      sat: "orang",
      t: 150,
      r: 117,
      r23: 128,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Jumlah medali yang diraih pada Porprov dan Kejurprov",
      sat: "medali",
      t: 60,
      r: 64,
      r23: 51,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase sarana olahraga dalam kondisi rusak berat",
      sat: "%",
      t: 15,
      r: 12.6,
      r23: 17.2,
      neg: true,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah atlet yang terkena sanksi disiplin/doping",
      sat: "orang",
      t: 4,
      r: 5,
      r23: 6,
      neg: true,
    },
  ];
  const cap = (x: L) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const avg = round(sum(rows.map(cap)) / rows.length);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, width: 10 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
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
          // planted: the sanksi row (lower is better) carries the R / T formula of the rows above
          c: fx(x.neg && x.id !== "i5" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 78.00 of the wirausaha row is right; "Sangat Baik" typed instead
          p: x.id === "i2" ? "Sangat Baik" : predikatBaik(cap(x)),
          r23: x.r23,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 4 dan 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the atlet sanksi (lower is better by the note) is =ROUND(R/T*100,2) = 125.00; (2 x 4 - 5) / 4 gives 75.00, as row 4 computes",
    truth: refl(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for 78.00 (117 of 150); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i4"), a("t", "i4")),
    trap: rt(a("r", "i4"), a("t", "i4")),
  });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

// ====================================================== PK 2025 Dinas Pariwisata Kabupaten Barito Hilir Raya

type P = { id: string; ind: string; sat: string; y: number[]; level: boolean; f: string };

export function pkDispar(): BookW {
  const b = new BookW(
    "pk-2025-dinas-pariwisata-barito-hilir-raya.xlsx",
    "Perjanjian Kinerja with Renstra (Dinas Pariwisata)",
    "PK 2025 of a Dinas Pariwisata in Kalimantan Tengah: indicator table No | Sasaran | Indikator Kinerja | Satuan | Target 2025, program table No | Kode | Program | Anggaran (Rp) | Keterangan with a JUMLAH formula; sheet 'Renstra Dispar' with the indicator targets 2025-2029 and kondisi akhir",
  );
  const P1 = "PK 2025";
  const P2 = "Renstra Dispar";
  const inds: P[] = [
    {
      id: "w",
      ind: "Jumlah kunjungan wisatawan nusantara",
      sat: "orang",
      y: [186_500, 198_000, 210_000, 223_500, 237_000],
      level: true,
      f: RP,
    },
    {
      id: "l",
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      y: [1.8, 1.9, 2.0, 2.1, 2.2],
      level: true,
      f: DEC,
    },
    {
      id: "d",
      ind: "Persentase destinasi wisata yang dikelola sesuai standar",
      sat: "%",
      y: [40, 45, 50, 55, 60],
      level: true,
      f: DEC,
    },
    {
      id: "e",
      ind: "Jumlah event pariwisata berskala provinsi",
      sat: "event",
      y: [3, 3, 4, 4, 5],
      level: false,
      f: "0",
    },
  ];
  // Renstra sheet
  const r = b.sheet(P2);
  letterhead(r, ["DINAS PARIWISATA KABUPATEN BARITO HILIR RAYA"]);
  r.lines(["Target Indikator Kinerja Renstra Dinas Pariwisata Tahun 2025-2029"]);
  r.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...[0, 1, 2, 3, 4].map((j): Col => ({
      key: `y${j}`,
      head: ["Target", String(2025 + j)],
      role: "target",
      year: 2025 + j,
      width: 11,
    })),
    { key: "ak", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", width: 13 },
  ];
  const rt2 = r.table({
    cols: rcols,
    headerRows: 2,
    rows: inds.map((x, i): Row => {
      const c: Record<string, number | string | ReturnType<typeof fmt>> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
      };
      x.y.forEach((v, j) => (c[`y${j}`] = fmt(v, x.f)));
      c.ak = fmt(x.level ? x.y[4] : sum(x.y), x.f);
      return { id: x.id, cells: c };
    }),
  });
  // PK sheet
  const s = b.sheet(P1);
  letterhead(s, ["PEMERINTAH KABUPATEN BARITO HILIR RAYA", "DINAS PARIWISATA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya daya tarik dan kunjungan wisata daerah",
        ind: x.ind,
        sat: x.sat,
        // planted: the kunjungan target is the Renstra 2026 value
        t: fmt(x.id === "w" ? x.y[1] : x.y[0], x.f),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["3.26.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 3_846_275_000],
    ["3.26.02", "Program Peningkatan Daya Tarik Destinasi Pariwisata", 2_315_600_000],
    ["3.26.03", "Program Pemasaran Pariwisata", 1_128_450_000],
    [
      "3.26.04",
      "Program Pengembangan Ekonomi Kreatif melalui Pemanfaatan dan Perlindungan Hak Kekayaan Intelektual",
      412_900_000,
    ],
    ["3.26.05", "Program Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif", 586_300_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "pr", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: `g${i}`,
        cells: { no: i + 1, kode: p[0], pr: p[1], rp: p[2], ket: "APBD" },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "pr"],
        // planted: one row short
        cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "g0")}:${c.a("rp", "g3")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Buntok Hilir, 3 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA", "KABUPATEN BARITO HILIR RAYA,"],
    nama: "RAHMADI NOOR, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760312 200212 1 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P1, cell: t1.a("t", "w") },
        { sheet: P2, cell: rt2.a("y0", "w") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the kunjungan wisatawan nusantara is 198,000, the Renstra 2026 target; the Renstra 2025 target is 186,500",
    truth: `'${P2}'!${rt2.a("y0", "w")}`,
  });
  b.plant({
    at: { sheet: P1, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH is =SUM over the first four programs (7,703,225,000); with the Program Pengembangan Sumber Daya (586,300,000) it is 8,289,525,000",
    truth: `SUM(${t2.a("rp", "g0")}:${t2.a("rp", "g4")})`,
  });
  for (const id of ["l", "d", "e"])
    b.ok({
      sheet: P1,
      cell: t1.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${P2}'!${rt2.a("y0", id)}`,
    });
  // traps: the rates and stocks end at the 2029 target, not the sum of the five years
  for (const id of ["w", "l", "d"])
    b.ok({
      sheet: P2,
      cell: rt2.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt2.a("y4", id),
      trap: `SUM(${rt2.a("y0", id)}:${rt2.a("y4", id)})`,
    });
  b.ok({
    sheet: P2,
    cell: rt2.a("ak", "e"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${rt2.a("y0", "e")}:${rt2.a("y4", "e")})`,
  });
  return b.finish();
}

// ====================================================== IKU Dinas Pariwisata Kabupaten Kotawaringin Selatan

export function ikuDispar(): BookW {
  const b = new BookW(
    "iku-matriks-dinas-pariwisata-kotawaringin-selatan.xlsx",
    "IKU matrix with targets (Dinas Pariwisata)",
    "IKU 2025-2029 of a Dinas Pariwisata in Kalimantan Tengah: No | Sasaran | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal 2024 | Target Tahun ke-1 .. ke-5 (years from the title) | Penanggung Jawab",
  );
  const S = "IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KOTAWARINGIN SELATAN",
    "DINAS PARIWISATA, KEBUDAYAAN, KEPEMUDAAN DAN OLAHRAGA",
  ]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) PERIODE 2025-2029"]);
  s.gap();
  type I = { id: string; sas: string; ind: string; rumus: string; sat: string; awal: number; y: number[] };
  const SA = "Meningkatnya kontribusi sektor pariwisata terhadap perekonomian daerah";
  const SB = "Meningkatnya kualitas destinasi wisata";
  const rows: I[] = [
    {
      id: "a",
      sas: SA,
      ind: "Tingkat hunian kamar hotel",
      rumus: "kamar terjual / kamar tersedia x 100%",
      sat: "%",
      awal: 56,
      y: [58, 60, 6.2, 64, 66],
    },
    {
      id: "b",
      sas: SA,
      ind: "Kontribusi PAD sektor pariwisata",
      rumus: "PAD pariwisata / total PAD x 100%",
      sat: "%",
      awal: 3.4,
      y: [3.6, 3.8, 4.0, 4.2, 4.4],
    },
    {
      id: "c",
      sas: SB,
      ind: "Persentase daya tarik wisata dalam kondisi rusak",
      rumus: "DTW rusak / jumlah DTW x 100%",
      sat: "%",
      awal: 22,
      y: [20, 18, 16, 19.5, 12],
    },
    {
      id: "d",
      sas: SB,
      ind: "Jumlah aduan wisatawan atas pelayanan destinasi",
      rumus: "jumlah aduan yang tercatat dalam setahun",
      sat: "aduan",
      awal: 35,
      y: [32, 29, 26, 23, 20],
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Formulasi"], role: "rumus", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...[0, 1, 2, 3, 4].map((j): Col => ({
      key: `y${j}`,
      head: ["Target", `Tahun ke-${j + 1}`],
      role: "target",
      year: 2025 + j,
      width: 9,
    })),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => {
      const c: Record<string, number | string> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        pj: "Bidang Destinasi",
      };
      x.y.forEach((v, j) => (c[`y${j}`] = v));
      return { id: x.id, cells: c };
    }),
  });
  s.gap();
  s.lines(["Keterangan: indikator 3 dan 4 semakin kecil semakin baik."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2", "a") },
    rules: ["target-outlier"],
    note: "Tahun ke-3 (2027) target of the hotel occupancy is 6.2 among 58 .. 66; the path of +2 a year gives 62 (decimal point slipped)",
    truth: `(${a("y1", "a")}+${a("y3", "a")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y3", "c") },
    rules: ["target-trend"],
    note: "Tahun ke-4 (2028) target of the damaged DTW share (lower is better) rises to 19.5 between 16 and 12; the path of -2 a year gives 14",
    truth: `(${a("y2", "c")}+${a("y4", "c")})/2`,
  });
  for (const j of [1, 2, 3])
    b.ok({ sheet: S, cell: a(`y${j}`, "d"), rules: ["target-trend"], truth: `${a(`y${j - 1}`, "d")}-3` });
  for (const j of [1, 3])
    b.ok({ sheet: S, cell: a(`y${j}`, "b"), rules: ["target-outlier"], truth: `${a(`y${j - 1}`, "b")}+0.2` });
  return b.finish();
}
