/** The programs named in the association's plan (brief: 事業方針 1). Real names, not people. */
export const seedPrograms = [
  {
    code: "yokohama-readiness",
    name: "横浜市就労準備支援事業",
    nameKana: "よこはまししゅうろうじゅんびしえんじぎょう",
    funder: "横浜市",
  },
  {
    code: "yokohama-certified-training",
    name: "横浜市認定訓練事業",
    nameKana: "よこはましにんていくんれんじぎょう",
    funder: "横浜市",
  },
  {
    code: "zama-readiness",
    name: "座間市就労準備支援事業",
    nameKana: "ざまししゅうろうじゅんびしえんじぎょう",
    funder: "座間市",
  },
  {
    code: "fujisawa-employment",
    name: "藤沢市就労支援事業",
    nameKana: "ふじさわししゅうろうしえんじぎょう",
    funder: "藤沢市",
  },
  {
    code: "kawasaki-employment",
    name: "川崎市における就労支援",
    nameKana: "かわさきしにおけるしゅうろうしえん",
    funder: "川崎市",
  },
  {
    code: "yokohama-youth-participation",
    name: "横浜市青少年相談センター「社会参加体験事業」",
    nameKana: "よこはましせいしょうねんそうだんせんたーしゃかいさんかたいけんじぎょう",
    funder: "横浜市",
  },
  {
    code: "yokohama-saposute",
    name: "よこはま若者サポートステーション",
    nameKana: "よこはまわかものさぽーとすてーしょん",
    funder: "厚生労働省・横浜市",
  },
  {
    code: "disability-employment",
    name: "障がい者の就労支援",
    nameKana: "しょうがいしゃのしゅうろうしえん",
    funder: "",
  },
  { code: "own-programs", name: "自主事業", nameKana: "じしゅじぎょう", funder: "協会" },
];
