// LKjIP, PK with its Renstra, the quarterly recap of visitors and retribusi masuk, and the recap of
// patrols per resort beside the plant collection per family, for the Tahura / kebun raya of
// Kabupaten Tanah Rengas (Kalimantan Barat) and Kota Bukit Talang (Bengkulu). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col } from "../forms/kit";

/** LKjIP 2024 Tabel 3.2, UPTD Tahura Bukit Rengas: refleksi on the negative indicators. */
export function lkjipTahura(): BookW {
  const b = new BookW(
    "lkjip-2024-tahura-bukit-rengas-hotspot.xlsx",
    "LKjIP pengukuran kinerja (UPTD Tahura)",
    "LKjIP 2024: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas, refleksi on hotspot and luas terbakar; predikat words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja UPTD Taman Hutan Raya Bukit Rengas Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya kualitas dan keamanan kawasan Tahura";
  const SB = "Meningkatnya kunjungan dan nilai koleksi Tahura";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase luas kawasan Tahura yang bebas kebakaran",
      sat: "%",
      neg: false,
      r0: 95.8,
      t: 96,
      r: 96.5,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Jumlah titik panas (hotspot) di kawasan Tahura",
      sat: "titik",
      neg: true,
      r0: 14,
      t: 12,
      r: 9,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Luas kawasan Tahura yang terbakar",
      sat: "ha",
      neg: true,
      r0: 21.7,
      t: 15,
      r: 18.4,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Jumlah pengunjung Tahura",
      sat: "orang",
      neg: false,
      r0: 47_310,
      t: 52_000,
      r: 54_395,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase koleksi tumbuhan yang teridentifikasi",
      sat: "%",
      neg: false,
      r0: 55.4,
      t: 70,
      r: 58.6,
    },
    {
      id: "i6",
      sas: SB,
      ind: "Realisasi retribusi masuk Tahura (Rp)",
      sat: "Rp",
      neg: false,
      r0: 963_200_000,
      t: 1_250_000_000,
      r: 1_108_750_000,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: "#,##0.##" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: "#,##0.##" },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: "#,##0.##" },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 14 },
  ];
  // the stated capaian (for the predikat cell); i3 is planted with R/T
  const cap = (x: (typeof I)[number]) =>
    Math.round(((x.neg && x.id !== "i3" ? 2 * x.t - x.r : x.r) / x.t) * 10000) / 100;
  const band = (v: number) =>
    v > 90 ? "Sangat Baik" : v > 75 ? "Baik" : v > 65 ? "Cukup" : v > 50 ? "Kurang" : "Sangat Kurang";
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x, i) => ({
      id: x.id,
      cells: (c) => {
        const T = c.a("t");
        const R = c.a("r");
        return {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: i3 (negative) computed with R/T like the positive rows
          c: fx(x.neg && x.id !== "i3" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`),
          // planted: i5 "Sangat Baik" for 83.71
          p: x.id === "i5" ? "Sangat Baik" : band(cap(x)),
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator negatif (titik panas, luas terbakar) dihitung dengan (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch"],
    note: "Luas kawasan terbakar (negative, T 15 ha, R 18.4 ha) computed with R/T = 122.67; refleksi (2T-R)/T gives 77.33",
    truth: refl("i3"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a capaian of 83.71; the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({ sheet: S, cell: a("c", "i2"), rules: ["capaian-mismatch"], truth: refl("i2"), trap: rt("i2") });
  for (const id of ["i1", "i4", "i5", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["i1", "i2", "i4", "i6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala UPTD Kebun Raya dan Tahura, Kota Bukit Talang, beside its Renstra 2025-2029 sheet. */
export function pkKebunRaya(): BookW {
  const b = new BookW(
    "pk-2025-uptd-kebun-raya-bukit-talang.xlsx",
    "Perjanjian Kinerja 2025 + Renstra (Kebun Raya / Tahura)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target 2025; No | Kode | Program | Anggaran (Rp) | Keterangan with Jumlah (SUM with a stale cached result); sheet 'Renstra 2025-2029': Kondisi Awal 2024 | 2025..2029 | Kondisi Akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  const I = [
    {
      id: "a",
      ind: "Persentase koleksi tumbuhan kebun raya yang teridentifikasi",
      sat: "%",
      awal: 62.5,
      k: [66, 70, 74, 78, 82],
    },
    {
      id: "b",
      ind: "Indeks kepuasan pengunjung kebun raya",
      sat: "indeks",
      awal: 79.2,
      k: [80.5, 81.5, 82.5, 83.5, 84.5],
    },
    {
      id: "c",
      ind: "Jumlah titik panas (hotspot) di kawasan Tahura",
      sat: "titik",
      awal: 11,
      k: [10, 9, 8, 7, 6],
    },
    {
      id: "d",
      ind: "Persentase luas kawasan Tahura yang bebas kebakaran",
      sat: "%",
      awal: 95.5,
      k: [96, 96.5, 97, 97.5, 98],
    },
  ];
  rs.lines(["Target Indikator Kinerja Renstra UPTD Kebun Raya dan Tahura Sebakul Raya 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "akhir", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: I.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`y${2025 + j}`, v])),
        akhir: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PEMERINTAH KOTA BUKIT TALANG", "DINAS LINGKUNGAN HIDUP"]);
  pk.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak pertama, Kepala UPTD Kebun Raya dan Tahura Sebakul Raya, berjanji mewujudkan target kinerja berikut",
    "sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah dalam Renstra.",
  ]);
  pk.gap();
  pk.lines(["Lampiran: Sasaran, Indikator dan Target Kinerja"]);
  // planted: the hotspot target 9 is the Renstra 2026 target; 2025 is 10
  const pkT: Record<string, number> = { a: 66, b: 80.5, c: 9, d: 96 };
  const it = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: "0.0##" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya nilai koleksi dan layanan kebun raya"
            : "Terjaganya kawasan Tahura dari kebakaran",
        ind: x.ind,
        sat: x.sat,
        t: pkT[x.id],
      },
    })),
  });
  pk.gap();
  const progs = [
    {
      id: "p1",
      kode: "3.27.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      rp: 1_862_300_000,
    },
    {
      id: "p2",
      kode: "3.27.03",
      nama: "PROGRAM PENGELOLAAN TAMAN HUTAN RAYA (TAHURA) KABUPATEN/KOTA",
      rp: 4_215_600_000,
    },
    {
      id: "p3",
      kode: "3.27.05",
      nama: "PROGRAM PENDIDIKAN DAN PELATIHAN, PENYULUHAN DAN PEMBERDAYAAN MASYARAKAT DI BIDANG KEHUTANAN",
      rp: 648_950_000,
    },
  ];
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "prog", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i) => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, prog: p.nama, rp: p.rp, ket: "APBD Kota" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"] as [string, string],
        // planted: the SUM's cached result is stale (an older p2 of 3,835,600,000)
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`, 6_346_850_000) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Bukit Talang, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA UPTD KEBUN RAYA DAN TAHURA"],
    nama: "AGUS SETIAWAN NAPITUPULU, S.P.",
    nip: "19820317 201001 1 012",
  });
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: it.a("t", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target for titik panas is 9, the Renstra 2026 target; the Renstra 2025 target is 10",
    truth: ra("y2025", "c"),
  });
  b.plant({
    at: { sheet: P, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah = SUM of the three programs with a stale cached 6,346,850,000; the programs add up to 6,726,850,000",
    truth: `${pt.a("rp", "p1")}+${pt.a("rp", "p2")}+${pt.a("rp", "p3")}`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({ sheet: P, cell: it.a("t", id), rules: ["cross-table-mismatch"], truth: ra("y2025", id) });
  const yk = (id: string) => [2025, 2026, 2027, 2028, 2029].map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: yk(id),
    });
  return b.finish();
}

/** Quarterly recap of visitors and retribusi masuk, Tahura Bukit Rengas 2024 (table from column B). */
export function rekapKunjungan(): BookW {
  const b = new BookW(
    "rekap-triwulan-pengunjung-retribusi-tahura-2024.xlsx",
    "Rekap pengunjung dan retribusi per triwulan (Tahura)",
    "table starting in column B; number row with identities '(6) = (3)+(4)+(5)', '(9) = (8)/(7) x 100', '(10) = (8)/(6)'; visitors per category, retribusi target and realisasi per quarter, Jumlah row whose % is the ratio of totals",
  );
  const S = "Rekap TW 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "UPTD TAHURA BUKIT RENGAS - KABUPATEN TANAH RENGAS",
      "REKAPITULASI PENGUNJUNG DAN RETRIBUSI MASUK TAHURA TAHUN 2024",
    ],
    2,
    { bold: true },
  );
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", d: 8_120, p: 2_905, m: 215, t: 200_000_000, r: 221_600_000 },
    { id: "q2", tw: "Triwulan II", d: 10_460, p: 4_620, m: 300, t: 400_000_000, r: 312_450_000 },
    { id: "q3", tw: "Triwulan III", d: 9_340, p: 3_280, m: 285, t: 300_000_000, r: 268_900_000 },
    { id: "q4", tw: "Triwulan IV", d: 10_115, p: 4_410, m: 345, t: 350_000_000, r: 305_800_000 },
  ];
  const V = "Jumlah Pengunjung (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "tw", head: ["Periode"], num: "(2)", width: 14 },
    { key: "d", head: [V, "Umum / Dewasa"], num: "(3)", fmt: INT },
    { key: "p", head: [V, "Pelajar / Anak"], num: "(4)", fmt: INT },
    { key: "m", head: [V, "Mancanegara"], num: "(5)", fmt: INT },
    { key: "j", head: [V, "Jumlah"], num: "(6) = (3)+(4)+(5)", fmt: INT },
    {
      key: "t",
      head: ["Retribusi Masuk (Rp)", "Target"],
      role: "target",
      year: 2024,
      num: "(7)",
      fmt: RP,
      width: 16,
    },
    {
      key: "r",
      head: ["Retribusi Masuk (Rp)", "Realisasi"],
      role: "realisasi",
      year: 2024,
      num: "(8)",
      fmt: RP,
      width: 16,
    },
    {
      key: "c",
      head: ["Capaian Retribusi (%)"],
      role: "capaian",
      year: 2024,
      num: "(9) = (8)/(7) x 100",
      fmt: DEC,
    },
    { key: "pp", head: ["Retribusi per Pengunjung (Rp)"], num: "(10) = (8)/(6)", fmt: RP },
  ];
  const t = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...Q.map((q, i) => ({
          id: q.id,
          cells: (x: { a: (k: string, id?: string) => string }) => ({
            no: i + 1,
            tw: q.tw,
            d: q.d,
            p: q.p,
            m: q.m,
            // planted: Triwulan III typed 13,905 among formulas; 9,340 + 3,280 + 285 = 12,905
            j: q.id === "q3" ? 13_905 : fx(`${x.a("d")}+${x.a("p")}+${x.a("m")}`),
            t: q.t,
            r: q.r,
            // planted: Triwulan II cached 87.11 (the formula gives 78.11)
            c: fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`, q.id === "q2" ? 87.11 : undefined),
            pp: fx(`ROUND(${x.a("r")}/${x.a("j")},0)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "tw"] as [string, string],
          cells: (x) => {
            const S4 = (k: string) => fx(`SUM(${x.a(k, "q1")}:${x.a(k, "q4")})`);
            return {
              no: "Jumlah",
              d: S4("d"),
              p: S4("p"),
              m: S4("m"),
              j: S4("j"),
              t: S4("t"),
              r: S4("r"),
              c: fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
              pp: fx(`ROUND(${x.a("r")}/${x.a("j")},0)`),
            };
          },
        },
      ],
    },
    2,
  );
  s.gap();
  s.lines(["Sumber: karcis masuk dan setoran retribusi ke Kas Daerah (BPKAD Kab. Tanah Rengas)."], 2);
  s.gap();
  signature(s, 9, {
    tempat: "Rengas Hulu, 8 Januari 2025",
    jabatan: ["Kepala Seksi Pemanfaatan dan Pelayanan"],
    nama: "RATNA DEWI LESTARI, S.E.",
    nip: "19850611 201101 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const parts = (id: string) => `${a("d", id)}+${a("p", id)}+${a("m", id)}`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("j", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Triwulan III Jumlah (6) is a typed 13,905 in a column of formulas; (3)+(4)+(5) = 12,905",
    truth: parts("q3"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "q2") },
    rules: ["capaian-mismatch"],
    note: "Triwulan II capaian =ROUND(I/H*100,2) shows a stale 87.11; 312,450,000 / 400,000,000 gives 78.11",
    truth: rt("q2"),
  });
  for (const id of ["q1", "q2", "q4"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: parts(id) });
  for (const id of ["q1", "q3", "q4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const k of ["d", "p", "m", "t", "r"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: Q.map((q) => a(k, q.id)).join("+") });
  b.ok({
    sheet: S,
    cell: a("c", "jml"),
    rules: ["capaian-mismatch"],
    truth: rt("jml"),
    trap: `(${Q.map((q) => rt(q.id)).join("+")})/4`,
  });
  return b.finish();
}

/** Patrols per resort beside the plant collection per family, Tahura Sebakul Raya, Kota Bukit Talang 2024. */
export function patroliKoleksi(): BookW {
  const b = new BookW(
    "patroli-resort-koleksi-suku-tahura-sebakul-2024.xlsx",
    "Rekap patroli per resort dan koleksi per suku (Tahura)",
    "two tables side by side (B..G and I..M) of different heights, one empty column between; TOTAL rows with % as the ratio of totals; Luas total a SUM one row short; a % teridentifikasi over 100",
  );
  const S = "Patroli & Koleksi 2024";
  const s = b.sheet(S);
  s.lines(["REKAPITULASI PATROLI KAWASAN DAN KOLEKSI TUMBUHAN TAHURA SEBAKUL RAYA TAHUN 2024"], 2, {
    bold: true,
  });
  s.lines(["Kota Bukit Talang, Provinsi Bengkulu"], 2);
  s.gap();
  const top = s.r;
  const RS = [
    { id: "r1", n: "Resort Bukit Gedang", l: 412.5, pl: 48, re: 46 },
    { id: "r2", n: "Resort Sungai Lemau", l: 287.3, pl: 36, re: 36 },
    { id: "r3", n: "Resort Talang Kering", l: 538.9, pl: 60, re: 52 },
    { id: "r4", n: "Resort Air Rambai", l: 196.8, pl: 24, re: 23 },
  ];
  const lt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "n", head: ["Resort Pengelolaan"], width: 22 },
        { key: "l", head: ["Luas Wilayah (ha)"], fmt: "#,##0.0" },
        { key: "pl", head: ["Patroli (kali)", "Rencana"], role: "target", year: 2024, fmt: INT },
        { key: "re", head: ["Patroli (kali)", "Realisasi"], role: "realisasi", year: 2024, fmt: INT },
        { key: "c", head: ["% Realisasi Patroli"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...RS.map((x, i) => ({
          id: x.id,
          cells: (c: { a: (k: string, id?: string) => string }) => ({
            no: i + 1,
            n: x.n,
            l: x.l,
            pl: x.pl,
            re: x.re,
            c: fx(`ROUND(${c.a("re")}/${c.a("pl")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "n"] as [string, string],
          cells: (c) => ({
            no: "TOTAL",
            // planted: SUM stops at Resort Talang Kering
            l: fx(`SUM(${c.a("l", "r1")}:${c.a("l", "r3")})`),
            pl: fx(`SUM(${c.a("pl", "r1")}:${c.a("pl", "r4")})`),
            re: fx(`SUM(${c.a("re", "r1")}:${c.a("re", "r4")})`),
            c: fx(`ROUND(${c.a("re")}/${c.a("pl")}*100,2)`),
          }),
        },
      ],
    },
    2,
    top,
  );
  const SU = [
    { id: "f1", n: "Dipterocarpaceae", j: 124, i: 98 },
    { id: "f2", n: "Arecaceae", j: 86, i: 71 },
    { id: "f3", n: "Zingiberaceae", j: 72, i: 48 },
    { id: "f4", n: "Orchidaceae", j: 140, i: 96 },
    { id: "f5", n: "Nepenthaceae", j: 18, i: 15 },
  ];
  const rt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "n", head: ["Suku (Famili)"], width: 20 },
        { key: "j", head: ["Jumlah Spesimen Koleksi"], fmt: INT },
        { key: "i", head: ["Teridentifikasi s.d. Jenis"], fmt: INT },
        { key: "c", head: ["% Teridentifikasi"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...SU.map((x, k) => ({
          id: x.id,
          cells: (c: { a: (k: string, id?: string) => string }) => ({
            no: k + 1,
            n: x.n,
            j: x.j,
            i: x.i,
            // planted: Nepenthaceae typed 120.00 (15 of 18 identified)
            c: x.id === "f5" ? 120 : fx(`ROUND(${c.a("i")}/${c.a("j")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "n"] as [string, string],
          cells: (c) => ({
            no: "Jumlah",
            j: fx(`SUM(${c.a("j", "f1")}:${c.a("j", "f5")})`),
            i: fx(`SUM(${c.a("i", "f1")}:${c.a("i", "f5")})`),
            c: fx(`ROUND(${c.a("i")}/${c.a("j")}*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines(["Catatan: persentase total dihitung dari jumlah, bukan rata-rata baris."], 2);
  s.gap();
  signature(s, 10, {
    tempat: "Bukit Talang, 10 Januari 2025",
    jabatan: ["KEPALA UPTD KEBUN RAYA DAN TAHURA"],
    nama: "AGUS SETIAWAN NAPITUPULU, S.P.",
    nip: "19820317 201001 1 012",
  });
  const la = (k: string, id: string) => lt.a(k, id);
  const ra = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: { sheet: S, cell: la("l", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL Luas = SUM over the first three resorts (1,238.7 ha); the four resorts add up to 1,435.5 ha",
    truth: RS.map((x) => la("l", x.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: ra("c", "f5") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "Nepenthaceae % teridentifikasi is a typed 120.00 (impossible: 15 of 18 specimens); 15/18 x 100 = 83.33",
    truth: `ROUND(${ra("i", "f5")}/${ra("j", "f5")}*100,2)`,
  });
  for (const k of ["pl", "re"])
    b.ok({
      sheet: S,
      cell: la(k, "tot"),
      rules: ["sum-mismatch"],
      truth: RS.map((x) => la(k, x.id)).join("+"),
    });
  const lp = (id: string) => `ROUND(${la("re", id)}/${la("pl", id)}*100,2)`;
  for (const x of RS) b.ok({ sheet: S, cell: la("c", x.id), rules: ["capaian-mismatch"], truth: lp(x.id) });
  b.ok({
    sheet: S,
    cell: la("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: lp("tot"),
    trap: `(${RS.map((x) => lp(x.id)).join("+")})/4`,
  });
  const rp = (id: string) => `ROUND(${ra("i", id)}/${ra("j", id)}*100,2)`;
  for (const k of ["j", "i"])
    b.ok({
      sheet: S,
      cell: ra(k, "jml"),
      rules: ["sum-mismatch"],
      truth: SU.map((x) => ra(k, x.id)).join("+"),
    });
  for (const id of ["f1", "f3", "f4"])
    b.ok({ sheet: S, cell: ra("c", id), rules: ["capaian-mismatch", "percent-out-of-range"], truth: rp(id) });
  b.ok({
    sheet: S,
    cell: ra("c", "jml"),
    rules: ["capaian-mismatch"],
    truth: rp("jml"),
    trap: `(${["f1", "f2", "f3", "f4"].map(rp).join("+")}+${ra("c", "f5")})/5`,
  });
  return b.finish();
}
