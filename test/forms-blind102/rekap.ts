// Two recaps the forestry offices really keep: the RHL (rehabilitasi hutan dan lahan) realisation of
// 2024 per KPH of Sumatera Barat (hectares, seedlings, pagu and realisasi, a total row whose % is the
// ratio of the totals), and the perhutanan sosial / KTH recap of Nusa Tenggara Barat per kabupaten,
// grouped by island with subtotals and a grand total over the subtotals, plus a second table of HHBK
// production per quarter with a stock row (KUPS aktif). Every number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Ctx, type Row } from "../forms/kit";

export function rekapRhlSumbar(): BookW {
  const b = new BookW(
    "rekap-rhl-per-kph-sumbar-2024.xlsx",
    "RHL realisation recap per KPH of a Dinas Kehutanan (2024)",
    "Recap per KPH (UPTD) of Sumatera Barat, 2024: target / realisasi hectares with %, seedlings, pagu / realisasi / serapan; a Jumlah row of SUM formulas whose % cells are the ratio of the totals",
  );
  const S = "Rekap RHL 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KEHUTANAN PROVINSI SUMATERA BARAT", "BIDANG REHABILITASI HUTAN DAN LAHAN"]);
  s.lines(["REKAPITULASI REALISASI KEGIATAN REHABILITASI HUTAN DAN LAHAN PER KPH", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const kph: Array<[string, string, number, number, number, number, number]> = [
    ["UPTD KPHL Agam Raya", "Kab. Agam", 220, 214, 88_000, 798_600_000, 771_240_000],
    ["UPTD KPHL Bukit Barisan", "Kab. Padang Pariaman", 180, 180, 72_000, 655_200_000, 648_910_000],
    ["UPTD KPHL Sijunjung", "Kab. Sijunjung", 250, 236, 100_000, 907_500_000, 869_300_000],
    ["UPTD KPHP Dharmasraya", "Kab. Dharmasraya", 160, 151, 64_000, 582_400_000, 596_150_000],
    ["UPTD KPHL Pasaman Raya", "Kab. Pasaman", 210, 198, 84_000, 764_400_000, 702_870_000],
    ["UPTD KPHL Solok", "Kab. Solok", 190, 190, 76_000, 691_600_000, 684_420_000],
    ["UPTD KPHL Kepulauan Mentawai", "Kab. Kep. Mentawai", 120, 97, 48_000, 452_400_000, 361_750_000],
    ["UPTD KPHL 50 Kota", "Kab. Lima Puluh Kota", 170, 166, 68_000, 618_800_000, 606_230_000],
  ];
  const ids = kph.map((_, i) => `u${i + 1}`);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
      { key: "kph", head: ["KPH / UPTD"], num: "2", width: 30 },
      { key: "lok", head: ["Kabupaten"], role: "lokasi", num: "3", width: 20 },
      {
        key: "tha",
        head: ["Luas Penanaman (Ha)", "Target"],
        role: "target",
        year: 2024,
        num: "4",
        fmt: INT,
        width: 10,
      },
      {
        key: "rha",
        head: ["Luas Penanaman (Ha)", "Realisasi"],
        role: "realisasi",
        year: 2024,
        num: "5",
        fmt: INT,
        width: 10,
      },
      {
        key: "pha",
        head: ["Luas Penanaman (Ha)", "%"],
        role: "capaian",
        year: 2024,
        num: "6 = 5/4 x 100",
        fmt: DEC,
        width: 9,
      },
      {
        key: "bibit",
        head: ["Bibit Ditanam (batang)"],
        role: "realisasi",
        year: 2024,
        num: "7",
        fmt: INT,
        width: 14,
      },
      {
        key: "pagu",
        head: ["Anggaran (Rp)", "Pagu"],
        role: "anggaran",
        year: 2024,
        num: "8",
        fmt: RP,
        width: 16,
      },
      {
        key: "real",
        head: ["Anggaran (Rp)", "Realisasi"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "9",
        fmt: RP,
        width: 16,
      },
      {
        key: "ser",
        head: ["Anggaran (Rp)", "Serapan (%)"],
        role: "capaian",
        year: 2024,
        num: "10 = 9/8 x 100",
        fmt: DEC,
        width: 9,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kph.map(([n, l, th, rh, bb, pg, rl], i): Row => ({
        id: ids[i],
        cells: (c: Ctx) => ({
          no: i + 1,
          kph: n,
          lok: l,
          tha: th,
          rha: rh,
          pha: fx(`ROUND(${c.a("rha")}/${c.a("tha")}*100,2)`),
          bibit: Math.round((bb * rh) / th / 10) * 10,
          pagu: pg,
          real: rl,
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "lok"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "Jumlah" };
          for (const k of ["tha", "rha", "pagu", "real"]) out[k] = fx(`SUM(${c.a(k, "u1")}:${c.a(k, "u8")})`);
          // planted: the seedlings total stops one row short
          out.bibit = fx(`SUM(${c.a("bibit", "u1")}:${c.a("bibit", "u7")})`);
          out.pha = fx(`ROUND(${c.a("rha")}/${c.a("tha")}*100,2)`);
          out.ser = fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan bulanan UPTD KPH, diolah Bidang RHL."]);
  s.gap();
  signature(s, 8, {
    tempat: "Padang, 10 Januari 2025",
    jabatan: ["Kepala Bidang Rehabilitasi Hutan dan Lahan,"],
    nama: "YULIANDRI, S.Hut., M.Si.",
    nip: "19780522 200312 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "u4") },
        { sheet: S, cell: a("ser", "u4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "KPHP Dharmasraya: realisasi 596,150,000 above its pagu of 582,400,000 (serapan 102.36 %)",
    truth: a("pagu", "u4"),
    actual: a("real", "u4"),
  });
  b.plant({
    at: { sheet: S, cell: a("bibit", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah bibit is =SUM over the first seven KPH only; the eighth (KPHL 50 Kota) is left out",
    truth: `SUM(${a("bibit", "u1")}:${a("bibit", "u8")})`,
  });
  // the % of the total row is the ratio of the totals, not the average of the %
  b.ok({
    sheet: S,
    cell: a("pha", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("rha", "tot")}/${a("tha", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pha", "u1")}:${a("pha", "u8")}),2)`,
  });
  for (const k of ["tha", "rha", "pagu"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "u1")}:${a(k, "u8")})` });
  for (const id of ids) {
    b.ok({
      sheet: S,
      cell: a("pha", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("rha", id)}/${a("tha", id)}*100,2)`,
    });
    if (id !== "u4")
      b.ok({
        sheet: S,
        cell: a("ser", id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${a("real", id)}/${a("pagu", id)}*100,2)`,
      });
  }
  return b.finish();
}

export function rekapPsNtb(): BookW {
  const b = new BookW(
    "rekap-perhutanan-sosial-kth-ntb-2024.xlsx",
    "Perhutanan sosial and KTH recap per kabupaten of a Dinas Kehutanan (2024)",
    "Recap per kabupaten of NTB grouped by island (Pulau Lombok, Pulau Sumbawa) with subtotals and a grand total over the subtotals: persetujuan PS per skema with Jumlah formulas, luas, KTH per kelas with % madya+utama; a second table below: HHBK production per quarter with a KUPS aktif stock row",
  );
  const S = "Rekap PS dan KTH";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI NUSA TENGGARA BARAT",
    "DINAS KEHUTANAN - BIDANG PENYULUHAN, PEMBERDAYAAN MASYARAKAT DAN HUTAN ADAT",
  ]);
  s.lines([
    "A. REKAPITULASI PERSETUJUAN PERHUTANAN SOSIAL DAN KELAS KELOMPOK TANI HUTAN",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  type K = [string, number, number, number, number, number, number, number, number];
  const lombok: K[] = [
    ["Kab. Lombok Barat", 9, 4, 2, 3, 8_412, 41, 18, 4],
    ["Kab. Lombok Tengah", 7, 5, 1, 2, 6_935, 38, 13, 3],
    ["Kab. Lombok Timur", 11, 6, 3, 4, 11_207, 52, 21, 6],
    ["Kab. Lombok Utara", 8, 3, 1, 2, 7_690, 33, 15, 2],
  ];
  const sumbawa: K[] = [
    ["Kab. Sumbawa Barat", 5, 2, 2, 1, 5_318, 27, 9, 2],
    ["Kab. Sumbawa", 12, 7, 4, 3, 16_845, 96, 24, 5],
    ["Kab. Dompu", 6, 4, 2, 2, 8_106, 35, 11, 3],
    ["Kab. Bima", 10, 6, 3, 2, 12_470, 74, 17, 4],
  ];
  const body = (k: K, id: string, no: number): Row => ({
    id,
    cells: (c: Ctx) => ({
      no,
      kab: k[0],
      hkm: k[1],
      hd: k[2],
      htr: k[3],
      kk: k[4],
      // planted: Lombok Timur's Jumlah is a typed 26 among formulas (the four skema add up to 24)
      jml: id === "l3" ? 26 : fx(`SUM(${c.a("hkm")}:${c.a("kk")})`),
      luas: k[5],
      pem: k[6],
      mad: k[7],
      uta: k[8],
      jkth: fx(`SUM(${c.a("pem")}:${c.a("uta")})`),
      // planted: Kab. Sumbawa's % is typed ten times too large
      pct: id === "s2" ? 232.0 : fx(`ROUND((${c.a("mad")}+${c.a("uta")})/${c.a("jkth")}*100,2)`),
    }),
  });
  const numKeys = ["hkm", "hd", "htr", "kk", "jml", "luas", "pem", "mad", "uta", "jkth"];
  const sub = (id: string, label: string, from: string, to: string): Row => ({
    id,
    bold: true,
    span: ["no", "kab"],
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { no: label };
      for (const k of numKeys) out[k] = fx(`SUM(${c.a(k, from)}:${c.a(k, to)})`);
      out.pct = fx(`ROUND((${c.a("mad")}+${c.a("uta")})/${c.a("jkth")}*100,2)`);
      return out;
    },
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kab", head: ["Kabupaten"], role: "lokasi", width: 22 },
      {
        key: "hkm",
        head: ["Persetujuan Perhutanan Sosial (unit SK)", "HKm"],
        role: "realisasi",
        fmt: INT,
        width: 8,
      },
      {
        key: "hd",
        head: ["Persetujuan Perhutanan Sosial (unit SK)", "HD"],
        role: "realisasi",
        fmt: INT,
        width: 8,
      },
      {
        key: "htr",
        head: ["Persetujuan Perhutanan Sosial (unit SK)", "HTR"],
        role: "realisasi",
        fmt: INT,
        width: 8,
      },
      {
        key: "kk",
        head: ["Persetujuan Perhutanan Sosial (unit SK)", "Kemitraan Kehutanan"],
        role: "realisasi",
        fmt: INT,
        width: 10,
      },
      {
        key: "jml",
        head: ["Persetujuan Perhutanan Sosial (unit SK)", "Jumlah"],
        role: "realisasi",
        fmt: INT,
        width: 8,
      },
      { key: "luas", head: ["Luas Areal PS (Ha)"], role: "realisasi", fmt: INT, width: 11 },
      {
        key: "pem",
        head: ["Kelas Kelompok Tani Hutan (kelompok)", "Pemula"],
        role: "realisasi",
        fmt: INT,
        width: 8,
      },
      {
        key: "mad",
        head: ["Kelas Kelompok Tani Hutan (kelompok)", "Madya"],
        role: "realisasi",
        fmt: INT,
        width: 8,
      },
      {
        key: "uta",
        head: ["Kelas Kelompok Tani Hutan (kelompok)", "Utama"],
        role: "realisasi",
        fmt: INT,
        width: 8,
      },
      {
        key: "jkth",
        head: ["Kelas Kelompok Tani Hutan (kelompok)", "Jumlah"],
        role: "realisasi",
        fmt: INT,
        width: 8,
      },
      { key: "pct", head: ["% KTH Madya dan Utama"], role: "capaian", fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    rows: [
      { id: "hl", bold: true, cells: { no: "I", kab: "PULAU LOMBOK" } },
      ...lombok.map((k, i) => body(k, `l${i + 1}`, i + 1)),
      sub("sl", "Sub Jumlah Pulau Lombok", "l1", "l4"),
      { id: "hs", bold: true, cells: { no: "II", kab: "PULAU SUMBAWA" } },
      ...sumbawa.map((k, i) => body(k, `s${i + 1}`, i + 5)),
      sub("ss", "Sub Jumlah Pulau Sumbawa", "s1", "s4"),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "JUMLAH PROVINSI" };
          for (const k of numKeys) out[k] = fx(`${c.a(k, "sl")}+${c.a(k, "ss")}`);
          out.pct = fx(`ROUND((${c.a("mad")}+${c.a("uta")})/${c.a("jkth")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["B. PRODUKSI HASIL HUTAN BUKAN KAYU KELOMPOK PERHUTANAN SOSIAL TAHUN 2024"]);
  s.gap();
  const hhbk: Array<[string, string, number[], boolean]> = [
    ["Madu hutan (Apis dorsata)", "ton", [6.4, 11.8, 14.2, 9.1], false],
    ["Kemiri kupas", "ton", [22.5, 31.4, 18.7, 27.9], false],
    ["Bambu", "ribu batang", [48, 52, 57, 61], false],
    ["Jumlah KUPS HHBK aktif (akhir triwulan)", "KUPS", [212, 219, 226, 231], true],
  ];
  const u = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kom", head: ["Komoditas"], role: "indikator", width: 30 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      ...["I", "II", "III", "IV"].map((q, i) => ({
        key: `q${i + 1}`,
        head: ["Realisasi Triwulan", q],
        role: "realisasi" as const,
        year: 2024,
        fmt: "#,##0.0",
        width: 9,
      })),
      { key: "th", head: ["Tahun 2024"], role: "realisasi", year: 2024, fmt: "#,##0.0", width: 10 },
    ],
    headerRows: 2,
    rows: hhbk.map(([k, sat, q, stock], i) => ({
      id: `h${i + 1}`,
      cells: (c: Ctx): Record<string, Cell> => ({
        no: i + 1,
        kom: k,
        sat,
        q1: q[0],
        q2: q[1],
        q3: q[2],
        q4: q[3],
        th: stock ? fx(c.a("q4")) : fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
      }),
    })),
  });
  s.gap();
  signature(s, 10, {
    tempat: "Mataram, 15 Januari 2025",
    jabatan: ["Kepala Bidang PPMHA,"],
    nama: "BAIQ NURUL HIDAYATI, S.Hut., M.Sc.",
    nip: "19810417 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "l3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Lombok Timur: Jumlah persetujuan is a typed 26 in a column of SUM formulas; HKm 11 + HD 6 + HTR 3 + Kemitraan 4 = 24",
    truth: `SUM(${a("hkm", "l3")}:${a("kk", "l3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "s2") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Kab. Sumbawa: % KTH madya dan utama is a typed 232.0; (24 + 5) / 125 x 100 = 23.20",
    truth: `ROUND((${a("mad", "s2")}+${a("uta", "s2")})/${a("jkth", "s2")}*100,2)`,
  });
  // the provincial total adds the two island subtotals only, and its % is the ratio of the totals
  for (const k of ["hkm", "luas", "mad", "jkth"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "sl")}+${a(k, "ss")}`,
      trap: `SUM(${a(k, "l1")}:${a(k, "ss")})`,
    });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `ROUND((${a("mad", "tot")}+${a("uta", "tot")})/${a("jkth", "tot")}*100,2)`,
    trap: `ROUND((${a("pct", "sl")}+${a("pct", "ss")})/2,2)`,
  });
  for (const id of ["l1", "l2", "l4", "s1", "s2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("hkm", id)}:${a("kk", id)})`,
    });
  for (const id of ["l1", "l2", "l3", "l4", "s1", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `ROUND((${a("mad", id)}+${a("uta", id)})/${a("jkth", id)}*100,2)`,
    });
  // KUPS aktif is a stock: the year is the Triwulan IV count
  b.ok({
    sheet: S,
    cell: u.a("th", "h4"),
    rules: ["sum-mismatch"],
    truth: u.a("q4", "h4"),
    trap: `SUM(${u.a("q1", "h4")}:${u.a("q4", "h4")})`,
  });
  for (const id of ["h1", "h2", "h3"])
    b.ok({
      sheet: S,
      cell: u.a("th", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${u.a("q1", id)}:${u.a("q4", id)})`,
      tol: 0.06,
    });
  return b.finish();
}
