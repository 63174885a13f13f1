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
    CASE_STEP_NOT_ALLOWED: "この操作はいまの段階ではできません。{{reason}}",
    DUPLICATE_SUSPECTED:
      "すでに登録されている人とよく似ています。同じ人でないことを確かめ、登録する理由を入力してください。",
    EXPORT_TOO_LARGE:
      "出力できるのは{{max}}件までです（該当{{count}}件以上）。条件で絞り込んでから出力してください。",
    SAME_RECORD: "同じ記録が2つ選ばれています。別々の2人の記録を選んでください。",
    ALREADY_MERGED:
      "この記録はすでにほかの記録に統合されています。最新の内容を読み込んでからやり直してください。",
    SWEEP_RUNNING: "重複の確認はすでに実行中です。終わるまでお待ちください。",
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
    withdrawalBeforeConsent: "撤回日は同意した日（{{givenOn}}）以降の日付にしてください。",
    pressingTopicNotChosen: "最も困っていることは、選んだ困りごとの中から選んでください。",
    importFileEmpty: "ファイルが空です。見出しの行とデータの行があるファイルを選んでください。",
    importNoRows: "見出しの行のほかにデータの行がありません。",
    importFileTooLarge: "ファイルが大きすぎます（{{max}}MBまで）。いくつかのファイルに分けてください。",
    importTooManyRows: "行が多すぎます（1回に{{max}}行まで）。いくつかのファイルに分けてください。",
    importTooManyColumns: "列が多すぎます（{{max}}列まで）。",
    importCellTooLong: "{{line}}行目に長すぎるセルがあります（{{max}}文字まで）。",
    importFileUnreadable:
      "ファイルを読み取れませんでした。Excelブック（.xlsx）またはCSVファイル（UTF-8またはShift-JIS）を選んでください。",
    importLegacyExcel:
      "古い形式のExcelファイル（.xls）は読み取れません。Excelで「名前を付けて保存」から「Excelブック（.xlsx）」を選んで保存し直してください。",
    importRowsHaveProblems:
      "{{count}}行に問題があるため、1件も取り込んでいません。プレビューで確認してください。",
    periodOutsideFiscalYear: "契約の年度（4月1日〜翌年3月31日）の中の日付にしてください。",
    periodEndBeforeStart: "終了日は開始日以降の日付にしてください。",
    contractYearTaken:
      "この事業のこの年度の委託契約はすでに登録されています。登録済みの契約を編集してください。",
    codeTaken: "このコードはすでに使われています。別のコードにしてください。",
    caseRequirementMissing: "{{requirement}}がまだ記録されていません。",
    goalCountMismatch: "最新の支援プランの目標（{{count}}件）について、1件ずつ結果を入力してください。",
    dateBeforeOpened: "支援の開始日（{{openedOn}}）より前の日付は入力できません。",
    dateBeforeMade: "作成日より前の日付は入力できません。",
    hoursOrder: "終わりの時刻は始まりの時刻より後にしてください。",
    invalidTime: "時刻は「09:30」のように24時間制で入力してください。",
    closureOnlyWhenClosing: "終結の記録は、終結するときにだけ送ることができます。",
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
  drafts: {
    restoreTitle: "保存していない入力があります",
    restoreBody: "{{time}}に入力した内容が下書きとして残っています。復元しますか？",
    changedSince:
      "この記録は、下書きのあとにほかの人が更新しています。復元した内容で保存すると、その変更を上書きすることがあります。内容を確かめてから保存してください。",
    restore: "復元する",
    discard: "破棄する",
    saving: "下書きを保存しています…",
    saved: "下書きを保存しました（{{time}}）",
    savedLocally: "サーバーに保存できないため、この端末に一時保存しています（{{time}}）",
  },
  sessionExpired: {
    title: "ログインの有効期限が切れました",
    body: "入力中の内容はこの画面に残っています。パスワードを入力してログインし直してから、もう一度保存してください。",
    signedInAs: "ログインするアカウント",
    submit: "ログインし直す",
    otherUser: "別のアカウントでログインする",
    otherUserNote: "別のアカウントでログインすると、この画面で入力中の内容は失われます。",
  },
} as const;

/** The core's shape; en.ts fills it with the same keys. */
export type CoreCatalog = Widen<typeof ja>;
