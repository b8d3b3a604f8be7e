// A T-C.27 table of the Renstra 2025-2029 of the Dinas Pemuda dan Olahraga Aceh, "(dalam ribuan rupiah)":
// three header rows (group > year > Target / Rp), program and kegiatan Rp as SUM formulas, kondisi akhir
// Rp as SUM of the five years, kondisi akhir K the last target for rates and the sum for counts.
import { BookW, INT, fx, letterhead, signature, type Cell, type Col, type Ctx, type Row } from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  kind: "prog" | "keg" | "sub";
  kids?: [string, string];
  unit: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27DisporaAceh(): BookW {
  const b = new BookW(
    "renstra-tc27-dispora-aceh-2025-2029.xlsx",
    "T-C.27 Renstra plan table of a Dispora (2025-2029)",
    "T-C.27 of the Dinas Pemuda dan Olahraga Aceh: Kode | Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Data Capaian Awal 2024 | Target Kinerja dan Kerangka Pendanaan 2025..2029 > Target | Rp | Kondisi Kinerja Akhir Periode > Target | Rp | Unit | Lokasi; (dalam ribuan rupiah); SUM formulas",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH ACEH", "DINAS PEMUDA DAN OLAHRAGA", "Jl. T. Nyak Arief No. 221, Banda Aceh"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Pemuda dan Olahraga Aceh",
    "Renstra Perangkat Aceh Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "2.19.02",
      nm: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEPEMUDAAN",
      ind: "Persentase pemuda yang berwirausaha",
      sat: "%",
      level: true,
      awal: 3.85,
      k: [4.0, 4.2, 4.4, 4.6, 4.8],
      kind: "prog",
      kids: ["k1", "k1"],
      unit: "Dispora Aceh",
    },
    {
      id: "k1",
      kode: "2.19.02.2.01",
      nm: "Penyadaran, Pemberdayaan dan Pengembangan Pemuda dan Kepemudaan Kewenangan Provinsi",
      ind: "Jumlah wirausaha muda baru yang difasilitasi",
      sat: "orang",
      level: false,
      awal: 110,
      k: [120, 130, 140, 150, 160],
      kind: "keg",
      kids: ["s1", "s3"],
      unit: "Bidang Pengembangan Pemuda",
    },
    {
      id: "s1",
      kode: "2.19.02.2.01.0001",
      nm: "Pelatihan dan Pendampingan Kewirausahaan Pemuda",
      ind: "Jumlah pemuda peserta pelatihan wirausaha",
      sat: "orang",
      level: false,
      awal: 240,
      k: [250, 260, 270, 280, 300],
      rp: [850_000, 900_000, 950_000, 1_000_000, 1_050_000],
      kind: "sub",
      unit: "Bidang Pengembangan Pemuda",
    },
    {
      id: "s2",
      kode: "2.19.02.2.01.0002",
      nm: "Fasilitasi Organisasi Kepemudaan Tingkat Provinsi",
      ind: "Jumlah organisasi kepemudaan yang difasilitasi",
      sat: "OKP",
      level: false,
      awal: 28,
      k: [30, 32, 34, 36, 38],
      rp: [420_000, 440_000, 460_000, 480_000, 500_000],
      kind: "sub",
      unit: "Bidang Pengembangan Pemuda",
    },
    {
      id: "s3",
      kode: "2.19.03.2.01.0003",
      nm: "Pemberian Penghargaan Pemuda Pelopor",
      ind: "Jumlah pemuda pelopor yang diberi penghargaan",
      sat: "orang",
      level: false,
      awal: 5,
      k: [5, 5, 5, 5, 5],
      rp: [150_000, 150_000, 165_000, 165_000, 180_000],
      kind: "sub",
      unit: "Bidang Pengembangan Pemuda",
    },
    {
      id: "p2",
      kode: "2.19.03",
      nm: "PROGRAM PENGEMBANGAN KAPASITAS DAYA SAING KEOLAHRAGAAN",
      ind: "Persentase atlet binaan yang meraih medali tingkat nasional",
      sat: "%",
      level: true,
      awal: 32.5,
      k: [34, 36, 38, 40, 42],
      kind: "prog",
      kids: ["k2", "k2"],
      unit: "Dispora Aceh",
    },
    {
      id: "k2",
      kode: "2.19.03.2.01",
      nm: "Pembinaan dan Pengembangan Olahraga Prestasi Tingkat Daerah Provinsi",
      ind: "Persentase cabang olahraga binaan yang lolos kualifikasi PON",
      sat: "%",
      level: true,
      awal: 58,
      k: [60, 62, 65, 68, 70],
      kind: "keg",
      kids: ["s4", "s5"],
      unit: "Bidang Peningkatan Prestasi Olahraga",
    },
    {
      id: "s4",
      kode: "2.19.03.2.01.0001",
      nm: "Pembinaan Atlet Pemusatan Latihan Daerah",
      ind: "Jumlah kejuaraan nasional yang diikuti atlet Pelatda",
      sat: "kejuaraan",
      level: false,
      awal: 11,
      k: [12, 12, 14, 14, 16],
      rp: [5_200_000, 5_600_000, 6_000_000, 6_400_000, 6_800_000],
      kind: "sub",
      unit: "Bidang Peningkatan Prestasi Olahraga",
    },
    {
      id: "s5",
      kode: "2.19.03.2.01.0002",
      nm: "Pemeliharaan Prasarana Olahraga Milik Pemerintah Aceh",
      ind: "Jumlah prasarana olahraga yang dipelihara",
      sat: "unit",
      level: false,
      awal: 4,
      k: [4, 4, 5, 5, 6],
      rp: [2_400_000, 2_500_000, 2_750_000, 2_800_000, 3_000_000],
      kind: "sub",
      unit: "Bidang Sarana dan Prasarana",
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
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
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: `k${y}`, head: [G, String(y), "Target"], role: "target", year: y, num: 6 + 2 * i, width: 9 },
      {
        key: `rp${y}`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: INT,
        width: 13,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, width: 9 },
    { key: "akRp", head: [AK, "Rp"], role: "kondisi-akhir", num: 17, fmt: INT, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 12 },
  ];
  const rowOf = (x: Line): Row => ({
    id: x.id,
    bold: x.kind === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        unit: x.unit,
        lok: "Aceh",
      };
      YEARS.forEach((y, i) => {
        out[`k${y}`] = x.k[i];
        if (x.rp) out[`rp${y}`] = x.rp[i];
        else if (x.kids![0] === x.kids![1]) out[`rp${y}`] = fx(c.a(`rp${y}`, x.kids![0]));
        else out[`rp${y}`] = fx(`SUM(${c.a(`rp${y}`, x.kids![0])}:${c.a(`rp${y}`, x.kids![1])})`);
      });
      // kondisi akhir K: last target for rates, the sum for counts; planted: p2 takes the 2028 target
      out.akK = x.level ? (x.id === "p2" ? x.k[3] : x.k[4]) : x.k.reduce((n, v) => n + v, 0);
      out.akRp = fx(YEARS.map((y) => c.a(`rp${y}`)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [...L.map(rowOf)],
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun 2029; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Banda Aceh, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA ACEH,"],
    nama: "Ir. T. RIZAL FACHRURRAZI, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720509 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pemberian Penghargaan Pemuda Pelopor is coded 2.19.03.2.01.0003 under kegiatan 2.19.02.2.01",
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "k1"),
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the persentase atlet binaan peraih medali is 40, the 2028 target; the 2029 target is 42",
    truth: a("k2029", "p2"),
  });
  // traps: rates end on their last target, not the sum
  for (const id of ["p1", "k2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: YEARS.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const id of ["k1", "s1", "s2", "s4", "s5"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const x of L)
    b.ok({
      sheet: S,
      cell: a("akRp", x.id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: YEARS.map((y) => a(`rp${y}`, x.id)).join("+"),
    });
  for (const y of YEARS) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s4")}+${a(`rp${y}`, "s5")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}+${a(`rp${y}`, "s3")}`,
    });
  }
  for (const id of ["s1", "s2", "s4", "s5"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id === "s1" || id === "s2" ? "k1" : "k2"),
    });
  b.ok({ sheet: S, cell: a("k2027", "p2"), rules: ["target-outlier", "target-trend"], truth: "38" });
  return b.finish();
}
