// Plans of the Dinas Kebudayaan: a T-C.27 of a Sumatera Barat kota's Renstra 2025-2029 (Tahun ke-1..5
// over Target | Rp, "(dalam ribuan rupiah)", SUM formulas for kegiatan and program, kondisi akhir K by
// kind) and the IKU matrix of a Papua kabupaten's Dinas Kebudayaan (polaritas column, unmerged group
// headers, a SAKIP score as "BB (80,00)"). Every name and number is invented.
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
  parts?: string[];
  bold?: boolean;
};

export function tc27Disbud(): BookW {
  const b = new BookW(
    "tc27-renstra-disbud-kota-batang-kuranji-2025-2029.xlsx",
    "T-C.27 Renstra program and pendanaan (Dinas Kebudayaan)",
    "T-C.27 of a Dinas Kebudayaan in Sumatera Barat, Renstra 2025-2029: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; (dalam ribuan rupiah); kegiatan and program Rp are SUM formulas; kondisi akhir K = last target for rates, sum for counts",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATANG KURANJI", "DINAS KEBUDAYAAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kebudayaan Kota Batang Kuranji",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "p",
      bold: true,
      kode: "2.22.05",
      nm: "Program Pelestarian dan Pengelolaan Cagar Budaya",
      ind: "Persentase cagar budaya yang dilestarikan",
      sat: "%",
      flow: false,
      awal: 56.4,
      k: [60, 64, 68, 72, 76],
      parts: ["g1", "g2"],
    },
    {
      id: "g1",
      kode: "2.22.05.2.01",
      nm: "Pengelolaan Cagar Budaya Peringkat Kota",
      ind: "Persentase cagar budaya terdaftar yang dikelola",
      sat: "%",
      flow: false,
      awal: 46.5,
      k: [50, 55, 60, 65, 70],
      parts: ["s11", "s12"],
    },
    {
      id: "s11",
      kode: "2.22.05.2.01.0001",
      nm: "Pendaftaran Objek yang Diduga Cagar Budaya",
      ind: "Jumlah ODCB yang didaftarkan",
      sat: "objek",
      flow: true,
      awal: 12,
      k: [15, 15, 20, 20, 20],
      rp: [185_000, 194_250, 203_900, 214_100, 224_800],
    },
    {
      id: "s12",
      kode: "2.22.05.2.01.0002",
      nm: "Pemeliharaan dan Pemugaran Cagar Budaya",
      ind: "Persentase cagar budaya dalam kondisi terawat",
      sat: "%",
      flow: false,
      awal: 68.2,
      // planted: 7.4 for 74 (a decimal slip) in Tahun ke-3
      k: [70, 72, 7.4, 76, 78],
      rp: [640_500, 712_350, 748_000, 785_400, 824_650],
    },
    {
      id: "g2",
      kode: "2.22.05.2.02",
      nm: "Penetapan Cagar Budaya Peringkat Kota",
      ind: "Jumlah dokumen penetapan cagar budaya",
      sat: "dokumen",
      flow: true,
      awal: 5,
      k: [6, 8, 8, 10, 10],
      parts: ["s21", "s22"],
    },
    {
      id: "s21",
      kode: "2.22.05.2.02.0001",
      nm: "Pengkajian Kelayakan Objek Cagar Budaya oleh TACB",
      ind: "Jumlah naskah rekomendasi TACB",
      sat: "dokumen",
      flow: true,
      awal: 3,
      k: [4, 5, 5, 6, 6],
      rp: [96_400, 101_200, 106_300, 111_600, 117_200],
    },
    {
      id: "s22",
      kode: "2.22.05.2.02.0002",
      nm: "Penerbitan Penetapan Status Cagar Budaya",
      ind: "Jumlah SK penetapan cagar budaya",
      sat: "dokumen",
      flow: true,
      awal: 2,
      k: [2, 3, 3, 4, 4],
      rp: [312_750, 328_400, 344_800, 356_650, 372_900],
    },
  ];
  const WRONG_G2_Y4 = 486_250; // 111,600 + 356,650 = 468,250
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 2, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...[1, 2, 3, 4, 5].flatMap((n): Col[] => [
      {
        key: `k${n}`,
        head: [G, `Tahun ke-${n}`, "Target"],
        role: "target",
        year: 2024 + n,
        num: 5 + n,
        width: 9,
      },
      {
        key: `rp${n}`,
        head: [G, `Tahun ke-${n}`, "Rp"],
        role: "anggaran",
        year: 2024 + n,
        num: 5 + n,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: 11,
      width: 10,
    },
    {
      key: "rpak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "anggaran",
      num: 11,
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 13, width: 14 },
  ];
  const ks = ["k1", "k2", "k3", "k4", "k5"];
  const rps = ["rp1", "rp2", "rp3", "rp4", "rp5"];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: lines.map((x): Row => ({
      id: x.id,
      bold: x.bold,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          unit: "Bidang Cagar Budaya",
          lok: "Kota Batang Kuranji",
        };
        ks.forEach((k, i) => (out[k] = x.k[i]));
        rps.forEach((k, i) => {
          if (x.rp) out[k] = x.rp[i];
          else if (x.id === "g2" && k === "rp4") out[k] = WRONG_G2_Y4;
          else if (x.id === "p") out[k] = fx(x.parts!.map((q) => c.a(k, q)).join("+"));
          else out[k] = fx(`SUM(${c.a(k, x.parts![0])}:${c.a(k, x.parts![1])})`);
        });
        out.ak = x.flow ? fx(`${ks.map((k) => c.a(k)).join("+")}`) : fx(c.a("k5"));
        out.rpak = fx(rps.map((k) => c.a(k)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Batang Kuranji, 8 Juli 2025",
    jabatan: ["Kepala Dinas Kebudayaan Kota Batang Kuranji,"],
    nama: "Hj. YULIASNI, S.Sn., M.Pd.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740903 199903 2 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k3", "s12") },
    rules: ["target-outlier", "target-trend"],
    note: "Tahun ke-3 (2027) target of 'Persentase cagar budaya dalam kondisi terawat' is 7.4 among 70, 72, 76, 78: a decimal slip for 74",
    truth: `(${a("k2", "s12")}+${a("k4", "s12")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp4", "g2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-4 (2028) Rp of kegiatan 2.22.05.2.02 is a typed 486,250 among SUM formulas; its sub kegiatan add up to 468,250 (digits swapped)",
    truth: `${a("rp4", "s21")}+${a("rp4", "s22")}`,
  });
  for (const x of lines) {
    const sumK = ks.map((k) => a(k, x.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? sumK : a("k5", x.id),
      // a rate ends at its last target, a count adds its years
      trap: x.flow ? a("k5", x.id) : sumK,
    });
    if (x.id !== "g2" && x.id !== "p")
      b.ok({
        sheet: S,
        cell: a("rpak", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: rps.map((k) => a(k, x.id)).join("+"),
      });
  }
  for (const id of ["g1", "g2"])
    for (const k of rps)
      if (!(id === "g2" && k === "rp4")) {
        const kids = lines.find((l) => l.id === id)!.parts!;
        b.ok({
          sheet: S,
          cell: a(k, id),
          rules: ["sum-mismatch"],
          truth: kids.map((q) => a(k, q)).join("+"),
        });
      }
  for (const k of ["rp1", "rp2", "rp3", "rp5"])
    b.ok({
      sheet: S,
      cell: a(k, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "g1")}+${a(k, "g2")}`,
      // the program adds its two kegiatan, not every row beneath it
      trap: k === "rp1" ? ["g1", "s11", "s12", "g2", "s21", "s22"].map((q) => a(k, q)).join("+") : undefined,
    });
  for (const [kid, par] of [
    ["s11", "g1"],
    ["s12", "g1"],
    ["s21", "g2"],
    ["s22", "g2"],
    ["g1", "p"],
    ["g2", "p"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", kid),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", kid)})`,
      actual: a("kode", par),
    });
  b.ok({ sheet: S, cell: a("k5", "s11"), rules: ["target-outlier"], truth: "20" });
  return b.finish();
}

// ================================== Dinas Kebudayaan Kabupaten Lembah Baliem Hulu (Papua), IKU matrix

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  sat: string;
  pol: "Positif" | "Negatif";
  awal: number | string;
  tg: Array<number | string>;
  ak: number | string;
  f?: string;
};

export function ikuDisbudPapua(): BookW {
  const b = new BookW(
    "iku-dinas-kebudayaan-lembah-baliem-hulu-2025-2029.xlsx",
    "IKU matrix (Dinas Kebudayaan)",
    "Indikator Kinerja Utama of a Dinas Kebudayaan in Papua, 2025-2029: No | Sasaran Strategis | IKU | Definisi Operasional / Formulasi | Satuan | Polaritas | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 (unmerged group, written once) | Kondisi Akhir 2029 | Penanggung Jawab; a negative rate, a yearly count, a SAKIP score as letter (score)",
  );
  const S = "IKU Disbud";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH BALIEM HULU", "DINAS KEBUDAYAAN"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Kebudayaan Nomor 800/112/DISBUD/2025",
    "INDIKATOR KINERJA UTAMA DINAS KEBUDAYAAN TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya pelestarian warisan budaya daerah";
  const S2 = "Meningkatnya akuntabilitas kinerja Dinas";
  const rows: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Pembangunan Kebudayaan (IPK) kabupaten",
      def: "Indeks komposit tujuh dimensi kebudayaan (BPS / Kemendikbudristek)",
      sat: "indeks",
      pol: "Positif",
      awal: 52.18,
      tg: [53, 54, 55, 56.5, 58],
      ak: 58,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase cagar budaya dalam kondisi rusak",
      def: "Jumlah cagar budaya rusak ringan dan berat / jumlah cagar budaya x 100",
      sat: "%",
      pol: "Negatif",
      awal: 24,
      // planted: 2028 goes back up to 21 on a lower-is-better rate
      tg: [22, 20, 18, 21, 14],
      ak: 14,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Jumlah karya budaya yang ditetapkan sebagai Warisan Budaya Takbenda (per tahun)",
      def: "Jumlah karya budaya yang ditetapkan Kementerian sebagai WBTb pada tahun berjalan",
      sat: "karya",
      pol: "Positif",
      awal: 1,
      tg: [2, 3, 3, 4, 4],
      ak: 14,
      f: "0",
    },
    {
      id: "i4",
      sas: S1,
      ind: "Persentase sanggar seni tradisional yang aktif",
      def: "Sanggar yang menggelar minimal empat pementasan setahun / sanggar terdaftar x 100",
      sat: "%",
      pol: "Positif",
      awal: 41.5,
      tg: [45, 50, 55, 60, 65],
      ak: 65,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Nilai SAKIP Dinas Kebudayaan",
      def: "Hasil evaluasi SAKIP oleh Inspektorat (PermenPANRB 88/2021)",
      sat: "predikat (nilai)",
      pol: "Positif",
      awal: "BB (80,00)",
      tg: ["A (80,50)", "A (81,50)", "A (82,50)", "A (83,75)", "A (85,00)"],
      ak: "A (85,00)",
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Tahun";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
    { key: "def", head: ["Definisi Operasional / Formulasi"], role: "rumus", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 9 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 11 },
    ...years.map((y): Col => ({ key: `y${y}`, head: [G, String(y)], role: "target", year: y, width: 10 })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 11 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
  ];
  const val = (v: number | string, f?: string): Cell => (typeof v === "number" && f ? fmt(v, f) : v);
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "first",
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        pol: x.pol,
        awal: val(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, val(x.tg[k], x.f)])),
        ak: val(x.ak, x.f),
        pj: x.id === "i5" ? "Sekretariat" : "Bidang Warisan Budaya",
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: polaritas negatif = semakin kecil realisasi semakin baik."]);
  s.gap();
  signature(s, 10, {
    tempat: "Wamena Hulu, 6 Januari 2025",
    jabatan: ["Kepala Dinas Kebudayaan,"],
    nama: "MARKUS WENDA, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760611 200312 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2028", "i2") },
    rules: ["target-trend"],
    note: "The 2028 target of 'Persentase cagar budaya dalam kondisi rusak' (polaritas negatif) rises to 21.00 between 18.00 (2027) and 14.00 (2029); a falling path passes 16.00",
    truth: `(${a("y2027", "i2")}+${a("y2029", "i2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "i3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the yearly count of WBTb is 14, neither the 2029 target (4) nor the five years added (2 + 3 + 3 + 4 + 4 = 16)",
    truth: `SUM(${a("y2025", "i3")}:${a("y2029", "i3")})`,
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: id === "i2" ? `SUM(${a("y2025", id)}:${a("y2029", id)})` : undefined,
    });
  // 80,00 is BB: the lower bounds are exclusive
  b.ok({
    sheet: S,
    cell: a("awal", "i5"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(SCORE(${a("awal", "i5")}))`,
    actual: `GRADE(${a("awal", "i5")})`,
    trap: '"A"',
  });
  for (const y of years)
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "i5"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(`y${y}`, "i5")}))`,
      actual: `GRADE(${a(`y${y}`, "i5")})`,
    });
  b.ok({ sheet: S, cell: a("y2029", "i2"), rules: ["target-trend"], truth: "14" });
  b.ok({ sheet: S, cell: a("y2026", "i2"), rules: ["target-trend"], truth: "20" });
  b.ok({ sheet: S, cell: a("y2028", "i1"), rules: ["target-outlier"], truth: "56.5" });
  return b.finish();
}
