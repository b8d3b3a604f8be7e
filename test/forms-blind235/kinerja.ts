// LKjIP of the Dishub Kota Tanjung Serai, PK with Renstra of the Dishub Kabupaten Sindang Barat, the
// retribusi parkir tepi jalan recap per kecamatan and the UPTD recap (uji berkala KIR beside PJU).
// Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Dishub Kota Tanjung Serai: negatives marked in the indicator name. */
export function lkjipDishub(): BookW {
  const b = new BookW(
    "lkjip-2024-dishub-tanjung-serai-b235.xlsx",
    "LKjIP pengukuran kinerja (Dishub)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Target Akhir Renstra 2026 | Predikat; no polaritas column, negatives say '(semakin kecil semakin baik)'; ROUND formulas with refleksi; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.2 Pengukuran Capaian Kinerja Dinas Perhubungan Kota Tanjung Serai Tahun 2024",
  ]);
  s.gap();
  const NEG = " (semakin kecil semakin baik)";
  const I = [
    {
      id: "i1",
      sas: "A",
      ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
      sat: "%",
      neg: false,
      r23: 84.1,
      t: 86,
      r: 86.7,
      end: 90,
    },
    {
      id: "i2",
      sas: "A",
      ind: `Angka kecelakaan lalu lintas per 10.000 kendaraan${NEG}`,
      sat: "kejadian",
      neg: true,
      r23: 6.9,
      t: 6.5,
      r: 5.2,
      end: 5.5,
    },
    {
      id: "i3",
      sas: "B",
      ind: "Persentase realisasi retribusi parkir tepi jalan umum terhadap target",
      sat: "%",
      neg: false,
      r23: 82.6,
      t: 100,
      r: 87.35,
      end: 100,
    },
    {
      id: "i4",
      sas: "B",
      ind: `Jumlah titik parkir liar di badan jalan${NEG}`,
      sat: "titik",
      neg: true,
      r23: 31,
      t: 24,
      r: 27,
      end: 15,
    },
    {
      id: "i5",
      sas: "B",
      ind: "Persentase lampu PJU yang menyala",
      sat: "%",
      neg: false,
      r23: 86.2,
      t: 92,
      r: 88.4,
      end: 95,
    },
  ];
  const SAS: Record<string, string> = {
    A: "Meningkatnya keselamatan transportasi jalan",
    B: "Meningkatnya ketertiban parkir dan kualitas PJU",
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "end", head: ["Target Akhir Renstra (2026)"], role: "target" },
    { key: "p", head: ["Predikat"], role: "predikat", width: 14 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const pred: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    i4: "Baik",
    i5: "Sangat Baik",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS[x.sas],
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the parkir liar row (negative) copies the R / T formula
          c: fx(cap(x.neg && x.id !== "i4", c.a("t"), c.a("r"))),
          end: x.end,
          // planted: i3 (87.35) is "Baik", not "Sangat Baik"
          p: pred[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: capaian indikator yang semakin kecil semakin baik dihitung (2 x Target - Realisasi) / Target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah titik parkir liar (negative) computed with R / T = 27 / 24 = 112.50; refleksi (2 x 24 - 27) / 24 gives 87.50",
    truth: cap(true, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a capaian of 87.35; the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i2"), a("r", "i2")),
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dishub Kabupaten Sindang Barat, beside the Renstra 2025-2029 (Tahun ke-). */
export function pkDishub(): BookW {
  const b = new BookW(
    "pk-2025-renstra-dishub-sindang-barat-b235.xlsx",
    "PK 2025 with Renstra (Dishub)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Target | Satuan (target before satuan); No | Kode | Program | Anggaran (Rp) | Sumber Dana with Jumlah; sheet 'Renstra 2025-2029': Tahun ke-1..5 with the years only in the title; a negative indicator",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase ruas jalan kabupaten yang dilengkapi PJU",
      sat: "%",
      awal: 38.5,
      k: [42, 46, 50, 54, 58],
    },
    {
      id: "b",
      ind: "Persentase titik parkir dengan juru parkir ber-KTA",
      sat: "%",
      awal: 55,
      k: [62, 70, 78, 85, 92],
    },
    {
      id: "c",
      ind: "Angka pelanggaran parkir di bahu jalan per 1.000 kendaraan",
      sat: "per 1.000",
      awal: 14.2,
      k: [13.5, 12.6, 11.8, 10.9, 10],
    },
    {
      id: "d",
      ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
      sat: "%",
      awal: 78,
      k: [80, 82, 84, 86, 88],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "Indikator Kinerja Utama dan Target Renstra Dinas Perhubungan Kabupaten Sindang Barat 2025-2029",
  ]);
  rs.gap();
  const ys = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...ys.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun ke-", String(y)],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(ys.map((y) => [`y${y}`, x.k[y - 1]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PERHUBUNGAN KABUPATEN SINDANG BARAT"]);
  pk.lines([
    "Pada hari ini, Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan",
    "di bawah ini sepakat untuk mewujudkan target kinerja jangka pendek sebagaimana tercantum di bawah.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          x.id === "d"
            ? "Meningkatnya kelaikan kendaraan bermotor"
            : "Meningkatnya ketertiban lalu lintas dan parkir",
        ind: x.ind,
        // planted: the ber-KTA target is the Renstra Tahun ke-2 value
        tg: x.id === "b" ? x.k[1] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "2.15.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_418_250_000,
    },
    {
      id: "p2",
      kode: "2.15.02",
      nm: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
      rp: 12_906_400_000,
    },
    { id: "p3", kode: "2.15.03", nm: "Program Pengelolaan Pelayaran", rp: 742_800_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, sd: "APBD" },
      })),
      // planted: a typed Jumlah, 100,000,000 short
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 19_967_450_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Sindang Barat, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN"],
    nama: "H. DEDEN SUKMARA, S.T., M.M.",
    nip: "19770905 200312 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of juru parkir ber-KTA is 70, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 62",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah is a typed 19,967,450,000; the three programs add up to 20,067,450,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p3")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: ys.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Retribusi parkir tepi jalan umum per kecamatan and triwulan 2024, Dishub Kota Tanjung Serai. */
