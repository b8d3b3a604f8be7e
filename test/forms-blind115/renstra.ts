// T-C.27 of the Renstra 2025-2029 of the Dinas Sosial of Kabupaten Wawolesea Raya (Sulawesi Tenggara):
// "Tahun ke-1 .. ke-5" over Target | Rp (years only in the title), "(dalam ribuan rupiah)", SUM formulas
// for the kegiatan and program Rp, kondisi akhir K typed (last target for rates, the sum for counts).
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

type TRow = {
  id: string;
  kind: "prog" | "keg" | "sub";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  flow?: boolean;
  rp?: number[];
  kids?: string[];
};

export function tc27DinsosWawolesea(): BookW {
  const b = new BookW(
    "renstra-tc27-dinsos-wawolesea-raya-dtks-pkh.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan (Dinas Sosial kabupaten)",
    "T-C.27 Renstra 2025-2029 of the Dinas Sosial Kabupaten Wawolesea Raya: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; (dalam ribuan rupiah); program and kegiatan Rp are SUM formulas; kondisi akhir Rp SUM of the five years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAWOLESEA RAYA",
    "DINAS SOSIAL",
    "Jl. Poros Lasolo - Wanggudu Km. 4, Wawolesea",
  ]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Sosial Kabupaten Wawolesea Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: TRow[] = [
    {
      id: "p1",
      kind: "prog",
      kode: "1.06.05",
      nama: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
      ind: "Persentase keluarga penerima manfaat PKH yang graduasi sejahtera mandiri",
      sat: "%",
      awal: 4.2,
      k: [5, 6, 7, 8, 9],
      kids: ["g1", "g2"],
    },
    {
      id: "g1",
      kind: "keg",
      kode: "1.06.05.2.01",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Persentase data DTKS yang terverifikasi dan tervalidasi",
      sat: "%",
      awal: 58.5,
      k: [65, 72.5, 80, 87.5, 95],
      kids: ["s1", "s2"],
    },
    {
      id: "s1",
      kind: "sub",
      kode: "1.06.05.2.01.0001",
      nama: "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen hasil verifikasi dan validasi DTKS",
      sat: "dokumen",
      awal: 2,
      k: [2, 2, 2, 2, 2],
      flow: true,
      rp: [412_350, 436_800, 455_000, 472_650, 498_200],
    },
    {
      id: "s2",
      kind: "sub",
      kode: "1.06.05.2.01.0002",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah laporan pemutakhiran data DTKS desa/kelurahan",
      sat: "laporan",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      flow: true,
      rp: [186_400, 195_720, 205_500, 215_780, 226_560],
    },
    {
      id: "g2",
      kind: "keg",
      kode: "1.06.05.2.02",
      nama: "Penyaluran Bantuan Sosial Pangan bagi Fakir Miskin dan Orang Tidak Mampu",
      ind: "Jumlah KK fakir miskin penerima bantuan pangan daerah",
      sat: "KK",
      awal: 1150,
      k: [1200, 1250, 1300, 1350, 1400],
      flow: true,
      kids: ["s3", "s4"],
    },
    {
      id: "s3",
      kind: "sub",
      kode: "1.06.05.2.02.0001",
      nama: "Penyediaan Paket Bantuan Pangan bagi Fakir Miskin",
      ind: "Jumlah paket bantuan pangan yang disalurkan",
      sat: "paket",
      awal: 13_800,
      k: [14_400, 15_000, 15_600, 16_200, 16_800],
      flow: true,
      rp: [2_592_000, 2_700_000, 2_808_000, 2_916_000, 3_024_000],
    },
    {
      id: "s4",
      kind: "sub",
      // planted: coded under kegiatan 1.06.05.2.01
      kode: "1.06.05.2.01.0003",
      nama: "Pendampingan Keluarga Penerima Manfaat PKH di Kecamatan",
      ind: "Jumlah laporan pendampingan KPM PKH",
      sat: "laporan",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      flow: true,
      rp: [148_500, 155_900, 163_700, 171_900, 180_500],
    },
    {
      id: "p2",
      kind: "prog",
      kode: "1.06.06",
      nama: "PROGRAM PENANGANAN BENCANA",
      ind: "Persentase korban bencana yang memperoleh bantuan pemenuhan kebutuhan dasar",
      sat: "%",
      awal: 92.5,
      k: [95, 96, 97, 98, 100],
      kids: ["g3"],
    },
    {
      id: "g3",
      kind: "keg",
      kode: "1.06.06.2.01",
      nama: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
      ind: "Jumlah korban bencana alam dan sosial yang terlayani",
      sat: "jiwa",
      awal: 1640,
      k: [1700, 1750, 1800, 1850, 1900],
      flow: true,
      kids: ["s5", "s6"],
    },
    {
      id: "s5",
      kind: "sub",
      kode: "1.06.06.2.01.0001",
      nama: "Penyediaan Makanan",
      ind: "Jumlah paket makanan siap saji bagi korban bencana",
      sat: "paket",
      awal: 5200,
      k: [5400, 5500, 5600, 5700, 5800],
      flow: true,
      rp: [324_000, 335_500, 347_200, 359_100, 371_200],
    },
    {
      id: "s6",
      kind: "sub",
      kode: "1.06.06.2.01.0002",
      nama: "Penyediaan Sandang",
      ind: "Jumlah paket sandang dan perlengkapan keluarga yang disalurkan",
      sat: "paket",
      awal: 640,
      k: [650, 675, 700, 725, 750],
      flow: true,
      rp: [97_500, 104_600, 112_000, 119_600, 127_500],
    },
  ];
  const byId = new Map(rows.map((x) => [x.id, x]));
  // the planted kondisi akhir Rp of Penyediaan Makanan is 1,773,000 for the true 1,737,000
  const s5sum = sum(byId.get("s5")!.rp!);
  if (s5sum !== 1_737_000) throw new Error("tc27 s5");
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const yrs = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 5,
      fmt: DEC,
      width: 12,
    },
    ...yrs.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        width: 10,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 16,
      width: 11,
    },
    {
      key: "karp",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const unit = (x: TRow) =>
    x.kode.startsWith("1.06.06")
      ? "Bidang Linjamsos (Seksi Bencana)"
      : "Bidang Linjamsos (Seksi Fakir Miskin)";
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.kind === "prog",
    cells: (c) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ka: x.flow ? sum(x.k) : x.k[4],
        unit: unit(x),
        lok: "Kabupaten Wawolesea Raya",
      };
      for (const y of yrs) {
        out[`k${y}`] = x.k[y - 1];
        out[`rp${y}`] = x.rp ? x.rp[y - 1] : fx(x.kids!.map((k) => c.a(`rp${y}`, k)).join("+"));
      }
      // planted: the kondisi akhir Rp of Penyediaan Makanan typed 1,773,000 (the five years give 1,737,000)
      out.karp = x.id === "s5" ? 1_773_000 : fx(`SUM(${yrs.map((y) => c.a(`rp${y}`)).join(",")})`);
      return out;
    },
  }));
  body.push({
    id: "tot",
    bold: true,
    span: ["kode", "awal"],
    cells: (c) => {
      const out: Record<string, ReturnType<typeof fx> | string> = { kode: "JUMLAH PENDANAAN" };
      for (const k of [...yrs.map((y) => `rp${y}`), "karp"]) out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Keterangan: target Tahun ke-1 s.d. ke-5 = Tahun 2025 s.d. 2029; kondisi akhir indikator persentase = target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Wawolesea, 14 Juli 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KABUPATEN WAWOLESEA RAYA,"],
    nama: "LA ODE MUH. SYAHRIR, S.Sos., M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760812 200212 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("karp", "s5") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of sub kegiatan 1.06.06.2.01.0001 Penyediaan Makanan is a typed 1,773,000 (thousands); the five years add up to 1,737,000",
    truth: yrs.map((y) => a(`rp${y}`, "s5")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pendampingan KPM PKH is coded 1.06.05.2.01.0003 under kegiatan 1.06.05.2.02 (it should be 1.06.05.2.02.0002)",
    truth: `PARENT(${a("kode", "s4")})`,
    actual: a("kode", "g2"),
  });
  const parent = new Map(rows.flatMap((x) => (x.kids ?? []).map((k) => [k, x.id] as const)));
  for (const x of rows) {
    const ks = yrs.map((y) => a(`k${y}`, x.id));
    b.ok({
      sheet: S,
      cell: a("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? ks.join("+") : ks[4],
      // rates take the last target, counts per year the sum
      trap: x.flow ? ks[4] : ks.join("+"),
    });
    // the kegiatan over the planted row (g3) follows it against its sub kegiatan: not listed
    if (x.id !== "s5" && x.id !== "g3" && x.kind !== "prog")
      b.ok({
        sheet: S,
        cell: a("karp", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: yrs.map((y) => a(`rp${y}`, x.id)).join("+"),
      });
    if (x.kids)
      for (const y of [1, 3, 5])
        b.ok({
          sheet: S,
          cell: a(`rp${y}`, x.id),
          rules: ["sum-mismatch"],
          truth: x.kids.map((k) => a(`rp${y}`, k)).join("+"),
        });
    if (x.kind !== "prog" && x.id !== "s4")
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", parent.get(x.id)!),
        actual: `PARENT(${a("kode", x.id)})`,
      });
  }
  return b.finish();
}
