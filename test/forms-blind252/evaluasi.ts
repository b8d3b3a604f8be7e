// The Renja evaluation (E.81) of the UPTD Tahura of Kabupaten Tanah Rengas (Kalimantan Barat) and the
// Renstra funding table (T-C.27) of the Kebun Raya / Tahura of Kota Bukit Talang (Bengkulu). Invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, sum, type Col } from "../forms/kit";

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

/** E.81 s.d. Triwulan IV 2024, DLHK Kabupaten Tanah Rengas (UPTD Tahura Bukit Rengas). */
export function e81Tahura(): BookW {
  const b = new BookW(
    "e81-renja-2024-uptd-tahura-tanah-rengas.xlsx",
    "E.81 Evaluasi Renja (UPTD Tahura)",
    "E.81 s.d. TW IV 2024 with calendar years in the header, three header rows (Realisasi Kinerja pada Triwulan > I..IV > K | Rp), an extra Tingkat Capaian Renja (%) column, a level row (% luas bebas kebakaran) over flows; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANAH RENGAS",
    "DINAS LINGKUNGAN HIDUP DAN KEHUTANAN",
    "UPTD TAMAN HUTAN RAYA BUKIT RENGAS",
    "Jl. Raya Sungai Ambawang Km. 17, Rengas Hulu",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Tanah Rengas",
    "Renstra PD 2022-2026, Realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "3.27.03.2.01.0001",
      ur: "Pengamanan, Patroli dan Pengendalian Kebakaran Kawasan Tahura",
      ind: "Jumlah patroli pengamanan kawasan",
      sat: "kali",
      level: false,
      k: [480, 275, 96],
      q: [22, 25, 27, 24],
      rp: [3_450_000_000, 1_932_400_000, 720_000_000],
      rq: [152_300_000, 176_800_000, 188_450_000, 190_100_000],
    },
    {
      id: "s2",
      kode: "3.27.03.2.01.0003",
      ur: "Pengelolaan Koleksi Tumbuhan dan Pelayanan Pengunjung",
      ind: "Jumlah pengunjung Tahura",
      sat: "orang",
      level: false,
      k: [250_000, 131_420, 52_000],
      q: [11_240, 15_380, 12_905, 14_870],
      rp: [2_180_000_000, 1_204_750_000, 455_000_000],
      rq: [78_200_000, 121_640_000, 118_300_000, 126_410_000],
    },
  ];
  const add = (i: number) => sum(subs.map((x) => x.rp[i]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: Ev = {
    id: "keg",
    kode: "3.27.03.2.01",
    ur: "Pengelolaan Kawasan Taman Hutan Raya Kabupaten",
    ind: "Jumlah paket pengelolaan blok Tahura yang dilaksanakan",
    sat: "paket",
    level: false,
    k: [20, 11, 4],
    q: [1, 1, 1, 1],
    rp: [add(0), add(1), add(2)],
    rq,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "3.27.03",
    ur: "PROGRAM PENGELOLAAN TAMAN HUTAN RAYA (TAHURA) KABUPATEN/KOTA",
    ind: "Persentase luas kawasan Tahura yang bebas kebakaran",
    sat: "%",
    level: true,
    k: [98, 95.2, 96],
    q: [99.1, 97.4, 96.8, 96.5],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r12 = (e: Ev) => sum(e.rq);
  const k14 = (e: Ev) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: Ev) => round(((e.rp[1] + r12(e)) / e.rp[0]) * 100);
  const kp = (e: Ev) => round((k12(e) / e.k[2]) * 100);
  const rpp = (e: Ev) => round((r12(e) / e.rp[2]) * 100);
  const two = (
    key: string,
    head: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kr, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...two("5", ["Target Renstra PD Tahun 2026"], "5", "target", "anggaran"),
    ...two("6", ["Realisasi Capaian Renstra s.d. Renja 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...two("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((t, i) =>
      two(String(8 + i), [TW, t], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...two(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...two("cr", ["Tingkat Capaian Renja 2024 (%)"], "12/7", "capaian", "capaian", 2024),
    ...two(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...two("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14 = 13/5", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: the yearly visitors (12 K of .0003) typed 56,395; the quarters give 54,395
  const K12S2 = 56_395;
  const avgK = round(sum(rows.map(k14)) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...rows.map((e, i) => ({
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
          k12: e.id === "s2" ? K12S2 : k12(e),
          r12: r12(e),
          kcr: kp(e),
          rcr: rpp(e),
          k13: k13(e),
          r13: e.rp[1] + r12(e),
          k14: k14(e),
          r14: r14(e),
          pj: "UPTD Tahura Bukit Rengas",
        },
      })),
      {
        id: "avg",
        span: ["no", "ind"] as [string, string],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"] as [string, string],
        cells: {
          no: "Predikat Kinerja",
          // planted: "Sangat Tinggi" for an average K capaian of about 81
          k14: avgK > 90 ? "Tinggi" : "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: patroli terpadu bersama Manggala Agni dan Masyarakat Peduli Api.",
    "Faktor penghambat: kemarau panjang Agustus-September 2024; tindak lanjut: menara pantau api di blok pemanfaatan.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Rengas Hulu, 14 Januari 2025",
    jabatan: ["KEPALA UPTD TAMAN HUTAN RAYA BUKIT RENGAS"],
    nama: "HERIYANTO SAPUTRA, S.Hut., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19780423 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 K (visitors 2024) of sub kegiatan 3.27.03.2.01.0003 is 56,395; the four quarters add up to 54,395",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat "Sangat Tinggi" for an average K capaian of ${avgK}; the band > 75 to 90 is Tinggi`,
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
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
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
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type Pl = {
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

/** T-C.27 Renstra 2025-2029 of the DLH Kota Bukit Talang (UPTD Kebun Raya dan Tahura), Rp in thousands. */
export function tc27KebunRaya(): BookW {
  const b = new BookW(
    "tc27-renstra-kebun-raya-tahura-bukit-talang.xlsx",
    "T-C.27 Rencana program dan pendanaan (Kebun Raya / Tahura)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; Sasaran column merged down, Tahun ke-1..5 > Target | Rp; two kegiatan with SUM formulas, program = sum of kegiatan; kondisi akhir Rp as a + formula; Lokasi column at the end",
  );
  const S = "T-C.27 Kebun Raya";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BUKIT TALANG",
    "DINAS LINGKUNGAN HIDUP",
    "UPTD KEBUN RAYA DAN TAHURA SEBAKUL RAYA",
  ]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Renstra 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Pl[] = [
    {
      id: "p",
      kode: "3.27.03",
      ur: "PROGRAM PENGELOLAAN TAMAN HUTAN RAYA (TAHURA) KABUPATEN/KOTA",
      ind: "Persentase koleksi tumbuhan kebun raya yang teridentifikasi",
      sat: "%",
      level: true,
      awal: 62.5,
      k: [66, 70, 74, 78, 82],
    },
    {
      id: "g1",
      kode: "3.27.03.2.01",
      ur: "Pengelolaan Koleksi dan Konservasi Tumbuhan",
      ind: "Jumlah spesimen koleksi tumbuhan baru",
      sat: "spesimen",
      level: false,
      awal: 140,
      k: [150, 160, 160, 170, 180],
    },
    {
      id: "s11",
      kode: "3.27.03.2.01.0002",
      ur: "Eksplorasi dan Inventarisasi Flora Lokal Bengkulu",
      ind: "Jumlah dokumen hasil eksplorasi flora",
      sat: "dokumen",
      level: false,
      awal: 2,
      k: [2, 2, 2, 2, 2],
      rp: [185_400, 194_700, 204_400, 214_600, 225_300],
    },
    {
      id: "s12",
      kode: "3.27.03.2.01.0004",
      ur: "Perbanyakan dan Pemeliharaan Koleksi Hidup",
      ind: "Persentase koleksi hidup yang terpelihara",
      sat: "%",
      level: true,
      awal: 88,
      k: [90, 91, 92, 93, 94],
      rp: [312_800, 328_400, 344_900, 362_100, 380_200],
    },
    {
      id: "g2",
      kode: "3.27.03.2.02",
      ur: "Pengelolaan Pengunjung dan Pendidikan Konservasi",
      ind: "Indeks kepuasan pengunjung kebun raya",
      sat: "indeks",
      level: true,
      awal: 79.2,
      k: [80, 81, 82, 83, 84],
    },
    {
      id: "s21",
      kode: "3.27.03.2.02.0001",
      ur: "Layanan Edukasi Konservasi bagi Pelajar",
      ind: "Jumlah paket program edukasi konservasi",
      sat: "paket",
      level: false,
      awal: 4,
      k: [4, 4, 5, 5, 6],
      rp: [96_500, 101_300, 118_800, 124_700, 143_600],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "6",
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(6 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20", width: 16 },
  ];
  // planted: kondisi akhir K of s12 (a % level) typed 93 (the year-4 target); year-5 target is 94
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          sas: "Meningkatnya kualitas konservasi flora dan layanan kebun raya",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.id === "s12" ? 93 : p.level ? p.k[4] : sum(p.k),
          akR: fx(Y.map((y) => x.a(`r${y}`)).join("+")),
          pj: "UPTD Kebun Raya dan Tahura",
          lok: "Tahura Sebakul Raya",
        };
        for (const y of Y) {
          out[`k${y}`] = p.k[y - 1];
          const r = `r${y}`;
          if (p.rp) out[r] = p.rp[y - 1];
          // planted: kegiatan 3.27.03.2.01 year 3 sums one row short
          else if (p.id === "g1") out[r] = fx(`SUM(${x.a(r, "s11")}:${x.a(r, y === 3 ? "s11" : "s12")})`);
          else if (p.id === "g2") out[r] = fx(`SUM(${x.a(r, "s21")})`);
          else out[r] = fx(`${x.a(r, "g1")}+${x.a(r, "g2")}`);
        }
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase dan indeks = target tahun ke-5; indikator jumlah = total lima tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Bukit Talang, 3 Maret 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP KOTA BUKIT TALANG"],
    nama: "Dra. NURHAYATI SIREGAR, M.Sc.",
    nip: "19710208 199803 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  const yk = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g1") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 3.27.03.2.01, Tahun ke-3 Rp = SUM over one sub kegiatan only (204,400); its two sub kegiatan add up to 549,300",
    truth: `${a("r3", "s11")}+${a("r3", "s12")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s12") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of Persentase koleksi hidup yang terpelihara is 93 (the Tahun ke-4 target); the Tahun ke-5 target is 94",
    truth: a("k5", "s12"),
  });
  for (const id of ["p", "g2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yk(id),
    });
  for (const id of ["g1", "s11", "s21"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yk(id),
      trap: id === "s21" ? a("k5", id) : undefined,
    });
  for (const id of ["s11", "s12", "g2", "s21"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s11")}+${a(`r${y}`, "s12")}`,
    });
  for (const id of ["s11", "s12"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.27.03.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: `"3.27.03.2.02"`,
    actual: `PARENT(${a("kode", "s21")})`,
  });
  return b.finish();
}