export function rekapParkir(): BookW {
  const b = new BookW(
    "rekap-retribusi-parkir-tepi-jalan-tanjung-serai-b235.xlsx",
    "Rekap retribusi parkir per kecamatan (Dishub)",
    "per kecamatan: titik parkir, juru parkir, jukir ber-KTA and % '(6) = (5)/(4) x 100', target, TW I-IV, '(12) = (8)+(9)+(10)+(11)', capaian '(13) = (12)/(7) x 100', kontribusi; JUMLAH row with SUM and ratios of totals",
  );
  const S = "Retribusi Parkir 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG SERAI", "DINAS PERHUBUNGAN - UPTD PERPARKIRAN"]);
  s.lines(["REKAPITULASI PENERIMAAN RETRIBUSI PARKIR DI TEPI JALAN UMUM PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const Z = [
    {
      id: "z1",
      nm: "Serai Kota",
      titik: 42,
      jukir: 96,
      kta: 88,
      tg: 1_450_000_000,
      q: [318_420_000, 342_150_000, 356_900_000, 389_600_000],
    },
    {
      id: "z2",
      nm: "Tanjung Laut",
      titik: 28,
      jukir: 61,
      kta: 52,
      tg: 820_000_000,
      q: [176_300_000, 188_450_000, 201_700_000, 214_950_000],
    },
    {
      id: "z3",
      nm: "Bukit Jering",
      titik: 19,
      jukir: 40,
      kta: 38,
      tg: 510_000_000,
      q: [98_750_000, 112_400_000, 118_650_000, 131_200_000],
    },
    {
      id: "z4",
      nm: "Pasar Lama",
      titik: 35,
      jukir: 78,
      kta: 61,
      tg: 1_120_000_000,
      q: [252_800_000, 268_350_000, 271_900_000, 296_150_000],
    },
    {
      id: "z5",
      nm: "Sei Nipah",
      titik: 11,
      jukir: 24,
      kta: 23,
      tg: 240_000_000,
      q: [47_600_000, 51_250_000, 55_300_000, 60_850_000],
    },
  ];
  const RR = "Realisasi Retribusi Tahun 2024 (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], num: "(2)", width: 18 },
    { key: "titik", head: ["Jumlah Titik Parkir"], num: "(3)", fmt: INT },
    { key: "jukir", head: ["Juru Parkir", "Jumlah"], num: "(4)", fmt: INT },
    { key: "kta", head: ["Juru Parkir", "Ber-KTA"], num: "(5)", fmt: INT },
    {
      key: "pkta",
      head: ["Juru Parkir", "% Ber-KTA"],
      role: "capaian",
      num: "(6) = (5)/(4) x 100",
      fmt: DEC,
    },
    {
      key: "tg",
      head: ["Target Retribusi 2024 (Rp)"],
      role: "target",
      year: 2024,
      num: "(7)",
      fmt: RP,
      width: 16,
    },
    ...["I", "II", "III", "IV"].map((w, i): Col => ({
      key: `q${i + 1}`,
      head: [RR, `Triwulan ${w}`],
      role: "realisasi",
      year: 2024,
      num: `(${8 + i})`,
      fmt: RP,
      width: 15,
    })),
    {
      key: "j",
      head: [RR, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(12) = (8)+(9)+(10)+(11)",
      fmt: RP,
      width: 16,
    },
    {
      key: "cap",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(13) = (12)/(7) x 100",
      fmt: DEC,
    },
    { key: "kon", head: ["Kontribusi (%)"], role: "lainnya", num: "(14)", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Z.map((z, i): Row => ({
        id: z.id,
        cells: (c) => ({
          no: i + 1,
          nm: z.nm,
          titik: z.titik,
          jukir: z.jukir,
          kta: z.kta,
          // planted: Sei Nipah's % typed 104.17 (25 / 24) where 23 of 24 give 95.83
          pkta: z.id === "z5" ? 104.17 : fx(`ROUND(${c.a("kta")}/${c.a("jukir")}*100,2)`),
          tg: z.tg,
          q1: z.q[0],
          q2: z.q[1],
          q3: z.q[2],
          q4: z.q[3],
          j: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          cap: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
          kon: fx(`ROUND(${c.a("j")}/${c.c("j")}${c.row("tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const col = (k: string, last = "z5") => fx(`SUM(${c.a(k, "z1")}:${c.a(k, last)})`);
          return {
            no: "JUMLAH",
            // planted: one row short
            titik: col("titik", "z4"),
            jukir: col("jukir"),
            kta: col("kta"),
            pkta: fx(`ROUND(${c.a("kta")}/${c.a("jukir")}*100,2)`),
            tg: col("tg"),
            q1: col("q1"),
            q2: col("q2"),
            q3: col("q3"),
            q4: col("q4"),
            j: col("j"),
            cap: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
            kon: fx(`ROUND(${c.a("j")}/${c.a("j")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: UPTD Perparkiran, karcis dan setoran harian juru parkir (data per 31 Desember 2024)."]);
  s.gap();
  signature(s, 11, {
    tempat: "Tanjung Serai, 10 Januari 2025",
    jabatan: ["KEPALA UPTD PERPARKIRAN"],
    nama: "SITI NURHALIZAH AMRAN, S.E.",
    nip: "19850422 201001 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const zs = Z.map((z) => z.id);
  b.plant({
    at: { sheet: S, cell: a("pkta", "z5") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "% juru parkir ber-KTA of Sei Nipah is a typed 104.17; 23 of 24 juru parkir give 95.83 (a share cannot pass 100)",
    truth: `ROUND(${a("kta", "z5")}/${a("jukir", "z5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("titik", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH titik parkir is =SUM over the first four kecamatan (124); with Sei Nipah's 11 it is 135",
    truth: zs.map((id) => a("titik", id)).join("+"),
  });
  for (const id of zs) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: ["q1", "q2", "q3", "q4"].map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
  }
  for (const k of ["jukir", "kta", "tg", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: zs.map((id) => a(k, id)).join("+") });
  b.ok({
    sheet: S,
    cell: a("cap", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("tg", "tot")}*100,2)`,
    trap: `AVERAGE(${a("cap", "z1")}:${a("cap", "z5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pkta", "tot"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("kta", "tot")}/${a("jukir", "tot")}*100,2)`,
    trap: `AVERAGE(${a("pkta", "z1")}:${a("pkta", "z5")})`,
  });
  return b.finish();
}

/** Two tables side by side: uji berkala per triwulan (UPTD PKB) and PJU per kecamatan, Sindang Barat. */
export function rekapKirPju(): BookW {
  const b = new BookW(
    "rekap-uji-kir-dan-pju-sindang-barat-b235.xlsx",
    "Rekap UPTD uji berkala dan PJU side by side (Dishub)",
    "sheet 'Rekap UPTD 2024': left table per triwulan (wajib uji = a stock, diuji '(3) = (4)+(5)', lulus, tidak lulus, % lulus, retribusi uji) with a Jumlah row whose wajib uji is the TW IV position; right table after one empty column: PJU per kecamatan (terpasang = menyala + padam, % menyala) with a JUMLAH row",
  );
  const S = "Rekap UPTD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SINDANG BARAT", "DINAS PERHUBUNGAN"]);
  s.lines(["Rekapitulasi Kinerja UPTD Tahun 2024"]);
  s.gap();
  const top = s.r + 1;
  s.put(s.r, 1, "A. Pengujian Berkala Kendaraan Bermotor (UPTD PKB)", { bold: true });
  s.put(s.r, 9, "B. Kondisi Penerangan Jalan Umum per Kecamatan, posisi 31 Desember 2024", { bold: true });
  const Q = [
    { id: "t1", tw: "Triwulan I", wajib: 5840, lulus: 1312, tidak: 88 },
    { id: "t2", tw: "Triwulan II", wajib: 5912, lulus: 1405, tidak: 96 },
    { id: "t3", tw: "Triwulan III", wajib: 5987, lulus: 1452, tidak: 71 },
    { id: "t4", tw: "Triwulan IV", wajib: 6065, lulus: 1498, tidak: 84 },
  ];
  const TARIF = 87_000;
  const left = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
        {
          key: "wajib",
          head: ["Kendaraan Wajib Uji (posisi akhir)"],
          role: "target",
          year: 2024,
          num: "(2)",
          fmt: INT,
        },
        {
          key: "uji",
          head: ["Kendaraan Diuji"],
          role: "realisasi",
          year: 2024,
          num: "(3) = (4)+(5)",
          fmt: INT,
        },
        { key: "lulus", head: ["Hasil Uji", "Lulus"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
        { key: "tidak", head: ["Hasil Uji", "Tidak Lulus"], num: "(5)", fmt: INT },
        { key: "pl", head: ["% Lulus"], role: "capaian", year: 2024, num: "(6) = (4)/(3) x 100", fmt: DEC },
        {
          key: "rp",
          head: ["Retribusi Pengujian (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          num: "(7)",
          fmt: RP,
          width: 16,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.tw,
            wajib: q.wajib,
            // planted: TW III diuji typed 1,532 while lulus + tidak lulus = 1,523
            uji: q.id === "t3" ? 1532 : q.lulus + q.tidak,
            lulus: q.lulus,
            tidak: q.tidak,
            pl: fx(`ROUND(${c.a("lulus")}/${c.a("uji")}*100,2)`),
            rp: (q.lulus + q.tidak) * TARIF,
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            wajib: fx(c.a("wajib", "t4")),
            uji: fx(`SUM(${c.a("uji", "t1")}:${c.a("uji", "t4")})`),
            lulus: fx(`SUM(${c.a("lulus", "t1")}:${c.a("lulus", "t4")})`),
            tidak: fx(`SUM(${c.a("tidak", "t1")}:${c.a("tidak", "t4")})`),
            pl: fx(`ROUND(${c.a("lulus")}/${c.a("uji")}*100,2)`),
            rp: fx(`SUM(${c.a("rp", "t1")}:${c.a("rp", "t4")})`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const K = [
    { id: "k1", nm: "Cibarengkok", nyala: 389, padam: 23 },
    { id: "k2", nm: "Sindang Hilir", nyala: 331, padam: 25 },
    { id: "k3", nm: "Pasir Kalong", nyala: 262, padam: 36 },
    { id: "k4", nm: "Leuwi Kembang", nyala: 179, padam: 8 },
    { id: "k5", nm: "Cikadongdong", nyala: 221, padam: 22 },
    { id: "k6", nm: "Karang Sepat", nyala: 150, padam: 14 },
  ];
  const right = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "nm", head: ["Kecamatan"], num: "(2)", width: 16 },
        { key: "pasang", head: ["Titik PJU Terpasang"], num: "(3) = (4)+(5)", fmt: INT },
        { key: "nyala", head: ["Kondisi", "Menyala"], num: "(4)", fmt: INT },
        { key: "padam", head: ["Kondisi", "Padam / Rusak"], num: "(5)", fmt: INT },
        { key: "pn", head: ["% Menyala"], role: "capaian", num: "(6) = (4)/(3) x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...K.map((k, i): Row => ({
          id: k.id,
          cells: (c) => ({
            no: i + 1,
            nm: k.nm,
            pasang: k.nyala + k.padam,
            nyala: k.nyala,
            padam: k.padam,
            pn: fx(`ROUND(${c.a("nyala")}/${c.a("pasang")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => ({
            no: "JUMLAH",
            pasang: fx(`SUM(${c.a("pasang", "k1")}:${c.a("pasang", "k6")})`),
            nyala: fx(`SUM(${c.a("nyala", "k1")}:${c.a("nyala", "k6")})`),
            padam: fx(`SUM(${c.a("padam", "k1")}:${c.a("padam", "k6")})`),
            // planted: a stale cached result from an earlier count
            pn: fx(`ROUND(${c.a("nyala")}/${c.a("pasang")}*100,2)`, 94.12),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines([
    "*) Kendaraan wajib uji adalah posisi akhir triwulan (bukan akumulasi); tarif retribusi uji Rp 87.000 per kendaraan.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Sindang Barat, 13 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN"],
    nama: "H. DEDEN SUKMARA, S.T., M.M.",
    nip: "19770905 200312 1 003",
  });
  const l = (k: string, id: string) => left.a(k, id);
  const r = (k: string, id: string) => right.a(k, id);
  b.plant({
    at: { sheet: S, cell: l("uji", "t3") },
    rules: ["sum-mismatch"],
    note: "Triwulan III kendaraan diuji is 1,532; lulus 1,452 + tidak lulus 71 = 1,523 (the retribusi 132,501,000 / 87,000 agrees)",
    truth: `${l("lulus", "t3")}+${l("tidak", "t3")}`,
  });
  b.plant({
    at: { sheet: S, cell: r("pn", "tot") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    note: "JUMLAH % menyala has a stale cached 94.12; the formula gives 1,532 / 1,660 x 100 = 92.29",
    truth: `ROUND(${r("nyala", "tot")}/${r("pasang", "tot")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: l("wajib", "tot"),
    rules: ["sum-mismatch"],
    truth: l("wajib", "t4"),
    trap: ["t1", "t2", "t3", "t4"].map((id) => l("wajib", id)).join("+"),
  });
  for (const id of ["t1", "t2", "t4"])
    b.ok({
      sheet: S,
      cell: l("uji", id),
      rules: ["sum-mismatch"],
      truth: `${l("lulus", id)}+${l("tidak", id)}`,
    });
  for (const k of ["lulus", "tidak", "rp"])
    b.ok({
      sheet: S,
      cell: l(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["t1", "t2", "t3", "t4"].map((id) => l(k, id)).join("+"),
    });
  for (const id of ["t1", "t2", "t4"])
    b.ok({
      sheet: S,
      cell: l("pl", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${l("lulus", id)}/${l("uji", id)}*100,2)`,
    });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: r("pasang", k.id),
      rules: ["sum-mismatch"],
      truth: `${r("nyala", k.id)}+${r("padam", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: r("pn", k.id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${r("nyala", k.id)}/${r("pasang", k.id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: r("pasang", "tot"),
    rules: ["sum-mismatch"],
    truth: K.map((k) => r("pasang", k.id)).join("+"),
  });
  return b.finish();
}
