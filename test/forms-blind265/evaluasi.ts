// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pemberdayaan
// Perempuan dan Perlindungan Anak: UPTD PPA case handling, Kabupaten Layak Anak, perkawinan anak.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the DP3A Kabupaten Watu Lanang (Jawa Tengah), s.d. Triwulan IV 2024, calendar-year headers. */
export function e81Dp3a(): BookW {
  const b = new BookW(
    "e81-dp3a-watu-lanang-uptd-ppa-2024.xlsx",
    "E.81 Evaluasi Renja (DP3A)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2022-2026; calendar years in the headers; Kinerja | Keuangan (Rp) pairs; no No column; a level row (% kasus ditangani) beside flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WATU LANANG",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "Jl. Kartini No. 17 Watu Lanang, Jawa Tengah",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Watu Lanang",
    "Renstra 2022-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.08.03.2.01.0001",
      ur: "Penyediaan Layanan Pengaduan Masyarakat bagi Perempuan Korban Kekerasan",
      ind: "Jumlah perempuan korban kekerasan yang mendapatkan layanan pengaduan",
      sat: "orang",
      level: false,
      k5: 420,
      k6: 231,
      k7: 85,
      q: [19, 24, 21, 27],
      r5: 1_950_000_000,
      r6: 1_084_350_000,
      r7: 412_000_000,
      rq: [71_250_000, 104_800_000, 96_430_000, 128_915_000],
    },
    {
      id: "s2",
      kode: "2.08.03.2.01.0002",
      ur: "Penyediaan Layanan Pendampingan dan Rumah Aman bagi Perempuan Korban Kekerasan",
      ind: "Jumlah korban yang didampingi di rumah aman",
      sat: "orang",
      level: false,
      k5: 150,
      k6: 78,
      k7: 30,
      q: [6, 8, 7, 9],
      r5: 1_320_000_000,
      r6: 701_640_000,
      r7: 276_500_000,
      rq: [52_300_000, 68_740_000, 63_115_000, 84_905_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.08.03.2.01",
    ur: "Penyediaan Layanan bagi Perempuan Korban Kekerasan Kewenangan Kabupaten/Kota",
    ind: "Jumlah kasus kekerasan terhadap perempuan yang ditangani UPTD PPA",
    sat: "kasus",
    level: false,
    k5: 400,
    k6: 219,
    k7: 80,
    q: [17, 22, 20, 25],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.08.03",
    ur: "PROGRAM PERLINDUNGAN PEREMPUAN",
    ind: "Persentase kasus kekerasan terhadap perempuan yang ditangani",
    sat: "%",
    level: true,
    k5: 100,
    k6: 88.6,
    k7: 95,
    q: [89.5, 91.2, 92.8, 94.1],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", "Target Renstra PD Tahun 2026", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. Tahun 2024", "13 = 6+12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Capaian Renstra s.d. Tahun 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: sub kegiatan .0002's realisasi Rp (12) typed 296,060,000; the quarters give 269,060,000
  const R12S2 = 296_060_000;
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: e.id === "s2" ? R12S2 : r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "UPTD PPA",
    },
  }));
  const avgR = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "ind"],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "ind"],
        cells: () => ({
          kode: "Predikat kinerja",
          k14: predikat(round(sum(rows.map(k14)) / 4)),
          // planted: the Rp predikat is one band too high
          r14: "Tinggi",
        }),
      },
    ],
  });
  if (predikat(avgR) === "Tinggi") throw new Error("planted predikat is right");
  s.gap();
  s.lines(["Catatan: baris persentase adalah capaian posisi (level), bukan akumulasi triwulan."]);
  s.gap();
  signature(s, 18, {
    tempat: "Watu Lanang, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK"],
    nama: "Dra. RETNO WIDYASTUTI KUSUMANINGRUM, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720314 199803 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.08.03.2.01.0002 is 296,060,000; the quarters add up to 269,060,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the Rp average ${avgR} is 'Tinggi'; the band gives '${predikat(avgR)}'`,
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type T = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level: boolean;
};

