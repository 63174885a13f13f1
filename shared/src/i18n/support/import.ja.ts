/** Support area strings: import (part of support.ja.ts; English in import.en.ts). */
export const importJa = {
  import: {
    title: "取り込み",
  },
};
