// Renstra tables of an invented Kalimantan Utara Disdukcapil (Sesayap Hulu): the T-C.27 rencana
// program, kegiatan dan pendanaan indikatif 2025-2029 "(dalam ribuan rupiah)" with Tahun ke-1..5, and
// the IKU matrix (definisi, formula, kondisi awal, targets, kondisi akhir) with a SAKIP row.
// Every name and number is invented.
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

// ====================================================================== T-C.27, Renstra 2025-2029

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** a flow: kondisi akhir K is the sum; else a level: the last target */
  flow: boolean;
  rp?: number[];
  /** rows whose Rp are SUM over these ids */
  of?: string[];
};

export function tc27Sesayap(): BookW {
  const b = new BookW(
    "tc27-renstra-disdukcapil-sesayap-hulu-2025-2029.xlsx",
    "T-C.27 rencana program dan pendanaan (Disdukcapil)",
    "T-C.27 of a Disdukcapil in Kalimantan Utara, Renstra 2025-2029 (title), '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | Data Capaian pada Tahun Awal Perencanaan | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja PD Penanggung Jawab | Lokasi; SUM formulas for kegiatan and program Rp and for kondisi akhir Rp",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SESAYAP HULU", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sesayap Hulu, Renstra 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "2.12.02",
      nm: "PROGRAM PENDAFTARAN PENDUDUK",
      ind: "Persentase penduduk yang memiliki dokumen kependudukan (KTP-el dan KIA)",
      sat: "%",
      awal: 88.4,
      k: [89.5, 90.5, 91.5, 92.5, 94],
      flow: false,
      of: ["g1"],
    },
    {
      id: "g1",
      kode: "2.12.02.2.01",
      nm: "Pelayanan Pendaftaran Penduduk",
      ind: "Jumlah dokumen pendaftaran penduduk yang diterbitkan",
      sat: "dokumen",
      awal: 21_450,
      k: [22_000, 22_500, 23_000, 23_500, 24_000],
      flow: true,
      of: ["s1", "s2", "s3"],
    },
    {
      id: "s1",
      kode: "2.12.02.2.01.0001",
      nm: "Pelayanan Pendaftaran Penduduk",
      ind: "Jumlah keping KTP-el yang dicetak",
      sat: "keping",
      awal: 8_120,
      k: [8_300, 8_500, 8_700, 8_900, 9_100],
      flow: true,
      rp: [412_500, 436_800, 458_200, 481_600, 505_300],
    },
    {
      id: "s2",
      kode: "2.12.02.2.01.0002",
      nm: "Penataan Pendaftaran Penduduk",
      ind: "Jumlah desa yang dilayani perekaman jemput bola",
      sat: "desa",
      awal: 24,
      k: [30, 32, 34, 36, 38],
      flow: true,
      rp: [186_250, 194_700, 203_900, 212_450, 221_800],
    },
    {
      id: "s3",
      kode: "2.12.02.2.01.0003",
      nm: "Penyelenggaraan Pendaftaran Penduduk",
      ind: "Jumlah Kartu Identitas Anak (KIA) yang diterbitkan",
      sat: "keping",
      awal: 4_260,
      k: [5_000, 5_400, 5_800, 6_200, 6_600],
      flow: true,
      rp: [158_900, 171_350, 183_600, 196_200, 208_750],
    },
    {
      id: "p2",
      kode: "2.12.04",
      nm: "PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN",
      ind: "Persentase layanan adminduk yang diajukan secara daring",
      sat: "%",
      awal: 22.5,
      k: [35, 45, 55, 62, 70],
      flow: false,
      of: ["g2"],
    },
    {
      id: "g2",
      kode: "2.12.04.2.01",
      nm: "Pengumpulan Data Kependudukan dan Pemanfaatan dan Penyajian Database Kependudukan",
      ind: "Jumlah lembaga pengguna yang memanfaatkan data kependudukan (PKS)",
      sat: "lembaga",
      awal: 14,
      k: [4, 4, 3, 3, 3],
      flow: true,
      of: ["s4"],
    },
    {
      id: "s4",
      kode: "2.12.04.2.01.0001",
      nm: "Penyelenggaraan Pengumpulan Data Kependudukan",
      ind: "Persentase data kependudukan yang dimutakhirkan (konsolidasi DKB)",
      sat: "%",
      awal: 96,
      k: [97, 97.5, 98, 98.5, 99],
      flow: false,
      rp: [298_400, 312_750, 327_900, 343_100, 358_600],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "kak", head: [AK, "Target"], role: "kondisi-akhir", num: 16, width: 10 },
    { key: "rpak", head: [AK, "Rp"], num: 17, fmt: RP, width: 13 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: L.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.flow ? "#,##0" : DEC),
          pj:
            x.id.startsWith("p") || x.id === "g2" || x.id === "s4"
              ? x.id === "p2" || x.id === "g2" || x.id === "s4"
                ? "Bidang PIAK"
                : "Bidang Dafduk"
              : "Bidang Dafduk",
          lok: "Kab. Sesayap Hulu",
        };
        Y.forEach((y, i) => {
          out[`k${y}`] = fmt(x.k[i], x.flow ? "#,##0" : DEC);
          if (x.rp) out[`rp${y}`] = x.rp[i];
          // planted: kegiatan 2.12.02.2.01 Tahun ke-3 Rp typed 854,700 (its sub kegiatan give 845,700)
          else if (x.id === "g1" && y === 3) out[`rp${y}`] = 854_700;
          else {
            const ids = x.of!;
            out[`rp${y}`] = fx(
              ids.length > 1
                ? `SUM(${c.a(`rp${y}`, ids[0])}:${c.a(`rp${y}`, ids[ids.length - 1])})`
                : c.a(`rp${y}`, ids[0]),
            );
          }
        });
        // planted: the program's kondisi akhir K typed 92.50 (the Tahun ke-4 target; ke-5 is 94.00)
        out.kak =
          x.id === "p1"
            ? fmt(92.5, DEC)
            : x.flow
              ? fx(`SUM(${c.a("k1")},${c.a("k2")},${c.a("k3")},${c.a("k4")},${c.a("k5")})`)
              : fx(c.a("k5"));
        out.rpak = fx(Y.map((y) => c.a(`rp${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Sumber: Renstra Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sesayap Hulu 2025-2029 (Bab VI).",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjung Sesayap, 14 Juli 2025",
    jabatan: ["Kepala Dinas Kependudukan dan Pencatatan Sipil,"],
    nama: "YOSEPH LAING ANYE, S.Sos., M.A.P.",
    nip: "19760908 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kak", "p1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of program 2.12.02 (a percentage, a level) is a typed 92.50, the Tahun ke-4 target; the Tahun ke-5 target is 94.00",
    truth: a("k5", "p1"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp3", "g1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tahun ke-3 Rp of kegiatan 2.12.02.2.01 is a typed 854,700 among SUM formulas; its three sub kegiatan give 458,200 + 203,900 + 183,600 = 845,700",
    truth: `SUM(${a("rp3", "s1")}:${a("rp3", "s3")})`,
  });
  // flows add their five years; levels take the last target
  for (const x of L) {
    if (x.id === "p1") continue;
    const sumK = Y.map((y) => a(`k${y}`, x.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("kak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? sumK : a("k5", x.id),
      trap: x.flow ? a("k5", x.id) : sumK,
    });
    if (x.rp || x.id === "p2" || x.id === "g2")
      b.ok({
        sheet: S,
        cell: a("rpak", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: Y.map((y) => a(`rp${y}`, x.id)).join("+"),
      });
  }
  for (const y of [1, 2, 4, 5]) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}+${a(`rp${y}`, "s3")}`,
    });
    b.ok({ sheet: S, cell: a(`rp${y}`, "p1"), rules: ["sum-mismatch"], truth: a(`rp${y}`, "g1") });
  }
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "g1"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s4"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s4")})`,
    actual: a("kode", "g2"),
  });
  return b.finish();
}

// ============================================================================ IKU matrix 2025-2029

type Iku = {
  id: string;
  ind: string;
  def: string;
  sat: string;
  awal: number | string;
  tg: Array<number | string>;
  ak: string;
  pj: string;
  f?: string;
};

export function ikuSesayap(): BookW {
  const b = new BookW(
    "iku-2025-2029-layanan-daring-disdukcapil-sesayap-hulu.xlsx",
    "IKU matrix with targets (Disdukcapil)",
    "Matriks IKU of a Disdukcapil in Kalimantan Utara: No | Indikator Kinerja Utama | Definisi Operasional / Formula | Satuan | Kondisi Awal (2024) | 'Target' > 2025 .. 2029 | Kondisi Akhir (2029) | Penanggung Jawab | Sumber Data; a SAKIP row with letter and score, a lower-is-better waiting time",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SESAYAP HULU"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Nomor 800/112/Disdukcapil/I/2025",
    "INDIKATOR KINERJA UTAMA (IKU) TAHUN 2025-2029",
  ]);
  s.gap();
  const rows: Iku[] = [
    {
      id: "u1",
      ind: "Nilai SAKIP Dinas Kependudukan dan Pencatatan Sipil",
      def: "Nilai hasil evaluasi AKIP oleh Inspektorat (PermenPANRB 88/2021)",
      sat: "nilai",
      awal: "BB (68,42)",
      tg: ["B", "BB", "BB", "BB", "A"],
      ak: "A",
      pj: "Sekretariat",
    },
    {
      id: "u2",
      ind: "Persentase anak usia 0-17 tahun yang memiliki KIA",
      def: "Jumlah anak 0-17 tahun yang memiliki KIA / jumlah anak 0-17 tahun x 100%",
      sat: "%",
      awal: 38.7,
      tg: [46, 53, 60, 67, 75],
      ak: "",
      pj: "Bidang Dafduk",
      f: DEC,
    },
    {
      id: "u3",
      ind: "Persentase layanan adminduk yang diajukan secara daring",
      def: "Jumlah permohonan melalui aplikasi daring / jumlah seluruh permohonan x 100%",
      sat: "%",
      awal: 41.5,
      tg: [50, 57.5, 6.5, 72.5, 80],
      ak: "",
      pj: "Bidang PIAK",
      f: DEC,
    },
    {
      id: "u4",
      ind: "Persentase anak usia 0-18 tahun yang memiliki akta kelahiran",
      def: "Jumlah anak 0-18 tahun yang memiliki akta kelahiran / jumlah anak 0-18 tahun x 100%",
      sat: "%",
      awal: 96.84,
      tg: [97, 97.5, 98, 98.5, 99],
      ak: "",
      pj: "Bidang Capil",
      f: DEC,
    },
    {
      id: "u5",
      ind: "Rata-rata waktu penerbitan dokumen kependudukan",
      def: "Jumlah hari kerja penerbitan seluruh dokumen / jumlah dokumen terbit",
      sat: "hari",
      awal: 2,
      tg: [2, 2, 1.5, 1.5, 1],
      ak: "",
      pj: "Bidang Dafduk",
      f: "0.0",
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "def", head: ["Definisi Operasional / Formula"], role: "rumus", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 12 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", width: 11 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 16 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        awal: typeof x.awal === "number" ? fmt(x.awal, x.f!) : x.awal,
        ...Object.fromEntries(
          years.map((y, k) => [`y${y}`, typeof x.tg[k] === "number" ? fmt(x.tg[k], x.f!) : x.tg[k]]),
        ),
        ak: x.ak ? x.ak : fx(c.a("y2029")),
        pj: x.pj,
        sd: x.id === "u1" ? "LHE AKIP Inspektorat" : "SIAK / DKB Semester",
      }),
    })),
  });
  s.gap();
  s.lines(["Catatan: indikator nomor 5 semakin kecil semakin baik."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("awal", "u1") },
    rules: ["sakip-grade-mismatch"],
    note: "Kondisi awal of the Nilai SAKIP is 'BB (68,42)'; a score of 68.42 is B (> 60 - 70), BB needs more than 70",
    truth: `SAKIP(SCORE(${a("awal", "u1")}))`,
    actual: `GRADE(${a("awal", "u1")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2027", "u3") },
    rules: ["target-outlier"],
    note: "2027 target of the layanan daring is 6.50 among 50.00, 57.50, 72.50, 80.00 (steps of 7.5): 65.00 with the digit 0 lost",
    truth: `ROUND((${a("y2026", "u3")}+${a("y2028", "u3")})/2,2)`,
  });
  for (const id of ["u2", "u4", "u5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  b.ok({ sheet: S, cell: a("ak", "u3"), rules: ["kondisi-akhir-mismatch"], truth: a("y2029", "u3") });
  // the waiting time falls: lower is better (note under the table)
  b.ok({ sheet: S, cell: a("y2027", "u5"), rules: ["target-trend", "target-outlier"], truth: "1.5" });
  b.ok({ sheet: S, cell: a("y2029", "u5"), rules: ["target-trend"], truth: "1" });
  b.ok({ sheet: S, cell: a("y2027", "u2"), rules: ["target-outlier", "target-trend"], truth: "60" });
  return b.finish();
}
