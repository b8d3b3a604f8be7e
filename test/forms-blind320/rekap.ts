// Two recaps of Dinas PUPR: kondisi jalan kabupaten per kecamatan (Lembah Sariwangi), and on one sheet
// kondisi jembatan per kecamatan beside the realisasi anggaran per bidang per triwulan (Batu Runcing).
// Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

/** Rekapitulasi kondisi jalan kabupaten per kecamatan 2024 (Lembah Sariwangi). */
export function rekapJalan(): BookW {
  const b = new BookW(
    "rekap-kondisi-jalan-per-kecamatan-lembah-sariwangi-320.xlsx",
    "Rekap kondisi jalan per kecamatan (Dinas PUPR)",
    "per kecamatan: ruas, panjang, Baik / Sedang / Rusak Ringan / Rusak Berat (group header written once, unmerged), Mantap = Baik + Sedang, % Mantap formulas; number row '(9) = (5)+(6)'; JUMLAH row with SUMs and a ratio of totals",
  );
  const S = "Kondisi Jalan 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN LEMBAH SARIWANGI", "BIDANG BINA MARGA"]);
  s.lines(
    [
      "REKAPITULASI KONDISI JALAN KABUPATEN PER KECAMATAN",
      "Keadaan s.d. 31 Desember 2024 (hasil survei IRMS)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const kec: Array<[string, number, number[]]> = [
    ["Cikahuripan", 21, [42.35, 18.6, 7.15, 5.4]],
    ["Sariwangi", 18, [38.1, 15.25, 6.8, 3.95]],
    ["Pasirlaja", 15, [27.45, 12.9, 9.35, 8.1]],
    ["Cibeureum Hilir", 14, [31.7, 10.45, 5.2, 6.75]],
    ["Leuwidamar Kidul", 12, [19.8, 9.15, 8.4, 10.65]],
    ["Situmekar", 11, [24.6, 11.3, 4.75, 3.05]],
    ["Tanjungwangi", 16, [35.2, 14.05, 6.1, 4.45]],
  ];
  const K = "Kondisi Jalan (km)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], num: "(2)", width: 20 },
    { key: "ruas", head: ["Jumlah Ruas"], role: "lainnya", num: "(3)", fmt: INT },
    { key: "pj", head: ["Panjang Jalan (km)"], role: "lainnya", num: "(4)", fmt: DEC },
    { key: "b", head: [K, "Baik"], role: "lainnya", num: "(5)", fmt: DEC },
    { key: "sd", head: [K, "Sedang"], role: "lainnya", num: "(6)", fmt: DEC },
    { key: "rr", head: [K, "Rusak Ringan"], role: "lainnya", num: "(7)", fmt: DEC },
    { key: "rb", head: [K, "Rusak Berat"], role: "lainnya", num: "(8)", fmt: DEC },
    { key: "m", head: ["Jalan Mantap (km)"], role: "realisasi", year: 2024, num: "(9) = (5)+(6)", fmt: DEC },
    {
      key: "pm",
      head: ["Kemantapan (%)"],
      role: "capaian",
      year: 2024,
      num: "(10) = (9)/(4) x 100",
      fmt: DEC,
    },
  ];
  const ids = kec.map((_, i) => `k${i + 1}`);
  const body: Row[] = kec.map(([n, ruas, v], i) => ({
    id: ids[i],
    cells: (x) => ({
      no: i + 1,
      kec: n,
      ruas,
      pj: round(sum(v), 2),
      b: v[0],
      sd: v[1],
      rr: v[2],
      rb: v[3],
      m: fx(`${x.a("b")}+${x.a("sd")}`),
      // planted: Cibeureum Hilir's % takes Baik only
      pm: i === 3 ? fx(`ROUND(${x.a("b")}/${x.a("pj")}*100,2)`) : fx(`ROUND(${x.a("m")}/${x.a("pj")}*100,2)`),
    }),
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH" };
      for (const k of ["ruas", "pj", "b", "sd", "rr", "m"]) c[k] = fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`);
      // planted: Rusak Berat total stops at Situmekar
      c.rb = fx(`SUM(${x.a("rb", "k1")}:${x.a("rb", "k6")})`);
      c.pm = fx(`ROUND(${x.a("m")}/${x.a("pj")}*100,2)`);
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", groups: "first", rows: body });
  s.gap();
  s.lines(["Sumber: Survei kondisi jalan (IRMS) Bidang Bina Marga, Desember 2024."]);
  s.gap();
  signature(s, 8, {
    tempat: "Sariwangi, 15 Januari 2025",
    jabatan: ["KEPALA BIDANG BINA MARGA"],
    nama: "DEDI SUPRIATNA HIDAYAT, S.T.",
    nip: "19830507 200903 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pm", "k4") },
    rules: ["ratio-components-mismatch", "inconsistent-formula"],
    truth: `(${a("b", "k4")}+${a("sd", "k4")})/${a("pj", "k4")}*100`,
    note: "Cibeureum Hilir % mantap =ROUND(Baik/Panjang*100,2) = 58.60; (Baik + Sedang) / Panjang gives 77.91",
  });
  b.plant({
    at: { sheet: S, cell: a("rb", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rb", "k1")}:${a("rb", "k7")})`,
    note: "JUMLAH Rusak Berat =SUM(..k6) leaves out Tanjungwangi (4.45 km): 37.90 instead of 42.35",
  });
  b.ok({
    sheet: S,
    cell: a("pm", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `${a("m", "jml")}/${a("pj", "jml")}*100`,
    trap: `AVERAGE(${a("pm", "k1")}:${a("pm", "k7")})`,
  });
  for (const k of ["pj", "b", "sd", "rr", "m", "ruas"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  for (const id of ["k1", "k2", "k5", "k7"]) {
    b.ok({
      sheet: S,
      cell: a("pm", id),
      rules: ["ratio-components-mismatch"],
      truth: `${a("m", id)}/${a("pj", id)}*100`,
    });
    b.ok({
      sheet: S,
      cell: a("pj", id),
      rules: ["sum-mismatch"],
      truth: `${a("b", id)}+${a("sd", id)}+${a("rr", id)}+${a("rb", id)}`,
    });
  }
  return b.finish();
}

/** Kondisi jembatan per kecamatan beside realisasi anggaran per bidang per triwulan (Batu Runcing). */
export function rekapJembatanAnggaran(): BookW {
  const b = new BookW(
    "rekap-jembatan-dan-serapan-per-bidang-batu-runcing-320.xlsx",
    "Rekap jembatan + serapan per bidang (Dinas PUPR)",
    "two tables side by side on one sheet, one empty column between, different heights: jembatan per kecamatan (typed Jumlah) and realisasi anggaran per bidang per triwulan with serapan formulas; merged group headers; no number row",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU RUNCING", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines(["REKAPITULASI KONDISI JEMBATAN DAN REALISASI ANGGARAN PER BIDANG TAHUN ANGGARAN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const top = s.r;
  const jb: Array<[string, number, number, number]> = [
    ["Palu Barat", 14, 4, 2],
    ["Lere", 9, 3, 1],
    ["Talise", 11, 2, 2],
    ["Tondo", 7, 4, 3],
    ["Mamboro", 8, 2, 1],
    ["Tawaeli", 6, 3, 2],
  ];
  const baikSum = sum(jb.map((j) => j[1]));
  const jumlahBaikTyped = baikSum - jb[5][1]; // planted: Tawaeli left out
  const A: Row[] = jb.map(([n, bk, sd, rs], i) => ({
    id: `j${i + 1}`,
    cells: (x) => ({
      no: i + 1,
      kec: n,
      n: bk + sd + rs,
      bk,
      sd,
      rs,
      p: fx(`ROUND(${x.a("bk")}/${x.a("n")}*100,2)`),
    }),
  }));
  A.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => ({
      no: "Jumlah",
      n: sum(jb.map((j) => j[1] + j[2] + j[3])),
      bk: jumlahBaikTyped,
      sd: sum(jb.map((j) => j[2])),
      rs: sum(jb.map((j) => j[3])),
      p: fx(`ROUND(${x.a("bk")}/${x.a("n")}*100,2)`),
    }),
  });
  const KJ = "Kondisi (buah)";
  const ta = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kec", head: ["Kecamatan"], width: 16 },
        { key: "n", head: ["Jumlah Jembatan (buah)"], role: "lainnya", fmt: INT },
        { key: "bk", head: [KJ, "Baik"], role: "lainnya", fmt: INT },
        { key: "sd", head: [KJ, "Sedang"], role: "lainnya", fmt: INT },
        { key: "rs", head: [KJ, "Rusak"], role: "lainnya", fmt: INT },
        { key: "p", head: ["% Kondisi Baik"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: A,
    },
    1,
    top,
  );
  const bid: Array<[string, number, number[]]> = [
    ["Sekretariat", 14_862_350_000, [2_940_120_000, 3_615_800_000, 3_702_450_000, 4_104_300_000]],
    ["Bina Marga", 46_280_000_000, [3_105_400_000, 11_870_250_000, 14_662_800_000, 15_021_600_000]],
    ["Sumber Daya Air", 8_415_600_000, [412_500_000, 1_980_300_000, 2_744_100_000, 2_815_450_000]],
    ["Cipta Karya (Air Minum)", 10_927_000_000, [505_000_000, 2_410_750_000, 3_866_200_000, 3_720_900_000]],
    ["Drainase", 9_640_400_000, [388_200_000, 2_104_600_000, 3_215_000_000, 3_338_900_000]],
  ];
  const B: Row[] = bid.map(([n, pagu, q], i) => ({
    id: `b${i + 1}`,
    cells: (x) => ({
      bid: n,
      pagu,
      q1: q[0],
      q2: q[1],
      q3: q[2],
      q4: q[3],
      jr: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
      // planted: Drainase serapan typed with the decimal point slipped (938.43 for 93.84)
      sp: i === 4 ? round((sum(q) / pagu) * 1000, 2) : fx(`ROUND(${x.a("jr")}/${x.a("pagu")}*100,2)`),
    }),
  }));
  B.push({
    id: "jml",
    bold: true,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string> = { bid: "JUMLAH" };
      for (const k of ["pagu", "q1", "q2", "q3", "q4", "jr"])
        c[k] = fx(`SUM(${x.a(k, "b1")}:${x.a(k, "b5")})`);
      c.sp = fx(`ROUND(${x.a("jr")}/${x.a("pagu")}*100,2)`);
      return c;
    },
  });
  const RT = "Realisasi Keuangan per Triwulan (Rp)";
  const tb = s.table(
    {
      cols: [
        { key: "bid", head: ["Bidang"], width: 22 },
        { key: "pagu", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 18 },
        { key: "q1", head: [RT, "TW I"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
        { key: "q2", head: [RT, "TW II"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
        { key: "q3", head: [RT, "TW III"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
        { key: "q4", head: [RT, "TW IV"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
        {
          key: "jr",
          head: ["Jumlah Realisasi (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        },
        { key: "sp", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: B,
    },
    9,
    top,
  );
  s.gap();
  signature(s, 12, {
    tempat: "Batu Runcing, 10 Januari 2025",
    jabatan: ["SEKRETARIS DINAS PUPR"],
    nama: "Hj. NURHAYATI DG. MASIKKI, S.E., M.M.",
    nip: "19750816 200112 2 004",
  });
  const aa = (k: string, id: string) => ta.a(k, id);
  const ab = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: aa("bk", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `SUM(${aa("bk", "j1")}:${aa("bk", "j6")})`,
    note: `typed Jumlah Baik ${jumlahBaikTyped} leaves out Tawaeli; the kecamatan add up to ${baikSum}`,
  });
  b.plant({
    at: { sheet: S, cell: ab("sp", "b5") },
    rules: ["percent-out-of-range", "serapan-over-100", "ratio-components-mismatch"],
    truth: `${ab("jr", "b5")}/${ab("pagu", "b5")}*100`,
    note: "Drainase serapan typed 938.43 (a slipped decimal); realisasi / pagu gives 93.84",
  });
  b.ok({
    sheet: S,
    cell: ab("sp", "jml"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `${ab("jr", "jml")}/${ab("pagu", "jml")}*100`,
    trap: `AVERAGE(${ab("sp", "b1")}:${ab("sp", "b4")})`,
  });
  for (const id of ["b1", "b2", "b3", "b4"]) {
    b.ok({
      sheet: S,
      cell: ab("sp", id),
      rules: ["ratio-components-mismatch", "serapan-over-100"],
      truth: `${ab("jr", id)}/${ab("pagu", id)}*100`,
    });
    b.ok({
      sheet: S,
      cell: ab("jr", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${ab("q1", id)}:${ab("q4", id)})`,
    });
  }
  for (const k of ["pagu", "jr", "q3"])
    b.ok({
      sheet: S,
      cell: ab(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${ab(k, "b1")}:${ab(k, "b5")})`,
    });
  for (const k of ["n", "sd", "rs"])
    b.ok({
      sheet: S,
      cell: aa(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${aa(k, "j1")}:${aa(k, "j6")})`,
    });
  for (const id of ["j1", "j3", "j6"]) {
    b.ok({
      sheet: S,
      cell: aa("p", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `${aa("bk", id)}/${aa("n", id)}*100`,
    });
    b.ok({
      sheet: S,
      cell: aa("n", id),
      rules: ["sum-mismatch"],
      truth: `${aa("bk", id)}+${aa("sd", id)}+${aa("rs", id)}`,
    });
  }
  return b.finish();
}
