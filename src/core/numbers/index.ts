export type { Angka, ModeDesimal, ParseAngkaOptions } from "./jenisAngka";
export { parseAngka } from "./parseAngka";
export { formatAngka } from "./formatAngka";
export { parseRentang } from "./parseRentang";
export type { Rentang } from "./parseRentang";
export { isTanpaNilai, rapikan } from "./teks";
