// Sport tables of the seventy-eighth unseen set: the medal recap per cabang olahraga of the Sumatera
// Selatan contingent at PON XXI 2024 (Dinas Pemuda dan Olahraga Provinsi Sumatera Selatan), the
// PORPROV Gorontalo 2024 medal table per kabupaten/kota contingent, and the recap of sport facilities
// (prasarana olahraga) per kabupaten by condition. Every office, person and number is invented.
import { BookW, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

// ============================================== PON XXI 2024, Dispora Provinsi Sumatera Selatan

type Cabor = { id: string; nama: string; atlet: number; e: number; p: number; b: number; rank: number };

/** Per cabor: atlet, emas, perak, perunggu, Jumlah Medali (formula), Peringkat cabor (not summed). */
export function medaliPonSumsel(): BookW {
  const b = new BookW(
    "perolehan-medali-cabor-pon-xxi-dispora-sumsel.xlsx",
    "Rekap perolehan medali per cabang olahraga (PON XXI 2024, Dispora Provinsi)",
    "letterhead; No. | Cabang Olahraga | Jml Atlet | 'Perolehan Medali' > Emas | Perak | Perunggu | Jumlah Medali | Peringkat Cabor | Ket.; number row (1) .. (9) with '(7) = (4)+(5)+(6)'; Jumlah Medali formulas with one typed; TOTAL row SUMs, peringkat left '-'; note and signature below",
  );
  const S = "Medali PON XXI";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA SELATAN",
    "DINAS PEMUDA DAN OLAHRAGA",
    "REKAPITULASI PEROLEHAN MEDALI KONTINGEN SUMATERA SELATAN PADA PON XXI ACEH - SUMUT TAHUN 2024",
  ]);
  const xs: Cabor[] = [
    { id: "c1", nama: "Atletik", atlet: 18, e: 3, p: 2, b: 4, rank: 7 },
    { id: "c2", nama: "Dayung", atlet: 22, e: 5, p: 3, b: 2, rank: 3 },
    { id: "c3", nama: "Pencak Silat", atlet: 14, e: 2, p: 4, b: 3, rank: 6 },
    { id: "c4", nama: "Angkat Besi", atlet: 9, e: 4, p: 1, b: 2, rank: 2 },
    { id: "c5", nama: "Panjat Tebing", atlet: 11, e: 1, p: 3, b: 5, rank: 9 },
    { id: "c6", nama: "Renang", atlet: 12, e: 0, p: 2, b: 3, rank: 14 },
    { id: "c7", nama: "Sepak Takraw", atlet: 15, e: 2, p: 0, b: 1, rank: 5 },
    { id: "c8", nama: "Kempo", atlet: 10, e: 1, p: 2, b: 3, rank: 11 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "nama", head: ["Cabang Olahraga"], role: "lainnya", num: "(2)", width: 22 },
    { key: "atlet", head: ["Jml Atlet"], role: "lainnya", num: "(3)", fmt: INT, width: 8 },
    { key: "e", head: ["Perolehan Medali", "Emas"], role: "lainnya", num: "(4)", fmt: INT },
    { key: "p", head: ["Perolehan Medali", "Perak"], role: "lainnya", num: "(5)", fmt: INT },
    { key: "b", head: ["Perolehan Medali", "Perunggu"], role: "lainnya", num: "(6)", fmt: INT },
    { key: "j", head: ["Jumlah Medali"], role: "lainnya", num: "(7) = (4)+(5)+(6)", fmt: INT },
    { key: "rank", head: ["Peringkat Cabor"], role: "lainnya", num: "(8)", width: 10 },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "(9)", width: 18 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      nama: x.nama,
      atlet: x.atlet,
      e: x.e,
      p: x.p,
      b: x.b,
      // planted 1: Pencak Silat's jumlah typed 12 (2 + 4 + 3 = 9) among formulas
      j: x.id === "c3" ? 12 : fx(`${c.a("e")}+${c.a("p")}+${c.a("b")}`),
      rank: x.rank,
      ket: x.id === "c2" ? "juara umum cabor: tidak" : x.rank <= 3 ? "3 besar" : "-",
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => ({
      no: "TOTAL",
      atlet: fx(`SUM(${c.a("atlet", "c1")}:${c.a("atlet", "c8")})`),
      e: fx(`SUM(${c.a("e", "c1")}:${c.a("e", "c8")})`),
      p: fx(`SUM(${c.a("p", "c1")}:${c.a("p", "c8")})`),
      // planted 2: the perunggu SUM stops at Sepak Takraw (row added late for Kempo)
      b: fx(`SUM(${c.a("b", "c1")}:${c.a("b", "c7")})`),
      j: fx(`SUM(${c.a("j", "c1")}:${c.a("j", "c8")})`),
      rank: "-",
      ket: "peringkat 8 klasemen akhir",
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(
    ["Catatan: Peringkat Cabor = peringkat Sumatera Selatan dalam klasemen cabang olahraga tersebut."],
    1,
  );
  s.gap();
  signature(s, 6, {
    tempat: "Palembang, 30 September 2024",
    jabatan: ["Kepala Bidang Peningkatan Prestasi Olahraga"],
    nama: "Drs. HERMANSYAH ZULKARNAIN, M.Pd",
    pangkat: "Pembina (IV/a)",
    nip: "19730514 199903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "c3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Medali of Pencak Silat typed 12 among formulas; 2 emas + 4 perak + 3 perunggu = 9",
    truth: `${a("e", "c3")}+${a("p", "c3")}+${a("b", "c3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("b", "tot") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "TOTAL perunggu =SUM(..c7) gives 20 and leaves out Kempo's 3; the eight cabor give 23",
    truth: `SUM(${a("b", "c1")}:${a("b", "c8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("e", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("e", "c1")}:${a("e", "c8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("atlet", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("atlet", "c1")}:${a("atlet", "c8")})`,
  });
  // trap: Jumlah Medali adds the three medals only, not the athletes or the rank beside them
  b.ok({
    sheet: S,
    cell: a("j", "c4"),
    rules: ["sum-mismatch"],
    truth: `${a("e", "c4")}+${a("p", "c4")}+${a("b", "c4")}`,
    trap: `SUM(${a("atlet", "c4")}:${a("b", "c4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "c6"),
    rules: ["sum-mismatch"],
    truth: `${a("e", "c6")}+${a("p", "c6")}+${a("b", "c6")}`,
    trap: `${a("e", "c6")}+${a("p", "c6")}+${a("b", "c6")}+${a("rank", "c6")}`,
  });
  return b.finish();
}

// =============================================== PORPROV Gorontalo 2024, klasemen per kontingen

type Kont = { id: string; nama: string; e: number; p: number; b: number };

/** Klasemen per kabupaten/kota with a second table (medals per cluster of cabor) on the same sheet. */
export function klasemenPorprovGorontalo(): BookW {
  const b = new BookW(
    "klasemen-porprov-kontingen-dispora-gorontalo.xlsx",
    "Klasemen akhir perolehan medali PORPROV per kontingen, and medals per kelompok cabor",
    "Tabel 1 from column B: Peringkat | Kontingen Kabupaten/Kota | Medali > E | P | PG | Total (SUM formulas); Jumlah row where Peringkat is blank; Tabel 2 under it: Kelompok Cabang Olahraga | Jml Nomor Dipertandingkan | Emas | Perak | Perunggu, its Jumlah emas to agree with Tabel 1",
  );
  const S = "Klasemen";
  const s = b.sheet(S);
  letterhead(
    s,
    [
      "DINAS PEMUDA DAN OLAHRAGA PROVINSI GORONTALO",
      "KLASEMEN AKHIR PEKAN OLAHRAGA PROVINSI (PORPROV) GORONTALO VIII TAHUN 2024",
    ],
    2,
  );
  const xs: Kont[] = [
    { id: "k1", nama: "Kota Gorontalo", e: 48, p: 39, b: 41 },
    { id: "k2", nama: "Kab. Paguyaman Raya", e: 36, p: 33, b: 45 },
    { id: "k3", nama: "Kab. Bulango Hulu", e: 29, p: 31, b: 37 },
    { id: "k4", nama: "Kab. Tilamuta Barat", e: 21, p: 26, b: 30 },
    { id: "k5", nama: "Kab. Popayato Jaya", e: 14, p: 16, b: 28 },
    { id: "k6", nama: "Kab. Atinggola Timur", e: 9, p: 12, b: 22 },
  ];
  const cols1: Col[] = [
    { key: "rk", head: ["Peringkat"], role: "lainnya", width: 10 },
    { key: "nama", head: ["Kontingen Kabupaten/Kota"], role: "lainnya", width: 26 },
    { key: "e", head: ["Medali", "E"], role: "lainnya", fmt: INT, width: 7 },
    { key: "p", head: ["Medali", "P"], role: "lainnya", fmt: INT, width: 7 },
    { key: "b", head: ["Medali", "PG"], role: "lainnya", fmt: INT, width: 7 },
    { key: "t", head: ["Total"], role: "lainnya", fmt: INT, width: 8 },
  ];
  const rows1: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      rk: i + 1,
      nama: x.nama,
      e: x.e,
      p: x.p,
      b: x.b,
      // planted 1: Tilamuta Barat's total kept a stale 79 (a perunggu re-scored to 30 from 32)
      t: x.id === "k4" ? fx(`SUM(${c.a("e")}:${c.a("b")})`, 79) : fx(`SUM(${c.a("e")}:${c.a("b")})`),
    }),
  }));
  rows1.push({
    id: "jml",
    bold: true,
    cells: (c) => ({
      nama: "Jumlah",
      e: fx(`SUM(${c.a("e", "k1")}:${c.a("e", "k6")})`),
      p: fx(`SUM(${c.a("p", "k1")}:${c.a("p", "k6")})`),
      b: fx(`SUM(${c.a("b", "k1")}:${c.a("b", "k6")})`),
      t: fx(`SUM(${c.a("e")}:${c.a("b")})`),
    }),
  });
  s.lines(["Tabel 1. Klasemen Akhir per Kontingen"], 2, { bold: true });
  const t1 = s.table({ cols: cols1, headerRows: 2, rows: rows1 }, 2);
  s.gap(2);
  s.lines(["Tabel 2. Medali menurut Kelompok Cabang Olahraga"], 2, { bold: true });
  const cl = [
    { id: "g1", nama: "Cabor Terukur (atletik, renang, angkat besi, panahan)", n: 64, e: 64, p: 64, b: 78 },
    {
      id: "g2",
      nama: "Cabor Bela Diri (pencak silat, karate, taekwondo, tinju)",
      n: 58,
      e: 58,
      p: 58,
      b: 96,
    },
    { id: "g3", nama: "Cabor Permainan (bola voli, sepak takraw, bulu tangkis)", n: 24, e: 24, p: 24, b: 20 },
    { id: "g4", nama: "Cabor Lainnya (catur, dayung, panjat tebing)", n: 11, e: 11, p: 14, b: 9 },
  ];
  const cols2: Col[] = [
    { key: "nama", head: ["Kelompok Cabang Olahraga"], role: "lainnya", width: 26 },
    { key: "n", head: ["Jml Nomor Dipertandingkan"], role: "lainnya", fmt: INT },
    { key: "e", head: ["Emas"], role: "lainnya", fmt: INT },
    { key: "p", head: ["Perak"], role: "lainnya", fmt: INT },
    { key: "b", head: ["Perunggu"], role: "lainnya", fmt: INT },
  ];
  const rows2: Row[] = cl.map((x) => ({ id: x.id, cells: { nama: x.nama, n: x.n, e: x.e, p: x.p, b: x.b } }));
  rows2.push({
    id: "j2",
    bold: true,
    cells: (c) => ({
      nama: "Jumlah",
      n: fx(`SUM(${c.a("n", "g1")}:${c.a("n", "g4")})`),
      e: fx(`SUM(${c.a("e", "g1")}:${c.a("e", "g4")})`),
      p: fx(`SUM(${c.a("p", "g1")}:${c.a("p", "g4")})`),
      b: fx(`SUM(${c.a("b", "g1")}:${c.a("b", "g4")})`),
    }),
  });
  const t2 = s.table({ cols: cols2, headerRows: 1, rows: rows2 }, 2);
  s.gap();
  s.lines(["Sumber: Panitia Besar PORPROV VIII Gorontalo 2024 (diolah)."], 2);
  const a = t1.a.bind(t1);
  const a2 = t2.a.bind(t2);
  b.plant({
    at: { sheet: S, cell: a("t", "k4") },
    rules: ["sum-mismatch"],
    note: "Total of Tilamuta Barat =SUM(E:PG) keeps a stale cached 79; 21 + 26 + 30 = 77",
    truth: `${a("e", "k4")}+${a("p", "k4")}+${a("b", "k4")}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a2("p", "g4") },
        { sheet: S, cell: a("p", "jml") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "Tabel 2 types 14 perak for the Cabor Lainnya (11 nomor, one perak each), so its Jumlah perak is 160; Tabel 1's contingents hold 157 perak (as many as the 157 emas)",
    truth: a("p", "jml"),
    actual: a2("p", "j2"),
  });
  b.ok({
    sheet: S,
    cell: a2("e", "j2"),
    rules: ["cross-table-mismatch", "sum-mismatch"],
    truth: a("e", "jml"),
  });
  // trap: the Jumlah row has no rank; the ranks 1..6 are not to be summed
  b.ok({
    sheet: S,
    cell: a("t", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("e", "jml")}+${a("p", "jml")}+${a("b", "jml")}`,
    trap: `SUM(${a("rk", "k1")}:${a("rk", "k6")})+${a("e", "jml")}+${a("p", "jml")}+${a("b", "jml")}`,
  });
  // trap: perunggu in bela diri is two per nomor (two bronzes), so the perunggu is not the nomor count
  b.ok({
    sheet: S,
    cell: a2("b", "j2"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("b", "jml"),
    trap: a2("n", "j2"),
  });
  return b.finish();
}
