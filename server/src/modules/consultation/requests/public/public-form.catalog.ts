import type { PublicLanguage, RequestTopic } from "@otagai/shared/consultation/requests";

/**
 * The public request pages' strings in their three languages (ADR 020). These pages are the public's,
 * not the staff app's: they keep their own catalog beside them. In やさしい日本語 every kanji carries
 * its reading as `{漢字|かんじ}`, rendered as <ruby>; `{max}` is a parameter.
 */
export type PublicErrorKey =
  | "required"
  | "choose"
  | "tooLong"
  | "invalidPhone"
  | "invalidEmail"
  | "kanaReading"
  | "consentRequired"
  | "dateNotOffered"
  | "tooManyDates";
export type RefusalKey = "malformed" | "honeypot" | "tooLarge" | "rateLimited" | "expired" | "serverError";

export type PublicFormStrings = {
  site: string;
  languageNav: string;
  title: string;
  intro: string;
  requiredMark: string;
  topicLegend: string;
  topics: Record<RequestTopic, string>;
  nameLabel: string;
  nameKanaLabel: string;
  contactLegend: string;
  contactMethods: { phone: string; email: string };
  phoneLabel: string;
  phoneHint: string;
  emailLabel: string;
  contactHint: string;
  datesLegend: string;
  datesHint: string;
  noDays: string;
  messageLabel: string;
  messageHint: string;
  privacyHeading: string;
  privacyText: string[];
  consentLabel: string;
  submit: string;
  errorSummary: string;
  errors: Record<PublicErrorKey, string>;
  thanksTitle: string;
  thanksText: string;
  backToForm: string;
  refusals: Record<RefusalKey, { title: string; text: string }>;
};

const ja: PublicFormStrings = {
  site: "ワーカーズ・コレクティブ協会",
  languageNav: "言語",
  title: "相談の申し込み",
  intro: "協会の相談窓口への相談を、このページから申し込めます。内容を確認して、相談員からご連絡します。",
  requiredMark: "（必須）",
  topicLegend: "相談したいこと",
  topics: {
    find_work: "仕事をさがしたい",
    prepare_work: "働く準備をしたい",
    living: "暮らしのこと（お金・住まい・家族など）",
    startup: "起業したい（自分たちで仕事をつくる）",
    other: "その他",
  },
  nameLabel: "お名前",
  nameKanaLabel: "ふりがな（任意）",
  contactLegend: "ご連絡の方法",
  contactMethods: { phone: "電話", email: "メール" },
  phoneLabel: "電話番号",
  phoneHint: "例：090-1234-5678",
  emailLabel: "メールアドレス",
  contactHint: "選んだ方法の欄を入力してください。",
  datesLegend: "相談を希望する日（任意、5日まで）",
  datesHint: "定例相談日の中から選べます。祝日は相談日になりません。",
  noDays: "今は選べる日がありません。ご連絡のときに日を決めます。",
  messageLabel: "相談したいことの内容（任意）",
  messageHint: "2000字まで",
  privacyHeading: "個人情報の取り扱い",
  privacyText: [
    "いただいたお名前・連絡先・相談の内容は、この申し込みについてのご連絡と、相談の記録のためだけに使います。",
    "見ることができるのは協会の相談員だけです。ご本人の同意なく、ほかの機関に渡すことはありません。",
    "記録は協会の規程に従って保管し、必要がなくなったものは消去します。",
  ],
  consentLabel: "個人情報の取り扱いに同意します",
  submit: "申し込む",
  errorSummary: "入力を確認してください",
  errors: {
    required: "入力してください",
    choose: "選んでください",
    tooLong: "{max}字以内で入力してください",
    invalidPhone: "電話番号の形が正しくありません（例：090-1234-5678）",
    invalidEmail: "メールアドレスの形が正しくありません",
    kanaReading: "ひらがなかカタカナで入力してください",
    consentRequired: "申し込むには、個人情報の取り扱いへの同意が必要です",
    dateNotOffered: "選べない日が含まれています。もう一度選んでください",
    tooManyDates: "5日まで選んでください",
  },
  thanksTitle: "申し込みを受け付けました",
  thanksText: "相談員から、お知らせいただいた方法でご連絡します。",
  backToForm: "申し込みページへ戻る",
  refusals: {
    malformed: {
      title: "送信された内容を読み取れませんでした",
      text: "申し込みページから、もう一度送ってください。",
    },
    honeypot: {
      title: "申し込みを受け付けられませんでした",
      text: "自動の送信と判断しました。ご自身で入力された場合は、ページを開き直してもう一度送ってください。",
    },
    tooLarge: {
      title: "送信された内容が大きすぎます",
      text: "相談したいことの内容を短くして、もう一度送ってください。",
    },
    rateLimited: {
      title: "短い時間に何度も送信されました",
      text: "10分ほど待ってから、もう一度送ってください。",
    },
    expired: {
      title: "ページの有効期限が切れました",
      text: "申し込みページを開き直して、もう一度送ってください。",
    },
    serverError: {
      title: "いま申し込みを受け付けられません",
      text: "時間をおいて、もう一度送ってください。",
    },
  },
};

