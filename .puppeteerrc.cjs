// Puppeteer is here only as DAISY Ace's browser driver (tests/content/epub.test.ts). Browser
// downloads do not work on these machines: it drives Debian's Chromium instead.
module.exports = {
  skipDownload: true,
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
};
