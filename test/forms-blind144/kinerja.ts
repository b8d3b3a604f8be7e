// Performance tables of two DPMPTSP: the LKjIP 2024 measurement of a Bangka Belitung kabupaten
// (realisasi investasi, SLA perizinan, waktu penyelesaian and pengaduan lower is better, IKM, LKPM)
// and the Perjanjian Kinerja 2025 of a Papua Tengah kabupaten with quarterly targets, its program
// budget and its Renstra 2025-2029 targets on a second sheet. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ========================================== DPMPTSP Kabupaten Belitung Pesisir, LKjIP 2024

type Ind = {
  id: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipDpmptsp(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-dpmptsp-belitung-pesisir-2024.xlsx",
    "LKjIP pengukuran kinerja DPMPTSP 2024",
    "LKjIP 2024 Tabel 3.1 of a DPMPTSP in Bangka Belitung: No | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra 2026 | Capaian thd Target 2026 (%); number row (1) .. (10) with '(7) = (6)/(5) x 100'; refleksi for the two lower-is-better rows; Rata-rata and Predikat rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", "KABUPATEN BELITUNG PESISIR"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama DPMPTSP Tahun 2024"]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Nilai realisasi investasi PMA dan PMDN (Rp miliar)",
      sat: "Rp miliar",
      r23: 1_042.3,
      t: 1_250,
      r: 1_187.64,
      t26: 1_500,
      f: DEC,
    },
    {
      id: "i2",
      ind: "Persentase perizinan berusaha yang terbit tepat waktu sesuai SLA",
      sat: "%",
      r23: 86.4,
      t: 92,
      r: 89.35,
      t26: 95,
      f: DEC,
    },
    {
      id: "i3",
      ind: "Rata-rata waktu penyelesaian perizinan non-OSS",
      sat: "hari kerja",
      r23: 9,
      t: 7,
      r: 5,
      t26: 4,
      neg: true,
      f: "0",
    },
    {
      id: "i4",
      ind: "Indeks Kepuasan Masyarakat (IKM) pelayanan perizinan",
      sat: "indeks",
      r23: 80.12,
      t: 84,
      r: 82.91,
      t26: 86,
      f: DEC,
    },
    {
      id: "i5",
      ind: "Jumlah pengaduan layanan perizinan yang tidak terselesaikan",
      sat: "kasus",
      r23: 17,
      t: 10,
      r: 14,
      t26: 8,
      neg: true,
      f: "0",
    },
    {
      id: "i6",
      ind: "Persentase pelaku usaha yang menyampaikan LKPM tepat waktu",
      sat: "%",
      r23: 51.8,
      t: 75,
      r: 58.6,
      t26: 85,
      f: DEC,
    },
  ];
  const cap = (x: Ind) => round((x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t) * 100);
  const avg = round(rows.reduce((n, x) => n + (x.id === "i1" ? 105.25 : cap(x)), 0) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 11 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(4)", width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(5)", width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "(6)", width: 10 },
    {
      key: "c",
      head: [G, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6)/(5) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, num: "(8)", width: 12 },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, num: "(9)", width: 11 },
    {
      key: "c26",
      head: ["Capaian thd Target 2026 (%)"],
      role: "capaian",
      year: 2026,
      num: "(10) = (6)/(9) x 100",
      fmt: DEC,
      width: 12,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the investasi's capaian is a typed 105.25 among formulas (1,187.64 / 1,250 = 95.01)
          c: x.id === "i1" ? fmt(105.25, DEC) : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Cukup" for the LKPM's 78.13 (band > 75 - 90 is Baik)
          p: x.id === "i6" ? "Cukup" : predikatBaik(x.id === "i1" ? 105.25 : cap(x)),
          t26: fmt(x.t26, x.f),
          c26: fx(x.neg ? refl(c.a("r"), c.a("t26")) : rt(c.a("r"), c.a("t26"))),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "r"],
        cells: { no: "Predikat capaian kinerja", c: predikatBaik(avg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 3 dan 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Skala predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Manggar Baru, 26 Februari 2025",
    jabatan: ["Kepala DPMPTSP Kabupaten Belitung Pesisir,"],
    nama: "Hj. NURLAILA SYAFRIE, S.E., M.Ak.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770528 200212 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  if (cap(rows[5]) !== 78.13 || predikatBaik(78.13) !== "Baik") throw new Error("lkjip i6");
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the realisasi investasi PMA/PMDN is a typed 105.25 among formulas; 1,187.64 / 1,250.00 gives 95.01",
    truth: rt(a("r", "i1"), a("t", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Cukup' for the LKPM capaian 78.13 (58.60 against 75); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i6")})`,
  });
  for (const x of rows.slice(1)) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  for (const x of rows) {
    const R = a("r", x.id);
    const T = a("t26", x.id);
    b.ok({
      sheet: S,
      cell: a("c26", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.neg ? rt(R, T) : undefined,
    });
  }
  b.ok({ sheet: S, cell: a("t26", "i5"), rules: ["target-trend"], truth: "8" });
  return b.finish();
}

// ================================= DPMPTSP Kabupaten Wagete Raya (Papua Tengah), PK 2025 + Renstra

type PkInd = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  q: number[];
  level: boolean;
  f: string;
};

export function pkDpmptsp(): BookW {
  const b = new BookW(
    "pk-2025-kadis-dpmptsp-wagete-raya-renstra.xlsx",
    "PK 2025 with quarterly targets and Renstra DPMPTSP 2025-2029",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target Tahunan 2025 | 'Target Triwulan' > I .. IV (flows add up, levels end at Triwulan IV); No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) with JUMLAH = the two programs; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | Target 2025 .. 2029 | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAGETE RAYA",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak Pertama: MARTHINUS DOGOMO, S.IP., M.Si., Kepala DPMPTSP; Pihak Kedua: MEKY NAWIPA, S.H., Bupati Wagete Raya",
  ]);
  s.gap();
  const SA = "Meningkatnya realisasi investasi daerah";
  const SB = "Meningkatnya kualitas pelayanan perizinan berusaha";
  const rows: PkInd[] = [
    {
      id: "r1",
      sas: SA,
      ind: "Nilai realisasi investasi PMA dan PMDN",
      sat: "Rp miliar",
      awal: 412.6,
      tg: [460, 510, 565, 620, 680],
      q: [95, 110, 120, 135],
      level: false,
      f: DEC,
    },
    {
      id: "r2",
      sas: SA,
      ind: "Jumlah pelaku usaha mikro dan kecil yang memperoleh NIB",
      sat: "pelaku usaha",
      awal: 1_084,
      tg: [1_200, 1_300, 1_400, 1_500, 1_600],
      q: [250, 300, 350, 300],
      level: false,
      f: "#,##0",
    },
    {
      id: "r3",
      sas: SB,
      ind: "Indeks Kepuasan Masyarakat (IKM) DPMPTSP",
      sat: "indeks",
      awal: 78.4,
      tg: [79.5, 80.5, 81.5, 82.5, 83.5],
      q: [78.6, 78.9, 79.2, 79.5],
      level: true,
      f: DEC,
    },
    {
      id: "r4",
      sas: SB,
      ind: "Persentase perizinan yang diselesaikan sesuai SLA",
      sat: "%",
      awal: 83.1,
      tg: [86, 88, 90, 92, 94],
      q: [84, 85, 85.5, 86],
      level: true,
      f: DEC,
    },
  ];
  // planted: the PK's annual investasi target is 640.00 where the Renstra 2025 target is 460.00 (sum of quarters)
  const annual = (x: PkInd) => (x.id === "r1" ? 640 : x.tg[0]);
  const TQ = "Target Triwulan";
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "tg", head: ["Target Tahunan 2025"], role: "target", year: 2025, width: 11 },
      ...["I", "II", "III", "IV"].map((q, i): Col => ({
        key: `q${i + 1}`,
        head: [TQ, q],
        role: "target",
        year: 2025,
        width: 9,
      })),
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        tg: fmt(annual(x), x.f),
        q1: fmt(x.q[0], x.f),
        q2: fmt(x.q[1], x.f),
        q3: fmt(x.q[2], x.f),
        q4: fmt(x.q[3], x.f),
      },
    })),
  });
  s.gap();
  const subs: Array<[string, string, string, number]> = [
    ["s1", "2.18.04.2.01.0001", "Penyediaan Pelayanan Terpadu Perizinan Berbasis OSS RBA", 1_186_400_000],
    ["s2", "2.18.04.2.01.0003", "Pengelolaan Pengaduan dan Survei Kepuasan Masyarakat", 347_250_000],
    // planted: coded under kegiatan 2.18.04.2.02 while it stands under 2.18.04.2.01
    [
      "s3",
      "2.18.04.2.02.0004",
      "Fasilitasi Pelaku Usaha Mikro dalam Pemenuhan Perizinan Berusaha",
      415_800_000,
    ],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 19 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: (c) => ({
          no: 1,
          kode: "2.18.04",
          nm: "Program Pelayanan Penanaman Modal",
          rp: fx(c.a("rp", "k1")),
        }),
      },
      {
        id: "k1",
        cells: (c) => ({
          kode: "2.18.04.2.01",
          nm: "Pelayanan Perizinan dan Non Perizinan secara Terpadu Satu Pintu",
          rp: fx(`SUM(${c.a("rp", "s1")}:${c.a("rp", "s3")})`),
        }),
      },
      ...subs.map(([id, kode, nm, rp]): Row => ({ id, cells: { kode, nm, rp } })),
      {
        id: "p2",
        cells: (c) => ({
          no: 2,
          kode: "2.18.03",
          nm: "Program Promosi Penanaman Modal",
          rp: fx(c.a("rp", "k2")),
        }),
      },
      {
        id: "k2",
        cells: (c) => ({
          kode: "2.18.03.2.01",
          nm: "Penyelenggaraan Promosi Penanaman Modal",
          rp: fx(c.a("rp", "s4")),
        }),
      },
      {
        id: "s4",
        cells: {
          kode: "2.18.03.2.01.0001",
          nm: "Pelaksanaan Kegiatan Promosi Penanaman Modal Daerah",
          rp: 624_500_000,
        },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Nabire Baru, 6 Januari 2025"]);
  s.lines(["Pihak Kedua,", "Bupati Wagete Raya", "", "", "MEKY NAWIPA, S.H."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala DPMPTSP",
      "",
      "",
      "MARTHINUS DOGOMO, S.IP., M.Si.",
      "NIP. 19800214 200501 1 006",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DPMPTSP KABUPATEN WAGETE RAYA"]);
  r.lines(["Target Indikator Kinerja Utama Renstra DPMPTSP 2025-2029"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: x.id === "r1" ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : fx(c.a("y2029")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y2025", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 annual target of the realisasi investasi is 640.00; the Renstra 2025 target is 460.00, which the four quarters (95 + 110 + 120 + 135) also give",
    truth: `'${R}'!${tr.a("y2025", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Fasilitasi Pelaku Usaha Mikro is coded 2.18.04.2.02.0004 (kegiatan 2.18.04.2.02) under kegiatan 2.18.04.2.01; its code is 2.18.04.2.01.0004",
    truth: `${t2.a("kode", "k1")}&".0004"`,
  });
  for (const x of rows.slice(1)) {
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
    const qs = [1, 2, 3, 4].map((k) => t1.a(`q${k}`, x.id));
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["sum-mismatch"],
      truth: x.level ? qs[3] : qs.join("+"),
      trap: x.level ? qs.join("+") : undefined,
    });
  }
  for (const x of rows) {
    const last = tr.a("y2029", x.id);
    const all = `SUM(${tr.a("y2025", x.id)}:${last})`;
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.id === "r1" ? all : last,
      trap: x.id === "r1" ? last : all,
    });
  }
  for (const [id, up] of [
    ["s1", "k1"],
    ["s2", "k1"],
    ["k1", "p1"],
    ["s4", "k2"],
    ["k2", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", up),
    });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "k1"),
    rules: ["sum-mismatch"],
    truth: ["s1", "s2", "s3"].map((id) => t2.a("rp", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "p1")}+${t2.a("rp", "p2")}`,
    trap: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "s4")})`,
  });
  return b.finish();
}
