/** Support area strings: programs (part of support.ja.ts; English in programs.en.ts). */
export const programsJa = {
  programs: {
    title: "事業と委託契約",
  },
};
