// The Renja evaluation (E.81) of the Bapenda Kota Rantau Sipora (Sumatera Barat) and the Renstra
// funding table (T-C.27) of the Bapenda Kabupaten Lembah Wailoa (Maluku): PBJT, pajak reklame,
// wajib pajak, tapping box and tunggakan. Every place, person and number is invented.
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

/** E.81 s.d. Triwulan IV 2024, calendar years in the header, Kinerja | Keuangan pairs. */
export function e81Bapenda(): BookW {
  const b = new BookW(
    "e81-bapenda-pbjt-tappingbox-rantau-sipora.xlsx",
    "E.81 Evaluasi Renja (Bapenda)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the group headers; Kinerja | Keuangan (Rp) pairs; number row per pair; program level row (% realisasi PAD) above flow kegiatan / sub kegiatan; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA RANTAU SIPORA",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Bagindo Aziz Chan No. 17, Rantau Sipora",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi Terhadap Hasil Renja Badan Pendapatan Daerah Kota Rantau Sipora",
    "Renstra Perangkat Daerah Tahun 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "5.02.04.2.02.0001",
      ur: "Pendataan dan Pendaftaran Objek Pajak Daerah",
      ind: "Jumlah wajib pajak PBJT baru yang terdaftar",
      sat: "WP",
      level: false,
      k5: 600,
      k6: 312,
      k7: 120,
      q: [24, 31, 38, 35],
      r5: 3_450_000_000,
      r6: 1_826_400_000,
      r7: 720_000_000,
      rq: [118_250_000, 176_400_000, 189_930_000, 221_600_000],
    },
    {
      id: "s2",
      kode: "5.02.04.2.02.0004",
      ur: "Pengawasan Penerimaan Pajak Daerah melalui Alat Perekam Transaksi",
      ind: "Jumlah tapping box yang terpasang pada WP PBJT",
      sat: "unit",
      level: false,
      k5: 250,
      k6: 118,
      k7: 60,
      q: [10, 15, 20, 12],
      r5: 5_800_000_000,
      r6: 2_913_500_000,
      r7: 1_250_000_000,
      rq: [204_700_000, 318_450_000, 352_100_000, 341_920_000],
    },
  ];
  const tot = (f: (e: Ev) => number) => sum(subs.map(f));
  const rq = [0, 1, 2, 3].map((i) => tot((e) => e.rq[i]));
  const keg: Ev = {
    id: "keg",
    kode: "5.02.04.2.02",
    ur: "Analisa dan Pengembangan Pajak Daerah, serta Penyusunan Kebijakan Pajak Daerah",
    ind: "Jumlah jenis pajak daerah yang dianalisis potensinya",
    sat: "jenis",
    level: false,
    k5: 20,
    k6: 10,
    k7: 4,
    q: [1, 1, 1, 1],
    r5: tot((e) => e.r5),
    r6: tot((e) => e.r6),
    r7: tot((e) => e.r7),
    rq,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "5.02.04",
    ur: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
    ind: "Persentase realisasi PAD terhadap target",
    sat: "%",
    level: true,
    k5: 95,
    k6: 88.4,
    k7: 92,
    q: [21.3, 46.8, 71.5, 96.2],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k6 + k12(e));
  const r13 = (e: Ev) => e.r6 + sum(e.rq);
  const pr = (
    key: string,
    g: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role: kr, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 7 },
    ...pr("5", "Target Renstra PD Tahun 2026", "5", "target", "anggaran"),
    ...pr(
      "6",
      "Realisasi Capaian Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pr("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pr("8", "Realisasi Triwulan I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pr("9", "Realisasi Triwulan II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pr("10", "Realisasi Triwulan III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pr("11", "Realisasi Triwulan IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pr(
      "12",
      "Realisasi Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pr(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pr("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: s1's (12) Rp typed 760,180,000 (the quarters give 706,180,000); s2's (14) K = 12/7 x 100
  const k14 = (e: Ev) => round(((e.id === "s2" ? k12(e) : k13(e)) / (e.id === "s2" ? e.k7 : e.k5)) * 100);
  const r14 = (e: Ev) => round((r13(e) / e.r5) * 100);
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
        [8, 9, 10, 11].flatMap((n, j) => [
          [`k${n}`, e.q[j]] as [string, number],
          [`r${n}`, e.rq[j]] as [string, number],
        ]),
      ),
      k12: k12(e),
      r12: e.id === "s1" ? 760_180_000 : sum(e.rq),
      k13: k13(e),
      r13: r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Pendataan dan Penetapan",
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
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: integrasi tapping box dengan aplikasi e-PBJT.",
    "Tindak lanjut: pendataan ulang WP restoran di kawasan kuliner pantai.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Rantau Sipora, 14 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH"],
    nama: "Drs. HENDRI SUTAN MALANO, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of 5.02.04.2.02.0001 is 760,180,000; the four quarters add up to 706,180,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s2") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of 5.02.04.2.02.0004 is 12/7 x 100 = 57/60 = 95.00 (Renja capaian); 13/5 x 100 = 175/250 = 70.00",
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
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
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "s2"])
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

