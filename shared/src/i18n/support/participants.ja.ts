/** Support area strings: participants (part of support.ja.ts; English in participants.en.ts). */
export const participantsJa = {
  participants: {
    title: "利用者",
  },
};
