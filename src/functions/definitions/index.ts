// Every IKU.* function, in the order Excel's function list, the pane and the help page show
// them. One file each (docs/desain.md, "How to add a function").
import angka from "./angka";
import capaian from "./capaian";
import efisiensi from "./efisiensi";
import kondisiAkhir from "./kondisiAkhir";
import nilaiSakip from "./nilaiSakip";
import penurunan from "./penurunan";
import pertumbuhan from "./pertumbuhan";
import predikat from "./predikat";
import rataPertumbuhan from "./rataPertumbuhan";
import serapan from "./serapan";
import targetAntara from "./targetAntara";

export const DEFINISI = [
  capaian,
  penurunan,
  pertumbuhan,
  rataPertumbuhan,
  kondisiAkhir,
  serapan,
  efisiensi,
  predikat,
  nilaiSakip,
  targetAntara,
  angka,
] as const;
