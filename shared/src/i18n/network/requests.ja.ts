/** The network's requests strings (network.requests.*); English in requests.en.ts. */
export const requestsJa = {
  title: "TODO",
};
