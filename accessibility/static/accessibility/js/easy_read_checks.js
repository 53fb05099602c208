/*
 * Easy-read checks that run in the browser, for Wagtail's content checker.
 *
 * The same logic as the Python rules 1, 5 and 9 in accessibility/easy_read/. The server check
 * stays the one that counts: this gives editors a quick hint while they write. Each check
 * returns an array of {rule, code, words, message, suggestion}.
 */
(function () {
  "use strict";

  var DEFAULT_ALLOWED = ["NHS", "OK", "UK", "TV"];
  var MAX_SENTENCE_WORDS = 15;

  // Web and email addresses, phone numbers and postcodes are not prose.
  var PROTECTED = new RegExp(
    [
      "(?:https?://|www\\.)\\S*[^\\s.,;:!?)\\]'\"’”]",
      "\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:uk|com|org|net|gov|nhs)\\b(?:/\\S*[^\\s.,;:!?)\\]'\"’”])?",
      "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
      "(?:\\+44\\s?|\\b0)\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b",
      "\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b",
    ].join("|"),
    "g"
  );
  var DATES = [
    /(?<![\w.,/-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?![\w/]|[.,-]\d)/g,
    /(?<![\w.,/-])\d{4}-\d{1,2}-\d{1,2}(?![\w/]|[.,-]\d)/g,
    /(?<![\w.,/-])\d{1,2}\/\d{4}(?![\w/]|[.,-]\d)/g,
  ];
  var LIST_MARKER = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;
  var BOUNDARY = /[.!?]+["'’”)\]]*\s+(?=["'‘“(\[]?[A-Z0-9£$])/g;
  var NO_SPLIT_AFTER = /\b(?:e\.g|i\.e|eg|ie|approx|vs|dr|mr|mrs|ms|incl|esp|tel)\.$/i;

  function blank(text, pattern) {
    return text.replace(pattern, function (match) {
      return " ".repeat(match.length);
    });
  }

  function mask(text) {
    return blank(text, PROTECTED);
  }

  function countWords(text) {
    return (text.match(/\S*[\p{L}\p{N}]\S*/gu) || []).length;
  }

  function excerpt(text, maxWords) {
    var words = text.split(/\s+/).filter(Boolean);
    return words.length <= maxWords
      ? words.join(" ")
      : words.slice(0, maxWords).join(" ") + " …";
  }

  // Each line is a point; a line that stops mid-sentence and goes on in lower case is joined.
  function lines(text) {
    var result = [];
    var continues = false;
    text.split(/\r?\n/).forEach(function (raw) {
      var line = raw.replace(LIST_MARKER, "").trim();
      if (!line) {
        continues = false;
        return;
      }
      if (continues && /^\p{Ll}/u.test(line)) {
        result[result.length - 1] += " " + line;
      } else {
        result.push(line);
      }
      continues = !/[.!?:;"'’”)]$/.test(result[result.length - 1]);
    });
    return result;
  }

  function sentences(text) {
    var result = [];
    lines(text).forEach(function (line) {
      var masked = mask(line);
      var start = 0;
      var match;
      BOUNDARY.lastIndex = 0;
      while ((match = BOUNDARY.exec(masked)) !== null) {
        var end = match.index + match[0].length;
        var before = masked.slice(start, end).trimEnd();
        var numberSign = /\bno\.$/i.test(before) && /\d/.test(masked.charAt(end));
        if (NO_SPLIT_AFTER.test(before) || numberSign) continue;
        result.push({ text: line.slice(start, end).trim(), masked: before.trim() });
        start = end;
      }
      result.push({ text: line.slice(start).trim(), masked: masked.slice(start).trim() });
    });
    return result.filter(function (sentence) {
      return sentence.text;
    });
  }

  function finding(rule, code, words, message, suggestion) {
    return { rule: rule, code: code, words: words, message: message, suggestion: suggestion };
  }

  function unique(findings) {
    var seen = {};
    return findings.filter(function (item) {
      var key = item.code + "\u0000" + item.words.toLowerCase();
      if (seen[key]) return false;
      seen[key] = true;
      return true;
    });
  }

  // Rule 1: sentences have 15 words or fewer.
  function sentenceLength(text) {
    var findings = [];
    sentences(text || "").forEach(function (sentence) {
      var count = countWords(sentence.text);
      if (count > MAX_SENTENCE_WORDS) {
        var pieces = Math.max(2, Math.ceil(count / MAX_SENTENCE_WORDS));
        findings.push(
          finding(
            1,
            "sentence-length",
            excerpt(sentence.text, 12),
            "This sentence has " + count + " words. Easy read sentences have " +
              MAX_SENTENCE_WORDS + " words or fewer.",
            "Split it into " + pieces + " short sentences."
          )
        );
      }
    });
    return unique(findings);
  }

  // Rule 5: no acronyms or initials, except an allowed list. The server also tells block
  // capitals ("PLEASE") from initials with a word list; here long words and runs of capital
  // words are left to it.
  function acronyms(text, allowed) {
    var allow = {};
    (allowed || DEFAULT_ALLOWED).forEach(function (word) {
      allow[word.toUpperCase()] = true;
    });
    var masked = mask(text || "");
    var findings = [];
    var initials = /(?<![\w.])(?:[A-Z]\.){2,}/g;
    (masked.match(initials) || []).forEach(function (found) {
      if (!allow[found.replace(/\./g, "")]) findings.push(acronymFinding(found));
    });
    masked = blank(masked, initials);
    var capitals = /(?<![\w&'’])[A-Z][A-Z&]*[A-Z](?:s|['’]s)?(?![\w&'’])/g;
    var runs = [];
    var match;
    while ((match = capitals.exec(masked)) !== null) {
      var bare = match[0].replace(/(?:['’]s|s)$/, "");
      if (allow[bare]) continue;
      var last = runs[runs.length - 1];
      var gap = last ? masked.slice(last.end, match.index) : "x";
      var item = { written: match[0], bare: bare, end: match.index + match[0].length };
      if (last && !/[a-z0-9]/.test(gap)) last.items.push(item);
      else runs.push({ items: [item] });
      runs[runs.length - 1].end = item.end;
    }
    runs.forEach(function (run) {
      var limit = run.items.length > 1 ? 4 : 5;
      var short = run.items.every(function (item) {
        return item.bare.replace(/&/g, "").length <= limit;
      });
      if (!short) return;
      run.items.forEach(function (item) {
        findings.push(acronymFinding(item.written));
      });
    });
    return unique(findings);
  }

  function acronymFinding(written) {
    return finding(
      5,
      "acronym",
      written,
      "'" + written + "' is initials. Many readers do not know what initials stand for.",
      "Write the full words instead."
    );
  }

  // Rule 9: no percentages, decimals or numbers of 1,000 or more.
  var PERCENTAGE =
    /(?<![\w.,])(?:\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s?(?:%|per\s?cent\b|percent\b)/gi;
  var NUMBER = new RegExp(
    "(?<![\\w.,])([£$€])?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)" +
      "(\\s?(?:million|billion|thousand)\\b|(?<=\\d)(?:bn|m|k)\\b)?(?![\\w%]|[.,]\\d)",
    "gi"
  );
  var TIME_AFTER = /^\s?(?:am|pm|a\.m\.|p\.m\.)/i;

  function percentSuggestion(written) {
    var digits = written.match(/\d+(?:\.\d+)?/);
    if (!digits) return "Use words like 'about half' or '1 in 4' instead.";
    var value = parseFloat(digits[0]);
    var named = { 0: "none", 25: "1 in 4", 50: "half", 75: "3 in 4", 100: "all" };
    var rounded = Math.floor(value + 0.5);
    if (named[rounded] && Math.abs(value - rounded) < 1) {
      return "Say '" + named[rounded] + "' instead.";
    }
    if (value > 0 && value < 100) {
      return "Use words like 'about " + Math.max(1, Math.floor(value / 10 + 0.5)) +
        " in 10' instead.";
    }
    return "Use words like 'more than double' instead.";
  }

  function percentages(text) {
    var masked = mask(text || "");
    DATES.forEach(function (pattern) {
      masked = blank(masked, pattern);
    });
    var findings = [];
    (masked.match(PERCENTAGE) || []).forEach(function (found) {
      findings.push(
        finding(
          9,
          "hard-number",
          found,
          "'" + found + "' is a percentage. Many readers find percentages hard.",
          percentSuggestion(found)
        )
      );
    });
    masked = blank(masked, PERCENTAGE);
    var match;
    NUMBER.lastIndex = 0;
    while ((match = NUMBER.exec(masked)) !== null) {
      var currency = match[1];
      var digits = match[2];
      var scale = match[3];
      var value = parseFloat(digits.replace(/,/g, ""));
      var written = match[0].trim();
      if (TIME_AFTER.test(masked.slice(NUMBER.lastIndex))) continue;
      if (scale || value >= 1000) {
        var isYear = !scale && !currency && /^(?:(?:19|20)\d\d|2100)$/.test(digits);
        if (isYear) continue;
        findings.push(
          finding(
            9,
            "hard-number",
            written,
            "'" + written + "' is a big number. Numbers of 1,000 or more are hard to picture.",
            "Add words that help, like 'a lot of money', or compare it with something people know."
          )
        );
      } else if (digits.indexOf(".") !== -1 && !(currency && /\.\d\d$/.test(digits))) {
        findings.push(
          finding(
            9,
            "hard-number",
            written,
            "'" + written + "' is a decimal number. Many readers find decimals hard.",
            "Round it to a whole number, like 'about " + Math.floor(value + 0.5) + "'."
          )
        );
      }
    }
    return unique(findings);
  }

  window.SharedSayEasyRead = {
    DEFAULT_ALLOWED: DEFAULT_ALLOWED,
    sentenceLength: sentenceLength,
    acronyms: acronyms,
    percentages: percentages,
  };
})();
