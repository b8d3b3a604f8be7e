// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pendidikan on
// bahasa daerah and muatan lokal: kurikulum, buku ajar, kamus, guru bahasa daerah. All invented.
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

/** E.81 of the Dinas Pendidikan Kabupaten Pasir Kemuning (Jambi), s.d. Triwulan IV 2024. */
export function e81BahasaDaerah(): BookW {
  const b = new BookW(
    "e81-renja-2024-disdik-pasir-kemuning-bahasa-daerah.xlsx",
    "E.81 Evaluasi Renja (Disdik, muatan lokal)",
    "E.81 2024 with calendar years in the headers (Renstra akhir 2026, s.d. 2023, Renja 2024); three header rows: quarters grouped under one band; no No column; K | Rp pairs; number row over pairs; level row (% SD mengajarkan muatan lokal) above flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PASIR KEMUNING",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. Lintas Tengah Km. 7, Muara Kemuning",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA DINAS PENDIDIKAN TAHUN 2024 (s.d. TRIWULAN IV)",
    "Sasaran RKPD: meningkatnya pelestarian bahasa daerah melalui muatan lokal di sekolah",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.01.03.2.01.0001",
      ur: "Penyusunan Buku Ajar Muatan Lokal Bahasa Melayu Jambi",
      ind: "Jumlah judul buku ajar bahasa daerah yang diterbitkan",
      sat: "judul",
      level: false,
      k5: 24,
      k6: 11,
      k7: 5,
      q: [0, 1, 2, 2],
      r5: 1_850_000_000,
      r6: 812_400_000,
      r7: 365_000_000,
      rq: [0, 88_250_000, 131_600_000, 139_150_000],
    },
    {
      id: "s2",
      kode: "1.01.03.2.01.0003",
      ur: "Peningkatan Kompetensi Guru Pengampu Bahasa Daerah",
      ind: "Jumlah guru bahasa daerah yang dilatih",
      sat: "orang",
      level: false,
      k5: 400,
      k6: 210,
      k7: 80,
      q: [20, 25, 15, 22],
      r5: 2_400_000_000,
      r6: 1_180_500_000,
      r7: 520_000_000,
      rq: [96_400_000, 142_800_000, 118_350_000, 151_200_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.01.03.2.01",
    ur: "Penetapan Kurikulum Muatan Lokal Pendidikan Dasar",
    ind: "Jumlah dokumen kurikulum muatan lokal yang ditetapkan",
    sat: "dokumen",
    level: false,
    k5: 6,
    k6: 3,
    k7: 1,
    q: [0, 0, 1, 0],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.01.03",
    ur: "PROGRAM PENGEMBANGAN KURIKULUM",
    ind: "Persentase SD yang mengajarkan muatan lokal bahasa daerah",
    sat: "%",
    level: true,
    k5: 90,
    k6: 58.4,
    k7: 70,
    q: [61.2, 64.5, 67.9, 71.6],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + sum(e.rq)) / e.r5) * 100);
  const pair = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja dan Anggaran Renja Tahun 2024";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", ["Target Renstra s.d. Akhir Periode (2026)"], "5", "target", "anggaran"),
    ...pair("6", ["Realisasi Renstra s.d. Tahun 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "TW I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "TW II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "TW III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "TW IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", ["Realisasi Renja 2024"], "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", ["Realisasi Renstra s.d. 2024"], "13 = 6 + 12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", ["Capaian Renstra s.d. 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: guru dilatih (12) K typed 92; the quarters give 82
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
      ...Object.fromEntries(
        [8, 9, 10, 11].flatMap((n, i) => [
          [`k${n}`, e.q[i]],
          [`r${n}`, e.rq[i]],
        ]),
      ),
      k12: e.id === "s2" ? 92 : k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: e.r6 + sum(e.rq),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Pembinaan SD",
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
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata Capaian (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: {
          kode: "Predikat Kinerja",
          // planted: 71.48 is Sedang, written Tinggi
          k14: predikat(avgK) === "Tinggi" ? "Sedang" : "Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: indikator persentase (program) diisi kondisi TW IV, tidak dijumlahkan."]);
  s.gap();
  signature(s, 14, {
    tempat: "Muara Kemuning, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN"],
    nama: "Drs. H. ZULKIFLI ANWAR BATIN, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700318 199503 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 1.01.03.2.01.0003 is 92 guru; the quarters 20+25+15+22 give 82",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Tinggi' for a rata-rata capaian kinerja of 71.48; the band > 65 to 75 is Sedang",
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

/** T-C.27 of the Dinas Pendidikan Kabupaten Tana Lumbu (Sulawesi Selatan), Renstra 2025-2029, Rp in thousands. */
export function tc27BahasaDaerah(): BookW {
  const b = new BookW(
    "tc27-renstra-disdik-tana-lumbu-lontara.xlsx",
    "T-C.27 Rencana program dan pendanaan (Disdik, bahasa daerah)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; group headers written once (not merged); Tahun ke-1..5 > Target | Rp; kegiatan Rp = SUM of three sub kegiatan, program Rp = kegiatan; two % level rows, flows summed in kondisi akhir",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANA LUMBU", "DINAS PENDIDIKAN"]);
  s.lines([
    "Rencana Program, Kegiatan dan Pendanaan Dinas Pendidikan Kabupaten Tana Lumbu Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.01.03",
      ur: "PROGRAM PENGEMBANGAN KURIKULUM",
      ind: "Persentase satuan pendidikan dasar yang menerapkan muatan lokal bahasa Bugis/Makassar",
      sat: "%",
      level: true,
      awal: 52.3,
      k: [58, 63, 68, 74, 80],
    },
    {
      id: "g",
      kode: "1.01.03.2.01",
      ur: "Penetapan Kurikulum Muatan Lokal Pendidikan Dasar",
      ind: "Jumlah dokumen kurikulum muatan lokal yang dimutakhirkan",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 0, 1, 0, 1],
    },
    {
      id: "s1",
      kode: "1.01.03.2.01.0002",
      ur: "Penerbitan Kamus Bahasa Bugis-Indonesia Aksara Lontara",
      ind: "Jumlah kamus bahasa daerah yang dicetak",
      sat: "eksemplar",
      level: false,
      awal: 600,
      k: [1500, 1200, 1200, 1000, 1000],
      rp: [186_500, 152_300, 158_900, 134_200, 139_800],
    },
    {
      id: "s2",
      kode: "1.01.03.2.01.0004",
      ur: "Penyelenggaraan Lomba Bahasa dan Aksara Daerah Tingkat Kabupaten",
      ind: "Jumlah peserta didik peserta lomba bahasa daerah",
      sat: "orang",
      level: false,
      awal: 310,
      k: [350, 380, 410, 440, 470],
      rp: [94_000, 101_500, 108_200, 115_600, 122_900],
    },
    {
      id: "s3",
      kode: "1.01.03.2.01.0006",
      ur: "Pendampingan Penggunaan Buku Ajar Bahasa Daerah di Sekolah",
      ind: "Persentase SD yang menggunakan buku ajar bahasa daerah",
      sat: "%",
      level: true,
      awal: 40,
      k: [48, 55, 62, 70, 78],
      rp: [72_400, 76_000, 79_800, 83_800, 88_000],
    },
  ];
  const G = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program/Kegiatan/Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
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
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(4 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja Akhir Periode", "Target"],
      role: "kondisi-akhir",
      num: "16",
      fmt: DEC,
    },
    { key: "akR", head: ["Kondisi Kinerja Akhir Periode", "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "18" },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
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
          // planted: kamus kondisi akhir typed 4,900 (years 1-4 only); the five years give 5,900
          akK: p.level ? p.k[4] : p.id === "s1" ? sum(p.k.slice(0, 4)) : sum(p.k),
          lok: "Kabupaten",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 Rp sums two of its three sub kegiatan
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
  s.lines(["Keterangan: target persentase pada akhir periode = target tahun ke-5."]);
  s.gap();
  signature(s, 12, {
    tempat: "Bulu Lumbu, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN"],
    nama: "Dr. ANDI MAPPATUNRU DG. SIJA, M.Pd.",
    nip: "19750802 200012 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the kamus cetak (a flow) is 4,900 eksemplar, the first four years; the five years give 5,900",
    truth: ks("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 1.01.03.2.01 is =SUM over two sub kegiatan (267,100); with the pendampingan 79,800 it is 346,900",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  for (const id of ["p", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  b.ok({ sheet: S, cell: a("akK", "s2"), rules: ["kondisi-akhir-mismatch"], truth: ks("s2") });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
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
      truth: `"1.01.03.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
