// Plans of the Dinas Perhubungan of Provinsi Kalimantan Selatan: the T-C.27 of its Renstra 2025-2029
// ("Tahun ke-1 .. ke-5", years only in the title, "(dalam ribuan rupiah)", kegiatan and program Rp as
// SUM formulas, kondisi akhir Rp as the SUM of the five years, kondisi akhir K the last target for
// stocks and rates and the sum for yearly packages and reports), and its IKU matrix 2025-2029 with a
// SAKIP grade, a lower-is-better accident rate and the waiting time at the ferry ports. The names of
// the people and every number are invented; the codes are Kepmendagri-shaped (2.15.02 > 2.15.02.2.03 >
// 2.15.02.2.03.0001).
import { BookW, DEC, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** kondisi akhir K: the last target (stock, rate) or the sum (packages, reports) */
  flow: boolean;
  rp?: number[];
  subs?: string[];
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27DishubKalsel(): BookW {
  const b = new BookW(
    "renstra-tc27-dishub-prov-kalsel-2025-2029.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan (Dinas Perhubungan)",
    "T-C.27 of the Dinas Perhubungan Provinsi Kalimantan Selatan, Renstra 2025-2029, Rp in thousands: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja Penanggung Jawab | Lokasi; number row (1) .. (18) with (16) = (7)+(9)+(11)+(13)+(15); SUM formulas for kegiatan, program and kondisi akhir Rp",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN SELATAN", "DINAS PERHUBUNGAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perhubungan Provinsi Kalimantan Selatan",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p",
      kode: "2.15.02",
      nm: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      ind: "Persentase terminal penumpang tipe B yang memenuhi standar pelayanan minimal",
      sat: "%",
      awal: 50,
      k: [62.5, 75, 75, 87.5, 100],
      flow: false,
    },
    {
      id: "k1",
      kode: "2.15.02.2.03",
      nm: "Pengelolaan Terminal Penumpang Tipe B",
      ind: "Jumlah terminal tipe B yang dikelola sesuai SPM",
      sat: "terminal",
      awal: 4,
      k: [5, 6, 6, 7, 8],
      flow: false,
      subs: ["s11", "s12"],
    },
    {
      id: "s11",
      kode: "2.15.02.2.03.0001",
      nm: "Penyediaan Fasilitas Utama dan Penunjang Terminal Penumpang Tipe B",
      ind: "Jumlah paket fasilitas terminal tipe B yang disediakan",
      sat: "paket",
      awal: 2,
      k: [3, 4, 4, 3, 3],
      flow: true,
      rp: [2_450_000, 3_180_500, 3_025_000, 2_760_000, 2_815_750],
    },
    {
      id: "s12",
      kode: "2.15.02.2.03.0002",
      nm: "Operasional dan Pemeliharaan Terminal Penumpang Tipe B",
      ind: "Jumlah laporan operasional terminal tipe B",
      sat: "laporan",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      flow: true,
      rp: [1_128_400, 1_185_000, 1_242_300, 1_305_600, 1_370_900],
    },
    {
      id: "k2",
      kode: "2.15.02.2.02",
      nm: "Penyediaan Perlengkapan Jalan di Jalan Provinsi",
      ind: "Persentase ruas jalan provinsi yang dilengkapi fasilitas perlengkapan jalan",
      sat: "%",
      awal: 61.5,
      k: [64, 68, 72, 76, 80],
      flow: false,
      subs: ["s21", "s22"],
    },
    {
      id: "s21",
      kode: "2.15.02.2.02.0001",
      nm: "Pengadaan dan Pemasangan Perlengkapan Jalan (rambu, marka, guardrail, PJU)",
      ind: "Jumlah unit perlengkapan jalan yang dipasang",
      sat: "unit",
      awal: 395,
      k: [420, 450, 480, 500, 520],
      flow: true,
      rp: [4_865_200, 5_210_000, 5_480_750, 5_736_400, 6_015_000],
    },
    {
      id: "s22",
      // planted: coded under kegiatan 2.15.02.2.01 while it stands under 2.15.02.2.02
      kode: "2.15.02.2.01.0002",
      nm: "Pemeliharaan Perlengkapan Jalan",
      ind: "Jumlah paket pemeliharaan perlengkapan jalan",
      sat: "paket",
      awal: 5,
      k: [6, 6, 7, 7, 8],
      flow: true,
      rp: [1_642_000, 1_725_300, 1_810_000, 1_905_450, 2_001_600],
    },
  ];
  const HARD_K2_Y3 = 7_209_750;
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 17 },
    { key: "nm", head: ["Program dan Kegiatan"], num: "(2)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "(5)",
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: `(${6 + 2 * i})`,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [TK, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: `(${7 + 2 * i})`,
        fmt: "#,##0",
        width: 13,
      },
    ]),
    { key: "ak", head: [AK, "Target"], role: "kondisi-akhir", num: "(16)", width: 9 },
    { key: "arp", head: [AK, "Rp"], num: "(17) = (7)+(9)+(11)+(13)+(15)", fmt: "#,##0", width: 14 },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(18)",
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 16 },
  ];
  const kf = (x: Line) => (x.sat === "%" ? DEC : "0");
  const rows: Row[] = L.map((x) => ({
    id: x.id,
    bold: !x.rp,
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, kf(x)),
        unit: x.id === "s11" || x.id === "s12" || x.id === "k1" ? "Bidang Angkutan" : "Bidang Lalu Lintas",
        lok: x.id.startsWith("s1") || x.id === "k1" ? "Terminal tipe B se-Kalsel" : "Ruas jalan provinsi",
      };
      YEARS.forEach((y, i) => {
        out[`k${y}`] = fmt(x.k[i], kf(x));
        if (x.rp) out[`rp${y}`] = x.rp[i];
        else if (x.subs) {
          // planted: the 2027 Rp of kegiatan 2.15.02.2.02 typed among the SUM formulas
          out[`rp${y}`] =
            x.id === "k2" && y === 2027
              ? HARD_K2_Y3
              : fx(`SUM(${c.a(`rp${y}`, x.subs[0])}:${c.a(`rp${y}`, x.subs[x.subs.length - 1])})`);
        } else out[`rp${y}`] = fx(`${c.a(`rp${y}`, "k1")}+${c.a(`rp${y}`, "k2")}`);
      });
      // planted: the kondisi akhir K of kegiatan 2.15.02.2.02 is the 2028 target typed in
      out.ak =
        x.id === "k2"
          ? fmt(x.k[3], kf(x))
          : x.flow
            ? fx(`SUM(${c.a("k2025")},${c.a("k2026")},${c.a("k2027")},${c.a("k2028")},${c.a("k2029")})`)
            : fx(c.a("k2029"));
      out.arp = fx(YEARS.map((y) => c.a(`rp${y}`)).join("+"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target = target tahun ke-5 untuk persentase dan jumlah terminal; jumlah paket dan laporan dijumlahkan.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Banjarbaru, 20 Agustus 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "PROVINSI KALIMANTAN SELATAN,"],
    nama: "Drs. H. MUHAMMAD RIZANI NOOR, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700923 199203 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp2027", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "The 2027 (Tahun ke-3) Rp of kegiatan 2.15.02.2.02 is a typed 7,209,750 among SUM formulas; its sub kegiatan add up to 5,480,750 + 1,810,000 = 7,290,750",
    truth: `${a("rp2027", "s21")}+${a("rp2027", "s22")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the perlengkapan jalan rate is 76.00, the Tahun ke-4 (2028) target; a rate ends at its Tahun ke-5 target 80.00",
    truth: a("k2029", "k2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pemeliharaan Perlengkapan Jalan is coded 2.15.02.2.01.0002 under kegiatan 2.15.02.2.02; its code is 2.15.02.2.02.0002",
    truth: `${a("kode", "k2")}&".0002"`,
  });
  const five = (k: string, id: string) => YEARS.map((y) => a(`${k}${y}`, id)).join("+");
  for (const x of L) {
    if (x.id !== "k2")
      b.ok({
        sheet: S,
        cell: a("ak", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.flow ? five("k", x.id) : a("k2029", x.id),
        trap: x.flow ? a("k2029", x.id) : five("k", x.id),
      });
    if (x.id !== "k2" && x.id !== "p")
      b.ok({
        sheet: S,
        cell: a("arp", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: five("rp", x.id),
      });
  }
  for (const y of YEARS) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s11")}+${a(`rp${y}`, "s12")}`,
    });
    if (y !== 2027) {
      b.ok({
        sheet: S,
        cell: a(`rp${y}`, "k2"),
        rules: ["sum-mismatch"],
        truth: `${a(`rp${y}`, "s21")}+${a(`rp${y}`, "s22")}`,
      });
      b.ok({
        sheet: S,
        cell: a(`rp${y}`, "p"),
        rules: ["sum-mismatch"],
        truth: ["s11", "s12", "s21", "s22"].map((id) => a(`rp${y}`, id)).join("+"),
        // the program adds its two kegiatan, not every row beneath it
        trap: `SUM(${a(`rp${y}`, "k1")}:${a(`rp${y}`, "s22")})`,
      });
    }
  }
  for (const id of ["s11", "s12"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k1"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s21")})`,
    actual: a("kode", "k2"),
  });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "p"),
    });
  return b.finish();
}

// ================================================================ IKU matrix 2025-2029, Kalsel

type Iku = {
  id: string;
  sas: string;
  iku: string;
  rumus: string;
  sat: string;
  awal: number | string;
  tg: Array<number | string>;
  neg?: boolean;
  f: string;
  sumber: string;
};

export function ikuDishubKalsel(): BookW {
  const b = new BookW(
    "iku-dishub-prov-kalsel-2025-2029.xlsx",
    "IKU matrix (Dinas Perhubungan)",
    "Matriks IKU 2025-2029 of the Dinas Perhubungan Provinsi Kalimantan Selatan: No | Sasaran Strategis | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target' > 2025 .. 2029 | Kondisi Akhir Renstra | Sumber Data; a SAKIP grade row 'BB (72,40)', a lower-is-better accident rate and ferry waiting time",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN SELATAN", "DINAS PERHUBUNGAN"]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS PERHUBUNGAN PROVINSI KALIMANTAN SELATAN",
    "NOMOR 800.1/112/SEKRET-DISHUB/2025 TENTANG INDIKATOR KINERJA UTAMA",
    "INDIKATOR KINERJA UTAMA DINAS PERHUBUNGAN TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya kinerja pelayanan transportasi darat dan penyeberangan";
  const S2 = "Meningkatnya keselamatan lalu lintas di jalan provinsi";
  const S3 = "Meningkatnya akuntabilitas kinerja perangkat daerah";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: S1,
      iku: "Persentase terminal penumpang tipe B yang memenuhi SPM",
      rumus: "Jumlah terminal tipe B sesuai SPM / jumlah terminal tipe B x 100%",
      sat: "%",
      awal: 50,
      tg: [62.5, 75, 75, 87.5, 100],
      f: DEC,
      sumber: "Bidang Angkutan",
    },
    {
      id: "i2",
      sas: S1,
      iku: "Indeks kepuasan masyarakat terhadap layanan pelabuhan penyeberangan",
      rumus: "Survei kepuasan masyarakat sesuai PermenPANRB 14/2017",
      sat: "indeks",
      awal: 78.4,
      tg: [80, 81.25, 82.5, 83.75, 85],
      f: DEC,
      sumber: "UPTD Pelabuhan Penyeberangan",
    },
    {
      id: "i3",
      sas: S1,
      iku: "Rata-rata waktu tunggu kapal di pelabuhan penyeberangan",
      rumus: "Jumlah waktu tunggu seluruh keberangkatan / jumlah keberangkatan",
      sat: "jam",
      awal: 3.2,
      tg: [3, 2.75, 2.5, 2.25, 2],
      neg: true,
      f: DEC,
      sumber: "UPTD Pelabuhan Penyeberangan",
    },
    {
      id: "i4",
      sas: S2,
      iku: "Angka kecelakaan lalu lintas di jalan provinsi per 10.000 kendaraan",
      rumus: "Jumlah kejadian kecelakaan di jalan provinsi / jumlah kendaraan terdaftar x 10.000",
      sat: "kejadian",
      awal: 4.85,
      tg: [4.6, 4.4, 4.2, 4, 3.8],
      neg: true,
      f: DEC,
      sumber: "Ditlantas Polda Kalsel, Jasa Raharja",
    },
    {
      id: "i5",
      sas: S2,
      iku: "Persentase ruas jalan provinsi yang dilengkapi fasilitas perlengkapan jalan",
      rumus: "Panjang ruas berperlengkapan / panjang jalan provinsi x 100%",
      sat: "%",
      awal: 61.5,
      // planted: the 2027 target 72.00 typed with the decimal point shifted (7.20)
      tg: [64, 68, 7.2, 76, 80],
      f: DEC,
      sumber: "Bidang Lalu Lintas",
    },
    {
      id: "i6",
      sas: S3,
      iku: "Nilai SAKIP Dinas Perhubungan",
      rumus: "Hasil evaluasi AKIP oleh Inspektorat Provinsi",
      sat: "nilai",
      awal: "BB (72,40)",
      // planted: "A (78,50)" for a score of 78.50, which is BB
      tg: ["BB (74,00)", "A (78,50)", "A (80,50)", "A (82,00)", "A (84,00)"],
      f: "@",
      sumber: "Inspektorat Provinsi",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "iku", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
    ...YEARS.map((y): Col => ({
      key: `y${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 11,
    })),
    { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", width: 11 },
    { key: "sumber", head: ["Sumber Data"], role: "sumber-data", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: x.sas,
        iku: x.iku,
        rumus: x.rumus,
        sat: x.sat,
        awal: typeof x.awal === "number" ? fmt(x.awal, x.f) : x.awal,
        ...Object.fromEntries(
          YEARS.map((y, k) => [`y${y}`, typeof x.tg[k] === "number" ? fmt(x.tg[k] as number, x.f) : x.tg[k]]),
        ),
        ak: typeof x.tg[4] === "number" ? fx(c.a("y2029")) : x.tg[4],
        sumber: x.sumber,
      }),
    })),
  });
  s.gap();
  s.lines(["Catatan: indikator nomor 3 dan 4 semakin kecil semakin baik (polaritas negatif)."]);
  s.gap();
  signature(s, 9, {
    tempat: "Banjarbaru, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "PROVINSI KALIMANTAN SELATAN,"],
    nama: "Drs. H. MUHAMMAD RIZANI NOOR, M.Si.",
    nip: "19700923 199203 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i5") },
    rules: ["target-outlier"],
    note: "The 2027 target of the perlengkapan jalan rate is 7.20 between 68.00 and 76.00: 72.00 with the decimal point shifted",
    truth: `(${a("y2026", "i5")}+${a("y2028", "i5")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2026", "i6") },
    rules: ["sakip-grade-mismatch"],
    note: "The 2026 SAKIP target 'A (78,50)': a score of 78.50 is BB (> 70 - 80), A starts above 80",
    truth: `SAKIP(SCORE(${a("y2026", "i6")}))`,
    actual: `GRADE(${a("y2026", "i6")})`,
  });
  for (const y of [2025, 2027, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "i6"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(`y${y}`, "i6")}))`,
      actual: `GRADE(${a(`y${y}`, "i6")})`,
    });
  b.ok({
    sheet: S,
    cell: a("awal", "i6"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(SCORE(${a("awal", "i6")}))`,
    actual: `GRADE(${a("awal", "i6")})`,
  });
  // lower is better: falling targets are the right way
  for (const id of ["i3", "i4"])
    for (const y of [2026, 2029])
      b.ok({
        sheet: S,
        cell: a(`y${y}`, id),
        rules: ["target-trend"],
        truth: String(rows.find((x) => x.id === id)!.tg[y - 2025]),
      });
  // the flat 2026-2027 target of the terminal rate is no outlier
  b.ok({
    sheet: S,
    cell: a("y2027", "i1"),
    rules: ["target-outlier", "target-trend"],
    truth: a("y2026", "i1"),
  });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  return b.finish();
}
