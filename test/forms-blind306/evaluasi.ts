// The Renja evaluation (E.81) of the Dinas Sosial Kabupaten Wae Lolong (Maluku) and the Renstra funding
// table (T-C.27) of the Dinas Sosial Kabupaten Sungai Ranau (Jambi): panti, DTKS, PKH. All invented.
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
  type Cell,
  type Col,
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

/** E.81 s.d. Triwulan IV 2024, Renstra 2022-2026, calendar-year headers, Kinerja | Keuangan pairs. */
export function e81Dinsos(): BookW {
  const b = new BookW(
    "evaluasi-e81-dinsos-wae-lolong.xlsx",
    "E.81 Evaluasi Renja (Dinas Sosial)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2022-2026; calendar-year headers; Kinerja | Keuangan (Rp) pairs; number row per column; level program row (% PPKS direhabilitasi di panti); Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAE LOLONG",
    "DINAS SOSIAL",
    "Jl. Pattimura No. 7 Negeri Hatu, Wae Lolong",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Sosial Kabupaten Wae Lolong",
    "Renstra 2022-2026 - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "1.06.04.2.02.0001",
    ur: "Penyediaan Permakanan bagi PPKS dalam Panti",
    ind: "Jumlah PPKS yang mendapat permakanan",
    sat: "orang",
    level: false,
    k: [1200, 690, 260],
    q: [58, 64, 70, 66],
    rp: [6_450_000_000, 3_812_400_000, 1_380_000_000],
    rq: [301_250_000, 342_800_000, 356_100_000, 368_950_000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "1.06.04.2.02.0004",
    ur: "Pemberian Pelayanan Reunifikasi Keluarga",
    ind: "Jumlah PPKS yang direunifikasi ke keluarga",
    sat: "orang",
    level: false,
    k: [300, 172, 60],
    q: [12, 15, 18, 14],
    rp: [1_150_000_000, 668_300_000, 245_000_000],
    rq: [48_200_000, 57_900_000, 63_450_000, 71_300_000],
  };
  const addRp = (i: number) => s1.rp[i] + s2.rp[i];
  const keg: Ev = {
    id: "keg",
    kode: "1.06.04.2.02",
    ur: "Rehabilitasi Sosial Dasar Penyandang Disabilitas, Anak dan Lanjut Usia Terlantar dalam Panti",
    ind: "Jumlah PPKS yang direhabilitasi di panti",
    sat: "orang",
    level: false,
    k: [1200, 690, 260],
    q: [58, 64, 70, 66],
    rp: [addRp(0), addRp(1), addRp(2)],
    rq: [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]),
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "1.06.04",
    ur: "PROGRAM REHABILITASI SOSIAL",
    ind: "Persentase PPKS yang mendapat rehabilitasi sosial dasar di dalam panti",
    sat: "%",
    level: true,
    k: [90, 71.5, 78],
    q: [72.4, 74.0, 76.1, 79.3],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r13 = (e: Ev) => e.rp[1] + sum(e.rq);
  const k14 = (e: Ev) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: Ev) => round((r13(e) / e.rp[0]) * 100);
  const two = (
    key: string,
    g: string,
    n: number,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num: `${n}`, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num: `${n + 1}`, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 8 },
    ...two("5", "Target Akhir Renstra (2026)", 6, "target", "anggaran"),
    ...two("6", "Realisasi s.d. Tahun 2023", 8, "realisasi", "realisasi-anggaran", 2023),
    ...two("7", "Target Renja Tahun 2024", 10, "target", "anggaran", 2024),
    ...two("8", "Realisasi TW I 2024", 12, "realisasi", "realisasi-anggaran", 2024),
    ...two("9", "Realisasi TW II 2024", 14, "realisasi", "realisasi-anggaran", 2024),
    ...two("10", "Realisasi TW III 2024", 16, "realisasi", "realisasi-anggaran", 2024),
    ...two("11", "Realisasi TW IV 2024", 18, "realisasi", "realisasi-anggaran", 2024),
    ...two("12", "Realisasi Tahun 2024", 20, "realisasi", "realisasi-anggaran", 2024),
    ...two("13", "Realisasi s.d. Tahun 2024", 22, "realisasi", "realisasi-anggaran", 2024),
    ...two("14", "Capaian s.d. Tahun 2024 terhadap Renstra (%)", 24, "capaian", "capaian"),
    { key: "pj", head: ["Bidang Pelaksana"], role: "penanggung-jawab", num: "26", width: 16 },
  ];
  // planted: the (13) Rp of .0001 typed 5,118,500,000; 3,812,400,000 + 1,369,100,000 = 5,181,500,000
  const R13S1 = 5_118_500_000;
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const body = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
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
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: e.id === "s1" ? R13S1 : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Rehabilitasi Sosial",
    } as Record<string, Cell>,
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Keuangan",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        // planted: 80.78 is Tinggi (> 75 to 90), written Sangat Tinggi
        cells: { no: "Predikat Kinerja", k14: "Sangat Tinggi", r14: predikat(avgR) },
      },
    ],
  });
  if (predikat(avgK) !== "Tinggi") throw new Error(`E.81 average ${avgK}`);
  s.gap();
  s.lines(["Catatan: indikator program (%) adalah kondisi (level), bukan akumulasi triwulan."]);
  s.gap();
  signature(s, 22, {
    tempat: "Negeri Hatu, 17 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KABUPATEN WAE LOLONG"],
    nama: "Drs. SAMUEL LATUPEIRISSA, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19711104 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi keuangan s.d. 2024 of sub kegiatan 1.06.04.2.02.0001 is 5,118,500,000; 3,812,400,000 + 1,369,100,000 = 5,181,500,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for an average capaian kinerja of 80.78; > 75 to 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("r13", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
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
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `"1.06.04.2.02"`,
    actual: `PARENT(${a("kode", "s2")})`,
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

/** T-C.27 of the Dinas Sosial Kabupaten Sungai Ranau, Renstra 2025-2029, years in the header, Rp in thousands. */
export function tc27Dinsos(): BookW {
  const b = new BookW(
    "renstra-tc27-dinsos-sungai-ranau.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Sosial)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; group headers written once (unmerged), Tahun 2025..2029 > Target | Pagu; kegiatan Pagu = SUM of sub kegiatan, program = kegiatan; DTKS and PKH graduasi levels next to counts",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUNGAI RANAU", "DINAS SOSIAL"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Dinas Sosial Kabupaten Sungai Ranau 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Tc[] = [
    {
      id: "p",
      kode: "1.06.05",
      ur: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
      ind: "Persentase KPM PKH yang graduasi mandiri",
      sat: "%",
      level: true,
      awal: 4.2,
      k: [5, 6, 7, 8.5, 10],
    },
    {
      id: "g",
      kode: "1.06.05.2.01",
      ur: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Persentase data DTKS yang dimutakhirkan",
      sat: "%",
      level: true,
      awal: 62,
      k: [70, 75, 80, 85, 90],
    },
    {
      id: "s1",
      kode: "1.06.05.2.01.0001",
      ur: "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen hasil pendataan fakir miskin",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [2, 2, 2, 2, 2],
      rp: [385_400, 402_700, 421_100, 440_300, 460_200],
    },
    {
      id: "s2",
      kode: "1.06.05.2.01.0002",
      ur: "Verifikasi dan Validasi DTKS di Desa/Kelurahan",
      ind: "Jumlah desa/kelurahan yang DTKS-nya diverifikasi dan divalidasi",
      sat: "desa",
      level: false,
      awal: 48,
      k: [60, 60, 62, 62, 64],
      rp: [512_600, 536_000, 560_900, 586_100, 612_500],
    },
    {
      id: "s3",
      kode: "1.06.05.2.01.0003",
      ur: "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga",
      ind: "Persentase KPM bansos yang tersalur tepat sasaran",
      sat: "%",
      level: true,
      awal: 88,
      k: [90, 92, 94, 96, 98],
      rp: [1_240_000, 1_302_000, 1_367_100, 1_435_500, 1_507_300],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const AK = "Kondisi Akhir Renstra";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "6", fmt: DEC },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${i + 1}`,
        head: [`Tahun ${y}`, "Target"],
        role: "target",
        year: y,
        num: `${7 + 2 * i}`,
        fmt: DEC,
      },
      {
        key: `r${i + 1}`,
        head: [`Tahun ${y}`, "Pagu"],
        role: "anggaran",
        year: y,
        num: `${8 + 2 * i}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Pagu"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p, i) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, Cell> = {
          no: i + 1,
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kegiatan DTKS kondisi akhir 85 (the 2028 target); 2029 is 90
          akK: p.id === "g" ? 85 : p.level ? p.k[4] : sum(p.k),
          akR: fx([1, 2, 3, 4, 5].map((n) => x.a(`r${n}`)).join("+")),
          pj: "Bidang Perlindungan dan Jaminan Sosial",
        };
        [1, 2, 3, 4, 5].forEach((n) => {
          out[`k${n}`] = p.k[n - 1];
          if (p.rp) out[`r${n}`] = p.rp[n - 1];
          // planted: kegiatan 2027 Pagu typed 2,394,100 (sub kegiatan give 2,349,100)
          else if (p.id === "g")
            out[`r${n}`] = n === 3 ? 2_394_100 : fx(`SUM(${x.a(`r${n}`, "s1")}:${x.a(`r${n}`, "s3")})`);
          else out[`r${n}`] = fx(x.a(`r${n}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun 2029; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Muara Ranau, 24 Februari 2025",
    jabatan: ["KEPALA DINAS SOSIAL KABUPATEN SUNGAI RANAU"],
    nama: "Hj. NURHAYATI SIREGAR, S.Sos., M.M.",
    nip: "19760321 200003 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => [1, 2, 3, 4, 5].map((n) => a(`k${n}`, id)).join("+");
  const subs = (n: number) => ["s1", "s2", "s3"].map((id) => a(`r${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 1.06.05.2.01 Pagu 2027 is a typed 2,394,100 among SUM formulas; its sub kegiatan add up to 2,349,100",
    truth: subs(3),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "g") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of % DTKS dimutakhirkan is 85 (the 2028 target); the 2029 target is 90",
    truth: a("k5", "g"),
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
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s1"),
    trap: a("k5", "s1"),
  });
  b.ok({ sheet: S, cell: a("akK", "s2"), rules: ["kondisi-akhir-mismatch"], truth: ks("s2") });
  for (const id of ["s1", "s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: [1, 2, 3, 4, 5].map((n) => a(`r${n}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.06.05.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  }
  for (const n of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${n}`, "g"), rules: ["sum-mismatch"], truth: subs(n) });
  return b.finish();
}
