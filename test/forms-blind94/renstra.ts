// Plans of a Dinas Pariwisata dan Kebudayaan in NTB: the T-C.27 of the Renstra 2025-2029 of one
// kabupaten (Tahun ke-1 .. ke-5 over Target | Rp, years only in the title, thousands of rupiah, program
// Rp as SUM formulas over their kegiatan, a JUMLAH row that adds the programs only), and the PK 2025
// of another kabupaten's Kepala Dinas beside the Renstra sheet it quotes. Every number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

// ============================ Dinas Pariwisata dan Kebudayaan Kabupaten Tambora Raya, T-C.27 2025-2029

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  ka: number;
  rp?: number[];
  prog?: string[];
  unit: string;
};

export function tc27Pariwisata(): BookW {
  const b = new BookW(
    "renstra-tc27-disparbud-tambora-raya-2025-2029.xlsx",
    "T-C.27 Renstra 2025-2029 (Dinas Pariwisata dan Kebudayaan, NTB)",
    "T-C.27, '(dalam ribuan rupiah)': Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) dan Kegiatan (output) | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; three header rows and a number row; program Rp and kondisi akhir Rp as SUM formulas; rates end on the last target, counts on the sum; JUMLAH row over the programs only",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TAMBORA RAYA", "DINAS PARIWISATA DAN KEBUDAYAAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Pariwisata dan Kebudayaan Kabupaten Tambora Raya",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lns: Ln[] = [
    {
      id: "pa",
      kode: "3.26.02",
      nm: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
      ind: "Tingkat penghunian kamar hotel berbintang",
      sat: "%",
      awal: 47.6,
      tg: [49, 51, 53, 55, 57.5],
      ka: 57.5,
      prog: ["ka1", "ka2"],
      unit: "Bidang Destinasi",
    },
    {
      id: "ka1",
      kode: "3.26.02.2.01",
      nm: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
      ind: "Persentase daya tarik wisata yang dikelola sesuai standar",
      sat: "%",
      awal: 55,
      tg: [60, 65, 70, 75, 80],
      ka: 80,
      rp: [3185400, 3420750, 3612800, 3790250, 3958600],
      unit: "Bidang Destinasi",
    },
    {
      id: "ka2",
      // planted: a kegiatan of program 3.26.03 written under program 3.26.02
      kode: "3.26.03.2.02",
      nm: "Pengelolaan Kawasan Strategis Pariwisata Kabupaten/Kota",
      ind: "Jumlah dokumen rencana pengelolaan kawasan strategis pariwisata yang disusun",
      sat: "dokumen",
      awal: 1,
      tg: [1, 1, 2, 1, 1],
      ka: 6,
      rp: [412500, 436800, 871200, 455000, 468300],
      unit: "Bidang Destinasi",
    },
    {
      id: "pb",
      kode: "3.26.03",
      nm: "PROGRAM PEMASARAN PARIWISATA",
      ind: "Persentase peningkatan kunjungan wisatawan mancanegara",
      sat: "%",
      awal: 6.2,
      tg: [6.5, 7, 7.5, 8, 8.5],
      ka: 8.5,
      prog: ["kb1"],
      unit: "Bidang Pemasaran",
    },
    {
      id: "kb1",
      kode: "3.26.03.2.01",
      nm: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota",
      ind: "Jumlah event promosi pariwisata yang diselenggarakan",
      sat: "event",
      awal: 7,
      // planted: the 2027 target typed as 100 in a series 8, 9, .., 11, 12
      tg: [8, 9, 100, 11, 12],
      ka: 50,
      rp: [2364000, 2518500, 2689250, 2847600, 3012800],
      unit: "Bidang Pemasaran",
    },
    {
      id: "pc",
      kode: "2.22.03",
      nm: "PROGRAM PELESTARIAN DAN PENGELOLAAN CAGAR BUDAYA",
      ind: "Jumlah cagar budaya yang ditetapkan",
      sat: "objek",
      awal: 14,
      tg: [3, 4, 4, 5, 5],
      ka: 21,
      prog: ["kc1"],
      unit: "Bidang Kebudayaan",
    },
    {
      id: "kc1",
      kode: "2.22.03.2.01",
      nm: "Penetapan Cagar Budaya Peringkat Kabupaten/Kota",
      ind: "Jumlah rekomendasi penetapan cagar budaya oleh TACB",
      sat: "rekomendasi",
      awal: 4,
      tg: [4, 5, 5, 6, 6],
      ka: 26,
      rp: [486200, 512900, 538400, 566750, 594100],
      unit: "Bidang Kebudayaan",
    },
  ];
  const Y = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 14 },
    { key: "nm", head: ["Program dan Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "4",
      fmt: DEC,
      width: 12,
    },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `t${i}`,
        head: [G, y, "Target"],
        role: "target",
        year: 2025 + i,
        num: String(5 + 2 * i),
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${i}`,
        head: [G, y, "Rp"],
        role: "anggaran",
        year: 2025 + i,
        num: String(6 + 2 * i),
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "kak", head: [KA, "Target"], role: "kondisi-akhir", num: "15", fmt: DEC, width: 10 },
    { key: "kar", head: [KA, "Rp"], role: "kondisi-akhir", num: "16 = 6+8+10+12+14", fmt: RP, width: 13 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "17", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "18", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...lns.map((x): Row => ({
        id: x.id,
        bold: !!x.prog,
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | number | string> = {
            kode: x.kode,
            nm: x.nm,
            ind: x.ind,
            sat: x.sat,
            awal: x.awal,
            kak: x.ka,
            kar: fx(`SUM(${[0, 1, 2, 3, 4].map((i) => c.a(`r${i}`)).join(",")})`),
            unit: x.unit,
            lok: "Kabupaten Tambora Raya",
          };
          x.tg.forEach((v, i) => {
            out[`t${i}`] = v;
            out[`r${i}`] = x.prog ? fx(x.prog.map((k) => c.a(`r${i}`, k)).join("+")) : x.rp![i];
          });
          return out;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "awal"],
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { kode: "JUMLAH" };
          for (const k of ["r0", "r1", "r2", "r3", "r4", "kar"])
            out[k] = fx(["pa", "pb", "pc"].map((p) => c.a(k, p)).join("+"));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Kondisi akhir: indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Dompu Utara, 3 Juni 2025",
    jabatan: ["KEPALA DINAS PARIWISATA DAN KEBUDAYAAN", "KABUPATEN TAMBORA RAYA"],
    nama: "H. MUHAMMAD SYAHRIAL AMIN, S.Pd., M.Pd.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750918 200003 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "ka2") },
    rules: ["code-hierarchy"],
    note: "kegiatan 3.26.03.2.02 (its program is 3.26.03, Pemasaran) stands under program 3.26.02 and is summed into it",
    truth: `PARENT(${a("kode", "ka2")})`,
    actual: a("kode", "pa"),
  });
  b.plant({
    at: { sheet: S, cell: a("t2", "kb1") },
    rules: ["target-outlier"],
    note: "the Tahun ke-3 (2027) target of the event promosi is 100 in the series 8, 9, 100, 11, 12 (10 meant; the kondisi akhir 50 adds 8 + 9 + 10 + 11 + 12)",
    truth: `(${a("t1", "kb1")}+${a("t3", "kb1")})/2`,
  });
  for (const id of ["pa", "ka1", "pb"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", id),
      // a rate ends on its Tahun ke-5 target, not on the sum of the five
      trap: `SUM(${a("t0", id)}:${a("t4", id)})`,
    });
  for (const id of ["ka2", "pc", "kc1"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: [0, 1, 2, 3, 4].map((i) => a(`t${i}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("r0", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("r0", "ka1")}+${a("r0", "ka2")}+${a("r0", "kb1")}+${a("r0", "kc1")}`,
    // the JUMLAH adds the programs only; adding every row counts each kegiatan twice
    trap: `SUM(${a("r0", "pa")}:${a("r0", "kc1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kar", "kb1"),
    rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
    truth: [0, 1, 2, 3, 4].map((i) => a(`r${i}`, "kb1")).join("+"),
  });
  b.ok({ sheet: S, cell: a("r2", "ka2"), rules: ["target-outlier"], truth: "871200" });
  if (sum(lns[4].tg) - 100 + 10 !== 50) throw new Error("kb1");
  return b.finish();
}

