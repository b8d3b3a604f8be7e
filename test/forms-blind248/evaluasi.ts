// The Renja evaluation (E.81) of the Dinas PUPR Kabupaten Lembah Seruni (Jawa Tengah) and the Renstra
// funding table (T-C.27) of the Dinas Perkim dan Cipta Karya Kota Tanjung Meranti (Kalimantan Barat):
// PBG, SLF and menara telekomunikasi. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
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

/** E.81 of the Dinas PUPR Kabupaten Lembah Seruni, Renstra 2021-2026, evaluated year 2024. */
export function e81CiptaKarya(): BookW {
  const b = new BookW(
    "e81-renja-2024-pbg-slf-pupr-lembah-seruni.xlsx",
    "E.81 Evaluasi Renja (PUPR Cipta Karya)",
    "E.81 2024 without a No column; calendar years in the headers; three header rows with 'Realisasi Kinerja pada Triwulan' > I..IV > K | Rp; plain number row 1..25; two level rows (% bangunan ber-SLF, % PBG sesuai SLA) above three flow sub kegiatan; Rp of 12 and 13 as formulas; Rata-rata and Predikat rows",
  );
  const S = "E81 Bidang CK";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SERUNI",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Bidang Cipta Karya - Jl. Pemuda No. 118 Seruni",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Lembah Seruni Tahun 2024",
    "Renstra Dinas PUPR 2021-2026 (Urusan Pekerjaan Umum dan Penataan Ruang, sub urusan Bangunan Gedung)",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "1.03.11.2.01.0001",
      ur: "Penerbitan Persetujuan Bangunan Gedung (PBG)",
      ind: "Jumlah dokumen PBG yang diterbitkan",
      sat: "dokumen",
      level: false,
      k5: 4800,
      k6: 2710,
      k7: 950,
      q: [198, 241, 266, 287],
      r5: 6_450_000_000,
      r6: 3_612_480_000,
      r7: 1_325_000_000,
      rq: [212_640_000, 318_925_000, 356_410_000, 401_775_000],
    },
    {
      id: "s2",
      kode: "1.03.11.2.01.0002",
      ur: "Pemeriksaan Kelaikan Fungsi dan Penerbitan Sertifikat Laik Fungsi (SLF)",
      ind: "Jumlah SLF bangunan gedung yang diterbitkan",
      sat: "sertifikat",
      level: false,
      k5: 1500,
      k6: 742,
      k7: 320,
      q: [54, 71, 88, 95],
      r5: 2_980_000_000,
      r6: 1_486_200_000,
      r7: 612_500_000,
      rq: [96_300_000, 141_850_000, 162_400_000, 187_950_000],
    },
    {
      id: "s3",
      kode: "1.03.11.2.01.0005",
      ur: "Pendataan dan Pengawasan Menara Telekomunikasi",
      ind: "Jumlah menara telekomunikasi yang didata dan diawasi",
      sat: "menara",
      level: false,
      k5: 1200,
      k6: 610,
      k7: 240,
      q: [40, 62, 71, 58],
      r5: 1_140_000_000,
      r6: 574_300_000,
      r7: 236_000_000,
      rq: [31_200_000, 58_450_000, 66_900_000, 70_125_000],
    },
  ];
  const tot = (f: (e: Ev) => number) => sum(subs.map(f));
  const money = {
    r5: tot((e) => e.r5),
    r6: tot((e) => e.r6),
    r7: tot((e) => e.r7),
    rq: [0, 1, 2, 3].map((i) => tot((e) => e.rq[i])),
  };
  const keg: Ev = {
    id: "keg",
    kode: "1.03.11.2.01",
    ur: "Penyelenggaraan Bangunan Gedung di Wilayah Daerah Kabupaten, Pemberian PBG dan SLF",
    ind: "Persentase permohonan PBG yang diselesaikan sesuai SLA",
    sat: "%",
    level: true,
    k5: 95,
    k6: 86.4,
    k7: 90,
    q: [84.2, 87.5, 89.1, 91.6],
    ...money,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "1.03.11",
    ur: "PROGRAM PENATAAN BANGUNAN GEDUNG",
    ind: "Persentase bangunan gedung yang memiliki SLF",
    k5: 40,
    k6: 24.8,
    k7: 30,
    q: [26.1, 27.4, 29.0, 31.2],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: Ev) => round((k13(e) / e.k5) * 100);
  let n = 0;
  const num = () => String(++n);
  const two = (key: string, g: string[], kr: Col["role"], rr: Col["role"], year?: number): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role: kr, year, num: num(), fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...g, "Rp"], role: rr, year, num: num(), fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: num(), width: 18 },
    { key: "ur", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: num(), width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: num(),
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num(), width: 10 },
    ...two("5", ["Target Renstra PD Tahun 2026 (Akhir Periode)"], "target", "anggaran"),
    ...two("6", ["Realisasi Capaian Renstra s.d. Renja Tahun 2023"], "realisasi", "realisasi-anggaran", 2023),
    ...two("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "target", "anggaran", 2024),
    ...two("8", [TW, "I"], "realisasi", "realisasi-anggaran", 2024),
    ...two("9", [TW, "II"], "realisasi", "realisasi-anggaran", 2024),
    ...two("10", [TW, "III"], "realisasi", "realisasi-anggaran", 2024),
    ...two("11", [TW, "IV"], "realisasi", "realisasi-anggaran", 2024),
    ...two(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...two(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...two(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)"],
      "capaian",
      "capaian",
    ),
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: num(),
      width: 18,
    },
  ];
  const qs = (p: string, x: { a(k: string, id?: string): string }, id?: string) =>
    ["8", "9", "10", "11"].map((k) => x.a(`${p}${k}`, id)).join("+");
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (x) => {
      // planted: the Rp of column 12 of sub kegiatan .0002 keeps a stale cached result
      const r12 = e.id === "s2" ? fx(qs("r", x), sum(e.rq) - 45_600_000) : fx(qs("r", x));
      return {
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
        r12,
        k13: k13(e),
        r13: fx(`${x.a("r6")}+${x.a("r12")}`),
        k14: k14(e),
        r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
        pj: "Bidang Cipta Karya",
      };
    },
  }));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        // planted: the K predikat is "Sedang" for an average of 78.33 (Tinggi)
        cells: { kode: "Predikat Kinerja", k14: "Sedang" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor penghambat: migrasi layanan PBG ke SIMBG dan keterbatasan Tim Profesi Ahli (TPA).",
    "Tindak lanjut: penambahan Tim Penilai Teknis dan jemput bola pendataan menara di 6 kecamatan.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Seruni, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG"],
    nama: "Ir. HENDRA WIDYATMOKO, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760318 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((k) => a(`${p}${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 1.03.11.2.01.0002 caches 542,900,000 for the sum of its quarters; they add up to 588,500,000 (stale result)",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sedang' under a K rata-rata of 78.33; the band > 75 - 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  for (const id of ["prog", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s2", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s1", "s3"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const k of ["r5", "r7", "r8"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}

