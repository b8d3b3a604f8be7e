// Planning tables of the seventy-sixth unseen set: the Renja 2025 of the Dinas PMD Kabupaten Mbeliling
// Raya (Nusa Tenggara Timur) with codes 2.13, and the Perjanjian Kinerja 2025 of the Dinas PMD
// Kabupaten Mentaya Tengah (Kalimantan Tengah) with its program budget and the Renstra 2021-2026
// targets on a second sheet. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ================================================= Renja 2025, Dinas PMD Kabupaten Mbeliling Raya (NTT)

type R = {
  id: string;
  kode: string;
  ur: string;
  lvl: "bid" | "p" | "k" | "s";
  ind?: string;
  sat?: string;
  t25?: number;
  t26?: number;
  p25?: number;
  p26?: number;
};

/** Renja with codes 2.13: bidang = programs, program = kegiatan, kegiatan = SUM of sub kegiatan. */
export function renjaMbelilingRaya(): BookW {
  const b = new BookW(
    "renja-2-13-kebutuhan-dana-dpmd-mbeliling-raya.xlsx",
    "Renja 2025 (Dinas PMD, codes 2.13)",
    "Kode | Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan dan Sub Kegiatan (Output) | Satuan | 'Rencana Tahun 2025' > Lokasi | Target | Pagu Indikatif (Rp) | Sumber Dana | 'Prakiraan Maju Tahun 2026' > Target | Kebutuhan Dana (Rp); number row 1 .. 10; a bidang row = the three programs, program = its kegiatan, kegiatan = SUM of its sub kegiatan; full rupiah; JUMLAH",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "RENCANA KERJA (RENJA) PERANGKAT DAERAH TAHUN 2025",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN MBELILING RAYA",
    "Rumusan Rencana Program dan Kegiatan Tahun 2025 dan Prakiraan Maju Tahun 2026",
  ]);
  const xs: R[] = [
    { id: "bid", kode: "2.13", ur: "BIDANG URUSAN PEMBERDAYAAN MASYARAKAT DAN DESA", lvl: "bid" },
    {
      id: "p1",
      kode: "2.13.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      lvl: "p",
      ind: "Nilai SAKIP Dinas PMD",
      sat: "nilai",
      t25: 72.5,
      t26: 74,
    },
    {
      id: "k11",
      kode: "2.13.01.2.01",
      ur: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      lvl: "k",
      ind: "Jumlah dokumen perencanaan dan evaluasi kinerja yang tersusun",
      sat: "dokumen",
      t25: 6,
      t26: 6,
    },
    {
      id: "s111",
      kode: "2.13.01.2.01.0001",
      ur: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      lvl: "s",
      ind: "Jumlah Dokumen Perencanaan Perangkat Daerah",
      sat: "dokumen",
      t25: 4,
      t26: 4,
      p25: 48750000,
      p26: 52000000,
    },
    {
      id: "s112",
      kode: "2.13.01.2.01.0007",
      ur: "Evaluasi Kinerja Perangkat Daerah",
      lvl: "s",
      ind: "Jumlah Laporan Evaluasi Kinerja Perangkat Daerah",
      sat: "laporan",
      t25: 2,
      t26: 2,
      p25: 27400000,
      p26: 29500000,
    },
    {
      id: "k12",
      kode: "2.13.01.2.02",
      ur: "Administrasi Keuangan Perangkat Daerah",
      lvl: "k",
      ind: "Jumlah bulan pelayanan administrasi keuangan",
      sat: "bulan",
      t25: 12,
      t26: 12,
    },
    {
      id: "s121",
      kode: "2.13.01.2.02.0001",
      ur: "Penyediaan Gaji dan Tunjangan ASN",
      lvl: "s",
      ind: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
      sat: "orang/bulan",
      t25: 41,
      t26: 43,
      p25: 3962480000,
      p26: 4118250000,
    },
    {
      id: "p4",
      kode: "2.13.04",
      ur: "PROGRAM ADMINISTRASI PEMERINTAHAN DESA",
      lvl: "p",
      ind: "Persentase desa yang menetapkan APBDes tepat waktu",
      sat: "%",
      t25: 95,
      t26: 100,
    },
    {
      id: "k41",
      kode: "2.13.04.2.01",
      ur: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
      lvl: "k",
      ind: "Jumlah desa yang dibina administrasi pemerintahannya",
      sat: "desa",
      t25: 187,
      t26: 187,
    },
    {
      id: "s411",
      kode: "2.13.04.2.01.0003",
      ur: "Fasilitasi Pengelolaan Keuangan Desa",
      lvl: "s",
      ind: "Jumlah desa yang difasilitasi pengelolaan keuangannya",
      sat: "desa",
      t25: 187,
      t26: 187,
      p25: 412650000,
      p26: 436800000,
    },
    {
      id: "s412",
      kode: "2.13.04.2.01.0005",
      ur: "Pembinaan dan Pengawasan Pengelolaan Dana Desa",
      lvl: "s",
      ind: "Jumlah desa yang dibina dalam pengelolaan Dana Desa",
      sat: "desa",
      t25: 187,
      t26: 187,
      p25: 386900000,
      p26: 401250000,
    },
    {
      // planted 1: the code is copied from the block of program 2.13.05 below
      id: "s413",
      kode: "2.13.05.2.01.0006",
      ur: "Peningkatan Kapasitas Aparatur Pemerintah Desa",
      lvl: "s",
      ind: "Jumlah aparatur pemerintah desa yang ditingkatkan kapasitasnya",
      sat: "orang",
      t25: 374,
      t26: 374,
      p25: 298500000,
      p26: 315000000,
    },
    {
      id: "p5",
      kode: "2.13.05",
      ur: "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT",
      lvl: "p",
      ind: "Persentase lembaga kemasyarakatan desa yang aktif",
      sat: "%",
      t25: 78,
      t26: 82,
    },
    {
      id: "k51",
      kode: "2.13.05.2.01",
      ur: "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa dan Lembaga Adat Tingkat Daerah Kabupaten/Kota",
      lvl: "k",
      ind: "Jumlah lembaga kemasyarakatan dan lembaga adat yang diberdayakan",
      sat: "lembaga",
      t25: 120,
      t26: 140,
    },
    {
      id: "s511",
      kode: "2.13.05.2.01.0002",
      ur: "Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan Desa/Kelurahan (RT, RW, PKK, Posyandu, LPM, dan Karang Taruna)",
      lvl: "s",
      ind: "Jumlah lembaga kemasyarakatan desa yang ditingkatkan kapasitasnya",
      sat: "lembaga",
      t25: 96,
      t26: 110,
      p25: 264300000,
      p26: 287600000,
    },
    {
      id: "s512",
      kode: "2.13.05.2.01.0004",
      ur: "Pemberdayaan Lembaga Adat dan Masyarakat Hukum Adat",
      lvl: "s",
      ind: "Jumlah lembaga adat yang diberdayakan",
      sat: "lembaga",
      t25: 24,
      t26: 30,
      p25: 158750000,
      p26: 176400000,
    },
  ];
  // planted 2: program 2.13.05's 2026 need typed 446,000,000; its kegiatan gives 464,000,000
  if (xs[14].p26! + xs[15].p26! !== 464000000) throw new Error("renja: p5");
  const subs: Record<string, string[]> = {
    k11: ["s111", "s112"],
    k12: ["s121"],
    k41: ["s411", "s412", "s413"],
    k51: ["s511", "s512"],
    p1: ["k11", "k12"],
    p4: ["k41"],
    p5: ["k51"],
    bid: ["p1", "p4", "p5"],
  };
  const R25 = "Rencana Tahun 2025";
  const R26 = "Prakiraan Maju Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    {
      key: "ur",
      head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"],
      role: "lainnya",
      num: 2,
      width: 44,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan dan Sub Kegiatan (Output)"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    { key: "lok", head: [R25, "Lokasi"], role: "lokasi", num: 5, width: 16 },
    { key: "t25", head: [R25, "Target"], role: "target", year: 2025, num: 6, width: 8 },
    {
      key: "p25",
      head: [R25, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 7,
      fmt: RP,
      width: 16,
    },
    { key: "sd", head: [R25, "Sumber Dana"], role: "keterangan", num: 8, width: 9 },
    { key: "t26", head: [R26, "Target"], role: "target", year: 2026, num: 9, width: 8 },
    {
      key: "p26",
      head: [R26, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 10,
      fmt: RP,
      width: 16,
    },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.lvl !== "s",
    cells: (c) => {
      const out: Record<string, Cell> = { kode: x.kode, ur: x.ur, ind: x.ind, sat: x.sat };
      if (x.t25 !== undefined) out.t25 = x.sat === "nilai" ? fmt(x.t25, "0.0") : x.t25;
      if (x.t26 !== undefined) out.t26 = x.sat === "nilai" ? fmt(x.t26, "0.0") : x.t26;
      if (x.lvl === "s") {
        out.lok = x.id.startsWith("s1") ? "Dinas PMD" : "187 desa, 12 kecamatan";
        out.sd = x.id === "s121" ? "DAU" : "PAD";
        out.p25 = x.p25;
        out.p26 = x.p26;
      } else if (x.lvl === "k") {
        const [f, l] = [subs[x.id][0], subs[x.id][subs[x.id].length - 1]];
        out.p25 = fx(`SUM(${c.a("p25", f)}:${c.a("p25", l)})`);
        out.p26 = fx(`SUM(${c.a("p26", f)}:${c.a("p26", l)})`);
      } else {
        out.p25 = fx(subs[x.id].map((k) => c.a("p25", k)).join("+"));
        out.p26 = x.id === "p5" ? 446000000 : fx(subs[x.id].map((k) => c.a("p26", k)).join("+"));
      }
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "lok"],
    cells: (c) => ({ kode: "JUMLAH", p25: fx(c.a("p25", "bid")), p26: fx(c.a("p26", "bid")) }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  signature(s, 8, {
    tempat: "Ruteng Baru, 22 Juli 2024",
    jabatan: ["Kepala Dinas Pemberdayaan Masyarakat dan Desa", "Kabupaten Mbeliling Raya,"],
    nama: "FRANSISKUS XAVERIUS JEHAMAT, S.Sos., M.Si",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750912 200003 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s413") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 'Peningkatan Kapasitas Aparatur Pemerintah Desa' stands under kegiatan 2.13.04.2.01 but is coded 2.13.05.2.01.0006 (the prefix of program 2.13.05's kegiatan below); under 2.13.04.2.01 it is 2.13.04.2.01.xxxx",
    truth: a("kode", "k41"),
    actual: `PARENT(${a("kode", "s413")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("p26", "p5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kebutuhan Dana 2026 of program 2.13.05 is a typed 446,000,000 among formulas; its one kegiatan 2.13.05.2.01 (287,600,000 + 176,400,000) gives 464,000,000 (digits swapped)",
    truth: a("p26", "k51"),
  });
  const pr = (k: string, id1: string, id2: string) => `${t.c(k)}${t.row(id1)}:${t.c(k)}${t.row(id2)}`;
  b.ok({
    sheet: S,
    cell: a("p25", "bid"),
    rules: ["sum-mismatch"],
    truth: `${a("p25", "p1")}+${a("p25", "p4")}+${a("p25", "p5")}`,
    trap: `SUM(${pr("p25", "p1", "s512")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p25", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("p25", "k11")}+${a("p25", "k12")}`,
    trap: `SUM(${pr("p25", "k11", "s121")})`,
  });
  for (const id of ["k11", "k41", "k51"])
    b.ok({
      sheet: S,
      cell: a("p25", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${pr("p25", subs[id][0], subs[id][subs[id].length - 1])})`,
    });
  b.ok({
    sheet: S,
    cell: a("p26", "k41"),
    rules: ["sum-mismatch"],
    truth: `SUM(${pr("p26", "s411", "s413")})`,
  });
  b.ok({ sheet: S, cell: a("p25", "tot"), rules: ["sum-mismatch"], truth: a("p25", "bid") });
  for (const [id, up] of [
    ["s411", "k41"],
    ["s511", "k51"],
    ["k11", "p1"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", up),
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}

// =========================================== PK 2025 and Renstra, Dinas PMD Kab. Mentaya Tengah (Kalteng)

type Ind = { id: string; ind: string; sat: string; aw: number; ts: number[]; sum?: boolean; f: string };

/** PK 2025 (sasaran, indikator, target, then program budgets) beside the Renstra 2021-2026 targets. */
export function pkMentayaTengah(): BookW {
  const b = new BookW(
    "pk-renstra-kondisi-akhir-dpmd-mentaya-tengah.xlsx",
    "Perjanjian Kinerja 2025 and Renstra 2021-2026 targets (Dinas PMD)",
    "sheet `PK 2025`: No | Sasaran (merged) | Indikator Kinerja | Satuan | Target Tahun 2025, then a second table No | Program | Anggaran (Rp) | Keterangan with a Jumlah; both parties sign; sheet `Renstra`: No | Indikator Sasaran | Satuan | Kondisi Kinerja Awal (2021) | 'Target Kinerja Tahun' > 2022 .. 2026 | Kondisi Kinerja pada Akhir Periode Renstra (formulas: the last target for rates, the SUM for a count of BUMDes raised to maju)",
  );
  const S1 = "PK 2025";
  const S2 = "Renstra";
  const s2 = b.sheet(S2);
  const years = [2022, 2023, 2024, 2025, 2026];
  const xs: Ind[] = [
    {
      id: "r1",
      ind: "Persentase desa tertinggal",
      sat: "%",
      aw: 21.4,
      ts: [19.8, 18.1, 16.5, 14.9, 13.2],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase desa mandiri",
      sat: "%",
      aw: 2.17,
      ts: [3.26, 4.35, 5.43, 6.52, 7.61],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Rata-rata nilai Indeks Desa Membangun",
      sat: "indeks",
      aw: 0.5985,
      ts: [0.612, 0.6255, 0.639, 0.6525, 0.666],
      f: "0.0000",
    },
    {
      id: "r4",
      ind: "Jumlah BUMDes yang naik klasifikasi menjadi maju",
      sat: "BUMDes",
      aw: 0,
      ts: [3, 4, 5, 5, 6],
      sum: true,
      f: "0",
    },
    {
      id: "r5",
      ind: "Persentase desa yang menetapkan APBDes tepat waktu",
      sat: "%",
      aw: 78.5,
      ts: [82, 86, 90, 95, 100],
      f: DEC,
    },
  ];
  s2.lines(
    [
      "Tabel 6.1 Indikator Kinerja Dinas PMD Kabupaten Mentaya Tengah yang Mengacu pada Tujuan dan Sasaran RPJMD",
      "Renstra Tahun 2021 - 2026",
    ],
    1,
    { bold: true },
  );
  s2.gap();
  const T = "Target Kinerja Tahun";
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "aw", head: ["Kondisi Kinerja Awal (2021)"], role: "kondisi-awal", year: 2021, width: 11 },
    ...years.map((y): Col => ({ key: `y${y}`, head: [T, String(y)], role: "target", year: y, width: 9 })),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2026,
      width: 12,
    },
  ];
  const rows2: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      ind: x.ind,
      sat: x.sat,
      aw: fmt(x.aw, x.f),
      ...Object.fromEntries(years.map((y, j) => [`y${y}`, fmt(x.ts[j], x.f)])),
      // planted 2: the rate of desa mandiri takes the SUM formula of the count row above it
      ak: x.sum || x.id === "r2" ? fx(`SUM(${c.a("y2022")}:${c.a("y2026")})`) : fx(c.a("y2026")),
    }),
  }));
  const t2 = s2.table({ cols: cols2, headerRows: 2, rows: rows2 });
  s2.gap();
  s2.lines(["Catatan: persentase desa tertinggal semakin rendah semakin baik."]);

  const s = b.sheet(S1);
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN MENTAYA TENGAH",
  ]);
  const sas1 = "Meningkatnya kemandirian desa";
  const sas2 = "Meningkatnya kualitas tata kelola pemerintahan desa";
  const pk: Array<[string, string, Ind]> = [
    ["q1", sas1, xs[0]],
    ["q2", sas1, xs[1]],
    ["q3", sas1, xs[2]],
    ["q4", sas2, xs[3]],
    ["q5", sas2, xs[4]],
  ];
  // planted 1: the IDM target is the Renstra's 2026 target 0.6660, not 2025's 0.6525
  const cols1: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 10 },
  ];
  const rows1: Row[] = pk.map(([id, sas, x], i) => ({
    id,
    cells: { no: i + 1, sas, ind: x.ind, sat: x.sat, t: fmt(x.id === "r3" ? x.ts[4] : x.ts[3], x.f) },
  }));
  const t1 = s.table({ cols: cols1, headerRows: 1, vmerge: ["sas"], rows: rows1 });
  s.gap();
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4286315000],
    ["Program Penataan Desa", 312450000],
    ["Program Administrasi Pemerintahan Desa", 1048760000],
    ["Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat", 587900000],
  ];
  const colsB: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "pr", head: ["Program"], role: "lainnya", width: 30 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 9 },
  ];
  const rowsB: Row[] = progs.map(([p, v], i) => ({
    id: `g${i + 1}`,
    cells: { no: i + 1, pr: p, rp: v, ket: "APBD" },
  }));
  rowsB.push({
    id: "gt",
    bold: true,
    span: ["no", "pr"],
    cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
  });
  const tB = s.table({ cols: colsB, headerRows: 1, rows: rowsB });
  s.gap();
  const r0 = s.r;
  s.lines(["PIHAK KEDUA,", "Kepala Dinas PMD Kabupaten Mentaya Tengah"], 2);
  s.gap(3);
  s.lines(["HERONIMUS BAHEN LUWING, S.Hut., M.M", "NIP. 19790415 200604 1 015"], 2);
  s.r = r0;
  s.lines(["Sampit Hulu, 6 Januari 2025", "PIHAK PERTAMA,", "Bupati Mentaya Tengah"], 4);
  s.gap(3);
  s.lines(["Drs. YOSAFAT INDRA DAHEN"], 4);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S1, cell: t1.a("t", "q3") },
        { sheet: S2, cell: a2("y2025", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of the rata-rata nilai IDM is 0.6660, the Renstra's 2026 target; the Renstra 2025 target is 0.6525",
    truth: `'${S2}'!${a2("y2025", "r3")}`,
    tol: 0.00006,
  });
  b.plant({
    at: { sheet: S2, cell: a2("ak", "r2") },
    rules: ["kondisi-akhir-mismatch", "inconsistent-formula"],
    note: "Kondisi akhir of the persentase desa mandiri (a rate) is =SUM(2022..2026) = 27.17, the formula of the BUMDes count; the 2026 target 7.61 is the end of the period",
    truth: a2("y2026", "r2"),
  });
  for (const id of ["r1", "r5"])
    b.ok({
      sheet: S2,
      cell: a2("ak", id),
      rules: ["kondisi-akhir-mismatch", "percent-out-of-range"],
      truth: a2("y2026", id),
      trap: `SUM(${a2("y2022", id)}:${a2("y2026", id)})`,
    });
  b.ok({
    sheet: S2,
    cell: a2("ak", "r4"),
    rules: ["kondisi-akhir-mismatch", "inconsistent-formula"],
    truth: `${a2("y2022", "r4")}+${a2("y2023", "r4")}+${a2("y2024", "r4")}+${a2("y2025", "r4")}+${a2("y2026", "r4")}`,
    trap: a2("y2026", "r4"),
  });
  b.ok({
    sheet: S2,
    cell: a2("ak", "r3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a2("y2026", "r3"),
    tol: 0.00006,
  });
  for (const y of [2023, 2024, 2025, 2026])
    b.ok({
      sheet: S2,
      cell: a2(`y${y}`, "r1"),
      rules: ["target-trend"],
      truth: `${a2(`y${y - 1}`, "r1")}-1.6`,
      tol: 0.11,
    });
  for (const [q, r] of [
    ["q1", "r1"],
    ["q2", "r2"],
    ["q4", "r4"],
    ["q5", "r5"],
  ])
    b.ok({
      sheet: S1,
      cell: t1.a("t", q),
      rules: ["cross-table-mismatch"],
      truth: `'${S2}'!${a2("y2025", r)}`,
    });
  b.ok({
    sheet: S1,
    cell: tB.a("rp", "gt"),
    rules: ["sum-mismatch"],
    truth: `SUM(${tB.a("rp", "g1")}:${tB.a("rp", "g4")})`,
  });
  if (sum(progs.map((p) => p[1])) <= 0) throw new Error("pk: programs");
  return b.finish();
}
