// Performance tables of a Satpol PP: the LKjIP 2024 measurement of a Bali kabupaten's Satpol PP
// (penegakan Perda, pelanggaran ditindaklanjuti with its computation under it, gangguan trantibum and
// the response time lower is better, Satlinmas terlatih above target), the PK 2025 of a Maluku
// kabupaten's Satpol PP with its two tables side by side and the Renstra targets on a second sheet,
// and the IKU matrix 2025-2029 of another Maluku kabupaten's Satpol PP. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ============================================== Satpol PP Kabupaten Nusa Segara (Bali), LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

export function lkjipSatpolNusaSegara(): BookW {
  const b = new BookW(
    "lkjip-trantibum-satpolpp-nusa-segara-2024.xlsx",
    "LKjIP pengukuran kinerja (Satpol PP)",
    "LKjIP 2024 Tabel 3.1 of the Satpol PP of a Bali kabupaten: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori (Permendagri 86 levels); refleksi on the two lower-is-better rows; Rata-rata and Kategori rows; Tabel 3.2 under it: the computation of the pelanggaran ditindaklanjuti",
  );
  const S = "Bab III Pengukuran";
  const s = b.sheet(S);
  letterhead(s, ["SATUAN POLISI PAMONG PRAJA KABUPATEN NUSA SEGARA"]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Sasaran Strategis Satuan Polisi Pamong Praja Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya ketaatan masyarakat terhadap Perda dan Perkada";
  const S2 = "Terwujudnya ketenteraman dan ketertiban umum serta perlindungan masyarakat";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase penegakan Perda dan Perkada",
      sat: "%",
      t: 90,
      r: 86.4,
      r23: 84.1,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase pelanggaran Perda yang ditindaklanjuti",
      sat: "%",
      t: 85,
      r: 104.17,
      r23: 88.6,
      f: DEC,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Jumlah kejadian gangguan ketenteraman dan ketertiban umum",
      sat: "kejadian",
      t: 240,
      r: 198,
      r23: 231,
      neg: true,
      f: INT,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase capaian SPM sub urusan ketenteraman dan ketertiban umum",
      sat: "%",
      t: 100,
      r: 93.75,
      r23: 90.63,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah anggota Satlinmas yang terlatih",
      sat: "orang",
      t: 400,
      r: 520,
      r23: 385,
      f: INT,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Rata-rata waktu tanggap penanganan gangguan trantibum (response time)",
      sat: "menit",
      t: 30,
      r: 34,
      r23: 38,
      neg: true,
      f: INT,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikat(capOf(rows[5])) !== "Tinggi") throw new Error("lkjip i6");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "2", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "3", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 10 },
    { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, num: "5", width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "6", width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "7", width: 10 },
    {
      key: "c",
      head: [G, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "8 = 7 / 6 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, num: "9", width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          // planted: i2's realisasi is 104.17 (1,250 / 1,200, the fraction upside down)
          r: fmt(x.r, x.f),
          // planted: i5's capaian is a typed 76.92 (T / R)
          c:
            x.id === "i5"
              ? round((x.t / x.r) * 100)
              : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Tinggi" for the response time's 86.67
          p: x.id === "i6" ? "Sangat Tinggi" : predikat(x.id === "i5" ? round((x.t / x.r) * 100) : capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
      {
        id: "kat",
        bold: true,
        span: ["no", "r"],
        cells: { no: "Kategori Capaian", c: "Sangat Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 3 dan 6 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2", "Perhitungan Persentase Pelanggaran Perda yang Ditindaklanjuti Tahun 2024"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "u", head: ["Uraian"], role: "indikator", width: 44 },
      { key: "v", head: ["Jumlah"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "a",
        cells: { no: "a", u: "Pelanggaran Perda dan Perkada yang ditemukan (kasus)", v: fmt(1250, "#,##0") },
      },
      {
        id: "b",
        cells: {
          no: "b",
          u: "Pelanggaran yang ditindaklanjuti (yustisi dan non yustisi)",
          v: fmt(1200, "#,##0"),
        },
      },
      {
        id: "pc",
        cells: (c) => ({
          no: "c",
          u: "Persentase (b / a x 100)",
          v: fx(`ROUND(${c.a("v", "b")}/${c.a("v", "a")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Semarapura, 26 Februari 2025",
    jabatan: ["Kepala Satuan Polisi Pamong Praja,"],
    nama: "I GUSTI NGURAH MADE SUARTHAYASA, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760812 199511 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "i2") },
    rules: ["percent-out-of-range"],
    note: "Realisasi of the Persentase pelanggaran Perda yang ditindaklanjuti is 104.17 %, above 100 for a share of cases: 1,250 / 1,200 upside down; Tabel 3.2 gives 1,200 / 1,250 = 96.00",
    truth: t2.a("v", "pc"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the Satlinmas terlatih (higher is better) is a typed 76.92 among formulas, target / realisasi; 520 / 400 gives 130.00",
    truth: rt(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Tinggi' for the response time's capaian 86.67 ((2 x 30 - 34) / 30); the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "i6")})`,
  });
  for (const x of rows) {
    if (x.id === "i2" || x.id === "i5") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules:
        x.id === "i3"
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch", "inconsistent-formula"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  // a count above its target: 130 % is a true achievement, no percentage out of range
  b.ok({ sheet: S, cell: a("r", "i5"), rules: ["percent-out-of-range"], truth: "520", trap: a("t", "i5") });
  b.ok({ sheet: S, cell: a("r", "i4"), rules: ["percent-out-of-range"], truth: "93.75" });
  return b.finish();
}

// ======================================== Satpol PP Kabupaten Banda Nira (Maluku), PK 2025 + Renstra

type PkInd = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  kind: "level" | "neg" | "flow";
  f: string;
};

export function pkSatpolBandaNira(): BookW {
  const b = new BookW(
    "pk-kasatpolpp-renstra-banda-nira-2025.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Satpol PP)",
    "sheet 'PK 2025': statement, then two tables side by side: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025 and, after an empty column, No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir; a lower-is-better row and a flow (Satlinmas dilatih, the five years added)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANDA NIRA", "SATUAN POLISI PAMONG PRAJA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak Pertama: JOHANIS S. RUMAHLATU, S.Sos., M.Si. - Kepala Satuan Polisi Pamong Praja",
    "Pihak Kedua: Dr. HASAN B. TUASIKAL, M.Si. - Bupati Banda Nira",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase penegakan Perda dan Perkada",
      sat: "%",
      awal: 78.5,
      tg: [80, 82.5, 85, 87.5, 90],
      kind: "level",
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase penanganan gangguan trantibum",
      sat: "%",
      awal: 88,
      tg: [90, 92, 94, 96, 98],
      kind: "level",
      f: DEC,
    },
    {
      id: "r3",
      ind: "Jumlah kejadian gangguan trantibum",
      sat: "kejadian",
      awal: 146,
      tg: [140, 132, 125, 118, 110],
      kind: "neg",
      f: INT,
    },
    {
      id: "r4",
      ind: "Persentase capaian SPM trantibum",
      sat: "%",
      awal: 91.2,
      tg: [92, 94, 96, 98, 100],
      kind: "level",
      f: DEC,
    },
    {
      id: "r5",
      ind: "Jumlah anggota Satlinmas yang dilatih",
      sat: "orang",
      awal: 110,
      tg: [120, 120, 120, 120, 120],
      kind: "flow",
      f: INT,
    },
  ];
  // planted: the PK target of r2 is 92, the Renstra 2026 target (2025: 90)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const top = s.r;
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
        { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
        { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
        { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
      ],
      headerRows: 1,
      vmerge: ["sas"],
      rows: rows.map((x, i): Row => ({
        id: x.id,
        cells: {
          no: i + 1,
          sas:
            i < 2
              ? "Meningkatnya penegakan Perda dan Perkada"
              : "Meningkatnya ketenteraman, ketertiban umum dan perlindungan masyarakat",
          ind: x.ind,
          sat: x.sat,
          tg: fmt(pkT(x), x.f),
        },
      })),
    },
    1,
    top,
  );
  const progs: Array<[string, string, string, number]> = [
    ["p1", "1.05.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2_845_600_000],
    ["p2", "1.05.02", "Program Peningkatan Ketenteraman dan Ketertiban Umum", 1_926_300_000],
    ["p3", "1.05.03", "Program Penanggulangan Bencana (Satlinmas siaga bencana)", 384_750_000],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kode", head: ["Kode"], role: "kode", width: 10 },
        { key: "pr", head: ["Program"], width: 40 },
        { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
        { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
      ],
      headerRows: 1,
      rows: [
        ...progs.map(([id, kode, pr, rp], i): Row => ({
          id,
          cells: { no: i + 1, kode, pr, rp, ket: "APBD 2025" },
        })),
        // planted: the Jumlah adds the first two programs only
        {
          id: "j",
          bold: true,
          span: ["no", "pr"],
          cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p2")})`) }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines(["Masohi Nira, 6 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "Bupati Banda Nira", "", "", "Dr. HASAN B. TUASIKAL, M.Si."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Satuan Polisi Pamong Praja",
      "",
      "",
      "JOHANIS S. RUMAHLATU, S.Sos., M.Si.",
      "NIP. 19780304 200003 1 006",
    ],
    8,
  );

  const r = b.sheet(R);
  letterhead(r, ["SATUAN POLISI PAMONG PRAJA KABUPATEN BANDA NIRA"]);
  r.lines(["Target Indikator Kinerja Renstra Satuan Polisi Pamong Praja Tahun 2025-2029"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 11 },
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
        ak: x.kind === "flow" ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : fx(c.a("y2029")),
      }),
    })),
  });
  r.gap();
  r.lines(["*) Jumlah anggota Satlinmas yang dilatih: kondisi akhir = akumulasi 2025-2029."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Persentase penanganan gangguan trantibum is 92.00, the Renstra 2026 target; the Renstra 2025 target is 90.00",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: `Jumlah anggaran is =SUM over the first two programs (${(progs[0][3] + progs[1][3]).toLocaleString("en")}); with program 1.05.03's 384,750,000 the three give ${sum(progs.map((p) => p[3])).toLocaleString("en")}`,
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.kind === "flow" ? `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})` : tr.a("y2029", x.id),
      trap: x.kind === "flow" ? tr.a("y2029", x.id) : `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y2029", "r3"), rules: ["target-trend"], truth: "110" });
  b.ok({ sheet: R, cell: tr.a("y2029", "r5"), rules: ["target-trend"], truth: "120" });
  return b.finish();
}

// ================================================ Satpol PP Kabupaten Lease Raya (Maluku), IKU matrix

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  sat: string;
  awal: number;
  tg: number[];
  kind: "level" | "neg" | "flow";
  f: string;
};

export function ikuSatpolLeaseRaya(): BookW {
  const b = new BookW(
    "iku-matriks-satpolpp-lease-raya-2025-2029.xlsx",
    "IKU matrix (Satpol PP)",
    "IKU matrix of the Satpol PP of a Maluku kabupaten, 2025-2029: No | Sasaran | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 written once (not merged) | Kondisi Akhir 2029 | Penanggung Jawab | Sumber Data; number row 1 .. 14",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEASE RAYA", "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN"]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA SATUAN POLISI PAMONG PRAJA",
    "INDIKATOR KINERJA UTAMA (IKU) TAHUN 2025-2029",
  ]);
  s.gap();
  const A = "Meningkatnya penegakan Perda dan ketertiban umum";
  const B = "Meningkatnya kualitas layanan Satpol PP";
  const rows: Iku[] = [
    {
      id: "u1",
      sas: A,
      ind: "Persentase penegakan Perda yang diselesaikan",
      def: "Pelanggaran Perda yang diselesaikan / pelanggaran Perda yang ditemukan x 100%",
      sat: "%",
      awal: 72.4,
      tg: [75, 78, 81, 84, 87],
      kind: "level",
      f: DEC,
    },
    {
      id: "u2",
      sas: A,
      ind: "Persentase gangguan trantibum yang tertangani",
      def: "Gangguan trantibum yang tertangani / gangguan yang dilaporkan x 100%",
      sat: "%",
      awal: 85,
      tg: [86, 88, 850, 92, 94],
      kind: "level",
      f: DEC,
    },
    {
      id: "u3",
      sas: A,
      ind: "Jumlah pelanggaran Perda",
      def: "Jumlah kasus pelanggaran Perda yang ditemukan dalam satu tahun",
      sat: "kasus",
      awal: 1380,
      tg: [1320, 1250, 1180, 1100, 1020],
      kind: "neg",
      f: INT,
    },
    {
      id: "u4",
      sas: A,
      ind: "Jumlah lapak PKL yang ditertibkan",
      def: "Jumlah lapak PKL yang ditertibkan dalam satu tahun",
      sat: "lapak",
      awal: 380,
      tg: [400, 420, 440, 460, 480],
      kind: "flow",
      f: INT,
    },
    {
      id: "u5",
      sas: B,
      ind: "Indeks kepuasan masyarakat terhadap layanan Satpol PP",
      def: "Hasil survei kepuasan masyarakat (Permenpan RB 14/2017)",
      sat: "indeks",
      awal: 76.2,
      tg: [77, 78, 79, 80, 81],
      kind: "level",
      f: DEC,
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 26 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: 3, width: 34 },
      { key: "def", head: ["Formulasi Perhitungan"], role: "rumus", num: 4, width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, num: 6, width: 10 },
      ...years.map((y, i): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        num: 7 + i,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, num: 12, width: 10 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: 13, width: 18 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", num: 14, width: 18 },
    ],
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        // planted: u5's kondisi akhir points at the 2028 target
        ak:
          x.kind === "flow"
            ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`)
            : fx(x.id === "u5" ? c.a("y2028") : c.a("y2029")),
        pj: i < 4 ? "Bidang Penegakan Perda dan Trantibum" : "Sekretariat",
        sd: i < 4 ? "Laporan operasi penertiban" : "Survei Kepuasan Masyarakat",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator 3 semakin kecil semakin baik; indikator 4 dihitung per tahun, kondisi akhir = jumlah 5 tahun.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Masohi Baru, 2 Mei 2025",
    jabatan: ["Kepala Satuan Polisi Pamong Praja dan Pemadam Kebakaran,"],
    nama: "ABRAHAM J. LATUPEIRISSA, S.H., M.H.",
    nip: "19790521 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "u2") },
    rules: ["target-outlier", "percent-out-of-range"],
    note: "2027 target of the Persentase gangguan trantibum yang tertangani is 850 (a percentage, between 88 and 92): a missing decimal point, 90 fits the series",
    truth: "90",
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "u5") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir 2029 of the indeks kepuasan is =the 2028 target (80.00); the 2029 target, the end of the period, is 81.00",
    truth: a("y2029", "u5"),
  });
  for (const x of rows) {
    if (x.id === "u5") continue;
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.kind === "flow" ? `SUM(${a("y2025", x.id)}:${a("y2029", x.id)})` : a("y2029", x.id),
      trap: x.kind === "flow" ? a("y2029", x.id) : `SUM(${a("y2025", x.id)}:${a("y2029", x.id)})`,
    });
  }
  // falling targets of the lower-is-better row
  for (const y of [2026, 2029])
    b.ok({ sheet: S, cell: a(`y${y}`, "u3"), rules: ["target-trend"], truth: y === 2026 ? "1250" : "1020" });
  b.ok({ sheet: S, cell: a("y2028", "u2"), rules: ["target-outlier", "target-trend"], truth: "92" });
  return b.finish();
}
