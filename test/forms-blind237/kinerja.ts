// LKjIP, PK with its Renstra, the dana desa recap per tahap and the IDM / BUMDes recap per kecamatan
// of two Dinas Pemberdayaan Masyarakat dan Desa (Kalimantan Tengah, Maluku Utara). All invented.
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
  sum,
  type Col,
} from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, DPMD Barito Selangkai: refleksi on the negative rows. */
export function lkjipDpmd(): BookW {
  const b = new BookW(
    "lkjip-idm-siskeudes-dpmd-barito-selangkai.xlsx",
    "LKjIP pengukuran kinerja (DPMD)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian | Predikat | Keterangan; (-) marks negatives in the indicator text; ROUND formulas with refleksi; predikat words; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran DPMD Kabupaten Barito Selangkai Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya kemandirian desa";
  const SB = "Meningkatnya tata kelola keuangan dan ekonomi desa";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase desa berstatus Maju dan Mandiri",
      sat: "%",
      neg: false,
      t: 36,
      r: 37.4,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Nilai rata-rata Indeks Desa Membangun",
      sat: "indeks",
      neg: false,
      t: 0.672,
      r: 0.6685,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Jumlah desa berstatus Sangat Tertinggal (-)",
      sat: "desa",
      neg: true,
      t: 14,
      r: 11,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase desa dengan dana desa tersalur tahap I-III",
      sat: "%",
      neg: false,
      t: 95,
      r: 88.6,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase desa terlambat menyampaikan laporan Siskeudes (-)",
      sat: "%",
      neg: true,
      t: 10,
      r: 12.5,
    },
    { id: "i6", sas: SB, ind: "Persentase BUMDes aktif", sat: "%", neg: false, t: 70, r: 56.4 },
  ];
  const cap = (x: (typeof I)[number]) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: "0.00##" },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: "0.00##" },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat" },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i) => ({
        id: x.id,
        cells: (c: { a: (k: string) => string }) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: i5 (negative) computed with R/T
          c:
            x.neg && x.id !== "i5"
              ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
              : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          // planted: i6 80.57 called Sangat Baik
          p: x.id === "i6" ? "Sangat Baik" : x.id === "i5" ? predikatBaik(125) : predikatBaik(cap(x)),
          ket: x.neg ? "semakin kecil semakin baik" : undefined,
        }),
      })),
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(round((sum(I.map(cap)) - cap(I[4]) + 125) / 6)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Skala predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator bertanda (-) dihitung dengan rumus refleksi: (2 x Target - Realisasi) / Target x 100.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Muara Selangkai, 24 Februari 2025",
    jabatan: ["Kepala Dinas Pemberdayaan Masyarakat dan Desa"],
    nama: "Drs. HARDIANSYAH TAMBUN, M.AP.",
    nip: "19720308 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Keterlambatan laporan Siskeudes is a negative indicator but uses R/T = 125.00; refleksi (2T-R)/T gives 75.00",
    truth: refl("i5"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "'Sangat Baik' for a capaian of 80.57; the band > 75 to 90 is 'Baik'",
    truth: `PREDIKAT_BAIK(${a("c", "i6")})`,
  });
  b.ok({ sheet: S, cell: a("c", "i3"), rules: ["capaian-mismatch"], truth: refl("i3"), trap: rt("i3") });
  for (const id of ["i1", "i2", "i4", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the DPMD Oba Lestari, beside its Renstra 2025-2029 targets. */
export function pkDpmd(): BookW {
  const b = new BookW(
    "pk-2025-renstra-dpmd-oba-lestari.xlsx",
    "Perjanjian Kinerja 2025 (DPMD)",
    "PK 2025: statement lines, indicator table (Sasaran | Indikator | Satuan | Target 2025) and program table with a typed Jumlah; sheet 'Renstra 2025-2029' with calendar-year targets and kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const ps = b.sheet(P);
  const rs = b.sheet(R);
  const I = [
    {
      id: "i1",
      sas: "Meningkatnya status kemajuan desa",
      ind: "Persentase desa berstatus Maju dan Mandiri",
      sat: "%",
      awal: 21.3,
      k: [24.5, 28, 31.5, 35, 38.5],
      level: true,
    },
    {
      id: "i2",
      sas: "Meningkatnya status kemajuan desa",
      ind: "Jumlah desa berstatus Sangat Tertinggal",
      sat: "desa",
      awal: 12,
      k: [9, 7, 5, 4, 3],
      level: true,
    },
    {
      id: "i3",
      sas: "Meningkatnya tata kelola keuangan desa",
      ind: "Persentase desa yang menyampaikan laporan Siskeudes tepat waktu",
      sat: "%",
      awal: 76.4,
      k: [82, 86, 89, 92, 95],
      level: true,
    },
    {
      id: "i4",
      sas: "Meningkatnya kinerja BUMDes",
      ind: "Persentase BUMDes berklasifikasi Maju",
      sat: "%",
      awal: 12.5,
      k: [15, 18, 22, 26, 30],
      level: true,
    },
  ];
  // Renstra sheet
  rs.lines(["RENCANA STRATEGIS DPMD KABUPATEN OBA LESTARI 2025-2029", "Target Indikator Kinerja Utama"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${i}`,
        head: ["Target", String(2025 + i)],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: I.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`y${j}`, v])),
        ak: x.k[4],
      },
    })),
  });
  // PK sheet
  letterhead(ps, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN OBA LESTARI",
  ]);
  ps.lines(["Kepala Dinas berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini."]);
  ps.gap();
  const it = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((x, i) => ({
      id: x.id,
      // planted: i3 carries the Renstra 2026 target
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "i3" ? x.k[1] : x.k[0] },
    })),
  });
  ps.gap();
  const progs = [
    ["2.13.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 6_842_315_000],
    ["2.13.02", "PROGRAM PENATAAN DESA", 1_215_600_000],
    ["2.13.03", "PROGRAM PEMBERDAYAAN EKONOMI DAN KELEMBAGAAN DESA", 1_936_400_000],
    ["2.13.04", "PROGRAM ADMINISTRASI PEMERINTAHAN DESA", 2_478_950_000],
  ] as const;
  const pt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "prog", head: ["Program"], width: 42 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i) => ({
        id: `p${i}`,
        cells: { no: i + 1, kode: p[0], prog: p[1], rp: p[2], ket: "APBD" },
      })),
      // planted: Jumlah typed 12,437,265,000 (the programs give 12,473,265,000)
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"] as [string, string],
        cells: { no: "JUMLAH", rp: 12_437_265_000 },
      },
    ],
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Sofifi Lestari, 2 Januari 2025",
    jabatan: ["Kepala Dinas Pemberdayaan Masyarakat dan Desa"],
    nama: "ABDUL GANI SOAMOLE, S.Sos., M.Si.",
    nip: "19760421 200212 1 003",
  });
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: it.a("t", "i3") },
        { sheet: R, cell: rt.a("y0", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target 86 for laporan Siskeudes tepat waktu is the Renstra 2026 target; the Renstra 2025 target is 82",
    truth: ra("y0", "i3"),
  });
  b.plant({
    at: { sheet: P, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH is a typed 12,437,265,000; the four programs add up to 12,473,265,000 (digits swapped)",
    truth: ["p0", "p1", "p2", "p3"].map((id) => pt.a("rp", id)).join("+"),
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: P, cell: it.a("t", id), rules: ["cross-table-mismatch"], truth: ra("y0", id) });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y4", id),
      trap: [0, 1, 2, 3, 4].map((j) => rt.a(`y${j}`, id)).join("+"),
    });
  return b.finish();
}

/** Dana desa tersalur per tahap per kecamatan, Oba Lestari 2024: (8) = (5)+(6)+(7), (9) = (8)/(4). */
export function rekapDanaDesa(): BookW {
  const b = new BookW(
    "rekap-penyaluran-dana-desa-tahap-oba-lestari.xlsx",
    "Rekap penyaluran dana desa per tahap (DPMD)",
    "Per kecamatan: jumlah desa, pagu DD, tahap I/II/III, jumlah tersalur =SUM formula, % = ROUND ratio; number row with identities; TOTAL row with SUMs and % as ratio of totals",
  );
  const S = "Penyaluran DD 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN OBA LESTARI"]);
  s.lines(["REKAPITULASI PENYALURAN DANA DESA PER TAHAP TAHUN ANGGARAN 2024", "Posisi 31 Desember 2024"]);
  s.gap();
  const K = [
    { id: "k1", kec: "Oba Pantai", desa: 14, pagu: 12_684_350_000, f3: 0.19 },
    { id: "k2", kec: "Oba Tengah", desa: 11, pagu: 9_812_740_000, f3: 0.2 },
    { id: "k3", kec: "Gunung Sahu Lestari", desa: 9, pagu: 8_335_120_000, f3: 0.06 },
    { id: "k4", kec: "Tanjung Kelor", desa: 17, pagu: 15_407_880_000, f3: 0.18 },
    { id: "k5", kec: "Pulau Mayau Lestari", desa: 6, pagu: 5_963_410_000, f3: 0.02 },
  ];
  const th = (p: number, f: number) => Math.round((p * f) / 1000) * 1000;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    { key: "desa", head: ["Jumlah Desa"], role: "lainnya", num: "(3)", fmt: INT },
    {
      key: "pagu",
      head: ["Pagu Dana Desa (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "(4)",
      fmt: RP,
      width: 18,
    },
    {
      key: "t1",
      head: ["Penyaluran", "Tahap I"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(5)",
      fmt: RP,
      width: 17,
    },
    {
      key: "t2",
      head: ["Penyaluran", "Tahap II"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(6)",
      fmt: RP,
      width: 17,
    },
    {
      key: "t3",
      head: ["Penyaluran", "Tahap III"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(7)",
      fmt: RP,
      width: 17,
    },
    {
      key: "jml",
      head: ["Jumlah Tersalur"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(8) = (5)+(6)+(7)",
      fmt: RP,
      width: 18,
    },
    { key: "pct", head: ["% Tersalur"], role: "capaian", num: "(9) = (8)/(4) x 100", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i) => ({
        id: k.id,
        cells: (x: { a: (key: string) => string }) => ({
          no: i + 1,
          kec: k.kec,
          desa: k.desa,
          pagu: k.pagu,
          t1: th(k.pagu, 0.4),
          t2: th(k.pagu, 0.4),
          t3: th(k.pagu, k.f3),
          jml: fx(`SUM(${x.a("t1")}:${x.a("t3")})`),
          // planted: k3's % is a stale 97.80 (the formula gives 86.00)
          pct: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`, k.id === "k3" ? 97.8 : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (x) => ({
          no: "TOTAL",
          // planted: jumlah desa SUM stops one row short
          desa: fx(`SUM(${x.a("desa", "k1")}:${x.a("desa", "k4")})`),
          ...Object.fromEntries(
            ["pagu", "t1", "t2", "t3", "jml"].map((c) => [c, fx(`SUM(${x.a(c, "k1")}:${x.a(c, "k5")})`)]),
          ),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: aplikasi OM-SPAN dan laporan BPKAD, diolah."]);
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("pct", "k3") },
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    note: "% tersalur of Gunung Sahu Lestari shows a stale cached 97.80; (8)/(4) x 100 = 86.00 (tahap III mostly not disbursed)",
    truth: `ROUND(${a("jml", "k3")}/${a("pagu", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("desa", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL jumlah desa is =SUM over the first four kecamatan (51); the five give 57",
    truth: ids.map((id) => a("desa", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("pagu", "tot")}*100,2)`,
    trap: `AVERAGE(${a("pct", "k1")}:${a("pct", "k5")})`,
  });
  for (const c of ["pagu", "t3", "jml"])
    b.ok({
      sheet: S,
      cell: a(c, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(c, id)).join("+"),
    });
  for (const id of ["k1", "k3", "k5"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("t1", id)}+${a("t2", id)}+${a("t3", id)}`,
    });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("jml", id)}/${a("pagu", id)}*100,2)`,
    });
  return b.finish();
}

/** Status IDM and BUMDes per kecamatan, Barito Selangkai 2024: two tables side by side. */
export function rekapIdmBumdes(): BookW {
  const b = new BookW(
    "rekap-status-idm-bumdes-kecamatan-barito-selangkai.xlsx",
    "Rekap status IDM dan BUMDes per kecamatan (DPMD)",
    "Left: status IDM per kecamatan (Mandiri..Sangat Tertinggal, typed Jumlah Desa, % Maju+Mandiri formula, JUMLAH row); right after one empty column: BUMDes terbentuk / aktif / % aktif with a ratio-of-totals JUMLAH",
  );
  const S = "IDM dan BUMDes 2024";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI STATUS INDEKS DESA MEMBANGUN DAN BUMDES PER KECAMATAN",
    "KABUPATEN BARITO SELANGKAI TAHUN 2024",
  ]);
  s.gap();
  const K = [
    { id: "k1", kec: "Tewah Selangkai", st: [2, 5, 7, 2, 0], bt: 15, ba: 12 },
    { id: "k2", kec: "Pematang Karau Hulu", st: [1, 3, 8, 3, 1], bt: 14, ba: 9 },
    { id: "k3", kec: "Sei Bulau Lestari", st: [0, 4, 6, 4, 2], bt: 12, ba: 11 },
    { id: "k4", kec: "Kuala Mendawai Hilir", st: [3, 6, 5, 1, 0], bt: 15, ba: 14 },
    { id: "k5", kec: "Bukit Sangkur", st: [0, 1, 5, 4, 3], bt: 10, ba: 5 },
  ];
  const ST = ["Mandiri", "Maju", "Berkembang", "Tertinggal", "Sangat Tertinggal"];
  const top = s.r;
  const A = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 22 },
      ...ST.map((x, i): Col => ({
        key: `s${i}`,
        head: ["Status Desa (IDM 2024)", x],
        role: "lainnya",
        num: 3 + i,
        fmt: INT,
        width: 11,
      })),
      { key: "jd", head: ["Jumlah Desa"], role: "lainnya", num: "8 = 3 s.d. 7", fmt: INT },
      { key: "pm", head: ["% Maju + Mandiri"], role: "capaian", num: "9 = (3+4)/8", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i) => ({
        id: k.id,
        cells: (x: { a: (key: string) => string }) => ({
          no: i + 1,
          kec: k.kec,
          ...Object.fromEntries(k.st.map((v, j) => [`s${j}`, v])),
          // planted: k2's Jumlah Desa typed 17 (the statuses give 16)
          jd: k.id === "k2" ? 17 : sum(k.st),
          pm: fx(`ROUND((${x.a("s0")}+${x.a("s1")})/${x.a("jd")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (x) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["s0", "s1", "s2", "s3", "s4", "jd"].map((c) => [c, fx(`SUM(${x.a(c, "k1")}:${x.a(c, "k5")})`)]),
          ),
          pm: fx(`ROUND((${x.a("s0")}+${x.a("s1")})/${x.a("jd")}*100,2)`),
        }),
      },
    ],
  });
  const B = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 22 },
        { key: "bt", head: ["BUMDes Terbentuk"], role: "lainnya", fmt: INT },
        { key: "ba", head: ["BUMDes Aktif"], role: "lainnya", fmt: INT },
        { key: "pa", head: ["% Aktif"], role: "capaian", fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...K.map((k) => ({
          id: k.id,
          cells: (x: { a: (key: string) => string }) => ({
            kec: k.kec,
            bt: k.bt,
            ba: k.ba,
            // planted: k3's % aktif typed 108.33 (11 of 12 is 91.67)
            pa: k.id === "k3" ? 108.33 : fx(`ROUND(${x.a("ba")}/${x.a("bt")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            kec: "Jumlah",
            bt: fx(`SUM(${x.a("bt", "k1")}:${x.a("bt", "k5")})`),
            ba: fx(`SUM(${x.a("ba", "k1")}:${x.a("ba", "k5")})`),
            pa: fx(`ROUND(${x.a("ba")}/${x.a("bt")}*100,2)`),
          }),
        },
      ],
    },
    A.right + 2,
    top,
  );
  s.gap();
  signature(s, 11, {
    tempat: "Muara Selangkai, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pemberdayaan Ekonomi Desa"],
    nama: "RUSMINAH DEWI ANGGRAINI, S.E.",
    nip: "19830914 200902 2 004",
  });
  const a = (k: string, id: string) => A.a(k, id);
  const st = (id: string) => [0, 1, 2, 3, 4].map((j) => a(`s${j}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("jd", "k2") },
    rules: ["sum-mismatch"],
    note: "Jumlah Desa of Pematang Karau Hulu is 17; its five IDM statuses add up to 1+3+8+3+1 = 16",
    truth: st("k2"),
  });
  b.plant({
    at: { sheet: S, cell: B.a("pa", "k3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "% BUMDes aktif of Sei Bulau Lestari is a typed 108.33, impossible (aktif <= terbentuk); 11/12 x 100 = 91.67",
    truth: `ROUND(${B.a("ba", "k3")}/${B.a("bt", "k3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: B.a("pa", "tot"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `ROUND(${B.a("ba", "tot")}/${B.a("bt", "tot")}*100,2)`,
    trap: `AVERAGE(${B.a("pa", "k1")}:${B.a("pa", "k5")})`,
  });
  for (const id of ["k1", "k3", "k4", "k5"]) {
    b.ok({ sheet: S, cell: a("jd", id), rules: ["sum-mismatch"], truth: st(id) });
    b.ok({
      sheet: S,
      cell: a("pm", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND((${a("s0", id)}+${a("s1", id)})/${a("jd", id)}*100,2)`,
    });
  }
  for (const c of ["s0", "s1", "s4"])
    b.ok({ sheet: S, cell: a(c, "tot"), rules: ["sum-mismatch"], truth: K.map((k) => a(c, k.id)).join("+") });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: B.a("pa", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `ROUND(${B.a("ba", id)}/${B.a("bt", id)}*100,2)`,
    });
  for (const c of ["bt", "ba"])
    b.ok({
      sheet: S,
      cell: B.a(c, "tot"),
      rules: ["sum-mismatch"],
      truth: K.map((k) => B.a(c, k.id)).join("+"),
    });
  return b.finish();
}
