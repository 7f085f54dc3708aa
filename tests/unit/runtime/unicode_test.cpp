// Tests for runtime/unicode.cpp: str.isprintable, identifier characters,
// "\N{...}" names, NFKC and the UTF-8 codec.  Every expected value was
// obtained from python3.11 (unicodedata 14.0.0).
#include <catch2/catch.hpp>

#include "runtime/unicode.hpp"

using namespace glasspy::rt::unicode;

TEST_CASE("is_printable follows str.isprintable", "[unicode]") {
    CHECK(is_printable(U' '));
    CHECK(is_printable(U'A'));
    CHECK(is_printable(U'~'));
    CHECK(is_printable(0xE9));     // é, Ll
    CHECK(is_printable(0xFF));     // ÿ
    CHECK(is_printable(0x1F600));  // emoji, So
    CHECK(is_printable(0x1E290));  // TOTO LETTER PA, new in Unicode 14
    CHECK_FALSE(is_printable(0x00));
    CHECK_FALSE(is_printable(U'\n'));
    CHECK_FALSE(is_printable(0x7F));     // Cc
    CHECK_FALSE(is_printable(0x85));     // Cc
    CHECK_FALSE(is_printable(0xA0));     // Zs other than ' '
    CHECK_FALSE(is_printable(0x3000));   // Zs
    CHECK_FALSE(is_printable(0xAD));     // Cf (soft hyphen)
    CHECK_FALSE(is_printable(0x200B));   // Cf
    CHECK_FALSE(is_printable(0xFEFF));   // Cf
    CHECK_FALSE(is_printable(0x2028));   // Zl
    CHECK_FALSE(is_printable(0x2029));   // Zp
    CHECK_FALSE(is_printable(0xD800));   // Cs
    CHECK_FALSE(is_printable(0xE000));   // Co
    CHECK_FALSE(is_printable(0x378));    // Cn
    CHECK_FALSE(is_printable(0x10FFFF)); // Cn
    // Assigned in Unicode 15 (ICU 72) but unassigned for python3.11.
    CHECK_FALSE(is_printable(0x31350));
    CHECK_FALSE(is_printable(0x2B739));
    CHECK_FALSE(is_printable(0x110000));
}

TEST_CASE("identifier characters", "[unicode]") {
    CHECK(is_xid_start(U'_'));
    CHECK(is_xid_start(U'a'));
    CHECK(is_xid_start(U'Z'));
    CHECK(is_xid_start(0xE9));
    CHECK(is_xid_start(0x2160));  // ROMAN NUMERAL ONE (Nl)
    CHECK(is_xid_start(0x212E));  // ESTIMATED SYMBOL (Other_ID_Start)
    CHECK(is_xid_start(0x1885));  // MONGOLIAN LETTER ALI GALI BALUDA
    CHECK_FALSE(is_xid_start(U'0'));
    CHECK_FALSE(is_xid_start(U'$'));
    CHECK_FALSE(is_xid_start(U' '));
    CHECK_FALSE(is_xid_start(0xB7));   // MIDDLE DOT: continue only
    CHECK_FALSE(is_xid_start(0x300));  // combining grave
    CHECK_FALSE(is_xid_start(0x660));  // ARABIC-INDIC DIGIT ZERO
    CHECK_FALSE(is_xid_start(0x309B)); // not XID (NFKC has a space)
    CHECK_FALSE(is_xid_start(0x1F600));
    CHECK_FALSE(is_xid_start(0x31350));  // Unicode 15

    CHECK(is_xid_continue(U'_'));
    CHECK(is_xid_continue(U'0'));
    CHECK(is_xid_continue(U'a'));
    CHECK(is_xid_continue(0xB7));
    CHECK(is_xid_continue(0x300));
    CHECK(is_xid_continue(0x660));
    CHECK_FALSE(is_xid_continue(U'-'));
    CHECK_FALSE(is_xid_continue(0x309B));
    CHECK_FALSE(is_xid_continue(0x200B));
    CHECK_FALSE(is_xid_continue(0x110000));
}

