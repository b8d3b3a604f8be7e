// Two Renstra tables of Dinas Kesehatan in Sulawesi Tengah: a T-C.27 pendanaan indikatif 2025-2029 "(dalam
// ribuan rupiah)" with Tahun ke-1 .. ke-5 over Target | Rp, and an IKU matrix with definitions and formulas.
// Levels (%, jiwa terdaftar) end on the last year's target, never on the sum. Every number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Ctx, type Row } from "../forms/kit";

type L = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
};

export function tc27DinkesTojo(): BookW {
  const b = new BookW(
    "tc27-pendanaan-dinkes-jkn-imunisasi-tojo-lembah-raya.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif Renstra Dinas Kesehatan 2025-2029",
    "T-C.27 of a Dinas Kesehatan in Sulawesi Tengah, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Penanggung Jawab; years only in the title",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TOJO LEMBAH RAYA", "DINAS KESEHATAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Kesehatan Kabupaten Tojo Lembah Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: L[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0036",
      nm: "Pengelolaan Pelayanan Imunisasi",
      ind: "Persentase bayi usia 0-11 bulan yang mendapat imunisasi dasar lengkap",
      sat: "%",
      awal: 89.6,
      k: [92, 93, 94, 95, 95],
      rp: [612_400, 648_150, 683_900, 721_300, 760_850],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0041",
      nm: "Pengelolaan Jaminan Kesehatan Masyarakat",
      ind: "Jumlah penduduk miskin dan rentan yang didaftarkan sebagai peserta PBI APBD",
      sat: "jiwa",
      awal: 46_250,
      k: [48_000, 51_000, 54_000, 57_000, 60_000],
      rp: [21_772_800, 23_133_600, 24_494_400, 25_855_200, 27_216_000],
    },
  ];
  const keg: L = {
    id: "keg",
    kode: "1.02.02.2.02",
    nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Persentase pelayanan UKM dan UKP sesuai standar",
    sat: "%",
    awal: 82.5,
    k: [85, 87, 89, 91, 93],
  };
  const prog: L = {
    id: "prog",
    kode: "1.02.02",
    nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
    ind: "Cakupan Universal Health Coverage (UHC)",
    sat: "%",
    awal: 96.1,
    k: [96.5, 97, 97.5, 98, 98.5],
  };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const years = [1, 2, 3, 4, 5];
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: 2, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...years.flatMap((y): Col[] => [
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
        width: 13,
      },
    ]),
    { key: "ka", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: 16, width: 9 },
    { key: "rpa", head: [AK, "Rp"], role: "kondisi-akhir", year: 2029, num: 17, fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 14 },
  ];
  const sumYears = (c: Ctx) => years.map((y) => c.a(`rp${y}`)).join("+");
  const line = (x: L): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const o: Record<string, Cell> = { kode: x.kode, nm: x.nm, ind: x.ind, sat: x.sat, awal: x.awal };
      years.forEach((y, i) => {
        o[`k${y}`] = x.k[i];
        if (x.rp) o[`rp${y}`] = x.rp[i];
        else if (x.id === "keg")
          // planted: the kegiatan's Rp of Tahun ke-3 is typed 24,178,300 (the two sub kegiatan give 25,178,300)
          o[`rp${y}`] = y === 3 ? 24_178_300 : fx(`${c.a(`rp${y}`, "s1")}+${c.a(`rp${y}`, "s2")}`);
        else o[`rp${y}`] = fx(c.a(`rp${y}`, "keg"));
      });
      o.ka = fx(c.a("k5"));
      // planted: s2's kondisi akhir Rp is typed 120,472,000; the five years give 122,472,000
      o.rpa = x.id === "s2" ? 120_472_000 : fx(sumYears(c));
      o.pj = x.id === "s2" ? "Bidang Yankes / Seksi Jaminan Kesehatan" : "Bidang P2P";
      return o;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [line(prog), line(keg), ...subs.map(line)],
  });
  s.gap();
  s.lines([
    "Catatan: target PBI APBD dihitung dari iuran Rp 37.800/jiwa/bulan x 12 bulan; kondisi akhir indikator persentase = target tahun ke-5.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp3", "keg") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp Tahun ke-3 (2027) of kegiatan 1.02.02.2.02 is a typed 24,178,300 among formulas; its sub kegiatan give 683,900 + 24,494,400 = 25,178,300 (ribuan rupiah)",
    truth: `${a("rp3", "s1")}+${a("rp3", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("rpa", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 1.02.02.2.02.0041 (premi PBI APBD) is a typed 120,472,000; the five years add to 122,472,000 (ribuan rupiah)",
    truth: years.map((y) => a(`rp${y}`, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rpa", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: years.map((y) => a(`rp${y}`, "s1")).join("+"),
  });
  for (const id of ["s1", "s2", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: years.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}`,
    });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number;
  k: Cell[];
  akhir: number;
  pj: string;
};

