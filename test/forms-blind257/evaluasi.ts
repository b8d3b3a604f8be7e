// The Renja evaluation (E.81) of the Dinas Sosial Kabupaten Banyumiring (Jawa Tengah) and the
// Renstra funding table (T-C.27) of the Dinas Sosial Kota Tanjung Seruni (Kalimantan Selatan), both
// about their UPTD Panti Sosial Tresna Werdha. Every name and number is invented.
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

/** E.81 of the Dinas Sosial Banyumiring (UPTD PSTW Sasana Wreda), s.d. Triwulan IV 2024. */
export function e81Werdha(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-pstw-banyumiring-2024.xlsx",
    "E.81 Evaluasi Renja (Dinsos, PSTW)",
    "E.81 s.d. Triwulan IV 2024 of a Dinas Sosial with its UPTD PSTW; three header rows (quarters under 'Realisasi Kinerja pada Triwulan'), K | Rp pairs, number row merged over pairs; a level % program row above flows (kegiatan, permakanan, reunifikasi); Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BANYUMIRING",
    "DINAS SOSIAL",
    "UPTD PANTI SOSIAL TRESNA WERDHA SASANA WREDA",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Sosial Kabupaten Banyumiring",
    "Periode pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
    "Sasaran RKPD: meningkatnya pemenuhan kebutuhan dasar lanjut usia terlantar",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "1.06.04.2.02.0001",
    ur: "Penyediaan Permakanan bagi Penghuni Panti",
    ind: "Jumlah porsi permakanan yang disalurkan",
    sat: "ribu porsi",
    level: false,
    k5: 480,
    k6: 270,
    k7: 96,
    q: [24, 24, 24, 25],
    r5: 8_750_000_000,
    r6: 4_812_300_000,
    r7: 1_805_000_000,
    rq: [421_650_000, 448_200_000, 452_875_000, 468_310_000],
  };
  const s2: E = {
    id: "s2",
    kode: "1.06.04.2.02.0006",
    ur: "Pemberian Layanan Reunifikasi Keluarga",
    ind: "Jumlah lansia yang direunifikasi dengan keluarga",
    sat: "orang",
    level: false,
    k5: 60,
    k6: 31,
    k7: 12,
    q: [2, 4, 3, 5],
    r5: 720_000_000,
    r6: 381_450_000,
    r7: 146_000_000,
    rq: [18_400_000, 39_250_000, 33_600_000, 47_100_000],
  };
  const subs = [s1, s2];
  const keg: E = {
    id: "keg",
    kode: "1.06.04.2.02",
    ur: "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti Sosial",
    ind: "Jumlah lanjut usia terlantar yang mendapat rehabilitasi sosial dasar dalam panti",
    sat: "orang",
    level: false,
    k5: 600,
    k6: 330,
    k7: 120,
    q: [30, 28, 35, 31],
    r5: sum(subs.map((x) => x.r5)),
    r6: sum(subs.map((x) => x.r6)),
    r7: sum(subs.map((x) => x.r7)),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.06.04",
    ur: "PROGRAM REHABILITASI SOSIAL",
    ind: "Persentase lanjut usia terlantar yang terpenuhi kebutuhan dasarnya di dalam panti",
    sat: "%",
    level: true,
    k5: 95,
    k6: 88.5,
    k7: 91,
    q: [89.2, 90.1, 90.8, 92.4],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r13 = (e: E) => e.r6 + sum(e.rq);
  const Q = "Realisasi Kinerja pada Triwulan";
  const kr = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kRole, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rRole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
      num: "3",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...kr(
      "5",
      ["Target Renstra SKPD pada Tahun 2026 (Akhir Periode Renstra)"],
      "5",
      "target",
      "anggaran",
      2026,
    ),
    ...kr(
      "6",
      ["Realisasi Capaian Kinerja Renstra s.d. Renja Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...kr("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...kr("8", [Q, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...kr("9", [Q, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...kr("10", [Q, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...kr("11", [Q, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...kr(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...kr(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...kr(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)"],
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
    ),
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "15",
      width: 18,
    },
  ];
  // planted: reunifikasi (12) Rp typed 183,350,000; the quarters give 138,350,000
  // planted: kegiatan (14) K is the Renja capaian 124/120 x 100 = 103.33; (13)/(5) = 454/600 = 75.67
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
      k12: k12(e),
      r12: e.id === "s2" ? 183_350_000 : sum(e.rq),
      k13: k13(e),
      r13: r13(e),
      k14: e.id === "keg" ? round((k12(e) / e.k7) * 100) : round((k13(e) / e.k5) * 100),
      r14: round((r13(e) / e.r5) * 100),
      pj: "UPTD PSTW Sasana Wreda",
    },
  }));
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
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: () => {
          const k = body.map((x) => (x.cells as Record<string, number>).k14);
          return {
            no: "Predikat Kinerja",
            k14: predikat(round(sum(k) / 4)),
            r14: predikat(round(sum(rows.map((e) => round((r13(e) / e.r5) * 100))) / 4)),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor penghambat: keterbatasan tenaga pramurukti dan penelusuran keluarga lansia yang alamatnya tidak diketahui.",
    "Tindak lanjut: kerja sama dengan Dukcapil untuk penelusuran NIK keluarga penghuni.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Banyumiring, 10 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KABUPATEN BANYUMIRING"],
    nama: "Dra. SRI HANDAYANI WIDYASTUTI, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700814 199503 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 1.06.04.2.02.0006 (reunifikasi) is 183,350,000; the four quarters add up to 138,350,000",
    truth: qs("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "keg") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of kegiatan 1.06.04.2.02 holds 124/120 x 100 = 103.33 (the Renja capaian); 13/5 x 100 = 454/600 x 100 = 75.67",
    truth: `ROUND(${a("k13", "keg")}/${a("k5", "keg")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: qs("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qs("r", id) });
  for (const id of ["prog", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
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

/** T-C.27 of the Dinas Sosial Kota Tanjung Seruni (Kalimantan Selatan), Renstra 2025-2029, ribuan rupiah. */
export function tc27Werdha(): BookW {
  const b = new BookW(
    "tc27-pendanaan-dinsos-tanjung-seruni-2025-2029.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinsos, PSTW)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; calendar years over Target | Rp; program Rp = kegiatan Rp, kegiatan Rp = SUM of sub kegiatan; kondisi akhir Rp = sum of the five years; % rows end at the year-5 target",
  );
  const S = "T-C.27 Dinsos";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG SERUNI", "DINAS SOSIAL"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Sosial Kota Tanjung Seruni 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.06.04",
      ur: "PROGRAM REHABILITASI SOSIAL",
      ind: "Persentase lansia terlantar yang mendapatkan pelayanan dasar di dalam panti",
      sat: "%",
      level: true,
      awal: 86.4,
      k: [88, 90, 92, 94, 96],
    },
    {
      id: "g",
      kode: "1.06.04.2.02",
      ur: "Rehabilitasi Sosial Dasar Lanjut Usia Terlantar di Dalam Panti",
      ind: "Jumlah lansia terlantar yang dilayani UPTD PSTW Bina Werdha Seruni",
      sat: "orang",
      level: false,
      awal: 104,
      k: [110, 115, 120, 120, 125],
    },
    {
      id: "s1",
      kode: "1.06.04.2.02.0001",
      ur: "Penyediaan Permakanan",
      ind: "Jumlah lansia yang mendapatkan permakanan",
      sat: "orang",
      level: false,
      awal: 104,
      k: [110, 115, 120, 120, 125],
      rp: [1_284_600, 1_348_800, 1_416_200, 1_487_000, 1_561_400],
    },
    {
      id: "s2",
      kode: "1.06.04.2.02.0005",
      ur: "Pemberian Layanan Kesehatan dan Perawatan Lansia",
      ind: "Persentase penghuni yang mendapat pemeriksaan kesehatan rutin",
      sat: "%",
      level: true,
      awal: 92,
      k: [95, 96, 97, 98, 100],
      rp: [362_500, 380_600, 399_700, 419_600, 440_600],
    },
    {
      id: "s3",
      kode: "1.06.03.2.02.0006",
      ur: "Pemberian Pelayanan Reunifikasi Keluarga",
      ind: "Jumlah lansia yang dipulangkan/direunifikasi ke keluarga",
      sat: "orang",
      level: false,
      awal: 8,
      k: [10, 10, 12, 12, 14],
      rp: [84_000, 88_200, 92_600, 97_200, 102_100],
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program/Kegiatan/Sub Kegiatan"], num: 2, width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...years.flatMap((y, i): Col[] => [
      { key: `k${y}`, head: [TK, String(y), "Target"], role: "target", year: y, num: 6 + 2 * i, fmt: DEC },
      { key: `r${y}`, head: [TK, String(y), "Rp"], role: "anggaran", year: y, num: 7 + 2 * i, fmt: RP },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 18, width: 14 },
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
          akK: p.level ? p.k[4] : sum(p.k),
          lok: "Kel. Sungai Lulut",
        };
        years.forEach((y, i) => {
          out[`k${y}`] = p.k[i];
          if (p.rp) out[`r${y}`] = p.rp[i];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        // planted: permakanan kondisi akhir Rp typed 7,908,000; the five years give 7,098,000
        out.akR = p.id === "s1" ? 7_908_000 : fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: untuk indikator persentase, kondisi akhir adalah target tahun 2029."]);
  s.gap();
  signature(s, 12, {
    tempat: "Tanjung Seruni, 24 Februari 2025",
    jabatan: ["KEPALA DINAS SOSIAL KOTA TANJUNG SERUNI"],
    nama: "H. MUHAMMAD NOOR ARSYAD, S.Sos., M.AP.",
    nip: "19760302 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (p: string, id: string) => years.map((y) => a(`${p}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "s1") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of sub kegiatan 1.06.04.2.02.0001 (permakanan) is a typed 7,908,000 among formulas; 2025-2029 add up to 7,098,000",
    truth: yr("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pemberian Pelayanan Reunifikasi Keluarga is coded 1.06.03.2.02.0006 under kegiatan 1.06.04.2.02",
    truth: `"1.06.04.2.02"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: yr("k", id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yr("k", "g"),
    trap: a("k2029", "g"),
  });
  b.ok({ sheet: S, cell: a("akK", "s3"), rules: ["kondisi-akhir-mismatch"], truth: yr("k", "s3") });
  for (const id of ["p", "g", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yr("r", id),
    });
  for (const y of [2025, 2027, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+"),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.06.04.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
