// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two invented Dinas
// Perindustrian: sentra IKM, sertifikasi SNI and halal, kawasan industri. All names and numbers invented.
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

/** E.81 of the Dinas Perindustrian Kabupaten Lembah Serayu Timur (Jawa Tengah), s.d. Triwulan IV 2024. */
export function e81Perindustrian(): BookW {
  const b = new BookW(
    "e81-renja-2024-disperin-lembah-serayu-timur.xlsx",
    "E.81 Evaluasi Renja (Dinas Perindustrian)",
    "E.81 Renja 2024 of Renstra 2021-2026; three header rows (group 'Realisasi Kinerja pada Triwulan' over I-IV over K | Rp); a Keterangan column instead of the unit; formulas for 12/13/14; level row (% IKM bersertifikat) on top; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SERAYU TIMUR",
    "DINAS PERINDUSTRIAN DAN TENAGA KERJA",
    "Jl. Raya Kalibening No. 7, Sokawangi",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Perindustrian",
    "Periode Pelaksanaan: Triwulan I s.d. IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "3.31.02.2.01.0003",
    ur: "Fasilitasi Sertifikasi SNI dan Halal bagi IKM",
    ind: "Jumlah IKM yang difasilitasi sertifikasi SNI/halal",
    sat: "IKM",
    level: false,
    k5: 450,
    k6: 260,
    k7: 90,
    q: [15, 25, 30, 28],
    r5: 3_150_000_000,
    r6: 1_822_400_000,
    r7: 640_000_000,
    rq: [82_500_000, 164_300_000, 198_750_000, 176_420_000],
  };
  const s2: E = {
    id: "s2",
    kode: "3.31.02.2.01.0006",
    ur: "Pendampingan Sentra IKM Olahan Pangan dan Gula Kelapa",
    ind: "Jumlah sentra IKM yang didampingi",
    sat: "sentra",
    level: false,
    k5: 30,
    k6: 17,
    k7: 6,
    q: [1, 2, 2, 1],
    r5: 1_480_000_000,
    r6: 905_250_000,
    r7: 310_000_000,
    rq: [41_200_000, 77_900_000, 96_350_000, 88_100_000],
  };
  const subs = [s1, s2];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "3.31.02.2.01",
    ur: "Pembangunan dan Pemberdayaan Sentra Industri Kecil dan Menengah",
    ind: "Jumlah sentra IKM yang dibina",
    sat: "sentra",
    level: false,
    k5: 60,
    k6: 34,
    k7: 12,
    q: [2, 3, 4, 3],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.31.02",
    ur: "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
    ind: "Persentase IKM yang bersertifikat SNI/halal",
    sat: "%",
    level: true,
    k5: 40,
    k6: 27.5,
    k7: 32,
    q: [28.1, 29.4, 30.8, 33.2],
  };
  const rows = [prog, keg, s1, s2];
  const Q = ["8", "9", "10", "11"];
  const pair = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja Program/Kegiatan"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Sat."], role: "satuan", width: 8 },
    ...pair("5", ["Target Akhir Renstra (2026)"], "5", "target", "anggaran", 2026),
    ...pair("6", ["Realisasi Renstra s.d. Renja 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja 2024"], "7", "target", "anggaran", 2024),
    ...Q.flatMap((n, i) =>
      pair(n, [TW, ["I", "II", "III", "IV"][i]], n, "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair("12", ["Realisasi Renja 2024"], "12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", ["Realisasi Renstra s.d. 2024"], "13", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14", "capaian", "capaian"),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "15", width: 18 },
  ];
  const qs = (p: string, x: { a(k: string): string }) => Q.map((n) => x.a(`${p}${n}`)).join("+");
  // JS values (for the predikat words)
  const r12 = (e: E) => (e.id === "s1" ? sum(e.rq.slice(0, 3)) : sum(e.rq));
  const k13 = (e: E) => (e.level ? e.q[3] : e.k6 + sum(e.q));
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
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
        ket: e.level ? "posisi akhir triwulan" : "",
      };
      Q.forEach((n, j) => {
        out[`k${n}`] = e.q[j];
        out[`r${n}`] = e.rq[j];
      });
      out.k12 = fx(e.level ? x.a("k11") : qs("k", x));
      // planted: the Rp of sub kegiatan .0003 adds only Triwulan I-III
      out.r12 = fx(
        e.id === "s1"
          ? Q.slice(0, 3)
              .map((n) => x.a(`r${n}`))
              .join("+")
          : qs("r", x),
      );
      out.k13 = fx(e.level ? x.a("k12") : `${x.a("k6")}+${x.a("k12")}`);
      out.r13 = fx(`${x.a("r6")}+${x.a("r12")}`);
      // planted: kegiatan capaian K keeps a stale cached 67.65
      out.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`, e.id === "keg" ? 67.65 : undefined);
      out.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
      if (!out.ket) delete out.ket;
      return out;
    },
  }));
  const avgR = round(sum(rows.map(r14)) / 4);
  const kCached = rows.map((e) => (e.id === "keg" ? 67.65 : round((k13(e) / e.k5) * 100)));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
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
        cells: {
          no: "Predikat Kinerja",
          k14: predikat(round(sum(kCached) / 4)),
          r14: predikat(avgR),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor penghambat: antrean audit LPH dan biaya uji SNI yang tinggi bagi IKM mikro."]);
  s.gap();
  signature(s, 22, {
    tempat: "Sokawangi, 10 Januari 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN DAN TENAGA KERJA"],
    nama: "Ir. BAMBANG SETYO WICAKSONO, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => Q.map((n) => a(`${p}${n}`, id)).join("+");
  const cap = (p: string, id: string) => `ROUND(${a(`${p}13`, id)}/${a(`${p}5`, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 3.31.02.2.01.0003 adds Triwulan I-III only (445,550,000); the four quarters give 621,970,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "keg") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of kegiatan 3.31.02.2.01 caches 67.65; its formula 46/60 x 100 gives 76.67 (stale result)",
    truth: cap("k", "keg"),
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
  for (const id of ["prog", "keg", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k14", id), rules: ["capaian-mismatch"], truth: cap("k", id) });
  b.ok({ sheet: S, cell: a("r14", "s2"), rules: ["capaian-mismatch"], truth: cap("r", "s2") });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
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

/** T-C.27 of the Dinas Perindustrian Kota Tanjung Batuah (Kalimantan Selatan), Renstra 2025-2029, in thousands. */
export function tc27Perindustrian(): BookW {
  const b = new BookW(
    "tc27-pendanaan-disperin-kota-tanjung-batuah.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Perindustrian)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-n (yyyy) > Target | Rp; kegiatan Rp = SUM of the sub kegiatan, program Rp = kegiatan; Lokasi column last; % rows keep the year-5 target as kondisi akhir",
  );
  const S = "T-C.27 Disperin";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG BATUAH", "DINAS PERINDUSTRIAN"]);
  s.lines([
    "Rencana Program, Kegiatan dan Pendanaan Dinas Perindustrian Kota Tanjung Batuah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.31.02",
      ur: "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
      ind: "Kontribusi industri pengolahan terhadap PDRB (%)",
      sat: "%",
      level: true,
      awal: 14.2,
      k: [14.5, 14.9, 15.3, 15.8, 16.2],
    },
    {
      id: "g",
      kode: "3.31.02.2.02",
      ur: "Pengembangan Kawasan Industri dan Sentra IKM Kota",
      ind: "Jumlah unit IKM baru yang tumbuh",
      sat: "unit",
      level: false,
      awal: 42,
      k: [45, 48, 50, 52, 55],
    },
    {
      id: "s1",
      kode: "3.31.02.2.02.0001",
      ur: "Penyediaan Sarana dan Prasarana Kawasan Industri Batuah Hilir",
      ind: "Luas lahan kawasan industri yang dimatangkan",
      sat: "ha",
      level: false,
      awal: 4,
      k: [5, 8, 8, 10, 10],
      rp: [2_450_000, 3_100_000, 3_250_000, 3_600_000, 3_800_000],
    },
    {
      id: "s2",
      kode: "3.31.02.2.02.0004",
      ur: "Pembinaan IKM pada Sentra Industri Rotan dan Sasirangan",
      ind: "Jumlah IKM yang dibina",
      sat: "IKM",
      level: false,
      awal: 55,
      k: [60, 60, 65, 70, 75],
      rp: [385_000, 402_500, 421_000, 445_800, 468_200],
    },
    {
      id: "s3",
      kode: "3.31.02.2.02.0007",
      ur: "Fasilitasi Sertifikasi Halal dan SNI Produk IKM",
      ind: "Persentase IKM pangan binaan bersertifikat halal",
      sat: "%",
      level: true,
      awal: 28,
      k: [35, 42, 50, 58, 65],
      rp: [212_000, 226_500, 241_000, 258_300, 275_000],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Renstra (2029)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(4 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", year: 2029, num: "17", fmt: RP },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "18", width: 16 },
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
          // planted: the IKM binaan (a flow) keeps the year-5 target 75 as kondisi akhir
          akK: p.level || p.id === "s2" ? p.k[4] : sum(p.k),
          lok: p.id === "s1" ? "Kec. Batuah Hilir" : "Kota Tanjung Batuah",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the year-3 SUM of the kegiatan stops one row short (leaves out .0007)
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: indikator persentase memakai target tahun ke-5 sebagai kondisi akhir."]);
  s.gap();
  signature(s, 13, {
    tempat: "Tanjung Batuah, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN"],
    nama: "Hj. NORHALIMAH RUSDIANSYAH, S.T., M.T.",
    nip: "19780904 200312 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of Jumlah IKM yang dibina (a flow) is 75, the year-5 target; the five years give 330",
    truth: ks("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 3.31.02.2.02 is SUM over two of its three sub kegiatan (3,671,000); all three give 3,912,000",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
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
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  b.ok({ sheet: S, cell: a("akK", "s1"), rules: ["kondisi-akhir-mismatch"], truth: ks("s1") });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.31.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
