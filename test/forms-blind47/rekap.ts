// The recap and the plan: the monthly visitor recap 2024 per library service unit of the Dinas
// Perpustakaan dan Kearsipan of Kabupaten Rungan Sepang (Kalimantan Tengah), with a JUMLAH row and
// column, the year's target per unit and its capaian, and the T-C.27 Renstra funding table
// 2025-2030 of the Dinas Komunikasi, Informatika dan Statistik of Kabupaten Tandukkalua (Sulawesi
// Barat) in thousands of rupiah with kondisi akhir (K, Rp). Every office, region, person and number
// is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Ctx } from "../forms/kit";

const BLN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"];

/** Rekapitulasi kunjungan perpustakaan per unit layanan per bulan 2024, Dispusip Rungan Sepang. */
export function rekapKunjunganRunganSepang(): BookW {
  const b = new BookW(
    "rekap-kunjungan-bulanan-unit-layanan-dispusip-kab-rungan-sepang-2024.xlsx",
    "monthly visitor recap per library unit",
    "No | Unit Layanan | 'Jumlah Pengunjung Bulan' > Jan .. Des | JUMLAH | Target 2024 | Capaian (%); JUMLAH row of SUM per month; the Pojok Baca opened in July ('-' before); the JUMLAH capaian is total over total",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN RUNGAN SEPANG",
    "Bidang Layanan dan Pembinaan Perpustakaan",
  ]);
  s.lines(["REKAPITULASI JUMLAH PENGUNJUNG PERPUSTAKAAN MENURUT UNIT LAYANAN", "TAHUN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const units = [
    {
      id: "u1",
      nama: "Gedung Layanan Utama Perpustakaan Daerah",
      n: [1_284, 1_362, 1_105, 948, 1_416, 1_227, 1_538, 1_671, 1_452, 1_509, 1_386, 1_043],
      tgt: 16_000,
    },
    {
      id: "u2",
      nama: "Ruang Layanan Anak dan Remaja",
      n: [412, 455, 371, 306, 488, 602, 574, 521, 463, 497, 452, 538],
      tgt: 5_500,
    },
    {
      id: "u3",
      nama: "Perpustakaan Keliling (Pusling 1) wilayah Sepang Hilir",
      n: [318, 342, 296, 214, 365, 288, 401, 436, 392, 375, 348, 207],
      tgt: 4_200,
    },
    {
      id: "u4",
      nama: "Perpustakaan Keliling (Pusling 2) wilayah Sepang Hulu",
      n: [226, 251, 198, 163, 274, 219, 305, 327, 296, 281, 263, 158],
      tgt: 3_000,
    },
    {
      id: "u5",
      nama: "Pojok Baca Digital Taman Kota Bukit Rawi Indah",
      n: [0, 0, 0, 0, 0, 0, 187, 264, 241, 229, 253, 276],
      tgt: 1_500,
    },
    {
      id: "u6",
      nama: "Layanan Perpustakaan Daring (akses e-Pustaka)",
      n: [534, 568, 612, 497, 583, 641, 677, 702, 659, 688, 715, 742],
      tgt: 7_000,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "unit", head: ["Unit Layanan"], role: "lokasi", width: 34 },
    ...BLN.map((m, i): Col => ({
      key: `m${i}`,
      head: ["Jumlah Pengunjung Bulan", m],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 7,
    })),
    { key: "j", head: ["JUMLAH"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "tgt", head: ["Target 2024"], role: "target", year: 2024, fmt: INT, width: 10 },
    { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const ids = units.map((u) => u.id);
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...units.map((u, k) => ({
        id: u.id,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: k + 1, unit: u.nama, tgt: u.tgt };
          u.n.forEach((v, j) => (c[`m${j}`] = u.id === "u5" && j < 6 ? "-" : v));
          c.j = fx(`SUM(${x.a("m0")}:${x.a("m11")})`);
          // planted: u4's capaian divides by the target of the row above
          c.cap = fx(`ROUND(${x.a("j")}/${x.a("tgt", u.id === "u4" ? "u3" : u.id)}*100,2)`);
          return c;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "unit"] as [string, string],
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: "JUMLAH" };
          BLN.forEach((_, j) => {
            const k = `m${j}`;
            // planted: August's total stops one row short (misses the e-Pustaka row)
            const last = j === 7 ? "u5" : "u6";
            c[k] = fx(`SUM(${x.a(k, "u1")}:${x.a(k, last)})`);
          });
          c.j = fx(`SUM(${x.a("j", "u1")}:${x.a("j", "u6")})`);
          c.tgt = fx(`SUM(${x.a("tgt", "u1")}:${x.a("tgt", "u6")})`);
          c.cap = fx(`ROUND(${x.a("j")}/${x.a("tgt")}*100,2)`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: Pojok Baca Digital Taman Kota mulai beroperasi 1 Juli 2024 (Januari - Juni belum ada layanan).",
    "Capaian JUMLAH = jumlah pengunjung seluruh unit / jumlah target seluruh unit x 100.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Rungan Sepang, 8 Januari 2025",
    jabatan: ["Kepala Bidang Layanan dan Pembinaan Perpustakaan,"],
    nama: "NORHAYATI LAMBUNG, S.IP.",
    pangkat: "Penata Tingkat I",
    nip: "19860519 201001 2 017",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("m7", "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH of August is =SUM(${a("m7", "u1")}:${a("m7", "u5")}), one row short: 3,219 without the e-Pustaka's 702; the six units give 3,921`,
    truth: `SUM(${a("m7", "u1")}:${a("m7", "u6")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "u4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of Pusling 2 divides its 2,961 visitors by the Pusling 1 target 4,200 (70.50); by its own target 3,000 it is 98.70",
    truth: `ROUND(${a("j", "u4")}/${a("tgt", "u4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "jml"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `${a("j", "jml")}/${a("tgt", "jml")}*100`,
    trap: `(${ids.map((id) => a("cap", id)).join("+")})/6`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "u5"),
    rules: ["sum-mismatch", "missing-value"],
    truth: `SUM(${a("m6", "u5")}:${a("m11", "u5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("j", "u1")}:${a("j", "u6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("m11", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m11", "u1")}:${a("m11", "u6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "u2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `${a("j", "u2")}/${a("tgt", "u2")}*100`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  kids?: string[];
  flow?: boolean;
  bold?: boolean;
};

/** T-C.27 Rencana program, kegiatan dan pendanaan 2025-2030, Diskominfostat Kabupaten Tandukkalua. */
export function tc27KominfostatTandukkalua(): BookW {
  const b = new BookW(
    "tc27-pendanaan-ribuan-diskominfostat-kab-tandukkalua-2025-2030.xlsx",
    "T-C.27 Renstra funding table 2025-2030",
    "Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) dan Kegiatan (output) | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > Tahun 2025 .. 2030 > Target | Rp (ribu) | Kondisi Kinerja Akhir Renstra (Target, Rp) | Unit Kerja PD | Lokasi; Rp in thousands; program Rp = SUM of its kegiatan; TOTAL row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANDUKKALUA", "DINAS KOMUNIKASI, INFORMATIKA DAN STATISTIK"]);
  s.lines(
    [
      "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Komunikasi, Informatika dan Statistik Tahun 2025 - 2030",
      "(pendanaan dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029, 2030];
  const ps: P[] = [
    {
      id: "p1",
      kode: "2.16.03",
      nama: "PROGRAM APLIKASI INFORMATIKA",
      ind: "Indeks SPBE Kabupaten Tandukkalua",
      sat: "indeks",
      awal: 2.67,
      // planted: 2028 typed 3.03 (the digits of 3.30 swapped)
      k: [2.8, 3.0, 3.15, 3.03, 3.45, 3.6],
      kids: ["k1", "k2"],
      bold: true,
    },
    {
      id: "k1",
      kode: "2.16.03.2.01",
      nama: "Pengelolaan Nama Domain yang telah Ditetapkan oleh Pemerintah Pusat dan Sub Domain di Lingkup Pemerintah Daerah Kabupaten/Kota",
      ind: "Persentase OPD yang memiliki sub domain aktif",
      sat: "%",
      awal: 72.22,
      k: [77.78, 83.33, 88.89, 94.44, 100, 100],
      rp: [165_000, 172_500, 180_000, 188_000, 196_500, 205_000],
    },
    {
      id: "k2",
      kode: "2.16.03.2.02",
      nama: "Pengelolaan e-government di Lingkup Pemerintah Daerah Kabupaten/Kota",
      ind: "Persentase OPD terhubung jaringan intranet pemerintah daerah",
      sat: "%",
      awal: 58.33,
      k: [66.67, 75, 80.56, 86.11, 91.67, 97.22],
      rp: [1_386_400, 1_452_750, 1_518_200, 1_590_000, 1_664_350, 1_742_800],
    },
    {
      id: "p2",
      kode: "2.20.02",
      nama: "PROGRAM PENYELENGGARAAN STATISTIK SEKTORAL",
      ind: "Persentase OPD yang menyampaikan data statistik sektoral tepat waktu",
      sat: "%",
      awal: 83.33,
      k: [86.11, 88.89, 91.67, 94.44, 97.22, 100],
      kids: ["k3"],
      bold: true,
    },
    {
      id: "k3",
      kode: "2.20.02.2.01",
      nama: "Penyelenggaraan Statistik Sektoral di Lingkup Daerah Kabupaten/Kota",
      ind: "Jumlah dataset statistik sektoral yang dipublikasikan",
      sat: "dataset/tahun",
      awal: 184,
      k: [200, 215, 230, 245, 260, 275],
      rp: [298_600, 312_400, 327_150, 342_800, 358_900, 375_250],
      flow: true,
    },
  ];
  const TG = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 12 },
    { key: "nama", head: ["Program dan Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      { key: `k${y}`, head: [TG, `Tahun ${y}`, "Target"], role: "target", year: y, width: 9 },
      { key: `r${y}`, head: [TG, `Tahun ${y}`, "Rp (ribu)"], role: "anggaran", year: y, fmt: RP, width: 13 },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", year: 2030, width: 9 },
    { key: "akR", head: [AK, "Rp (ribu)"], role: "anggaran", fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      ...ps.map((p) => ({
        id: p.id,
        bold: p.bold,
        cells: (x: Ctx) => {
          const fk = p.sat.startsWith("dataset") ? INT : DEC;
          const c: Record<string, Cell> = {
            kode: p.kode,
            nama: p.nama,
            ind: p.ind,
            sat: p.sat,
            awal: { v: p.awal, fmt: fk },
            pj: p.kode.startsWith("2.20") ? "Bidang Statistik" : "Bidang Aplikasi Informatika",
            lok: "Kabupaten Tandukkalua",
          };
          Y.forEach((y, j) => {
            c[`k${y}`] = { v: p.k[j], fmt: fk };
            c[`r${y}`] = p.kids ? fx(p.kids.map((id) => x.a(`r${y}`, id)).join("+")) : p.rp![j];
          });
          c.akK = p.flow
            ? fx(
                `SUM(${x.a("k2025")},${Y.slice(1)
                  .map((y) => x.a(`k${y}`))
                  .join(",")})`,
              )
            : fx(x.a("k2030"));
          const years = p.id === "k3" ? Y.slice(0, 5) : Y;
          // planted: k3's end Rp adds 2025 .. 2029 only
          c.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
          return c;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "sat"] as [string, string],
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { kode: "TOTAL PENDANAAN" };
          for (const y of Y) c[`r${y}`] = fx(`${x.a(`r${y}`, "p1")}+${x.a(`r${y}`, "p2")}`);
          c.akR = fx(
            `SUM(${x.a("r2025")},${Y.slice(1)
              .map((y) => x.a(`r${y}`))
              .join(",")})`,
          );
          return c;
        },
      },
    ],
  });
  s.gap();
  signature(s, 15, {
    tempat: "Tandukkalua, 24 Juni 2025",
    jabatan: ["Kepala Dinas Komunikasi, Informatika dan Statistik,"],
    nama: "MUH. RIDWAN PAKKAWARU, S.T., M.Eng.",
    pangkat: "Pembina",
    nip: "19810306 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumY = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "k3") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of the statistik sektoral kegiatan adds 2025 .. 2029 only (1,639,850 thousand); with 2030's 375,250 the six years give 2,015,100 thousand",
    truth: sumY("k3"),
  });
  b.plant({
    at: { sheet: S, cell: a("k2028", "p1") },
    rules: ["target-trend"],
    note: "Indeks SPBE target 2028 typed 3.03 between 3.15 (2027) and 3.45 (2029): the digits of 3.30 swapped, the index falls",
    truth: "3.3",
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2030", "p1"),
    trap: Y.map((y) => a(`k${y}`, "p1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2030", "k2"),
    trap: Y.map((y) => a(`k${y}`, "k2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "k3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "k3")).join("+"),
    trap: a("k2030", "k3"),
  });
  b.ok({
    sheet: S,
    cell: a("akR", "k2"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: sumY("k2"),
  });
  b.ok({
    sheet: S,
    cell: a("r2027", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("r2027", "k1")}+${a("r2027", "k2")}`,
    trap: `${a("r2027", "k1")}+${a("r2027", "k2")}+${a("r2027", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k2029", "k1"),
    rules: ["target-trend", "percent-out-of-range"],
    truth: "100",
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k2"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p1"),
    actual: `PARENT(${a("kode", "k2")})`,
  });
  return b.finish();
}
