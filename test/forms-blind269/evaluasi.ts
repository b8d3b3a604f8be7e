// The Renja evaluation (E.81) of the Bagian Hukum Setda Kabupaten Batu Kendeng (Jawa Timur) and the
// Renstra funding table (T-C.27) of the Bagian Hukum Setda Kota Tanjung Rawai (Kalimantan Barat):
// produk hukum daerah, harmonisasi, JDIH and bantuan hukum. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, sum, type Col } from "../forms/kit";

type E = {
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

/** E.81 of the Bagian Hukum Setda Batu Kendeng, s.d. Triwulan IV 2024 (Renstra 2021-2026). */
export function e81Hukum(): BookW {
  const b = new BookW(
    "e81-renja-bagian-hukum-setda-batu-kendeng.xlsx",
    "E.81 Evaluasi Renja (Bagian Hukum)",
    "E.81 s.d. TW IV 2024, calendar years in the headers, Kinerja | Keuangan (Rp) pairs, no No column, no penanggung jawab; program row a level (% produk hukum tepat waktu); Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATU KENDENG", "SEKRETARIAT DAERAH - BAGIAN HUKUM"]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Batu Kendeng",
    "Renstra 2021-2026, periode pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "4.01.02.2.03.0001",
      ur: "Fasilitasi Penyusunan dan Harmonisasi Produk Hukum Daerah",
      ind: "Jumlah rancangan produk hukum daerah yang diharmonisasi",
      sat: "dokumen",
      level: false,
      k: [540, 280, 95],
      q: [20, 24, 23, 28],
      rp: [4_800_000_000, 2_610_400_000, 905_000_000],
      rq: [142_350_000, 236_800_000, 214_150_000, 268_900_000],
    },
    {
      id: "s2",
      kode: "4.01.02.2.03.0004",
      ur: "Pengelolaan Jaringan Dokumentasi dan Informasi Hukum (JDIH)",
      ind: "Jumlah dokumen hukum yang dipublikasikan di JDIH",
      sat: "dokumen",
      level: false,
      k: [720, 410, 130],
      q: [30, 35, 28, 41],
      rp: [1_950_000_000, 1_020_750_000, 342_000_000],
      rq: [61_200_000, 84_450_000, 79_300_000, 101_800_000],
    },
  ];
  const tot = (f: (e: E) => number) => sum(subs.map(f));
  const rp: [number, number, number] = [tot((e) => e.rp[0]), tot((e) => e.rp[1]), tot((e) => e.rp[2])];
  const rq = [0, 1, 2, 3].map((i) => tot((e) => e.rq[i]));
  const keg: E = {
    id: "keg",
    kode: "4.01.02.2.03",
    ur: "Fasilitasi dan Koordinasi Hukum",
    ind: "Jumlah produk hukum daerah yang ditetapkan dan diundangkan",
    sat: "dokumen",
    level: false,
    k: [600, 310, 105],
    q: [22, 27, 25, 31],
    rp,
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "4.01.02",
    ur: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
    ind: "Persentase produk hukum daerah yang ditetapkan tepat waktu",
    sat: "%",
    level: true,
    k: [95, 88, 90],
    q: [84, 86.5, 89, 91.2],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r13 = (e: E) => e.rp[1] + sum(e.rq);
  const r14 = (e: E) => round((r13(e) / e.rp[0]) * 100);
  const pair = (
    n: string,
    g: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
    num?: string,
  ): Col[] => [
    { key: `k${n}`, head: [g, "Kinerja"], role: kr, year, num: num ?? n, fmt: DEC, width: 10 },
    { key: `r${n}`, head: [g, "Keuangan (Rp)"], role: rr, year, num: num ?? n, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    ...pair("5", "Target Renstra Akhir Periode (2026)", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. 2023", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja 2024", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV 2024", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja 2024", "realisasi", "realisasi-anggaran", 2024, "12 = 8+9+10+11"),
    ...pair("13", "Realisasi Renstra s.d. 2024", "realisasi", "realisasi-anggaran", 2024, "13 = 6+12"),
    ...pair("14", "Capaian Renstra s.d. 2024 (%)", "capaian", "capaian", undefined, "14 = 13/5 x 100"),
  ];
  // planted: (12) Rp of the JDIH sub kegiatan typed 362,750,000; the quarters give 326,750,000
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...rows.map((e) => ({
        id: e.id,
        bold: e.id === "prog",
        cells: {
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
            [0, 1, 2, 3].flatMap((i) => [
              [`k${8 + i}`, e.q[i]],
              [`r${8 + i}`, e.rq[i]],
            ]),
          ),
          k12: k12(e),
          r12: e.id === "s2" ? 362_750_000 : sum(e.rq),
          k13: k13(e),
          r13: r13(e),
          k14: k14(e),
          r14: r14(e),
        },
      })),
      {
        id: "avg",
        span: ["kode", "ind"] as [string, string],
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan realisasi anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "ind"] as [string, string],
        cells: () => {
          const pk = predikat(round(sum(rows.map(k14)) / 4));
          return {
            kode: "Predikat kinerja",
            // planted: one band too high
            k14: pk === "Tinggi" ? "Sangat Tinggi" : "Tinggi",
            r14: predikat(round(sum(rows.map(r14)) / 4)),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: indikator persentase diukur pada posisi akhir triwulan (tidak dijumlahkan)."]);
  s.gap();
  signature(s, 20, {
    tempat: "Kendeng Wetan, 14 Januari 2025",
    jabatan: ["KEPALA BAGIAN HUKUM", "SEKRETARIAT DAERAH KABUPATEN BATU KENDENG"],
    nama: "RATNA DEWI PALUPI, S.H., M.H.",
    pangkat: "Pembina (IV/a)",
    nip: "19780321 200312 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "(12) Keuangan of sub kegiatan 4.01.02.2.03.0004 (JDIH) is 362,750,000; the four quarters add up to 326,750,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for a rata-rata capaian kinerja of 77.54; the band > 75-90 is Tinggi",
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
  b.ok({ sheet: S, cell: a("r12", "s1"), rules: ["sum-mismatch"], truth: q("r", "s1") });
  for (const id of ["prog", "keg", "s1", "s2"])
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

/** T-C.27 of the Bagian Hukum Setda Kota Tanjung Rawai, Renstra 2025-2029, Rp in thousands. */
export function tc27Hukum(): BookW {
  const b = new BookW(
    "tc27-pendanaan-bagian-hukum-tanjung-rawai.xlsx",
    "T-C.27 Rencana program dan pendanaan (Bagian Hukum)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; Tahun ke-1..5 > Target | Rp, group headers written once (not merged); kegiatan Rp = SUM of sub kegiatan; kondisi akhir K typed, Rp as a formula",
  );
  const S = "TC-27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG RAWAI", "SEKRETARIAT DAERAH"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Bagian Hukum Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  type P = {
    id: string;
    kode: string;
    ur: string;
    ind: string;
    sat: string;
    awal: number;
    k: number[];
    rp?: number[];
    level: boolean;
  };
  const rows: P[] = [
    {
      id: "p",
      kode: "4.01.02",
      ur: "Program Pemerintahan dan Kesejahteraan Rakyat",
      ind: "Persentase perda yang diundangkan tepat waktu",
      sat: "%",
      awal: 81.5,
      k: [84, 87, 90, 92.5, 95],
      level: true,
    },
    {
      id: "g",
      kode: "4.01.02.2.03",
      ur: "Fasilitasi dan Koordinasi Hukum",
      ind: "Jumlah produk hukum daerah yang ditetapkan",
      sat: "dokumen",
      awal: 118,
      k: [120, 124, 126, 130, 132],
      level: false,
    },
    {
      id: "s1",
      kode: "4.01.02.2.03.0001",
      ur: "Penyusunan dan Harmonisasi Rancangan Peraturan Daerah dan Peraturan Wali Kota",
      ind: "Jumlah rancangan perda dan perwa yang diharmonisasi",
      sat: "dokumen",
      awal: 38,
      k: [40, 42, 44, 46, 48],
      rp: [1_284_600, 1_348_800, 1_416_300, 1_487_100, 1_561_400],
      level: false,
    },
    {
      id: "s2",
      kode: "4.01.02.2.03.0003",
      ur: "Pelaksanaan Bantuan Hukum dan Pendampingan Perkara",
      ind: "Persentase perkara yang didampingi hingga putusan",
      sat: "%",
      awal: 100,
      k: [100, 100, 100, 100, 100],
      rp: [612_000, 642_600, 674_700, 708_400, 743_800],
      level: true,
    },
    {
      id: "s3",
      kode: "4.01.03.2.03.0005",
      ur: "Pemutakhiran Basis Data JDIH Kota",
      ind: "Jumlah dokumen hukum yang diunggah ke JDIH",
      sat: "dokumen",
      awal: 210,
      k: [220, 230, 240, 250, 260],
      rp: [215_500, 226_300, 237_600, 249_500, 262_000],
      level: false,
    },
  ];
  const T = "Target Kinerja dan Pendanaan";
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [T, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [T, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: ["Kondisi Kinerja Akhir Periode", "Target"], role: "kondisi-akhir", fmt: DEC },
    { key: "akR", head: ["Kondisi Kinerja Akhir Periode", "Rp"], role: "anggaran", fmt: RP },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
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
          // planted: the harmonisasi sub kegiatan's kondisi akhir typed 240 (five years give 220)
          akK: p.id === "s1" ? 240 : p.level ? p.k[4] : sum(p.k),
          akR: fx(Y.map((y) => x.a(`r${y}`)).join("+")),
        };
        Y.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Rawai, 24 Februari 2025",
    jabatan: ["Kepala Bagian Hukum Setda Kota Tanjung Rawai"],
    nama: "YUSRAN EFENDI HASIBUAN, S.H., M.Kn.",
    nip: "19810707 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => Y.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the harmonisasi count (a flow) is 240; the five yearly targets add up to 220",
    truth: ks("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan JDIH coded 4.01.03.2.03.0005 under kegiatan 4.01.02.2.03",
    truth: `"4.01.02.2.03"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["g", "s3"])
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of ["p", "g", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [1, 4])
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
      truth: `"4.01.02.2.03"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