TEST_CASE("lookup_name: names and case", "[unicode]") {
    CHECK(lookup_name("EM DASH") == char32_t(0x2014));
    CHECK(lookup_name("LATIN SMALL LETTER A") == U'a');
    CHECK(lookup_name("latin small letter a") == U'a');
    CHECK(lookup_name("latin Small letter A") == U'a');
    CHECK(lookup_name("CYRILLIC SMALL LETTER ZEMLYA") == char32_t(0xA641));
    CHECK(lookup_name("EGYPTIAN HIEROGLYPH A001") == char32_t(0x13000));
    CHECK(lookup_name("TOTO LETTER PA") == char32_t(0x1E290));
    CHECK(lookup_name("CJK COMPATIBILITY IDEOGRAPH-F900") == char32_t(0xF900));
    CHECK(lookup_name("cjk compatibility ideograph-f900") == char32_t(0xF900));
    CHECK(lookup_name("NUSHU CHARACTER-1B170") == char32_t(0x1B170));
    CHECK(lookup_name("KHITAN SMALL SCRIPT CHARACTER-18B00") == char32_t(0x18B00));
    CHECK_FALSE(lookup_name("foo"));
    CHECK_FALSE(lookup_name(""));
    CHECK_FALSE(lookup_name(" EM DASH"));
    CHECK_FALSE(lookup_name("EM DASH "));
    CHECK_FALSE(lookup_name("EM  DASH"));
    CHECK_FALSE(lookup_name("EM-DASH"));
    CHECK_FALSE(lookup_name("<control-000A>"));
    // Unicode 15 names python3.11 does not know.
    CHECK_FALSE(lookup_name("KAWI SIGN CANDRABINDU"));
    CHECK_FALSE(lookup_name("LATIN SMALL LETTER A WITH SOLIDUS"));
    // Named sequences are not accepted by \N{...}.
    CHECK_FALSE(lookup_name("KEYCAP NUMBER SIGN"));
    CHECK_FALSE(lookup_name("TAMIL SYLLABLE KSSAU"));
    CHECK_FALSE(lookup_name("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"));
    // Tangut ideographs are a range in UnicodeData.txt: no names in 3.11.
    CHECK_FALSE(lookup_name("TANGUT IDEOGRAPH-17000"));
}

TEST_CASE("lookup_name: aliases", "[unicode]") {
    CHECK(lookup_name("LINE FEED") == U'\n');
    CHECK(lookup_name("LF") == U'\n');
    CHECK(lookup_name("lf") == U'\n');
    CHECK(lookup_name("NULL") == U'\0');
    CHECK(lookup_name("ALERT") == char32_t(7));
    CHECK(lookup_name("NBSP") == char32_t(0xA0));
    CHECK(lookup_name("nbsp") == char32_t(0xA0));
    CHECK(lookup_name("BYTE ORDER MARK") == char32_t(0xFEFF));
    CHECK(lookup_name("ZWJ") == char32_t(0x200D));
    CHECK(lookup_name("FVS1") == char32_t(0x180B));
    CHECK(lookup_name("END OF MEDIUM") == char32_t(0x19));
    CHECK(lookup_name("EOM") == char32_t(0x19));
    CHECK(lookup_name("VS256") == char32_t(0xE01EF));
    CHECK(lookup_name("LATIN CAPITAL LETTER GHA") == char32_t(0x1A2));  // correction
    CHECK_FALSE(lookup_name("EM"));  // alias added in Unicode 15
    CHECK_FALSE(lookup_name("ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE"));
}

TEST_CASE("lookup_name: algorithmic names", "[unicode]") {
    CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-4E00") == char32_t(0x4E00));
    CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-04E00") == char32_t(0x4E00));
    CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-3400") == char32_t(0x3400));
    CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-9FFF") == char32_t(0x9FFF));
    CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-20000") == char32_t(0x20000));
    CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-2A6DF") == char32_t(0x2A6DF));
    CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-2EBE0") == char32_t(0x2EBE0));
    CHECK(lookup_name("CJK UNIFIED IDEOGRAPH-3134A") == char32_t(0x3134A));
    CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-4e00"));    // hex must be upper case
    CHECK_FALSE(lookup_name("cjk unified ideograph-4E00"));    // prefix too
    CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-004E00"));  // 4 or 5 digits
    CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-4E0"));
    CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-2A6E0"));   // between ranges
    CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-3134B"));
    CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-2B739"));   // Unicode 15
    CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-31350"));   // Unicode 15
    CHECK_FALSE(lookup_name("CJK UNIFIED IDEOGRAPH-F900"));    // a compatibility one

    CHECK(lookup_name("HANGUL SYLLABLE GA") == char32_t(0xAC00));
    CHECK(lookup_name("HANGUL SYLLABLE GAG") == char32_t(0xAC01));
    CHECK(lookup_name("HANGUL SYLLABLE GAGG") == char32_t(0xAC02));
    CHECK(lookup_name("HANGUL SYLLABLE A") == char32_t(0xC544));
    CHECK(lookup_name("HANGUL SYLLABLE HIH") == char32_t(0xD7A3));
    CHECK_FALSE(lookup_name("hangul syllable ga"));
    CHECK_FALSE(lookup_name("HANGUL SYLLABLE ga"));
    CHECK_FALSE(lookup_name("Hangul Syllable GAG"));
    CHECK_FALSE(lookup_name("HANGUL SYLLABLE"));
    CHECK_FALSE(lookup_name("HANGUL SYLLABLE "));
}

