// The Renja evaluation (E.81) of the Diskominfo Kabupaten Gunung Sepuh (Jawa Tengah) and the Renstra
// funding table (T-C.27) of the Diskominfo Kota Kuala Seranti (Kalimantan Timur): diseminasi
// informasi publik, media center, command center and aplikasi layanan publik terintegrasi. Invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, sum, type Col } from "../forms/kit";

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

/** E.81 s.d. Triwulan IV 2024 of the Diskominfo Gunung Sepuh, three header rows, a Sasaran column. */
export function e81MediaCenter(): BookW {
  const b = new BookW(
    "e81-renja-2024-diskominfo-gunung-sepuh-media-center.xlsx",
    "E.81 Evaluasi Renja (Diskominfo media center)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2022-2026; three header rows (the quarters under 'Realisasi Kinerja pada Triwulan'); Sasaran column merged down; K | Rp pairs, number row merged over pairs; a level row (% OPD aktif di media center); Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GUNUNG SEPUH",
    "DINAS KOMUNIKASI DAN INFORMATIKA",
    "Jl. Pandanaran Sepuh No. 7, Kajoran Sepuh",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Gunung Sepuh",
    "Renstra Perangkat Daerah Tahun 2022-2026; Periode Pelaksanaan: Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.16.02.2.01.0002",
      ur: "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
      ind: "Jumlah konten media center yang dipublikasikan",
      sat: "konten",
      level: false,
      k5: 4200,
      k6: 2380,
      k7: 900,
      q: [190, 230, 245, 275],
      r5: 5_850_000_000,
      r6: 3_412_750_000,
      r7: 1_240_000_000,
      rq: [198_450_000, 301_220_000, 318_905_000, 362_115_000],
    },
    {
      id: "s2",
      kode: "2.16.02.2.01.0004",
      ur: "Pengelolaan Media Komunikasi Publik (diseminasi tatap muka)",
      ind: "Jumlah kegiatan diseminasi informasi di kecamatan",
      sat: "kegiatan",
      level: false,
      k5: 300,
      k6: 170,
      k7: 64,
      q: [14, 16, 18, 16],
      r5: 1_420_000_000,
      r6: 812_400_000,
      r7: 310_000_000,
      rq: [52_300_000, 71_850_000, 88_120_000, 90_430_000],
    },
    {
      id: "s3",
      kode: "2.16.02.2.01.0006",
      ur: "Pelayanan Informasi Publik melalui Command Center",
      ind: "Jumlah laporan analisis aduan command center",
      sat: "laporan",
      level: false,
      k5: 60,
      k6: 34,
      k7: 12,
      q: [3, 3, 3, 3],
      r5: 960_000_000,
      r6: 548_200_000,
      r7: 205_000_000,
      rq: [41_000_000, 48_600_000, 52_750_000, 55_900_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.16.02.2.01",
    ur: "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
    ind: "Jumlah konten diseminasi informasi publik",
    sat: "konten",
    level: false,
    k5: 6000,
    k6: 3400,
    k7: 1300,
    q: [280, 330, 350, 390],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.16.02",
    ur: "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK",
    ind: "Persentase OPD yang aktif menyampaikan informasi melalui media center",
    sat: "%",
    level: true,
    k5: 100,
    k6: 78,
    k7: 85,
    q: [80, 82, 84, 86],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r13 = (e: E) => e.r6 + sum(e.rq);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
  const TW = "Realisasi Kinerja pada Triwulan";
  const pair = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "2", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "3", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "4",
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "5",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "6", width: 9 },
    ...pair(
      "5",
      ["Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)"],
      "7",
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra s.d. Renja Tahun 2023"],
      "8",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "9", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "13", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "14",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "15",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)"],
      "16",
      "capaian",
      "capaian",
    ),
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "17",
      width: 16,
    },
  ];
  // planted: sub kegiatan .0004's column 14 K typed 62; the four quarters give 64
  const body = rows.map((e, i) => ({
    id: e.id,
    cells: {
      no: i + 1,
      sas: "Meningkatnya diseminasi informasi publik kepada masyarakat",
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
      k12: e.id === "s2" ? 62 : k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Informasi dan Komunikasi Publik",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const avgR = round(sum(rows.map(r14)) / rows.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    vmerge: ["sas"],
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
        // planted: the K average 79.78 is "Tinggi", the form says "Sedang"
        cells: { no: "Predikat Kinerja", k14: avgK > 75 ? "Sedang" : "Tinggi", r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber data: aplikasi e-Monev Bappeda Kabupaten Gunung Sepuh, diolah."]);
  s.gap();
  signature(s, 22, {
    tempat: "Kajoran Sepuh, 17 Januari 2025",
    jabatan: ["Kepala Dinas Komunikasi dan Informatika", "Kabupaten Gunung Sepuh"],
    nama: "Dra. SRI WINDARTI LESTYANINGRUM, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19730418 199803 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 14 K of sub kegiatan 2.16.02.2.01.0004 is 62 kegiatan; the quarters 14 + 16 + 18 + 16 give 64",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sedang' for the average capaian kinerja 79.78; the band > 75 - 90 is Tinggi",
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
  for (const id of ["keg", "s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s1", "s2"])
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

/** T-C.27 of the Diskominfo Kota Kuala Seranti, Renstra 2025-2029, Rp in thousands, Lokasi column. */
export function tc27AplikasiLayanan(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-diskominfo-kuala-seranti-aplikasi.xlsx",
    "T-C.27 Rencana program dan pendanaan (Diskominfo aplikasi)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; 'Tahun ke-1 (2025)'..'Tahun ke-5 (2029)' over Target | Rp; kegiatan Rp = SUM of the sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = sum of the five years; Lokasi column at the right",
  );
  const S = "Tabel T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA KUALA SERANTI", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah Kota Kuala Seranti 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.16.03",
      ur: "PROGRAM APLIKASI INFORMATIKA",
      ind: "Persentase layanan publik yang terintegrasi dalam aplikasi Seranti Satu Pintu",
      sat: "%",
      level: true,
      awal: 41.5,
      k: [50, 60, 70, 80, 90],
    },
    {
      id: "g",
      kode: "2.16.03.2.02",
      ur: "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kota",
      ind: "Jumlah layanan publik yang diintegrasikan",
      sat: "layanan",
      level: false,
      awal: 12,
      k: [8, 9, 9, 10, 10],
    },
    {
      id: "s1",
      kode: "2.16.03.2.02.0003",
      ur: "Pengembangan Aplikasi Layanan Publik Terintegrasi",
      ind: "Jumlah modul aplikasi layanan yang dikembangkan",
      sat: "modul",
      level: false,
      awal: 5,
      k: [6, 6, 7, 7, 8],
      rp: [1_845_000, 1_932_500, 2_118_400, 2_205_750, 2_390_600],
    },
    {
      id: "s2",
      kode: "2.16.03.2.02.0005",
      ur: "Pengelolaan Command Center Kota",
      ind: "Persentase ketersediaan layanan command center (uptime)",
      sat: "%",
      level: true,
      awal: 95.2,
      k: [97, 98, 98.5, 99, 99.5],
      rp: [2_640_000, 2_712_300, 2_798_900, 2_884_150, 2_973_400],
    },
    {
      id: "s3",
      kode: "2.16.02.2.02.0011",
      ur: "Integrasi Data dan Interoperabilitas Aplikasi Layanan Publik",
      ind: "Jumlah sistem yang terhubung ke platform interoperabilitas",
      sat: "sistem",
      level: false,
      awal: 7,
      k: [4, 5, 5, 6, 6],
      rp: [780_500, 812_000, 846_250, 880_900, 915_300],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "6",
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(6 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", year: 2029, num: "18", fmt: RP },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "19",
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p, i) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          no: i + 1,
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Aplikasi Informatika",
          lok: "Kota Kuala Seranti",
        };
        Y.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        // planted: the program's kondisi akhir Rp adds only Tahun ke-1..ke-4
        const ys = p.id === "p" ? [1, 2, 3, 4] : Y;
        out.akR = fx(ys.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Kuala Seranti, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA", "KOTA KUALA SERANTI"],
    nama: "H. MUHAMMAD RIDHANI ASNAWI, S.T., M.T.",
    nip: "19780903 200312 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  const yk = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "p") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of Program Aplikasi Informatika adds Tahun ke-1..ke-4 only (22,456,650); with Tahun ke-5 (6,279,300) it is 28,735,950",
    truth: yr("p"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Integrasi Data dan Interoperabilitas is coded 2.16.02.2.02.0011 (Program Informasi dan Komunikasi Publik) under kegiatan 2.16.03.2.02",
    truth: `"2.16.03.2.02"`,
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
  for (const id of ["g", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yk(id),
      trap: a("k5", id),
    });
  for (const id of ["g", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [2, 5])
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
      truth: `"2.16.03.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
