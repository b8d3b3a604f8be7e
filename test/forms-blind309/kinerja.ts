// LKjIP capaian table and Perjanjian Kinerja (beside its Renstra IKU targets) of two DPMPTSP.
// Every name and number is invented.
import { BookW, DEC, RP, fx, predikatBaik, round, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Tabel 3.1 of DPMPTSP Kabupaten Lembah Seruni: no No column, Sasaran merged, refleksi on negatives. */
export function lkjipDpmptsp(): BookW {
  const b = new BookW(
    "lkjip-2024-dpmptsp-lembah-seruni-309.xlsx",
    "LKjIP capaian (DPMPTSP)",
    "LKjIP 2024 Tabel 3.1: Sasaran merged, no No column, Tahun 2024 group over Target/Realisasi/Capaian/Predikat, Realisasi 2023, Renstra 2022-2026 target akhir and capaian; ROUND capaian formulas with refleksi for negatives",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Sasaran Strategis DPMPTSP Kabupaten Lembah Seruni Tahun 2024",
  ]);
  s.gap();
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(1)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(4)", fmt: "#,##0.##" },
    {
      key: "r",
      head: ["Tahun 2024", "Realisasi"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: "#,##0.##",
    },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", num: "(6)", fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", num: "(7)" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(8)", fmt: "#,##0.##" },
    { key: "ta", head: ["Renstra 2022-2026", "Target Akhir"], role: "target", num: "(9)", fmt: "#,##0.##" },
    {
      key: "ca",
      head: ["Renstra 2022-2026", "Capaian thd Target Akhir (%)"],
      role: "capaian",
      num: "(10)",
      fmt: DEC,
    },
  ];
  const SA = "Meningkatnya realisasi investasi daerah";
  const SB = "Meningkatnya kualitas pelayanan perizinan";
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    t: number;
    r: number;
    r23: number;
    ta: number;
    neg: boolean;
  };
  const inds: I[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Nilai realisasi investasi PMA dan PMDN",
      sat: "Rp miliar",
      t: 1850,
      r: 2012.6,
      r23: 1694.3,
      ta: 2300,
      neg: false,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Jumlah proyek investasi baru PMA/PMDN",
      sat: "proyek",
      t: 420,
      r: 386,
      r23: 371,
      ta: 520,
      neg: false,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Indeks Kepuasan Masyarakat (IKM) pelayanan perizinan",
      sat: "nilai",
      t: 84,
      r: 82.15,
      r23: 80.4,
      ta: 86,
      neg: false,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Rata-rata waktu penyelesaian perizinan berusaha",
      sat: "hari",
      t: 5,
      r: 6.2,
      r23: 6.8,
      ta: 4,
      neg: true,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase pengaduan perizinan yang tidak terselesaikan",
      sat: "%",
      t: 10,
      r: 7.5,
      r23: 11.2,
      ta: 6,
      neg: true,
    },
  ];
  const cap = (t: number, r: number, neg: boolean) => round(neg ? ((2 * t - r) / t) * 100 : (r / t) * 100);
  const rows: Row[] = inds.map((e) => ({
    id: e.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      const pos = `ROUND(${R}/${T}*100,2)`;
      const neg = `ROUND((2*${T}-${R})/${T}*100,2)`;
      const c = e.id === "i4" ? fx(pos) : e.id === "i2" ? fx(pos, 95.6) : fx(e.neg ? neg : pos);
      const shown = e.id === "i4" ? round((e.r / e.t) * 100) : cap(e.t, e.r, e.neg);
      const TA = x.a("ta");
      return {
        sas: e.sas,
        ind: e.ind,
        sat: e.sat,
        t: e.t,
        r: e.r,
        c,
        p: predikatBaik(shown),
        r23: e.r23,
        ta: e.ta,
        ca: fx(e.neg ? `ROUND((2*${TA}-${R})/${TA}*100,2)` : `ROUND(${R}/${TA}*100,2)`),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator berpolaritas negatif (waktu penyelesaian, pengaduan) dihitung (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, tk = "t") => `(2*${a(tk, id)}-${a("r", id)})/${a(tk, id)}*100`;
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("i4"),
    note: "rata-rata waktu penyelesaian izin (lower is better) computed R/T = 124.00; refleksi (2T-R)/T gives 76.00",
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    truth: `${a("r", "i2")}/${a("t", "i2")}*100`,
    note: "=ROUND(E/D*100,2) with a stale cached 95.60; 386 / 420 gives 91.90",
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch"],
    truth: refl("i5"),
    trap: `${a("r", "i5")}/${a("t", "i5")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("ca", "i5"),
    rules: ["capaian-mismatch"],
    truth: refl("i5", "ta"),
    trap: `${a("r", "i5")}/${a("ta", "i5")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("ca", "i4"),
    rules: ["capaian-mismatch"],
    truth: refl("i4", "ta"),
    trap: `${a("r", "i4")}/${a("ta", "i4")}*100`,
  });
  for (const id of ["i1", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r", id)}/${a("t", id)}*100`,
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("ca", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r", id)}/${a("ta", id)}*100`,
    });
  for (const id of ["i1", "i2", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2026 of DPMPTSP Kota Pare Bulawan beside its Renstra 2025-2029 IKU targets (Tahun ke-1..5). */
export function pkDpmptsp(): BookW {
  const b = new BookW(
    "pk-2026-dpmptsp-pare-bulawan-309.xlsx",
    "PK + Renstra (DPMPTSP)",
    "PK 2026 statement page, indicator table (Sasaran merged, Satuan after Target) and program table with a SUM Jumlah; sheet 'Renstra IKU' with Tahun ke-1..5 of Renstra 2025-2029 and Kondisi Akhir",
  );
  // --- Renstra sheet first (the PK refers to it)
  const RS = "Renstra IKU";
  const r = b.sheet(RS);
  r.lines(["Tabel 4.2", "Target Indikator Kinerja Utama DPMPTSP Kota Pare Bulawan, Renstra 2025-2029"]);
  r.gap();
  const iku = [
    {
      id: "u1",
      ind: "Persentase pertumbuhan nilai realisasi investasi",
      sat: "%",
      awal: 6.2,
      t: [7, 7.5, 8, 8.5, 9],
    },
    {
      id: "u2",
      ind: "Indeks Kepuasan Masyarakat pelayanan perizinan",
      sat: "nilai",
      awal: 81.9,
      t: [82.5, 83.5, 84.5, 85.5, 86.5],
    },
    {
      id: "u3",
      ind: "Persentase perizinan berusaha yang diterbitkan tepat waktu",
      sat: "%",
      awal: 85.3,
      t: [88, 90, 92, 94, 96],
    },
    {
      id: "u4",
      ind: "Persentase perusahaan yang menyampaikan LKPM",
      sat: "%",
      awal: 51.7,
      t: [55, 60, 65, 70, 75],
    },
  ];
  const rcols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal" },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja", `Tahun ke-${y}`],
      role: "target",
      year: 2024 + y,
    })),
    { key: "ka", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir" },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    rows: iku.map((u, i) => ({
      id: u.id,
      cells: {
        no: i + 1,
        ind: u.ind,
        sat: u.sat,
        awal: u.awal,
        t1: u.t[0],
        t2: u.t[1],
        t3: u.t[2],
        t4: u.t[3],
        t5: u.t[4],
        ka: u.t[4],
      },
    })),
  });
  // --- PK sheet
  const PS = "PK 2026";
  const p = b.sheet(PS);
  p.lines(
    [
      "PERJANJIAN KINERJA TAHUN 2026",
      "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA PARE BULAWAN",
    ],
    1,
    { bold: true },
  );
  p.gap();
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Dr. Andi Mappatunru Saleh, S.E., M.Si., Kepala DPMPTSP, selanjutnya disebut pihak pertama,",
    "dan Ir. H. Muhammad Arsyad Daeng Nai, M.T., Wali Kota Pare Bulawan, selanjutnya disebut pihak kedua,",
    "berjanji mewujudkan target kinerja tahunan sebagaimana tercantum di bawah ini.",
  ]);
  p.gap();
  p.lines(["SASARAN DAN INDIKATOR KINERJA"], 1, { bold: true });
  const pkT = [7.5, 83.5, 94, 60]; // the third is Tahun ke-4 (2028); Tahun ke-2 is 90
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "t", head: ["Target"], role: "target", year: 2026 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: iku.map((u, i) => ({
      id: u.id,
      cells: {
        no: i + 1,
        sas:
          i < 1
            ? "Meningkatnya realisasi investasi"
            : "Meningkatnya kualitas pelayanan perizinan dan kepatuhan pelaku usaha",
        ind: u.ind,
        t: pkT[i],
        sat: u.sat,
      },
    })),
  });
  p.gap();
  p.lines(["PROGRAM DAN ANGGARAN"], 1, { bold: true });
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 8412650000],
    ["Program Pengembangan Iklim Penanaman Modal", 612400000],
    ["Program Promosi Penanaman Modal", 1845300000],
    ["Program Pelayanan Penanaman Modal", 2276850000],
    ["Program Pengendalian Pelaksanaan Penanaman Modal", 938700000],
    ["Program Pengelolaan Data dan Sistem Informasi Penanaman Modal", 726150000],
  ];
  const progRows: Row[] = progs.map(([n, v], i) => ({
    id: `g${i + 1}`,
    cells: { no: i + 1, prog: n, rp: v, ket: "APBD 2026" },
  }));
  progRows.push({
    id: "jml",
    bold: true,
    span: ["no", "prog"],
    cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g5")})`) }),
  });
  const gt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 40 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: progRows,
  });
  p.gap();
  signature(p, 3, {
    tempat: "Pare Bulawan, 5 Januari 2026",
    jabatan: ["Pihak Pertama,", "Kepala Dinas Penanaman Modal dan PTSP"],
    nama: "Dr. ANDI MAPPATUNRU SALEH, S.E., M.Si.",
    nip: "19760412 200212 1 006",
  });
  const rr = (id: string, k: string) => `'${RS}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: PS, cell: pt.a("t", "u3") },
        { sheet: RS, cell: rt.a("t2", "u3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: rr("u3", "t2"),
    note: "PK 2026 target 94 for perizinan tepat waktu is the Renstra Tahun ke-4 (2028) target; Tahun ke-2 (2026) is 90",
  });
  b.plant({
    at: { sheet: PS, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g6")})`,
    note: "Jumlah =SUM one row short (14,085,900,000); the six programs add up to 14,812,050,000",
  });
  for (const id of ["u1", "u2", "u4"])
    b.ok({ sheet: PS, cell: pt.a("t", id), rules: ["cross-table-mismatch"], truth: rr(id, "t2") });
  for (const u of iku)
    b.ok({
      sheet: RS,
      cell: rt.a("ka", u.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t5", u.id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`t${y}`, u.id)).join("+"),
    });
  return b.finish();
}
