// An LKjIP measurement table, a PK 2025 beside its Renstra, an SPM recap per puskesmas and a budget realisation
// per sub kegiatan of invented Dinas Kesehatan in Jawa Timur and Kalimantan Barat (PTM, SPM kesehatan).
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

export function lkjipPtm(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-ptm-dinkes-ngawen-kidul-b178.xlsx",
    "LKjIP pengukuran kinerja (Dinas Kesehatan)",
    "LKjIP 2024 Tabel 3.1 of the Dinas Kesehatan Kabupaten Ngawen Kidul: No | Sasaran | Indikator | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; refleksi for lower-is-better rows; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN NGAWEN KIDUL", "DINAS KESEHATAN"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya pengendalian penyakit tidak menular";
  const rows = [
    {
      id: "r1",
      ind: "Persentase penderita DM yang mendapat pelayanan kesehatan sesuai standar",
      t: 100,
      r: 92.35,
      neg: false,
      p: "Sangat Baik",
    },
    {
      id: "r2",
      ind: "Prevalensi hipertensi penduduk usia >= 18 tahun (semakin rendah semakin baik)",
      t: 30.5,
      r: 28.9,
      neg: true,
      p: "Sangat Baik",
    },
    {
      id: "r3",
      ind: "Angka kematian akibat PTM per 100.000 penduduk (semakin rendah semakin baik)",
      t: 54,
      r: 58.2,
      neg: true,
      p: "Sangat Baik",
    },
    {
      id: "r4",
      ind: "Persentase desa/kelurahan dengan posbindu PTM aktif",
      t: 80,
      r: 61.4,
      neg: false,
      p: "Cukup",
    },
    {
      id: "r5",
      ind: "Persentase ODGJ berat yang mendapat pelayanan kesehatan jiwa sesuai standar",
      t: 100,
      r: 96.7,
      neg: false,
      p: "Sangat Baik",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((u, i): Row => ({
        id: u.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          sas: SAS,
          ind: u.ind,
          sat: u.id === "r3" ? "per 100.000" : "%",
          t: u.t,
          r: u.r,
          // planted (r3): R/T on a lower-is-better row, unlike r2's refleksi
          c:
            u.neg && u.id === "r2"
              ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
              : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
          p: u.p,
        }),
      })),
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${x.a("c", "r1")}:${x.a("c", "r5")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator semakin rendah semakin baik dihitung (2 x Target - Realisasi) / Target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "r3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the angka kematian PTM (lower is better) is =ROUND(R/T*100,2) = 107.78; (2 x 54 - 58.2) / 54 gives 92.22, as the note and the prevalensi row compute",
    truth: `ROUND((2*${a("t", "r3")}-${a("r", "r3")})/${a("t", "r3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "r4") },
    rules: ["predikat-mismatch"],
    note: "predikat Cukup for 76.75 (61.4 against 80); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "r4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "r2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "r2")}-${a("r", "r2")})/${a("t", "r2")}*100,2)`,
    trap: `ROUND(${a("r", "r2")}/${a("t", "r2")}*100,2)`,
  });
  for (const id of ["r1", "r4", "r5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["r1", "r2", "r5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

export function pkPtm(): BookW {
  const b = new BookW(
    "pk-2025-renstra-dinkes-kapuas-ulu-b178.xlsx",
    "Perjanjian Kinerja 2025 with the Renstra 2025-2029 (Dinas Kesehatan)",
    "PK 2025 of the Kepala Dinas Kesehatan Kabupaten Kapuas Ulu: indicator table (Target 2025) and program table with Jumlah; sheet Renstra: Kondisi Awal 2024 | 2025 .. 2029 | Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KABUPATEN KAPUAS ULU", "PERJANJIAN KINERJA TAHUN 2025", "DINAS KESEHATAN"]);
  s.lines(["Kepala Dinas Kesehatan berjanji mewujudkan target kinerja tahunan sesuai lampiran ini."]);
  s.gap();
  const ind = [
    { id: "i1", ind: "Persentase capaian SPM bidang kesehatan", sat: "%", v: [81.6, 86, 89, 92, 96, 100] },
    {
      id: "i2",
      ind: "Persentase penderita hipertensi yang mendapat pelayanan sesuai standar",
      sat: "%",
      v: [72.4, 78, 83, 88, 93, 98],
    },
    {
      id: "i3",
      ind: "Prevalensi DM pada penduduk usia >= 15 tahun",
      sat: "%",
      v: [2.4, 2.35, 2.3, 2.25, 2.2, 2.15],
    },
    {
      id: "i4",
      ind: "Persentase perempuan 30-50 tahun yang dideteksi dini kanker leher rahim",
      sat: "%",
      v: [18.2, 25, 32, 40, 48, 55],
    },
  ];
  // Renstra sheet first (the PK refers to it)
  const r = b.sheet(R);
  letterhead(r, ["DINAS KESEHATAN KABUPATEN KAPUAS ULU", "Target Indikator Kinerja Renstra 2025-2029"]);
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "aw", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
    ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
      key: `y${y}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir" },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    rows: ind.map((u, i): Row => ({
      id: u.id,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = {
          no: i + 1,
          ind: u.ind,
          sat: u.sat,
          aw: u.v[0],
          ak: fx(x.a("y2029")),
        };
        [2025, 2026, 2027, 2028, 2029].forEach((y, j) => (c[`y${y}`] = u.v[j + 1]));
        return c;
      },
    })),
  });
  const it = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((u, i) => ({
      id: u.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya derajat kesehatan masyarakat",
        ind: u.ind,
        sat: u.sat,
        // planted (i2): the Renstra 2026 target
        t: u.id === "i2" ? u.v[2] : u.v[1],
      },
    })),
  });
  s.gap();
  const progs = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 38_412_650_000 },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 61_287_340_000,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 1_845_200_000 },
    { id: "p4", nm: "Program Pemberdayaan Masyarakat Bidang Kesehatan", rp: 926_750_000 },
  ];
  const total = progs.reduce((n, p) => n + p.rp, 0);
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i) => ({ id: p.id, cells: { no: i + 1, nm: p.nm, rp: p.rp, ket: "APBD" } })),
      // planted: a typed Jumlah 900,000,000 short
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"] as [string, string],
        cells: { no: "Jumlah", rp: total - 900_000_000 },
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Putussibau Hilir, 2 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN"],
    nama: "dr. MARKUS ALOYSIUS TAWANG",
    nip: "19750923 200502 1 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: it.a("t", "i2") },
        { sheet: R, cell: rt.a("y2025", "i2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the hipertensi coverage is 83.00, the Renstra 2026 target; the Renstra 2025 target is 78.00",
    truth: `'${R}'!${rt.a("y2025", "i2")}`,
  });
  b.plant({
    at: { sheet: P, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah anggaran is a typed ${(total - 900_000_000).toLocaleString("en")}; the four programs add up to ${total.toLocaleString("en")}`,
    truth: `SUM(${pt.a("rp", "p1")}:${pt.a("rp", "p4")})`,
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: P,
      cell: it.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const u of ind)
    b.ok({
      sheet: R,
      cell: rt.a("ak", u.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", u.id),
      trap: [2025, 2026, 2027, 2028, 2029].map((y) => rt.a(`y${y}`, u.id)).join("+"),
    });
  return b.finish();
}

export function rekapSpm(): BookW {
  const b = new BookW(
    "rekap-spm-ptm-puskesmas-kedungrejo-b178.xlsx",
    "Rekap capaian SPM kesehatan per puskesmas",
    "Rekap SPM 2024 of the Dinas Kesehatan Kabupaten Kedungrejo (Jawa Timur): No | Puskesmas | 'Skrining usia produktif' > Sasaran | Dilayani | % | 'Penderita hipertensi' > Sasaran | Dilayani | %; number row with '(5)=(4)/(3)x100'; JUMLAH row",
  );
  const S = "Rekap SPM 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KEDUNGREJO", "DINAS KESEHATAN"]);
  s.lines(["REKAPITULASI CAPAIAN SPM BIDANG KESEHATAN TAHUN 2024 MENURUT PUSKESMAS"]);
  s.gap();
  const pk = [
    { id: "p1", nm: "Kedungrejo", us: 41_280, ud: 36_905, hs: 9_842, hd: 8_611 },
    { id: "p2", nm: "Sumberwaru", us: 28_615, ud: 24_107, hs: 7_105, hd: 6_288 },
    { id: "p3", nm: "Tegalsari Lor", us: 33_940, ud: 30_512, hs: 8_356, hd: 6_902 },
    { id: "p4", nm: "Ngampel", us: 19_372, ud: 16_884, hs: 5_118, hd: 4_467 },
    { id: "p5", nm: "Banyuurip", us: 25_806, ud: 22_931, hs: 6_274, hd: 5_319 },
  ];
  const U = "Skrining Kesehatan Usia Produktif";
  const H = "Pelayanan Kesehatan Penderita Hipertensi";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Puskesmas"], role: "lokasi", num: "(2)", width: 18 },
    { key: "us", head: [U, "Sasaran"], role: "target", year: 2024, num: "(3)", fmt: RP },
    { key: "ud", head: [U, "Dilayani"], role: "realisasi", year: 2024, num: "(4)", fmt: RP },
    { key: "uc", head: [U, "%"], role: "capaian", year: 2024, num: "(5)=(4)/(3)x100", fmt: DEC },
    { key: "hs", head: [H, "Sasaran"], role: "target", year: 2024, num: "(6)", fmt: RP },
    { key: "hd", head: [H, "Dilayani"], role: "realisasi", year: 2024, num: "(7)", fmt: RP },
    { key: "hc", head: [H, "%"], role: "capaian", year: 2024, num: "(8)=(7)/(6)x100", fmt: DEC },
  ];
  const sumC = (k: string, x: Ctx) => fx(`SUM(${x.a(k, "p1")}:${x.a(k, "p5")})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...pk.map((p, i): Row => ({
        id: p.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: p.nm,
          us: p.us,
          ud: p.ud,
          uc: fx(`ROUND(${x.a("ud")}/${x.a("us")}*100,2)`),
          hs: p.hs,
          hd: p.hd,
          // planted (p3): a typed 88.60 (6,902 / 8,356 gives 82.60)
          hc: p.id === "p3" ? 88.6 : fx(`ROUND(${x.a("hd")}/${x.a("hs")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          us: sumC("us", x),
          // planted: a stale cached result (before Ngampel's 16,884 were entered: 16,848)
          ud: fx(`SUM(${x.a("ud", "p1")}:${x.a("ud", "p5")})`, pk.reduce((n, p) => n + p.ud, 0) - 36),
          uc: fx(`ROUND(${x.a("ud")}/${x.a("us")}*100,2)`),
          hs: sumC("hs", x),
          hd: sumC("hd", x),
          hc: fx(`ROUND(${x.a("hd")}/${x.a("hs")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan bulanan PTM puskesmas (ASIK), Januari-Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("hc", "p3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% hipertensi of Tegalsari Lor is a typed 88.60 among ROUND formulas; 6,902 / 8,356 gives 82.60",
    truth: `ROUND(${a("hd", "p3")}/${a("hs", "p3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("ud", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Dilayani of the skrining is =SUM with a stale cached result 36 short (Ngampel's 16,848 corrected to 16,884 after the last recalculation)",
    truth: `SUM(${a("ud", "p1")}:${a("ud", "p5")})`,
  });
  for (const k of ["us", "hs", "hd"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, "p5")})` });
  b.ok({
    sheet: S,
    cell: a("hc", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("hd", "jml")}/${a("hs", "jml")}*100,2)`,
    trap: `SUM(${a("hc", "p1")}:${a("hc", "p5")})`,
  });
  for (const id of ["p1", "p2", "p4", "p5"]) {
    b.ok({
      sheet: S,
      cell: a("hc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("hd", id)}/${a("hs", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("uc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("ud", id)}/${a("us", id)}*100,2)`,
    });
  }
  return b.finish();
}

export function realisasiAnggaran(): BookW {
  const b = new BookW(
    "realisasi-anggaran-p2p-dinkes-sambas-timur-b178.xlsx",
    "Realisasi anggaran per sub kegiatan s.d. Triwulan IV",
    "Realisasi anggaran 2024 of the Bidang P2P, Dinas Kesehatan Kabupaten Sambas Timur: No | Kode | Sub Kegiatan | Pagu (Rp) | Triwulan I..IV | Jumlah Realisasi | Serapan (%) | Sisa; kegiatan row as SUM; Total serapan = ratio of the totals",
  );
  const S = "Realisasi TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SAMBAS TIMUR",
    "DINAS KESEHATAN - BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT",
  ]);
  s.lines(["LAPORAN REALISASI ANGGARAN SUB KEGIATAN PTM DAN KESWA s.d. TRIWULAN IV TAHUN 2024"]);
  s.gap();
  const subs = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0010",
      nm: "Pelayanan Kesehatan pada Usia Produktif",
      pagu: 735_400_000,
      q: [96_250_000, 184_300_000, 201_740_000, 218_620_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0011",
      nm: "Pelayanan Kesehatan Penderita Hipertensi",
      pagu: 512_800_000,
      q: [74_100_000, 128_450_000, 139_200_000, 152_380_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0012",
      nm: "Pelayanan Kesehatan Penderita Diabetes Melitus",
      pagu: 468_250_000,
      q: [61_900_000, 117_350_000, 126_800_000, 139_740_000],
    },
    {
      id: "s4",
      kode: "1.02.02.2.02.0013",
      nm: "Pelayanan Kesehatan Orang dengan Gangguan Jiwa Berat",
      pagu: 297_600_000,
      q: [38_420_000, 71_950_000, 80_310_000, 84_960_000],
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Kegiatan / Sub Kegiatan"], width: 36 },
    { key: "pagu", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i + 1}`,
      head: ["Realisasi (Rp)", `TW ${q}`],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
    })),
    { key: "jml", head: ["Realisasi (Rp)", "Jumlah"], role: "realisasi-anggaran", year: 2024, fmt: RP },
    { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], fmt: RP },
  ];
  const Q = (x: Ctx) => [1, 2, 3, 4].map((n) => x.a(`q${n}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      {
        id: "keg",
        bold: true,
        cells: (x: Ctx) => ({
          kode: "1.02.02.2.02",
          nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
          // planted: SUM over s1..s3, the ODGJ sub kegiatan left out
          pagu: fx(`SUM(${x.a("pagu", "s1")}:${x.a("pagu", "s3")})`),
          ...Object.fromEntries(
            [1, 2, 3, 4].map((n) => [`q${n}`, fx(`SUM(${x.a(`q${n}`, "s1")}:${x.a(`q${n}`, "s4")})`)]),
          ),
          jml: fx(`SUM(${x.a("jml", "s1")}:${x.a("jml", "s4")})`),
          ser: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
          sisa: fx(`${x.a("pagu")}-${x.a("jml")}`),
        }),
      },
      ...subs.map((u, i): Row => ({
        id: u.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kode: u.kode,
          nm: u.nm,
          pagu: u.pagu,
          q1: u.q[0],
          q2: u.q[1],
          q3: u.q[2],
          q4: u.q[3],
          // planted (s3): a typed 485,790,000 above the pagu (the quarters give 445,790,000)
          jml: u.id === "s3" ? 485_790_000 : fx(Q(x)),
          ser: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
          sisa: fx(`${x.a("pagu")}-${x.a("jml")}`),
        }),
      })),
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Sambas Timur, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG P2P"],
    nama: "Ns. RATNA JUWITA SARI, S.Kep., M.M.",
    nip: "19820517 200701 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "s3") },
    rules: ["serapan-over-100", "sum-mismatch", "hardcoded-value"],
    note: "Jumlah realisasi of the diabetes sub kegiatan is a typed 485,790,000, above its pagu 468,250,000 (103.75 %); the four quarters give 445,790,000 (95.20 %)",
    truth: [1, 2, 3, 4].map((n) => a(`q${n}`, "s3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("pagu", "keg") },
    rules: ["sum-mismatch"],
    note: "kegiatan pagu is =SUM over three of its four sub kegiatan (1,716,450,000); with the ODGJ sub kegiatan's 297,600,000 it is 2,014,050,000",
    truth: `SUM(${a("pagu", "s1")}:${a("pagu", "s4")})`,
  });
  for (const id of ["s1", "s2", "s4"]) {
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: [1, 2, 3, 4].map((n) => a(`q${n}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("jml", id)}/${a("pagu", id)}*100,2)`,
    });
  }
  for (const n of [1, 2, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`q${n}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(`q${n}`, "s1")}:${a(`q${n}`, "s4")})`,
    });
  // trap: the kegiatan's TW IV is not the year (realisasi is money: a flow, the Jumlah adds the quarters)
  b.ok({
    sheet: S,
    cell: a("jml", "s4"),
    rules: ["hardcoded-value"],
    truth: [1, 2, 3, 4].map((n) => a(`q${n}`, "s4")).join("+"),
    trap: a("q4", "s4"),
  });
  return b.finish();
}