const easyJa: PublicFormStrings = {
  site: "ワーカーズ・コレクティブ{協会|きょうかい}",
  languageNav: "ことば",
  title: "{相談|そうだん}の {申|もう}し{込|こ}み",
  intro:
    "このページで {相談|そうだん}を {申|もう}し{込|こ}むことが できます。{相談員|そうだんいん}から あなたに {連絡|れんらく}します。",
  requiredMark: "（{必|かなら}ず {書|か}いてください）",
  topicLegend: "{何|なに}について {相談|そうだん}したいですか",
  topics: {
    find_work: "{仕事|しごと}を さがしたい",
    prepare_work: "{働|はたら}く {準備|じゅんび}を したい",
    living: "{暮|く}らしの こと（お{金|かね}、{家|いえ}、{家族|かぞく}など）",
    startup: "{自分|じぶん}たちで {仕事|しごと}を つくりたい（{起業|きぎょう}）",
    other: "ほかの こと",
  },
  nameLabel: "{名前|なまえ}",
  nameKanaLabel: "{名前|なまえ}の よみかた（ひらがな）（{書|か}かなくても いいです）",
  contactLegend: "{連絡|れんらく}の しかた",
  contactMethods: { phone: "{電話|でんわ}", email: "メール" },
  phoneLabel: "{電話番号|でんわばんごう}",
  phoneHint: "{例|れい}：090-1234-5678",
  emailLabel: "メールアドレス",
  contactHint: "{選|えら}んだ ほうを {書|か}いてください。",
  datesLegend: "{相談|そうだん}したい {日|ひ}（5つまで {選|えら}べます）（{選|えら}ばなくても いいです）",
  datesHint: "{祝日|しゅくじつ}は {相談|そうだん}の {日|ひ}では ありません。",
  noDays: "いまは {選|えら}べる {日|ひ}が ありません。{連絡|れんらく}の ときに {日|ひ}を {決|き}めます。",
  messageLabel: "{相談|そうだん}したい こと（{書|か}かなくても いいです）",
  messageHint: "2000{字|じ}まで",
  privacyHeading: "あなたの {情報|じょうほう}について",
  privacyText: [
    "あなたの {名前|なまえ}、{連絡先|れんらくさき}、{相談|そうだん}の {内容|ないよう}は、この {申|もう}し{込|こ}みの {連絡|れんらく}と {相談|そうだん}の {記録|きろく}だけに {使|つか}います。",
    "{見|み}るのは {協会|きょうかい}の {相談員|そうだんいん}だけです。あなたが いいと {言|い}わないと、ほかの ところに {渡|わた}しません。",
    "いらなく なった {記録|きろく}は {消|け}します。",
  ],
  consentLabel: "{上|うえ}の ことに {同意|どうい}します（いいです）",
  submit: "{申|もう}し{込|こ}む",
  errorSummary: "{書|か}いた ことを {確|たし}かめてください",
  errors: {
    required: "{書|か}いてください",
    choose: "{選|えら}んでください",
    tooLong: "{max}{字|じ}より {短|みじか}く してください",
    invalidPhone: "{電話番号|でんわばんごう}が {正|ただ}しく ありません（{例|れい}：090-1234-5678）",
    invalidEmail: "メールアドレスが {正|ただ}しく ありません",
    kanaReading: "ひらがなで {書|か}いてください",
    consentRequired: "{申|もう}し{込|こ}むには {同意|どうい}が {必要|ひつよう}です",
    dateNotOffered: "{選|えら}べない {日|ひ}が あります。もう {一度|いちど} {選|えら}んでください",
    tooManyDates: "5つまで {選|えら}んでください",
  },
  thanksTitle: "{申|もう}し{込|こ}みを {受|う}け{付|つ}けました",
  thanksText: "{相談員|そうだんいん}から あなたに {連絡|れんらく}します。{待|ま}っていてください。",
  backToForm: "{申|もう}し{込|こ}みの ページに {戻|もど}る",
  refusals: {
    malformed: {
      title: "{送|おく}った ものが {読|よ}めませんでした",
      text: "もう {一度|いちど}、{申|もう}し{込|こ}みの ページから {送|おく}ってください。",
    },
    honeypot: {
      title: "{申|もう}し{込|こ}みを {受|う}け{付|つ}けられませんでした",
      text: "ページを もう {一度|いちど} {開|ひら}いて、{送|おく}ってください。",
    },
    tooLarge: {
      title: "{書|か}いた ことが {長|なが}すぎます",
      text: "{短|みじか}く して、もう {一度|いちど} {送|おく}ってください。",
    },
    rateLimited: {
      title: "{何回|なんかい}も {送|おく}りました",
      text: "10{分|ぷん}ぐらい {待|ま}ってから、もう {一度|いちど} {送|おく}ってください。",
    },
    expired: {
      title: "ページが {古|ふる}く なりました",
      text: "ページを もう {一度|いちど} {開|ひら}いて、{送|おく}ってください。",
    },
    serverError: {
      title: "いまは {受|う}け{付|つ}けられません",
      text: "あとで もう {一度|いちど} {送|おく}ってください。",
    },
  },
};

