// LKjIP, PK with its Renstra, the APM recap per kecamatan and the guru-murid / rehabilitasi recap of
// the two Dinas Pendidikan (Kabupaten Lembah Seruni, Jawa Tengah; Kota Tanjung Baruna, Kalimantan
// Barat), SMP level. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Disdik Lembah Seruni: refleksi on the negative rows. */
export function lkjipSmp(): BookW {
  const b = new BookW(
    "lkjip-2024-smp-apm-putus-sekolah-lembah-seruni.xlsx",
    "LKjIP pengukuran kinerja (Disdik SMP)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged down) | Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on negative rows (stated in a note); Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Kinerja Sasaran Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Seruni Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya partisipasi pendidikan SMP";
  const S2 = "Meningkatnya mutu layanan pendidikan SMP";
  const I = [
    { id: "i1", sas: S1, ind: "Angka Partisipasi Murni (APM) SMP", sat: "%", neg: false, t: 90, r: 90.3 },
    { id: "i2", sas: S1, ind: "Angka putus sekolah SMP", sat: "%", neg: true, t: 0.35, r: 0.41 },
    { id: "i3", sas: S2, ind: "Persentase ruang kelas SMP rusak berat", sat: "%", neg: true, t: 9.5, r: 8.6 },
    { id: "i4", sas: S2, ind: "Persentase SMP terakreditasi A", sat: "%", neg: false, t: 40, r: 37.5 },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase peserta didik SMP mencapai kompetensi minimum literasi (ANBK)",
      sat: "%",
      neg: false,
      t: 65,
      r: 53.8,
    },
  ];
  const cap = (neg: boolean, t: number, r: number) => (neg ? ((2 * t - r) / t) * 100 : (r / t) * 100);
  const word = (p: number) =>
    p > 90 ? "Sangat Baik" : p > 75 ? "Baik" : p > 65 ? "Cukup" : p > 50 ? "Kurang" : "Sangat Kurang";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Capaian 2024 (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: angka putus sekolah copied R/T from the row above
          c:
            x.neg && x.id !== "i2"
              ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
              : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          // planted: the literasi row reads Sangat Baik for 82.77
          p: x.id === "i5" ? "Sangat Baik" : word(cap(x.neg, x.t, x.r)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: untuk indikator negatif (angka putus sekolah, ruang kelas rusak berat) capaian = (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Angka putus sekolah (negative) computed R/T = 117.14; refleksi (2T-R)/T gives 82.86",
    truth: refl("i2"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "'Sangat Baik' for a capaian of 82.77; the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("i3"),
    trap: rt("i3"),
  });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Disdik Tanjung Baruna beside its Renstra 2025-2029 sheet. */
export function pkSmp(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-disdik-tanjung-baruna.xlsx",
    "Perjanjian Kinerja + Renstra (Disdik SMP)",
    "PK 2025: statement, indicator table (No | Sasaran | Indikator | Satuan | Target 2025), program table (No | Kode | Program | Anggaran (Rp) | Keterangan) with a typed Jumlah; sheet 'Renstra' with 2025..2029 and Kondisi Akhir",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const ind = [
    { id: "a", ind: "Angka putus sekolah SMP", sat: "%", k: [0.38, 0.34, 0.3, 0.26, 0.22] },
    { id: "b", ind: "Angka Partisipasi Murni (APM) SMP", sat: "%", k: [88.6, 89.4, 90.2, 91.0, 91.8] },
    { id: "c", ind: "Persentase SMP terakreditasi A", sat: "%", k: [42, 46, 50, 54, 58] },
    { id: "d", ind: "Persentase ruang kelas SMP dalam kondisi baik", sat: "%", k: [74, 77, 80, 83, 86] },
  ];
  const YRS = [2025, 2026, 2027, 2028, 2029];
  // the PK sheet first (it is the document), the Renstra sheet second
  const p = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama Dinas Pendidikan Kota Tanjung Baruna, Renstra 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "aw", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...YRS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        aw: [0.42, 87.9, 38.5, 71.4][i],
        ...Object.fromEntries(YRS.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(p, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PENDIDIKAN KOTA TANJUNG BARUNA"]);
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: H. MUHAMMAD SYARIF ALQADRI, S.Pd., M.M., Kepala Dinas Pendidikan (PIHAK PERTAMA)",
    "dan dr. FIRMAN HADINATA SIREGAR, M.Kes., Wali Kota Tanjung Baruna (PIHAK KEDUA), sepakat atas target kinerja berikut.",
  ]);
  p.gap();
  const SAS = "Meningkatnya partisipasi dan mutu layanan pendidikan SMP";
  const it = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the akreditasi A target is the Renstra 2026 value
      cells: { no: i + 1, sas: SAS, ind: x.ind, sat: x.sat, t: x.id === "c" ? x.k[1] : x.k[0] },
    })),
  });
  p.gap();
  const progs = [
    {
      id: "p1",
      kode: "1.01.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 98_412_650_000,
    },
    { id: "p2", kode: "1.01.02", nm: "Program Pengelolaan Pendidikan", rp: 41_870_300_000 },
    { id: "p3", kode: "1.01.03", nm: "Program Pengembangan Kurikulum", rp: 1_245_000_000 },
    { id: "p4", kode: "1.01.04", nm: "Program Pendidik dan Tenaga Kependidikan", rp: 2_318_750_000 },
  ];
  const at = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, ket: "APBD" },
      })),
      // planted: typed Jumlah 143,486,700,000; the programs add up to 143,846,700,000
      { id: "jml", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 143_486_700_000 } },
    ],
  });
  p.gap();
  signature(p, 4, {
    tempat: "Tanjung Baruna, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN"],
    nama: "H. MUHAMMAD SYARIF ALQADRI, S.Pd., M.M.",
    nip: "19760410 200003 1 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: it.a("t", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 46 for Persentase SMP terakreditasi A is the Renstra 2026 target; 2025 is 42",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah typed 143,486,700,000; the four programs add up to 143,846,700,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: it.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YRS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y2029", "a"), rules: ["target-trend"], truth: "0.22" });
  return b.finish();
}

