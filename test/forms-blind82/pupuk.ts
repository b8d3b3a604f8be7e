// Pupuk bersubsidi tables of the eighty-second unseen set: the yearly recap of alokasi and realisasi
// penyaluran per kecamatan of the Dinas Pertanian Kabupaten Way Tenumbang (Lampung), jenis by jenis in
// three groups, and the per-jenis blocks (Alokasi | Realisasi | %) of the Dinas Tanaman Pangan dan
// Hortikultura Kabupaten Lembah Napu (Sulawesi Tengah). % serapan is computed per row and for the
// JUMLAH from the totals, never summed. Every name and number is invented.
import { BookW, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const TON = "#,##0.00";
const PCT = "0.00";
export const pct = (R: string, T: string): string => `ROUND(${R}/${T}*100,2)`;

type Kec = { id: string; nama: string; a: number[]; r: number[] };

// ==================================================== Way Tenumbang (Lampung): three groups of three

/** No | Kecamatan | 'Alokasi (Ton)' > Urea, NPK, Organik | 'Realisasi Penyaluran (Ton)' > .. | '% Serapan' > .. | Ket. */
export function pupukWayTenumbang(): BookW {
  const b = new BookW(
    "rekap-alokasi-realisasi-pupuk-subsidi-kecamatan-distan-way-tenumbang.xlsx",
    "Rekapitulasi alokasi dan realisasi pupuk bersubsidi per kecamatan 2024 (Dinas Pertanian)",
    "No | Kecamatan | 'Alokasi (Ton)' > Urea | NPK | Organik | 'Realisasi Penyaluran (Ton)' > Urea | NPK | Organik | '% Serapan' > Urea | NPK | Organik | Keterangan; number row 1 .. 12; nine kecamatan, JUMLAH KABUPATEN with SUM and % from the totals; letterhead, keadaan line, notes and signature",
  );
  const S = "Rekap Pupuk 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAY TENUMBANG",
    "DINAS PERTANIAN",
    "Jl. Lintas Timur Km. 7 Tanjung Ratu Ilir",
  ]);
  s.lines(
    [
      "REKAPITULASI ALOKASI DAN REALISASI PENYALURAN PUPUK BERSUBSIDI PER KECAMATAN TAHUN 2024",
      "Keadaan s.d. 31 Desember 2024 (sumber: e-RDKK dan laporan distributor)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  // planted 1: Rawa Pitu Jaya realisasi Urea typed 3,214.65 for 2,314.65
  const xs: Kec[] = [
    { id: "k1", nama: "Way Tenumbang", a: [2845.5, 1962.3, 412.0], r: [2712.85, 1804.1, 296.4] },
    { id: "k2", nama: "Tanjung Ratu Ilir", a: [3410.25, 2533.8, 538.5], r: [3288.4, 2417.65, 538.5] },
    { id: "k3", nama: "Sukadana Baru", a: [1986.0, 1420.45, 245.0], r: [1874.35, 1298.2, 187.25] },
    { id: "k4", nama: "Rawa Pitu Jaya", a: [3125.4, 2208.6, 460.75], r: [3214.65, 2041.3, 352.8] },
    { id: "k5", nama: "Marga Sekampung", a: [2267.8, 1675.25, 318.0], r: [2190.45, 1602.8, 244.6] },
    { id: "k6", nama: "Bumi Nabung Timur", a: [4018.6, 3102.4, 587.25], r: [3876.2, 2965.75, 471.9] },
    { id: "k7", nama: "Gedung Wani", a: [1548.35, 1087.9, 176.5], r: [1502.6, 1014.45, 126.3] },
    { id: "k8", nama: "Pekalongan Hilir", a: [2634.7, 1893.15, 395.0], r: [2587.9, 1826.4, 301.75] },
    { id: "k9", nama: "Labuhan Ratu Lima", a: [2102.9, 1546.7, 284.25], r: [2041.15, 1488.35, 219.6] },
  ];
  const J = ["u", "n", "o"];
  const NM = ["Urea", "NPK", "Organik"];
  const GA = "Alokasi (Ton)";
  const GR = "Realisasi Penyaluran (Ton)";
  const GS = "% Serapan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 22 },
    ...J.map((j, i): Col => ({
      key: `a${j}`,
      head: [GA, NM[i]],
      role: "target",
      year: 2024,
      num: 3 + i,
      fmt: TON,
    })),
    ...J.map((j, i): Col => ({
      key: `r${j}`,
      head: [GR, NM[i]],
      role: "realisasi",
      year: 2024,
      num: 6 + i,
      fmt: TON,
    })),
    ...J.map((j, i): Col => ({
      key: `s${j}`,
      head: [GS, NM[i]],
      role: "capaian",
      year: 2024,
      num: 9 + i,
      fmt: PCT,
    })),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 12, width: 22 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const o: Record<string, ReturnType<typeof fx> | number | string> = { no: i + 1, kec: x.nama };
      J.forEach((j, k) => {
        o[`a${j}`] = x.a[k];
        o[`r${j}`] = x.r[k];
        o[`s${j}`] = fx(pct(c.a(`r${j}`), c.a(`a${j}`)));
      });
      if (x.id === "k2") o.ket = "Organik terserap penuh";
      if (x.id === "k6") o.ket = "Realokasi dari Gedung Wani";
      return o;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    cells: (c) => {
      const o: Record<string, ReturnType<typeof fx> | string> = { kec: "JUMLAH KABUPATEN" };
      for (const j of J) {
        // planted 2: the NPK realisasi total stops at Pekalongan Hilir
        const last = j === "n" ? "k8" : "k9";
        o[`a${j}`] = fx(`SUM(${c.a(`a${j}`, "k1")}:${c.a(`a${j}`, "k9")})`);
        o[`r${j}`] = fx(`SUM(${c.a(`r${j}`, "k1")}:${c.a(`r${j}`, last)})`);
        o[`s${j}`] = fx(pct(c.a(`r${j}`), c.a(`a${j}`)));
      }
      return o;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan:",
    "1. % Serapan = Realisasi / Alokasi x 100; baris jumlah dihitung dari total, bukan penjumlahan persentase.",
    "2. Alokasi sesuai SK Kepala Dinas Pertanian Nomor 521.3/014/V.02/2024 dan perubahannya.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Ratu Ilir, 13 Januari 2025",
    jabatan: ["Kepala Dinas Pertanian", "Kabupaten Way Tenumbang,"],
    nama: "Ir. HENDRA SAPUTRA WIRANEGARA, M.M.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19741106 200212 1 003",
  });
  const a = (k: string, r: string) => t.a(k, r);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("ru", "k4") },
        { sheet: S, cell: a("su", "k4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "realisasi Urea of Rawa Pitu Jaya typed 3,214.65 ton, above its alokasi 3,125.40 (serapan 102.86 %); the distributor report gives 2,314.65 (74.06 %), digits swapped",
    truth: "2314.65",
  });
  b.plant({
    at: { sheet: S, cell: a("rn", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH realisasi NPK =SUM over the first eight kecamatan = 14,970.65 leaves out Labuhan Ratu Lima (1,488.35); the nine give 16,459.00 (the other totals sum all nine)",
    truth: `SUM(${a("rn", "k1")}:${a("rn", "k9")})`,
  });
  b.ok({
    sheet: S,
    cell: a("so", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: pct(a("ro", "jml"), a("ao", "jml")),
    trap: `SUM(${a("so", "k1")}:${a("so", "k9")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ro", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ro", "k1")}:${a("ro", "k9")})`,
  });
  b.ok({
    sheet: S,
    cell: a("au", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("au", "k1")}:${a("au", "k9")})`,
  });
  b.ok({
    sheet: S,
    cell: a("so", "k2"),
    rules: ["serapan-over-100", "percent-out-of-range"],
    truth: "100",
  });
  for (const r of ["k6", "k9"])
    b.ok({
      sheet: S,
      cell: a("sn", r),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: pct(a("rn", r), a("an", r)),
    });
  return b.finish();
}

// =========================================== Lembah Napu (Sulawesi Tengah): a block of three per jenis

/** No | Kecamatan | Poktan (RDKK) | 'Pupuk Bersubsidi (Ton)' > UREA | NPK | ORGANIK > Alokasi | Realisasi | %. */
export function pupukLembahNapu(): BookW {
  const b = new BookW(
    "penyaluran-pupuk-bersubsidi-per-jenis-dtph-lembah-napu.xlsx",
    "Laporan penyaluran pupuk bersubsidi per kecamatan 2024, blocks per jenis (Dinas Tanaman Pangan dan Hortikultura)",
    "No | Kecamatan | Jumlah Poktan (RDKK) | 'Pupuk Bersubsidi (Ton)' > UREA | NPK PHONSKA | ORGANIK GRANUL > Alokasi | Realisasi | % (three header rows, no number row); eight kecamatan, TOTAL row; % per row and from the totals",
  );
  const S = "Penyaluran Pupuk";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH NAPU", "DINAS TANAMAN PANGAN DAN HORTIKULTURA"]);
  s.lines(["LAPORAN PENYALURAN PUPUK BERSUBSIDI TAHUN ANGGARAN 2024 PER KECAMATAN"], 1, { bold: true });
  s.gap();
  const xs: Array<Kec & { p: number }> = [
    { id: "k1", nama: "Lore Napu Utara", p: 64, a: [1245.0, 986.5, 212.0], r: [1168.4, 902.35, 174.5] },
    { id: "k2", nama: "Wuasa Baru", p: 81, a: [1592.75, 1284.0, 305.5], r: [1530.2, 1216.8, 262.15] },
    { id: "k3", nama: "Tamadue", p: 37, a: [618.5, 472.25, 96.0], r: [571.9, 433.6, 58.2] },
    { id: "k4", nama: "Sedoa Hilir", p: 45, a: [842.0, 655.4, 140.25], r: [803.55, 612.9, 121.0] },
    // planted 1: the NPK % cached before the realisasi was corrected
    { id: "k5", nama: "Watumaeta", p: 58, a: [1104.3, 874.6, 188.5], r: [1027.45, 768.2, 150.3] },
    { id: "k6", nama: "Kaduwaa", p: 29, a: [472.6, 361.8, 74.0], r: [455.1, 348.25, 74.0] },
    { id: "k7", nama: "Alitupu Raya", p: 52, a: [968.15, 741.3, 162.75], r: [902.6, 689.45, 119.4] },
    { id: "k8", nama: "Winowanga", p: 33, a: [556.4, 428.9, 86.0], r: [521.85, 397.6, 61.75] },
  ];
  const J = ["u", "n", "o"];
  const NM = ["UREA", "NPK PHONSKA", "ORGANIK GRANUL"];
  const G = "Pupuk Bersubsidi (Ton)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 20 },
    { key: "pok", head: ["Jumlah Poktan (RDKK)"], role: "lainnya", fmt: INT, width: 10 },
    ...J.flatMap((j, i): Col[] => [
      { key: `a${j}`, head: [G, NM[i], "Alokasi"], role: "target", year: 2024, fmt: TON },
      { key: `r${j}`, head: [G, NM[i], "Realisasi"], role: "realisasi", year: 2024, fmt: TON },
      { key: `s${j}`, head: [G, NM[i], "%"], role: "capaian", year: 2024, fmt: PCT, width: 8 },
    ]),
  ];
  const STALE = 93.17;
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const o: Record<string, ReturnType<typeof fx> | number | string> = { no: i + 1, kec: x.nama, pok: x.p };
      J.forEach((j, k) => {
        o[`a${j}`] = x.a[k];
        o[`r${j}`] = x.r[k];
        o[`s${j}`] = fx(pct(c.a(`r${j}`), c.a(`a${j}`)), x.id === "k5" && j === "n" ? STALE : undefined);
      });
      return o;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    cells: (c) => {
      const o: Record<string, ReturnType<typeof fx> | string | number> = {
        kec: "TOTAL",
        pok: fx(`SUM(${c.a("pok", "k1")}:${c.a("pok", "k8")})`),
      };
      for (const j of J) {
        o[`a${j}`] = fx(`SUM(${c.a(`a${j}`, "k1")}:${c.a(`a${j}`, "k8")})`);
        o[`r${j}`] = fx(`SUM(${c.a(`r${j}`, "k1")}:${c.a(`r${j}`, "k8")})`);
        o[`s${j}`] = fx(pct(c.a(`r${j}`), c.a(`a${j}`)));
      }
      // planted 2: the organik alokasi total typed from the first SK (1,465.00)
      o.ao = 1465;
      return o;
    },
  });
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Sumber: Rekap Penyaluran Distributor (F6) dan Verifikasi Tim Kecamatan",
    "% = Realisasi / Alokasi x 100",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Wuasa Baru, 20 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "YOHANIS TAMPAI LEBANG, S.P., M.Si",
    pangkat: "Pembina (IV/a)",
    nip: "19790314 200604 1 011",
  });
  const a = (k: string, r: string) => t.a(k, r);
  b.plant({
    at: { sheet: S, cell: a("sn", "k5") },
    rules: ["capaian-mismatch"],
    note: "% NPK of Watumaeta caches 93.17 (the realisasi 814.85 before verification); the formula on 768.20 / 874.60 gives 87.83",
    truth: pct(a("rn", "k5"), a("an", "k5")),
  });
  b.plant({
    at: { sheet: S, cell: a("ao", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "TOTAL alokasi Organik typed 1,465.00 (the first SK) among SUM formulas; the eight kecamatan give 1,265.00",
    truth: `SUM(${a("ao", "k1")}:${a("ao", "k8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("su", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: pct(a("ru", "tot"), a("au", "tot")),
    trap: `SUM(${a("su", "k1")}:${a("su", "k8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sn", "tot"),
    rules: ["sum-mismatch"],
    truth: pct(a("rn", "tot"), a("an", "tot")),
    trap: `AVERAGE(${a("sn", "k1")}:${a("sn", "k8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pok", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pok", "k1")}:${a("pok", "k8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ro", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ro", "k1")}:${a("ro", "k8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("so", "k6"),
    rules: ["serapan-over-100", "percent-out-of-range"],
    truth: "100",
  });
  b.ok({
    sheet: S,
    cell: a("su", "k3"),
    rules: ["capaian-mismatch"],
    truth: pct(a("ru", "k3"), a("au", "k3")),
  });
  return b.finish();
}
