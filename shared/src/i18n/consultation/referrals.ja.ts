/** The consultation desk's referrals strings (consultation.referrals.*); English in referrals.en.ts. */
export const referralsJa = {
  title: "",
};
