// A Renja (T-C.30 shape) of a Dinas Pemberdayaan Masyarakat Kampung in a new kabupaten of Papua Tengah:
// every sub kegiatan is spread over distrik rows ('- Distrik ...') whose pagu, in whole rupiah, the
// sub kegiatan adds with SUM; kegiatan and program rows add their own children; prakiraan maju 2027
// beside the year. Every office, person and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Dis = { id: string; distrik: string; t: number; rp: number; t2: number; rp2: number };
type Sub = { id: string; kode: string; nama: string; ind: string; sat: string; dis: Dis[]; skip?: boolean };

/** Renja 2026, Dinas Pemberdayaan Masyarakat Kampung Kabupaten Danau Tigi Selatan (Papua Tengah). */
export function renjaDistrik(): BookW {
  const b = new BookW(
    "renja-subkegiatan-perdistrik-dpmk-danautigiselatan.xlsx",
    "T-C.30 Renja with sub kegiatan per distrik",
    "No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Lokasi (Distrik) | Target Kinerja 2026 | Satuan | Pagu Indikatif 2026 (Rp) | Sumber Dana | 'Prakiraan Maju 2027' > Target | Pagu (Rp); number row (1) .. (11); distrik rows under each sub kegiatan, sub kegiatan =SUM of its distrik rows",
  );
  const S = "Renja 2026";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN DANAU TIGI SELATAN",
    "DINAS PEMBERDAYAAN MASYARAKAT KAMPUNG",
    "Jl. Poros Waghete Hilir No. 7, Distrik Tigi Raya",
  ]);
  s.lines([
    "RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2026",
    "DAN PRAKIRAAN MAJU TAHUN 2027",
  ]);
  s.gap();
  const S1: Sub = {
    id: "s1",
    kode: "2.13.05.2.01.0001",
    nama: "Peningkatan Kapasitas Kelembagaan Lembaga Kemasyarakatan Kampung",
    ind: "Jumlah lembaga kemasyarakatan kampung yang ditingkatkan kapasitasnya",
    sat: "lembaga",
    // planted: the sub kegiatan's SUM stops before Distrik Kamuu Tengah
    skip: true,
    dis: [
      { id: "s1a", distrik: "Distrik Tigi Raya", t: 12, rp: 318_450_000, t2: 12, rp2: 334_000_000 },
      { id: "s1b", distrik: "Distrik Waghete Hilir", t: 9, rp: 241_275_000, t2: 10, rp2: 262_500_000 },
      { id: "s1c", distrik: "Distrik Yatamo Baru", t: 8, rp: 226_900_000, t2: 8, rp2: 231_000_000 },
      { id: "s1d", distrik: "Distrik Kamuu Tengah", t: 7, rp: 197_625_000, t2: 8, rp2: 214_750_000 },
    ],
  };
  const S2: Sub = {
    id: "s2",
    kode: "2.13.05.2.01.0002",
    nama: "Fasilitasi Pengembangan Kapasitas Lembaga Adat dan Masyarakat Hukum Adat",
    ind: "Jumlah lembaga adat yang difasilitasi",
    sat: "lembaga",
    dis: [
      { id: "s2a", distrik: "Distrik Tigi Raya", t: 4, rp: 176_800_000, t2: 4, rp2: 182_000_000 },
      { id: "s2b", distrik: "Distrik Yatamo Baru", t: 3, rp: 139_350_000, t2: 3, rp2: 145_600_000 },
      { id: "s2c", distrik: "Distrik Mapiha Timur", t: 3, rp: 152_125_000, t2: 4, rp2: 171_250_000 },
    ],
  };
  const S3: Sub = {
    id: "s3",
    kode: "2.13.02.2.01.0003",
    nama: "Fasilitasi Penataan Batas Kampung dan Penyelesaian Sengketa Batas",
    ind: "Jumlah kampung yang batasnya ditetapkan",
    sat: "kampung",
    dis: [
      { id: "s3a", distrik: "Distrik Waghete Hilir", t: 6, rp: 612_400_000, t2: 5, rp2: 540_000_000 },
      { id: "s3b", distrik: "Distrik Kamuu Tengah", t: 5, rp: 587_350_000, t2: 5, rp2: 575_800_000 },
      { id: "s3c", distrik: "Distrik Mapiha Timur", t: 5, rp: 564_500_000, t2: 6, rp2: 633_150_000 },
    ],
  };
  const PM = "Prakiraan Maju 2027";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(3)", width: 42 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(4)", width: 36 },
    { key: "lok", head: ["Lokasi (Distrik)"], role: "lokasi", num: "(5)", width: 20 },
    { key: "t", head: ["Target Kinerja 2026"], role: "target", year: 2026, num: "(6)", width: 10 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(7)", width: 9 },
    {
      key: "rp",
      head: ["Pagu Indikatif 2026 (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(8)",
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: ["Sumber Dana"], role: "keterangan", num: "(9)", width: 12 },
    { key: "t2", head: [PM, "Target"], role: "target", year: 2027, num: "(10)", width: 9 },
    { key: "rp2", head: [PM, "Pagu (Rp)"], role: "anggaran", year: 2027, num: "(11)", fmt: RP, width: 17 },
  ];
  type C = { a: (k: string, id?: string) => string };
  const subRows = (u: Sub): Row[] => [
    {
      id: u.id,
      cells: (c: C): Record<string, Cell> => {
        const first = u.dis[0].id;
        const last = u.dis[u.dis.length - 1].id;
        const lastRp = u.skip ? u.dis[u.dis.length - 2].id : last;
        return {
          kode: u.kode,
          nama: u.nama,
          ind: u.ind,
          lok: `${u.dis.length} distrik`,
          t: fx(`SUM(${c.a("t", first)}:${c.a("t", last)})`),
          sat: u.sat,
          rp: fx(`SUM(${c.a("rp", first)}:${c.a("rp", lastRp)})`),
          sd: "Otsus",
          t2: fx(`SUM(${c.a("t2", first)}:${c.a("t2", last)})`),
          rp2: fx(`SUM(${c.a("rp2", first)}:${c.a("rp2", last)})`),
        };
      },
    },
    ...u.dis.map((d): Row => ({
      id: d.id,
      cells: {
        nama: `- ${d.distrik}`,
        lok: d.distrik,
        t: d.t,
        sat: u.sat,
        rp: d.rp,
        sd: "Otsus",
        t2: d.t2,
        rp2: d.rp2,
      },
    })),
  ];
  const add = (keys: string[], ids: string[]) => (c: C) =>
    Object.fromEntries(keys.map((k) => [k, fx(ids.map((id) => c.a(k, id)).join("+"))]));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      {
        id: "p1",
        bold: true,
        cells: (c) => ({
          no: 1,
          kode: "2.13.05",
          nama: "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT",
          ind: "Persentase kampung dengan lembaga kemasyarakatan dan lembaga adat aktif",
          lok: "Kabupaten",
          t: 45,
          sat: "%",
          t2: 55,
          ...add(["rp", "rp2"], ["k1"])(c),
        }),
      },
      {
        id: "k1",
        cells: (c) => ({
          kode: "2.13.05.2.01",
          nama: "Pemberdayaan Lembaga Kemasyarakatan yang Bergerak di Bidang Pemberdayaan Desa dan Lembaga Adat Tingkat Daerah Kabupaten/Kota",
          ind: "Jumlah lembaga kemasyarakatan dan lembaga adat yang dibina",
          lok: "5 distrik",
          t: 46,
          sat: "lembaga",
          t2: 49,
          ...add(["rp", "rp2"], ["s1", "s2"])(c),
        }),
      },
      ...subRows(S1),
      ...subRows(S2),
      {
        id: "p2",
        bold: true,
        cells: (c) => ({
          no: 2,
          kode: "2.13.02",
          nama: "PROGRAM PENATAAN DESA",
          ind: "Persentase kampung dengan batas wilayah yang telah ditetapkan",
          lok: "Kabupaten",
          t: 38,
          sat: "%",
          t2: 52,
          ...add(["rp", "rp2"], ["k2"])(c),
        }),
      },
      {
        id: "k2",
        cells: (c) => ({
          kode: "2.13.02.2.01",
          nama: "Penyelenggaraan Penataan Desa",
          ind: "Jumlah kampung yang difasilitasi penataannya",
          lok: "3 distrik",
          t: 16,
          sat: "kampung",
          t2: 16,
          // planted: the kegiatan's pagu typed 1,746,250,000 (its sub kegiatan gives 1,764,250,000)
          rp: 1_746_250_000,
          rp2: fx(c.a("rp2", "s3")),
        }),
      },
      ...subRows(S3),
      {
        id: "jml",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({ no: "JUMLAH", ...add(["rp", "rp2"], ["p1", "p2"])(c) }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber dana Otsus = Dana Otonomi Khusus (Dana Tambahan Infrastruktur dan Block Grant) Tahun 2026.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tigi Raya, 18 Juni 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT KAMPUNG", "KABUPATEN DANAU TIGI SELATAN,"],
    nama: "MARKUS TEBAI DOGOMO, S.Sos., M.AP",
    pangkat: "Pembina (IV/a)",
    nip: "19810417 200903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumDis = (k: string, u: Sub) => `SUM(${a(k, u.dis[0].id)}:${a(k, u.dis[u.dis.length - 1].id)})`;
  b.plant({
    at: { sheet: S, cell: a("rp", "s1") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "pagu 2026 of sub kegiatan 2.13.05.2.01.0001 =SUM over three of its four distrik rows (786,625,000): Distrik Kamuu Tengah's 197,625,000 is left out; the four give 984,250,000",
    truth: sumDis("rp", S1),
  });
  b.plant({
    at: { sheet: S, cell: a("rp", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "pagu 2026 of kegiatan 2.13.02.2.01 typed 1,746,250,000 (digits swapped); its sub kegiatan 2.13.02.2.01.0003 gives 1,764,250,000",
    truth: a("rp", "s3"),
  });
  for (const u of [S1, S2, S3]) {
    b.ok({ sheet: S, cell: a("t", u.id), rules: ["sum-mismatch"], truth: sumDis("t", u) });
    b.ok({ sheet: S, cell: a("rp2", u.id), rules: ["sum-mismatch"], truth: sumDis("rp2", u) });
  }
  b.ok({ sheet: S, cell: a("rp", "s2"), rules: ["sum-mismatch"], truth: sumDis("rp", S2) });
  b.ok({ sheet: S, cell: a("rp", "s3"), rules: ["sum-mismatch"], truth: sumDis("rp", S3) });
  b.ok({
    sheet: S,
    cell: a("rp2", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2", "s1")}+${a("rp2", "s2")}`,
    trap: `SUM(${a("rp2", "s1")}:${a("rp2", "s2c")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t", "p1"),
    rules: ["sum-mismatch"],
    truth: "45",
    trap: `${a("t", "k1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp2", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2", "p1")}+${a("rp2", "p2")}`,
    trap: `SUM(${a("rp2", "p1")}:${a("rp2", "s3c")})`,
  });
  b.ok({ sheet: S, cell: a("t2", "s3a"), rules: ["target-trend"], truth: "5" });
  for (const [id, parent] of [
    ["s1", "k1"],
    ["s3", "k2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", parent),
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
