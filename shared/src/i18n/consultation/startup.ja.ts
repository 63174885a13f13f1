/** The consultation desk's startup strings (consultation.startup.*); English in startup.en.ts. */
export const startupJa = {
  title: "",
};
