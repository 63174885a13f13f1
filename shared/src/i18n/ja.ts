import type { Widen } from "./widen.ts";

/**
 * Japanese core catalog, the default language: the app shell, every server message, validation,
 * login and the strings several features share. A feature's own strings live beside it in
 * `<feature>.ja.ts` (loaded with its lazy route); `en.ts` and `<feature>.en.ts` hold the same keys
 * in English, and catalogs.ts puts them together (a test keeps the two languages' keys equal).
 */
export const ja = {
  app: { name: "おたがい", fullName: "Otagai ワーカーズ・コレクティブ協会 業務システム" },
  errors: {
    VALIDATION_FAILED: "入力内容を確認してください。",
    UNAUTHENTICATED: "ログインしてください。",
    FORBIDDEN: "この操作を行う権限がありません。",
    CSRF_REJECTED: "画面の有効期限が切れました。ページを再読み込みしてください。",
    NOT_FOUND: "お探しの記録は見つかりませんでした。",
    CONFLICT: "ほかの記録と重複しています。",
    STALE_UPDATE: "ほかの人が先にこの記録を更新しました。最新の内容を読み込んでからやり直してください。",
    RATE_LIMITED: "操作が多すぎます。しばらく待ってからやり直してください。",
    LOGIN_FAILED: "メールアドレスまたはパスワードが正しくありません。",
    ACCOUNT_LOCKED:
      "ログインの失敗が続いたため、一時的にロックしています。{{time}}以降（約{{minutes}}分後）にやり直してください。",
    PASSWORD_POLICY: "このパスワードは使えません。",
    PASSWORD_WRONG: "現在のパスワードが正しくありません。",
    EMAIL_TAKEN: "このメールアドレスはすでに登録されています。",
    CANNOT_CHANGE_SELF: "自分自身のアカウントにはこの操作はできません。",
    LAST_ADMIN:
      "有効な管理者が1人もいなくなるため、この変更はできません。先にほかの人を管理者にしてください。",
    PAYLOAD_TOO_LARGE: "送信された内容が大きすぎます。",
    REQUEST_TIMEOUT: "送信に時間がかかりすぎたため、受け付けられませんでした。もう一度お試しください。",
    INTERNAL: "システムエラーが発生しました。入力内容は保存されていません。時間をおいてやり直してください。",
  },
  validation: {
    required: "入力してください。",
    invalidType: "形式が正しくありません。",
    tooShort: "{{min}}文字以上で入力してください。",
    tooLong: "{{max}}文字以内で入力してください。",
    tooSmall: "{{min}}以上の値を入力してください。",
    tooBig: "{{max}}以下の値を入力してください。",
    tooFewItems: "{{min}}件以上選んでください。",
    tooManyItems: "{{max}}件以内にしてください。",
    invalidEmail: "メールアドレスの形式が正しくありません。",
    invalidUuid: "IDの形式が正しくありません。",
    invalidDate: "日付の形式が正しくありません（例: 2026-04-01）。",
    invalidFormat: "形式が正しくありません。",
    invalidOption: "選択肢の中から選んでください。",
    emailTaken: "このメールアドレスはすでに登録されています。",
    unknownField: "使えない項目「{{keys}}」が含まれています。",
    notInteger: "整数で入力してください。",
    passwordCommon:
      "推測されやすいパスワードです。よく使われる言葉・名前・年・記号の組み合わせを避け、関係のない言葉をいくつか並べてください。",
    passwordSameAsEmail: "メールアドレスと同じパスワードは使えません。",
    invalid: "入力内容が正しくありません。",
    kanaReading: "ふりがなは、ひらがなかカタカナで入力してください。",
    invalidPhone: "電話番号の形式が正しくありません（例: 045-123-4567）。",
    invalidPostalCode: "郵便番号は7桁で入力してください（例: 221-0822）。",
    pressingTopicNotChosen: "最も困っていることは、選んだ困りごとの中から選んでください。",
  },
  fields: {
    email: "メールアドレス",
    password: "パスワード",
    currentPassword: "現在のパスワード",
    newPassword: "新しいパスワード",
    displayName: "氏名",
    displayNameKana: "ふりがな",
    role: "役割",
    locale: "表示言語",
    programIds: "担当事業",
    status: "状態",
  },
  roles: {
    admin: "システム管理者",
    manager: "理事・管理者",
    coordinator: "就労支援コーディネーター",
    consultant: "相談員",
    staff: "事務局",
    partner: "協力事業所",
    viewer: "閲覧のみ（監事など）",
  },
  locales: { ja: "日本語", en: "English" },
  common: {
    loading: "読み込み中…",
    loadFailed: "読み込めませんでした。",
    retry: "再読み込み",
    save: "保存",
    cancel: "キャンセル",
    search: "検索",
    clear: "条件をクリア",
    all: "すべて",
    saved: "保存しました。",
    noResults: "該当する記録はありません。",
    pageOf: "{{total}}件中 {{from}}–{{to}}件",
    pageOfMore: "{{total}}件以上のうち {{from}}–{{to}}件（条件を絞り込むと残りも表示できます）",
    pagination: "ページ",
    firstPage: "最初のページ",
    previousPage: "前のページ",
    nextPage: "次のページ",
    lastPage: "最後のページ",
    noPermissionTitle: "権限がありません",
    noPermission: "このページを表示する権限がありません。必要な場合は管理者に相談してください。",
    errorTitle: "エラー",
    showPassword: "パスワードを表示",
  },
  layout: {
    skipToContent: "本文へ移動",
    header: "ヘッダー",
    mainNavigation: "メインメニュー",
    openNavigation: "メニューを開く",
    closeNavigation: "メニューを閉じる",
    userMenu: "ユーザーメニュー",
    language: "表示言語",
    account: "アカウント設定",
    logout: "ログアウト",
  },
  areas: {
    dashboard: { title: "ダッシュボード", description: "利用状況の数字をまとめて表示します。" },
    support: {
      title: "就労支援",
      description:
        "利用者の相談受付からアセスメント、支援プラン、支援調整会議、就労体験実習、評価、定着支援までを記録し、委託元への報告につなげます。",
    },
    consultation: {
      title: "相談窓口",
      description:
        "電話・来所・オンラインの相談と予約を記録し、関係機関への紹介や顧問（弁護士・社労士・税理士など）への相談を追跡します。",
    },
    network: {
      title: "参加団体・協力事業所",
      description: "参加団体と役員、協力事業所とその開拓、会議・講座・行事を管理します。",
    },
    community: {
      title: "居場所",
      description:
        "カフェを兼ねた居場所での実習シフト、子ども食堂、シニアサロン、講座や相談会の予定を管理します。",
    },
    recycling: {
      title: "はっぴい&キャリー",
      description: "生活クラブ組合員からの不用品回収と資源化率、そこで働く若者の記録を管理します。",
    },
    reports: {
      title: "報告・統計",
      description: "委託元の市町村への月次・年次報告と、調査研究・政策提言のための集計を作ります。",
    },
    publications: {
      title: "広報",
      description: "情報紙「SEN」、ウェブサイト、チラシ、就労支援の手引きの発行を管理します。",
    },
    admin: { title: "管理", description: "ユーザーと監査記録を管理します。" },
  },
  coming: {
    badge: "準備中",
    note: "この機能は現在準備中です。使えるようになるまで、これまでどおりの方法で記録してください。",
  },
  notFound: {
    title: "ページが見つかりません",
    body: "お探しのページは見つかりませんでした。アドレスを確認してください。",
    home: "トップページへ",
  },
  login: {
    title: "ログイン",
    lead: "職員用のアカウントでログインしてください。",
    submit: "ログイン",
    failedTitle: "ログインできませんでした",
  },
  account: {
    title: "アカウント設定",
    passwordSection: "パスワードの変更",
    passwordPolicy: "12文字以上で、よく使われるパスワードやメールアドレスと同じものは使えません。",
    confirmPassword: "新しいパスワード（確認）",
    passwordMismatch: "確認用のパスワードが一致しません。",
    changePassword: "パスワードを変更",
    passwordChanged: "パスワードを変更しました。",
    languageSection: "表示言語",
    languageHelp: "選んだ言語はアカウントに保存され、次回のログインでも使われます。",
    languageSaved: "表示言語を保存しました。",
    profile: "ログイン中のアカウント",
  },
} as const;

/** The core's shape; en.ts fills it with the same keys. */
export type CoreCatalog = Widen<typeof ja>;
