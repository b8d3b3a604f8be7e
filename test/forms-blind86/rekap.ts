// The sector recaps a Dinas Perkim dan Pertanahan of a kota in Kalimantan Selatan really keeps: the
// sertifikasi of the Pemkot's land assets per Perangkat Daerah pengguna barang (bidang and hektar, s.d.
// 2023 + 2024 = s.d. 2024, % bersertifikat, a TOTAL whose % are ratios of totals), and on a second
// sheet the KKPR issued per kecamatan in 2024 (berusaha / non berusaha, ditolak, masih proses,
// % diterbitkan). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Opd = {
  id: string;
  nm: string;
  b: number;
  ha: number;
  b0: number;
  ha0: number;
  tg: number;
  tb: number;
  ha1: number;
};

const HA = "0.00";

export function rekapSertifikasiKKPR(): BookW {
  const b = new BookW(
    "rekap-sertifikasi-aset-tanah-kkpr-kota-banua-anyar.xlsx",
    "Rekap sertifikasi tanah aset Pemkot and KKPR per kecamatan",
    "sheet 'Sertifikasi Aset 2024': No | Perangkat Daerah Pengguna Barang | 'Jumlah Aset Tanah' > Bidang | Luas (Ha) | 'Bersertifikat s.d. 2023' > Bidang | Luas (Ha) | 'Sertifikasi Tahun 2024' > Target (bidang) | Terbit (bidang) | Luas (Ha) | 'Bersertifikat s.d. 2024' > Bidang | Luas (Ha) | '% Bersertifikat' > Bidang | Luas; number row with '(10)=(5)+(8)' .. '(13)=(11)/(4)x100'; TOTAL row; sheet 'KKPR 2024': No | Kecamatan | Permohonan Masuk | 'KKPR Diterbitkan' > Berusaha | Non Berusaha | Jumlah | Ditolak | Masih Proses | % Diterbitkan; TOTAL",
  );
  const S = "Sertifikasi Aset 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BANUA ANYAR",
    "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN",
    "Jl. Jenderal Sudirman No. 112 Banua Anyar",
  ]);
  s.lines([
    "REKAPITULASI SERTIFIKASI TANAH ASET PEMERINTAH KOTA BANUA ANYAR",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const opd: Opd[] = [
    {
      id: "o1",
      nm: "Dinas Pendidikan dan Kebudayaan",
      b: 64,
      ha: 38.42,
      b0: 41,
      ha0: 26.15,
      tg: 8,
      tb: 8,
      ha1: 4.12,
    },
    { id: "o2", nm: "Dinas Kesehatan", b: 22, ha: 9.87, b0: 15, ha0: 6.94, tg: 4, tb: 4, ha1: 1.36 },
    {
      id: "o3",
      nm: "Dinas Pekerjaan Umum dan Penataan Ruang",
      b: 35,
      ha: 51.6,
      b0: 20,
      ha0: 31.25,
      tg: 6,
      tb: 5,
      ha1: 7.8,
    },
    {
      id: "o4",
      nm: "Dinas Perumahan, Kawasan Permukiman dan Pertanahan",
      b: 18,
      ha: 12.35,
      b0: 11,
      ha0: 8.4,
      tg: 3,
      tb: 3,
      ha1: 1.95,
    },
    {
      id: "o5",
      nm: "Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
      b: 9,
      ha: 2.14,
      b0: 5,
      ha0: 1.2,
      tg: 2,
      tb: 2,
      ha1: 0.48,
    },
    // planted: Terbit typed 14 where the target and the 4 bidang still uncertified say 4
    { id: "o6", nm: "Dinas Lingkungan Hidup", b: 15, ha: 27.9, b0: 11, ha0: 18.35, tg: 4, tb: 14, ha1: 6.2 },
    { id: "o7", nm: "Sekretariat Daerah", b: 12, ha: 6.75, b0: 9, ha0: 4.9, tg: 2, tb: 2, ha1: 0.85 },
    {
      id: "o8",
      nm: "Kecamatan dan Kelurahan (5 kecamatan, 23 kelurahan)",
      b: 41,
      ha: 11.48,
      b0: 26,
      ha0: 6.82,
      tg: 7,
      tb: 6,
      ha1: 1.73,
    },
  ];
  const A1 = "Jumlah Aset Tanah";
  const A2 = "Bersertifikat s.d. 2023";
  const A3 = "Sertifikasi Tahun 2024";
  const A4 = "Bersertifikat s.d. 2024";
  const A5 = "% Bersertifikat s.d. 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Perangkat Daerah Pengguna Barang"], num: "(2)", width: 40 },
    { key: "b", head: [A1, "Bidang"], num: "(3)", fmt: INT, width: 9 },
    { key: "ha", head: [A1, "Luas (Ha)"], num: "(4)", fmt: HA, width: 10 },
    { key: "b0", head: [A2, "Bidang"], role: "realisasi", year: 2023, num: "(5)", fmt: INT, width: 9 },
    { key: "ha0", head: [A2, "Luas (Ha)"], role: "realisasi", year: 2023, num: "(6)", fmt: HA, width: 10 },
    { key: "tg", head: [A3, "Target (bidang)"], role: "target", year: 2024, num: "(7)", fmt: INT, width: 9 },
    {
      key: "tb",
      head: [A3, "Terbit (bidang)"],
      role: "realisasi",
      year: 2024,
      num: "(8)",
      fmt: INT,
      width: 9,
    },
    { key: "ha1", head: [A3, "Luas (Ha)"], role: "realisasi", year: 2024, num: "(9)", fmt: HA, width: 10 },
    {
      key: "b1",
      head: [A4, "Bidang"],
      role: "realisasi",
      year: 2024,
      num: "(10)=(5)+(8)",
      fmt: INT,
      width: 10,
    },
    {
      key: "ha2",
      head: [A4, "Luas (Ha)"],
      role: "realisasi",
      year: 2024,
      num: "(11)=(6)+(9)",
      fmt: HA,
      width: 10,
    },
    {
      key: "pb",
      head: [A5, "Bidang"],
      role: "capaian",
      year: 2024,
      num: "(12)=(10)/(3)x100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "ph",
      head: [A5, "Luas"],
      role: "capaian",
      year: 2024,
      num: "(13)=(11)/(4)x100",
      fmt: DEC,
      width: 10,
    },
  ];
  const sumKeys = ["b", "ha", "b0", "ha0", "tg", "tb", "ha1", "b1", "ha2"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...opd.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          nm: x.nm,
          b: x.b,
          ha: x.ha,
          b0: x.b0,
          ha0: x.ha0,
          tg: x.tg,
          tb: x.tb,
          ha1: x.ha1,
          b1: fx(`${c.a("b0")}+${c.a("tb")}`),
          ha2: fx(`${c.a("ha0")}+${c.a("ha1")}`),
          pb: fx(`ROUND(${c.a("b1")}/${c.a("b")}*100,2)`),
          ph: fx(`ROUND(${c.a("ha2")}/${c.a("ha")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "TOTAL" };
          for (const k of sumKeys) out[k] = fx(`SUM(${c.a(k, "o1")}:${c.a(k, "o8")})`);
          out.pb = fx(`ROUND(${c.a("b1")}/${c.a("b")}*100,2)`);
          out.ph = fx(`ROUND(${c.a("ha2")}/${c.a("ha")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: KIB A BPKPD dan Kantor Pertanahan Kota Banua Anyar (diolah).",
    "*) Luas dalam hektar menurut sertifikat atau pengukuran BPN.",
  ]);

  const K = "KKPR 2024";
  const k = b.sheet(K);
  letterhead(k, ["DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN KOTA BANUA ANYAR"]);
  k.lines([
    "Rekapitulasi Persetujuan/Konfirmasi Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR) per Kecamatan",
    "Tahun 2024",
  ]);
  k.gap();
  const kec: Array<[string, string, number, number, number, number, number]> = [
    ["c1", "Riam Hilir", 148, 96, 31, 9, 12],
    ["c2", "Riam Hulu", 87, 52, 12, 6, 17],
    ["c3", "Banua Tengah", 203, 141, 44, 6, 12],
    ["c4", "Sungai Lurus", 119, 70, 33, 7, 9],
    ["c5", "Pasar Lama", 176, 118, 29, 12, 17],
  ];
  for (const [, , p, a1, a2, d, q] of kec) if (p !== a1 + a2 + d + q) throw new Error("kkpr");
  const D = "KKPR Diterbitkan";
  const tk = k.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
      { key: "p", head: ["Permohonan Masuk"], role: "target", year: 2024, num: "(3)", fmt: INT, width: 11 },
      { key: "a1", head: [D, "Berusaha"], role: "realisasi", year: 2024, num: "(4)", fmt: INT, width: 10 },
      {
        key: "a2",
        head: [D, "Non Berusaha"],
        role: "realisasi",
        year: 2024,
        num: "(5)",
        fmt: INT,
        width: 10,
      },
      {
        key: "j",
        head: [D, "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(6)=(4)+(5)",
        fmt: INT,
        width: 10,
      },
      { key: "d", head: ["Ditolak"], num: "(7)", fmt: INT, width: 9 },
      { key: "q", head: ["Masih Proses"], num: "(8)", fmt: INT, width: 9 },
      {
        key: "pc",
        head: ["% Diterbitkan"],
        role: "capaian",
        year: 2024,
        num: "(9)=(6)/(3)x100",
        fmt: DEC,
        width: 10,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map(([id, nm, p, a1, a2, d, q], i): Row => ({
        id,
        cells: (c: Ctx) => ({
          no: i + 1,
          kec: nm,
          p,
          a1,
          a2,
          j: fx(`${c.a("a1")}+${c.a("a2")}`),
          d,
          q,
          pc: fx(`ROUND(${c.a("j")}/${c.a("p")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "TOTAL" };
          for (const key of ["p", "a1", "a2", "j", "d", "q"])
            // planted: the Non Berusaha total stops at Sungai Lurus
            out[key] = fx(`SUM(${c.a(key, "c1")}:${c.a(key, key === "a2" ? "c4" : "c5")})`);
          out.pc = fx(`ROUND(${c.a("j")}/${c.a("p")}*100,2)`);
          return out;
        },
      },
    ],
  });
  k.gap();
  signature(k, 6, {
    tempat: "Banua Anyar, 10 Januari 2025",
    jabatan: ["Kepala Dinas Perumahan, Kawasan Permukiman", "dan Pertanahan,"],
    nama: "Ir. SYAHRIAL NOOR, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720418 199903 1 005",
  });

  const a = (key: string, id: string) => t.a(key, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("tb", "o6") },
        { sheet: S, cell: a("pb", "o6") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Dinas Lingkungan Hidup: Terbit 2024 is typed 14 where 15 - 11 = 4 bidang were left to certify (target 4, luas 6.20 ha for four bidang); s.d. 2024 becomes 25 of 15 bidang, 166.67 % bersertifikat",
    truth: `${a("b", "o6")}-${a("b0", "o6")}`,
  });
  b.plant({
    at: { sheet: K, cell: tk.a("a2", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL KKPR Non Berusaha is =SUM over the first four kecamatan (130); with Pasar Lama's 29 it is 159",
    truth: kec.map(([id]) => tk.a("a2", id)).join("+"),
  });
  for (const x of opd) {
    if (x.id === "o6") continue;
    b.ok({
      sheet: S,
      cell: a("b1", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("b0", x.id)}+${a("tb", x.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pb", x.id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("b1", x.id)}/${a("b", x.id)}*100,2)`,
    });
  }
  for (const x of opd)
    b.ok({
      sheet: S,
      cell: a("ph", x.id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("ha2", x.id)}/${a("ha", x.id)}*100,2)`,
    });
  for (const key of ["b", "ha", "b0", "ha0", "tg", "ha1", "ha2"])
    b.ok({
      sheet: S,
      cell: a(key, "tot"),
      rules: ["sum-mismatch"],
      truth: opd.map((x) => a(key, x.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("ph", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("ha2", "tot")}/${a("ha", "tot")}*100,2)`,
    // the TOTAL % luas is the ratio of the total hectares, not the mean of the Perangkat Daerah
    trap: `ROUND(AVERAGE(${a("ph", "o1")}:${a("ph", "o8")}),2)`,
  });
  for (const key of ["p", "a1", "d", "q"])
    b.ok({
      sheet: K,
      cell: tk.a(key, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map(([id]) => tk.a(key, id)).join("+"),
    });
  b.ok({
    sheet: K,
    cell: tk.a("pc", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${tk.a("j", "tot")}/${tk.a("p", "tot")}*100,2)`,
    // the TOTAL % is the ratio of the totals, not the sum or mean of the kecamatan %
    trap: `ROUND(AVERAGE(${tk.a("pc", "c1")}:${tk.a("pc", "c5")}),2)`,
  });
  return b.finish();
}
