// The Renja evaluation (E.81) of the Badan Kesbangpol Kabupaten Lembah Sariak (Sumatera Barat) and the
// Renstra funding table (T-C.27) of the Badan Kesbangpol Kota Tanjung Keramat (Kalimantan Barat):
// ormas, kewaspadaan dini and konflik sosial. Every name and number is invented.
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

/** E.81 of the Kesbangpol Lembah Sariak, s.d. Triwulan IV 2024, calendar-year headers, three header rows. */
export function e81Kesbangpol(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-kesbangpol-lembah-sariak.xlsx",
    "E.81 Evaluasi Renja (Kesbangpol)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026, calendar years in the headers, no No column; three header rows (Realisasi per Triwulan > I..IV > K | Rp); number row merged over pairs; a level row (% ormas tertib administrasi) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIAK",
    "BADAN KESATUAN BANGSA DAN POLITIK",
    "Jl. Bagindo Aziz Chan No. 7 Nagari Sariak Gadang",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Badan Kesbangpol Kabupaten Lembah Sariak",
    "Periode pelaksanaan s.d. Triwulan IV Tahun 2024 (Renstra Perangkat Daerah 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "8.01.04.2.01.0001",
      ur: "Pelaksanaan Kebijakan Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan",
      ind: "Jumlah ormas yang mengikuti pembinaan dan pengawasan",
      sat: "ormas",
      level: false,
      k5: 250,
      k6: 140,
      k7: 50,
      q: [10, 12, 15, 13],
      r5: 1_450_000_000,
      r6: 860_250_000,
      r7: 295_000_000,
      rq: [48_300_000, 71_950_000, 82_400_000, 88_120_000],
    },
    {
      id: "s2",
      kode: "8.01.04.2.01.0003",
      ur: "Fasilitasi Pendaftaran dan Verifikasi Keberadaan Ormas",
      ind: "Jumlah dokumen verifikasi keberadaan ormas",
      sat: "dokumen",
      level: false,
      k5: 100,
      k6: 58,
      k7: 20,
      q: [4, 6, 5, 6],
      r5: 520_000_000,
      r6: 301_400_000,
      r7: 104_500_000,
      rq: [15_200_000, 27_850_000, 29_100_000, 30_475_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "8.01.04.2.01",
    ur: "Perumusan Kebijakan Teknis dan Pelaksanaan Pemberdayaan dan Pengawasan Ormas",
    ind: "Jumlah ormas yang diberdayakan",
    sat: "ormas",
    level: false,
    k5: 300,
    k6: 168,
    k7: 60,
    q: [12, 15, 18, 16],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "8.01.04",
    ur: "PROGRAM PEMBERDAYAAN DAN PENGAWASAN ORGANISASI KEMASYARAKATAN",
    ind: "Persentase ormas yang aktif dan tertib administrasi",
    sat: "%",
    level: true,
    k5: 80,
    k6: 68.5,
    k7: 74,
    q: [69.2, 70.8, 72.5, 75.1],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r13 = (e: E) => e.r6 + sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round((r13(e) / e.r5) * 100);
  const pair = (
    key: string,
    path: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...path, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...path, "Rp"], role: rrole, year, num, fmt: RP, width: 15 },
  ];
  const TW = "Realisasi Kinerja dan Anggaran Renja Tahun 2024 per Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", ["Target Renstra PD Tahun 2026 (akhir periode)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Renstra s.d. Renja Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", ["Realisasi Renja Tahun 2024"], "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "13",
      ["Realisasi Renstra s.d. Tahun 2024"],
      "13 = 6+12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", ["Capaian Renstra s.d. Tahun 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  // planted: (12) K of sub kegiatan .0003 typed 24; the quarters give 21
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
        [0, 1, 2, 3].flatMap((i) => [
          [`k${8 + i}`, e.q[i]],
          [`r${8 + i}`, e.rq[i]],
        ]),
      ),
      k12: e.id === "s2" ? 24 : k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Ideologi, Wawasan Kebangsaan dan Ormas",
    },
  }));
  const avgR = round(sum(rows.map(r14)) / 4);
  const avgK = round(sum(rows.map(k14)) / 4);
  // planted: the Rp predikat says Sangat Tinggi; the average is in the > 75 band (Tinggi)
  const wrongR = predikat(avgR) === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi";
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
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: { kode: "Predikat Kinerja", k14: predikat(avgK), r14: wrongR },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: capaian indikator persentase dihitung dari nilai Triwulan IV (bukan penjumlahan triwulan).",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sariak Gadang, 17 Januari 2025",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "KABUPATEN LEMBAH SARIAK"],
    nama: "H. ZULHENDRI DATUAK PANGULU, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720311 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 8.01.04.2.01.0003 is 24; the quarters 4+6+5+6 give 21",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the Rp Rata-rata ${avgR} is '${wrongR}'; the > 75 - 90 band is '${predikat(avgR)}'`,
    truth: `PREDIKAT(${a("r14", "avg")})`,
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
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const k of ["r5", "r6", "r7"])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  lok?: string;
};

/** T-C.27 of the Kesbangpol Tanjung Keramat, Renstra 2025-2029, Rp in thousands, unmerged group headers. */
export function tc27Kesbangpol(): BookW {
  const b = new BookW(
    "tc27-renstra-kesbangpol-tanjung-keramat.xlsx",
    "T-C.27 Rencana program dan pendanaan (Kesbangpol)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; group headers written once (not merged); 'Tahun ke-1 (2025)'..; second program indicator without a code; kegiatan Rp as SUM of the sub kegiatan, program Rp = kegiatan; Lokasi column after the penanggung jawab",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG KERAMAT", "BADAN KESATUAN BANGSA DAN POLITIK"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan, Indikator Kinerja dan Pendanaan Indikatif",
    "Badan Kesbangpol Kota Tanjung Keramat Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "8.01.06",
      ur: "PROGRAM PENINGKATAN KEWASPADAAN NASIONAL DAN PENINGKATAN KUALITAS DAN FASILITASI PENANGANAN KONFLIK SOSIAL",
      ind: "Persentase potensi konflik sosial yang tertangani",
      sat: "%",
      level: true,
      awal: 82,
      k: [84, 86, 88, 90, 92],
    },
    {
      id: "p2",
      ind: "Persentase konflik sosial yang berulang (semakin kecil semakin baik)",
      sat: "%",
      level: true,
      awal: 9.5,
      k: [8.5, 7.5, 6.5, 5.5, 4.5],
    },
    {
      id: "g",
      kode: "8.01.06.2.01",
      ur: "Perumusan Kebijakan Teknis di Bidang Kewaspadaan Nasional dan Penanganan Konflik Sosial",
      ind: "Jumlah dokumen rencana aksi terpadu penanganan konflik sosial",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
    },
    {
      id: "s1",
      kode: "8.01.06.2.01.0001",
      ur: "Pelaksanaan Kebijakan Kewaspadaan Dini dan Kerja Sama Intelijen (FKDM)",
      ind: "Jumlah laporan deteksi dini Forum Kewaspadaan Dini Masyarakat",
      sat: "laporan",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [385_400, 404_700, 424_900, 446_100, 468_400],
      lok: "6 kecamatan",
    },
    {
      id: "s2",
      kode: "8.01.06.2.01.0002",
      ur: "Pelaksanaan Kebijakan Penanganan Konflik Sosial Tim Terpadu",
      ind: "Jumlah rapat koordinasi tim terpadu penanganan konflik sosial",
      sat: "kali",
      level: false,
      awal: 6,
      k: [8, 8, 8, 8, 8],
      rp: [212_300, 222_900, 234_100, 245_800, 258_100],
      lok: "Kota Tanjung Keramat",
    },
    {
      id: "s3",
      kode: "8.01.06.2.01.0004",
      ur: "Pencegahan Konflik Sosial melalui Kearifan Lokal dan Tokoh Adat",
      ind: "Persentase kelurahan rawan konflik yang memiliki kesepakatan damai",
      sat: "%",
      level: true,
      awal: 32,
      k: [40, 50, 60, 70, 80],
      rp: [148_000, 155_400, 163_200, 171_300, 179_900],
      lok: "14 kelurahan rawan",
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD (2029)";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: "6", fmt: DEC },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${6 + 2 * y}`,
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
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20", width: 16 },
  ];
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
          no: p.kode ? ++no : undefined,
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir of sub kegiatan .0004 (a %) typed 70 (the year-4 target); year 5 is 80
          akK: p.id === "s3" ? 70 : p.level ? p.k[4] : sum(p.k),
          pj: p.id === "p2" ? undefined : "Badan Kesbangpol",
          lok: p.lok,
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.id === "p2") return;
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the kegiatan's Tahun ke-3 Rp sums one row short (s1:s2 leaves out .0004)
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        if (p.id !== "p2") out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
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
    tempat: "Tanjung Keramat, 24 Februari 2025",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "KOTA TANJUNG KERAMAT"],
    nama: "Drs. ABANG SYARIF HAMDANI, M.AP.",
    nip: "19700804 199203 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const subsum = (y: number) => ["s1", "s2", "s3"].map((id) => a(`r${y}`, id)).join("+");
  const k5sum = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the % kesepakatan damai (sub kegiatan 8.01.06.2.01.0004) is 70, the year-4 target; the year-5 (2029) target is 80",
    truth: a("k5", "s3"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 8.01.06.2.01 Tahun ke-3 Rp is =SUM over two sub kegiatan (659,000); the three give 822,200",
    truth: subsum(3),
  });
  for (const id of ["p", "p2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: k5sum(id),
    });
  for (const id of ["g", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: k5sum(id),
      trap: id === "s1" || id === "g" ? a("k5", id) : undefined,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subsum(y) });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"8.01.06.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
