// The Renja evaluation (E.81), the Renstra funding table (T-C.27) and the LKjIP capaian table of two
// Inspektorat Daerah: audit kinerja, reviu LKPD, probity audit, maturitas SPIP and tindak lanjut
// temuan. Every place, person and number is invented.
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

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level?: boolean;
  k: [number, number, number];
  q: number[];
  rp?: [number, number, number];
  rq?: number[];
};

/** E.81 of the Inspektorat Kabupaten Lembah Mandara (Sulawesi Barat), s.d. Triwulan IV 2024. */
export function e81Inspektorat(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-inspektorat-lembah-mandara.xlsx",
    "E.81 Evaluasi Renja (Inspektorat)",
    "E.81 2024 of Renstra 2022-2026 with three header rows (Realisasi Kinerja pada Triwulan > I..IV > K | Rp), a plain number row 1..29, formulas for (12), (13), (14) and the program/kegiatan Rp; level row (% rekomendasi ditindaklanjuti) beside flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH MANDARA", "INSPEKTORAT DAERAH"]);
  s.lines([
    "Tabel Evaluasi terhadap Hasil Renja Inspektorat Daerah Kabupaten Lembah Mandara",
    "Renstra Perangkat Daerah Tahun 2022-2026, Periode Pelaksanaan Tahun 2024 (s.d. Triwulan IV)",
    "Sasaran RKPD: meningkatnya akuntabilitas dan pengendalian intern penyelenggaraan pemerintahan daerah",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "6.01.02.2.01.0001",
      ur: "Penyelenggaraan Audit Kinerja",
      ind: "Jumlah Laporan Hasil Pemeriksaan (LHP) audit kinerja OPD",
      sat: "LHP",
      k: [150, 88, 32],
      q: [6, 9, 9, 8],
      rp: [4_850_000_000, 2_904_350_000, 1_120_000_000],
      rq: [186_420_000, 298_750_000, 301_880_000, 279_615_000],
    },
    {
      id: "s2",
      kode: "6.01.02.2.01.0003",
      ur: "Reviu Laporan Keuangan Pemerintah Daerah dan OPD",
      ind: "Jumlah laporan hasil reviu LKPD dan laporan keuangan OPD",
      sat: "laporan",
      k: [210, 126, 44],
      q: [4, 30, 6, 4],
      rp: [2_400_000_000, 1_388_200_000, 515_000_000],
      rq: [64_300_000, 221_450_000, 96_780_000, 118_220_000],
    },
    {
      id: "s3",
      kode: "6.01.02.2.01.0005",
      ur: "Probity Audit Pengadaan Barang/Jasa",
      ind: "Jumlah paket pengadaan yang di-probity audit",
      sat: "paket",
      k: [60, 31, 14],
      q: [2, 4, 5, 3],
      rp: [1_350_000_000, 702_600_000, 285_000_000],
      rq: [41_250_000, 77_900_000, 92_300_000, 68_150_000],
    },
  ];
  const rows: Ev[] = [
    {
      id: "prog",
      kode: "6.01.02",
      ur: "PROGRAM PENYELENGGARAAN PENGAWASAN",
      ind: "Persentase rekomendasi hasil pemeriksaan BPK dan APIP yang ditindaklanjuti",
      sat: "%",
      level: true,
      k: [90, 71.5, 80],
      q: [72.4, 74.9, 77.3, 81.6],
    },
    {
      id: "keg",
      kode: "6.01.02.2.01",
      ur: "Penyelenggaraan Pengawasan Internal",
      ind: "Jumlah laporan hasil pengawasan internal yang diterbitkan",
      sat: "laporan",
      k: [420, 236, 86],
      q: [18, 22, 24, 26],
    },
    ...subs,
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  let n = 0;
  const num = () => String(++n);
  const pair = (key: string, head: string[], rk: Col["role"], rr: Col["role"], year?: number): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: rk, year, num: num(), fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rr, year, num: num(), fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: num(), width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: num(), width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: num(), width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: num(),
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 9 },
    ...pair("5", ["Target Renstra s.d. Akhir Periode (2026)"], "target", "anggaran"),
    ...pair("6", ["Realisasi Renstra s.d. Renja Tahun 2023"], "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja Tahun 2024"], "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. 2024"],
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "capaian", "capaian"),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: num(), width: 16 },
  ];
  const Q = ["8", "9", "10", "11"];
  // the E.81 K values of the average, mirrored here for the Predikat row
  const k12 = (e: Ev) => (e.id === "s2" ? 46 : e.level ? e.q[3] : sum(e.q));
  const k14 = (e: Ev) => round(((e.level ? k12(e) : e.k[1] + k12(e)) / e.k[0]) * 100);
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: !e.rp,
    cells: (x) => {
      const o: Record<string, ReturnType<typeof fx> | number | string> = {
        no: i + 1,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        pj: "Irban Wilayah I-IV",
      };
      ["5", "6", "7"].forEach((c, j) => (o[`k${c}`] = e.k[j]));
      Q.forEach((c, j) => (o[`k${c}`] = e.q[j]));
      const rCols = ["5", "6", "7", ...Q];
      rCols.forEach((c, j) => {
        if (e.rp) o[`r${c}`] = j < 3 ? e.rp[j] : e.rq![j - 3];
        else if (e.id === "keg") o[`r${c}`] = fx(`SUM(${x.a(`r${c}`, "s1")}:${x.a(`r${c}`, "s3")})`);
        else o[`r${c}`] = fx(x.a(`r${c}`, "keg"));
      });
      // planted: the reviu row's (12) K typed 46; its quarters add up to 44
      o.k12 = e.id === "s2" ? 46 : e.level ? fx(x.a("k11")) : fx(Q.map((c) => x.a(`k${c}`)).join("+"));
      o.r12 = fx(Q.map((c) => x.a(`r${c}`)).join("+"));
      o.k13 = e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`);
      // planted: the audit kinerja row's (13) Rp keeps a stale result (6) + (7), the Renja target
      o.r13 =
        e.id === "s1"
          ? fx(`${x.a("r6")}+${x.a("r12")}`, e.rp![1] + e.rp![2])
          : fx(`${x.a("r6")}+${x.a("r12")}`);
      o.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`);
      o.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
      return o;
    },
  }));
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
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: "Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: realisasi reviu Triwulan II memuat reviu LKPD unaudited dan 26 laporan keuangan OPD."]);
  s.gap();
  signature(s, 24, {
    tempat: "Mandara, 17 Januari 2025",
    jabatan: ["INSPEKTUR KABUPATEN LEMBAH MANDARA"],
    nama: "Drs. H. MUHAMMAD ARSYAD PATOLA, M.Si., CGCAE",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700814 199503 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (p: string, id: string) => Q.map((c) => a(`${p}${c}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(12) K of sub kegiatan 6.01.02.2.01.0003 is a typed 46 among formulas; the quarters 4+30+6+4 give 44",
    truth: qs("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "(13) Rp of sub kegiatan 6.01.02.2.01.0001 caches 4,024,350,000 (6) + (7); the formula (6) + (12) gives 3,971,015,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
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
  for (const id of ["keg", "s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["keg", "s2", "s3"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qs("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}+${a("r7", "s3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type Tc = {
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

/** T-C.27 of the Inspektorat Kabupaten Kapuas Hilir Raya (Kalimantan Tengah), 2025-2029, Rp thousands. */
export function tc27Inspektorat(): BookW {
  const b = new BookW(
    "tc27-renstra-inspektorat-kapuas-hilir-raya.xlsx",
    "T-C.27 Rencana program dan pendanaan (Inspektorat)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; years typed in the header (2025..2029 > Target | Rp (Rp)), a Lokasi column; kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; level rows (maturitas SPIP, % OPD SPIP level 3) and flows (LHP, reviu LKPD)",
  );
  const S = "T-C.27 Inspektorat";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KAPUAS HILIR RAYA",
    "INSPEKTORAT DAERAH",
    "Jl. Tjilik Riwut Km. 3 Kuala Hilir",
  ]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Inspektorat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Tc[] = [
    {
      id: "p",
      kode: "6.01.02",
      ur: "PROGRAM PENYELENGGARAAN PENGAWASAN",
      ind: "Nilai maturitas penyelenggaraan SPIP",
      sat: "level",
      level: true,
      awal: 2.95,
      k: [3.05, 3.15, 3.3, 3.45, 3.6],
    },
    {
      id: "g",
      kode: "6.01.02.2.01",
      ur: "Penyelenggaraan Pengawasan Internal",
      ind: "Jumlah laporan hasil pengawasan yang diterbitkan",
      sat: "laporan",
      level: false,
      awal: 36,
      k: [38, 40, 42, 44, 46],
    },
    {
      id: "s1",
      kode: "6.01.02.2.01.0001",
      ur: "Penyelenggaraan Audit Kinerja",
      ind: "Jumlah LHP audit kinerja OPD",
      sat: "LHP",
      level: false,
      awal: 22,
      k: [24, 25, 26, 27, 28],
      rp: [865_400, 908_700, 954_100, 1_001_800, 1_051_900],
    },
    {
      id: "s2",
      kode: "6.01.02.2.01.0004",
      ur: "Penilaian Maturitas SPIP dan Kapabilitas APIP",
      ind: "Persentase OPD dengan maturitas SPIP minimal level 3",
      sat: "%",
      level: true,
      awal: 32,
      k: [40, 50, 60, 70, 80],
      rp: [215_000, 226_000, 237_300, 249_100, 261_600],
    },
    {
      id: "s3",
      kode: "6.01.02.2.02.0003",
      ur: "Reviu Laporan Keuangan Pemerintah Daerah",
      ind: "Jumlah laporan hasil reviu LKPD",
      sat: "laporan",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [312_500, 328_100, 344_500, 361_700, 379_800],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [TK, String(y), "Target"], role: "target", year: y, fmt: DEC },
      { key: `r${i}`, head: [TK, String(y), "Rp"], role: "anggaran", year: y, fmt: RP },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: DEC,
    },
    { key: "akR", head: ["Kondisi Kinerja Akhir Periode Renstra", "Rp"], role: "anggaran", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const o: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the program's kondisi akhir is the 2028 target 3.45
          akK: p.id === "p" ? 3.45 : p.level ? p.k[4] : sum(p.k),
          akR: fx(Y.map((_, i) => x.a(`r${i}`)).join("+")),
          pj: p.id === "s2" ? "Irban Khusus" : "Irban I-IV",
          lok: "Kab. Kapuas Hilir Raya",
        };
        Y.forEach((_, i) => {
          o[`k${i}`] = p.k[i];
          o[`r${i}`] = p.rp
            ? p.rp[i]
            : p.id === "g"
              ? fx(`SUM(${x.a(`r${i}`, "s1")}:${x.a(`r${i}`, "s3")})`)
              : fx(x.a(`r${i}`, "g"));
        });
        return o;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: target indikator level dan persentase pada akhir periode adalah target tahun 2029."]);
  s.gap();
  signature(s, 15, {
    tempat: "Kuala Hilir, 3 Maret 2025",
    jabatan: ["INSPEKTUR DAERAH", "KABUPATEN KAPUAS HILIR RAYA"],
    nama: "RAHMADI BUNGAI, S.E., M.Ak., QIA",
    nip: "19760321 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((_, i) => a(`k${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the program's Nilai maturitas SPIP is 3.45 (the 2028 target); the 2029 target is 3.60",
    truth: a("k4", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Reviu Laporan Keuangan is coded 6.01.02.2.02.0003 under kegiatan 6.01.02.2.01",
    truth: `"6.01.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "s2"),
    trap: ks("s2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k4", "g"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s3"),
    trap: a("k4", "s3"),
  });
  b.ok({ sheet: S, cell: a("akK", "s1"), rules: ["kondisi-akhir-mismatch"], truth: ks("s1") });
  for (const id of ["p", "g", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((_, i) => a(`r${i}`, id)).join("+"),
    });
  for (const i of [0, 2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`r${i}`, id)).join("+"),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"6.01.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: `"6.01.02"`,
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}

/** LKjIP 2024 of the Inspektorat Lembah Mandara: sasaran merged, Sifat Maksimal / Minimal, refleksi. */
export function lkjipInspektorat(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-inspektorat-lembah-mandara.xlsx",
    "LKjIP capaian kinerja (Inspektorat)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran Strategis (merged) | Indikator | Satuan | Sifat (Maksimal/Minimal) | Realisasi 2023 | Tahun 2024 > Target | Realisasi | Capaian (%) | Kategori; refleksi (2T-R)/T for Minimal; Rata-rata row",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  letterhead(s, ["INSPEKTORAT DAERAH KABUPATEN LEMBAH MANDARA"]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama Inspektorat Daerah Tahun 2024"]);
  s.gap();
  const SPIP = "Meningkatnya kualitas sistem pengendalian intern pemerintah daerah";
  const TL = "Meningkatnya penyelesaian tindak lanjut hasil pemeriksaan";
  const KR = "Menurunnya temuan berulang dan kerugian daerah";
  const I = [
    { id: "i1", sas: SPIP, ind: "Nilai maturitas SPIP", sat: "level", max: true, r23: 2.98, t: 3.2, r: 3.12 },
    { id: "i2", sas: SPIP, ind: "Level kapabilitas APIP", sat: "level", max: true, r23: 3, t: 3, r: 3 },
    {
      id: "i3",
      sas: TL,
      ind: "Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti",
      sat: "%",
      max: true,
      r23: 71.5,
      t: 85,
      r: 78.4,
    },
    {
      id: "i4",
      sas: TL,
      ind: "Persentase nilai kerugian daerah yang dikembalikan ke kas daerah",
      sat: "%",
      max: true,
      r23: 36.2,
      t: 60,
      r: 41.7,
    },
    {
      id: "i5",
      sas: KR,
      ind: "Jumlah temuan berulang pada OPD",
      sat: "temuan",
      max: false,
      r23: 23,
      t: 20,
      r: 14,
    },
    {
      id: "i6",
      sas: KR,
      ind: "Persentase nilai temuan kerugian terhadap realisasi belanja daerah",
      sat: "%",
      max: false,
      r23: 0.71,
      t: 0.5,
      r: 0.62,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "sif", head: ["Sifat Indikator"], role: "polaritas" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "kat", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (max: boolean, t: string, r: string) =>
    max ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const kat: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    i4: "Baik", // planted: 69.50 is Cukup
    i5: "Sangat Baik",
    i6: "Sangat Baik",
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
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          sif: x.max ? "Maksimal" : "Minimal",
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the kerugian ratio (Minimal) has a typed R / T = 124.00
          c: x.id === "i6" ? 124 : fx(cap(x.max, c.a("t"), c.a("r"))),
          kat: kat[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator bersifat Minimal dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the Minimal indicator nilai temuan kerugian is a typed 124.00 (0.62 / 0.5); refleksi (2 x 0.5 - 0.62) / 0.5 gives 76.00",
    truth: cap(false, a("t", "i6"), a("r", "i6")),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for 69.50 (41.7 / 60); the band > 65 s.d. 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch"],
    truth: cap(false, a("t", "i5"), a("r", "i5")),
    trap: cap(true, a("t", "i5"), a("r", "i5")),
  });
  b.ok({
    sheet: S,
    cell: a("kat", "i5"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
    trap: `PREDIKAT_BAIK(${cap(true, a("t", "i5"), a("r", "i5"))})`,
  });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(true, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  return b.finish();
}
