// A T-C.27 funding table (Renstra 2025-2029, "(dalam ribuan rupiah)", Tahun ke-1..5) and a Perjanjian Kinerja 2025
// beside its Renstra, both of invented Dinas Kesehatan in Kalimantan Barat (PTM and SPM kesehatan).
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Ctx } from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  k: number[];
  rp: number[];
};

export function tc27Ptm(): BookW {
  const b = new BookW(
    "tc27-pendanaan-ptm-dinkes-sekadau-hulu-b178.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Dinas Kesehatan)",
    "T-C.27 of the Dinas Kesehatan Kabupaten Sekadau Hulu, Renstra 2025-2029 in thousands of rupiah: Kode | Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | Data capaian awal (2024) | Tahun ke-1..5 Target | Rp | Kondisi akhir Target | Rp (= sum of the five Rp) | Unit; kegiatan Rp as SUM of the sub kegiatan, the program = its kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SEKADAU HULU",
    "DINAS KESEHATAN",
    "Jl. Merdeka Timur No. 4 Nanga Mahap",
  ]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0010",
      nm: "Pengelolaan Pelayanan Kesehatan pada Usia Produktif",
      ind: "Persentase penduduk usia produktif yang mendapat skrining kesehatan sesuai standar",
      sat: "%",
      flow: false,
      awal: 71.2,
      k: [76, 82, 88, 94, 100],
      rp: [642_500, 688_300, 731_900, 779_600, 824_100],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0012",
      nm: "Pengelolaan Pelayanan Kesehatan Penderita Diabetes Melitus",
      ind: "Persentase penderita DM yang mendapat pelayanan kesehatan sesuai standar",
      sat: "%",
      flow: false,
      awal: 68.5,
      k: [75, 80, 85, 90, 95],
      rp: [418_750, 446_200, 472_800, 503_400, 531_900],
    },
    {
      id: "s3",
      // planted: coded under program 1.02.03 although it sits under kegiatan 1.02.02.2.02
      kode: "1.02.03.2.02.0015",
      nm: "Pengelolaan Upaya Deteksi Dini Kanker Leher Rahim dan Payudara",
      ind: "Jumlah perempuan usia 30-50 tahun yang diperiksa IVA dan SADANIS",
      sat: "orang",
      flow: true,
      awal: 3_860,
      k: [4_200, 4_500, 4_800, 5_100, 5_400],
      rp: [186_400, 197_250, 209_800, 221_300, 234_650],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: "(2)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: "(5)",
    },
  ];
  for (let y = 1; y <= 5; y++)
    cols.push(
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${4 + 2 * y})`,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: RP,
      },
    );
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  cols.push(
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(16)" },
    { key: "akRp", head: [AK, "Rp"], num: "(17)", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(18)", width: 14 },
  );
  const rpSum = (x: Ctx) => [1, 2, 3, 4, 5].map((y) => x.a(`rp${y}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (x) => {
          const c: Record<string, Cell> = {
            kode: "1.02.02",
            nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
            ind: "Persentase capaian SPM bidang kesehatan",
            sat: "%",
            awal: 81.6,
            akK: 100,
            akRp: fx(rpSum(x)),
            pj: "Dinas Kesehatan",
          };
          [88, 91, 94, 97, 100].forEach((v, i) => (c[`k${i + 1}`] = v));
          for (let y = 1; y <= 5; y++) c[`rp${y}`] = fx(x.a(`rp${y}`, "keg"));
          return c;
        },
      },
      {
        id: "keg",
        bold: true,
        cells: (x) => {
          const c: Record<string, Cell> = {
            kode: "1.02.02.2.02",
            nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
            ind: "Jumlah posbindu PTM yang aktif",
            sat: "posbindu",
            awal: 142,
            akK: 190,
            akRp: fx(rpSum(x)),
            pj: "Bidang P2P",
          };
          [150, 160, 170, 180, 190].forEach((v, i) => (c[`k${i + 1}`] = v));
          for (let y = 1; y <= 5; y++) c[`rp${y}`] = fx(`SUM(${x.a(`rp${y}`, "s1")}:${x.a(`rp${y}`, "s3")})`);
          return c;
        },
      },
      ...subs.map((u) => ({
        id: u.id,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = {
            kode: u.kode,
            nm: u.nm,
            ind: u.ind,
            sat: u.sat,
            awal: u.awal,
            akK: u.flow ? fx([1, 2, 3, 4, 5].map((y) => x.a(`k${y}`)).join("+")) : fx(x.a("k5")),
            // planted (s2): a typed 2,437,050 (the five years give 2,373,050)
            akRp: u.id === "s2" ? 2_437_050 : fx(rpSum(x)),
            pj: "Seksi PTM dan Keswa",
          };
          u.k.forEach((v, i) => (c[`k${i + 1}`] = v));
          u.rp.forEach((v, i) => (c[`rp${i + 1}`] = v));
          return c;
        },
      })),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target persentase = target tahun ke-5; jumlah orang diperiksa = jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Nanga Mahap, 20 Juni 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN SEKADAU HULU"],
    nama: "dr. YOSEPHA LINDAWATI, M.P.H.",
    nip: "19780215 200501 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rps = (id: string) => [1, 2, 3, 4, 5].map((y) => a(`rp${y}`, id)).join("+");
  const ks = (id: string) => [1, 2, 3, 4, 5].map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akRp", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of sub kegiatan .0012 (diabetes melitus) is a typed 2,437,050; the five years add up to 2,373,050 (thousand rupiah)",
    truth: rps("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan deteksi dini kanker is coded 1.02.03.2.02.0015 under kegiatan 1.02.02.2.02 (should be 1.02.02.2.02.0015); it is still summed into that kegiatan",
    truth: `PARENT(${a("kode", "keg")})&".2.02.0015"`,
  });
  // traps: the kondisi akhir K of a percentage is the last target, of a count the sum
  for (const id of ["s1", "s2", "prog"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s3"),
    trap: a("k5", "s3"),
  });
  for (const id of ["s1", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rps(id),
    });
  for (const y of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`rp${y}`, id)).join("+"),
    });
  b.ok({ sheet: S, cell: a("kode", "s1"), rules: ["code-hierarchy"], truth: `${a("kode", "keg")}&".0010"` });
  return b.finish();
}
