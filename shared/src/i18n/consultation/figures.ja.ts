/** The consultation desk's figures strings (consultation.figures.*); English in figures.en.ts. */
export const figuresJa = {
  title: "",
};
