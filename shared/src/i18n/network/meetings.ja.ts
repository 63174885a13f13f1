/** The network's meetings strings (network.meetings.*); English in meetings.en.ts. */
export const meetingsJa = {
  title: "TODO",
};
