// The Renja evaluation (E.81) of the Bappeda Kabupaten Tebing Serawai (Bengkulu) and the Renstra
// funding table (T-C.27) of the Bappelitbangda Kota Batu Sepuluh (Kalimantan Barat): pengendalian
// RKPD, kesesuaian Renja-RKPD-APBD, musrenbang and pokok pikiran DPRD. Every name and number is invented.
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

/** E.81 s.d. Triwulan IV 2024 of the Bappeda Tebing Serawai, calendar years in the header. */
export function e81Serawai(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-bappeda-tebing-serawai.xlsx",
    "E.81 Evaluasi Renja (Bappeda)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026; calendar years in the group headers; three header rows (Realisasi pada Triwulan > I..IV > K | Rp); an extra Tingkat Capaian Renja (12/7) pair; Keterangan column; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TEBING SERAWAI",
    "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    "Komplek Perkantoran Padang Kemuning Km. 4, Tebing Serawai",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Bappeda Kabupaten Tebing Serawai",
    "Periode pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra Bappeda 2021-2026)",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "5.01.02.2.03.0001",
      ur: "Pengendalian Pelaksanaan RKPD Triwulanan",
      ind: "Jumlah laporan pengendalian pelaksanaan RKPD",
      sat: "laporan",
      level: false,
      k5: 20,
      k6: 12,
      k7: 4,
      q: [1, 1, 1, 1],
      r5: 1_450_000_000,
      r6: 812_400_000,
      r7: 298_500_000,
      rq: [52_300_000, 71_850_000, 80_100_000, 86_400_000],
    },
    {
      id: "s2",
      kode: "5.01.02.2.03.0004",
      ur: "Evaluasi Kesesuaian Renja Perangkat Daerah, RKPD dan APBD",
      ind: "Jumlah dokumen evaluasi kesesuaian Renja-RKPD-APBD",
      sat: "dokumen",
      level: false,
      k5: 10,
      k6: 5,
      k7: 2,
      q: [0, 1, 0, 1],
      r5: 760_000_000,
      r6: 421_750_000,
      r7: 164_000_000,
      rq: [18_250_000, 55_400_000, 39_900_000, 47_600_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: Ev = {
    id: "keg",
    kode: "5.01.02.2.03",
    ur: "Pengendalian, Evaluasi dan Pelaporan Pelaksanaan Rencana Pembangunan Daerah",
    ind: "Jumlah laporan pengendalian dan evaluasi RKPD",
    sat: "laporan",
    level: false,
    k5: 30,
    k6: 17,
    k7: 6,
    q: [1, 2, 1, 2],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "5.01.02",
    ur: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
    ind: "Persentase kesesuaian program Renja Perangkat Daerah dengan RKPD",
    sat: "%",
    level: true,
    k5: 95,
    k6: 82.4,
    k7: 88,
    q: [84.1, 85.6, 87.2, 89.3],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: Ev) => sum(e.rq);
  const k14 = (e: Ev) => round((k13(e) / e.k5) * 100);
  const r14 = (e: Ev) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    head: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kr, year, num, fmt: DEC, width: 9 },
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
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD Akhir Periode (2026)"], "5", "target", "anggaran"),
    ...pair("6", ["Realisasi Capaian Renstra s.d. Renja 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Kinerja dan Anggaran Renja 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("c", ["Tingkat Capaian Renja 2024 (%)"], "12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "16", width: 14 },
  ];
  // planted: sub kegiatan .0004's (12) Rp typed 116,150,000; the quarters give 161,150,000
  const R12S2 = 116_150_000;
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
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: k12(e),
      r12: e.id === "s2" ? R12S2 : r12(e),
      kc: round((k12(e) / e.k7) * 100),
      rc: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Litbang dan Pengendalian",
      ket: e.level ? "nilai akhir TW IV" : undefined,
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
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
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: {
          no: "Predikat kinerja",
          // planted: the K average 80.17 is Tinggi, the sheet says Sangat Tinggi
          k14: avgK > 90 ? "Tinggi" : "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: aplikasi e-Monev terintegrasi SIPD; rapat pengendalian triwulanan bersama PD.",
    "Faktor penghambat: keterlambatan input realisasi fisik oleh PD; perubahan APBD di Triwulan III.",
    "Tindak lanjut: bimbingan teknis pengisian e-Monev bagi operator PD.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Tebing Serawai, 17 Januari 2025",
    jabatan: ["KEPALA BAPPEDA KABUPATEN TEBING SERAWAI"],
    nama: "Drs. HENDRI SAPUTRA ZULKARNAIN, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710308 199703 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 5.01.02.2.03.0004 is 116,150,000; its four quarters add up to 161,150,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for the K average 80.17; the band > 75 to 90 is Tinggi",
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
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "s1"]) {
    b.ok({
      sheet: S,
      cell: a("kc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
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

/** T-C.27 of the Bappelitbangda Kota Batu Sepuluh, Renstra 2025-2029, Rp in thousands. */
export function tc27BatuSepuluh(): BookW {
  const b = new BookW(
    "renstra-tc27-bappelitbangda-batu-sepuluh.xlsx",
    "T-C.27 Rencana program dan pendanaan (Bappelitbangda)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; 'Tahun - 1'..'Tahun - 5' over Target | Pagu Indikatif (years only in the title); kegiatan Rp as SUM formulas, program Rp = kegiatan; kondisi akhir Pagu as a SUM of the five years; Lokasi column at the right",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BATU SEPULUH",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
  ]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Renstra 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Pl[] = [
    {
      id: "p",
      kode: "5.01.03",
      ur: "PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH",
      ind: "Persentase usulan musrenbang kecamatan yang terakomodasi dalam RKPD",
      sat: "%",
      level: true,
      awal: 41.5,
      k: [44, 47, 50, 53, 56],
    },
    {
      id: "g",
      kode: "5.01.03.2.01",
      ur: "Koordinasi Perencanaan Pembangunan Daerah Lintas Sektor",
      ind: "Jumlah dokumen RKPD yang ditetapkan tepat waktu",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
    },
    {
      id: "s1",
      kode: "5.01.03.2.01.0002",
      ur: "Penyelenggaraan Musrenbang RKPD Tingkat Kecamatan dan Kota",
      ind: "Jumlah forum musrenbang yang difasilitasi",
      sat: "forum",
      level: false,
      awal: 7,
      k: [7, 7, 7, 7, 7],
      rp: [842_600, 884_700, 928_900, 975_400, 1_024_200],
    },
    {
      id: "s2",
      kode: "5.01.03.2.01.0005",
      ur: "Penjaringan dan Verifikasi Pokok-Pokok Pikiran DPRD",
      ind: "Persentase pokok pikiran DPRD yang terverifikasi melalui SIPD",
      sat: "%",
      level: true,
      awal: 72,
      k: [78, 82, 86, 90, 95],
      rp: [214_300, 225_000, 236_300, 248_100, 260_500],
    },
    {
      id: "s3",
      kode: "5.01.03.2.01.0007",
      ur: "Sinkronisasi Renja Perangkat Daerah dengan RKPD dan APBD",
      ind: "Jumlah laporan kesesuaian Renja-RKPD-APBD",
      sat: "laporan",
      level: false,
      awal: 2,
      k: [2, 2, 2, 2, 2],
      rp: [156_800, 164_600, 172_800, 181_500, 190_600],
    },
  ];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode Renstra";
  const ys = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program/Kegiatan/Sub Kegiatan"], num: 2, width: 36 },
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
    ...ys.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun - ${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun - ${y}`, "Pagu Indikatif"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Pagu Indikatif"], role: "anggaran", num: 17, fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 12 },
  ];
  // planted: kegiatan Rp of Tahun - 3 typed 1,383,000 (sub kegiatan give 1,338,000)
  const G3 = 1_383_000;
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
          // planted: the program's kondisi akhir K is the Tahun - 4 target 53 (Tahun - 5: 56)
          akK: p.id === "p" ? p.k[3] : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Perencanaan Makro",
          lok: "Kota Batu Sepuluh",
        };
        ys.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            out[`r${y}`] = y === 3 ? G3 : fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: target persentase bersifat kumulatif; kondisi akhir = target Tahun - 5."]);
  s.gap();
  signature(s, 14, {
    tempat: "Batu Sepuluh, 24 Februari 2025",
    jabatan: ["KEPALA BAPPELITBANGDA KOTA BATU SEPULUH"],
    nama: "Ir. FRANSISKA LIDIA AKUI, M.T.",
    nip: "19760114 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => ys.map((y) => a(`r${y}`, id)).join("+");
  const kk = (id: string) => ys.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kegiatan 5.01.03.2.01 Pagu Tahun - 3 is a typed 1,383,000 among SUM formulas; its sub kegiatan add up to 1,338,000",
    truth: `SUM(${a("r3", "s1")}:${a("r3", "s3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the program (a percentage) is 53, the Tahun - 4 target; the Tahun - 5 target is 56",
    truth: a("k5", "p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2"),
    trap: kk("s2"),
  });
  for (const id of ["g", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: kk(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
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
      truth: `"5.01.03.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
