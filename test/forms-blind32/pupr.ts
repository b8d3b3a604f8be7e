// A Dinas PUPR physical progress table of an Aceh kabupaten: per paket its bobot (%), the planned and
// realised physical progress (%) by month and the deviasi; the total row weighs the progress by the
// bobot (percentages are not summed). Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col } from "../forms/kit";

type Pkt = {
  id: string;
  kode: string;
  nama: string;
  lok: string;
  nilai: number;
  ren: [number, number, number];
  rea: [number, number, number];
};

/** Laporan progres fisik September 2025, Dinas PUPR Kabupaten Gayo Pameu (Aceh). */
export function progresFisik(): BookW {
  const b = new BookW(
    "progres-fisik-bobot-deviasi-pupr-gayopameu.xlsx",
    "physical progress by paket (Dinas PUPR)",
    "Kode Sub Kegiatan | Nama Paket | Lokasi | Nilai Kontrak | Bobot (%) | 'Rencana Progres Fisik (%)' > Jul .. Sep | 'Realisasi Progres Fisik (%)' > Jul .. Sep | Deviasi; total row weighed by bobot",
  );
  const S = "Progres Fisik Sept";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GAYO PAMEU",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Lebe Kader No. 2, Blang Pameu",
  ]);
  s.lines([
    "LAPORAN KEMAJUAN FISIK PEKERJAAN KONTRAKTUAL TAHUN ANGGARAN 2025",
    "POSISI AKHIR BULAN SEPTEMBER 2025",
  ]);
  s.gap();
  const P: Pkt[] = [
    {
      id: "p1",
      kode: "1.03.10.2.01.0020",
      nama: "Rekonstruksi Jalan Blang Pameu - Kute Lintang",
      lok: "Kec. Pameu Tengah",
      nilai: 8_742_615_000,
      ren: [35, 52.5, 70],
      rea: [31.2, 47.85, 64.4],
    },
    {
      id: "p2",
      kode: "1.03.10.2.01.0025",
      nama: "Pemeliharaan Berkala Jalan Simpang Uning - Wih Ilang",
      lok: "Kec. Uning Raya",
      nilai: 3_918_440_000,
      ren: [60, 80, 97.5],
      rea: [62.35, 84.1, 100],
    },
    {
      id: "p3",
      kode: "1.03.10.2.01.0037",
      nama: "Pembangunan Jembatan Rangka Baja Krueng Pameu",
      lok: "Kec. Pameu Hilir",
      nilai: 11_205_930_000,
      ren: [20, 32.5, 45],
      rea: [18.75, 28.4, 39.15],
    },
    {
      id: "p4",
      kode: "1.03.03.2.01.0012",
      nama: "Pembangunan Saluran Irigasi D.I. Wih Kanis",
      lok: "Kec. Linge Baru",
      nilai: 2_634_100_000,
      ren: [45, 70, 90],
      rea: [47.5, 73.25, 92.6],
    },
    {
      id: "p5",
      kode: "1.03.02.2.01.0004",
      nama: "Pembangunan SPAM Perdesaan Kampung Jamur Atu",
      lok: "Kec. Uning Raya",
      nilai: 1_498_915_000,
      ren: [30, 55, 75],
      rea: [22.4, 41.7, 58.35],
    },
  ];
  // bobot = nilai kontrak / total x 100, typed with two decimals; they add to 100.00
  const TOTAL = P.reduce((x, p) => x + p.nilai, 0);
  const bobot = P.map((p) => Math.round((p.nilai / TOTAL) * 10000) / 100);
  bobot[0] = Math.round((100 - bobot.slice(1).reduce((x, y) => x + y, 0)) * 100) / 100;
  const BLN = ["Juli", "Agustus", "September"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode Sub Kegiatan"], role: "kode", width: 18 },
    { key: "nm", head: ["Nama Paket Pekerjaan"], role: "lainnya", width: 36 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 16 },
    { key: "nilai", head: ["Nilai Kontrak (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
    { key: "bb", head: ["Bobot (%)"], role: "lainnya", fmt: DEC, width: 8 },
    ...BLN.map((m, i): Col => ({
      key: `r${i}`,
      head: ["Rencana Progres Fisik (%)", m],
      role: "target",
      year: 2025,
      fmt: DEC,
    })),
    ...BLN.map((m, i): Col => ({
      key: `x${i}`,
      head: ["Realisasi Progres Fisik (%)", m],
      role: "realisasi",
      year: 2025,
      fmt: DEC,
    })),
    { key: "dev", head: ["Deviasi (%) (+/-)"], role: "lainnya", fmt: DEC, width: 10 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 20 },
  ];
  // planted 1: the bobot of the jembatan typed 40.20 for 40.02 (two digits swapped); the Jumlah of
  // the bobot is typed 100.00 as the form expects, but the five bobot add to 100.18
  // planted 2: the September deviasi of the SPAM paket typed -13.30, August's (41.70 - 55.00);
  // September gives 58.35 - 75.00 = -16.65
  const PB = "p3";
  const bbVal = (i: number) => (P[i].id === PB ? 40.2 : bobot[i]);
  const rows = P.map((p, i) => ({
    id: p.id,
    cells: (c: { a: (k: string, id?: string) => string }): Record<string, Cell> => ({
      no: i + 1,
      kode: p.kode,
      nm: p.nama,
      lok: p.lok,
      nilai: p.nilai,
      bb: bbVal(i),
      r0: p.ren[0],
      r1: p.ren[1],
      r2: p.ren[2],
      x0: p.rea[0],
      x1: p.rea[1],
      x2: p.rea[2],
      dev: p.id === "p5" ? -13.3 : fx(`${c.a("x2")}-${c.a("r2")}`),
      ket: p.rea[2] - p.ren[2] < -5 ? "kritis, SCM ke-1" : p.rea[2] >= 100 ? "PHO 24-09-2025" : undefined,
    }),
  }));
  const wsum = (k: string) => (c: { a: (k: string, id?: string) => string }) =>
    `ROUND((${P.map((p) => `${c.a("bb", p.id)}*${c.a(k, p.id)}`).join("+")})/100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows,
      {
        id: "tot",
        bold: true,
        span: ["no", "lok"],
        cells: (c) => {
          const out: Record<string, Cell> = {
            no: "JUMLAH / PROGRES TERTIMBANG",
            nilai: fx(`SUM(${c.a("nilai", "p1")}:${c.a("nilai", "p5")})`),
            bb: 100,
          };
          for (const k of ["r0", "r1", "r2", "x0", "x1", "x2"]) out[k] = fx(wsum(k)(c));
          out.dev = fx(`${c.a("x2")}-${c.a("r2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Bobot = nilai kontrak paket / jumlah nilai kontrak x 100%.",
    "Progres tertimbang = jumlah (bobot x progres paket) / 100; deviasi = realisasi - rencana bulan September.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Blang Pameu, 3 Oktober 2025",
    jabatan: ["Kepala Bidang Bina Marga,", "selaku Pejabat Pembuat Komitmen"],
    nama: "MUHAMMAD IQBAL ARIGA, S.T., M.T.",
    pangkat: "Penata Tk. I (III/d)",
    nip: "19850412 201001 1 019",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("bb", "tot") },
    rules: ["sum-mismatch"],
    note: `Jumlah bobot typed 100.00, but the jembatan's bobot is typed 40.20 (its contract share 11,205,930,000 / 28,000,000,000 is ${bobot[2].toFixed(2)}) and the five add to 100.18`,
    truth: `SUM(${a("bb", "p1")}:${a("bb", "p5")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("dev", "p5") },
    rules: ["hardcoded-value", "inconsistent-formula"],
    note: "deviasi of the SPAM paket typed -13.30 (August's, 41.70 - 55.00) among =realisasi-rencana formulas; September gives 58.35 - 75.00 = -16.65",
    truth: `${a("x2", "p5")}-${a("r2", "p5")}`,
  });
  for (const p of P.filter((x) => x.id !== "p5"))
    b.ok({
      sheet: S,
      cell: a("dev", p.id),
      rules: ["hardcoded-value"],
      truth: `${a("x2", p.id)}-${a("r2", p.id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("x2", "tot"),
    rules: ["sum-mismatch"],
    truth: wsum("x2")({ a: (k, id) => a(k, id!) }),
    trap: `SUM(${a("x2", "p1")}:${a("x2", "p5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r2", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: wsum("r2")({ a: (k, id) => a(k, id!) }),
    trap: `SUM(${a("r2", "p1")}:${a("r2", "p5")})`,
  });
  b.ok({ sheet: S, cell: a("x2", "p2"), rules: ["percent-out-of-range"], truth: "100" });
  b.ok({
    sheet: S,
    cell: a("nilai", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("nilai", "p1")}:${a("nilai", "p5")})`,
  });
  return b.finish();
}
