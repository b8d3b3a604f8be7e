// Bagian Perekonomian Setda workbooks on BUMD dividends: a per-BUMD dividend recap 2024 of a Sumatera
// Barat kabupaten with a recap by bentuk hukum under it, the PK 2025 of a Bali kabupaten's Kabag
// Perekonomian beside the Renstra Setda targets (Tahun ke-1 .. ke-5), and an IKU matrix 2025-2029 of
// a Sumatera Barat kota. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

// ================================== Rekap dividen BUMD Kabupaten Pasaman Tinggi (Sumatera Barat), 2024

type D = { id: string; nm: string; bh: "Perseroda" | "Perumda"; own: number; tg: number; re: number };

export function dividenBumd(): BookW {
  const b = new BookW(
    "rekap-dividen-bumd-perekonomian-pasaman-tinggi.xlsx",
    "Rekap setoran dividen / laba BUMD (Bagian Perekonomian)",
    "Rekap dividen BUMD 2024 of a Bagian Perekonomian in Sumatera Barat: No | Nama BUMD | Bentuk Hukum | Kepemilikan Pemda (%) | Target Dividen APBD 2024 (Rp) | Realisasi Setoran 2024 (Rp) | % Realisasi | Kontribusi thd Total Dividen (%) | Keterangan; JUMLAH row; Tabel 2 under it: Bentuk Hukum | Jumlah BUMD | Realisasi Dividen (Rp) | Porsi (%)",
  );
  const S = "Dividen BUMD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN PASAMAN TINGGI", "SEKRETARIAT DAERAH - BAGIAN PEREKONOMIAN"]);
  s.lines([
    "Tabel 1. Rekapitulasi Target dan Realisasi Setoran Bagian Laba (Dividen) BUMD Tahun Anggaran 2024",
  ]);
  s.gap();
  const D: D[] = [
    {
      id: "b1",
      nm: "PT Bank Pembangunan Daerah Sumatera Barat (Perseroda)",
      bh: "Perseroda",
      own: 2.15,
      tg: 6_850_000_000,
      re: 7_124_360_000,
    },
    {
      id: "b2",
      nm: "Perumda Air Minum Tirta Pasaman Tinggi",
      bh: "Perumda",
      own: 100,
      tg: 450_000_000,
      re: 386_540_000,
    },
    {
      id: "b3",
      nm: "PT BPR Lubuk Sikaping Raya (Perseroda)",
      bh: "Perseroda",
      own: 85.5,
      tg: 1_200_000_000,
      re: 1_236_000_000,
    },
    { id: "b4", nm: "Perumda Pasar Bagonjong", bh: "Perumda", own: 100, tg: 150_000_000, re: 12_500_000 },
    {
      id: "b5",
      nm: "PT Jamkrida Sumatera Barat (Perseroda)",
      bh: "Perseroda",
      own: 1.8,
      tg: 95_000_000,
      re: 101_270_000,
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Nama BUMD"], role: "indikator", width: 40 },
      { key: "bh", head: ["Bentuk Hukum"], width: 11 },
      { key: "own", head: ["Kepemilikan Pemda (%)"], fmt: DEC, width: 11 },
      { key: "tg", head: ["Target Dividen APBD 2024 (Rp)"], role: "target", year: 2024, fmt: RP, width: 17 },
      { key: "re", head: ["Realisasi Setoran 2024 (Rp)"], role: "realisasi", year: 2024, fmt: RP, width: 17 },
      { key: "pc", head: ["% Realisasi"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "ko", head: ["Kontribusi thd Total Dividen (%)"], fmt: DEC, width: 12 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 22 },
    ],
    headerRows: 1,
    rows: [
      ...D.map((d, i): Row => ({
        id: d.id,
        cells: (c) => ({
          no: i + 1,
          nm: d.nm,
          bh: d.bh,
          own: d.own,
          tg: d.tg,
          re: d.re,
          // planted: Perumda Air Minum's % typed 89.50 (386,540,000 / 450,000,000 = 85.90)
          pc: d.id === "b2" ? 89.5 : fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`),
          ko: fx(`ROUND(${c.a("re")}/${c.a("re", "tot")}*100,2)`),
          ket:
            d.id === "b4"
              ? "setoran sebagian, rugi 2022 dikompensasi"
              : d.re > d.tg
                ? "melampaui target"
                : "",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "own"],
        cells: (c) => ({
          no: "JUMLAH",
          tg: fx(`SUM(${c.a("tg", "b1")}:${c.a("tg", "b5")})`),
          re: fx(`SUM(${c.a("re", "b1")}:${c.a("re", "b5")})`),
          pc: fx(`ROUND(${c.a("re")}/${c.a("tg")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 2. Rekapitulasi Dividen menurut Bentuk Hukum BUMD"]);
  s.gap();
  const re = (id: string) => t.a("re", id);
  const t2 = s.table({
    cols: [
      { key: "bh", head: ["Bentuk Hukum"], width: 14 },
      { key: "n", head: ["Jumlah BUMD"], width: 10 },
      { key: "re", head: ["Realisasi Dividen 2024 (Rp)"], role: "realisasi", year: 2024, fmt: RP, width: 17 },
      { key: "po", head: ["Porsi (%)"], fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    rows: [
      // planted: the Perseroda line adds b1 and b3 only, the Jamkrida left out
      {
        id: "ps",
        cells: (c) => ({
          bh: "Perseroda",
          n: 3,
          re: fx(`${re("b1")}+${re("b3")}`),
          po: fx(`ROUND(${c.a("re")}/${re("tot")}*100,2)`),
        }),
      },
      {
        id: "pm",
        cells: (c) => ({
          bh: "Perumda",
          n: 2,
          re: fx(`${re("b2")}+${re("b4")}`),
          po: fx(`ROUND(${c.a("re")}/${re("tot")}*100,2)`),
        }),
      },
      {
        id: "j",
        bold: true,
        cells: (c) => ({
          bh: "Jumlah",
          n: fx(`${c.a("n", "ps")}+${c.a("n", "pm")}`),
          re: fx(`${c.a("re", "ps")}+${c.a("re", "pm")}`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Lubuk Sikaping, 20 Januari 2025",
    jabatan: ["KEPALA BAGIAN PEREKONOMIAN", "SETDA KABUPATEN PASAMAN TINGGI,"],
    nama: "YULHENDRI, S.E., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19790612 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "b2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Realisasi of the Perumda Air Minum is a typed 89.50 among ROUND formulas; 386,540,000 / 450,000,000 gives 85.90",
    truth: `ROUND(${a("re", "b2")}/${a("tg", "b2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("re", "ps") },
    rules: ["sum-mismatch", "cross-table-mismatch"],
    note: "Tabel 2 Perseroda dividend adds the Bank and the BPR only (8,360,360,000); with the Jamkrida's 101,270,000 the three Perseroda give 8,461,630,000",
    truth: `${re("b1")}+${re("b3")}+${re("b5")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("re", "tot")}/${a("tg", "tot")}*100,2)`,
    // the total's % is the ratio of the totals, not the rows' percentages added
    trap: `SUM(${a("pc", "b1")}:${a("pc", "b5")})`,
  });
  for (const k of ["tg", "re"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "b1")}:${a(k, "b5")})` });
  for (const id of ["b1", "b3", "b5"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("re", id)}/${a("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("pc", "b4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("re", "b4")}/${a("tg", "b4")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("own", "b2"), rules: ["percent-out-of-range"], truth: "100" });
  b.ok({
    sheet: S,
    cell: a("ko", "b1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("re", "b1")}/${a("re", "tot")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("re", "pm"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: `${re("b2")}+${re("b4")}`,
  });
  return b.finish();
}

// ============================ PK Kabag Perekonomian Setda Kabupaten Karangasem Barat (Bali), 2025

type P = { id: string; sas: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkPerekonomian(): BookW {
  const b = new BookW(
    "pk-kabag-perekonomian-bumd-karangasem-barat.xlsx",
    "PK 2025 and Renstra Setda (Bagian Perekonomian)",
    "PK 2025 of a Kabag Perekonomian in Bali: No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) with JUMLAH = the program; sheet Renstra: Indikator | Satuan | Kondisi Awal | 'Target Tahun ke-' > 1 .. 5 | Kondisi Akhir, years from the title 2025-2029",
  );
  const S = "PK 2025";
  const R = "Renstra Setda";
  const SAS = "Meningkatnya kontribusi BUMD terhadap pendapatan daerah";
  const rows: P[] = [
    {
      id: "i1",
      sas: SAS,
      ind: "Persentase kontribusi dividen BUMD terhadap PAD",
      sat: "%",
      awal: 2.75,
      tg: [2.9, 3.2, 3.45, 3.7, 4],
      f: DEC,
    },
    {
      id: "i2",
      sas: SAS,
      ind: "Persentase BUMD yang menyetor dividen",
      sat: "%",
      awal: 60,
      tg: [75, 75, 80, 80, 100],
      f: DEC,
    },
    {
      id: "i3",
      sas: SAS,
      ind: "Persentase BUMD dengan tingkat kesehatan Sehat",
      sat: "%",
      awal: 40,
      tg: [50, 50, 60, 75, 75],
      f: DEC,
    },
    {
      id: "i4",
      sas: "Meningkatnya kualitas kebijakan perekonomian daerah",
      ind: "Indeks kepuasan BUMD atas pembinaan Bagian Perekonomian",
      sat: "indeks",
      awal: 76.2,
      tg: [77, 78, 79, 80, 81.5],
      f: DEC,
    },
  ];
  const s = b.sheet(S);
  s.lines(
    ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA BAGIAN PEREKONOMIAN SETDA KABUPATEN KARANGASEM BARAT"],
    1,
    { bold: true },
  );
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami berjanji akan mewujudkan target kinerja sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      // planted: the dividend share takes the Renstra's second-year target 3.20
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        tg: fmt(x.id === "i1" ? x.tg[1] : x.tg[0], x.f),
      },
    })),
  });
  s.gap();
  const subs: Array<[string, string, string, number]> = [
    [
      "s1",
      "4.01.03.2.01.0001",
      "Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Pengelolaan BUMD dan BLUD",
      386_400_000,
    ],
    // planted: coded under kegiatan 4.01.02.2.01 while it stands under 4.01.03.2.01
    [
      "s2",
      "4.01.02.2.01.0002",
      "Koordinasi, Sinkronisasi dan Evaluasi Kebijakan Perekonomian Daerah",
      214_750_000,
    ],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], role: "indikator", width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 8 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        cells: (c) => ({
          no: 1,
          kode: "4.01.03",
          nm: "Program Perekonomian dan Pembangunan",
          rp: fx(c.a("rp", "k")),
          ket: "APBD",
        }),
      },
      {
        id: "k",
        cells: (c) => ({
          kode: "4.01.03.2.01",
          nm: "Pelaksanaan Kebijakan Perekonomian",
          rp: fx(subs.map(([id]) => c.a("rp", id)).join("+")),
          ket: "APBD",
        }),
      },
      ...subs.map(([id, kode, nm, rp]): Row => ({ id, cells: { kode, nm, rp, ket: "APBD" } })),
      { id: "j", bold: true, span: ["no", "nm"], cells: (c) => ({ no: "JUMLAH", rp: fx(c.a("rp", "p")) }) },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["SEKRETARIS DAERAH"],
    nama: "I WAYAN SUDARSANA, S.H., M.Si.",
    nip: "19690817 199503 1 002",
  });
  s.r -= 7;
  signature(s, 4, {
    tempat: "Amlapura Barat, 3 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA BAGIAN PEREKONOMIAN"],
    nama: "NI KADEK AYU PRATIWI, S.E., M.Ak.",
    nip: "19840309 200801 2 005",
  });
  const r = b.sheet(R);
  r.lines(
    [
      "RENCANA STRATEGIS SEKRETARIAT DAERAH KABUPATEN KARANGASEM BARAT 2025-2029",
      "Matriks Target Kinerja Bagian Perekonomian",
    ],
    1,
    { bold: true },
  );
  r.gap();
  const tr = r.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[1, 2, 3, 4, 5].map((k): Col => ({
        key: `y${k}`,
        head: ["Target Tahun ke-", String(k)],
        role: "target",
        year: 2024 + k,
        width: 8,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x): Row => ({
      id: x.id,
      cells: (c) => ({
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, fmt(v, x.f)])),
        ak: fx(c.a("y5")),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t.a("tg", "i1") },
        { sheet: R, cell: tr.a("y1", "i1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the dividend share of PAD is 3.20, the Renstra's Tahun ke-2 (2026); Tahun ke-1 (2025) is 2.90",
    truth: `'${R}'!${tr.a("y1", "i1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("kode", "s2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Koordinasi ... Perekonomian Daerah is coded 4.01.02.2.01.0002 under kegiatan 4.01.03.2.01",
    truth: `PARENT(${t2.a("kode", "k")})`,
    actual: `PARENT(${t2.a("kode", "s2")})`,
  });
  for (const id of ["i2", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: t.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y1", id)}`,
    });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: t2.a("rp", "p"),
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "s2")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "k"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "s1")}+${t2.a("rp", "s2")}`,
  });
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      trap: [1, 2, 3, 4, 5].map((k) => tr.a(`y${k}`, x.id)).join("+"),
    });
  return b.finish();
}

// ====================================== IKU Bagian Perekonomian Setda Kota Padang Ateh (Sumbar)

export function ikuPerekonomian(): BookW {
  const b = new BookW(
    "iku-bagian-perekonomian-laba-bumd-padang-ateh.xlsx",
    "IKU matrix 2025-2029 (Bagian Perekonomian)",
    "IKU 2025-2029 of a Bagian Perekonomian in Sumatera Barat: No | Sasaran | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Sumber Data | Penanggung Jawab; lower-is-better BUMD merugi",
  );
  const S = "IKU Perekonomian";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PADANG ATEH", "SEKRETARIAT DAERAH"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) BAGIAN PEREKONOMIAN TAHUN 2025-2029"]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const SAS = "Meningkatnya kinerja dan kontribusi BUMD";
  const rows = [
    {
      id: "i1",
      ind: "Persentase kontribusi laba BUMD terhadap PAD",
      fo: "Dividen BUMD / PAD x 100%",
      sat: "%",
      awal: 2.85,
      tg: [2.95, 3.05, 3.15, 3.25, 3.4],
    },
    // planted: 120 % of the BUMD cannot pay a dividend (five BUMD: 100 %)
    {
      id: "i2",
      ind: "Persentase BUMD yang menyetor dividen",
      fo: "BUMD penyetor dividen / jumlah BUMD x 100%",
      sat: "%",
      awal: 60,
      tg: [60, 80, 80, 100, 120],
    },
    {
      id: "i3",
      ind: "Persentase BUMD yang merugi",
      fo: "BUMD rugi / jumlah BUMD x 100% (semakin kecil semakin baik)",
      sat: "%",
      awal: 40,
      tg: [40, 20, 20, 0, 0],
    },
    // planted: 2028 typed 4.70 between 5.30 and 6.10
    {
      id: "i4",
      ind: "Rata-rata Return on Equity (ROE) BUMD",
      fo: "Laba bersih / ekuitas x 100%, dirata-ratakan",
      sat: "%",
      awal: 4.1,
      tg: [4.5, 4.9, 5.3, 4.7, 6.1],
    },
    {
      id: "i5",
      ind: "Persentase realisasi setoran dividen terhadap target APBD",
      fo: "Realisasi / target x 100%",
      sat: "%",
      awal: 95,
      tg: [100, 100, 100, 100, 100],
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
      { key: "fo", head: ["Formulasi Perhitungan"], role: "rumus", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 8,
      })),
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 20 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: SAS,
        ind: x.ind,
        fo: x.fo,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, k) => [`y${y}`, x.tg[k]])),
        sd: "Laporan keuangan BUMD (audited)",
        pj: "Kabag Perekonomian",
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: jumlah BUMD milik Pemerintah Kota Padang Ateh sebanyak 5 (lima)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2029", "i2") },
    rules: ["percent-out-of-range"],
    note: "2029 target of the share of BUMD paying a dividend is 120.00 %; of five BUMD at most all five (100.00) can pay",
    truth: "100",
  });
  b.plant({
    at: { sheet: S, cell: a("y2028", "i4") },
    rules: ["target-trend"],
    note: "2028 target of the ROE falls to 4.70 between 5.30 (2027) and 6.10 (2029); the steps of 0.40 give 5.70",
    truth: `(${a("y2027", "i4")}+${a("y2029", "i4")})/2`,
  });
  for (const y of [2026, 2028])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "i3"),
      rules: ["target-trend"],
      truth: String(rows[2].tg[y - 2025]),
      // lower is better: the falling target is right, not a drop
      trap: a(`y${y - 1}`, "i3"),
    });
  for (const y of [2026, 2029])
    b.ok({ sheet: S, cell: a(`y${y}`, "i5"), rules: ["percent-out-of-range"], truth: "100" });
  b.ok({ sheet: S, cell: a("y2028", "i2"), rules: ["percent-out-of-range"], truth: "100" });
  b.ok({ sheet: S, cell: a("y2029", "i1"), rules: ["target-trend", "target-outlier"], truth: "3.4" });
  return b.finish();
}