/** T-C.27 of the Bapenda Kabupaten Lembah Wailoa (Maluku), Renstra 2025-2029, Rp in thousands. */
export function tc27Bapenda(): BookW {
  const b = new BookW(
    "tc27-bapenda-pajak-daerah-lembah-wailoa.xlsx",
    "T-C.27 Rencana program dan pendanaan (Bapenda)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..5 > Target | Rp; two kegiatan with SUM formulas, program Rp = kegiatan + kegiatan; kondisi akhir Rp formulas; Lokasi column at the end",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH WAILOA", "BADAN PENDAPATAN DAERAH"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Badan Pendapatan Daerah",
    "Renstra Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Pl[] = [
    {
      id: "p",
      kode: "5.02.04",
      ur: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      level: true,
      awal: 17.9,
      k: [18.5, 19.2, 20, 20.8, 21.5],
    },
    {
      id: "g1",
      kode: "5.02.04.2.01",
      ur: "Perencanaan Pengelolaan Pendapatan Daerah",
      ind: "Jumlah dokumen perencanaan pendapatan daerah",
      sat: "dokumen",
      level: false,
      awal: 2,
      k: [2, 2, 2, 2, 2],
    },
    {
      id: "s11",
      kode: "5.02.04.2.01.0002",
      ur: "Penyusunan Rencana dan Target Pajak Daerah per Jenis Pajak",
      ind: "Jumlah dokumen target PBJT dan pajak reklame",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [185_400, 194_700, 204_400, 214_600, 225_300],
    },
    {
      id: "g2",
      kode: "5.02.04.2.02",
      ur: "Analisa dan Pengembangan Pajak Daerah, serta Penyusunan Kebijakan Pajak Daerah",
      ind: "Persentase WP PBJT yang terdata dalam basis data pajak",
      sat: "%",
      level: true,
      awal: 72,
      k: [76, 80, 84, 88, 92],
    },
    {
      id: "s21",
      kode: "5.02.04.2.02.0001",
      ur: "Pendataan dan Pendaftaran WP PBJT dan Pajak Reklame",
      ind: "Jumlah WP baru yang terdaftar",
      sat: "WP",
      level: false,
      awal: 140,
      k: [150, 160, 170, 180, 190],
      rp: [412_800, 433_500, 455_100, 477_900, 501_800],
    },
    {
      id: "s22",
      kode: "5.02.04.2.02.0004",
      ur: "Pemasangan dan Pemantauan Alat Perekam Transaksi (Tapping Box)",
      ind: "Persentase WP PBJT yang terpasang tapping box",
      sat: "%",
      level: true,
      awal: 28,
      k: [35, 45, 55, 65, 75],
      rp: [640_000, 672_000, 705_600, 740_900, 778_000],
    },
    {
      id: "s23",
      kode: "5.02.03.2.02.0006",
      ur: "Penagihan Tunggakan Pajak Reklame dan PBJT",
      ind: "Jumlah surat paksa penagihan tunggakan yang diterbitkan",
      sat: "surat",
      level: false,
      awal: 110,
      k: [120, 120, 130, 130, 140],
      rp: [96_500, 101_300, 106_400, 111_700, 117_300],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...Y.flatMap((y): Col[] => [
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
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19" },
  ];
  const kids: Record<string, [string, string]> = { g1: ["s11", "s11"], g2: ["s21", "s23"] };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the program's kondisi akhir K is the Tahun ke-4 target 20.8
          akK: p.id === "p" ? 20.8 : p.level ? p.k[4] : sum(p.k),
          akR: fx(Y.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Bidang Pajak Daerah",
          lok: "Kabupaten Lembah Wailoa",
        };
        Y.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          const r = `r${y}`;
          if (p.rp) out[r] = p.rp[y - 1];
          else if (kids[p.id]) out[r] = fx(`SUM(${x.a(r, kids[p.id][0])}:${x.a(r, kids[p.id][1])})`);
          else out[r] = fx(`${x.a(r, "g1")}+${x.a(r, "g2")}`);
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase dan rasio = target tahun ke-5; indikator jumlah = akumulasi.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Wailoa, 24 Februari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KABUPATEN LEMBAH WAILOA"],
    nama: "ABRAHAM J. LATUPEIRISSA, S.E., M.Si.",
    nip: "19760904 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (p: string, id: string) => Y.map((y) => a(`${p}${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the rasio PAD (a level) is 20.80, the Tahun ke-4 target; the Tahun ke-5 target is 21.50",
    truth: a("k5", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s23") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Penagihan Tunggakan is coded 5.02.03.2.02.0006 under kegiatan 5.02.04.2.02",
    truth: `"5.02.04.2.02"`,
    actual: `PARENT(${a("kode", "s23")})`,
  });
  for (const id of ["g2", "s22"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yrs("k", id),
    });
  for (const id of ["g1", "s21"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrs("k", id),
      trap: a("k5", id),
    });
  for (const id of ["p", "g2", "s22", "s23"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("r", id),
    });
  for (const y of [1, 4])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: ["s21", "s22", "s23"].map((id) => a(`r${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("r3", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("r3", "s11")}+${a("r3", "s21")}+${a("r3", "s22")}+${a("r3", "s23")}`,
  });
  for (const id of ["s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"5.02.04.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
