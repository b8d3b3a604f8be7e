// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pertanian on
// hortikultura: cabai, bawang merah, registrasi kebun and PSAT. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  predikat,
  letterhead,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  rp: [number, number, number];
  rq: number[];
};

/** E.81 of the Dinas Pertanian Kabupaten Lembah Sariwangi (Jawa Tengah), s.d. Triwulan IV 2024. */
export function e81Horti(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-distan-hortikultura-lembah-sariwangi.xlsx",
    "E.81 Evaluasi Renja (Distan hortikultura)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026; K | Rp pairs, number row merged over pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; a level row (produktivitas cabai, ton/ha); Rata-rata and Predikat rows; signature at the right",
  );
  const S = "Evaluasi Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SARIWANGI", "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA"]);
  s.lines([
    "Tabel E.81 Evaluasi Terhadap Hasil Renja Perangkat Daerah Kabupaten Lembah Sariwangi",
    "Renstra 2021-2026, realisasi s.d. Triwulan IV Tahun Anggaran 2024",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "3.27.02.2.01.0004",
      ur: "Registrasi Kebun dan Lahan Usaha Hortikultura",
      ind: "Jumlah kebun hortikultura yang teregistrasi",
      sat: "kebun",
      level: false,
      k: [600, 352, 120],
      q: [18, 34, 41, 29],
      rp: [3_450_000_000, 2_010_400_000, 720_000_000],
      rq: [98_500_000, 176_250_000, 205_800_000, 221_300_000],
    },
    {
      id: "s2",
      kode: "3.27.02.2.01.0007",
      ur: "Sertifikasi Keamanan Pangan Segar Asal Tumbuhan (PSAT)",
      ind: "Jumlah sertifikat PSAT yang diterbitkan",
      sat: "sertifikat",
      level: false,
      k: [250, 140, 55],
      q: [9, 14, 16, 13],
      rp: [1_180_000_000, 652_300_000, 245_000_000],
      rq: [31_200_000, 58_900_000, 66_450_000, 72_150_000],
    },
  ];
  const tot = (f: (e: Ev) => number[]) => [0, 1, 2, 3].map((i) => sum(subs.map((e) => f(e)[i] ?? 0)));
  const keg: Ev = {
    id: "keg",
    kode: "3.27.02.2.01",
    ur: "Pengawasan Mutu dan Registrasi Produk Hortikultura",
    ind: "Luas tanam cabai dan bawang merah yang difasilitasi",
    sat: "ha",
    level: false,
    k: [1500, 880, 310],
    q: [60, 95, 90, 70],
    rp: tot((e) => e.rp).slice(0, 3) as [number, number, number],
    rq: tot((e) => e.rq),
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "3.27.02",
    ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
    ind: "Produktivitas cabai merah",
    sat: "ton/ha",
    level: true,
    k: [12.5, 10.8, 11.6],
    q: [10.9, 11.2, 11.4, 11.7],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r13 = (e: Ev) => e.rp[1] + sum(e.rq);
  const pair = (
    n: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a" },
    ...pair(
      "5",
      "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)",
      "5",
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024)",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((tw, i) =>
      pair(String(8 + i), `Triwulan ${tw}`, String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "15",
      width: 16,
    },
  ];
  // planted: (12) K of PSAT typed 58; the quarters give 52
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (x) => {
      const out: Record<string, number | string | ReturnType<typeof fx>> = {
        no: i + 1,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        k5: e.k[0],
        r5: e.rp[0],
        k6: e.k[1],
        r6: e.rp[1],
        k7: e.k[2],
        r7: e.rp[2],
        k12: e.id === "s2" ? 58 : k12(e),
        r12: sum(e.rq),
        k13: k13(e),
        r13: r13(e),
        k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
        r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
        pj: "Bidang Hortikultura",
      };
      [0, 1, 2, 3].forEach((q) => {
        out[`k${8 + q}`] = e.q[q];
        out[`r${8 + q}`] = e.rq[q];
      });
      return out;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: () => {
          const kc = rows.map((e) => round((k13(e) / e.k[0]) * 100));
          return {
            no: "Predikat Kinerja",
            k14: predikat(round(sum(kc) / 4)),
            // planted: the money average 77.13 is Tinggi, typed Sedang
            r14: "Sedang",
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: serangan antraknosa pada cabai musim hujan Triwulan I."]);
  s.gap();
  signature(s, 24, {
    tempat: "Sariwangi, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN TANAMAN PANGAN", "DAN HORTIKULTURA"],
    nama: "Ir. BAMBANG SETYO WIDAGDO, M.P.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19700418 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (p: string, id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "(12) K of sub kegiatan 3.27.02.2.01.0007 (sertifikat PSAT) is 58; the quarters 9+14+16+13 give 52",
    truth: qs("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat of the money Rata-rata (about 77.13) typed 'Sedang'; > 75 is Tinggi",
    truth: `PREDIKAT(${a("r14", "avg")})`,
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
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qs("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
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

/** T-C.27 of the Dinas Pertanian Kabupaten Dolok Simarsik (Sumatera Utara), Renstra 2025-2029, Rp thousands. */
export function tc27Horti(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-distan-dolok-simarsik.xlsx",
    "T-C.27 Rencana program dan pendanaan (Distan hortikultura)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..5 over Target | Rp, groups written once (not merged); kegiatan Rp =SUM of the sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = sum of five years; a % program row and a % sub kegiatan row",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN DOLOK SIMARSIK", "DINAS PERTANIAN"]);
  s.lines([
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Pertanian Kabupaten Dolok Simarsik 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.27.02",
      ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
      ind: "Persentase kebun hortikultura yang teregistrasi",
      sat: "%",
      level: true,
      awal: 42,
      k: [48, 54, 60, 66, 72],
    },
    {
      id: "g",
      kode: "3.27.02.2.03",
      ur: "Pengawasan Penggunaan Sarana Pendukung Pertanian",
      ind: "Jumlah petani bawang merah penerima benih bersertifikat",
      sat: "orang",
      level: false,
      awal: 380,
      k: [400, 420, 440, 460, 480],
    },
    {
      id: "s1",
      kode: "3.27.02.2.03.0002",
      ur: "Penyediaan Benih Bawang Merah Bersertifikat",
      ind: "Luas tanam bawang merah dengan benih bersertifikat",
      sat: "ha",
      level: false,
      awal: 210,
      k: [220, 230, 240, 250, 260],
      rp: [1_245_000, 1_307_250, 1_372_600, 1_441_250, 1_513_300],
    },
    {
      id: "s2",
      kode: "3.27.02.2.03.0005",
      ur: "Pendampingan Sertifikasi PSAT Cabai dan Bawang Merah",
      ind: "Persentase PSAT yang memenuhi syarat sertifikasi",
      sat: "%",
      level: true,
      awal: 81.5,
      k: [84, 86, 88, 90, 92],
      rp: [186_400, 195_700, 205_500, 215_800, 226_600],
    },
    {
      id: "s3",
      kode: "3.27.02.2.03.0006",
      ur: "Registrasi Kebun Cabai dan Lahan Usaha",
      ind: "Jumlah kebun cabai yang diregistrasi",
      sat: "kebun",
      level: false,
      awal: 95,
      k: [110, 120, 130, 140, 150],
      rp: [312_800, 328_400, 344_800, 362_000, 380_100],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const ys = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...ys.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(4 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", year: 2029, num: "17", fmt: RP },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "18", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
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
          // planted: kondisi akhir of the luas tanam typed 1,250 (five years give 1,200)
          akK: p.id === "s1" ? 1250 : p.level ? p.k[4] : sum(p.k),
          akR: fx(ys.map((y) => x.a(`r${y}`)).join("+")),
          lok: "Kabupaten",
        };
        ys.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            // planted: the year-4 SUM stops one row short
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 4 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: untuk indikator persentase, kondisi akhir = target tahun ke-5."]);
  s.gap();
  signature(s, 12, {
    tempat: "Simarsik, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN KABUPATEN DOLOK SIMARSIK"],
    nama: "MARULI TUA SIHOMBING, S.P., M.Si.",
    nip: "19760902 200312 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ksum = (id: string) => ys.map((y) => a(`k${y}`, id)).join("+");
  const rsub = (y: number) => `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`;
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the luas tanam bawang merah (a flow) is 1,250 ha; the five yearly targets add up to 1,200",
    truth: ksum("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r4", "g") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Kegiatan 3.27.02.2.03 Tahun ke-4 Rp is =SUM over two sub kegiatan (1,657,050); with the registrasi kebun 362,000 it is 2,019,050",
    truth: rsub(4),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ksum("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2"),
    trap: ksum("s2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ksum("g"),
    trap: a("k5", "g"),
  });
  b.ok({ sheet: S, cell: a("akK", "s3"), rules: ["kondisi-akhir-mismatch"], truth: ksum("s3") });
  for (const y of [1, 2, 3, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: rsub(y) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: ys.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.27.02.2.03"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
