// Plans of a Dinas Perkim and a Bagian Kesra: the T-C.27 Renstra 2025-2029 of a Sulawesi Selatan
// kabupaten "(dalam ribuan rupiah)" with ordinal years, the PK 2025 of a Kalimantan Barat Kepala Dinas
// beside its Renstra targets, and the IKU matrix 2024-2026 of a Bagian Kesejahteraan Rakyat. Every name
// and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type R = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  rp?: number[];
  lvl: boolean;
};

export function tc27Perkim(): BookW {
  const b = new BookW(
    "tc27-renstra-perkim-bulu-tanete-2025-2029.xlsx",
    "T-C.27 Renstra (Dinas Perkim)",
    "T-C.27 of a Dinas Perkim in Sulawesi Selatan, '(dalam ribuan rupiah)': Kode | Program / Kegiatan | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > Tahun ke-1 (2025) .. Tahun ke-5 (2029) > Target | Rp | Kondisi Akhir (2029) > Target | Rp | Unit Kerja; number row with '16 = 7 + 9 + 11 + 13 + 15'",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "RENCANA STRATEGIS DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN",
    "KABUPATEN BULU TANETE TAHUN 2025-2029",
  ]);
  s.lines(["Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah", "(dalam ribuan rupiah)"]);
  s.gap();
  const L: R[] = [
    {
      id: "p1",
      kode: "1.04.02",
      nm: "Program Pengembangan Perumahan",
      ind: "Persentase rumah layak huni",
      sat: "%",
      awal: 86.4,
      tg: [87.5, 88.5, 89.5, 90.5, 91.5],
      lvl: true,
    },
    {
      id: "k11",
      kode: "1.04.02.2.01",
      nm: "Pendataan Penyediaan dan Rehabilitasi Rumah Tidak Layak Huni",
      ind: "Jumlah RTLH yang direhabilitasi",
      sat: "unit",
      awal: 312,
      tg: [300, 320, 340, 360, 380],
      rp: [6_000_000, 6_400_000, 6_800_000, 7_200_000, 7_600_000],
      lvl: false,
    },
    {
      id: "k12",
      kode: "1.04.02.2.02",
      nm: "Penyediaan Rumah bagi Korban Bencana dan Relokasi",
      ind: "Jumlah rumah korban bencana yang direhabilitasi",
      sat: "unit",
      awal: 45,
      tg: [40, 40, 45, 45, 50],
      rp: [1_600_000, 1_650_000, 1_850_000, 1_900_000, 2_100_000],
      lvl: false,
    },
    {
      id: "p2",
      kode: "1.04.03",
      nm: "Program Kawasan Permukiman",
      ind: "Luas kawasan permukiman kumuh (lebih kecil lebih baik)",
      sat: "Ha",
      awal: 124.6,
      tg: [118, 110, 102, 94, 86],
      lvl: true,
    },
    // planted: the kegiatan of program 1.04.03 is coded 1.04.02.2.03
    {
      id: "k21",
      kode: "1.04.02.2.03",
      nm: "Penataan dan Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di Bawah 10 Ha",
      ind: "Luas kawasan kumuh yang ditangani",
      sat: "Ha",
      awal: 6.6,
      tg: [8, 8, 8, 8, 8],
      rp: [4_250_000, 4_400_000, 4_500_000, 4_650_000, 4_800_000],
      lvl: false,
    },
    {
      id: "k22",
      kode: "1.04.03.2.02",
      nm: "Penyediaan PSU Permukiman",
      ind: "Jumlah kawasan yang dilengkapi PSU",
      sat: "kawasan",
      awal: 5,
      tg: [6, 6, 7, 7, 8],
      rp: [3_300_000, 3_300_000, 3_850_000, 3_850_000, 4_400_000],
      lvl: false,
    },
  ];
  const kids: Record<string, string[]> = { p1: ["k11", "k12"], p2: ["k21", "k22"] };
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra (2029)";
  const ord = [
    "Tahun ke-1 (2025)",
    "Tahun ke-2 (2026)",
    "Tahun ke-3 (2027)",
    "Tahun ke-4 (2028)",
    "Tahun ke-5 (2029)",
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 16 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
      width: 11,
    },
    ...ord.flatMap((y, i): Col[] => [
      { key: `t${i}`, head: [G, y, "Target"], role: "target", year: 2025 + i, num: 6 + 2 * i, width: 9 },
      {
        key: `r${i}`,
        head: [G, y, "Rp"],
        role: "anggaran",
        year: 2025 + i,
        num: 7 + 2 * i,
        fmt: INT,
        width: 13,
      },
    ]),
    { key: "ak", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: 16, width: 9 },
    {
      key: "akrp",
      head: [AK, "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "17 = 7 + 9 + 11 + 13 + 15",
      fmt: INT,
      width: 14,
    },
    { key: "uk", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: L.map((e): Row => ({
      id: e.id,
      bold: !!kids[e.id],
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: e.kode,
          nm: e.nm,
          ind: e.ind,
          sat: e.sat,
          awal: e.awal,
          uk: e.id.startsWith("k1") || e.id === "p1" ? "Bidang Perumahan" : "Bidang Kawasan Permukiman",
        };
        for (let i = 0; i < 5; i++) {
          out[`t${i}`] = e.tg[i];
          out[`r${i}`] = kids[e.id] ? fx(kids[e.id].map((c) => x.a(`r${i}`, c)).join("+")) : e.rp![i];
        }
        out.ak = e.lvl ? e.tg[4] : e.tg.reduce((n, v) => n + v, 0);
        // planted: kondisi akhir Rp of program 1.04.03 typed 36,100,000 (year 2029 left out)
        out.akrp =
          e.id === "p2" ? 36_100_000 : fx(`${x.a("r0")}+${x.a("r1")}+${x.a("r2")}+${x.a("r3")}+${x.a("r4")}`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Sumber: Renstra Dinas Perumahan Rakyat dan Kawasan Permukiman 2025-2029 (diolah)."]);
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (id: string, p: string) => [0, 1, 2, 3, 4].map((i) => a(`${p}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akrp", "p2") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of Program Kawasan Permukiman is a typed 36,100,000 (ribuan) among formulas; the five years add to 41,300,000",
    truth: yrs("p2", "r"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k21") },
    rules: ["code-hierarchy"],
    note: "kegiatan Penataan dan Peningkatan Kualitas Kawasan Permukiman Kumuh is coded 1.04.02.2.03 under program 1.04.03",
    actual: `PARENT(${a("kode", "k21")})`,
    truth: a("kode", "p2"),
  });
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", id),
      // a level (and a falling one for p2): the 2029 target, not the five years added
      trap: yrs(id, "t"),
    });
  for (const id of ["k11", "k12", "k22"])
    b.ok({ sheet: S, cell: a("ak", id), rules: ["kondisi-akhir-mismatch"], truth: yrs(id, "t") });
  for (const id of ["p1", "k11", "k12", "k21", "k22"])
    b.ok({ sheet: S, cell: a("akrp", id), rules: ["kondisi-akhir-mismatch"], truth: yrs(id, "r") });
  b.ok({
    sheet: S,
    cell: a("r2", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("r2", "k11")}+${a("r2", "k12")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k22"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${a("kode", "k22")})`,
    truth: a("kode", "p2"),
  });
  return b.finish();
}

export function pkPerkim(): BookW {
  const b = new BookW(
    "pk-2025-kadis-perkim-sambas-hulu-dan-renstra.xlsx",
    "PK with Renstra (Dinas Perkim)",
    "PK 2025 of the Kepala Dinas Perkim of a Kalimantan Barat kabupaten: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with JUMLAH; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Baseline 2024 | 'Target Tahunan' > 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const SR = "Renstra 2025-2029";
  const SP = "PK 2025";
  const ind = [
    {
      id: "u1",
      sas: "Meningkatnya kualitas hunian layak",
      ind: "Persentase rumah layak huni",
      sat: "%",
      awal: 78.4,
      tg: [80, 82, 84, 86, 88],
    },
    {
      id: "u2",
      sas: "Meningkatnya kualitas hunian layak",
      ind: "Persentase RTLH yang tertangani melalui BSPS dan APBD",
      sat: "%",
      awal: 18.5,
      tg: [24, 30, 36, 42, 48],
    },
    {
      id: "u3",
      sas: "Berkurangnya kawasan permukiman kumuh",
      ind: "Luas kawasan kumuh perkotaan (Ha)",
      sat: "Ha",
      awal: 64.2,
      tg: [58, 52, 46, 40, 34],
    },
    {
      id: "u4",
      sas: "Berkurangnya kawasan permukiman kumuh",
      ind: "Persentase kawasan perumahan dengan PSU memadai",
      sat: "%",
      awal: 55,
      tg: [60, 64, 68, 72, 76],
    },
  ];
  // the PK sheet first
  const p = b.sheet(SP);
  letterhead(p, ["PEMERINTAH KABUPATEN SAMBAS HULU", "PERJANJIAN KINERJA TAHUN 2025"]);
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Ir. H. SYARIF ABDURRAHMAN, M.T., Kepala Dinas Perumahan Rakyat dan Kawasan Permukiman,",
    "berjanji akan mewujudkan target kinerja sebagaimana terlampir.",
  ]);
  p.gap();
  const tp = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: the RTLH tertangani takes the Renstra 2026 target 30.00
    rows: ind.map((u, i): Row => ({
      id: u.id,
      cells: { no: i + 1, sas: u.sas, ind: u.ind, sat: u.sat, tg: u.id === "u2" ? u.tg[1] : u.tg[0] },
    })),
  });
  p.gap();
  const prog = [
    {
      id: "g1",
      kode: "1.04.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_862_350_000,
    },
    { id: "g2", kode: "1.04.02", nm: "Program Pengembangan Perumahan", rp: 12_740_000_000 },
    { id: "g3", kode: "1.04.03", nm: "Program Kawasan Permukiman", rp: 6_915_500_000 },
    {
      id: "g4",
      kode: "1.04.06",
      nm: "Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)",
      rp: 3_480_000_000,
    },
  ];
  const tg = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 8 },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((g, i): Row => ({
        id: g.id,
        cells: { no: i + 1, kode: g.kode, nm: g.nm, rp: g.rp, ket: "APBD" },
      })),
      // planted: JUMLAH typed 26,997,850,000 (the four programs give 27,997,850,000)
      { id: "jml", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: 26_997_850_000 } },
    ],
  });
  p.gap();
  signature(p, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["Bupati Sambas Hulu,"],
    nama: "H. RIDWAN SYAHRANI, S.H.",
    nip: "-",
  });
  // the Renstra sheet
  const r = b.sheet(SR);
  letterhead(r, ["TARGET KINERJA RENSTRA DINAS PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN 2025-2029"]);
  const TT = "Target Tahunan";
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${i}`,
        head: [TT, String(2025 + i)],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 11 },
    ],
    headerRows: 2,
    rows: ind.map((u, i): Row => ({
      id: u.id,
      cells: {
        no: i + 1,
        ind: u.ind,
        sat: u.sat,
        awal: u.awal,
        y0: u.tg[0],
        y1: u.tg[1],
        y2: u.tg[2],
        y3: u.tg[3],
        y4: u.tg[4],
        ak: u.tg[4],
      },
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: SP, cell: tp.a("tg", "u2") },
        { sheet: SR, cell: tr.a("y0", "u2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the RTLH tertangani is 30.00, the Renstra 2026 target; the Renstra 2025 target is 24.00",
    truth: `'${SR}'!${tr.a("y0", "u2")}`,
  });
  b.plant({
    at: { sheet: SP, cell: tg.a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH of the anggaran is a typed 26,997,850,000; the four programs give 27,997,850,000",
    truth: `SUM(${tg.a("rp", "g1")}:${tg.a("rp", "g4")})`,
  });
  for (const u of ind) {
    if (u.id !== "u2")
      b.ok({
        sheet: SP,
        cell: tp.a("tg", u.id),
        rules: ["cross-table-mismatch"],
        truth: `'${SR}'!${tr.a("y0", u.id)}`,
      });
    b.ok({
      sheet: SR,
      cell: tr.a("ak", u.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y4", u.id),
      trap: `SUM(${tr.a("y0", u.id)}:${tr.a("y4", u.id)})`,
    });
  }
  b.ok({ sheet: SR, cell: tr.a("y2", "u3"), rules: ["target-trend"], truth: "46" });
  return b.finish();
}

export function ikuKesra(): BookW {
  const b = new BookW(
    "matriks-iku-bagian-kesra-setda-mallawa-timur-2024-2026.xlsx",
    "IKU matrix (Bagian Kesra)",
    "IKU 2024-2026 of the Bagian Kesejahteraan Rakyat of a Sulawesi Selatan Setda: No | Sasaran | Indikator Kinerja Utama | Formulasi / Cara Pengukuran | Satuan | Kondisi Awal 2023 | 'Target' > 2024 | 2025 | 2026 | Kondisi Akhir 2026 | Sumber Data; a count row and a lower-is-better row",
  );
  const S = "IKU Kesra";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT DAERAH KABUPATEN MALLAWA TIMUR", "BAGIAN KESEJAHTERAAN RAKYAT"]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) BAGIAN KESEJAHTERAAN RAKYAT", "PERIODE 2024 - 2026"]);
  s.gap();
  const L = [
    {
      id: "i1",
      sas: "Meningkatnya akuntabilitas hibah keagamaan dan sosial",
      ind: "Persentase lembaga penerima hibah yang menyampaikan LPJ tepat waktu",
      f: "Lembaga LPJ tepat waktu / lembaga penerima x 100%",
      sat: "%",
      awal: 78.5,
      tg: [82, 79, 88],
      ak: 88,
      src: "Subbag Kesra",
    },
    {
      id: "i2",
      sas: "Meningkatnya kualitas kehidupan beragama",
      ind: "Jumlah rumah ibadah yang difasilitasi",
      f: "Jumlah rumah ibadah penerima fasilitasi",
      sat: "unit",
      awal: 22,
      tg: [24, 260, 28],
      ak: 78,
      src: "Subbag Agama",
    },
    {
      id: "i3",
      sas: "Meningkatnya kualitas kehidupan beragama",
      ind: "Persentase desa dengan forum kerukunan aktif",
      f: "Desa dengan FKUB desa aktif / jumlah desa x 100%",
      sat: "%",
      awal: 41.2,
      tg: [45, 50, 55],
      ak: 55,
      src: "Subbag Agama",
    },
    {
      id: "i4",
      sas: "Meningkatnya akuntabilitas hibah keagamaan dan sosial",
      ind: "Rata-rata waktu verifikasi proposal hibah (hari, makin kecil makin baik)",
      f: "Jumlah hari verifikasi / jumlah proposal",
      sat: "hari",
      awal: 21,
      tg: [18, 15, 12],
      ak: 12,
      src: "Subbag Kesra",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "f", head: ["Formulasi / Cara Pengukuran"], role: "rumus", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal 2023"], role: "kondisi-awal", year: 2023, fmt: DEC, width: 10 },
    ...[0, 1, 2].map((i): Col => ({
      key: `y${i}`,
      head: ["Target", String(2024 + i)],
      role: "target",
      year: 2024 + i,
      fmt: DEC,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir 2026"], role: "kondisi-akhir", year: 2026, fmt: DEC, width: 10 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "first",
    rows: L.map((u, i): Row => ({
      id: u.id,
      cells: (x) => ({
        no: i + 1,
        sas: u.sas,
        ind: u.ind,
        f: u.f,
        sat: u.sat,
        awal: u.awal,
        y0: u.tg[0],
        y1: u.tg[1],
        y2: u.tg[2],
        // a count: the kondisi akhir adds the three years
        ak: u.id === "i2" ? fx(`SUM(${x.a("y0")}:${x.a("y2")})`) : u.ak,
        src: u.src,
      }),
    })),
  });
  s.gap();
  s.lines([
    "Ditetapkan di Mallawa Timur, 15 Januari 2024",
    "KEPALA BAGIAN KESEJAHTERAAN RAKYAT,",
    "",
    "",
    "ANDI NURHAYATI, S.Sos., M.Si.",
    "NIP. 19780402 200604 2 011",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y1", "i1") },
    rules: ["target-trend"],
    note: "LPJ tepat waktu: the 2025 target 79.00 falls below 2024's 82.00 in a rising series to 88.00 (85.00 fits)",
    truth: `(${a("y0", "i1")}+${a("y2", "i1")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y1", "i2") },
    rules: ["target-outlier"],
    note: "rumah ibadah difasilitasi: 2025 target typed 260 between 24 and 28 (26 meant; a zero too many)",
    truth: `(${a("y0", "i2")}+${a("y2", "i2")})/2`,
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2", id),
      trap: `SUM(${a("y0", id)}:${a("y2", id)})`,
    });
  b.ok({ sheet: S, cell: a("y1", "i4"), rules: ["target-trend"], truth: "15" });
  b.ok({
    sheet: S,
    cell: a("y1", "i3"),
    rules: ["target-trend", "target-outlier"],
    truth: `(${a("y0", "i3")}+${a("y2", "i3")})/2`,
  });
  return b.finish();
}
