// The LKjIP table, the Perjanjian Kinerja beside its Renstra and two recaps of the theme: the Satpol
// PP dan Damkar of Kabupaten Tanah Rimbo (Jambi) and the Dinas Damkar of Kota Pasir Lawang
// (Kalimantan Selatan). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 Tabel 3.2 of the Satpol PP dan Damkar Tanah Rimbo: refleksi on the negative rows. */
export function lkjipSatpol(): BookW {
  const b = new BookW(
    "lkjip-2024-trantibum-satlinmas-tanah-rimbo.xlsx",
    "LKjIP capaian (Satpol PP)",
    "LKjIP 2024 Tabel 3.2: sasaran merged over its indicators, Sifat (+/-) column, ROUND formulas, refleksi (2T-R)/T on negatives, predikat words, Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Pengukuran Capaian Kinerja Sasaran Satpol PP dan Damkar Kabupaten Tanah Rimbo Tahun 2024",
  ]);
  s.gap();
  type I = { id: string; sas: string; ind: string; sat: string; neg: boolean; t: number; r: number };
  const S1 = "Meningkatnya ketenteraman dan ketertiban umum";
  const S2 = "Meningkatnya perlindungan masyarakat dari bahaya kebakaran";
  const inds: I[] = [
    { id: "a", sas: S1, ind: "Persentase penegakan perda yang tuntas", sat: "%", neg: false, t: 84, r: 85.1 },
    {
      id: "b",
      sas: S1,
      ind: "Jumlah gangguan trantibum yang dilaporkan",
      sat: "kejadian",
      neg: true,
      t: 120,
      r: 96,
    },
    { id: "c", sas: S1, ind: "Persentase PPNS yang bersertifikat", sat: "%", neg: false, t: 60, r: 45 },
    { id: "d", sas: S1, ind: "Jumlah pelanggaran perda berulang", sat: "kasus", neg: true, t: 40, r: 46 },
    { id: "e", sas: S2, ind: "Persentase anggota satlinmas terlatih", sat: "%", neg: false, t: 70, r: 68.4 },
    { id: "f", sas: S2, ind: "Response time kebakaran dalam WMK", sat: "menit", neg: true, t: 15, r: 13.5 },
  ];
  const cap = (i: I) => round(i.neg ? ((2 * i.t - i.r) / i.t) * 100 : (i.r / i.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "sf", head: ["Sifat"], role: "polaritas", width: 7 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Kategori"], role: "predikat", year: 2024, width: 14 },
  ];
  const rows: Row[] = inds.map((i, n) => ({
    id: i.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      // planted on d: R/T on a negative indicator
      const f = i.neg && i.id !== "d" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
      // planted on c: "Baik" for 75.00 (Cukup: Baik starts above 75)
      const word = i.id === "c" ? "Baik" : i.id === "d" ? "Sangat Baik" : predikatBaik(cap(i));
      return {
        no: n + 1,
        sas: i.sas,
        ind: i.ind,
        sat: i.sat,
        sf: i.neg ? "(-)" : "(+)",
        t: i.t,
        r: i.r,
        c: fx(f),
        p: word,
      };
    },
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (x) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${x.c("c")}${x.row("a")}:${x.c("c")}${x.row("f")}),2)`),
      p: "Sangat Baik",
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator bersifat negatif dihitung (2 x Target - Realisasi) / Target x 100%.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "d") },
    rules: ["capaian-mismatch"],
    note: "Jumlah pelanggaran perda berulang is negative but computed R/T = 115.00; refleksi (2 x 40 - 46)/40 gives 85.00",
    truth: refl("d"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "c") },
    rules: ["predikat-mismatch"],
    note: 'Kategori "Baik" for capaian 75.00; Baik starts above 75, so it is Cukup',
    truth: `PREDIKAT_BAIK(${a("c", "c")})`,
  });
  for (const id of ["b", "f"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: refl(id), trap: rt(id) });
  for (const id of ["a", "c", "e"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["a", "b", "e", "f"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Dinas Damkar Kota Pasir Lawang beside its Renstra 2025-2029 targets. */
export function pkDamkar(): BookW {
  const b = new BookW(
    "pk-2025-dinas-damkar-pasir-lawang.xlsx",
    "Perjanjian Kinerja (Damkar)",
    "PK 2025: statement, indicator table, program table with Jumlah (SUM); sheet Renstra 2025-2029 with kondisi awal/akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const YRS = [2025, 2026, 2027, 2028, 2029];
  type I = { id: string; ind: string; sat: string; awal: number; y: number[] };
  const inds: I[] = [
    { id: "a", ind: "Response time penanganan kebakaran", sat: "menit", awal: 18.5, y: [17, 16, 15, 14, 13] },
    {
      id: "b",
      ind: "Persentase WMK yang terlayani pos pemadam",
      sat: "%",
      awal: 62,
      y: [66, 70, 75, 80, 85],
    },
    {
      id: "c",
      ind: "Persentase kelurahan dengan relawan kebakaran terlatih",
      sat: "%",
      awal: 35,
      y: [42, 50, 58, 65, 72],
    },
  ];
  // Renstra sheet first in code, placed on its own sheet
  const p = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "RENCANA STRATEGIS DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA PASIR LAWANG 2025-2029",
    "Indikator Kinerja Utama dan Target",
  ]);
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "aw", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
    ...YRS.map((y): Col => ({
      key: `y${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: inds.map((i, n) => ({
      id: i.id,
      cells: Object.fromEntries([
        ["no", n + 1],
        ["ind", i.ind],
        ["sat", i.sat],
        ["aw", i.awal],
        ...YRS.map((y, k) => [`y${y}`, i.y[k]]),
        ["ak", i.y[4]],
      ]) as Record<string, Cell>,
    })),
  });
  letterhead(p, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA PASIR LAWANG",
  ]);
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Ir. MUHAMMAD RIDHANI, M.T., Kepala Dinas Pemadam Kebakaran dan Penyelamatan,",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  p.gap();
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    rows: inds.map((i, n) => ({
      id: i.id,
      cells: {
        no: n + 1,
        sas: "Meningkatnya kecepatan dan jangkauan layanan pemadaman kebakaran",
        ind: i.ind,
        sat: i.sat,
        // planted on b: the Renstra 2026 target
        tg: i.id === "b" ? i.y[1] : i.y[0],
      },
    })),
    vmerge: ["sas"],
  });
  p.gap();
  const progs = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 9_845_210_000 },
    {
      id: "p2",
      nm: "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
      rp: 6_790_450_000,
    },
    { id: "p3", nm: "Program Pemberdayaan Masyarakat dalam Pencegahan Kebakaran", rp: 1_128_300_000 },
  ];
  const at = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 60 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, n): Row => ({ id: g.id, cells: { no: n + 1, pr: g.nm, rp: g.rp, ket: "APBD" } })),
      // planted: SUM one row short
      {
        id: "j",
        bold: true,
        span: ["no", "pr"],
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p2")})`) }),
      },
    ],
  });
  p.gap();
  signature(p, 3, {
    tempat: "Pasir Lawang, 3 Februari 2025",
    jabatan: ["KEPALA DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"],
    nama: "Ir. MUHAMMAD RIDHANI, M.T.",
    nip: "19760311 200212 1 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of WMK terlayani is 70, the Renstra 2026 target; the Renstra 2025 target is 66",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over the first two programs (16,635,660,000); with the third it is 17,763,960,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p3")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YRS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Penegakan perda per kecamatan, Satpol PP dan Damkar Tanah Rimbo 2024, with identities. */
export function rekapPerda(): BookW {
  const b = new BookW(
    "rekap-pelanggaran-perda-ditindak-per-kecamatan-tanah-rimbo.xlsx",
    "Rekap penegakan perda (Satpol PP)",
    "per kecamatan: tercatat, teguran / penyegelan / tipiring PPNS, '(7) = (4)+(5)+(6)', '(8) = (7)/(3) x 100', JUMLAH row with ratio of totals",
  );
  const S = "Rekap Perda 2024";
  const s = b.sheet(S);
  letterhead(s, ["SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN KABUPATEN TANAH RIMBO"]);
  s.lines(["REKAPITULASI PELANGGARAN PERDA DAN PENINDAKAN PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const kec = [
    ["k1", "Muara Rimbo", 142, 88, 21, 9],
    ["k2", "Rimbo Ilir", 97, 61, 12, 5],
    ["k3", "Sungai Talang", 64, 40, 8, 3],
    ["k4", "Tanjung Kemuning", 118, 70, 19, 11],
    ["k5", "Pematang Gadis", 53, 35, 6, 2],
    ["k6", "Lubuk Sepuh", 76, 44, 10, 4],
  ] as const;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "cat", head: ["Pelanggaran Tercatat"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    {
      key: "tg",
      head: ["Ditindak", "Teguran Tertulis"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "sg",
      head: ["Ditindak", "Penyegelan / Pembongkaran"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
    },
    {
      key: "tp",
      head: ["Ditindak", "Tipiring oleh PPNS"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: INT,
    },
    {
      key: "jm",
      head: ["Ditindak", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (4)+(5)+(6)",
      fmt: INT,
    },
    { key: "pc", head: ["% Ditindak"], role: "capaian", year: 2024, num: "(8) = (7)/(3) x 100", fmt: DEC },
  ];
  const STALE = 93.22; // planted on k4: the cached % of an older draft
  const rows: Row[] = kec.map(([id, nm, c, t1, t2, t3], n) => ({
    id,
    cells: (x) => ({
      no: n + 1,
      kec: nm,
      cat: c,
      tg: t1,
      sg: t2,
      tp: t3,
      jm: fx(`${x.a("tg")}+${x.a("sg")}+${x.a("tp")}`),
      pc: fx(`ROUND(${x.a("jm")}/${x.a("cat")}*100,2)`, id === "k4" ? STALE : undefined),
    }),
  }));
  const col = (x: { c(k: string): string; row(id: string): number }, k: string, last = "k6") =>
    fx(`SUM(${x.c(k)}${x.row("k1")}:${x.c(k)}${x.row(last)})`);
  rows.push({
    id: "j",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => ({
      no: "JUMLAH",
      cat: col(x, "cat"),
      tg: col(x, "tg"),
      // planted: SUM one row short
      sg: col(x, "sg", "k5"),
      tp: col(x, "tp"),
      jm: col(x, "jm"),
      pc: fx(`ROUND(${x.a("jm")}/${x.a("cat")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber: Bidang Penegakan Perundang-undangan Daerah, data s.d. 31 Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  const ids = kec.map((k) => k[0]);
  b.plant({
    at: { sheet: S, cell: a("sg", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH penyegelan is =SUM over five kecamatan (66); with Lubuk Sepuh it is 76",
    truth: ids.map((id) => a("sg", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "k4") },
    rules: ["capaian-mismatch"],
    note: "Tanjung Kemuning % ditindak holds a stale cached 93.22; the formula gives 100/118 = 84.75",
    truth: `ROUND(${a("jm", "k4")}/${a("cat", "k4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jm", "j")}/${a("cat", "j")}*100,2)`,
    trap: `ROUND((${ids.map((id) => `${a("jm", id)}/${a("cat", id)}`).join("+")})*100/6,2)`,
  });
  for (const k of ["cat", "tg", "tp", "jm"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: ids.map((id) => a(k, id)).join("+") });
  for (const id of ["k1", "k3", "k6"])
    b.ok({
      sheet: S,
      cell: a("jm", id),
      rules: ["sum-mismatch"],
      truth: `${a("tg", id)}+${a("sg", id)}+${a("tp", id)}`,
    });
  for (const id of ["k2", "k5"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("jm", id)}/${a("cat", id)}*100,2)`,
    });
  return b.finish();
}

/** Response time per WMK per triwulan beside satlinmas terlatih per kecamatan, Tanah Rimbo 2024. */
export function rekapWmkLinmas(): BookW {
  const b = new BookW(
    "response-time-wmk-satlinmas-terlatih-tanah-rimbo-2024.xlsx",
    "Rekap WMK dan satlinmas (Satpol PP dan Damkar)",
    "two tables side by side (one blank column, different heights): kejadian per triwulan per pos WMK with Jumlah and % within 15 minutes; satlinmas anggota / terlatih / % per kecamatan",
  );
  const S = "WMK dan Linmas";
  const s = b.sheet(S);
  s.lines([
    "DATA KEBAKARAN PER WILAYAH MANAJEMEN KEBAKARAN (WMK) DAN SATLINMAS TERLATIH",
    "KABUPATEN TANAH RIMBO TAHUN 2024",
  ]);
  s.gap();
  const top = s.r;
  const pos = [
    ["w1", "Pos Induk Muara Rimbo", [9, 7, 12, 8], 31],
    ["w2", "Pos WMK Rimbo Ilir", [4, 6, 5, 3], 15],
    ["w3", "Pos WMK Sungai Talang", [3, 2, 6, 4], 11],
    ["w4", "Pos WMK Tanjung Kemuning", [5, 4, 7, 6], 17],
    ["w5", "Pos WMK Lubuk Sepuh", [2, 3, 4, 2], 7],
  ] as const;
  const TW = ["I", "II", "III", "IV"];
  const wcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "pos", head: ["Pos / WMK"], role: "lokasi", width: 26 },
    ...TW.map((q, i): Col => ({
      key: `q${i}`,
      head: ["Kejadian Kebakaran", `TW ${q}`],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 8,
    })),
    { key: "jm", head: ["Kejadian Kebakaran", "Jumlah"], role: "realisasi", year: 2024, fmt: INT, width: 9 },
    { key: "rt", head: ["Ditangani ≤ 15 menit"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
    { key: "pc", head: ["% Sesuai Standar Response Time"], role: "capaian", year: 2024, fmt: DEC, width: 12 },
  ];
  const wrows: Row[] = pos.map(([id, nm, q, r], n) => ({
    id,
    cells: (x) => ({
      no: n + 1,
      pos: nm,
      q0: q[0],
      q1: q[1],
      q2: q[2],
      q3: q[3],
      jm: fx(`SUM(${x.a("q0")}:${x.a("q3")})`),
      rt: r,
      pc: fx(`ROUND(${x.a("rt")}/${x.a("jm")}*100,2)`),
    }),
  }));
  const sumc = (x: { c(k: string): string; row(id: string): number }, k: string, last = "w5") =>
    fx(`SUM(${x.c(k)}${x.row("w1")}:${x.c(k)}${x.row(last)})`);
  wrows.push({
    id: "j",
    bold: true,
    span: ["no", "pos"],
    cells: (x) => ({
      no: "Jumlah",
      q0: sumc(x, "q0"),
      q1: sumc(x, "q1"),
      // planted: SUM one row short
      q2: sumc(x, "q2", "w4"),
      q3: sumc(x, "q3"),
      jm: sumc(x, "jm"),
      rt: sumc(x, "rt"),
      pc: fx(`ROUND(${x.a("rt")}/${x.a("jm")}*100,2)`),
    }),
  });
  const wt = s.table({ cols: wcols, headerRows: 2, rows: wrows }, 1, top);
  const lin = [
    ["l1", "Muara Rimbo", 184, 131],
    ["l2", "Rimbo Ilir", 126, 88],
    ["l3", "Sungai Talang", 92, 57],
    ["l4", "Tanjung Kemuning", 115, 86],
  ] as const;
  const L0 = wt.right + 2;
  const lrows: Row[] = lin.map(([id, nm, ag, tl], n) => ({
    id,
    cells: (x) => ({
      no: n + 1,
      kec: nm,
      ag,
      tl,
      // planted on l3: anggota / terlatih typed the wrong way round
      pc: id === "l3" ? round((ag / tl) * 100) : fx(`ROUND(${x.a("tl")}/${x.a("ag")}*100,2)`),
    }),
  }));
  lrows.push({
    id: "j",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => ({
      no: "Jumlah",
      ag: fx(`SUM(${x.c("ag")}${x.row("l1")}:${x.c("ag")}${x.row("l4")})`),
      tl: fx(`SUM(${x.c("tl")}${x.row("l1")}:${x.c("tl")}${x.row("l4")})`),
      pc: fx(`ROUND(${x.a("tl")}/${x.a("ag")}*100,2)`),
    }),
  });
  const lt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 18 },
        { key: "ag", head: ["Satlinmas", "Anggota"], role: "realisasi", year: 2024, fmt: INT },
        { key: "tl", head: ["Satlinmas", "Terlatih"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pc", head: ["Satlinmas", "% Terlatih"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: lrows,
    },
    L0,
    top,
  );
  s.gap();
  s.lines(["Catatan: standar response time 15 menit sejak informasi diterima (Permendagri 114/2018)."]);
  const wa = (k: string, id: string) => wt.a(k, id);
  const la = (k: string, id: string) => lt.a(k, id);
  const ws = pos.map((p) => p[0]);
  b.plant({
    at: { sheet: S, cell: wa("q2", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah TW III =SUM over four pos (30); with Pos WMK Lubuk Sepuh it is 34",
    truth: ws.map((id) => wa("q2", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: la("pc", "l3") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% terlatih of Sungai Talang typed 161.40 (anggota / terlatih); terlatih cannot exceed anggota: 57/92 = 61.96",
    truth: `ROUND(${la("tl", "l3")}/${la("ag", "l3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: wa("pc", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${wa("rt", "j")}/${wa("jm", "j")}*100,2)`,
    trap: `ROUND((${ws.map((id) => wa("pc", id)).join("+")})/5,2)`,
  });
  b.ok({
    sheet: S,
    cell: la("pc", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${la("tl", "j")}/${la("ag", "j")}*100,2)`,
    trap: `ROUND((${lin.map((l) => la("pc", l[0])).join("+")})/4,2)`,
  });
  for (const k of ["q0", "q1", "q3", "jm", "rt"])
    b.ok({ sheet: S, cell: wa(k, "j"), rules: ["sum-mismatch"], truth: ws.map((id) => wa(k, id)).join("+") });
  for (const id of ["w1", "w4"])
    b.ok({
      sheet: S,
      cell: wa("jm", id),
      rules: ["sum-mismatch"],
      truth: [0, 1, 2, 3].map((i) => wa(`q${i}`, id)).join("+"),
    });
  for (const id of ["l1", "l4"])
    b.ok({
      sheet: S,
      cell: la("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${la("tl", id)}/${la("ag", id)}*100,2)`,
    });
  return b.finish();
}
