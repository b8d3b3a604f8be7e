// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pariwisata on desa
// wisata, pokdarwis and homestay. Every office, person and number is invented.
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

/** E.81 of the Dinas Pariwisata Kabupaten Gunung Sariwangi (Jawa Barat), s.d. Triwulan IV 2024. */
export function e81Pariwisata(): BookW {
  const b = new BookW(
    "e81-renja-2024-disparbud-gunung-sariwangi-desawisata.xlsx",
    "E.81 Evaluasi Renja (Dinas Pariwisata)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar-year headers; Kinerja | Keuangan pairs; an extra 'Tingkat capaian Renja (%)' column; a level row (% desa wisata maju dan mandiri) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNG SARIWANGI",
    "DINAS PARIWISATA DAN KEBUDAYAAN",
    "Jl. Raya Cikaret No. 17 Sariwangi, Telp. (0263) 551204",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PARIWISATA DAN KEBUDAYAAN KABUPATEN GUNUNG SARIWANGI",
    "Renstra Perangkat Daerah Tahun 2021-2026, Realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.26.02.2.01.0002",
      ur: "Pembinaan dan Pengembangan Desa Wisata Rintisan dan Berkembang",
      ind: "Jumlah desa wisata yang dibina",
      sat: "desa",
      level: false,
      k5: 120,
      k6: 71,
      k7: 26,
      q: [4, 7, 8, 6],
      r5: 7_450_000_000,
      r6: 4_318_620_000,
      r7: 1_640_000_000,
      rq: [185_400_000, 402_760_000, 468_150_000, 531_290_000],
    },
    {
      id: "s2",
      kode: "3.26.02.2.01.0005",
      ur: "Fasilitasi Kelompok Sadar Wisata (Pokdarwis) dan Pengelola Homestay",
      ind: "Jumlah pokdarwis yang difasilitasi",
      sat: "kelompok",
      level: false,
      k5: 150,
      k6: 88,
      k7: 32,
      q: [6, 9, 10, 8],
      r5: 3_980_000_000,
      r6: 2_265_410_000,
      r7: 815_000_000,
      rq: [96_250_000, 188_400_000, 231_975_000, 262_180_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "3.26.02.2.01",
    ur: "Pengelolaan Daya Tarik Wisata Kabupaten",
    ind: "Jumlah kunjungan wisatawan ke desa wisata",
    sat: "orang",
    level: false,
    k5: 1_250_000,
    k6: 612_400,
    k7: 265_000,
    q: [58_300, 71_950, 66_420, 80_130],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.26.02",
    ur: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
    ind: "Persentase desa wisata berklasifikasi maju dan mandiri",
    sat: "%",
    level: true,
    k5: 40,
    k6: 24.5,
    k7: 30,
    q: [25, 26.8, 28.4, 31.1],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + sum(e.rq)) / e.r5) * 100);
  const two = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja Program / Kegiatan"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...two("5", "Target Renstra PD Akhir Periode (2026)", "5", "target", "anggaran"),
    ...two("6", "Realisasi Renstra s.d. Renja Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...two("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...two("8", "Realisasi Triwulan I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...two("9", "Realisasi Triwulan II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...two("10", "Realisasi Triwulan III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...two("11", "Realisasi Triwulan IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...two("12", "Realisasi Renja Tahun 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...two("12a", "Tingkat Capaian Renja 2024 (%)", "12a = 12/7 x 100", "capaian", "capaian", 2024),
    ...two("13", "Realisasi Renstra s.d. Tahun 2024", "13 = 6+12", "realisasi", "realisasi-anggaran", 2024),
    ...two("14", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: column 12 Rp of sub kegiatan .0002 typed 1,578,600,000; the quarters give 1,587,600,000
  const R12S1 = 1_578_600_000;
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
      r12: e.id === "s1" ? R12S1 : sum(e.rq),
      k12a: round((k12(e) / e.k7) * 100),
      r12a: round((sum(e.rq) / e.r7) * 100),
      k13: k13(e),
      r13: e.r6 + sum(e.rq),
      k14: k14(e),
      r14: r14(e),
      pj: e.id === "prog" ? "Kepala Dinas" : "Bidang Destinasi Wisata",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran Renstra (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        // planted: the K predikat says "Sedang" for an average of 77.39 (Tinggi)
        cells: {
          no: "Predikat kinerja",
          k14: predikat(avgK) === "Tinggi" ? "Sedang" : "?",
          r14: predikat(avgR),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dana alokasi khusus non fisik untuk pendampingan desa wisata.",
    "Faktor penghambat: akses jalan ke desa wisata di wilayah selatan; tindak lanjut: usulan ke Dinas PUPR.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Sariwangi, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA DAN KEBUDAYAAN", "KABUPATEN GUNUNG SARIWANGI"],
    nama: "Drs. H. ASEP SURYADIREDJA, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710308 199603 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 3.26.02.2.01.0002 is 1,578,600,000; the four quarters add up to 1,587,600,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sedang' for an average capaian kinerja of 77.39; the band > 75 to 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // the level row: 12 K is the Triwulan IV level, 13 K the latest level
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
  for (const id of ["prog", "keg", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
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
    cell: a("k12a", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k12", "prog")}/${a("k7", "prog")}*100,2)`,
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

/** T-C.27 of the Dinas Pariwisata Kabupaten Lae Simardon (Sumatera Utara), Renstra 2025-2029, Rp in thousands. */
export function tc27Pariwisata(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-dispar-lae-simardon-desawisata.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinas Pariwisata)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Tahun ke-1..ke-5 over Target | Rp, group headers written once (not merged); Lokasi column; program Rp = kegiatan, kegiatan Rp = SUM of its sub kegiatan; kondisi akhir Rp = SUM of the five years",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LAE SIMARDON", "DINAS PARIWISATA"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Pariwisata Kabupaten Lae Simardon",
    "Renstra Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.26.02",
      ur: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
      ind: "Persentase desa wisata berklasifikasi maju dan mandiri",
      sat: "%",
      level: true,
      awal: 18.5,
      k: [21, 24, 27, 30, 33],
    },
    {
      id: "g",
      kode: "3.26.02.2.01",
      ur: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
      ind: "Jumlah desa wisata yang naik klasifikasi",
      sat: "desa",
      level: false,
      awal: 3,
      k: [4, 4, 5, 5, 6],
    },
    {
      id: "s1",
      kode: "3.26.02.2.01.0001",
      ur: "Pembinaan Desa Wisata Rintisan",
      ind: "Jumlah desa wisata rintisan yang dibina",
      sat: "desa",
      level: false,
      awal: 10,
      k: [12, 12, 14, 14, 15],
      rp: [845_200, 887_500, 931_800, 978_400, 1_027_300],
    },
    {
      id: "s2",
      kode: "3.26.02.2.01.0004",
      ur: "Standardisasi dan Sertifikasi Homestay Desa Wisata",
      ind: "Persentase homestay desa wisata yang tersertifikasi CHSE",
      sat: "%",
      level: true,
      awal: 22,
      k: [30, 38, 46, 54, 62],
      rp: [312_000, 327_600, 344_000, 361_200, 379_300],
    },
    {
      id: "s3",
      kode: "3.26.03.2.02.0003",
      ur: "Pelatihan Pengelolaan Destinasi bagi Pokdarwis",
      ind: "Jumlah pokdarwis yang mengikuti pelatihan",
      sat: "kelompok",
      level: false,
      awal: 15,
      k: [18, 20, 22, 24, 26],
      rp: [276_500, 290_300, 304_800, 320_000, 336_000],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    { key: "awal", head: ["Data Capaian Tahun Awal Perencanaan"], role: "kondisi-awal", num: 5, fmt: DEC },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
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
          // planted: kondisi akhir K of .0001 typed 76 (the five yearly targets add up to 67)
          akK: p.id === "s1" ? 76 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Destinasi",
          lok: p.id === "p" ? "Kabupaten" : "Desa wisata",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator persentase, kondisi akhir = target tahun ke-5; indikator jumlah, kondisi akhir = jumlah 5 tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Pangururan Lae, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PARIWISATA", "KABUPATEN LAE SIMARDON"],
    nama: "MARULI T. SIMANJORANG, S.E., M.Si.",
    nip: "19760421 200212 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yk = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of sub kegiatan 3.26.02.2.01.0001 (a yearly count of desa dibina) is 76; the five targets add up to 67 and the last is 15",
    truth: yk("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pelatihan Pengelolaan Destinasi bagi Pokdarwis is coded 3.26.03.2.02.0003 under kegiatan 3.26.02.2.01",
    truth: `"3.26.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yk(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yk("g"),
    trap: a("k5", "g"),
  });
  b.ok({ sheet: S, cell: a("akK", "s3"), rules: ["kondisi-akhir-mismatch"], truth: yk("s3") });
  for (const id of ["p", "g", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.26.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
