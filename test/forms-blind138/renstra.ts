// Two Renstra tables of a BPKAD: a T-C.27 for the program Pengelolaan Barang Milik Daerah (Riau,
// ordinal years "Tahun ke-1" .. "ke-5" with the calendar years only in the title, K | Rp pairs in
// thousands, kondisi akhir: last target for levels, the sum for flows and money) and a Perjanjian
// Kinerja 2025 of the Kepala BPKAD beside its Renstra 2025-2029 (Papua Selatan). Invented numbers.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level: boolean;
};

export function tc27BmdRiau(): BookW {
  const b = new BookW(
    "tc27-renstra-bpkad-pengelolaan-bmd-indragiri-tengah.xlsx",
    "T-C.27 Renstra BPKAD 2025-2029 (program BMD)",
    "T-C.27 of a BPKAD in Riau, Renstra 2025-2029, (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan dan Sub Kegiatan (output) | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. Tahun ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja Penanggung Jawab; number row merged over the pairs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN INDRAGIRI TENGAH", "BADAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Rencana Strategis BPKAD Kabupaten Indragiri Tengah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "5.02.03.2.01.0003",
      nm: "Penatausahaan Barang Milik Daerah",
      ind: "Jumlah dokumen penatausahaan BMD (KIB, KIR, buku inventaris)",
      sat: "Dokumen",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [1_850_000, 1_940_000, 2_035_000, 2_140_000, 2_245_000],
      level: false,
    },
    {
      id: "s2",
      kode: "5.02.03.2.01.0004",
      nm: "Inventarisasi Barang Milik Daerah",
      ind: "Jumlah laporan hasil inventarisasi BMD",
      sat: "Laporan",
      awal: 6,
      k: [6, 6, 6, 6, 6],
      rp: [1_250_000, 1_320_000, 1_385_000, 1_455_000, 1_530_000],
      level: false,
    },
    {
      id: "s3",
      kode: "5.02.03.2.01.0005",
      nm: "Pengamanan Barang Milik Daerah",
      ind: "Jumlah bidang tanah Pemda yang disertifikatkan",
      sat: "Bidang",
      awal: 78,
      // planted: the fourth year typed 1000 (100 bidang meant)
      k: [85, 90, 95, 1000, 110],
      rp: [2_400_000, 2_520_000, 2_650_000, 2_780_000, 2_920_000],
      level: false,
    },
  ];
  const keg: Line = {
    id: "k",
    kode: "5.02.03.2.01",
    nm: "Pengelolaan Barang Milik Daerah",
    ind: "Jumlah laporan BMD yang disusun tepat waktu",
    sat: "Laporan",
    awal: 4,
    k: [4, 4, 4, 4, 4],
    level: false,
  };
  const prog: Line = {
    id: "p",
    kode: "5.02.03",
    nm: "PROGRAM PENGELOLAAN BARANG MILIK DAERAH",
    ind: "Persentase BMD yang tertib administrasi (tercatat, bersertifikat dan terekonsiliasi)",
    sat: "%",
    awal: 78.4,
    k: [81, 84, 87, 90, 93],
    level: true,
  };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(5 + y),
        width: 9,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + y),
        fmt: INT,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: "11",
      width: 10,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "11",
      fmt: INT,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "12", width: 18 },
  ];
  const line = (l: Line, rp: (x: Ctx, y: number) => Cell, bold = false): Row => ({
    id: l.id,
    bold,
    cells: (x: Ctx) => {
      const out: Record<string, Cell> = { kode: l.kode, nm: l.nm, ind: l.ind, sat: l.sat, awal: l.awal };
      for (const y of Y) {
        out[`k${y}`] = l.k[y - 1];
        out[`r${y}`] = rp(x, y);
      }
      out.ka = l.level ? fx(x.a("k5")) : fx(Y.map((y) => x.a(`k${y}`)).join("+"));
      // planted: the Rp kondisi akhir of sub kegiatan .0004 adds Tahun ke-1 .. ke-4 only
      out.ra = fx(
        Y.filter((y) => l.id !== "s2" || y < 5)
          .map((y) => x.a(`r${y}`))
          .join("+"),
      );
      out.pj = "Bidang Aset";
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      line(prog, (x, y) => fx(x.a(`r${y}`, "k")), true),
      line(keg, (x, y) => fx(subs.map((u) => x.a(`r${y}`, u.id)).join("+")), true),
      ...subs.map((u) => line(u, (_x, y) => u.rp![y - 1])),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Rengat Barat, 30 Juni 2025",
    jabatan: ["KEPALA BADAN KEUANGAN DAN ASET DAERAH,"],
    nama: "Dra. NURLELA HASIBUAN, M.Ak.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710302 199703 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ra", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Rp kondisi akhir of sub kegiatan 5.02.03.2.01.0004 adds Tahun ke-1 .. ke-4 only (5,410,000); with ke-5's 1,530,000 the five years give 6,940,000",
    truth: Y.map((y) => a(`r${y}`, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k4", "s3") },
    rules: ["target-outlier"],
    note: "Target Tahun ke-4 (2028) of the bidang tanah disertifikatkan is 1000 among 85, 90, 95, .., 110: a slip for 100",
    truth: "100",
  });
  // the program's % is a level: its kondisi akhir is the fifth year's target, not the sum
  b.ok({
    sheet: S,
    cell: a("ka", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: Y.map((y) => a(`k${y}`, "p")).join("+"),
  });
  for (const id of ["k", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const id of ["p", "k", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of Y) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k"),
      rules: ["sum-mismatch"],
      truth: subs.map((u) => a(`r${y}`, u.id)).join("+"),
    });
    // the program has one kegiatan: its Rp is the kegiatan's, not every row under it added
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: a(`r${y}`, "k"),
      trap: `SUM(${a(`r${y}`, "k")},${a(`r${y}`, "s1")},${a(`r${y}`, "s2")},${a(`r${y}`, "s3")})`,
    });
  }
  for (const u of subs)
    b.ok({
      sheet: S,
      cell: a("kode", u.id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", u.id)})&""`,
      actual: `${a("kode", "k")}&""`,
    });
  b.ok({ sheet: S, cell: a("k5", "p"), rules: ["target-trend"], truth: "93" });
  return b.finish();
}

type Ind = { id: string; sas: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };

export function pkRenstraBpkad(): BookW {
  const b = new BookW(
    "pk-kepala-bpkad-2025-renstra-muting-raya.xlsx",
    "Perjanjian Kinerja 2025 with the Renstra BPKAD 2025-2029",
    "PK 2025 of the Kepala BPKAD of a kabupaten in Papua Selatan: sheet 'PK 2025' with No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with JUMLAH; sheet 'Renstra 2025-2029': No | Indikator Kinerja Sasaran | Satuan | Kondisi Awal (2024) | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir (2029)",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const I: Ind[] = [
    {
      id: "r1",
      sas: "Meningkatnya akuntabilitas pengelolaan keuangan daerah",
      ind: "Persentase realisasi belanja daerah",
      sat: "%",
      awal: 92.8,
      tg: [94, 95, 95.5, 96, 96.5],
    },
    {
      id: "r2",
      sas: "Meningkatnya akuntabilitas pengelolaan keuangan daerah",
      ind: "Persentase perangkat daerah yang melakukan rekonsiliasi BMD tepat waktu",
      sat: "%",
      awal: 71.43,
      tg: [75, 80, 85, 90, 95],
    },
    {
      id: "r3",
      sas: "Meningkatnya tertib administrasi barang milik daerah",
      ind: "Persentase aset tetap yang tercatat lengkap dalam KIB",
      sat: "%",
      awal: 88.6,
      tg: [90, 92, 94, 96, 98],
    },
    {
      id: "r4",
      sas: "Meningkatnya tertib administrasi barang milik daerah",
      ind: "Persentase selisih nilai aset hasil rekonsiliasi SIMDA BMD dan neraca",
      sat: "%",
      awal: 0.65,
      tg: [0.6, 0.5, 0.4, 0.3, 0.25],
      neg: true,
    },
  ];
  // Renstra first (the PK reads it)
  const rs = b.sheet(R);
  rs.lines(
    [
      "RENCANA STRATEGIS BADAN KEUANGAN DAN ASET DAERAH KABUPATEN MUTING RAYA 2025-2029",
      "Tabel 5.1 Indikator Kinerja Utama dan Target",
    ],
    1,
    { bold: true },
  );
  rs.gap();
  const TY = [2025, 2026, 2027, 2028, 2029];
  const tr = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...TY.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ka",
        head: ["Kondisi Akhir Periode Renstra (2029)"],
        role: "kondisi-akhir",
        year: 2029,
        fmt: DEC,
        width: 11,
      },
    ],
    headerRows: 2,
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(TY.map((y, j) => [`y${y}`, x.tg[j]])),
        ka: fx(c.a("y2029")),
      }),
    })),
  });
  rs.gap();
  rs.lines(["*) indikator nomor 4 bersifat negatif: semakin kecil semakin baik."]);

  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KABUPATEN MUTING RAYA", "BADAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Kepala Badan Keuangan dan Aset Daerah dan Bupati Muting Raya, sepakat:",
  ]);
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      // planted: r2 carries the Renstra 2026 target (80) instead of 2025 (75)
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: x.id === "r2" ? x.tg[1] : x.tg[0] },
    })),
  });
  s.gap();
  const PR = [
    {
      id: "p1",
      kode: "5.02.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 18_452_600_000,
    },
    { id: "p2", kode: "5.02.02", nm: "Program Pengelolaan Keuangan Daerah", rp: 6_815_300_000 },
    { id: "p3", kode: "5.02.03", nm: "Program Pengelolaan Barang Milik Daerah", rp: 4_928_750_000 },
  ];
  const trueSum = PR.reduce((n, p) => n + p.rp, 0);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], role: "lainnya", width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...PR.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD" },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: stale cached result from before the BMD program was raised from 4,528,750,000
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`, trueSum - 400_000_000),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 1, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI MUTING RAYA,"],
    nama: "MARTINUS NDIKEN, S.Sos.",
    nip: "-",
  });
  s.r -= 7;
  signature(s, 4, {
    tempat: "Kimaam, 6 Januari 2025 - Pihak Pertama,",
    jabatan: ["KEPALA BPKAD,"],
    nama: "AGUSTINA MAHUZE, S.E., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19790924 200502 2 009",
  });

  const pa = (id: string) => t1.a("tg", id);
  const ra = (k: string, id: string) => `'${R}'!${tr.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pa("r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the rekonsiliasi BMD tepat waktu is 80.00, the Renstra's 2026 target; the Renstra 2025 target is 75.00",
    truth: ra("y2025", "r2"),
  });
  b.plant({
    at: { sheet: P, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: `JUMLAH anggaran of the PK is =SUM of the three programs with a stale cached ${(trueSum - 400_000_000).toLocaleString("en")}; the programs give ${trueSum.toLocaleString("en")}`,
    truth: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "p3")})`,
  });
  for (const id of ["r1", "r3", "r4"])
    b.ok({ sheet: P, cell: pa(id), rules: ["cross-table-mismatch"], truth: ra("y2025", id) });
  for (const x of I)
    b.ok({
      sheet: R,
      cell: tr.a("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  b.ok({ sheet: R, cell: tr.a("y2029", "r4"), rules: ["target-trend"], truth: "0.25" });
  return b.finish();
}
