// Renstra tables of two Dinas Kesehatan in Sulawesi Selatan: a T-C.27 (Renstra 2025-2029, "Tahun ke-1..5",
// "(dalam ribuan rupiah)") of program 1.02.02 with its kesehatan lingkungan kegiatan and sub kegiatan, and an IKU
// matrix (Renstra 2022-2026) with formulas, kondisi awal, targets per year and kondisi akhir. Every number is
// invented.
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

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

export function tc27KeslingTanaMarusu(): BookW {
  const b = new BookW(
    "tc27-renstra-kesling-dinkes-tana-marusu.xlsx",
    "T-C.27 Renstra funding (kesehatan lingkungan, Dinkes)",
    "T-C.27 of a Dinas Kesehatan in Sulawesi Selatan, Renstra 2025-2029, Rp in thousands: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; SUM formulas for kegiatan and program Rp, kondisi akhir Rp = the five Rp added cell by cell",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANA MARUSU", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan Kabupaten Tana Marusu",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0015",
      nm: "Pengelolaan Pelayanan Kesehatan Lingkungan",
      ind: "Jumlah puskesmas yang melaksanakan pelayanan kesehatan lingkungan (klinik sanitasi)",
      sat: "puskesmas",
      flow: false,
      awal: 14,
      k: [16, 18, 20, 22, 24],
      rp: [412_500, 436_750, 458_200, 481_900, 505_300],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0031",
      nm: "Pengawasan Kualitas Air Minum",
      ind: "Jumlah sampel air minum yang diperiksa kualitasnya",
      sat: "sampel",
      flow: true,
      awal: 310,
      k: [340, 360, 380, 400, 420],
      rp: [286_400, 301_250, 318_900, 334_600, 352_150],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0038",
      nm: "Pembinaan Tempat dan Fasilitas Umum serta Tempat Pengelolaan Pangan",
      ind: "Persentase TTU dan TPP yang memenuhi syarat kesehatan",
      sat: "%",
      flow: false,
      awal: 72.5,
      k: [75, 77.5, 80, 82.5, 85],
      rp: [198_300, 209_750, 221_400, 233_800, 246_500],
    },
  ];
  const keg: Line = {
    id: "keg",
    kode: "1.02.02.2.02",
    nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Persentase rumah tangga dengan akses jamban sehat",
    sat: "%",
    flow: false,
    awal: 78.2,
    k: [80, 82, 84, 86, 88],
  };
  const prog: Line = {
    id: "prog",
    kode: "1.02.02",
    nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase desa/kelurahan Stop Buang Air Besar Sembarangan (SBS)",
    sat: "%",
    flow: false,
    awal: 61.4,
    k: [66, 71, 76, 81, 86],
  };
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ke-${y}`, "Target"], role: "target", year: 2024 + y, width: 9 },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "kak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      width: 10,
    },
    {
      key: "rpak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const f2 = (x: Line) => (x.sat === "%" ? DEC : "0");
  const line = (x: Line, rp: (c: Ctx, k: string) => Cell): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, f2(x)),
        unit: x.id === "prog" ? "Dinas Kesehatan" : "Seksi Kesling, Kesjaor dan Kesker",
        lok: "Kab. Tana Marusu",
      };
      Y.forEach((y, i) => {
        out[`k${y}`] = fmt(x.k[i], f2(x));
        out[`rp${y}`] = rp(c, `rp${y}`);
      });
      // planted (s1): the number of puskesmas is a stock, yet its kondisi akhir adds the five targets
      out.kak = x.flow || x.id === "s1" ? fx(Y.map((y) => c.a(`k${y}`)).join("+")) : fx(c.a("k5"));
      out.rpak = fx(Y.map((y) => c.a(`rp${y}`)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      line(prog, (c, k) => fx(c.a(k, "keg"))),
      // planted: the kegiatan's Tahun ke-3 Rp is typed (a figure from the draft) among SUM formulas
      line(keg, (c, k) => (k === "rp3" ? 989_500 : fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`))),
      ...subs.map((x) => line(x, (_c, k) => x.rp![Number(k.slice(2)) - 1])),
    ],
  });
  cols.forEach((_c, i) => (s.ws.getCell(t.headerLast, t.left + i).value = `(${i + 1})`));
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target untuk persentase dan jumlah sarana (stok) = target tahun ke-5; untuk jumlah sampel = jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tana Marusu, 14 Maret 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "Hj. ST. NURHAYATI DAENG BAU, S.KM., M.Kes.",
    nip: "19740925 199803 2 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kak", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir target of the puskesmas with klinik sanitasi (a stock: 16, 18 .. 24 puskesmas) adds the five years = 100; the Tahun ke-5 target is 24",
    truth: a("k5", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp3", "keg") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "The kegiatan's Tahun ke-3 Rp is a typed 989,500 among SUM formulas; its three sub kegiatan add up to 998,500",
    truth: subs.map((x) => a("rp3", x.id)).join("+"),
  });
  for (const id of ["prog", "keg", "s3"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: Y.map((y) => a(`k${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("kak", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "s2")).join("+"),
    trap: a("k5", "s2"),
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rpak", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`rp${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: subs.map((x) => a(`rp${y}`, x.id)).join("+"),
    });
  for (const x of subs)
    b.ok({
      sheet: S,
      cell: a("kode", x.id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", x.id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}

// ======================================================= IKU matrix, Dinkes Kabupaten Bonto Lempangan

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  neg?: boolean;
  f: string;
};

export function ikuKeslingBonto(): BookW {
  const b = new BookW(
    "iku-matriks-stbm-dinkes-bonto-lempangan.xlsx",
    "IKU matrix with targets (Dinkes, Renstra 2022-2026)",
    "IKU matrix of a Dinas Kesehatan in Sulawesi Selatan: No | Sasaran | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2021) | 'Target' > 2022 .. 2026 | Kondisi Akhir Renstra (2026) | Sumber Data; one lower-is-better row (diare per 1.000 penduduk)",
  );
  const S = "IKU Dinkes";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BONTO LEMPANGAN", "DINAS KESEHATAN"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) DINAS KESEHATAN", "PERIODE RENSTRA 2022-2026"]);
  s.gap();
  const S1 = "Meningkatnya kualitas kesehatan lingkungan masyarakat";
  const rows: Iku[] = [
    {
      id: "u1",
      sas: S1,
      ind: "Persentase desa/kelurahan yang melaksanakan STBM",
      rumus: "Jumlah desa/kelurahan yang melaksanakan STBM / jumlah seluruh desa/kelurahan x 100%",
      sat: "%",
      awal: 64.2,
      tg: [68, 72, 76, 80, 85],
      f: DEC,
    },
    {
      id: "u2",
      sas: S1,
      ind: "Persentase rumah tangga dengan akses jamban sehat",
      rumus: "Jumlah KK dengan akses jamban sehat / jumlah KK x 100%",
      sat: "%",
      awal: 70.4,
      // planted: 2024 falls to 71.00 between 75.00 and 80.00
      tg: [72, 75, 71, 80, 83],
      f: DEC,
    },
    {
      id: "u3",
      sas: S1,
      ind: "Persentase sarana air minum dengan kualitas air memenuhi syarat",
      rumus: "Jumlah sarana air minum memenuhi syarat / jumlah sarana air minum yang diperiksa x 100%",
      sat: "%",
      awal: 58.6,
      tg: [62, 65, 68, 71, 74],
      f: DEC,
    },
    {
      id: "u4",
      sas: "Menurunnya penyakit berbasis lingkungan",
      ind: "Angka kesakitan diare per 1.000 penduduk",
      rumus: "Jumlah kasus diare / jumlah penduduk x 1.000",
      sat: "per 1.000",
      awal: 27.4,
      tg: [26, 24.5, 23, 21.5, 20],
      neg: true,
      f: DEC,
    },
  ];
  const years = [2022, 2023, 2024, 2025, 2026];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra (2026)"], role: "kondisi-akhir", year: 2026, width: 11 },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 18 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        // planted (u3): the kondisi akhir is the 2025 target
        ak: x.id === "u3" ? fx(c.a("y2025")) : fx(c.a("y2026")),
        src: x.neg ? "SKDR / laporan puskesmas" : "Aplikasi SMART STBM / e-Monev Kesling",
      }),
    })),
  });
  s.gap();
  s.lines(["Catatan: angka kesakitan diare semakin kecil semakin baik."]);
  s.gap();
  signature(s, 9, {
    tempat: "Bonto Lempangan, 10 Februari 2022",
    jabatan: ["KEPALA DINAS KESEHATAN,"],
    nama: "dr. ANDI MAPPASESSU RAHMAN, M.Kes.",
    nip: "19760214 200502 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2024", "u2") },
    rules: ["target-trend", "target-outlier"],
    note: "The 2024 target of akses jamban sehat (a positive rate) falls to 71.00 between 75.00 (2023) and 80.00 (2025), below even the 2022 target; a rising path gives about 77.50",
    truth: `(${a("y2023", "u2")}+${a("y2025", "u2")})/2`,
    tol: 0.1,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "u3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir 2026 of the air minum memenuhi syarat is =2025 target 71.00; the 2026 target is 74.00",
    truth: a("y2026", "u3"),
  });
  for (const id of ["u1", "u2", "u4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2026", id),
      trap: `SUM(${a("y2022", id)}:${a("y2026", id)})`,
    });
  // the diare rate is lower is better: its falling targets are right
  for (const y of [2023, 2024, 2025, 2026])
    b.ok({ sheet: S, cell: a(`y${y}`, "u4"), rules: ["target-trend"], truth: String(rows[3].tg[y - 2022]) });
  return b.finish();
}
