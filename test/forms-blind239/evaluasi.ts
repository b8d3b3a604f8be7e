// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Perindustrian:
// sertifikasi halal / SNI of IKM and sentra IKM. Every place, person and number is invented.
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
  r5: number;
  k6: number;
  r6: number;
  k7: number;
  r7: number;
  q: number[];
  rq: number[];
};

/** E.81 of the Dinas Perindustrian Kabupaten Lembah Serayu Hilir (Jawa Tengah), tahun 2024. */
export function e81Perindustrian(): BookW {
  const b = new BookW(
    "e81-renja-2024-disperin-lembah-serayu-hilir.xlsx",
    "E.81 Evaluasi Renja (Dinas Perindustrian)",
    "E.81 tahun 2024, Renstra 2021-2026; three header rows with 'Realisasi Kinerja pada Triwulan' over I..IV > K | Rp; both the Renja capaian (12/7) and the Renstra capaian (13/5); a level row (% IKM bersertifikat) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SERAYU HILIR",
    "DINAS PERINDUSTRIAN",
    "Jl. Raya Sokawera No. 112, Serayu Hilir",
  ]);
  s.lines([
    "Evaluasi Terhadap Hasil Renja Dinas Perindustrian Kabupaten Lembah Serayu Hilir",
    "Periode Pelaksanaan: Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.31.02.2.03.0002",
      ur: "Fasilitasi Sertifikasi Halal bagi Industri Kecil dan Menengah",
      ind: "Jumlah IKM yang difasilitasi sertifikasi halal",
      sat: "IKM",
      level: false,
      k5: 600,
      r5: 3_150_000_000,
      k6: 342,
      r6: 1_806_450_000,
      k7: 120,
      r7: 640_000_000,
      q: [18, 34, 41, 31],
      rq: [96_200_000, 171_850_000, 204_300_000, 148_920_000],
    },
    {
      id: "s2",
      kode: "3.31.02.2.03.0004",
      ur: "Pendampingan Penerapan SNI Wajib pada IKM Pangan dan Logam",
      ind: "Jumlah IKM yang didampingi penerapan SNI",
      sat: "IKM",
      level: false,
      k5: 150,
      r5: 2_475_000_000,
      k6: 88,
      r6: 1_390_700_000,
      k7: 30,
      r7: 520_000_000,
      q: [5, 7, 9, 8],
      rq: [61_500_000, 118_400_000, 152_750_000, 160_080_000],
    },
  ];
  const tot = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "3.31.02.2.03",
    ur: "Penyediaan Layanan Standardisasi dan Sertifikasi Produk Industri",
    ind: "Jumlah IKM yang memperoleh sertifikat halal atau SNI",
    sat: "IKM",
    level: false,
    k5: 700,
    r5: tot("r5"),
    k6: 401,
    r6: tot("r6"),
    k7: 140,
    r7: tot("r7"),
    q: [20, 37, 44, 33],
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.31.02",
    ur: "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
    ind: "Persentase IKM binaan yang bersertifikat halal atau SNI",
    sat: "%",
    level: true,
    k5: 45,
    k6: 31.2,
    k7: 38,
    q: [32.4, 34.1, 36.7, 38.6],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k12(e) / e.k7) * 100);
  const r14 = (e: E) => round((r12(e) / e.r7) * 100);
  const k15 = (e: E) => round((k13(e) / e.k5) * 100);
  const r15 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    n: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", ["Target Akhir Renstra (2026)"], "5", "target", "anggaran", 2026),
    ...pair("6", ["Realisasi s.d. Renja Tahun 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", ["Realisasi Renja Tahun 2024"], "12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", ["Realisasi Renstra s.d. Tahun 2024"], "13", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", ["Capaian Renja 2024 (%)"], "14 = 12/7", "capaian", "capaian", 2024),
    ...pair("15", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "15 = 13/5", "capaian", "capaian"),
  ];
  // planted: sub kegiatan .0004's (12) K typed 25; its quarters give 29
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
      no: i + 1,
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
      k12: e.id === "s2" ? 25 : k12(e),
      r12: r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      k15: k15(e),
      r15: r15(e),
    },
  }));
  const avgK = round(sum(rows.map(k15)) / 4);
  const avgR = round(sum(rows.map(r15)) / 4);
  const wrong = (p: string) => (p === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata tingkat capaian Renstra (%)",
          k15: fx(`ROUND(AVERAGE(${x.a("k15", "prog")}:${x.a("k15", "s2")}),2)`),
          r15: fx(`ROUND(AVERAGE(${x.a("r15", "prog")}:${x.a("r15", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        // planted: the K predikat is one band off
        cells: { no: "Predikat", k15: wrong(predikat(avgK)), r15: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: capaian IKM bersertifikat adalah posisi akhir Triwulan IV, bukan penjumlahan triwulan.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Serayu Hilir, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN"],
    nama: "Ir. BAMBANG SETYO WIRATMOKO, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 3.31.02.2.03.0004 is 25; the four quarters 5+7+9+8 give 29",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k15", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat K is "${wrong(predikat(avgK))}" for a Rata-rata of ${avgK}; the Permendagri 86/2017 band is ${predikat(avgK)}`,
    truth: `PREDIKAT(${a("k15", "avg")})`,
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
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r15", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r15", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r15", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dinas Perindustrian Kota Tanjung Batuah (Kalimantan Selatan), 2025-2029, Rp thousands. */
export function tc27Perindustrian(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-disperin-tanjung-batuah.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Perindustrian)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; 'Tahun ke-n (20xx)' over Target | Rp; two kegiatan under one program, kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan + kegiatan; kondisi akhir Rp = sum of the five years; a Lokasi column at the right",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG BATUAH", "DINAS PERINDUSTRIAN"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Perindustrian Kota Tanjung Batuah 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.31.02",
      ur: "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
      ind: "Persentase IKM yang menerapkan standar halal/SNI",
      sat: "%",
      level: true,
      awal: 24.6,
      k: [27, 30, 33, 36, 40],
    },
    {
      id: "g1",
      kode: "3.31.02.2.03",
      ur: "Penyediaan Layanan Standardisasi Produk Industri",
      ind: "Jumlah IKM yang memperoleh sertifikat halal/SNI",
      sat: "IKM",
      level: false,
      awal: 85,
      k: [90, 95, 100, 105, 110],
    },
    {
      id: "s1",
      kode: "3.31.02.2.03.0002",
      ur: "Fasilitasi Sertifikasi Halal bagi IKM",
      ind: "Jumlah IKM yang difasilitasi sertifikasi halal",
      sat: "IKM",
      level: false,
      awal: 70,
      k: [75, 78, 82, 85, 88],
      rp: [462_500, 481_000, 505_600, 523_800, 542_300],
    },
    {
      id: "s2",
      kode: "3.31.02.2.03.0004",
      ur: "Pendampingan Penerapan SNI bagi IKM",
      ind: "Jumlah IKM yang didampingi penerapan SNI",
      sat: "IKM",
      level: false,
      awal: 15,
      k: [15, 17, 18, 20, 22],
      rp: [318_000, 333_900, 350_600, 368_100, 386_500],
    },
    {
      id: "s3",
      kode: "3.31.02.2.03.0006",
      ur: "Uji Mutu Produk IKM di Laboratorium Terakreditasi",
      ind: "Persentase sampel produk IKM yang lulus uji mutu",
      sat: "%",
      level: true,
      awal: 81.5,
      k: [83, 85, 87, 89, 90],
      rp: [127_400, 131_200, 135_100, 139_200, 143_400],
    },
    {
      id: "g2",
      kode: "3.31.02.2.05",
      ur: "Pembangunan dan Pengembangan Sentra IKM",
      ind: "Jumlah sentra IKM yang aktif berproduksi",
      sat: "sentra",
      level: true,
      awal: 9,
      k: [10, 11, 12, 13, 14],
    },
    {
      id: "s4",
      kode: "3.31.02.2.05.0001",
      ur: "Revitalisasi Sarana Sentra IKM Olahan Ikan dan Sasirangan",
      ind: "Jumlah sentra IKM yang direvitalisasi",
      sat: "sentra",
      level: false,
      awal: 1,
      k: [1, 1, 2, 1, 1],
      rp: [1_150_000, 980_000, 1_620_000, 1_045_000, 1_090_000],
    },
  ];
  const TK = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: "5", fmt: DEC },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja Akhir Renstra (2029)", "Target"],
      role: "kondisi-akhir",
      num: "16",
      fmt: DEC,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja Akhir Renstra (2029)", "Rp"],
      role: "anggaran",
      num: "17",
      fmt: RP,
    },
    { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the kondisi akhir of .0004 (a flow) is its year-5 target, not the five years
          akK: p.level || p.id === "s2" ? p.k[4] : sum(p.k),
          pj: "Bidang Standardisasi dan Sentra IKM",
          lok: "Kota Tanjung Batuah",
        };
        years.forEach((y) => {
          const r = (id: string) => x.a(`r${y}`, id);
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: year 3 of kegiatan .03 sums one row short
          else if (p.id === "g1") out[`r${y}`] = fx(`SUM(${r("s1")}:${r(y === 3 ? "s2" : "s3")})`);
          else if (p.id === "g2") out[`r${y}`] = fx(`SUM(${r("s4")}:${r("s4")})`);
          else out[`r${y}`] = fx(`${r("g1")}+${r("g2")}`);
          out[`k${y}`] = p.k[y - 1];
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: kondisi akhir indikator persentase dan posisi (sentra aktif) = target tahun 2029."]);
  s.gap();
  signature(s, 15, {
    tempat: "Tanjung Batuah, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN", "KOTA TANJUNG BATUAH"],
    nama: "H. AHMAD FAUZAN RIDHANI, S.T., M.Eng.",
    nip: "19780925 200312 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g1") },
    rules: ["sum-mismatch"],
    note: "Year-3 Rp of kegiatan 3.31.02.2.03 is SUM over two sub kegiatan (856,200); the three give 991,300",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of sub kegiatan 3.31.02.2.03.0004 (IKM didampingi, a flow) is 22, the 2029 target; the five years give 92",
    truth: ks("s2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s3"),
    trap: ks("s3"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "g2"),
    trap: ks("g2"),
  });
  for (const id of ["g1", "s1", "s4"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s4", "g2"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.31.02.2.03"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s4"),
    rules: ["code-hierarchy"],
    truth: `"3.31.02.2.05"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  return b.finish();
}
