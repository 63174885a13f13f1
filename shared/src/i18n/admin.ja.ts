import type { Widen } from "./widen.ts";

/** Strings of the admin home page (web/src/features/admin), loaded with its lazy route; English in admin.en.ts. */
export const adminJa = {
  admin: {
    title: "管理",
    lead: "ユーザーのアカウントと監査記録（誰がいつ何をしたか）を管理します。",
    usersLink: "ユーザー管理",
    usersDescription: "職員と協力事業所のアカウントの作成、役割の変更、停止を行います。",
    auditLink: "監査記録",
    auditDescription: "ログインや変更の記録を検索し、記録が改ざんされていないか確認します。",
    leadReadOnly: "職員と協力事業所のアカウントを閲覧できます。変更はシステム管理者が行います。",
    usersDescriptionReadOnly: "アカウントの役割、状態、担当事業、最終ログインを確認します。",
  },
} as const;

export type AdminCatalog = Widen<typeof adminJa>;
