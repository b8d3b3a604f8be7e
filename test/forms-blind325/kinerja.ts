// Set 325: the LKjIP 2024 pengukuran kinerja of the Inspektorat Kabupaten Lembah Sialang and the
// Perjanjian Kinerja 2025 of the Inspektorat Kota Teluk Barambai beside its Renstra IKU. All invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  ak: number;
};

/** LKjIP 2024 Tabel 3.1: ROUND capaian formulas, refleksi on negatives, predikat words, target akhir 2026. */
export function lkjipLembahSialang(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-inspektorat-lembah-sialang-325.xlsx",
    "LKjIP pengukuran kinerja (Inspektorat)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran Strategis (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori | Target Akhir Renstra 2026 | Capaian thd Target Akhir; number row with formulas as text; refleksi (2T-R)/T on negatives; footer rata-rata + kategori",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Kinerja Sasaran Strategis Inspektorat Daerah Kabupaten Lembah Sialang Tahun 2024",
  ]);
  s.gap();
  const A = "Meningkatnya akuntabilitas kinerja dan keuangan Pemerintah Kabupaten";
  const B = "Meningkatnya kualitas pengawasan intern";
  const I: Ind[] = [
    {
      id: "i1",
      sas: A,
      ind: "Nilai SAKIP Pemerintah Kabupaten",
      sat: "nilai",
      neg: false,
      r23: 63.12,
      t: 66,
      r: 65.48,
      ak: 70,
    },
    {
      id: "i2",
      sas: A,
      ind: "Persentase temuan BPK yang berulang",
      sat: "%",
      neg: true,
      r23: 18.5,
      t: 15,
      r: 12.6,
      ak: 10,
    },
    {
      id: "i3",
      sas: B,
      ind: "Level kapabilitas APIP",
      sat: "level",
      neg: false,
      r23: 2.85,
      t: 3,
      r: 2.92,
      ak: 3.25,
    },
    {
      id: "i4",
      sas: B,
      ind: "Skor maturitas penyelenggaraan SPIP",
      sat: "skor",
      neg: false,
      r23: 3.08,
      t: 3.35,
      r: 3.21,
      ak: 3.5,
    },
    {
      id: "i5",
      sas: B,
      ind: "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
      sat: "%",
      neg: false,
      r23: 71.4,
      t: 80,
      r: 70.9,
      ak: 90,
    },
    {
      id: "i6",
      sas: B,
      ind: "Jumlah kasus kerugian daerah yang belum diselesaikan",
      sat: "kasus",
      neg: true,
      r23: 9,
      t: 6,
      r: 7,
      ak: 5,
    },
  ];
  const cap = (neg: boolean, t: number, r: number) => round(neg ? ((2 * t - r) / t) * 100 : (r / t) * 100, 2);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(5)", fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(6)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    {
      key: "c",
      head: ["Tahun 2024", "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(8) = (7)/(6) x 100",
      fmt: DEC,
    },
    { key: "kat", head: ["Tahun 2024", "Kategori"], role: "predikat", num: "(9)" },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(10)", fmt: DEC },
    {
      key: "cak",
      head: ["Capaian terhadap Target Akhir Renstra (%)"],
      role: "capaian",
      num: "(11) = (7)/(10) x 100",
      fmt: DEC,
    },
  ];
  const rows: Row[] = I.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const T = c.a("t");
      const R = c.a("r");
      const AK = c.a("ak");
      // planted: the kasus kerugian row (negative) keeps the R/T formula of the rows above
      const neg = x.neg && x.id !== "i6";
      const shown = x.id === "i6" ? cap(false, x.t, x.r) : cap(x.neg, x.t, x.r);
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: x.r23,
        t: x.t,
        r: x.r,
        c: fx(neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`),
        // planted: "Sangat Baik" for 88.63 on the rekomendasi row
        kat: x.id === "i5" ? "Sangat Baik" : predikatBaik(shown),
        ak: x.ak,
        cak: fx(x.neg ? `ROUND((2*${AK}-${R})/${AK}*100,2)` : `ROUND(${R}/${AK}*100,2)`),
      };
    },
  }));
  const shownAll = I.map((x) => (x.id === "i6" ? cap(false, x.t, x.r) : cap(x.neg, x.t, x.r)));
  const avg = shownAll.reduce((p, q) => p + q, 0) / shownAll.length;
  rows.push({
    id: "avg",
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${c.c("c")}${c.row("i1")}:${c.c("c")}${c.row("i6")}),2)`),
      kat: predikatBaik(avg),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: indikator negatif (temuan berulang, kasus kerugian daerah) dihitung (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, tk = "t") => `(2*${a(tk, id)}-${a("r", id)})/${a(tk, id)}*100`;
  const rt = (id: string, tk = "t") => `${a("r", id)}/${a(tk, id)}*100`;
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch"],
    truth: refl("i6"),
    note: "kasus kerugian daerah (lower is better) computed R/T = 116.67; refleksi (2T-R)/T gives 83.33",
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i5") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
    note: "'Sangat Baik' for a capaian of 88.63; > 75 to 90 is Baik",
  });
  // traps: refleksi on the negative row, against the year and the end-period target
  b.ok({ sheet: S, cell: a("c", "i2"), rules: ["capaian-mismatch"], truth: refl("i2"), trap: rt("i2") });
  b.ok({
    sheet: S,
    cell: a("cak", "i2"),
    rules: ["capaian-mismatch"],
    truth: refl("i2", "ak"),
    trap: rt("i2", "ak"),
  });
  b.ok({
    sheet: S,
    cell: a("cak", "i6"),
    rules: ["capaian-mismatch"],
    truth: refl("i6", "ak"),
    trap: rt("i6", "ak"),
  });
  for (const id of ["i1", "i3", "i4", "i5"]) {
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
    b.ok({ sheet: S, cell: a("cak", id), rules: ["capaian-mismatch"], truth: rt(id, "ak") });
  }
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  return b.finish();
}

