/**
 * Passwords of 12+ characters that appear near the top of public breach lists, plus a few that
 * Japanese offices are known to use. Compared lower-cased.
 */
export const commonPasswords = new Set([
  "123456789012", "1234567890123", "12345678901234", "123456789123", "111111111111", "000000000000",
  "password1234", "password12345", "password123456", "passw0rd1234", "p@ssw0rd1234", "p@ssword1234",
  "qwertyuiop12", "qwertyuiop123", "qwerty123456", "1qaz2wsx3edc", "1q2w3e4r5t6y", "zaq12wsxcde3",
  "asdfghjkl123", "iloveyou1234", "abcdefghijkl", "abc123456789", "abcd12345678", "letmein12345",
  "welcome12345", "welcome123456", "administrator", "administrator1", "admin1234567", "admin123456789",
  "changeme1234", "changeme123456", "sunshine1234", "football1234", "baseball1234", "superman1234",
  "princess1234", "dragon123456", "monkey123456", "trustno1trustno1", "starwars1234", "whatever1234",
  "passwordpassword", "password0000", "password2024", "password2025", "password2026", "password!234",
  "otagai123456", "otagaisama123", "otagaisama1234", "workers12345", "workers123456", "kyoukai12345",
  "yokohama1234", "yokohama12345", "kanagawa1234", "kanagawa12345", "tokyo1234567", "nihon1234567",
  "sakura123456", "doraemon1234", "pokemon12345", "naruto123456", "arigatou1234", "konnichiwa12",
  "onegaishimasu", "ganbarimasu1", "0123456789ab", "987654321098", "147258369147", "123123123123",
  "121212121212", "qazwsxedcrfv", "zxcvbnm12345", "asdf1234asdf", "q1w2e3r4t5y6", "mypassword12",
  "mypassword123", "secret123456", "hello1234567", "helloworld12", "loveyou12345", "computer1234",
]);
