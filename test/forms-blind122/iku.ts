// The IKU matrix of the Renstra 2025-2029 of the Dinas Perdagangan dan Metrologi of a Jawa Timur
// kabupaten (Ngrowo Kidul, invented): definition, formula, unit, kondisi awal, ordinal targets
// "Tahun - 1 .. Tahun - 5" (the years only in the title), kondisi akhir (the last target for rates,
// indices and the lower-is-better koefisien variasi, the sum for the yearly count of pelaku usaha),
// sumber data and penanggung jawab. Every name and number is invented.
import { BookW, DEC, fx, letterhead, signature, type Cell, type Row } from "../forms/kit";

type Iku = {
  id: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  src: string;
  pj: string;
};

const Y = [1, 2, 3, 4, 5];

export function ikuDisdagmet(): BookW {
  const b = new BookW(
    "matriks-iku-renstra-disdagmet-ngrowo-kidul.xlsx",
    "IKU matrix of a Renstra (Dinas Perdagangan dan Metrologi)",
    "Matriks IKU 2025-2029 in Jawa Timur: No | Indikator Kinerja Utama | Definisi Operasional | Formulasi Perhitungan | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > Tahun - 1 .. Tahun - 5 | Kondisi Akhir Periode Renstra | Sumber Data | Penanggung Jawab; number row (1)..(14); kondisi akhir as formulas (last target or sum)",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN NGROWO KIDUL", "DINAS PERDAGANGAN DAN METROLOGI"]);
  s.lines([
    "Lampiran II Keputusan Kepala Dinas Perdagangan dan Metrologi Nomor 500.2/117/416.112/2025",
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU) RENSTRA TAHUN 2025-2029",
  ]);
  s.gap();
  const rows: Iku[] = [
    {
      id: "u1",
      ind: "Persentase pertumbuhan nilai transaksi pasar rakyat",
      def: "Kenaikan nilai transaksi di pasar rakyat yang dikelola Pemerintah Kabupaten dibanding tahun sebelumnya",
      rumus: "(Nilai transaksi tahun n - nilai transaksi tahun n-1) / nilai transaksi tahun n-1 x 100%",
      sat: "%",
      awal: 3.85,
      tg: [4.5, 5, 5.5, 6, 6.5],
      src: "Laporan UPT Pasar",
      pj: "Bidang Sarana Distribusi",
    },
    {
      id: "u2",
      ind: "Koefisien variasi harga barang kebutuhan pokok",
      def: "Fluktuasi harga 10 komoditas bapok antarwaktu; semakin kecil semakin baik",
      rumus: "Simpangan baku harga / rata-rata harga x 100%",
      sat: "%",
      awal: 8.2,
      tg: [7.5, 7, 6.5, 6, 5.5],
      src: "SP2KP Kementerian Perdagangan",
      pj: "Bidang Perdagangan",
    },
    {
      id: "u3",
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      def: "UTTP wajib tera ulang yang bertanda tera sah pada akhir tahun dibanding seluruh UTTP terdaftar",
      rumus: "Jumlah UTTP bertanda tera sah / jumlah UTTP terdaftar x 100%",
      sat: "%",
      awal: 76.9,
      // planted: Tahun - 3 typed 8.15 (81.50 with its digits shifted)
      tg: [78.5, 80, 8.15, 83, 84.5],
      src: "SIMETRO UPT Metrologi Legal",
      pj: "UPT Metrologi Legal",
    },
    {
      id: "u4",
      ind: "Jumlah pelaku usaha yang difasilitasi promosi dagang",
      def: "Pelaku usaha yang mengikuti pameran dan misi dagang yang difasilitasi dinas dalam satu tahun",
      rumus: "Jumlah pelaku usaha peserta pameran dan misi dagang dalam tahun berjalan",
      sat: "pelaku usaha",
      awal: 36,
      tg: [40, 45, 50, 55, 60],
      flow: true,
      src: "Laporan kegiatan Bidang Perdagangan",
      pj: "Bidang Perdagangan",
    },
    {
      id: "u5",
      ind: "Persentase pasar rakyat tertib ukur",
      def: "Pasar rakyat yang telah ditetapkan sebagai pasar tertib ukur dibanding seluruh pasar rakyat",
      rumus: "Jumlah pasar tertib ukur / jumlah pasar rakyat x 100%",
      sat: "%",
      awal: 12.5,
      tg: [20, 30, 40, 50, 60],
      src: "SK Bupati tentang pasar tertib ukur",
      pj: "UPT Metrologi Legal",
    },
  ];
  const G = "Target Kinerja";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 36 },
      { key: "def", head: ["Definisi Operasional"], role: "definisi", num: "(3)", width: 40 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", num: "(4)", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(6)", width: 10 },
      ...Y.map((y) => ({
        key: `y${y}`,
        head: [G, `Tahun - ${y}`],
        role: "target" as const,
        year: 2024 + y,
        num: `(${6 + y})`,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", num: "(12)", width: 11 },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", num: "(13)", width: 22 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(14)", width: 20 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const f = x.flow ? "0" : DEC;
        const out: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          def: x.def,
          rumus: x.rumus,
          sat: x.sat,
          awal: { v: x.awal, fmt: f },
          src: x.src,
          pj: x.pj,
          // planted: the pasar tertib ukur (a rate) adds its five targets
          ak: x.flow || x.id === "u5" ? fx(`SUM(${c.a("y1")}:${c.a("y5")})`) : fx(c.a("y5")),
        };
        Y.forEach((y) => (out[`y${y}`] = { v: x.tg[y - 1], fmt: f }));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase dan koefisien = target Tahun - 5 (2029); kondisi akhir jumlah pelaku usaha = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Ngrowo Kidul, 2 Juni 2025",
    jabatan: ["KEPALA DINAS PERDAGANGAN DAN METROLOGI", "KABUPATEN NGROWO KIDUL"],
    nama: "HERU PRASETYO WIBOWO, S.Sos., M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740927 199903 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const all = (id: string) => Y.map((y) => a(`y${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("y3", "u3") },
    rules: ["target-outlier", "target-trend"],
    note: "Tahun - 3 (2027) target of the persentase UTTP bertanda tera sah is 8.15 between 80.00 and 83.00: 81.50 with its digits shifted; the rising path of a higher-is-better rate drops and jumps back",
    truth: `(${a("y2", "u3")}+${a("y4", "u3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "u5") },
    rules: ["kondisi-akhir-mismatch", "percent-out-of-range"],
    note: "Kondisi akhir of the persentase pasar tertib ukur (a rate) is =SUM of the five targets = 200.00 %; the Tahun - 5 target 60.00 is the end-period level",
    truth: a("y5", "u5"),
  });
  for (const id of ["u1", "u2"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y5", id),
      trap: all(id),
    });
  // the count of pelaku usaha is a yearly flow: five years added, not the last year
  b.ok({
    sheet: S,
    cell: a("ak", "u4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: all("u4"),
    trap: a("y5", "u4"),
  });
  // the koefisien variasi is lower is better: falling targets are the right way
  for (const y of [2, 3, 4, 5])
    b.ok({ sheet: S, cell: a(`y${y}`, "u2"), rules: ["target-trend"], truth: a(`y${y}`, "u2") });
  for (const id of ["u1", "u4", "u5"])
    b.ok({ sheet: S, cell: a("y3", id), rules: ["target-outlier"], truth: a("y3", id) });
  return b.finish();
}
