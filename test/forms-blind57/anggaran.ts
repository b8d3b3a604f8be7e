// The Renja 2025 (form T-C.30) of the Dinas Kelautan dan Perikanan of Kabupaten Lasalimu Raya
// (Sulawesi Tenggara): programmes, kegiatan and sub kegiatan with pagu indikatif and a prakiraan maju
// 2026. Every name and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type N = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  t: number;
  lok: string;
  pagu?: number;
  maju?: number;
  t26: number;
  kids?: string[];
  dana?: string;
};

/** Renja 2025 T-C.30, DKP Kabupaten Lasalimu Raya. */
export function renjaTc30DkpLasalimu(): BookW {
  const b = new BookW(
    "renja-2025-tc30-dkp-kabupaten-lasalimu-raya-pagu-indikatif.xlsx",
    "Renja T-C.30 with pagu indikatif and prakiraan maju",
    "Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Rencana Tahun 2025' > Lokasi / Target / Pagu Indikatif (Rp) / Sumber Dana | 'Prakiraan Maju Tahun 2026' > Target / Kebutuhan Dana (Rp); number row 1..10; program and kegiatan rows SUM their children; JUMLAH of the programmes",
  );
  const S = "T-C.30";
  const s = b.sheet(S);
  letterhead(s, [
    "Tabel T-C.30",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
    "Dinas Kelautan dan Perikanan Kabupaten Lasalimu Raya",
  ]);
  const L = "Kab. Lasalimu Raya";
  const ns: N[] = [
    {
      id: "p1",
      kode: "3.25.03",
      nama: "PROGRAM PENGELOLAAN PERIKANAN TANGKAP",
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      t: 24800,
      lok: L,
      t26: 25600,
      kids: ["k11", "k12"],
    },
    {
      id: "k11",
      kode: "3.25.03.2.02",
      nama: "Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota",
      ind: "Jumlah nelayan kecil yang diberdayakan",
      sat: "orang",
      t: 1450,
      lok: L,
      t26: 1600,
      kids: ["s111", "s112", "s113"],
    },
    {
      id: "s111",
      kode: "3.25.03.2.02.0001",
      nama: "Penyediaan Prasarana Usaha Perikanan Tangkap",
      ind: "Jumlah paket sarana penangkapan ikan yang diserahkan",
      sat: "paket",
      t: 120,
      lok: "Pasarlamo, Wakaokili",
      pagu: 1_284_600_000,
      maju: 1_350_000_000,
      t26: 130,
      dana: "DAK",
    },
    {
      id: "s112",
      kode: "3.25.03.2.02.0002",
      nama: "Fasilitasi Bantuan Premi Asuransi bagi Nelayan Kecil",
      ind: "Jumlah nelayan penerima bantuan premi APBD",
      sat: "orang",
      t: 1100,
      lok: L,
      pagu: 192_500_000,
      maju: 210_000_000,
      t26: 1200,
      dana: "DAU",
    },
    // planted: coded under kegiatan 3.25.03.2.01 though it sits (and is summed) under 3.25.03.2.02
    {
      id: "s113",
      kode: "3.25.03.2.01.0004",
      nama: "Pembinaan dan Pemantauan Kelompok Nelayan",
      ind: "Jumlah kelompok nelayan yang dibina",
      sat: "kelompok",
      t: 64,
      lok: L,
      pagu: 148_750_000,
      maju: 156_000_000,
      t26: 70,
      dana: "DAU",
    },
    {
      id: "k12",
      kode: "3.25.03.2.03",
      nama: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan (TPI)",
      ind: "Jumlah TPI yang beroperasi",
      sat: "unit",
      t: 3,
      lok: L,
      t26: 3,
      kids: ["s121"],
    },
    {
      id: "s121",
      kode: "3.25.03.2.03.0001",
      nama: "Operasional dan Pemeliharaan TPI",
      ind: "Jumlah TPI yang dipelihara",
      sat: "unit",
      t: 3,
      lok: "TPI Pasarlamo, Wakaokili, Kamaru",
      pagu: 436_200_000,
      maju: 452_000_000,
      t26: 3,
      dana: "PAD",
    },
    {
      id: "p2",
      kode: "3.25.04",
      nama: "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA",
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      t: 61500,
      lok: L,
      t26: 64800,
      kids: ["k21"],
    },
    {
      id: "k21",
      kode: "3.25.04.2.03",
      nama: "Pemberdayaan Pembudi Daya Ikan Kecil",
      ind: "Jumlah pembudi daya ikan kecil yang diberdayakan",
      sat: "orang",
      t: 820,
      lok: L,
      t26: 900,
      kids: ["s211", "s212"],
    },
    {
      id: "s211",
      kode: "3.25.04.2.03.0001",
      nama: "Penyediaan Sarana Pembudidayaan Ikan (bibit rumput laut)",
      ind: "Jumlah bibit rumput laut yang disalurkan",
      sat: "ton",
      t: 95,
      lok: "Lasalimu Selatan, Siompu Timur",
      pagu: 1_672_400_000,
      maju: 1_820_000_000,
      t26: 105,
      dana: "DAK",
    },
    {
      id: "s212",
      kode: "3.25.04.2.03.0002",
      nama: "Pendampingan Kelompok Pembudi Daya Ikan",
      ind: "Jumlah kelompok pembudi daya ikan yang didampingi",
      sat: "kelompok",
      t: 42,
      lok: L,
      pagu: 118_350_000,
      maju: 126_500_000,
      t26: 45,
      dana: "DAU",
    },
    {
      id: "p3",
      kode: "3.25.05",
      nama: "PROGRAM PENGOLAHAN DAN PEMASARAN HASIL PERIKANAN",
      ind: "Persentase UPI yang memenuhi standar mutu",
      sat: "%",
      t: 35,
      lok: L,
      t26: 40,
      kids: ["k31"],
    },
    {
      id: "k31",
      kode: "3.25.05.2.01",
      nama: "Pembinaan Mutu dan Keamanan Hasil Perikanan bagi Usaha Pengolahan dan Pemasaran Skala Mikro dan Kecil",
      ind: "Jumlah UPI skala mikro kecil yang dibina",
      sat: "unit",
      t: 48,
      lok: L,
      t26: 55,
      kids: ["s311", "s312"],
    },
    {
      id: "s311",
      kode: "3.25.05.2.01.0001",
      nama: "Penerbitan Sertifikat Kelayakan Pengolahan (SKP)",
      ind: "Jumlah SKP yang diterbitkan",
      sat: "sertifikat",
      t: 18,
      lok: L,
      pagu: 96_800_000,
      maju: 104_000_000,
      t26: 22,
      dana: "DAU",
    },
    {
      id: "s312",
      kode: "3.25.05.2.01.0003",
      nama: "Bimbingan Teknis Pengolahan Hasil Perikanan",
      ind: "Jumlah pengolah yang mengikuti bimtek",
      sat: "orang",
      t: 150,
      lok: L,
      pagu: 211_650_000,
      maju: 225_000_000,
      t26: 160,
      dana: "DAU",
    },
  ];
  const G1 = "Rencana Tahun 2025";
  const G2 = "Prakiraan Maju Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "lok", head: [G1, "Lokasi"], role: "lokasi", num: 5, width: 18 },
    { key: "t", head: [G1, "Target"], role: "target", year: 2025, num: 6, width: 9 },
    {
      key: "pagu",
      head: [G1, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 7,
      fmt: RP,
      width: 16,
    },
    { key: "dana", head: [G1, "Sumber Dana"], role: "keterangan", num: 8, width: 9 },
    { key: "t26", head: [G2, "Target"], role: "target", year: 2026, num: 9, width: 9 },
    {
      key: "maju",
      head: [G2, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 10,
      fmt: RP,
      width: 16,
    },
  ];
  const rows: Row[] = [
    {
      id: "urusan",
      bold: true,
      cells: { kode: "3.25", nama: "URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN" },
    },
    ...ns.map((n): Row => ({
      id: n.id,
      bold: !!n.kids,
      cells: (x) => {
        const c: Record<string, Cell> = {
          kode: n.kode,
          nama: n.nama,
          ind: n.ind,
          sat: n.sat,
          lok: n.lok,
          t: n.t,
          t26: n.t26,
        };
        if (n.kids) {
          const list = (k: string) => n.kids!.map((id) => x.a(k, id)).join(",");
          c.pagu = fx(`SUM(${list("pagu")})`);
          // planted: the prakiraan maju of Perikanan Tangkap leaves the TPI kegiatan out
          c.maju = n.id === "p1" ? fx(`SUM(${x.a("maju", "k11")})`) : fx(`SUM(${list("maju")})`);
        } else {
          c.pagu = n.pagu!;
          c.maju = n.maju!;
          c.dana = n.dana!;
        }
        return c;
      },
    })),
    {
      id: "jml",
      bold: true,
      span: ["kode", "sat"],
      cells: (x) => ({
        kode: "JUMLAH",
        pagu: fx(["p1", "p2", "p3"].map((k) => x.a("pagu", k)).join("+")),
        maju: fx(["p1", "p2", "p3"].map((k) => x.a("maju", k)).join("+")),
      }),
    },
  ];
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  signature(s, 7, {
    tempat: "Pasarlamo, 28 Mei 2025",
    jabatan: ["Kepala Dinas Kelautan dan Perikanan", "Kabupaten Lasalimu Raya"],
    nama: "WA ODE HASRIANI MUCHTAR, S.Pi., M.P.",
    pangkat: "Pembina (IV/a)",
    nip: "19800527 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s113") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pembinaan dan Pemantauan Kelompok Nelayan coded 3.25.03.2.01.0004 under kegiatan 3.25.03.2.02 (whose SUM counts it); it should be 3.25.03.2.02.0004",
    truth: a("kode", "k11"),
    actual: `PARENT(${a("kode", "s113")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("maju", "p1") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "prakiraan maju 2026 of Program Perikanan Tangkap is SUM of kegiatan 3.25.03.2.02 only (1,716,000,000); with the TPI kegiatan (452,000,000) it is 2,168,000,000",
    truth: `${a("maju", "k11")}+${a("maju", "k12")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "k11")}+${a("pagu", "k12")}`,
    trap: `SUM(${a("pagu", "k11")}:${a("pagu", "s121")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "p1")}+${a("pagu", "p2")}+${a("pagu", "p3")}`,
    trap: `SUM(${a("pagu", "p1")}:${a("pagu", "s312")})`,
  });
  b.ok({
    sheet: S,
    cell: a("maju", "k21"),
    rules: ["sum-mismatch"],
    truth: `${a("maju", "s211")}+${a("maju", "s212")}`,
  });
  for (const [id, par] of [
    ["s111", "k11"],
    ["s121", "k12"],
    ["s311", "k31"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", par),
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("t26", "p3"),
    rules: ["target-trend"],
    truth: "40",
  });
  return b.finish();
}
