// Perjanjian Kinerja beside its Renstra, and two recaps of Dinas Pendidikan: APK/APM SD and angka putus
// sekolah per kecamatan (two tables side by side), BOS per jenjang and triwulan. All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, sum, type Col, type Ctx } from "../forms/kit";

/** PK 2025 of the Kepala Dinas Pendidikan Kota Muara Kelapa, with the Renstra 2025-2029 IKU sheet. */
export function pkPendidikan(): BookW {
  const b = new BookW(
    "pk-2025-disdik-muara-kelapa-312.xlsx",
    "Perjanjian Kinerja (Dinas Pendidikan)",
    "PK 2025: statement page, indicator table (Satuan before Target, no merged Sasaran) and program table with a typed Jumlah; sheet 'IKU Renstra' with 'Tahun ke-1..5' of Renstra 2025-2029 resolved from the title",
  );
  const R = "IKU Renstra";
  const P = "PK 2025";
  const iku = [
    {
      id: "apk",
      ind: "Angka Partisipasi Kasar (APK) SMP",
      sat: "%",
      awal: 91.4,
      k: [92.0, 92.8, 93.5, 94.3, 95.0],
    },
    {
      id: "apm",
      ind: "Angka Partisipasi Murni (APM) SD",
      sat: "%",
      awal: 96.9,
      k: [97.2, 97.5, 97.8, 98.1, 98.4],
    },
    { id: "aps", ind: "Angka putus sekolah SMP", sat: "%", awal: 0.74, k: [0.7, 0.65, 0.6, 0.55, 0.5] },
    {
      id: "guru",
      ind: "Persentase guru bersertifikat pendidik",
      sat: "%",
      awal: 61.2,
      k: [63.5, 66.0, 68.5, 71.0, 73.5],
    },
    {
      id: "rk",
      ind: "Persentase ruang kelas rusak berat",
      sat: "%",
      awal: 9.8,
      k: [8.6, 7.4, 6.2, 5.0, 4.0],
    },
  ];
  // Renstra sheet first in the code, second in the book: write PK sheet first
  const ps = b.sheet(P);
  const rs = b.sheet(R);
  letterhead(rs, ["DINAS PENDIDIKAN KOTA MUARA KELAPA"]);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Pendidikan Tahun 2025-2029"]);
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `k${y}`,
      head: ["Target", `Tahun ke-${y}`],
      role: "target",
      year: 2024 + y,
      fmt: DEC,
    })),
    { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: iku.map((e, i) => ({
      id: e.id,
      cells: {
        no: i + 1,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        k1: e.k[0],
        k2: e.k[1],
        k3: e.k[2],
        k4: e.k[3],
        k5: e.k[4],
        ka: e.k[4],
      },
    })),
  });
  letterhead(ps, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PENDIDIKAN KOTA MUARA KELAPA"]);
  ps.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : Hj. NURLAILA SYAMSUDDIN, S.Pd., M.Si.",
    "Jabatan : Kepala Dinas Pendidikan",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  ps.gap();
  ps.lines(["Lampiran Perjanjian Kinerja Tahun 2025"], 1, { bold: true });
  ps.gap();
  const SA = "Meningkatnya akses pendidikan dasar";
  const SB = "Meningkatnya mutu pendidik dan sarana belajar";
  const pt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, num: "(5)", fmt: DEC },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: iku.map((e, i) => ({
      id: e.id,
      cells: {
        no: i + 1,
        sas: i < 3 ? SA : SB,
        ind: e.ind,
        sat: e.sat,
        t: e.id === "guru" ? e.k[1] : e.k[0],
      },
    })),
  });
  ps.gap();
  const progs = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 98_412_650_000 },
    { id: "p2", nm: "Program Pengelolaan Pendidikan", rp: 187_930_400_000 },
    { id: "p3", nm: "Program Pengembangan Kurikulum", rp: 1_245_800_000 },
    { id: "p4", nm: "Program Pendidik dan Tenaga Kependidikan", rp: 3_876_250_000 },
  ];
  const tot = sum(progs.map((p) => p.rp));
  const TYPED = 219_465_100_000 + (tot - 291_465_100_000); // digits of the true total swapped (291 -> 219)
  const gt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i) => ({ id: p.id, cells: { no: i + 1, prog: p.nm, rp: p.rp, ket: "APBD" } })),
      { id: "j", span: ["no", "prog"] as [string, string], bold: true, cells: { no: "Jumlah", rp: TYPED } },
    ],
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Muara Kelapa, 3 Januari 2025",
    jabatan: ["Kepala Dinas Pendidikan"],
    nama: "Hj. NURLAILA SYAMSUDDIN, S.Pd., M.Si.",
    nip: "19740512 199903 2 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "guru") },
        { sheet: R, cell: rt.a("k1", "guru") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target for guru bersertifikat is 66.00, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 63.50",
    truth: `'${R}'!${rt.a("k1", "guru")}`,
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: `Typed Jumlah ${TYPED}; the four programs add up to ${tot}`,
    truth: `SUM(${gt.a("rp", "p1")}:${gt.a("rp", "p4")})`,
  });
  for (const id of ["apk", "apm", "aps", "rk"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("k1", id)}`,
    });
  for (const e of iku)
    b.ok({
      sheet: R,
      cell: rt.a("ka", e.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k5", e.id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`k${y}`, e.id)).join("+"),
    });
  return b.finish();
}

/** APK/APM SD per kecamatan and angka putus sekolah SD per kecamatan, side by side, Lembah Sari Jaya 2024. */
export function rekapApkApm(): BookW {
  const b = new BookW(
    "rekap-apk-apm-putus-sekolah-kecamatan-lembah-sari-jaya-312.xlsx",
    "Rekap APK/APM dan putus sekolah per kecamatan (Dinas Pendidikan)",
    "Two tables side by side separated by one empty column: APK/APM SD per kecamatan with a formula number row '(5) = (3)/(2) x 100' and a JUMLAH row where the % are ratios of totals; angka putus sekolah per kecamatan without No column",
  );
  const S = "APK-APM SD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SARI JAYA", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines(["REKAPITULASI APK, APM DAN ANGKA PUTUS SEKOLAH SD PER KECAMATAN TAHUN PELAJARAN 2024/2025"]);
  s.gap();
  const kec = [
    { id: "k1", nm: "Sari Jaya", pend: 6_842, sis: 7_310, sis712: 6_598, awal: 7_204, ps: 11 },
    { id: "k2", nm: "Tompe Utara", pend: 3_915, sis: 4_102, sis712: 3_711, awal: 4_066, ps: 9 },
    { id: "k3", nm: "Bulu Mataue", pend: 2_487, sis: 2_655, sis712: 2_350, awal: 2_640, ps: 7 },
    { id: "k4", nm: "Lembah Pangi", pend: 4_120, sis: 4_288, sis712: 3_902, awal: 4_250, ps: 6 },
    { id: "k5", nm: "Pantai Mowu", pend: 1_936, sis: 1_998, sis712: 1_781, awal: 1_987, ps: 8 },
    { id: "k6", nm: "Kalora Timur", pend: 2_754, sis: 2_893, sis712: 2_606, awal: 2_870, ps: 4 },
  ];
  const ids = kec.map((k) => k.id);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(0)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lainnya", num: "(1)", width: 16 },
      { key: "pend", head: ["Penduduk Usia 7-12 Tahun"], num: "(2)", fmt: INT },
      { key: "sis", head: ["Siswa SD/MI", "Seluruhnya"], num: "(3)", fmt: INT },
      { key: "s712", head: ["Siswa SD/MI", "Usia 7-12 Tahun"], num: "(4)", fmt: INT },
      {
        key: "apk",
        head: ["APK SD (%)"],
        role: "realisasi",
        year: 2024,
        num: "(5) = (3)/(2) x 100",
        fmt: DEC,
      },
      {
        key: "apm",
        head: ["APM SD (%)"],
        role: "realisasi",
        year: 2024,
        num: "(6) = (4)/(2) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((k, i) => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nm,
          pend: k.pend,
          sis: k.sis,
          s712: k.sis712,
          apk: fx(`ROUND(${x.a("sis")}/${x.a("pend")}*100,2)`),
          apm: k.id === "k3" ? 104.49 : fx(`ROUND(${x.a("s712")}/${x.a("pend")}*100,2)`),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (x) => ({
          no: "JUMLAH",
          pend: fx(`SUM(${x.a("pend", "k1")}:${x.a("pend", "k6")})`),
          sis: fx(`SUM(${x.a("sis", "k1")}:${x.a("sis", "k6")})`),
          s712: fx(`SUM(${x.a("s712", "k1")}:${x.a("s712", "k6")})`),
          apk: fx(`ROUND(${x.a("sis")}/${x.a("pend")}*100,2)`),
          apm: fx(`ROUND(${x.a("s712")}/${x.a("pend")}*100,2)`),
        }),
      },
    ],
  });
  const t2 = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lainnya", width: 16 },
        { key: "awal", head: ["Siswa Awal Tahun"], fmt: INT },
        { key: "ps", head: ["Siswa Putus Sekolah"], fmt: INT },
        { key: "aps", head: ["Angka Putus Sekolah (%)"], role: "realisasi", year: 2024, fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...kec.map((k) => ({
          id: k.id,
          cells: (x: Ctx) => ({
            kec: k.nm,
            awal: k.awal,
            ps: k.ps,
            aps: fx(`ROUND(${x.a("ps")}/${x.a("awal")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          cells: (x: Ctx) => ({
            kec: "Jumlah",
            awal: fx(`SUM(${x.a("awal", "k1")}:${x.a("awal", "k6")})`),
            ps: fx(`SUM(${x.a("ps", "k1")}:${x.a("ps", "k5")})`),
            aps: fx(`ROUND(${x.a("ps")}/${x.a("awal")}*100,2)`),
          }),
        },
      ],
    },
    t1.right + 2,
    t1.top + 1,
  );
  s.r = Math.max(t1.lastDataRow, t2.lastDataRow) + 2;
  s.lines(["Sumber: Dapodik dan EMIS, data semester ganjil 2024/2025; proyeksi penduduk BPS."]);
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a1("apm", "k3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "APM SD of Bulu Mataue typed 104.49; an APM cannot pass 100 and (4)/(2) gives 94.49",
    truth: `ROUND(${a1("s712", "k3")}/${a1("pend", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a2("ps", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah siswa putus sekolah is =SUM one row short (41); the six kecamatan give 45",
    truth: ids.map((id) => a2("ps", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a1("apk", "j"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a1("sis", "j")}/${a1("pend", "j")}*100,2)`,
    trap: `(${ids.map((id) => a1("apk", id)).join("+")})/6`,
  });
  b.ok({
    sheet: S,
    cell: a1("apk", "k1"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a1("sis", "k1")}/${a1("pend", "k1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a1("apk", "k3"),
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: `ROUND(${a1("sis", "k3")}/${a1("pend", "k3")}*100,2)`,
  });
  for (const k of ["pend", "sis", "s712"])
    b.ok({
      sheet: S,
      cell: a1(k, "j"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a1(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a2("awal", "j"),
    rules: ["sum-mismatch"],
    truth: ids.map((id) => a2("awal", id)).join("+"),
  });
  for (const id of ["k1", "k2", "k4"])
    b.ok({
      sheet: S,
      cell: a1("apm", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `${a1("s712", id)}/${a1("pend", id)}*100`,
    });
  for (const id of ["k1", "k5"])
    b.ok({
      sheet: S,
      cell: a2("aps", id),
      rules: ["ratio-components-mismatch"],
      truth: `${a2("ps", id)}/${a2("awal", id)}*100`,
    });
  return b.finish();
}

/** BOS reguler per jenjang and triwulan, Kota Muara Kelapa 2024. */
export function rekapBos(): BookW {
  const b = new BookW(
    "rekap-bos-triwulan-jenjang-muara-kelapa-312.xlsx",
    "Rekap BOS per jenjang dan triwulan (Dinas Pendidikan)",
    "BOS 2024 per jenjang: jumlah sekolah and siswa, pagu, realisasi per triwulan without K, 'Jumlah Realisasi' as formulas, serapan %; TOTAL row with a serapan that is a ratio of totals; no number row, no No column",
  );
  const S = "BOS 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA MUARA KELAPA", "DINAS PENDIDIKAN", "Jl. Pahlawan No. 12 Muara Kelapa"]);
  s.lines(["REKAPITULASI PENYALURAN DAN PENGGUNAAN DANA BOS REGULER TAHUN ANGGARAN 2024", "(dalam rupiah)"]);
  s.gap();
  const jj = [
    {
      id: "sdn",
      nm: "SD Negeri",
      sek: 84,
      sis: 21_460,
      pagu: 22_533_000_000,
      q: [4_506_600_000, 6_759_900_000, 4_506_600_000, 5_903_350_000],
    },
    {
      id: "sds",
      nm: "SD Swasta",
      sek: 23,
      sis: 5_214,
      pagu: 5_474_700_000,
      q: [1_094_940_000, 1_642_410_000, 1_094_940_000, 1_398_260_000],
    },
    {
      id: "smpn",
      nm: "SMP Negeri",
      sek: 27,
      sis: 11_876,
      pagu: 13_894_920_000,
      q: [2_778_984_000, 4_168_476_000, 2_778_984_000, 3_612_600_000],
    },
    {
      id: "smps",
      nm: "SMP Swasta",
      sek: 12,
      sis: 2_940,
      pagu: 3_439_800_000,
      q: [687_960_000, 1_031_940_000, 687_960_000, 844_100_000],
    },
  ];
  const ids = jj.map((j) => j.id);
  const Q = ["I", "II", "III", "IV"];
  // planted: TOTAL Triwulan III keeps the result cached before SMP Swasta was entered
  const STALE_Q3 = sum(jj.slice(0, 3).map((j) => j.q[2]));
  const t = s.table({
    cols: [
      { key: "nm", head: ["Jenjang / Status Sekolah"], role: "lainnya", width: 18 },
      { key: "sek", head: ["Jumlah Sekolah"], fmt: INT },
      { key: "sis", head: ["Jumlah Siswa"], fmt: INT },
      { key: "pagu", head: ["Pagu BOS"], role: "anggaran", year: 2024, fmt: RP, width: 18 },
      ...Q.map((q, i): Col => ({
        key: `q${i + 1}`,
        head: ["Realisasi Penggunaan Dana", `Triwulan ${q}`],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 16,
      })),
      {
        key: "jr",
        head: ["Realisasi Penggunaan Dana", "Jumlah"],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 18,
      },
      { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    groups: "first",
    rows: [
      ...jj.map((j) => ({
        id: j.id,
        cells: (x: Ctx) => ({
          nm: j.nm,
          sek: j.sek,
          sis: j.sis,
          pagu: j.pagu,
          q1: j.q[0],
          q2: j.q[1],
          q3: j.q[2],
          q4: j.q[3],
          jr: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
          ser: j.id === "smpn" ? 112.4 : fx(`ROUND(${x.a("jr")}/${x.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x: Ctx) => ({
          nm: "TOTAL",
          ...Object.fromEntries(
            ["sek", "sis", "pagu", "q1", "q2", "q3", "q4", "jr"].map((k) => [
              k,
              fx(`SUM(${x.a(k, "sdn")}:${x.a(k, "smps")})`, k === "q3" ? STALE_Q3 : undefined),
            ]),
          ),
          ser: fx(`ROUND(${x.a("jr")}/${x.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Muara Kelapa, 20 Januari 2025",
    jabatan: ["Kepala Dinas Pendidikan", "selaku Tim BOS Kota"],
    nama: "Hj. NURLAILA SYAMSUDDIN, S.Pd., M.Si.",
    nip: "19740512 199903 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => [1, 2, 3, 4].map((i) => a(`q${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL Triwulan III =SUM(...) with a stale cached ${STALE_Q3} (before SMP Swasta was entered); the four jenjang give ${sum(jj.map((j) => j.q[2]))}`,
    truth: ids.map((id) => a("q3", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("ser", "smpn") },
    rules: ["serapan-over-100", "capaian-mismatch", "hardcoded-value"],
    note: "SMP Negeri serapan typed 112.40 (over 100); realisasi / pagu gives 96.00",
    truth: `ROUND(${a("jr", "smpn")}/${a("pagu", "smpn")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ser", "tot"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("jr", "tot")}/${a("pagu", "tot")}*100,2)`,
    trap: `(${ids.map((id) => a("ser", id)).join("+")})/4`,
  });
  for (const id of ids) b.ok({ sheet: S, cell: a("jr", id), rules: ["sum-mismatch"], truth: qs(id) });
  for (const id of ["sdn", "sds", "smps"])
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `${a("jr", id)}/${a("pagu", id)}*100`,
    });
  for (const k of ["sek", "sis", "pagu", "q1", "q2", "q4", "jr"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}