type Pd = {
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

/** T-C.27 of the Dinas Perkim dan Cipta Karya Kota Tanjung Meranti, Renstra 2025-2029, in thousands. */
export function tc27CiptaKarya(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-cipta-karya-tanjung-meranti.xlsx",
    "T-C.27 Rencana program dan pendanaan (Cipta Karya)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; calendar years 2025..2029 over Target | Rp with group headers written once (unmerged); kondisi awal 2024, kondisi akhir 2029 Target | Rp; Lokasi and unit columns; kegiatan Rp as SUM of sub kegiatan, program Rp = kegiatan",
  );
  const S = "Tabel 5.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG MERANTI", "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN CIPTA KARYA"]);
  s.lines([
    "Tabel 5.1 Rencana Program, Kegiatan, Sub Kegiatan, Indikator Kinerja dan Pendanaan Indikatif 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Pd[] = [
    {
      id: "p",
      kode: "1.03.11",
      ur: "PROGRAM PENATAAN BANGUNAN GEDUNG",
      ind: "Persentase bangunan gedung yang memiliki PBG",
      sat: "%",
      level: true,
      awal: 32.5,
      k: [36, 40, 45, 50, 55],
    },
    {
      id: "g",
      kode: "1.03.11.2.01",
      ur: "Penyelenggaraan Bangunan Gedung di Wilayah Daerah Kota, Pemberian PBG dan SLF",
      ind: "Jumlah dokumen PBG dan SLF yang diterbitkan",
      sat: "dokumen",
      level: false,
      awal: 1620,
      k: [1700, 1780, 1850, 1920, 2000],
    },
    {
      id: "s1",
      kode: "1.03.11.2.01.0001",
      ur: "Penerbitan Persetujuan Bangunan Gedung (PBG) melalui SIMBG",
      ind: "Jumlah PBG yang diterbitkan",
      sat: "dokumen",
      level: false,
      awal: 1310,
      k: [1360, 1420, 1470, 1520, 1580],
      rp: [1_240_500, 1_302_500, 1_367_600, 1_436_000, 1_507_800],
    },
    {
      id: "s2",
      kode: "1.03.11.2.01.0003",
      ur: "Pemeriksaan Kelaikan Fungsi dan Penerbitan SLF Bangunan Gedung Layanan Publik",
      ind: "Persentase bangunan gedung layanan publik yang memiliki SLF",
      sat: "%",
      level: true,
      awal: 45,
      k: [52, 60, 68, 76, 85],
      rp: [684_200, 718_400, 754_300, 792_000, 831_600],
    },
    {
      id: "s3",
      kode: "1.03.10.2.01.0004",
      ur: "Pendataan dan Penataan Menara Telekomunikasi Bersama",
      ind: "Jumlah menara telekomunikasi yang terdata dan ber-PBG",
      sat: "menara",
      level: false,
      awal: 184,
      k: [40, 40, 35, 35, 30],
      rp: [215_000, 221_500, 198_700, 204_600, 186_300],
    },
  ];
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  let n = 0;
  const num = () => `(${++n})`;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: num(), width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: num(), width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: num(), width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num() },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: num(), fmt: DEC },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: `k${i + 1}`, head: [String(y), "Target"], role: "target", year: y, num: num(), fmt: DEC },
      { key: `r${i + 1}`, head: [String(y), "Rp"], role: "anggaran", year: y, num: num(), fmt: RP },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja Akhir Periode Renstra (2029)", "Target"],
      role: "kondisi-akhir",
      num: num(),
      fmt: DEC,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja Akhir Periode Renstra (2029)", "Rp"],
      role: "anggaran",
      num: num(),
      fmt: RP,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: num(), width: 14 },
    { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: num(), width: 16 },
  ];
  const Y = [1, 2, 3, 4, 5];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, Cell> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level ? p.k[4] : sum(p.k),
          akR: fx(Y.map((y) => x.a(`r${y}`)).join("+")),
          lok: "Kota Tanjung Meranti",
          pj: "Bidang Bangunan Gedung",
        };
        for (const y of Y) {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          // planted: the 2027 kegiatan SUM stops one row short (sub kegiatan .0004 left out)
          else if (p.id === "g")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        }
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun 2029; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Tanjung Meranti, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN, KAWASAN PERMUKIMAN", "DAN CIPTA KARYA"],
    nama: "RAHMAT SYAHRANI, S.T., M.Eng.",
    nip: "19810224 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const subSum = (k: string) => ["s1", "s2", "s3"].map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Kegiatan 1.03.11.2.01 Rp 2027 = SUM over two of its three sub kegiatan: 2,121,900 instead of 2,320,600",
    truth: subSum("r3"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan menara telekomunikasi coded 1.03.10.2.01.0004 under kegiatan 1.03.11.2.01",
    truth: `"1.03.11.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  const all = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: all(id),
    });
  for (const id of ["g", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: all(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({ sheet: S, cell: a(`r${y}`, "g"), rules: ["sum-mismatch"], truth: subSum(`r${y}`) });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.03.11.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: `"1.03.11"`,
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}
