// Violence-case tables of the Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk
// dan KB: the yearly recap of cases against women and children per kecamatan of Kabupaten Lubuk
// Sirangkak (Sumatera Barat), by jenis kekerasan with reported and handled cases, and the UPTD PPA
// of Kabupaten Bontomarannu Timur (Sulawesi Selatan) with two tables on one sheet (korban per
// kecamatan, layanan per jenis). Every office, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Kec = { nm: string; v: number[]; tangani: number };

/** Recap of cases per kecamatan and jenis kekerasan, DP3AP2KB Kabupaten Lubuk Sirangkak. */
export function rekapKekerasanLubuk(): BookW {
  const b = new BookW(
    "rekap-kasus-kekerasan-perempuan-anak-2024-dp3ap2kb-kab-lubuk-sirangkak.xlsx",
    "recap of violence cases per kecamatan by jenis kekerasan",
    "letterhead; No | Kecamatan | 'Jenis Kekerasan (kasus)' > Fisik | Psikis | Seksual | Penelantaran | Eksploitasi / TPPO | 'Kasus Dilaporkan' | 'Kasus Ditangani s.d. Des' | '% Penanganan'; number row (1)..(10); JUMLAH row",
  );
  const S = "Rekap Kasus 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LUBUK SIRANGKAK",
    "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
    "Jl. Bagindo Aziz Chan No. 14, Koto Sirangkak",
  ]);
  s.lines(["REKAPITULASI KASUS KEKERASAN TERHADAP PEREMPUAN DAN ANAK MENURUT KECAMATAN TAHUN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const xs: Kec[] = [
    { nm: "Koto Sirangkak", v: [9, 7, 11, 3, 1], tangani: 31 },
    { nm: "Lubuk Batingkap", v: [6, 4, 8, 2, 0], tangani: 20 },
    { nm: "IV Nagari Hilir", v: [4, 5, 6, 1, 0], tangani: 15 },
    { nm: "Sungai Limau Gadang", v: [7, 3, 9, 2, 1], tangani: 21 },
    { nm: "Tanjung Bingkuang", v: [5, 6, 4, 1, 0], tangani: 16 },
    { nm: "Palembayan Timur", v: [3, 2, 5, 0, 0], tangani: 10 },
    { nm: "Kinali Mudiak", v: [8, 6, 7, 2, 1], tangani: 22 },
    { nm: "Batang Kapeh Hulu", v: [2, 3, 4, 1, 0], tangani: 9 },
  ];
  const J = "Jenis Kekerasan (kasus)";
  const jen = ["Fisik", "Psikis", "Seksual", "Penelantaran", "Eksploitasi / TPPO"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    ...jen.map((j, i): Col => ({
      key: `j${i}`,
      head: [J, j],
      role: "realisasi",
      year: 2024,
      num: `(${i + 3})`,
      fmt: INT,
      width: 10,
    })),
    {
      key: "lap",
      head: ["Kasus Dilaporkan"],
      role: "realisasi",
      year: 2024,
      num: "(8)",
      fmt: INT,
      width: 11,
    },
    {
      key: "tan",
      head: ["Kasus Ditangani s.d. Des"],
      role: "realisasi",
      year: 2024,
      num: "(9)",
      fmt: INT,
      width: 11,
    },
    {
      key: "pct",
      head: ["% Penanganan"],
      role: "realisasi",
      year: 2024,
      num: "(10)=(9):(8)",
      fmt: DEC,
      width: 11,
    },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: `k${i + 1}`,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kec: x.nm,
      ...Object.fromEntries(x.v.map((v, j) => [`j${j}`, v])),
      // planted: Tanjung Bingkuang's total typed 61 (digits of 16 swapped)
      lap: i === 4 ? 61 : fx(`SUM(${c.a("j0")}:${c.a("j4")})`),
      tan: x.tangani,
      pct: fx(`ROUND(${c.a("tan")}/${c.a("lap")}*100,2)`),
    }),
  }));
  const last = `k${xs.length}`;
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kec"],
    cells: (c): Record<string, Cell> => ({
      no: "JUMLAH",
      ...Object.fromEntries(
        ["j0", "j1", "j2", "j3", "j4", "lap"].map((k) => [k, fx(`SUM(${c.a(k, "k1")}:${c.a(k, last)})`)]),
      ),
      // planted: the SUM stops at Kinali Mudiak and misses Batang Kapeh Hulu
      tan: fx(`SUM(${c.a("tan", "k1")}:${c.a("tan", "k7")})`),
      pct: fx(`ROUND(${c.a("tan")}/${c.a("lap")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: SIMFONI-PPA dan register UPTD PPA, data s.d. 31 Desember 2024.",
    "Satu kasus dicatat menurut jenis kekerasan yang paling menonjol.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Koto Sirangkak, 15 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Dra. YULIASNI DT. RANGKAYO, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700812 199503 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("lap", "k5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tanjung Bingkuang's Kasus Dilaporkan typed 61 among SUM formulas; 5 + 6 + 4 + 1 + 0 = 16 (digits swapped)",
    truth: `SUM(${a("j0", "k5")}:${a("j4", "k5")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("tan", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Kasus Ditangani =SUM(J..) stops at Kinali Mudiak: 135; with Batang Kapeh Hulu's 9 it is 144",
    truth: `SUM(${a("tan", "k1")}:${a("tan", last)})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("tan", "tot")}/${a("lap", "tot")}*100,2)`,
    trap: `SUM(${a("pct", "k1")}:${a("pct", last)})`,
  });
  b.ok({
    sheet: S,
    cell: a("j2", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("j2", "k1")}:${a("j2", last)})`,
  });
  b.ok({
    sheet: S,
    cell: a("lap", "k1"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `SUM(${a("j0", "k1")}:${a("j4", "k1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "k6"),
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: `ROUND(${a("tan", "k6")}/${a("lap", "k6")}*100,2)`,
  });
  return b.finish();
}

/** UPTD PPA Kabupaten Bontomarannu Timur: korban per kecamatan and layanan per jenis, one sheet. */
export function korbanLayananBontomarannu(): BookW {
  const b = new BookW(
    "korban-kekerasan-dan-layanan-uptd-ppa-2024-kab-bontomarannu-timur.xlsx",
    "violence victims per kecamatan and services per jenis, two tables on one sheet",
    "Tabel 1: No | Kecamatan | 'Korban Perempuan Dewasa (>= 18 th)' | 'Korban Anak (< 18 th)' > Laki-laki | Perempuan | Jumlah Anak | 'Total Korban' = dewasa + jumlah anak; no number row; Tabel 2 under it: Jenis Layanan | Target Layanan 2024 | Korban Dilayani | Capaian (%)",
  );
  const S = "Korban dan Layanan";
  const s = b.sheet(S);
  letterhead(s, [
    "UPTD PERLINDUNGAN PEREMPUAN DAN ANAK",
    "DINAS PP, PA, PENGENDALIAN PENDUDUK DAN KB KABUPATEN BONTOMARANNU TIMUR",
  ]);
  s.lines(["Tabel 1. Jumlah Korban Kekerasan Menurut Kecamatan, Tahun 2024"], 1, { bold: true });
  const ks: Array<[string, number, number, number]> = [
    ["Parangloe Baru", 14, 6, 11],
    ["Bontolempangan Utara", 9, 3, 7],
    ["Tompobulu Hilir", 11, 5, 8],
    ["Bungaya Timur", 6, 2, 5],
    ["Manuju Raya", 8, 4, 6],
    ["Tinggimoncong Selatan", 12, 5, 9],
    ["Biringbulu Hulu", 5, 1, 4],
  ];
  const A = "Korban Anak (< 18 th)";
  const cols1: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 24 },
    {
      key: "dew",
      head: ["Korban Perempuan Dewasa (>= 18 th)"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 13,
    },
    { key: "al", head: [A, "Laki-laki"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "ap", head: [A, "Perempuan"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "aj", head: [A, "Jumlah Anak"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "tot", head: ["Total Korban"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
  ];
  const rows1: Row[] = ks.map(([nm, d, l, p], i) => ({
    id: `r${i + 1}`,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kec: nm,
      dew: d,
      al: l,
      ap: p,
      aj: fx(`${c.a("al")}+${c.a("ap")}`),
      // planted: Tompobulu Hilir adds the children twice (both sexes and their Jumlah)
      tot:
        i === 2
          ? fx(`${c.a("dew")}+${c.a("al")}+${c.a("ap")}+${c.a("aj")}`)
          : fx(`${c.a("dew")}+${c.a("aj")}`),
    }),
  }));
  rows1.push({
    id: "jml",
    bold: true,
    cells: (c): Record<string, Cell> => ({
      kec: "JUMLAH",
      ...Object.fromEntries(
        ["dew", "al", "ap", "aj"].map((k) => [k, fx(`SUM(${c.a(k, "r1")}:${c.a(k, "r7")})`)]),
      ),
      tot: fx(`${c.a("dew")}+${c.a("aj")}`),
    }),
  });
  const t1 = s.table({ cols: cols1, headerRows: 2, rows: rows1 });
  s.gap(2);
  s.lines(["Tabel 2. Layanan yang Diberikan kepada Korban, Tahun 2024"], 1, { bold: true });
  const cols2: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "lay", head: ["Jenis Layanan"], role: "indikator", width: 24 },
    { key: "tg", head: ["Target Layanan 2024 (orang)"], role: "target", year: 2024, fmt: INT, width: 13 },
    { key: "rl", head: ["Korban Dilayani (orang)"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "cp", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const lay: Array<[string, number, Cell]> = [
    ["Pengaduan / penjangkauan (seluruh korban)", 150, fx(`${t1.a("tot", "jml")}`)],
    ["Layanan kesehatan", 90, 96],
    ["Bantuan hukum dan pendampingan BAP", 60, 47],
    ["Rehabilitasi sosial dan psikologis", 80, 71],
    ["Pemulangan dan reintegrasi sosial", 12, 9],
  ];
  const rows2: Row[] = lay.map(([nm, tg, rl], i) => ({
    id: `l${i + 1}`,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      lay: nm,
      tg,
      // planted: the pengaduan count typed from the September draft (121)
      rl: i === 0 ? 121 : rl,
      cp: fx(`ROUND(${c.a("rl")}/${c.a("tg")}*100,2)`),
    }),
  }));
  const t2 = s.table({ cols: cols2, headerRows: 1, rows: rows2 });
  s.gap();
  s.lines(["Catatan: satu korban dapat menerima lebih dari satu jenis layanan."]);
  s.gap();
  signature(s, 5, {
    tempat: "Parangloe Baru, 20 Januari 2025",
    jabatan: ["Kepala UPTD PPA,"],
    nama: "ANDI NURHAYATI DAENG TAYU, S.Psi., M.Psi",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830217 200903 2 011",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("tot", "r3") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Tompobulu Hilir Total Korban =D+E+F+G counts the children twice: 37; dewasa 11 + jumlah anak 13 = 24",
    truth: `${a("dew", "r3")}+${a("aj", "r3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rl", "l1") },
    rules: ["cross-table-mismatch"],
    note: "Tabel 2 pengaduan typed 121 (September draft); Tabel 1's Total Korban is 141",
    truth: a("tot", "jml"),
  });
  b.ok({
    sheet: S,
    cell: a("tot", "r1"),
    rules: ["sum-mismatch"],
    truth: `${a("dew", "r1")}+${a("aj", "r1")}`,
    trap: `${a("dew", "r1")}+${a("al", "r1")}+${a("ap", "r1")}+${a("aj", "r1")}`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("cp", "l2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${t2.a("rl", "l2")}/${t2.a("tg", "l2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("aj", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("aj", "r1")}:${a("aj", "r7")})`,
  });
  return b.finish();
}