/** T-C.27 of the DP3A Kota Sungai Karang (Riau), Renstra 2025-2029, Rp in thousands. */
export function tc27Dp3a(): BookW {
  const b = new BookW(
    "tc27-dp3a-sungai-karang-kla-2025-2029.xlsx",
    "T-C.27 Renstra (DP3A)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..5 > Target | Rp; kegiatan and program Rp = SUM; kondisi akhir Rp = sum of five years; group headers written once (not merged)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Sungai Karang 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: T[] = [
    {
      id: "s1",
      kode: "2.08.06.2.01.0001",
      ur: "Pelembagaan PHA pada Lembaga Pemerintah, Nonpemerintah, dan Dunia Usaha",
      ind: "Jumlah kelurahan layak anak yang dibina",
      sat: "kelurahan",
      awal: 8,
      k: [4, 5, 5, 6, 6],
      rp: [312_500, 328_400, 345_900, 361_200, 378_650],
      level: false,
    },
    {
      id: "s2",
      kode: "2.08.06.2.01.0003",
      ur: "Penguatan Jejaring Forum Anak dan PUSPAGA",
      ind: "Jumlah sesi konseling PUSPAGA",
      sat: "sesi",
      awal: 210,
      k: [240, 260, 280, 300, 320],
      rp: [186_750, 194_300, 205_800, 214_450, 226_100],
      level: false,
    },
    {
      id: "s3",
      kode: "2.08.07.2.01.0002",
      ur: "Pencegahan Perkawinan Anak melalui Edukasi Pranikah",
      ind: "Jumlah remaja yang mengikuti edukasi pencegahan perkawinan anak",
      sat: "orang",
      awal: 650,
      k: [700, 750, 800, 850, 900],
      rp: [142_300, 149_850, 157_400, 165_200, 173_650],
      level: false,
    },
  ];
  const keg: T = {
    id: "keg",
    kode: "2.08.06.2.01",
    ur: "Pelembagaan Pemenuhan Hak Anak (PHA) Kewenangan Kota",
    ind: "Nilai evaluasi Kota Layak Anak",
    sat: "nilai",
    awal: 585,
    k: [610, 640, 665, 690, 715],
    level: true,
  };
  const prog: T = {
    id: "prog",
    kode: "2.08.06",
    ur: "PROGRAM PEMENUHAN HAK ANAK (PHA)",
    ind: "Persentase kelurahan layak anak",
    sat: "%",
    awal: 42.5,
    k: [47.5, 52.5, 60, 67.5, 75],
    level: true,
  };
  const yrs = [0, 1, 2, 3, 4];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...yrs.flatMap((i): Col[] => [
      {
        key: `k${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: 2025 + i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      fmt: DEC,
      width: 10,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const all = [prog, keg, ...subs];
  const t = s.table({
    cols,
    headerRows: 3,
    groups: "first",
    rows: all.map((e) => ({
      id: e.id,
      bold: e.id === "prog",
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | string | number> = {
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          awal: e.awal,
          pj: e.id === "s3" ? "Bidang Perlindungan Khusus Anak" : "Bidang Pemenuhan Hak Anak",
        };
        for (const i of yrs) {
          out[`k${i}`] = e.k[i];
          if (e.rp) out[`r${i}`] = e.rp[i];
          else if (e.id === "keg") out[`r${i}`] = fx(`SUM(${x.a(`r${i}`, "s1")}:${x.a(`r${i}`, "s3")})`);
          else out[`r${i}`] = fx(`${x.a(`r${i}`, "keg")}`);
        }
        // kondisi akhir K: the level's last target, else the sum (planted: s2 typed 1,500; sum 1,400)
        out.ka = e.level ? e.k[4] : e.id === "s2" ? 1_500 : sum(e.k);
        out.ra = fx(yrs.map((i) => x.a(`r${i}`)).join("+"));
        return out;
      },
    })),
  });
  // planted code: s3 (2.08.07...) sits under kegiatan 2.08.06.2.01 and is summed into it
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir persentase = target tahun ke-5; kondisi akhir jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Sungai Karang, 3 Februari 2025",
    jabatan: ["Kepala Dinas Pemberdayaan Perempuan", "dan Perlindungan Anak"],
    nama: "Hj. NURHAYATI SYAFRIL, S.Sos., M.AP",
    nip: "19750809 199903 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => yrs.map((i) => a(`k${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ka", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir of the PUSPAGA sessions (a count) is 1,500; the five years add up to 1,400",
    truth: ks("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 2.08.07.2.01.0002 sits under kegiatan 2.08.06.2.01",
    truth: `${a("kode", "keg")}`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "prog"),
    trap: ks("prog"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "keg"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "keg"),
    trap: ks("keg"),
  });
  for (const id of ["s1", "s3"])
    b.ok({ sheet: S, cell: a("ka", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of ["prog", "keg", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrs.map((i) => a(`r${i}`, id)).join("+"),
    });
  for (const i of [0, 2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}+${a(`r${i}`, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s1")})`,
  });
  return b.finish();
}
