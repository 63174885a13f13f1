/** The consultation desk's requests strings (consultation.requests.*); English in requests.en.ts. */
export const requestsJa = {
  title: "",
};
