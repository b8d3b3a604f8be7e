// The Renja: a T-C.30-like table of the Dinas Tenaga Kerja of Kabupaten Muting Raya (Papua Selatan)
// for 2025 with the prakiraan maju 2026, codes of urusan 2.07 (tenaga kerja) shaped as Kepmendagri
// 050-5889 for a kabupaten (kegiatan x.xx.xx.2.xx). Every office, person and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Ctx, type Row } from "../forms/kit";

type R = {
  id: string;
  lvl: "p" | "k" | "s";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  lok?: string;
  t25: number | string;
  t26: number | string;
  rp25?: number;
  /** typed prakiraan (otherwise ROUND(pagu x 1,05)) */
  rp26?: number;
  kids?: string[];
};

/** Renja 2025 (T-C.30-like), Dinas Tenaga Kerja Kabupaten Muting Raya. */
export function renjaNakerMuting(): BookW {
  const b = new BookW(
    "renja-2025-disnaker-muting-raya-pagu-indikatif.xlsx",
    "Renja T-C.30 pagu indikatif and prakiraan maju",
    "No | Kode Rekening | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Keluaran | Lokasi | 'Tahun Rencana 2025' > Target / Satuan / Pagu Indikatif (Rp) | 'Prakiraan Maju 2026' > Target / Pagu (Rp), group headers repeated in every cell; sub kegiatan prakiraan =ROUND(pagu*1.05,0) or typed; kegiatan SUM their rows, programmes add their kegiatan, JUMLAH = programmes",
  );
  const S = "T-C.30 Renja";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MUTING RAYA", "DINAS TENAGA KERJA"]);
  s.lines(
    ["RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2025", "DAN PRAKIRAAN MAJU TAHUN 2026"],
    1,
    { bold: true },
  );
  s.gap();
  const L = "Distrik Muting, Distrik Ulilin, Distrik Eligobel";
  const rows: R[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "2.07.02",
      nama: "PROGRAM PELATIHAN KERJA DAN PRODUKTIVITAS TENAGA KERJA",
      ind: "Persentase peserta pelatihan yang lulus uji kompetensi",
      sat: "%",
      t25: 72,
      t26: 75,
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      lvl: "k",
      kode: "2.07.02.2.01",
      nama: "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
      ind: "Jumlah peserta pelatihan berbasis kompetensi",
      sat: "orang",
      t25: 160,
      t26: 176,
      kids: ["s11", "s12"],
    },
    {
      id: "s11",
      lvl: "s",
      kode: "2.07.02.2.01.0001",
      nama: "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja berdasarkan Klaster Kompetensi",
      ind: "Jumlah pencari kerja yang mengikuti pelatihan",
      sat: "orang",
      lok: L,
      t25: 128,
      t26: 144,
      rp25: 1_486_250_000,
    },
    {
      id: "s12",
      lvl: "s",
      kode: "2.07.02.2.01.0003",
      nama: "Pengadaan Sarana dan Prasarana Pelatihan Kerja",
      ind: "Jumlah paket peralatan pelatihan",
      sat: "paket",
      lok: "BLK Muting",
      t25: 4,
      t26: 3,
      rp25: 962_400_000,
      rp26: 640_000_000,
    },
    {
      id: "k2",
      lvl: "k",
      kode: "2.07.02.2.02",
      nama: "Pembinaan Lembaga Pelatihan Kerja Swasta",
      ind: "Jumlah LPK swasta yang dibina",
      sat: "lembaga",
      t25: 12,
      t26: 14,
      kids: ["s21", "s22"],
    },
    {
      id: "s21",
      lvl: "s",
      kode: "2.07.02.2.02.0001",
      nama: "Pengembangan dan Pembinaan Lembaga Pelatihan Kerja Swasta",
      ind: "Jumlah LPK yang terakreditasi",
      sat: "lembaga",
      lok: "Kota Muting",
      t25: 5,
      t26: 6,
      rp25: 218_760_000,
    },
    {
      id: "s22",
      lvl: "s",
      kode: "2.07.02.2.02.0002",
      nama: "Pengukuran Produktivitas Tenaga Kerja",
      ind: "Jumlah perusahaan yang diukur produktivitasnya",
      sat: "perusahaan",
      lok: L,
      t25: 10,
      t26: 12,
      rp25: 174_380_000,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "2.07.03",
      nama: "PROGRAM PENEMPATAN TENAGA KERJA",
      ind: "Persentase pencari kerja terdaftar yang ditempatkan",
      sat: "%",
      t25: 38.5,
      t26: 41,
      kids: ["k3"],
    },
    {
      id: "k3",
      lvl: "k",
      kode: "2.07.03.2.01",
      nama: "Pelayanan Antarkerja di Daerah Kabupaten/Kota",
      ind: "Jumlah pencari kerja yang ditempatkan",
      sat: "orang",
      t25: 1_300,
      t26: 1_360,
      kids: ["s31", "s32", "s33"],
    },
    {
      id: "s31",
      lvl: "s",
      kode: "2.07.03.2.01.0001",
      nama: "Penyusunan Rencana dan Pelaksanaan Pelayanan Antar Kerja",
      ind: "Jumlah pencari kerja yang mendapat layanan AK/1",
      sat: "orang",
      lok: L,
      t25: 3_400,
      t26: 3_550,
      rp25: 386_920_000,
    },
    {
      id: "s32",
      lvl: "s",
      kode: "2.07.03.2.01.0004",
      nama: "Penyelenggaraan Bursa Kerja (Job Fair) dan Pameran Kesempatan Kerja",
      ind: "Jumlah job fair yang diselenggarakan",
      sat: "kali",
      lok: "Kota Muting",
      t25: 2,
      t26: 2,
      rp25: 547_300_000,
    },
    // planted: a sub kegiatan of kegiatan 2.07.02.2.01 listed (and added) under 2.07.03.2.01
    {
      id: "s33",
      lvl: "s",
      kode: "2.07.02.2.01.0002",
      nama: "Pelatihan Kewirausahaan bagi Pencari Kerja Orang Asli Papua",
      ind: "Jumlah peserta pelatihan kewirausahaan OAP",
      sat: "orang",
      lok: L,
      t25: 60,
      t26: 80,
      rp25: 415_850_000,
    },
  ];
  const Y = "Tahun Rencana 2025";
  const P = "Prakiraan Maju 2026";
  const cols: Col[] = [
    { key: "no", head: ["No", "No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode Rekening", "Kode Rekening"], role: "kode", width: 19 },
    {
      key: "nama",
      head: ["Urusan / Program / Kegiatan / Sub Kegiatan", "Urusan / Program / Kegiatan / Sub Kegiatan"],
      width: 44,
    },
    { key: "ind", head: ["Indikator Keluaran", "Indikator Keluaran"], role: "indikator", width: 36 },
    { key: "lok", head: ["Lokasi", "Lokasi"], role: "lokasi", width: 22 },
    { key: "t25", head: [Y, "Target"], role: "target", year: 2025, width: 9 },
    { key: "sat", head: [Y, "Satuan"], role: "satuan", width: 9 },
    { key: "rp25", head: [Y, "Pagu Indikatif (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
    { key: "t26", head: [P, "Target"], role: "target", year: 2026, width: 9 },
    { key: "rp26", head: [P, "Pagu (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 17 },
  ];
  let n = 0;
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl !== "s",
    cells: (c: Ctx) => {
      const cells: Record<string, Cell> = {
        no: x.lvl === "p" ? String(++n) : undefined,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        lok: x.lok,
        t25: x.t25,
        sat: x.sat,
        t26: x.t26,
      };
      if (x.lvl === "s") {
        cells.rp25 = x.rp25;
        cells.rp26 = x.rp26 ?? fx(`ROUND(${c.a("rp25")}*1.05,0)`);
      } else if (x.lvl === "k") {
        const ks = x.kids!;
        for (const k of ["rp25", "rp26"])
          cells[k] =
            // planted: kegiatan 2.07.02.2.01's pagu typed from the KUA-PPAS draft (before the
            // sub kegiatan 0001 was raised from 1,386,250,000)
            x.id === "k1" && k === "rp25"
              ? 2_348_650_000
              : fx(`SUM(${c.a(k, ks[0])}:${c.a(k, ks[ks.length - 1])})`);
      } else {
        for (const k of ["rp25", "rp26"]) cells[k] = fx(x.kids!.map((id) => c.a(k, id)).join("+"));
      }
      return cells;
    },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["no", "sat"],
    cells: (c: Ctx) => ({
      no: "JUMLAH",
      rp25: fx(`${c.a("rp25", "p1")}+${c.a("rp25", "p2")}`),
      rp26: fx(`${c.a("rp26", "p1")}+${c.a("rp26", "p2")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, groups: "repeat", rows: body });
  s.gap();
  signature(s, 8, {
    tempat: "Muting, 22 Juli 2024",
    jabatan: ["Kepala Dinas Tenaga Kerja", "Kabupaten Muting Raya,"],
    nama: "PAULUS GEBZE, S.E., M.M.",
    pangkat: "Pembina Tk. I",
    nip: "19750603 200212 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp25", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "pagu 2025 of kegiatan 2.07.02.2.01 typed 2,348,650,000 (the draft with sub kegiatan 0001 at 1,386,250,000); 1,486,250,000 + 962,400,000 = 2,448,650,000",
    truth: `SUM(${a("rp25", "s11")}:${a("rp25", "s12")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s33") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 2.07.02.2.01.0002 (a pelatihan) listed and added under kegiatan 2.07.03.2.01 (Pelayanan Antarkerja)",
    truth: a("kode", "k3"),
    actual: `PARENT(${a("kode", "s33")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp26", "k1")}+${a("rp26", "k2")}`,
    trap: `SUM(${a("rp26", "k1")}:${a("rp26", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp25", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp25", "s21")}:${a("rp25", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s32"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k3"),
    actual: `PARENT(${a("kode", "s32")})`,
  });
  return b.finish();
}