/** PK 2025 (statement, indicator table, program table with Jumlah) beside the Renstra IKU 2025-2029. */
export function pkTelukBarambai(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-inspektur-teluk-barambai-325.xlsx",
    "Perjanjian Kinerja + Renstra (Inspektorat)",
    "PK 2025: statement lines, indicator table (Target before Satuan, no No column in the program table), program table with a Jumlah formula; sheet 'Renstra IKU' with 'Tahun - 1..5' resolved from 'Renstra 2025-2029', Kondisi Awal 2024 and Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra IKU";
  const iku = [
    {
      id: "u1",
      tuj: "Terwujudnya tata kelola pemerintahan yang akuntabel",
      sas: "Meningkatnya akuntabilitas kinerja Pemerintah Kota",
      ind: "Nilai SAKIP Pemerintah Kota",
      sat: "nilai",
      awal: 64.2,
      k: [66, 68, 70, 72, 75],
    },
    {
      id: "u2",
      tuj: "Terwujudnya tata kelola pemerintahan yang akuntabel",
      sas: "Meningkatnya kualitas sistem pengendalian intern",
      ind: "Level maturitas SPIP terintegrasi",
      sat: "level",
      awal: 3.05,
      k: [3.15, 3.25, 3.4, 3.5, 3.6],
    },
    {
      id: "u3",
      tuj: "Terwujudnya tata kelola pemerintahan yang akuntabel",
      sas: "Meningkatnya kualitas sistem pengendalian intern",
      ind: "Level kapabilitas APIP",
      sat: "level",
      awal: 2,
      k: [3, 3, 3, 3, 4],
    },
    {
      id: "u4",
      tuj: "Terwujudnya tata kelola pemerintahan yang akuntabel",
      sas: "Meningkatnya kepatuhan terhadap hasil pemeriksaan",
      ind: "Persentase penyelesaian tindak lanjut rekomendasi BPK",
      sat: "%",
      awal: 76.3,
      k: [79, 82, 85, 88, 90],
    },
    {
      id: "u5",
      tuj: "Terwujudnya tata kelola pemerintahan yang akuntabel",
      sas: "Meningkatnya kepatuhan terhadap hasil pemeriksaan",
      ind: "Jumlah temuan berulang pada LHP BPK",
      sat: "temuan",
      awal: 14,
      k: [12, 10, 8, 6, 5],
    },
  ];
  // Renstra sheet first in the code, the PK refers to it
  const rs = b.sheet(R);
  rs.lines([
    "Tabel 5.2 Indikator Kinerja Utama dan Target Renstra Inspektorat Kota Teluk Barambai 2025-2029",
  ]);
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 26 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `k${y}`,
      head: ["Target Tahun", `Tahun - ${y}`],
      role: "target",
      year: 2024 + y,
      fmt: DEC,
    })),
    { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    vmerge: ["tuj", "sas"],
    rows: iku.map((u, i) => ({
      id: u.id,
      cells: {
        no: i + 1,
        tuj: u.tuj,
        sas: u.sas,
        ind: u.ind,
        sat: u.sat,
        awal: u.awal,
        k1: u.k[0],
        k2: u.k[1],
        k3: u.k[2],
        k4: u.k[3],
        k5: u.k[4],
        ak: u.k[4],
      },
    })),
  });
  const ps = b.sheet(P);
  letterhead(ps, ["PEMERINTAH KOTA TELUK BARAMBAI", "INSPEKTORAT DAERAH"]);
  ps.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Nama: H. Muhammad Rifani Anshari, S.E., M.M.; Jabatan: Inspektur Kota Teluk Barambai",
    "selanjutnya disebut PIHAK PERTAMA, dan Wali Kota Teluk Barambai selaku PIHAK KEDUA, bersepakat sebagai berikut.",
  ]);
  ps.gap();
  ps.lines(["PERJANJIAN KINERJA TAHUN 2025 INSPEKTORAT KOTA TELUK BARAMBAI"], 1, { bold: true });
  ps.gap();
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    { key: "sat", head: ["Satuan"], role: "satuan" },
  ];
  const pt = ps.table({
    cols: pcols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: iku.map((u, i) => ({
      id: u.id,
      // planted: the % TL BPK target is the Renstra Tahun - 2 (2026) value
      cells: { no: i + 1, sas: u.sas, ind: u.ind, t: u.id === "u4" ? u.k[1] : u.k[0], sat: u.sat },
    })),
  });
  ps.gap();
  const progs = [
    { id: "g1", p: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_286_415_000 },
    { id: "g2", p: "Program Penyelenggaraan Pengawasan", rp: 3_972_650_000 },
    { id: "g3", p: "Program Perumusan Kebijakan, Pendampingan dan Asistensi", rp: 612_380_000 },
  ];
  const gt = ps.table({
    cols: [
      { key: "p", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g) => ({ id: g.id, cells: { p: g.p, rp: g.rp, ket: "APBD 2025" } })),
      // planted: the Jumlah stops one program short
      {
        id: "jml",
        bold: true,
        cells: (x) => ({ p: "Jumlah", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g2")})`) }),
      },
    ],
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Teluk Barambai, 10 Januari 2025",
    jabatan: ["PIHAK PERTAMA,", "INSPEKTUR"],
    nama: "H. Muhammad Rifani Anshari, S.E., M.M.",
    nip: "19750624 200112 1 003",
  });
  const ren = (id: string, y: number) => `'${R}'!${rt.a(`k${y}`, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "u4") },
        { sheet: R, cell: rt.a("k1", "u4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: ren("u4", 1),
    note: "PK 2025 target 82 for TL rekomendasi BPK is the Renstra Tahun - 2 (2026) target; Tahun - 1 (2025) is 79",
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g3")})`,
    note: "Jumlah =SUM one row short: 8,259,065,000 instead of 8,871,445,000",
  });
  for (const id of ["u1", "u2", "u5"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: ren(id, 1),
      trap: ren(id, 2),
    });
  b.ok({ sheet: P, cell: pt.a("t", "u3"), rules: ["cross-table-mismatch"], truth: ren("u3", 1) });
  for (const id of ["u1", "u2", "u4"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`k${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("ak", "u5"), rules: ["kondisi-akhir-mismatch"], truth: rt.a("k5", "u5") });
  b.ok({
    sheet: R,
    cell: rt.a("k3", "u3"),
    rules: ["target-trend", "target-outlier"],
    truth: rt.a("k2", "u3"),
  });
  return b.finish();
}
