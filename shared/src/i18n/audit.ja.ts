import type { Widen } from "./widen.ts";

/** Strings of the audit page (web/src/features/audit), loaded with its lazy route; English in audit.en.ts. */
export const auditJa = {
  audit: {
    title: "監査記録",
    filters: "絞り込み",
    action: "操作",
    entity: "対象",
    recordId: "記録ID",
    from: "開始日",
    to: "終了日",
    apply: "絞り込む",
    tableCaption: "監査記録の一覧（日時は日本時間）",
    occurredAt: "日時",
    actor: "操作した人",
    changedFields: "変更した項目",
    clientAddress: "接続元",
    listRecord: "一覧",
    listRecordCount: "一覧（{{count}}件）",
    kind: "種類",
    kinds: { changes: "閲覧を除く", reads: "閲覧のみ", all: "閲覧も含めてすべて" },
    system: "システム",
    verify: "記録の連続性を検証",
    verifyOk: "{{checked}}件の記録を検証しました。改ざんや欠落は見つかりませんでした。",
    verifyBroken: "記録ID {{id}} で問題が見つかりました（{{reason}}）。{{checked}}件を検証しました。",
    verifyOkTitle: "問題はありません",
    verifyBrokenTitle: "問題が見つかりました",
    reasons: {
      hash_mismatch: "内容が書き換えられています",
      gap: "記録が欠けています",
      link_mismatch: "前の記録とのつながりが合いません",
      unkeyed: "鍵のない署名で書き直されています",
      unknown_key: "知らない鍵で署名されています",
      invalid_row: "システムが書くはずのない内容です",
    },
    entities: { user: "ユーザー", session: "セッション", program: "事業", audit_event: "監査記録" },
    actions: {
      create: "作成",
      update: "更新",
      delete: "削除",
      read: "閲覧",
      login: "ログイン",
      login_failed: "ログイン失敗",
      logout: "ログアウト",
      disable: "停止",
      enable: "再開",
      password_change: "パスワード変更",
      unlock: "ロック解除",
    },
  },
} as const;

export type AuditCatalog = Widen<typeof auditJa>;
