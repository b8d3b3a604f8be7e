// Performance documents of the Dinas Komunikasi, Informatika dan Statistik: the PK 2025 of the
// provincial Dinas of Jawa Tengah (statement, indicator table, program table whose Jumlah adds the
// programs only) beside the Renstra 2025-2029 targets it quotes, and the IKU matrix 2025-2029 of the
// kota Dinas in Maluku Utara with qualitative targets (Indeks SPBE with its predikat, keterbukaan
// informasi publik) next to numeric ones. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

// ====================================================== PK 2025 and Renstra 2025-2029, Jawa Tengah

type Ik = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  neg?: boolean;
  f: string;
};

export function pkDiskominfoJateng(): BookW {
  const b = new BookW(
    "pk-2025-diskominfo-statistik-jateng-dan-renstra.xlsx",
    "PK 2025 (two tables) beside the Renstra 2025-2029 targets",
    "sheet 'PK 2025': statement page, then No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025 and No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with JUMLAH adding the programs; both parties sign side by side; sheet 'Renstra 2025-2029': No | Indikator Kinerja Utama | Satuan | Kondisi Awal 2024 | 'Target Kinerja Tahun' > 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const S1 = "Meningkatnya kualitas penyelenggaraan pemerintahan berbasis elektronik";
  const S2 = "Meningkatnya ketersediaan data sektoral dan informasi publik yang berkualitas";
  const inds: Ik[] = [
    {
      id: "r1",
      sas: S1,
      ind: "Indeks SPBE Provinsi Jawa Tengah",
      sat: "indeks",
      awal: 3.41,
      k: [3.55, 3.7, 3.85, 4.0, 4.2],
      f: DEC,
    },
    {
      id: "r2",
      sas: S1,
      ind: "Persentase perangkat daerah yang terkoneksi jaringan intra pemerintah",
      sat: "%",
      awal: 86.5,
      k: [88, 90, 92, 94, 96],
      f: DEC,
    },
    {
      id: "r3",
      sas: S1,
      ind: "Jumlah aduan layanan SPBE yang tidak terselesaikan",
      sat: "aduan",
      awal: 14,
      k: [12, 10, 8, 6, 4],
      neg: true,
      f: "0",
    },
    {
      id: "r4",
      sas: S2,
      ind: "Persentase dataset sektoral prioritas yang dipublikasikan tepat waktu",
      sat: "%",
      awal: 62,
      k: [70, 75, 80, 85, 90],
      f: DEC,
    },
    {
      id: "r5",
      sas: S2,
      ind: "Indeks kepuasan masyarakat terhadap layanan informasi publik",
      sat: "nilai",
      awal: 82.1,
      k: [83, 84, 85, 86, 87],
      f: DEC,
    },
  ];
  // ---- Renstra sheet (written first so the PK can quote it)
  const r = b.sheet(R);
  letterhead(r, ["DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK PROVINSI JAWA TENGAH"]);
  r.lines(["Tabel 4.2 Indikator Kinerja Utama dan Target Renstra Tahun 2025-2029"]);
  r.gap();
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Tahun";
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...YEARS.map((y): Col => ({ key: `k${y}`, head: [G, String(y)], role: "target", year: y, width: 9 })),
      { key: "akhir", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: inds.map((x, i): Row => ({
      id: x.id,
      cells: () => {
        const out: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: fmt(x.awal, x.f) };
        YEARS.forEach((y, j) => {
          // planted: the 2027 target of the OPD connected typed as 9.2 (for 92)
          out[`k${y}`] = fmt(x.id === "r2" && y === 2027 ? 9.2 : x.k[j], x.f);
        });
        out.akhir = fmt(x.k[4], x.f);
        return out;
      },
    })),
  });
  r.gap();
  r.lines(["Catatan: indikator nomor 3 semakin kecil semakin baik."]);

  // ---- PK sheet
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI JAWA TENGAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama    : Dr. HENDRA KURNIAWAN SAPUTRO, S.T., M.Kom.",
    "Jabatan : Kepala Dinas Komunikasi, Informatika dan Statistik Provinsi Jawa Tengah",
    "selanjutnya disebut pihak pertama, dan",
    "Nama    : Drs. YULIANTO PRABOWO, M.Si.",
    "Jabatan : Gubernur Jawa Tengah, selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines([
    "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025",
    "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK PROVINSI JAWA TENGAH",
  ]);
  s.gap();
  const PK_T = [3.55, 88, 12, 75, 83];
  const tp = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map(
      // planted: the dataset target 75.00 is the Renstra 2026 target (2025 is 70.00)
      (x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: fmt(PK_T[i], x.f) },
      }),
    ),
  });
  s.gap();
  const progs = [
    {
      id: "g1",
      kode: "2.16.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      rp: 48_906_215_000,
      prog: true,
    },
    {
      id: "g2",
      kode: "2.16.02",
      nm: "Program Informasi dan Komunikasi Publik",
      rp: 9_845_300_000,
      prog: true,
    },
    { id: "g3", kode: "2.16.03", nm: "Program Aplikasi Informatika", rp: 31_270_650_000, prog: true },
    {
      id: "g31",
      kode: "2.16.03.2.01",
      nm: "Pengelolaan Nama Domain dan Sub Domain serta Layanan e-Government",
      rp: 12_418_900_000,
      prog: false,
    },
    {
      id: "g32",
      kode: "2.16.03.2.02",
      nm: "Pengelolaan e-Government di Lingkup Pemerintah Daerah Provinsi",
      rp: 18_851_750_000,
      prog: false,
    },
    {
      id: "g4",
      kode: "2.17.02",
      nm: "Program Penyelenggaraan Statistik Sektoral",
      rp: 3_412_800_000,
      prog: true,
    },
    {
      id: "g5",
      kode: "2.21.02",
      nm: "Program Penyelenggaraan Persandian untuk Pengamanan Informasi",
      rp: 2_118_400_000,
      prog: true,
    },
  ];
  const tg = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 14 },
      { key: "nm", head: ["Program / Kegiatan"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, i): Row => ({
        id: g.id,
        cells: {
          no: g.prog ? progs.slice(0, i + 1).filter((p) => p.prog).length : undefined,
          kode: g.kode,
          nm: g.prog ? g.nm : `- ${g.nm}`,
          rp: g.rp,
          ket: "APBD 2025",
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          rp: fx(
            progs
              .filter((g) => g.prog)
              .map((g) => c.a("rp", g.id))
              .join("+"),
          ),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Semarang, 3 Februari 2025"], 4);
  const top = s.r;
  s.put(top, 2, "Pihak Kedua,");
  s.put(top + 1, 2, "GUBERNUR JAWA TENGAH,");
  s.put(top + 5, 2, "Drs. YULIANTO PRABOWO, M.Si.");
  signature(s, 4, {
    tempat: "Pihak Pertama,",
    jabatan: ["KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK"],
    nama: "Dr. HENDRA KURNIAWAN SAPUTRO, S.T., M.Kom.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19750206 200012 1 003",
  });

  const ap = (k: string, id: string) => tp.a(k, id);
  const ar = (k: string, id: string) => tr.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: ap("t", "r4") },
        { sheet: R, cell: ar("k2025", "r4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the dataset sektoral tepat waktu is 75.00, the Renstra 2026 target; the Renstra 2025 target is 70.00",
    truth: `'${R}'!${ar("k2025", "r4")}`,
  });
  b.plant({
    at: { sheet: R, cell: ar("k2027", "r2") },
    rules: ["target-outlier"],
    note: "Renstra 2027 target of the OPD connected is 9.20 (a decimal typo for 92) in the series 88, 90, ., 94, 96",
    truth: `(${ar("k2026", "r2")}+${ar("k2028", "r2")})/2`,
  });
  for (const id of ["r1", "r2", "r3", "r5"])
    b.ok({
      sheet: P,
      cell: ap("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${ar("k2025", id)}`,
    });
  // the Jumlah adds the five programs, not the two kegiatan listed under Aplikasi Informatika again
  b.ok({
    sheet: P,
    cell: tg.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: ["g1", "g2", "g3", "g4", "g5"].map((id) => tg.a("rp", id)).join("+"),
    trap: `SUM(${tg.a("rp", "g1")}:${tg.a("rp", "g5")})`,
  });
  b.ok({
    sheet: P,
    cell: tg.a("rp", "g3"),
    rules: ["sum-mismatch"],
    truth: `${tg.a("rp", "g31")}+${tg.a("rp", "g32")}`,
  });
  // kondisi akhir: the 2029 target of rates and of the falling count, not their sum
  for (const x of inds)
    b.ok({
      sheet: R,
      cell: ar("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ar("k2029", x.id),
      trap: YEARS.map((y) => ar(`k${y}`, x.id)).join("+"),
    });
  // the falling series of the aduan (lower is better) is no wrong trend
  b.ok({
    sheet: R,
    cell: ar("k2029", "r3"),
    rules: ["target-trend", "target-outlier"],
    truth: `${ar("k2028", "r3")}-2`,
  });
  return b.finish();
}

// ======================================================== IKU 2025-2029 of the kota Dinas (Maluku Utara)

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number | string;
  k: Array<number | string>;
  sumber: string;
};

export function ikuDiskominfoGamkonora(): BookW {
  const b = new BookW(
    "iku-diskominfo-statistik-gamkonora-2025-2029.xlsx",
    "IKU matrix with qualitative targets (Diskominfo dan Statistik kota)",
    "Matriks IKU 2025-2029 of a kota Dinas Kominfo dan Statistik in Maluku Utara: No | Sasaran (merged) | Indikator Kinerja Utama | Formulasi / Cara Pengukuran | Satuan | Kondisi Awal (2024) | 'Target' > 2025 .. 2029 | Kondisi Akhir (2029) | Sumber Data | Penanggung Jawab; targets are predikat with score ('Baik (2,90)'), KIP levels ('Informatif') or percentages",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA GAMKONORA", "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK"]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS NOMOR 050/17/DKIS/I/2025",
    "INDIKATOR KINERJA UTAMA DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK KOTA GAMKONORA TAHUN 2025-2029",
  ]);
  s.gap();
  const SA = "Meningkatnya kualitas tata kelola SPBE";
  const SB = "Meningkatnya keterbukaan informasi dan kualitas data sektoral";
  const rows: Iku[] = [
    {
      id: "u1",
      sas: SA,
      ind: "Indeks SPBE Kota Gamkonora",
      rumus:
        "Nilai hasil evaluasi SPBE oleh Kementerian PANRB (skala 1-5) dengan predikat Kurang / Cukup / Baik / Sangat Baik / Memuaskan",
      sat: "indeks (predikat)",
      awal: "Baik (2,71)",
      k: ["Baik (2,90)", "Baik (3,10)", "Baik (3,30)", "Sangat Baik (3,50)", "Sangat Baik (3,70)"],
      sumber: "Laporan evaluasi SPBE KemenPANRB",
    },
    {
      id: "u2",
      sas: SA,
      ind: "Persentase OPD yang terkoneksi jaringan intra pemerintah",
      rumus: "Jumlah OPD terkoneksi / jumlah seluruh OPD x 100%",
      sat: "%",
      awal: 87.5,
      k: [90, 92.5, 95, 97.5, 100],
      sumber: "Bidang Aplikasi Informatika",
    },
    {
      id: "u3",
      sas: SA,
      ind: "Tingkat ketersediaan layanan jaringan dan pusat data (uptime)",
      rumus: "Waktu layanan aktif / total waktu layanan dalam setahun x 100%",
      sat: "%",
      awal: 99.2,
      k: [99.5, 99.6, 99.7, 99.8, 99.9],
      sumber: "Log monitoring NOC",
    },
    {
      id: "u4",
      sas: SB,
      ind: "Predikat keterbukaan informasi publik Kota Gamkonora",
      rumus: "Hasil monitoring dan evaluasi Komisi Informasi Provinsi Maluku Utara",
      sat: "predikat",
      awal: "Menuju Informatif",
      k: ["Menuju Informatif", "Informatif", "Informatif", "Informatif", "Informatif"],
      sumber: "Komisi Informasi Provinsi",
    },
    {
      id: "u5",
      sas: SB,
      ind: "Persentase dataset sektoral yang dipublikasikan sesuai jadwal rilis",
      rumus: "Dataset terpublikasi tepat jadwal / dataset dalam daftar data x 100%",
      sat: "%",
      awal: 64.2,
      k: [70, 75, 80, 85, 90],
      sumber: "Portal Satu Data Gamkonora",
    },
  ];
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Formulasi / Cara Pengukuran"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 14 },
    ...YEARS.map((y): Col => ({
      key: `k${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 14,
    })),
    { key: "akhir", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 14 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 20 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const val = (v: number | string): Cell => (typeof v === "number" ? fmt(v, DEC) : v);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: () => {
        const out: Record<string, Cell> = {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          rumus: x.rumus,
          sat: x.sat,
          awal: val(x.awal),
          // planted: the dataset's kondisi akhir is the 2028 target
          akhir: val(x.id === "u5" ? x.k[3] : x.k[4]),
          src: x.sumber,
          pj:
            x.id === "u4" || x.id === "u5" ? "Sekretaris / Bidang Statistik" : "Bidang Aplikasi Informatika",
        };
        YEARS.forEach((y, j) => {
          // planted: the uptime target 2027 typed 997 (the comma of 99,7 lost)
          out[`k${y}`] = val(x.id === "u3" && y === 2027 ? 997 : x.k[j]);
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Predikat Indeks SPBE: < 1,8 Kurang; 1,8 - < 2,6 Cukup; 2,6 - < 3,5 Baik; 3,5 - < 4,2 Sangat Baik; 4,2 - 5,0 Memuaskan.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Gamkonora, 8 Januari 2025",
    jabatan: ["Kepala Dinas Komunikasi, Informatika dan Statistik", "Kota Gamkonora,"],
    nama: "RISNAWATI M. SAMAD, S.Kom., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19780923 200312 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akhir", "u5") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the dataset sektoral sesuai jadwal (a rate) is 85.00, the 2028 target; the 2029 target is 90.00",
    truth: a("k2029", "u5"),
  });
  b.plant({
    at: { sheet: S, cell: a("k2027", "u3") },
    rules: ["percent-out-of-range", "target-outlier"],
    note: "The 2027 uptime target is 997 % (99,7 typed without its comma) between 99.60 and 99.80",
    truth: `(${a("k2026", "u3")}+${a("k2028", "u3")})/2`,
  });
  // kondisi akhir of a rate is its last target, not the sum of the five years
  b.ok({
    sheet: S,
    cell: a("akhir", "u2"),
    rules: ["kondisi-akhir-mismatch", "percent-out-of-range"],
    truth: a("k2029", "u2"),
    trap: YEARS.map((y) => a(`k${y}`, "u2")).join("+"),
  });
  b.ok({ sheet: S, cell: a("akhir", "u1"), rules: ["kondisi-akhir-mismatch"], truth: a("k2029", "u1") });
  b.ok({ sheet: S, cell: a("akhir", "u4"), rules: ["kondisi-akhir-mismatch"], truth: a("k2029", "u4") });
  b.ok({ sheet: S, cell: a("akhir", "u3"), rules: ["kondisi-akhir-mismatch"], truth: a("k2029", "u3") });
  b.ok({ sheet: S, cell: a("k2029", "u2"), rules: ["percent-out-of-range"], truth: "100" });
  b.ok({
    sheet: S,
    cell: a("k2029", "u3"),
    rules: ["percent-out-of-range", "target-outlier"],
    truth: `${a("k2028", "u3")}+0.1`,
  });
  return b.finish();
}