/** APM SMP per kecamatan, Lembah Seruni: "(7) = (4)+(5)+(6)", "(8) = (7)/(3) x 100", a Jumlah row. */
export function rekapApm(): BookW {
  const b = new BookW(
    "rekap-apm-smp-per-kecamatan-lembah-seruni-2024.xlsx",
    "Rekap APM SMP per kecamatan",
    "APM SMP per kecamatan TA 2024/2025: penduduk 13-15, siswa 13-15 di SMP negeri / swasta / MTs under one group, Jumlah (7) = (4)+(5)+(6) as formulas, APM (8) = (7)/(3) x 100, Jumlah row with the APM of the totals",
  );
  const S = "APM Kecamatan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SERUNI", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines([
    "REKAPITULASI ANGKA PARTISIPASI MURNI (APM) SMP/SEDERAJAT PER KECAMATAN",
    "Tahun Ajaran 2024/2025",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Seruni Kidul", pop: 3_412, n: 2_218, sw: 512, m: 384 },
    { id: "k2", nm: "Watu Ombo", pop: 2_086, n: 1_240, sw: 221, m: 402 },
    { id: "k3", nm: "Karang Jati", pop: 2_954, n: 1_876, sw: 380, m: 426 },
    { id: "k4", nm: "Ngasem Lor", pop: 1_738, n: 1_012, sw: 96, m: 418 },
    { id: "k5", nm: "Tegal Pandan", pop: 2_461, n: 1_590, sw: 274, m: 358 },
    { id: "k6", nm: "Sendang Rejo", pop: 1_905, n: 1_104, sw: 188, m: 402 },
  ];
  const G = "Siswa Usia 13-15 Tahun yang Bersekolah di";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
      { key: "pop", head: ["Penduduk Usia 13-15 Tahun"], role: "lainnya", num: "(3)", fmt: INT },
      { key: "n", head: [G, "SMP Negeri"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "sw", head: [G, "SMP Swasta"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "m", head: [G, "MTs"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      {
        key: "j",
        head: ["Jumlah Siswa 13-15 Tahun"],
        role: "realisasi",
        year: 2024,
        num: "(7) = (4)+(5)+(6)",
        fmt: INT,
      },
      { key: "apm", head: ["APM (%)"], role: "capaian", year: 2024, num: "(8) = (7)/(3) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          pop: k.pop,
          n: k.n,
          sw: k.sw,
          m: k.m,
          // planted: Ngasem Lor's Jumlah typed 1,562 (1,012 + 96 + 418 = 1,526)
          j: k.id === "k4" ? 1_562 : fx(`${c.a("n")}+${c.a("sw")}+${c.a("m")}`),
          // planted: Watu Ombo's APM typed 102.45, over 100 (1,863 / 2,086 = 89.31)
          apm: k.id === "k2" ? 102.45 : fx(`ROUND(${c.a("j")}/${c.a("pop")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "Jumlah Kabupaten",
          ...Object.fromEntries(
            ["pop", "n", "sw", "m", "j"].map((k) => [k, fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`)]),
          ),
          apm: fx(`ROUND(${c.a("j")}/${c.a("pop")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Dapodik dan EMIS per 31 Desember 2024; penduduk dari Disdukcapil semester II 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  const parts = (id: string) => `${a("n", id)}+${a("sw", id)}+${a("m", id)}`;
  b.plant({
    at: { sheet: S, cell: a("j", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Ngasem Lor's Jumlah (7) is a typed 1,562 among formulas; (4)+(5)+(6) = 1,526",
    truth: parts("k4"),
  });
  b.plant({
    at: { sheet: S, cell: a("apm", "k2") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "Watu Ombo's APM is a typed 102.45 (an APM cannot pass 100); 1,863 / 2,086 x 100 = 89.31",
    truth: `ROUND(${a("j", "k2")}/${a("pop", "k2")}*100,2)`,
  });
  for (const id of ["k1", "k2", "k3", "k5", "k6"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: parts(id) });
  for (const id of ["k1", "k3", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("apm", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("pop", id)}*100,2)`,
    });
  for (const k of ["pop", "n", "sw", "m"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  b.ok({
    sheet: S,
    cell: a("apm", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("pop", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("apm", "k1")}:${a("apm", "k6")}),2)`,
  });
  return b.finish();
}

/** Two tables side by side, Tanjung Baruna: guru-murid per kecamatan, and ruang kelas rehab per triwulan. */
export function rekapGuruRehab(): BookW {
  const b = new BookW(
    "rasio-guru-murid-rehab-ruang-kelas-smp-tanjung-baruna.xlsx",
    "Rekap rasio guru-murid dan rehab ruang kelas (Disdik SMP)",
    "Two tables separated by one empty column, of different heights: A. rasio murid per guru SMP negeri per kecamatan (Jumlah Guru = PNS + PPPK/Honorer, rasio formulas, Jumlah row with the ratio of totals); B. rehabilitasi ruang kelas per triwulan 2024 with pagu, realisasi and serapan",
  );
  const S = "Rekap SMP 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN KOTA TANJUNG BARUNA", "Bidang Pembinaan Sekolah Menengah Pertama"]);
  s.lines(["Data Pokok SMP Negeri dan Rehabilitasi Ruang Kelas Tahun 2024"]);
  s.gap();
  const top = s.r + 1;
  s.put(s.r, 1, "A. Rasio Murid per Guru SMP Negeri per Kecamatan", { bold: true });
  s.put(s.r, 10, "B. Rehabilitasi Ruang Kelas SMP per Triwulan", { bold: true });
  const K = [
    { id: "k1", nm: "Baruna Hilir", sk: 9, mu: 6_184, pns: 212, non: 148 },
    { id: "k2", nm: "Baruna Hulu", sk: 7, mu: 4_926, pns: 168, non: 131 },
    { id: "k3", nm: "Sungai Rambai", sk: 6, mu: 3_815, pns: 109, non: 127 },
    { id: "k4", nm: "Parit Mayor", sk: 5, mu: 2_740, pns: 84, non: 97 },
    { id: "k5", nm: "Pulau Limau", sk: 4, mu: 1_962, pns: 52, non: 81 },
  ];
  const GG = "Jumlah Guru";
  const ta = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 16 },
        { key: "sk", head: ["Jumlah SMP Negeri"], role: "lainnya", fmt: INT },
        { key: "mu", head: ["Jumlah Murid"], role: "lainnya", fmt: INT },
        { key: "pns", head: [GG, "PNS"], role: "lainnya", fmt: INT },
        { key: "non", head: [GG, "PPPK/Honorer"], role: "lainnya", fmt: INT },
        { key: "gj", head: [GG, "Total"], role: "lainnya", fmt: INT },
        { key: "ra", head: ["Rasio Murid per Guru"], role: "lainnya", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...K.map((k, i): Row => ({
          id: k.id,
          cells: (c) => ({
            no: i + 1,
            nm: k.nm,
            sk: k.sk,
            mu: k.mu,
            pns: k.pns,
            non: k.non,
            gj: fx(`${c.a("pns")}+${c.a("non")}`),
            // planted: Sungai Rambai's ratio keeps a stale 19.62 from before the PPPK guru were entered
            ra: fx(`ROUND(${c.a("mu")}/${c.a("gj")},2)`, k.id === "k3" ? 19.62 : undefined),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => ({
            no: "Jumlah",
            ...Object.fromEntries(
              ["sk", "mu", "pns", "non", "gj"].map((k) => [k, fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`)]),
            ),
            ra: fx(`ROUND(${c.a("mu")}/${c.a("gj")},2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const Q = [
    { id: "q1", nm: "Triwulan I", n: 0, pg: 620_000_000, re: 148_500_000 },
    { id: "q2", nm: "Triwulan II", n: 9, pg: 2_140_000_000, re: 1_986_400_000 },
    { id: "q3", nm: "Triwulan III", n: 14, pg: 2_860_000_000, re: 2_811_750_000 },
    { id: "q4", nm: "Triwulan IV", n: 11, pg: 1_980_000_000, re: 1_842_600_000 },
  ];
  const AG = "Anggaran Sub Kegiatan 1.01.02.2.02.0009";
  const tb = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], role: "lainnya", width: 14 },
        { key: "n", head: ["Ruang Kelas Direhabilitasi (ruang)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pg", head: [AG, "Anggaran Kas (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
        {
          key: "re",
          head: [AG, "Realisasi (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
        { key: "sr", head: [AG, "Serapan (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.nm,
            n: q.n,
            pg: q.pg,
            re: q.re,
            sr: fx(`ROUND(${c.a("re")}/${c.a("pg")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah 2024",
            // planted: the ruang total stops at Triwulan III
            n: fx(`SUM(${c.a("n", "q1")}:${c.a("n", "q3")})`),
            pg: fx(`SUM(${c.a("pg", "q1")}:${c.a("pg", "q4")})`),
            re: fx(`SUM(${c.a("re", "q1")}:${c.a("re", "q4")})`),
            sr: fx(`ROUND(${c.a("re")}/${c.a("pg")}*100,2)`),
          }),
        },
      ],
    },
    10,
    top,
  );
  if (tb.left !== ta.right + 2) throw new Error("the tables must be one empty column apart");
  s.r = ta.lastDataRow + 2;
  signature(s, 12, {
    tempat: "Tanjung Baruna, 20 Januari 2025",
    jabatan: ["KEPALA BIDANG PEMBINAAN SMP"],
    nama: "YULIANA MARGARETHA LUMBAN GAOL, S.Pd., M.Pd.",
    nip: "19810707 200501 2 011",
  });
  const a = (k: string, id: string) => ta.a(k, id);
  const bq = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ra", "k3") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    note: "Sungai Rambai's =ROUND(murid/guru,2) caches a stale 19.62; 3,815 / 236 = 16.17",
    truth: `ROUND(${a("mu", "k3")}/${a("gj", "k3")},2)`,
  });
  b.plant({
    at: { sheet: S, cell: bq("n", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah ruang kelas direhabilitasi is =SUM over Triwulan I-III (23); the four quarters give 34",
    truth: `SUM(${bq("n", "q1")}:${bq("n", "q4")})`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("mu", id)}/${a("gj", id)},2)`,
    });
  for (const id of ["k1", "k2", "k3", "k4", "k5"])
    b.ok({ sheet: S, cell: a("gj", id), rules: ["sum-mismatch"], truth: `${a("pns", id)}+${a("non", id)}` });
  b.ok({
    sheet: S,
    cell: a("ra", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("mu", "tot")}/${a("gj", "tot")},2)`,
    trap: `ROUND((${["k1", "k2", "k4", "k5"].map((id) => a("ra", id)).join("+")}+${a("mu", "k3")}/${a("gj", "k3")})/5,2)`,
  });
  for (const k of ["mu", "gj"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  for (const k of ["pg", "re"])
    b.ok({
      sheet: S,
      cell: bq(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${bq(k, "q1")}:${bq(k, "q4")})`,
    });
  b.ok({
    sheet: S,
    cell: bq("sr", "tot"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${bq("re", "tot")}/${bq("pg", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${bq("sr", "q1")}:${bq("sr", "q4")}),2)`,
  });
  for (const id of ["q1", "q3"])
    b.ok({
      sheet: S,
      cell: bq("sr", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${bq("re", id)}/${bq("pg", id)}*100,2)`,
    });
  return b.finish();
}