export function ikuDinkesBanggaiTanjung(): BookW {
  const b = new BookW(
    "iku-dinkes-uhc-imunisasi-banggai-tanjung.xlsx",
    "IKU matrix of a Dinas Kesehatan 2025-2029",
    "IKU matrix of a Dinas Kesehatan in Sulawesi Tengah: No | Sasaran Strategis | Indikator Kinerja Utama | Definisi Operasional | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target Tahun' > 2025 .. 2029 (group written once, not merged) | Kondisi Akhir Renstra | Penanggung Jawab",
  );
  const S = "IKU Dinkes";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BANGGAI TANJUNG",
    "DINAS KESEHATAN",
    "Jl. Urip Sumoharjo No. 4 Luwuk Tanjung",
  ]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS KESEHATAN NOMOR 800/112/DINKES/2025",
    "INDIKATOR KINERJA UTAMA (IKU) DINAS KESEHATAN TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya perlindungan finansial masyarakat di bidang kesehatan";
  const S2 = "Menurunnya penyakit yang dapat dicegah dengan imunisasi";
  const rows: Iku[] = [
    {
      id: "uhc",
      sas: S1,
      ind: "Cakupan Universal Health Coverage (UHC)",
      def: "Penduduk terdaftar sebagai peserta JKN terhadap jumlah penduduk",
      rumus: "Jumlah peserta JKN / jumlah penduduk x 100%",
      sat: "%",
      awal: 97.2,
      k: [97.5, 98, 98.5, 99, 99.5],
      akhir: 99.5,
      pj: "Bidang Yankes",
    },
    {
      id: "aktif",
      sas: S1,
      ind: "Persentase peserta JKN dengan status kepesertaan aktif",
      def: "Peserta JKN yang iurannya terbayar dan tidak menunggak",
      rumus: "Jumlah peserta aktif / jumlah peserta JKN x 100%",
      sat: "%",
      awal: 78.4,
      k: [80, 82, 84, 86, 88],
      akhir: 86,
      pj: "Bidang Yankes",
    },
    // planted: the 2027 IDL target is typed 9.2 (92 without its digit)
    {
      id: "idl",
      sas: S2,
      ind: "Persentase bayi usia 0-11 bulan dengan imunisasi dasar lengkap (IDL)",
      def: "Bayi yang mendapat HB0, BCG, DPT-HB-Hib 3, Polio 4, IPV dan campak-rubela",
      rumus: "Bayi IDL / jumlah bayi sasaran x 100%",
      sat: "%",
      awal: 88.3,
      k: [90, 91, 9.2, 93, 95],
      akhir: 95,
      pj: "Bidang P2P",
    },
    {
      id: "pd3i",
      sas: S2,
      ind: "Angka kasus PD3I (campak, difteri, pertusis) per 100.000 penduduk",
      def: "Kasus PD3I terkonfirmasi laboratorium",
      rumus: "Jumlah kasus PD3I / jumlah penduduk x 100.000",
      sat: "per 100.000",
      awal: 2.7,
      k: [2.4, 2.1, 1.8, 1.5, 1.2],
      akhir: 1.2,
      pj: "Bidang P2P",
    },
  ];
  const YS = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 32 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...YS.map((y): Col => ({
      key: `t${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      width: 8,
    })),
    { key: "akhir", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "first",
    vmerge: ["sas"],
    rows: rows.map((r, i): Row => {
      const o: Record<string, Cell> = {
        no: i + 1,
        sas: r.sas,
        ind: r.ind,
        def: r.def,
        rumus: r.rumus,
        sat: r.sat,
        awal: r.awal,
        akhir: r.akhir,
        pj: r.pj,
      };
      YS.forEach((y, j) => (o[`t${y}`] = r.k[j]));
      return { id: r.id, cells: o };
    }),
  });
  s.gap();
  s.lines(["Keterangan: indikator angka kasus PD3I bersifat negatif (semakin kecil semakin baik)."]);
  s.gap();
  signature(s, 11, {
    tempat: "Luwuk Tanjung, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN BANGGAI TANJUNG,"],
    nama: "dr. MOH. RIZAL LATUCONSINA, MPH",
    nip: "19780322 200604 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", "idl") },
    rules: ["target-outlier"],
    note: "IDL target 2027 is typed 9.2 between 91 (2026) and 93 (2028): 92 with a misplaced decimal point",
    truth: `(${a("t2026", "idl")}+${a("t2028", "idl")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", "aktif") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the JKN aktif rate is 86, the 2028 target; the rate is a level and its 2029 target is 88",
    truth: a("t2029", "aktif"),
  });
  for (const id of ["uhc", "idl", "pd3i"])
    b.ok({
      sheet: S,
      cell: a("akhir", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: `SUM(${a("t2025", id)}:${a("t2029", id)})`,
    });
  // falling targets of a lower-is-better indicator are no broken trend
  b.ok({ sheet: S, cell: a("t2029", "pd3i"), rules: ["target-trend"], truth: "1.2" });
  return b.finish();
}
