// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two invented Dinas Koperasi
// dan UKM: koperasi aktif and sehat, RAT tepat waktu, UMKM naik kelas. Every name and number is invented.
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
  akhir: number;
  akhirRp: number;
  lalu: number;
  laluRp: number;
  tg: number;
  tgRp: number;
  q: number[];
  rq: number[];
};

/** E.81 of the Dinas Koperasi, UKM dan Perdagangan Kota Tanjung Seruni (Kalimantan Selatan), 2024. */
export function e81Koperasi(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-diskopukm-tanjung-seruni-2024.xlsx",
    "E.81 Evaluasi Renja (Diskop UKM)",
    "E.81 2024 with three header rows (Realisasi Kinerja pada Triwulan > I..IV > K | Rp), s.d. columns, number row with '11 = 7+8+9+10' and '13 = 12/5'; a level program row (% koperasi aktif) and flow rows; Rata-rata and Predikat footer rows; Keterangan column",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG SERUNI", "DINAS KOPERASI, USAHA KECIL MENENGAH DAN PERDAGANGAN"]);
  s.lines([
    "Tabel E.81 Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah Kota Tanjung Seruni",
    "Periode Pelaksanaan: Triwulan IV Tahun Anggaran 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.17.06.2.01.0002",
      ur: "Pendampingan Koperasi dalam Penyelenggaraan Rapat Anggota Tahunan",
      ind: "Jumlah koperasi yang didampingi menyelenggarakan RAT",
      sat: "koperasi",
      level: false,
      akhir: 600,
      akhirRp: 1_450_000_000,
      lalu: 342,
      laluRp: 812_750_000,
      tg: 130,
      tgRp: 285_000_000,
      q: [18, 52, 37, 26],
      rq: [31_250_000, 96_400_000, 74_800_000, 69_150_000],
    },
    {
      id: "s2",
      kode: "2.17.06.2.01.0004",
      ur: "Penilaian Kesehatan Koperasi Simpan Pinjam dan Unit Simpan Pinjam",
      ind: "Jumlah KSP/USP yang dinilai kesehatannya",
      sat: "unit",
      level: false,
      akhir: 240,
      akhirRp: 720_000_000,
      lalu: 131,
      laluRp: 402_300_000,
      tg: 48,
      tgRp: 146_500_000,
      q: [6, 14, 15, 11],
      rq: [12_600_000, 41_900_000, 44_350_000, 38_700_000],
    },
  ];
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.17.06.2.01",
    ur: "Pemberdayaan dan Perlindungan Koperasi yang Wilayah Keanggotaannya dalam Daerah Kota",
    ind: "Jumlah koperasi yang dibina",
    sat: "koperasi",
    level: false,
    akhir: 750,
    akhirRp: sum(subs.map((x) => x.akhirRp)),
    lalu: 431,
    laluRp: sum(subs.map((x) => x.laluRp)),
    tg: 165,
    tgRp: sum(subs.map((x) => x.tgRp)),
    q: [22, 58, 44, 31],
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.17.06",
    ur: "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI",
    ind: "Persentase koperasi aktif",
    sat: "%",
    level: true,
    akhir: 72,
    lalu: 61.8,
    tg: 66,
    q: [62.4, 63.9, 65.1, 66.7],
  };
  const rows = [prog, keg, ...subs];
  const kY = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const kS = (e: E) => (e.level ? kY(e) : e.lalu + kY(e));
  const rS = (e: E) => e.laluRp + sum(e.rq);
  const cK = (e: E) => round((kS(e) / e.akhir) * 100);
  const cR = (e: E) => round((rS(e) / e.akhirRp) * 100);
  const TW = "Realisasi Kinerja pada Triwulan";
  const kr = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "2",
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "3a", width: 9 },
    ...kr(
      "5",
      ["Target Renstra SKPD pada Tahun 2026 (Akhir Periode Renstra)"],
      "4",
      "target",
      "anggaran",
      2026,
    ),
    ...kr(
      "6",
      ["Realisasi Capaian Kinerja Renstra SKPD sampai dengan Renja SKPD Tahun 2023"],
      "5",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...kr(
      "7",
      ["Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan 2024"],
      "6",
      "target",
      "anggaran",
      2024,
    ),
    ...kr("t1", [TW, "I"], "7", "realisasi", "realisasi-anggaran", 2024),
    ...kr("t2", [TW, "II"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...kr("t3", [TW, "III"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...kr("t4", [TW, "IV"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...kr(
      "y",
      ["Realisasi Capaian Kinerja dan Anggaran Renja SKPD Tahun 2024"],
      "11 = 7+8+9+10",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...kr(
      "sd",
      ["Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun 2024"],
      "12 = 5 + 11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...kr(
      "c",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s/d Tahun 2024 (%)"],
      "13 = 12/4 x 100",
      "capaian",
      "capaian",
    ),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "14", width: 14 },
  ];
  // planted: sub kegiatan .0004's (11) K typed 56; its quarters add up to 46
  const KY_S2 = 56;
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (x) => ({
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.akhir,
      r5: e.akhirRp,
      k6: e.lalu,
      r6: e.laluRp,
      k7: e.tg,
      r7: e.tgRp,
      kt1: e.q[0],
      rt1: e.rq[0],
      kt2: e.q[1],
      rt2: e.rq[1],
      kt3: e.q[2],
      rt3: e.rq[2],
      kt4: e.q[3],
      rt4: e.rq[3],
      ky: e.id === "s2" ? KY_S2 : kY(e),
      ry: fx(["rt1", "rt2", "rt3", "rt4"].map((k) => x.a(k)).join("+")),
      ksd: e.id === "s2" ? e.lalu + KY_S2 : kS(e),
      rsd: fx(`${x.a("r6")}+${x.a("ry")}`),
      kc: e.id === "s2" ? round(((e.lalu + KY_S2) / e.akhir) * 100) : cK(e),
      rc: fx(`ROUND(${x.a("rsd")}/${x.a("r5")}*100,2)`),
      ket: e.level ? "posisi akhir tahun" : undefined,
    }),
  }));
  const kcs = rows.map((e) => (e.id === "s2" ? round(((e.lalu + KY_S2) / e.akhir) * 100) : cK(e)));
  const rcs = rows.map(cR);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja (%)",
          kc: fx(`ROUND(AVERAGE(${x.a("kc", "prog")}:${x.a("kc", "s2")}),2)`),
          rc: fx(`ROUND(AVERAGE(${x.a("rc", "prog")}:${x.a("rc", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: () => ({
          kode: "Predikat Kinerja",
          kc: predikat(round(sum(kcs) / 4)),
          // planted: "Rendah" for the Rp average (the band of the average is Sedang)
          rc: "Rendah",
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Laporan Realisasi Triwulanan Dinas Koperasi, UKM dan Perdagangan."]);
  s.gap();
  signature(s, 22, {
    tempat: "Tanjung Seruni, 17 Januari 2025",
    jabatan: ["Kepala Dinas Koperasi, UKM dan Perdagangan"],
    nama: "Hj. NORHAYATI RAHMADINA, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760421 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["t1", "t2", "t3", "t4"].map((n) => a(`${p}${n}`, id)).join("+");
  const avgR = round(sum(rcs) / 4);
  if (predikat(avgR) === "Rendah") throw new Error("the planted predikat must be wrong");
  b.plant({
    at: { sheet: S, cell: a("ky", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 11 K of sub kegiatan 2.17.06.2.01.0004 is 56; the quarters 6 + 14 + 15 + 11 give 46",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("rc", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the Rp Rata-rata (${avgR}) is 'Rendah'; the band is ${predikat(avgR)}`,
    truth: `PREDIKAT(${a("rc", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ky", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kt4", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("ksd", "prog"),
    rules: ["sum-mismatch"],
    truth: a("ky", "prog"),
    trap: `${a("k6", "prog")}+${a("ky", "prog")}`,
  });
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("ky", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("ksd", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("ky", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("ry", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("rc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rsd", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("kc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("ksd", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kc", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("kc", "avg")})`,
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

/** T-C.27 of the Dinas Koperasi dan UKM Kabupaten Batang Lumpo (Sumatera Barat), Renstra 2025-2029. */
export function tc27Koperasi(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-diskopukm-batang-lumpo.xlsx",
    "T-C.27 Rencana program dan pendanaan (Diskop UKM)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; header 'Target Kinerja Program dan Kerangka Pendanaan > Tahun ke-1 (2025) > Target | Rp'; no Satuan column (unit in the indicator text); kegiatan Rp =SUM of its sub kegiatan; program Rp = kegiatan; kondisi akhir K typed",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG LUMPO",
    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH",
    "Jl. Bundo Kanduang No. 7, Lubuk Lumpo",
  ]);
  s.lines([
    "RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF TAHUN 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.17.08",
      ur: "PROGRAM PENGEMBANGAN UMKM",
      ind: "Persentase UMKM naik kelas (%)",
      sat: "%",
      level: true,
      awal: 2.4,
      k: [2.8, 3.2, 3.6, 4.1, 4.5],
    },
    {
      id: "g",
      kode: "2.17.08.2.01",
      ur: "Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro (UMKM)",
      ind: "Jumlah UMKM binaan (unit)",
      sat: "unit",
      level: false,
      awal: 850,
      k: [900, 950, 1000, 1050, 1100],
    },
    {
      id: "s1",
      kode: "2.17.08.2.01.0001",
      ur: "Fasilitasi Pelatihan Kewirausahaan bagi Usaha Mikro",
      ind: "Jumlah peserta pelatihan kewirausahaan (orang)",
      sat: "orang",
      level: false,
      awal: 240,
      k: [260, 280, 300, 300, 320],
      rp: [612_400, 658_300, 707_600, 712_900, 765_200],
    },
    {
      id: "s2",
      kode: "2.17.08.2.01.0003",
      ur: "Fasilitasi Perizinan Berusaha UMKM melalui OSS (NIB)",
      ind: "Jumlah NIB usaha mikro yang terbit (NIB)",
      sat: "NIB",
      level: false,
      awal: 1_150,
      k: [1_300, 1_400, 1_500, 1_600, 1_700],
      rp: [184_500, 193_700, 203_400, 213_600, 224_300],
    },
    {
      id: "s3",
      kode: "2.17.07.2.01.0004",
      ur: "Pendampingan Peningkatan Omzet UMKM Binaan",
      ind: "Persentase UMKM binaan yang omzetnya naik (%)",
      sat: "%",
      level: true,
      awal: 38,
      k: [40, 43, 46, 49, 52],
      rp: [326_000, 342_300, 359_400, 377_400, 396_300],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program/Kegiatan/Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja (Satuan)"], role: "indikator", num: "3", width: 36 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "4",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(3 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(4 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "15", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "16", fmt: RP },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "17",
      width: 16,
    },
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
          awal: p.awal,
          // planted: the NIB flow's kondisi akhir is only the year-5 target (1,700); the five years give 7,500
          akK: p.id === "s2" ? p.k[4] : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang UMKM",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: indikator persentase pada kolom kondisi akhir diisi target tahun ke-5."]);
  s.gap();
  signature(s, 13, {
    tempat: "Lubuk Lumpo, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KOPERASI, USAHA KECIL DAN MENENGAH"],
    nama: "AFRIZAL DT. RANGKAYO BASA, S.E., M.Si.",
    nip: "19720930 199803 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the NIB sub kegiatan (a flow, NIB per year) is 1,700, the year-5 target; the five years give 7,500",
    truth: ks("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pendampingan Peningkatan Omzet UMKM Binaan is coded 2.17.07.2.01.0004 under kegiatan 2.17.08.2.01",
    truth: `"2.17.08.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["g", "s1"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["p", "g", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
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
      truth: `"2.17.08.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