// ======================== Dinas Pariwisata dan Kebudayaan Kabupaten Sumbawa Moyo Hilir, PK 2025

type Pk = { id: string; sas: string; ind: string; sat: string; awal: number; tg: number[]; ka: number };

export function pkPariwisata(): BookW {
  const b = new BookW(
    "pk-kadis-parbud-sumbawa-moyo-hilir-2025.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Pariwisata dan Kebudayaan, NTB)",
    "sheet 'PK 2025': statement, Tabel I No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; Tabel II No | Program | Anggaran (Rp) | Keterangan with Jumlah (SUM); sheet 'Renstra Parbud': No | Indikator Kinerja | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029; a lower-is-better row (cagar budaya rusak) and a count (cagar budaya ditetapkan) whose kondisi akhir is the sum",
  );
  const S = "PK 2025";
  const R = "Renstra Parbud";
  const s = b.sheet(S);
  const rs = b.sheet(R);
  const SA = "Meningkatnya daya saing destinasi pariwisata daerah";
  const SB = "Meningkatnya pelestarian cagar budaya dan nilai budaya Samawa";
  const rows: Pk[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Tingkat penghunian kamar hotel",
      sat: "%",
      awal: 44.8,
      tg: [46.5, 48.25, 50, 52, 54],
      ka: 54,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      awal: 1.85,
      tg: [1.9, 2, 2.1, 2.2, 2.3],
      ka: 2.3,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Kontribusi sektor pariwisata terhadap PAD",
      sat: "%",
      awal: 9.4,
      tg: [10, 10.5, 11, 11.5, 12],
      ka: 12,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Jumlah cagar budaya yang ditetapkan",
      sat: "objek",
      awal: 9,
      tg: [2, 3, 3, 3, 4],
      ka: 15,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase cagar budaya dalam kondisi rusak",
      sat: "%",
      awal: 27.5,
      tg: [25, 22.5, 20, 17.5, 15],
      ka: 15,
    },
  ];

  // ---- Renstra sheet
  letterhead(rs, ["DINAS PARIWISATA DAN KEBUDAYAAN KABUPATEN SUMBAWA MOYO HILIR"]);
  rs.lines([
    "Tabel 5.1 Indikator Kinerja Dinas yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra Tahun 2025-2029",
  ]);
  rs.gap();
  const tr = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 11 },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${i}`,
        head: ["Target Tahun", String(2025 + i)],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
        width: 9,
      })),
      { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y0: x.tg[0],
        y1: x.tg[1],
        y2: x.tg[2],
        y3: x.tg[3],
        y4: x.tg[4],
        ka: x.ka,
      },
    })),
  });
  rs.gap();
  rs.lines([
    "Indikator 5 semakin kecil semakin baik. Kondisi akhir indikator 4 = akumulasi penetapan 2025-2029.",
  ]);

  // ---- PK sheet
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBAWA MOYO HILIR"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Dra. BAIQ NURUL AINI FITRIANI, M.Si. - Jabatan : Kepala Dinas Pariwisata dan Kebudayaan",
    "selanjutnya disebut pihak pertama, dan",
    "Nama : Ir. H. ABDUL HARIS MUNANDAR, M.T. - Jabatan : Bupati Sumbawa Moyo Hilir",
    "selanjutnya disebut pihak kedua. Pihak pertama berjanji mewujudkan target kinerja berikut.",
  ]);
  s.gap();
  s.lines(["I. SASARAN DAN INDIKATOR KINERJA"]);
  const pkT = (x: Pk) => (x.id === "i1" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 36 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      // planted: the hunian kamar target is 48.25, the Renstra 2026 target (2025: 46.50)
      cells: { no: k + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: pkT(x) },
    })),
  });
  s.gap();
  s.lines(["II. PROGRAM DAN ANGGARAN"]);
  const progs = [
    { id: "g1", nm: "Program Peningkatan Daya Tarik Destinasi Pariwisata", rp: 4862750000 },
    { id: "g2", nm: "Program Pemasaran Pariwisata", rp: 2315400000 },
    { id: "g3", nm: "Program Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif", rp: 1128600000 },
    { id: "g4", nm: "Program Pelestarian dan Pengelolaan Cagar Budaya", rp: 946250000 },
    { id: "g5", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6471380500 },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, k): Row => ({ id: g.id, cells: { no: k + 1, nm: g.nm, rp: g.rp, ket: "APBD 2025" } })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        // planted: the range stops before the Program Penunjang
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Sumbawa Moyo Hilir, 2 Januari 2025",
    jabatan: ["Pihak Pertama,", "Kepala Dinas Pariwisata dan Kebudayaan"],
    nama: "Dra. BAIQ NURUL AINI FITRIANI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19730611 199903 2 003",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "i1") },
        { sheet: R, cell: tr.a("y0", "i1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the PK 2025 target of the hunian kamar hotel is 48.25, the Renstra 2026 target; the Renstra 2025 target is 46.50",
    truth: `'${R}'!${tr.a("y0", "i1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first four programs (9,253,000,000); the five programs add up to 15,724,380,500",
    truth: `SUM(${t2.a("rp", "g1")}:${t2.a("rp", "g5")})`,
  });
  for (const id of ["i2", "i3", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y0", id)}`,
    });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: R,
      cell: tr.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y4", id),
      // a rate ends on its 2029 target, not on the sum of the five
      trap: `SUM(${tr.a("y0", id)}:${tr.a("y4", id)})`,
    });
  b.ok({
    sheet: R,
    cell: tr.a("ka", "i4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${tr.a("y0", "i4")}:${tr.a("y4", "i4")})`,
    // a count of cagar budaya ditetapkan per year accumulates: the kondisi akhir is not the last target
    trap: tr.a("y4", "i4"),
  });
  for (const y of ["y1", "y4"])
    b.ok({
      sheet: R,
      cell: tr.a(y, "i5"),
      rules: ["target-trend"],
      truth: String(rows[4].tg[y === "y1" ? 1 : 4]),
    });
  if (sum(progs.slice(0, 4).map((g) => g.rp)) !== 9253000000) throw new Error("pk");
  return b.finish();
}
