// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Perumahan dan
// Kawasan Permukiman: RTLH (BSPS pendamping), kawasan kumuh, PSU perumahan. All names and numbers invented.
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
  kq: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the Disperkim Kota Sungai Rawa (Kalimantan Selatan), Renja 2024 in Renstra 2021-2026. */
export function e81Perkim(): BookW {
  const b = new BookW(
    "e81-renja-2024-disperkim-sungai-rawa.xlsx",
    "E.81 Evaluasi Renja (Disperkim)",
    "E.81 Renja 2024, calendar years in the header, Kinerja | Keuangan (Rp) pairs, no No column, an extra Tingkat Capaian Renja (12/7) column, number row with '13 = 6 + 12'; a level row (% rumah layak huni) above flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SUNGAI RAWA",
    "DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN",
    "Jl. Pangeran Antasari Km. 4,5 Sungai Rawa",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Kota Sungai Rawa",
    "Renstra 2021-2026, Realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "1.04.02.2.02.0003",
    ur: "Rehabilitasi Rumah Tidak Layak Huni Pendamping BSPS",
    ind: "Jumlah RTLH yang diperbaiki",
    sat: "unit",
    level: false,
    k5: 750,
    k6: 402,
    k7: 160,
    kq: [18, 44, 61, 37],
    r5: 14_250_000_000,
    r6: 7_811_400_000,
    r7: 3_040_000_000,
    rq: [312_500_000, 846_200_000, 1_158_750_000, 688_300_000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "1.04.02.2.02.0004",
    ur: "Pendataan dan Verifikasi Calon Penerima Bantuan RTLH",
    ind: "Jumlah dokumen data RTLH terverifikasi",
    sat: "dokumen",
    level: false,
    k5: 30,
    k6: 17,
    k7: 6,
    kq: [1, 2, 2, 1],
    r5: 1_380_000_000,
    r6: 766_250_000,
    r7: 286_000_000,
    rq: [41_600_000, 88_900_000, 79_350_000, 70_150_000],
  };
  const add = (k: "r5" | "r6" | "r7") => s1[k] + s2[k];
  const rq = [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]);
  const keg: Ev = {
    id: "keg",
    kode: "1.04.02.2.02",
    ur: "Pembangunan dan Rehabilitasi Rumah bagi Masyarakat Berpenghasilan Rendah",
    ind: "Jumlah rumah tangga MBR yang menerima perbaikan rumah",
    sat: "KK",
    level: false,
    k5: 750,
    k6: 402,
    k7: 160,
    kq: [18, 44, 61, 37],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "1.04.02",
    ur: "PROGRAM PENGEMBANGAN PERUMAHAN",
    ind: "Persentase rumah layak huni",
    sat: "%",
    level: true,
    k5: 92,
    k6: 86.4,
    k7: 88.5,
    kq: [86.7, 87.2, 87.9, 88.6],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: Ev) => (e.level ? e.kq[3] : sum(e.kq));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: Ev) => sum(e.rq);
  const r13 = (e: Ev) => e.r6 + r12(e);
  const k14 = (e: Ev) => round((k13(e) / e.k5) * 100);
  const r14 = (e: Ev) => round((r13(e) / e.r5) * 100);
  const pr = (
    key: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome)/Kegiatan (Output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pr("5", "Target Renstra PD Tahun 2026", "5", "target", "anggaran"),
    ...pr(
      "6",
      "Realisasi Capaian Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pr("7", "Target Renja PD Tahun 2024", "7", "target", "anggaran", 2024),
    ...pr("8", "Realisasi Triwulan I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pr("9", "Realisasi Triwulan II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pr("10", "Realisasi Triwulan III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pr("11", "Realisasi Triwulan IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pr(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pr("c", "Tingkat Capaian Renja 2024 (%)", "12/7 x 100", "capaian", "capaian", 2024),
    ...pr(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pr(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: (12) K of the RTLH sub kegiatan typed 170; the quarters give 160
  const K12S1 = 170;
  // planted: (13) Rp of the kegiatan typed with two digits swapped
  const R13KEG = 11_836_400_000;
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
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
      k8: e.kq[0],
      r8: e.rq[0],
      k9: e.kq[1],
      r9: e.rq[1],
      k10: e.kq[2],
      r10: e.rq[2],
      k11: e.kq[3],
      r11: e.rq[3],
      k12: e.id === "s1" ? K12S1 : k12(e),
      r12: r12(e),
      kc: round((k12(e) / e.k7) * 100),
      rc: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.id === "keg" ? R13KEG : r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Perumahan",
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
        span: ["kode", "ind"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "ind"],
        cells: { kode: "Predikat Kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: sinergi BSPS Kementerian PUPR dengan APBD Kota untuk RTLH.",
    "Tindak lanjut: percepatan verifikasi calon penerima pada triwulan I.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Sungai Rawa, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN RAKYAT", "DAN KAWASAN PERMUKIMAN"],
    nama: "H. AHMAD RIFANI NOOR, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760318 200212 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 1.04.02.2.02.0003 (RTLH diperbaiki, a flow) is 170; the four quarters give 18+44+61+37 = 160",
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "keg") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of kegiatan 1.04.02.2.02 is 11,836,400,000; 6 + 12 = 8,577,650,000 + 3,285,750,000 = 11,863,400,000 (digits swapped)",
    truth: `${a("r6", "keg")}+${a("r12", "keg")}`,
  });
  // traps: the level row
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
  for (const id of ["keg", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "keg", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("kc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
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

/** T-C.27 of the Dinas Perkim Kabupaten Batang Lampu (Sumatera Barat), Renstra 2025-2029, Rp 000. */
export function tc27Perkim(): BookW {
  const b = new BookW(
    "tc27-renstra-perkim-batang-lampu.xlsx",
    "T-C.27 Rencana program dan pendanaan (Perkim)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; calendar years over K | Rp; a Sasaran column merged down; kegiatan Rp = SUM of sub kegiatan, program = kegiatan; kondisi akhir Rp = SUM of the years; Lokasi column; JUMLAH row",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG LAMPU", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "Rencana Program, Kegiatan dan Pendanaan Dinas Perumahan dan Kawasan Permukiman 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: Pl[] = [
    {
      id: "p",
      kode: "1.04.04",
      ur: "PROGRAM PENANGANAN KAWASAN PERMUKIMAN KUMUH",
      ind: "Persentase luas kawasan kumuh yang tertangani",
      sat: "%",
      level: true,
      awal: 38.6,
      k: [47, 56, 65, 74, 82],
    },
    {
      id: "g",
      kode: "1.04.04.2.01",
      ur: "Penataan Kawasan Permukiman Kumuh dengan Luas di Bawah 10 ha",
      ind: "Luas kawasan kumuh yang ditangani",
      sat: "ha",
      level: false,
      awal: 6.4,
      k: [7.5, 7.5, 7.2, 6.8, 6],
    },
    {
      id: "s1",
      kode: "1.04.04.2.01.0001",
      ur: "Peningkatan Jalan Lingkungan Kawasan Kumuh",
      ind: "Panjang jalan lingkungan yang ditingkatkan",
      sat: "meter",
      level: false,
      awal: 2_150,
      k: [2_400, 2_400, 2_300, 2_200, 2_000],
      rp: [1_842_600, 1_905_300, 1_874_800, 1_816_000, 1_702_500],
    },
    {
      id: "s2",
      kode: "1.04.04.2.01.0002",
      ur: "Pembangunan Drainase Lingkungan Kawasan Kumuh",
      ind: "Panjang saluran drainase yang dibangun",
      sat: "meter",
      level: false,
      awal: 1_300,
      k: [1_500, 1_500, 1_400, 1_400, 1_200],
      rp: [1_265_400, 1_318_900, 1_287_300, 1_302_600, 1_176_800],
    },
    {
      id: "s3",
      kode: "1.04.04.2.01.0003",
      ur: "Penyediaan Sanitasi Komunal Kawasan Kumuh",
      ind: "Persentase KK di kawasan kumuh dengan akses sanitasi layak",
      sat: "%",
      level: true,
      awal: 61.2,
      k: [66, 71, 76, 81, 86],
      rp: [684_500, 712_300, 738_600, 761_200, 790_400],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program/Kegiatan/Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "6",
      fmt: DEC,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${y}`, head: [TK, String(y), "K"], role: "target", year: y, num: String(7 + 2 * i), fmt: DEC },
      {
        key: `r${y}`,
        head: [TK, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: String(8 + 2 * i),
        fmt: RP,
      },
    ]),
    { key: "akK", head: ["Kondisi Kinerja Akhir Renstra", "K"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: ["Kondisi Kinerja Akhir Renstra", "Rp"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 14 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((p): Row => ({
        id: p.id,
        bold: !p.rp,
        cells: (x) => {
          const out: Record<string, ReturnType<typeof fx> | number | string> = {
            akR: fx(Y.map((y) => x.a(`r${y}`)).join("+")),
            sas: "Berkurangnya luas kawasan permukiman kumuh",
            kode: p.kode,
            ur: p.ur,
            ind: p.ind,
            sat: p.sat,
            awal: p.awal,
            // planted: the kegiatan's kondisi akhir (ha ditangani, a flow) is the 2029 target, not the sum
            akK: p.level || p.id === "g" ? p.k[4] : sum(p.k),
            pj: "Bidang Kawasan Permukiman",
            lok: "Kec. Lubuk Sikai, Kec. Batang Hilir",
          };
          Y.forEach((y, i) => {
            out[`k${y}`] = p.k[i];
            if (p.rp) out[`r${y}`] = p.rp[i];
            else if (p.id === "g")
              // planted: the 2027 SUM stops one row short (leaves out the sanitasi sub kegiatan)
              out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 2027 ? "s2" : "s3")})`);
            else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
          });
          return out;
        },
      })),
      {
        id: "j",
        span: ["sas", "awal"],
        bold: true,
        cells: (x) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { sas: "JUMLAH" };
          for (const y of Y) out[`r${y}`] = fx(x.a(`r${y}`, "p"));
          out.akR = fx(x.a("akR", "p"));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Keterangan: kondisi akhir K untuk indikator persentase = target tahun 2029."]);
  s.gap();
  signature(s, 14, {
    tempat: "Lubuk Sikai, 10 Maret 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN DAN", "KAWASAN PERMUKIMAN"],
    nama: "Ir. DEDI SYAFRIZAL DT. RAJO NAN PUTIAH",
    nip: "19730905 199903 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  const subs = (y: number) => ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r2027", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 1.04.04.2.01 Rp 2027 is =SUM over the first two sub kegiatan (3,162,100); with the sanitasi 738,600 it is 3,900,700",
    truth: subs(2027),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "g") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Luas kawasan kumuh yang ditangani' (ha per year, a flow) is the 2029 target 6.00; the five years add up to 35.00",
    truth: ks("g"),
  });
  for (const id of ["p", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: ks(id),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k2029", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [2025, 2026, 2028, 2029])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subs(y) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.04.04.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