const en: PublicFormStrings = {
  site: "Workers' Collective Association",
  languageNav: "Language",
  title: "Ask for a consultation",
  intro:
    "Use this page to ask our consultation desk for a consultation. A consultant will read it and contact you.",
  requiredMark: " (required)",
  topicLegend: "What would you like to talk about?",
  topics: {
    find_work: "Finding a job",
    prepare_work: "Getting ready to work",
    living: "Daily life (money, housing, family…)",
    startup: "Starting a business of our own",
    other: "Something else",
  },
  nameLabel: "Your name",
  nameKanaLabel: "Name in kana (optional)",
  contactLegend: "How should we contact you?",
  contactMethods: { phone: "Phone", email: "E-mail" },
  phoneLabel: "Phone number",
  phoneHint: "e.g. 090-1234-5678",
  emailLabel: "E-mail address",
  contactHint: "Fill in the one you chose.",
  datesLegend: "Days you would like to come (optional, up to 5)",
  datesHint: "Our regular consultation days. There are none on national holidays.",
  noDays: "There are no days to choose right now; we will agree on a day when we contact you.",
  messageLabel: "What would you like to talk about? (optional)",
  messageHint: "Up to 2,000 characters",
  privacyHeading: "Privacy notice",
  privacyText: [
    "We use your name, contact details and message only to contact you about this request and to keep a record of the consultation.",
    "Only the association's consultants can see them. We do not pass them to any other agency without your consent.",
    "Records are kept under the association's rules and deleted when no longer needed.",
  ],
  consentLabel: "I agree to the privacy notice",
  submit: "Send request",
  errorSummary: "Please check your answers",
  errors: {
    required: "Please fill this in",
    choose: "Please choose one",
    tooLong: "Please use at most {max} characters",
    invalidPhone: "This is not a valid Japanese phone number (e.g. 090-1234-5678)",
    invalidEmail: "This is not a valid e-mail address",
    kanaReading: "Please use hiragana or katakana",
    consentRequired: "Please agree to the privacy notice to send your request",
    dateNotOffered: "One of the days can no longer be chosen; please choose again",
    tooManyDates: "Please choose at most 5 days",
  },
  thanksTitle: "Thank you – we have received your request",
  thanksText: "A consultant will contact you the way you asked.",
  backToForm: "Back to the request form",
  refusals: {
    malformed: {
      title: "We could not read what was sent",
      text: "Please send it again from the request form.",
    },
    honeypot: {
      title: "We could not accept this request",
      text: "It looked like an automated submission. If you filled it in yourself, please open the form again and send it.",
    },
    tooLarge: { title: "What was sent is too large", text: "Please shorten your message and send it again." },
    rateLimited: {
      title: "Too many requests in a short time",
      text: "Please wait about 10 minutes and send it again.",
    },
    expired: { title: "This page has expired", text: "Please open the request form again and send it." },
    serverError: { title: "We cannot take your request just now", text: "Please try again later." },
  },
};

export const publicFormStrings: Record<PublicLanguage, PublicFormStrings> = { ja, easy_ja: easyJa, en };

/** Each language's name in itself, for the language switch. */
export const languageNames: Record<PublicLanguage, string> = {
  ja: "{日本語|にほんご}",
  easy_ja: "やさしい{日本語|にほんご}",
  en: "English",
};

const weekdaysJa = ["日", "月", "火", "水", "木", "金", "土"];
const weekdayReadings = ["にち", "げつ", "か", "すい", "もく", "きん", "ど"];
const weekdaysEn = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const monthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** 1日 ついたち, 2日 ふつか …: the readings that are not 〜にち. */
const dayReadings: Record<number, string> = {
  1: "ついたち",
  2: "ふつか",
  3: "みっか",
  4: "よっか",
  5: "いつか",
  6: "むいか",
  7: "なのか",
  8: "ようか",
  9: "ここのか",
  10: "とおか",
  14: "じゅうよっか",
  20: "はつか",
  24: "にじゅうよっか",
};

/** A day offered on the form ("2026-06-09"), as its language writes it (ruby markup for easy_ja). */
export function formatDay(language: PublicLanguage, iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (language === "en") return `${weekdaysEn[weekday]} ${day} ${monthsEn[month - 1]} ${year}`;
  if (language === "ja") return `${month}月${day}日（${weekdaysJa[weekday]}）`;
  const reading = dayReadings[day];
  const dayText = reading ? `{${day}日|${reading}}` : `${day}{日|にち}`;
  return `${month}{月|がつ}${dayText}（{${weekdaysJa[weekday]}曜日|${weekdayReadings[weekday]}ようび}）`;
}
