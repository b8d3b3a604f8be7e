// Renstra tables of Dinas Koperasi, UKM dan Perdagangan offices in Nusa Tenggara Timur: the T-C.27 of program
// 3.30.05 Pengembangan Ekspor (tenun ikat, kopi, rumput laut) of Kabupaten Sabu Lamalera with "Tahun ke-1 .. ke-5"
// over Target | Rp "(dalam ribuan rupiah)", and the PK 2025 of the Kepala Dinas of Kota Lewotana beside its Renstra
// 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Tc = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  tg: number[];
  rp?: number[];
  from?: string[];
  f: string;
};

export function tc27EksporSabu(): BookW {
  const b = new BookW(
    "tc27-renstra-ekspor-diskopdag-sabu-lamalera.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Dinas Koperasi, UKM dan Perdagangan)",
    "T-C.27 Renstra 2025-2029 of a Dinas KUKM dan Perdagangan in NTT: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; Rp in thousands; number row with '17 = 7+9+11+13+15'",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SABU LAMALERA",
    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH DAN PERDAGANGAN",
  ]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Koperasi, UKM dan Perdagangan Kabupaten Sabu Lamalera Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Tc[] = [
    {
      id: "prog",
      kode: "3.30.05",
      nm: "PROGRAM PENGEMBANGAN EKSPOR",
      ind: "Persentase pertumbuhan nilai ekspor produk daerah",
      sat: "%",
      level: true,
      awal: 4.2,
      tg: [5, 5.5, 6, 6.5, 7],
      from: ["k1", "k2"],
      f: DEC,
    },
    {
      id: "k1",
      kode: "3.30.05.2.01",
      nm: "Penyediaan dan Penyebarluasan Informasi Peluang Pasar Ekspor",
      ind: "Jumlah pelaku usaha yang difasilitasi promosi ekspor",
      sat: "pelaku usaha",
      level: false,
      awal: 35,
      tg: [40, 45, 50, 55, 60],
      from: ["s1", "s2"],
      f: "0",
    },
    {
      id: "s1",
      kode: "3.30.05.2.01.0001",
      nm: "Fasilitasi Pelaku Usaha Mengikuti Pameran Dagang Internasional",
      ind: "Jumlah pelaku usaha peserta pameran dagang internasional",
      sat: "pelaku usaha",
      level: false,
      awal: 10,
      tg: [12, 14, 15, 16, 18],
      rp: [385_000, 412_500, 436_750, 458_200, 481_000],
      f: "0",
    },
    {
      id: "s2",
      kode: "3.30.05.2.01.0002",
      nm: "Penyelenggaraan Misi Dagang dan Temu Bisnis Produk Ekspor",
      ind: "Jumlah misi dagang dan temu bisnis yang diselenggarakan",
      sat: "kegiatan",
      level: false,
      awal: 2,
      tg: [2, 2, 3, 3, 3],
      rp: [214_600, 226_300, 247_850, 259_400, 271_900],
      f: "0",
    },
    {
      id: "k2",
      kode: "3.30.05.2.02",
      nm: "Pembinaan dan Pendampingan Eksportir Pemula",
      ind: "Persentase eksportir pemula yang melakukan ekspor berkelanjutan",
      sat: "%",
      level: true,
      awal: 18,
      tg: [20, 23, 26, 29, 32],
      from: ["s3"],
      f: DEC,
    },
    {
      id: "s3",
      kode: "3.30.05.2.02.0001",
      nm: "Pelatihan dan Pendampingan Eksportir Pemula Komoditas Tenun Ikat, Kopi dan Rumput Laut",
      ind: "Jumlah eksportir pemula yang didampingi",
      sat: "pelaku usaha",
      level: false,
      awal: 20,
      tg: [25, 25, 30, 30, 35],
      rp: [318_400, 334_700, 352_900, 368_250, 389_600],
      f: "0",
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        width: 9,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 12,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: 16,
      width: 10,
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 13,
    },
    { key: "uk", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const K3_R3 = 648_600; // planted: typed, digits swapped (436,750 + 247,850 = 684,600)
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          uk: x.id === "prog" ? "Dinas KUKM dan Perdagangan" : "Bidang Perdagangan Luar Negeri",
          lok: "Kabupaten Sabu Lamalera",
        };
        Y.forEach((y, i) => {
          out[`t${y}`] = fmt(x.tg[i], x.f);
          if (x.rp) out[`r${y}`] = x.rp[i];
          else if (x.id === "k1" && y === 3) out[`r${y}`] = K3_R3;
          else out[`r${y}`] = fx(x.from!.map((id) => c.a(`r${y}`, id)).join("+"));
        });
        // planted: the program's kondisi akhir K is a typed 6.50, the Tahun ke-4 target (ke-5 is 7.00)
        out.ak =
          x.id === "prog" ? fmt(6.5, DEC) : fx(x.level ? c.a("t5") : Y.map((y) => c.a(`t${y}`)).join("+"));
        out.akr = fx(Y.map((y) => c.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: target kegiatan dan sub kegiatan berupa jumlah per tahun; kondisi akhir = jumlah lima tahun.",
    "Target program dan persentase eksportir pemula berupa tingkat; kondisi akhir = target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Seba Lamalera, 12 Agustus 2025",
    jabatan: ["Kepala Dinas Koperasi, UKM dan Perdagangan,"],
    nama: "YOHANES DJAWA LOBO, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720506 199803 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r3", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 (2027) Rp of kegiatan 3.30.05.2.01 is a typed 648,600 among formulas over the sub kegiatan; 436,750 + 247,850 give 684,600 (digits swapped)",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "prog") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir K of the program rate (pertumbuhan nilai ekspor, %) is 6.50, the Tahun ke-4 target; a rate ends at its Tahun ke-5 target 7.00 (the sum 30.00 is no reading either)",
    truth: a("t5", "prog"),
  });
  // a rate ends at its last target; a yearly count at the sum of the five years
  b.ok({
    sheet: S,
    cell: a("ak", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t5", "k2"),
    trap: Y.map((y) => a(`t${y}`, "k2")).join("+"),
  });
  for (const id of ["k1", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`t${y}`, id)).join("+"),
      trap: a("t5", id),
    });
  for (const id of ["s1", "s2", "s3", "k2"])
    b.ok({
      sheet: S,
      cell: a("akr", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k1"),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
  for (const y of Y)
    b.ok({ sheet: S, cell: a(`r${y}`, "k2"), rules: ["sum-mismatch"], truth: a(`r${y}`, "s3") });
  for (const [id, p] of [
    ["s1", "k1"],
    ["s2", "k1"],
    ["s3", "k2"],
    ["k1", "prog"],
    ["k2", "prog"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", p),
    });
  return b.finish();
}

// ======================================== Kota Lewotana (NTT), PK 2025 of the Kepala Dinas and Renstra 2025-2029

type PkInd = { id: string; sas: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkRenstraLewotana(): BookW {
  const b = new BookW(
    "pk-kadis-kukmdag-renstra-lewotana.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Koperasi, UKM dan Perdagangan)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; Tabel 2 No | Kode | Program | Anggaran (Rp) | Keterangan with Jumlah; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | Target Tahun ke-1 .. ke-5 (years in the title) | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA LEWOTANA", "DINAS KOPERASI, USAHA KECIL DAN MENENGAH DAN PERDAGANGAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : MARIA GORETTI DA SILVA, S.E., M.Si. - Jabatan : Kepala Dinas Koperasi, UKM dan Perdagangan (Pihak Pertama)",
    "Nama : Drs. PAULUS KEDANG WUTUN, M.Si. - Jabatan : Wali Kota Lewotana (Pihak Kedua)",
  ]);
  s.gap();
  const SS1 = "Meningkatnya daya saing dan akses pasar UMKM";
  const SS2 = "Meningkatnya kualitas layanan legalitas dan pembiayaan usaha";
  const rows: PkInd[] = [
    {
      id: "r1",
      sas: SS1,
      ind: "Persentase UMKM bersertifikat halal",
      sat: "%",
      awal: 9.8,
      tg: [12, 15, 18, 21, 24],
      f: DEC,
    },
    {
      id: "r2",
      sas: SS1,
      ind: "Persentase UMKM yang memanfaatkan pasar digital (go digital)",
      sat: "%",
      awal: 28.5,
      tg: [32, 36, 40, 44, 48],
      f: DEC,
    },
    {
      id: "r3",
      sas: SS1,
      ind: "Nilai transaksi pameran produk UMKM",
      sat: "Rp miliar",
      awal: 4.15,
      tg: [4.5, 5, 5.5, 6, 6.75],
      f: DEC,
    },
    {
      id: "r4",
      sas: SS2,
      ind: "Persentase realisasi penyaluran KUR terhadap alokasi",
      sat: "%",
      awal: 87.4,
      tg: [90, 92, 94, 96, 98],
      f: DEC,
    },
    {
      id: "r5",
      sas: SS2,
      ind: "Rata-rata waktu penerbitan SPP-IRT",
      sat: "hari kerja",
      awal: 14,
      tg: [12, 11, 10, 9, 8],
      f: "0",
    },
  ];
  // planted: the PK target of the go-digital rate is the Renstra Tahun ke-2 (2026) target
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: fmt(pkT(x), x.f) },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["p1", "2.17.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 6_845_320_150],
    [
      "p2",
      "2.17.07",
      "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
      1_486_750_000,
    ],
    ["p3", "2.17.08", "PROGRAM PENGEMBANGAN UMKM", 2_315_400_000],
    ["p4", "3.30.05", "PROGRAM PENGEMBANGAN EKSPOR", 864_200_000],
    ["p5", "3.30.06", "PROGRAM STANDARDISASI DAN PERLINDUNGAN KONSUMEN", 412_650_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, ket: "APBD 2025" },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: the range stops one program short
        cells: (c: Ctx) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p4")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Lewotana, 6 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "Wali Kota Lewotana", "", "", "Drs. PAULUS KEDANG WUTUN, M.Si."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Dinas KUKM dan Perdagangan",
      "",
      "",
      "MARIA GORETTI DA SILVA, S.E., M.Si.",
      "NIP. 19770321 200312 2 006",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS KOPERASI, UKM DAN PERDAGANGAN KOTA LEWOTANA"]);
  r.lines([
    "Tabel 6.2 Target Indikator Kinerja Perangkat Daerah",
    "RENSTRA DINAS KOPERASI, UKM DAN PERDAGANGAN KOTA LEWOTANA 2025-2029",
  ]);
  r.gap();
  const Y = [1, 2, 3, 4, 5];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `ke-${y}`],
        role: "target",
        year: 2024 + y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(Y.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y5")),
      }),
    })),
  });
  r.gap();
  r.lines(["Catatan: rata-rata waktu penerbitan SPP-IRT semakin kecil semakin baik."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the go-digital rate is 36.00, the Renstra Tahun ke-2 (2026) target; the Renstra 2025 target is 32.00",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is =SUM over four programs (11,511,670,150); with the Standardisasi dan Perlindungan Konsumen program's 412,650,000 it is 11,924,320,150",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      trap: Y.map((y) => tr.a(`y${y}`, x.id)).join("+"),
    });
  }
  b.ok({ sheet: R, cell: tr.a("y5", "r5"), rules: ["target-trend"], truth: "8" });
  return b.finish();
}