TEST_CASE("nfkc", "[unicode]") {
    CHECK(nfkc("abc") == "abc");
    CHECK(nfkc("") == "");
    CHECK(nfkc("\xef\xac\x81x") == "fix");          // U+FB01 LATIN SMALL LIGATURE FI
    CHECK(nfkc("\xe2\x84\x8c") == "H");             // U+210C BLACK-LETTER CAPITAL H
    CHECK(nfkc("\xe2\x85\xa7") == "VIII");          // U+2167 ROMAN NUMERAL EIGHT
    CHECK(nfkc("e\xcc\x81") == "\xc3\xa9");         // e + U+0301 composes to é
    CHECK(nfkc("x\xcc\x81") == "x\xcc\x81");        // nothing to compose with
    CHECK(nfkc("\xc2\xb5") == "\xce\xbc");          // MICRO SIGN -> GREEK SMALL MU
}

TEST_CASE("UTF-8 encoding", "[unicode]") {
    std::string s;
    append_utf8(s, U'A');
    append_utf8(s, 0xE9);
    append_utf8(s, 0x20AC);
    append_utf8(s, 0x1F600);
    CHECK(s == "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    CHECK(to_utf8(U"") == "");
    CHECK(to_utf8(std::u32string(1, U'\0')) == std::string(1, '\0'));
    CHECK(to_utf8(U"\x7f\x80\x7ff\x800\xffff\x10000\x10ffff") ==
          "\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf");
    // Lone surrogates are written in their three-byte form ('surrogatepass').
    std::u32string sur = {0xD800, U'x', 0xDFFF};
    CHECK(to_utf8(sur) == "\xed\xa0\x80x\xed\xbf\xbf");
}

TEST_CASE("UTF-8 decoding", "[unicode]") {
    std::u32string out;
    REQUIRE(decode_utf8("A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", out));
    CHECK(out == U"A\xe9\x20ac\x1f600");
    REQUIRE(decode_utf8("", out));
    CHECK(out.empty());
    REQUIRE(decode_utf8("\xf4\x8f\xbf\xbf", out));
    CHECK(out == U"\x10ffff");

    CHECK_FALSE(decode_utf8("\x80", out));              // stray continuation byte
    CHECK_FALSE(decode_utf8("\xc3", out));              // truncated
    CHECK_FALSE(decode_utf8("\xe2\x82", out));          // truncated
    CHECK_FALSE(decode_utf8("\xc3\x28", out));          // bad continuation
    CHECK_FALSE(decode_utf8("\xc0\x80", out));          // overlong NUL
    CHECK_FALSE(decode_utf8("\xe0\x80\xaf", out));      // overlong '/'
    CHECK_FALSE(decode_utf8("\xf0\x82\x82\xac", out));  // overlong €
    CHECK_FALSE(decode_utf8("\xf4\x90\x80\x80", out));  // above U+10FFFF
    CHECK_FALSE(decode_utf8("\xf8\x88\x80\x80\x80", out));
    CHECK_FALSE(decode_utf8("\xff", out));
    CHECK_FALSE(decode_utf8("\xed\xa0\x80", out));      // encoded surrogate

    REQUIRE(decode_utf8_surrogatepass("\xed\xa0\x80x\xed\xbf\xbf", out));
    CHECK(out == std::u32string{0xD800, U'x', 0xDFFF});
    CHECK_FALSE(decode_utf8_surrogatepass("\xc0\x80", out));

    std::u32string all;
    for (char32_t c = 0; c <= 0x10FFFF; c += 0x101) all.push_back(c);
    REQUIRE(decode_utf8_surrogatepass(to_utf8(all), out));
    CHECK(out == all);
}
