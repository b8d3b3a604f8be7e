// The T-C.27 of the Renstra 2025-2029 of a Jawa Barat kabupaten's Dinas Pendidikan (PAUD and
// kesetaraan, "(dalam ribuan rupiah)", Tahun ke-1 .. ke-5 over Target | Rp) and the IKU matrix of a
// Sulawesi Utara kabupaten's Dinas Pendidikan dan Kebudayaan (2022-2026). Every number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type L = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  rp?: number[];
  flow?: boolean;
  subs?: string[];
};

export function tc27PaudCibeureum(): BookW {
  const b = new BookW(
    "tc27-pendanaan-paud-kesetaraan-disdik-cibeureum-girang.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Dinas Pendidikan)",
    "T-C.27 Renstra 2025-2029 of a Dinas Pendidikan in Jawa Barat, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Kondisi Awal 2024 | 'Tahun ke-1 (2025)' .. 'Tahun ke-5 (2029)' > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit; number row 1 .. 18 with '17 = 7+9+11+13+15'; Rp of program and kegiatan are sums, kondisi akhir Rp adds the five Rp cells (not a range over the K columns); levels end at the last target, flows add",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN CIBEUREUM GIRANG", "DINAS PENDIDIKAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Pendidikan Kabupaten Cibeureum Girang",
    "Renstra Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const ls: L[] = [
    {
      id: "p",
      kode: "1.01.02",
      nm: "PROGRAM PENGELOLAAN PENDIDIKAN",
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      sat: "%",
      awal: 68.4,
      tg: [70, 71.5, 73, 74.5, 76],
      subs: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "1.01.02.2.03",
      nm: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
      ind: "Persentase satuan PAUD terakreditasi",
      sat: "%",
      awal: 58.2,
      tg: [61, 64, 67, 70, 73],
      subs: ["a", "b"],
    },
    {
      id: "a",
      kode: "1.01.02.2.03.0009",
      nm: "Penyediaan Biaya Operasional Pendidikan PAUD",
      ind: "Jumlah peserta didik PAUD penerima BOP",
      sat: "orang",
      awal: 18120,
      tg: [18400, 18650, 18900, 19150, 19400],
      rp: [9_200_000, 9_325_000, 9_450_000, 9_575_000, 9_700_000],
      flow: true,
    },
    // planted: 2027 target typed 6.4 (64 with the decimal point slipped)
    {
      id: "b",
      kode: "1.01.02.2.03.0015",
      nm: "Peningkatan Kapasitas Pendidik dan Tenaga Kependidikan PAUD",
      ind: "Persentase guru PAUD berkualifikasi S1 / D-IV",
      sat: "%",
      awal: 52.6,
      tg: [56, 60, 6.4, 68, 72],
      rp: [1_250_000, 1_300_000, 1_350_000, 1_400_000, 1_450_000],
    },
    {
      id: "k2",
      kode: "1.01.02.2.04",
      nm: "Pengelolaan Pendidikan Nonformal / Kesetaraan",
      ind: "Persentase PKBM terakreditasi",
      sat: "%",
      awal: 45,
      tg: [50, 55, 60, 65, 70],
      subs: ["c"],
    },
    {
      id: "c",
      kode: "1.01.02.2.04.0009",
      nm: "Penyediaan Biaya Operasional Pendidikan Kesetaraan",
      ind: "Jumlah warga belajar Paket A/B/C penerima BOP",
      sat: "orang",
      awal: 6050,
      tg: [6200, 6350, 6500, 6650, 6800],
      rp: [3_720_000, 3_810_000, 3_900_000, 3_990_000, 4_080_000],
      flow: true,
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `t${i}`,
        head: [`Tahun ke-${i + 1} (${y})`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 9,
      },
      {
        key: `r${i}`,
        head: [`Tahun ke-${i + 1} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 10,
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
  ];
  const rk = [0, 1, 2, 3, 4].map((i) => `r${i}`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: ls.map((x): Row => ({
      id: x.id,
      bold: x.id === "p",
      cells: (c) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          pj: "Bidang PAUD dan PNF",
        };
        const kf = x.sat === "%" ? DEC : "#,##0";
        x.tg.forEach((v, i) => (out[`t${i}`] = { v, fmt: kf }));
        rk.forEach((k, i) => (out[k] = x.rp ? x.rp[i] : fx(x.subs!.map((id) => c.a(k, id)).join("+"))));
        out.ak = x.flow
          ? fx(`SUM(${c.a("t0")},${c.a("t1")},${c.a("t2")},${c.a("t3")},${c.a("t4")})`)
          : fx(c.a("t4"));
        // planted: sub c's kondisi akhir Rp leaves out Tahun ke-5
        out.akr = fx((x.id === "c" ? rk.slice(0, 4) : rk).map((k) => c.a(k)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: target indikator persentase pada kondisi akhir = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Cibeureum, 8 Juli 2025",
    jabatan: ["Kepala Dinas Pendidikan", "Kabupaten Cibeureum Girang,"],
    nama: "Dr. H. ASEP SAEFUL MILLAH, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690823 199412 1 001",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2", "b") },
    rules: ["target-outlier"],
    note: "Tahun ke-3 (2027) target of the guru PAUD S1 / D-IV is 6.40 % between 60.00 and 68.00 (the decimal point slipped); it is 64.00",
    truth: `(${a("t1", "b")}+${a("t3", "b")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akr", "c") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 1.01.02.2.04.0009 adds Tahun ke-1 .. ke-4 only (15,420,000); with Tahun ke-5's 4,080,000 it is 19,500,000",
    truth: rk.map((k) => a(k, "c")).join("+"),
  });
  for (const x of ls) {
    if (x.id !== "c")
      b.ok({
        sheet: S,
        cell: a("akr", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: rk.map((k) => a(k, x.id)).join("+"),
        // a range from the first to the last Rp would add the Target columns too
        trap: `SUM(${a("r0", x.id)}:${a("r4", x.id)})`,
      });
    if (x.flow)
      b.ok({
        sheet: S,
        cell: a("ak", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: [0, 1, 2, 3, 4].map((i) => a(`t${i}`, x.id)).join("+"),
        trap: a("t4", x.id),
      });
    else if (x.id !== "b")
      b.ok({
        sheet: S,
        cell: a("ak", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: a("t4", x.id),
        trap: `SUM(${a("t0", x.id)}:${a("t4", x.id)})`,
      });
  }
  for (const k of rk) {
    b.ok({ sheet: S, cell: a(k, "k1"), rules: ["sum-mismatch"], truth: `${a(k, "a")}+${a(k, "b")}` });
    b.ok({
      sheet: S,
      cell: a(k, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "k1")}+${a(k, "k2")}`,
      trap: `SUM(${a(k, "k1")}:${a(k, "c")})`,
    });
  }
  b.ok({ sheet: S, cell: a("t4", "b"), rules: ["target-outlier", "target-trend"], truth: "72" });
  for (const id of ["a", "b"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k1"),
    });
  return b.finish();
}

// =============================== Dinas Pendidikan dan Kebudayaan Kabupaten Bolaang Timur, IKU 2022-2026

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  neg?: boolean;
};

export function ikuPaudBolaangTimur(): BookW {
  const b = new BookW(
    "iku-disdikbud-paud-kesetaraan-bolaang-timur.xlsx",
    "IKU matrix (Dinas Pendidikan dan Kebudayaan)",
    "IKU 2022-2026 of a Dinas Pendidikan dan Kebudayaan in Sulawesi Utara: No | Sasaran (merged) | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2021) | 'Target Tahun' > 2022 .. 2026 | Kondisi Akhir (2026) | Penanggung Jawab; a lower-is-better angka putus belajar with falling targets",
  );
  const S = "IKU 2022-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BOLAANG TIMUR", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines([
    "INDIKATOR KINERJA UTAMA (IKU)",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN BOLAANG TIMUR TAHUN 2022-2026",
  ]);
  s.gap();
  const S1 = "Meningkatnya akses dan mutu layanan Pendidikan Anak Usia Dini";
  const S2 = "Meningkatnya layanan pendidikan kesetaraan yang bermutu";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      rumus: "Jumlah peserta didik PAUD / jumlah penduduk usia 3-6 tahun x 100%",
      sat: "%",
      awal: 70.2,
      tg: [71, 72.5, 74, 75.5, 77],
    },
    // planted: 2025 target typed 43.00 between 48.00 and 50.00
    {
      id: "i2",
      sas: S1,
      ind: "Angka Partisipasi Murni (APM) PAUD",
      rumus: "Peserta didik PAUD usia 3-6 tahun / penduduk usia 3-6 tahun x 100%",
      sat: "%",
      awal: 42.5,
      tg: [44, 46, 48, 43, 50],
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase anak usia 5-6 tahun yang mengikuti PAUD (SPM)",
      rumus: "Anak usia 5-6 tahun yang mengikuti PAUD / jumlah anak usia 5-6 tahun x 100%",
      sat: "%",
      awal: 84.1,
      tg: [86, 88, 89, 92, 95],
    },
    {
      id: "i4",
      sas: S1,
      ind: "Persentase guru PAUD berkualifikasi S1 / D-IV",
      rumus: "Guru PAUD berijazah S1 / D-IV / jumlah guru PAUD x 100%",
      sat: "%",
      awal: 47.3,
      tg: [50, 53, 56, 59, 62],
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase PKBM terakreditasi",
      rumus: "PKBM terakreditasi / jumlah PKBM x 100%",
      sat: "%",
      awal: 55,
      tg: [58, 63, 68, 74, 80],
    },
    {
      id: "i6",
      sas: S2,
      ind: "Angka putus belajar pendidikan kesetaraan (Paket A/B/C)",
      rumus: "Warga belajar putus belajar / jumlah warga belajar x 100% (semakin kecil semakin baik)",
      sat: "%",
      awal: 8.2,
      tg: [7, 6.5, 6, 5, 4],
      neg: true,
    },
  ];
  const years = [2022, 2023, 2024, 2025, 2026];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, fmt: DEC, width: 10 },
      ...years.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", year: 2026, fmt: DEC, width: 10 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, n): Row => ({
      id: x.id,
      cells: () => {
        const out: Record<string, Cell> = {
          no: n + 1,
          sas: x.sas,
          ind: x.ind,
          rumus: x.rumus,
          sat: x.sat,
          awal: x.awal,
          pj: x.sas === S1 ? "Bidang PAUD dan PNF" : "Seksi Pendidikan Kesetaraan",
        };
        x.tg.forEach((v, i) => (out[`y${i}`] = v));
        // planted: the kondisi akhir of the PKBM rate is the 2025 target 74.00 (2026: 80.00)
        out.ak = x.id === "i5" ? x.tg[3] : x.tg[4];
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir = target tahun 2026. Indikator angka putus belajar semakin kecil semakin baik.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tutuyan Raya, 10 Februari 2022",
    jabatan: ["Kepala Dinas Pendidikan dan Kebudayaan,"],
    nama: "Drs. FRANKY R. MOKODOMPIT, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19680305 199303 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y3", "i2") },
    rules: ["target-trend"],
    note: "APM PAUD (higher is better) target 2025 is 43.00, below 2024's 48.00 and 2026's 50.00; a rising path gives about 49.00",
    truth: `(${a("y2", "i2")}+${a("y4", "i2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "i5") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir (2026) of the PKBM terakreditasi is 74.00, the 2025 target; the 2026 target is 80.00",
    truth: a("y4", "i5"),
  });
  for (const x of rows) {
    if (x.id === "i5") continue;
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y4", x.id),
      trap: `SUM(${a("y0", x.id)}:${a("y4", x.id)})`,
    });
  }
  // falling targets of the lower-is-better row
  for (const i of [1, 3, 4])
    b.ok({ sheet: S, cell: a(`y${i}`, "i6"), rules: ["target-trend"], truth: String(rows[5].tg[i]) });
  b.ok({ sheet: S, cell: a("y3", "i5"), rules: ["target-trend", "target-outlier"], truth: "74" });
  return b.finish();
}
