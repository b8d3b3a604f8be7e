// Plans and agreements: the T-C.29 review of the Renstra 2022-2026 (target, realisasi and rasio
// capaian for 2022-2024) of the Biro Pemerintahan dan Otonomi Daerah of Provinsi Gorontalo, and the
// Perjanjian Kinerja 2025 (with its second table of programmes and anggaran) of the Dinas Sosial of
// Provinsi Papua beside its Renstra 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const Y3 = [2022, 2023, 2024];

type Tc = {
  id: string;
  ind: string;
  sat: string;
  akhir: number;
  t: number[];
  r: number[];
  neg?: boolean;
  f: string;
};

/** T-C.29 review of the Renstra 2022-2026 at the end of 2024, Biro Pemerintahan Provinsi Gorontalo. */
export function tc29BiroPemGorontalo(): BookW {
  const b = new BookW(
    "review-renstra-tc29-biro-pemerintahan-provinsi-gorontalo-2022-2024.xlsx",
    "T-C.29 Renstra review (target, realisasi, rasio capaian per year)",
    "No | Indikator Kinerja Sasaran | Satuan | Target Akhir Renstra (2026) | 'Target Renstra Tahun ke-' > 2022..2024 | 'Realisasi Capaian Tahun ke-' > 2022..2024 | 'Rasio Capaian pada Tahun ke- (%)' > 2022..2024 | Keterangan; number row (1)..(13); rasio ROUND formulas, refleksi for the segmen batas bersengketa (lower is better); EKPPD score",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT DAERAH PROVINSI GORONTALO", "BIRO PEMERINTAHAN DAN OTONOMI DAERAH"]);
  s.lines(
    [
      "Tabel T-C.29 Pencapaian Kinerja Pelayanan Biro Pemerintahan dan Otonomi Daerah",
      "Review Renstra 2022-2026 (posisi akhir tahun 2024)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rs: Tc[] = [
    {
      id: "bts",
      ind: "Persentase segmen batas antar kabupaten/kota yang telah ditegaskan",
      sat: "%",
      akhir: 100,
      t: [60, 70, 80],
      r: [58.33, 66.67, 83.33],
      f: DEC,
    },
    {
      id: "sgk",
      ind: "Jumlah segmen batas daerah yang masih bersengketa",
      sat: "segmen",
      akhir: 1,
      t: [5, 4, 3],
      r: [5, 3, 3],
      neg: true,
      f: INT,
    },
    {
      id: "adm",
      ind: "Persentase desa/kelurahan yang tertib administrasi pemerintahan desa",
      sat: "%",
      akhir: 95,
      t: [75, 80, 85],
      r: [76.4, 79.2, 86.1],
      f: DEC,
    },
    {
      id: "ekp",
      ind: "Skor evaluasi kinerja penyelenggaraan pemerintahan daerah (EKPPD)",
      sat: "skor",
      akhir: 3.25,
      t: [3.05, 3.1, 3.15],
      r: [3.02, 3.12, 3.19],
      f: DEC,
    },
    {
      id: "ksd",
      ind: "Persentase rekomendasi kerja sama daerah yang ditindaklanjuti",
      sat: "%",
      akhir: 95,
      t: [80, 85, 90],
      r: [82.5, 87.5, 88],
      f: DEC,
    },
  ];
  const GT = "Target Renstra Tahun ke-";
  const GR = "Realisasi Capaian Tahun ke-";
  const GC = "Rasio Capaian pada Tahun ke- (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", num: "(2)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 9 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "kondisi-akhir", num: "(4)", width: 11 },
    ...Y3.map((y, i): Col => ({
      key: `t${y}`,
      head: [GT, `${i + 1} (${y})`],
      role: "target",
      year: y,
      num: `(${5 + i})`,
      width: 9,
    })),
    ...Y3.map((y, i): Col => ({
      key: `r${y}`,
      head: [GR, `${i + 1} (${y})`],
      role: "realisasi",
      year: y,
      num: `(${8 + i})`,
      width: 9,
    })),
    ...Y3.map((y, i): Col => ({
      key: `c${y}`,
      head: [GC, `${i + 1} (${y})`],
      role: "capaian",
      year: y,
      num: `(${11 + i})`,
      fmt: DEC,
      width: 9,
    })),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(14)", width: 22 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const o: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, ak: fmt(x.akhir, x.f) };
      Y3.forEach((y, j) => {
        o[`t${y}`] = fmt(x.t[j], x.f);
        o[`r${y}`] = fmt(x.r[j], x.f);
        const T = c.a(`t${y}`);
        const R = c.a(`r${y}`);
        o[`c${y}`] = x.neg ? fx(`ROUND((2*${T}-${R})/${T}*100,2)`) : fx(`ROUND(${R}/${T}*100,2)`);
      });
      // planted: the 2024 rasio of the EKPPD score divides by the 2023 target
      if (x.id === "ekp") o.c2024 = fx(`ROUND(${c.a("r2024")}/${c.a("t2023")}*100,2)`);
      // planted: the 2023 rasio of the tertib administrasi typed 96.00 over the formula
      if (x.id === "adm") o.c2023 = 96;
      o.ket = x.neg ? "indikator negatif, rumus refleksi" : "-";
      return o;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: rasio capaian = realisasi / target x 100; indikator negatif = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Gorontalo, 10 Januari 2025",
    jabatan: ["Kepala Biro Pemerintahan dan Otonomi Daerah", "Setda Provinsi Gorontalo"],
    nama: "ROSDIANA HULUBANGGA, S.IP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790217 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rt = (id: string, y: number) => `ROUND(${a(`r${y}`, id)}/${a(`t${y}`, id)}*100,2)`;
  const rf = (id: string, y: number) =>
    `ROUND((2*${a(`t${y}`, id)}-${a(`r${y}`, id)})/${a(`t${y}`, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c2024", "ekp") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "rasio 2024 of the EKPPD score is =ROUND(realisasi 2024 / target 2023 *100,2) = 102.90 (3.19 / 3.10); the 2024 target 3.15 gives 101.27",
    truth: rt("ekp", 2024),
  });
  b.plant({
    at: { sheet: S, cell: a("c2023", "adm") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "rasio 2023 of the tertib administrasi desa is a typed 96.00 among ROUND formulas; 79.20 / 80.00 gives 99.00",
    truth: rt("adm", 2023),
  });
  b.ok({
    sheet: S,
    cell: a("c2023", "sgk"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rf("sgk", 2023),
    trap: rt("sgk", 2023),
  });
  b.ok({
    sheet: S,
    cell: a("c2022", "sgk"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: rf("sgk", 2022),
  });
  b.ok({
    sheet: S,
    cell: a("c2024", "bts"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt("bts", 2024),
  });
  b.ok({
    sheet: S,
    cell: a("c2023", "ekp"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: rt("ekp", 2023),
  });
  b.ok({ sheet: S, cell: a("c2024", "ksd"), rules: ["capaian-mismatch"], truth: rt("ksd", 2024) });
  b.ok({ sheet: S, cell: a("t2024", "sgk"), rules: ["target-trend"], truth: `${a("t2023", "sgk")}-1` });
  b.ok({ sheet: S, cell: a("ak", "sgk"), rules: ["kondisi-akhir-mismatch"], truth: "1" });
  return b.finish();
}

type Pk = { id: string; sas: string; ind: string; sat: string; awal: number; k: number[]; f: string };

/** Perjanjian Kinerja 2025 with its programme table, and the Renstra 2025-2029 targets, Dinas Sosial Provinsi Papua. */
export function pkDinsosPapua(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-dinsos-provinsi-papua-pmks.xlsx",
    "Perjanjian Kinerja 2025 (sasaran / indikator / target, then program / anggaran / keterangan) and the Renstra 2025-2029 targets",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target Tahun 2025; Tabel 2 under it: No | Kode | Program | Anggaran (Rp) | Keterangan, JUMLAH; both parties sign; sheet 'Target Renstra': No | Indikator | Satuan | Baseline 2024 | Target > 2025..2029 | Kondisi Akhir; jumlah PMKS lower is better",
  );
  const P = "PK 2025";
  const R = "Target Renstra";
  const SA = "Meningkatnya kesejahteraan sosial penyandang masalah kesejahteraan sosial";
  const SB = "Meningkatnya perlindungan sosial korban bencana";
  const rs: Pk[] = [
    {
      id: "pmk",
      sas: SA,
      ind: "Jumlah penyandang masalah kesejahteraan sosial (PMKS)",
      sat: "jiwa",
      awal: 98_450,
      k: [95_200, 92_000, 88_800, 85_600, 82_400],
      f: INT,
    },
    {
      id: "tgn",
      sas: SA,
      ind: "Persentase PMKS yang tertangani",
      sat: "%",
      awal: 41.6,
      k: [44.5, 47.5, 50.5, 53.5, 56.5],
      f: DEC,
    },
    {
      id: "psk",
      sas: SA,
      ind: "Persentase potensi dan sumber kesejahteraan sosial (PSKS) yang aktif",
      sat: "%",
      awal: 63.2,
      k: [65, 67, 69, 71, 73],
      f: DEC,
    },
    {
      id: "bnc",
      sas: SB,
      ind: "Persentase korban bencana yang menerima perlindungan dan jaminan sosial",
      sat: "%",
      awal: 100,
      k: [100, 100, 100, 100, 100],
      f: DEC,
    },
  ];
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI PAPUA", "DINAS SOSIAL"]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini:",
    "Nama: YULIANUS MANDOWEN, S.Sos., M.AP. - Jabatan: Kepala Dinas Sosial Provinsi Papua, selanjutnya disebut pihak pertama;",
    "Nama: Ir. FREDERIK INGGAMER, M.T. - Jabatan: Gubernur Papua, selanjutnya disebut pihak kedua.",
  ]);
  s.gap();
  const c1: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 12 },
    { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, num: "(5)", width: 22 },
  ];
  const t1 = s.table({
    cols: c1,
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rs.map((x, i) => ({
      id: x.id,
      // planted: the PMKS target copied from the 2026 column of the Renstra (92,000)
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: fmt(x.id === "pmk" ? x.k[1] : x.k[0], x.f) },
    })),
  });
  s.gap(2);
  const progs = [
    {
      kode: "1.06.01",
      ur: "Program Penunjang Urusan Pemerintahan Daerah Provinsi",
      rp: 14_826_450_000,
      ket: "APBD",
    },
    { kode: "1.06.02", ur: "Program Pemberdayaan Sosial", rp: 2_175_300_000, ket: "APBD" },
    { kode: "1.06.04", ur: "Program Rehabilitasi Sosial", rp: 9_640_815_000, ket: "APBD + Otsus" },
    { kode: "1.06.05", ur: "Program Perlindungan dan Jaminan Sosial", rp: 3_418_900_000, ket: "APBD" },
    { kode: "1.06.06", ur: "Program Penanganan Bencana", rp: 1_287_650_000, ket: "APBD + BTT" },
  ];
  const c2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 34 },
    { key: "ur", head: ["Program"], width: 40 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 12 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 22 },
  ];
  const r2: Row[] = progs.map((p, i) => ({
    id: `p${i}`,
    cells: { no: i + 1, kode: p.kode, ur: p.ur, rp: p.rp, ket: p.ket },
  }));
  // planted: the JUMLAH typed 31,394,115,000 (31,349,115,000 with two digits swapped)
  r2.push({
    id: "jml",
    bold: true,
    span: ["no", "ur"],
    cells: { no: "JUMLAH", rp: 31_394_115_000, ket: "DPA 2025" },
  });
  const t2 = s.table({ cols: c2, headerRows: 1, rows: r2 });
  s.gap();
  s.lines(["Jayapura, 3 Februari 2025"], 4);
  s.lines(["Pihak Kedua,", "Gubernur Papua"], 1);
  s.r -= 2;
  s.lines(["Pihak Pertama,", "Kepala Dinas Sosial"], 4);
  s.gap(3);
  s.lines(["Ir. FREDERIK INGGAMER, M.T."], 1);
  s.r -= 1;
  s.lines(["YULIANUS MANDOWEN, S.Sos., M.AP.", "NIP. 19700625 199603 1 003"], 4);
  // Renstra sheet
  const r = b.sheet(R);
  letterhead(r, ["DINAS SOSIAL PROVINSI PAPUA"]);
  r.lines(["Target Indikator Kinerja Sasaran Renstra 2025-2029"], 1, { bold: true });
  r.gap();
  const Y5 = [2025, 2026, 2027, 2028, 2029];
  const rc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "aw", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, width: 10 },
    ...Y5.map((y): Col => ({
      key: `t${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 10,
    })),
    { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", width: 11 },
  ];
  const tr = r.table({
    cols: rc,
    headerRows: 2,
    rows: rs.map((x, i) => ({
      id: x.id,
      cells: (c) => {
        const o: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, aw: fmt(x.awal, x.f) };
        Y5.forEach((y, j) => (o[`t${y}`] = fmt(x.k[j], x.f)));
        o.ak = fx(c.a("t2029"));
        return o;
      },
    })),
  });
  r.gap();
  r.lines(["Catatan: jumlah PMKS adalah indikator negatif (target menurun setiap tahun)."]);
  const a1 = (k: string, id: string) => t1.a(k, id);
  const ar = (k: string, id: string) => `'${R}'!${tr.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: a1("t", "pmk") },
        { sheet: R, cell: tr.a("t2025", "pmk") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the PK 2025 target of the jumlah PMKS is 92,000, the Renstra's 2026 target; the Renstra's 2025 target is 95,200",
    truth: ar("t2025", "pmk"),
    actual: a1("t", "pmk"),
  });
  b.plant({
    at: { sheet: P, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH anggaran of the PK is a typed 31,394,115,000; the five programmes give 31,349,115,000 (two digits swapped)",
    truth: `SUM(${t2.a("rp", "p0")}:${t2.a("rp", "p4")})`,
  });
  for (const id of ["tgn", "psk", "bnc"])
    b.ok({ sheet: P, cell: a1("t", id), rules: ["cross-table-mismatch"], truth: ar("t2025", id) });
  for (const y of [2026, 2027, 2028, 2029])
    b.ok({
      sheet: R,
      cell: tr.a(`t${y}`, "pmk"),
      rules: ["target-trend"],
      truth: `${tr.a(`t${y - 1}`, "pmk")}-3200`,
    });
  b.ok({
    sheet: R,
    cell: tr.a("ak", "pmk"),
    rules: ["kondisi-akhir-mismatch"],
    truth: tr.a("t2029", "pmk"),
    trap: `SUM(${tr.a("t2025", "pmk")}:${tr.a("t2029", "pmk")})`,
  });
  b.ok({
    sheet: R,
    cell: tr.a("ak", "bnc"),
    rules: ["kondisi-akhir-mismatch"],
    truth: tr.a("t2029", "bnc"),
    trap: `SUM(${tr.a("t2025", "bnc")}:${tr.a("t2029", "bnc")})`,
  });
  b.ok({ sheet: R, cell: tr.a("ak", "tgn"), rules: ["kondisi-akhir-mismatch"], truth: tr.a("t2029", "tgn") });
  b.ok({ sheet: P, cell: t2.a("kode", "p2"), rules: ["code-hierarchy"], truth: `"1.06.04"` });
  return b.finish();
}
