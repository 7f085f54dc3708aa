// Unicode facts from ICU, trimmed to what CPython 3.11 knows, and the UTF-8
// codec (CPython: Objects/unicodectype.c, Modules/unicodedata.c _getcode,
// Objects/stringlib/codecs.h for UTF-8).
//
// Invariant: CPython 3.11 is built on Unicode 14.0 while Debian's ICU may be
// newer (ICU 72 is Unicode 15.0).  A code point that ICU says was assigned
// after 14.0 is treated here as unassigned (category Cn, no name, not an
// identifier character), so every answer matches python3.11's own tables.
#include "runtime/unicode.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>

namespace glasspy::rt::unicode {

namespace {

constexpr char32_t MAX_UNICODE = 0x10FFFF;

// True when CPython 3.11's Unicode 14.0 database contains the code point.
// u_charAge gives 0.0 for unassigned code points, so those are false too.
bool known_to_cpython(char32_t c) {
    if (c > MAX_UNICODE) return false;
    UVersionInfo age;
    u_charAge(static_cast<UChar32>(c), age);
    return age[0] != 0 && age[0] <= 14;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i], b = prefix[i];
        if (a >= 'a' && a <= 'z') a = static_cast<char>(a - 'a' + 'A');
        if (a != b) return false;
    }
    return true;
}

std::optional<char32_t> icu_from_name(UCharNameChoice choice, const std::string& name) {
    UErrorCode status = U_ZERO_ERROR;
    UChar32 c = u_charFromName(choice, name.c_str(), &status);
    if (U_FAILURE(status) || c < 0) return std::nullopt;
    return static_cast<char32_t>(c);
}

// The name ICU gives a code point ("" when it has none).
std::string icu_name(char32_t c) {
    char buf[256];
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = u_charName(static_cast<UChar32>(c), U_UNICODE_CHAR_NAME, buf, sizeof buf, &status);
    if (U_FAILURE(status) || n <= 0) return {};
    return std::string(buf, static_cast<std::size_t>(n));
}

constexpr std::string_view HANGUL_PREFIX = "HANGUL SYLLABLE ";
constexpr std::string_view CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

// "CJK UNIFIED IDEOGRAPH-XXXX": CPython's _getcode accepts exactly 4 or 5
// upper-case hex digits (so "04E00" is fine and "4e00" is not) naming a
// unified ideograph of its database; ICU says which code points those are.
std::optional<char32_t> lookup_cjk(std::string_view name) {
    std::string_view hex = name.substr(CJK_PREFIX.size());
    if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
    char32_t v = 0;
    for (char h : hex) {
        v <<= 4;
        if (h >= '0' && h <= '9') v += static_cast<char32_t>(h - '0');
        else if (h >= 'A' && h <= 'F') v += static_cast<char32_t>(h - 'A' + 10);
        else return std::nullopt;
    }
    if (!known_to_cpython(v) || !starts_with(icu_name(v), CJK_PREFIX)) return std::nullopt;
    return v;
}

// ---- name aliases ---------------------------------------------------------------
// Unicode's NameAliases.txt as CPython 3.11 accepts it in "\N{...}", sorted by
// name.  ICU's U_CHAR_NAME_ALIAS knows only the "correction" aliases, not the
// control-code names ("LINE FEED"), abbreviations ("LF", "NBSP", "BOM") or
// alternates, and Unicode 15 added a few (such as "EM" for U+0019) that
// python3.11 rejects; so the list is kept here.  It was made from the Unicode
// 15.0 file, keeping each alias that python3.11's compile() accepts.
struct Alias {
    std::string_view name;
    char32_t code;
};

constexpr Alias NAME_ALIASES[] = {
    {"ACK", 0x6}, {"ACKNOWLEDGE", 0x6}, {"ALERT", 0x7}, {"ALM", 0x61C}, {"APC", 0x9F},
    {"APPLICATION PROGRAM COMMAND", 0x9F}, {"BACKSPACE", 0x8}, {"BEL", 0x7}, {"BOM", 0xFEFF},
    {"BPH", 0x82}, {"BREAK PERMITTED HERE", 0x82}, {"BS", 0x8}, {"BYTE ORDER MARK", 0xFEFF},
    {"BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS", 0x1D0C5}, {"CAN", 0x18},
    {"CANCEL", 0x18}, {"CANCEL CHARACTER", 0x94}, {"CARRIAGE RETURN", 0xD}, {"CCH", 0x94},
    {"CGJ", 0x34F}, {"CHARACTER TABULATION", 0x9}, {"CHARACTER TABULATION SET", 0x88},
    {"CHARACTER TABULATION WITH JUSTIFICATION", 0x89}, {"CONTROL SEQUENCE INTRODUCER", 0x9B},
    {"CR", 0xD}, {"CSI", 0x9B}, {"CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR", 0x122D5},
    {"CUNEIFORM SIGN NU11 TENU", 0x122D4}, {"DATA LINK ESCAPE", 0x10}, {"DC1", 0x11},
    {"DC2", 0x12}, {"DC3", 0x13}, {"DC4", 0x14}, {"DCS", 0x90}, {"DEL", 0x7F}, {"DELETE", 0x7F},
    {"DEVICE CONTROL FOUR", 0x14}, {"DEVICE CONTROL ONE", 0x11}, {"DEVICE CONTROL STRING", 0x90},
    {"DEVICE CONTROL THREE", 0x13}, {"DEVICE CONTROL TWO", 0x12}, {"DLE", 0x10},
    {"END OF GUARDED AREA", 0x97}, {"END OF LINE", 0xA}, {"END OF MEDIUM", 0x19},
    {"END OF PROTECTED AREA", 0x97}, {"END OF SELECTED AREA", 0x87}, {"END OF TEXT", 0x3},
    {"END OF TRANSMISSION", 0x4}, {"END OF TRANSMISSION BLOCK", 0x17}, {"ENQ", 0x5},
    {"ENQUIRY", 0x5}, {"EOL", 0xA}, {"EOM", 0x19}, {"EOT", 0x4}, {"EPA", 0x97}, {"ESA", 0x87},
    {"ESC", 0x1B}, {"ESCAPE", 0x1B}, {"ETB", 0x17}, {"ETX", 0x3}, {"FF", 0xC},
    {"FILE SEPARATOR", 0x1C}, {"FORM FEED", 0xC}, {"FS", 0x1C}, {"FSI", 0x2068}, {"FVS1", 0x180B},
    {"FVS2", 0x180C}, {"FVS3", 0x180D}, {"FVS4", 0x180F}, {"GROUP SEPARATOR", 0x1D}, {"GS", 0x1D},
    {"HANGUL JONGSEONG SSANGYESIEUNG", 0x11EE}, {"HANGUL JONGSEONG YESIEUNG-KHIEUKH", 0x11EF},
    {"HANGUL JONGSEONG YESIEUNG-KIYEOK", 0x11EC},
    {"HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK", 0x11ED}, {"HENTAIGANA LETTER E-1", 0x1B001},
    {"HIGH OCTET PRESET", 0x81}, {"HOP", 0x81}, {"HORIZONTAL TABULATION", 0x9},
    {"HORIZONTAL TABULATION SET", 0x88}, {"HORIZONTAL TABULATION WITH JUSTIFICATION", 0x89},
    {"HT", 0x9}, {"HTJ", 0x89}, {"HTS", 0x88}, {"IND", 0x84}, {"INDEX", 0x84},
    {"INFORMATION SEPARATOR FOUR", 0x1C}, {"INFORMATION SEPARATOR ONE", 0x1F},
    {"INFORMATION SEPARATOR THREE", 0x1D}, {"INFORMATION SEPARATOR TWO", 0x1E},
    {"KANNADA LETTER LLLA", 0xCDE}, {"LAO LETTER FO FAY", 0xE9F}, {"LAO LETTER FO FON", 0xE9D},
    {"LAO LETTER LO", 0xEA5}, {"LAO LETTER RO", 0xEA3}, {"LATIN CAPITAL LETTER GHA", 0x1A2},
    {"LATIN SMALL LETTER GHA", 0x1A3},
    {"LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE", 0x2B7A}, {"LF", 0xA},
    {"LINE FEED", 0xA}, {"LINE TABULATION", 0xB}, {"LINE TABULATION SET", 0x8A},
    {"LOCKING-SHIFT ONE", 0xE}, {"LOCKING-SHIFT ZERO", 0xF}, {"LRE", 0x202A}, {"LRI", 0x2066},
    {"LRM", 0x200E}, {"LRO", 0x202D}, {"MEDEFAIDRIN CAPITAL LETTER H", 0x16E56},
    {"MEDEFAIDRIN CAPITAL LETTER NG", 0x16E57}, {"MEDEFAIDRIN SMALL LETTER H", 0x16E76},
    {"MEDEFAIDRIN SMALL LETTER NG", 0x16E77}, {"MESSAGE WAITING", 0x95},
    {"MICR DASH SYMBOL", 0x2449}, {"MICR ON US SYMBOL", 0x2448}, {"MMSP", 0x205F}, {"MVS", 0x180E},
    {"MW", 0x95}, {"MYANMAR LETTER KHAMTI LLA", 0xAA6E}, {"NAK", 0x15}, {"NBH", 0x83},
    {"NBSP", 0xA0}, {"NEGATIVE ACKNOWLEDGE", 0x15}, {"NEL", 0x85}, {"NEW LINE", 0xA},
    {"NEXT LINE", 0x85}, {"NL", 0xA}, {"NNBSP", 0x202F}, {"NO BREAK HERE", 0x83}, {"NUL", 0x0},
    {"NULL", 0x0}, {"OPERATING SYSTEM COMMAND", 0x9D}, {"OSC", 0x9D}, {"PAD", 0x80},
    {"PADDING CHARACTER", 0x80}, {"PARTIAL LINE BACKWARD", 0x8C}, {"PARTIAL LINE DOWN", 0x8B},
    {"PARTIAL LINE FORWARD", 0x8B}, {"PARTIAL LINE UP", 0x8C}, {"PDF", 0x202C}, {"PDI", 0x2069},
    {"PLD", 0x8B}, {"PLU", 0x8C}, {"PM", 0x9E},
    {"PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET", 0xFE18},
    {"PRIVACY MESSAGE", 0x9E}, {"PRIVATE USE ONE", 0x91}, {"PRIVATE USE TWO", 0x92},
    {"PRIVATE USE-1", 0x91}, {"PRIVATE USE-2", 0x92}, {"PU1", 0x91}, {"PU2", 0x92},
    {"RECORD SEPARATOR", 0x1E}, {"REVERSE INDEX", 0x8D}, {"REVERSE LINE FEED", 0x8D}, {"RI", 0x8D},
    {"RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE", 0x2B7C}, {"RLE", 0x202B},
    {"RLI", 0x2067}, {"RLM", 0x200F}, {"RLO", 0x202E}, {"RS", 0x1E}, {"SCI", 0x9A},
    {"SET TRANSMIT STATE", 0x93}, {"SGC", 0x99}, {"SHIFT IN", 0xF}, {"SHIFT OUT", 0xE},
    {"SHY", 0xAD}, {"SI", 0xF}, {"SINGLE CHARACTER INTRODUCER", 0x9A},
    {"SINGLE GRAPHIC CHARACTER INTRODUCER", 0x99}, {"SINGLE SHIFT THREE", 0x8F},
    {"SINGLE SHIFT TWO", 0x8E}, {"SINGLE-SHIFT-2", 0x8E}, {"SINGLE-SHIFT-3", 0x8F}, {"SO", 0xE},
    {"SOH", 0x1}, {"SOS", 0x98}, {"SP", 0x20}, {"SPA", 0x96}, {"SS2", 0x8E}, {"SS3", 0x8F},
    {"SSA", 0x86}, {"ST", 0x9C}, {"START OF GUARDED AREA", 0x96}, {"START OF HEADING", 0x1},
    {"START OF PROTECTED AREA", 0x96}, {"START OF SELECTED AREA", 0x86}, {"START OF STRING", 0x98},
    {"START OF TEXT", 0x2}, {"STRING TERMINATOR", 0x9C}, {"STS", 0x93}, {"STX", 0x2},
    {"SUB", 0x1A}, {"SUBSTITUTE", 0x1A}, {"SYN", 0x16}, {"SYNCHRONOUS IDLE", 0x16},
    {"SYRIAC SUBLINEAR COLON SKEWED LEFT", 0x709}, {"TAB", 0x9},
    {"TIBETAN MARK BKA- SHOG GI MGO RGYAN", 0xFD0}, {"UNIT SEPARATOR", 0x1F}, {"US", 0x1F},
    {"VERTICAL TABULATION", 0xB}, {"VERTICAL TABULATION SET", 0x8A}, {"VS1", 0xFE00},
    {"VS10", 0xFE09}, {"VS100", 0xE0153}, {"VS101", 0xE0154}, {"VS102", 0xE0155},
    {"VS103", 0xE0156}, {"VS104", 0xE0157}, {"VS105", 0xE0158}, {"VS106", 0xE0159},
    {"VS107", 0xE015A}, {"VS108", 0xE015B}, {"VS109", 0xE015C}, {"VS11", 0xFE0A},
    {"VS110", 0xE015D}, {"VS111", 0xE015E}, {"VS112", 0xE015F}, {"VS113", 0xE0160},
    {"VS114", 0xE0161}, {"VS115", 0xE0162}, {"VS116", 0xE0163}, {"VS117", 0xE0164},
    {"VS118", 0xE0165}, {"VS119", 0xE0166}, {"VS12", 0xFE0B}, {"VS120", 0xE0167},
    {"VS121", 0xE0168}, {"VS122", 0xE0169}, {"VS123", 0xE016A}, {"VS124", 0xE016B},
    {"VS125", 0xE016C}, {"VS126", 0xE016D}, {"VS127", 0xE016E}, {"VS128", 0xE016F},
    {"VS129", 0xE0170}, {"VS13", 0xFE0C}, {"VS130", 0xE0171}, {"VS131", 0xE0172},
    {"VS132", 0xE0173}, {"VS133", 0xE0174}, {"VS134", 0xE0175}, {"VS135", 0xE0176},
    {"VS136", 0xE0177}, {"VS137", 0xE0178}, {"VS138", 0xE0179}, {"VS139", 0xE017A},
    {"VS14", 0xFE0D}, {"VS140", 0xE017B}, {"VS141", 0xE017C}, {"VS142", 0xE017D},
    {"VS143", 0xE017E}, {"VS144", 0xE017F}, {"VS145", 0xE0180}, {"VS146", 0xE0181},
    {"VS147", 0xE0182}, {"VS148", 0xE0183}, {"VS149", 0xE0184}, {"VS15", 0xFE0E},
    {"VS150", 0xE0185}, {"VS151", 0xE0186}, {"VS152", 0xE0187}, {"VS153", 0xE0188},
    {"VS154", 0xE0189}, {"VS155", 0xE018A}, {"VS156", 0xE018B}, {"VS157", 0xE018C},
    {"VS158", 0xE018D}, {"VS159", 0xE018E}, {"VS16", 0xFE0F}, {"VS160", 0xE018F},
    {"VS161", 0xE0190}, {"VS162", 0xE0191}, {"VS163", 0xE0192}, {"VS164", 0xE0193},
    {"VS165", 0xE0194}, {"VS166", 0xE0195}, {"VS167", 0xE0196}, {"VS168", 0xE0197},
    {"VS169", 0xE0198}, {"VS17", 0xE0100}, {"VS170", 0xE0199}, {"VS171", 0xE019A},
    {"VS172", 0xE019B}, {"VS173", 0xE019C}, {"VS174", 0xE019D}, {"VS175", 0xE019E},
    {"VS176", 0xE019F}, {"VS177", 0xE01A0}, {"VS178", 0xE01A1}, {"VS179", 0xE01A2},
    {"VS18", 0xE0101}, {"VS180", 0xE01A3}, {"VS181", 0xE01A4}, {"VS182", 0xE01A5},
    {"VS183", 0xE01A6}, {"VS184", 0xE01A7}, {"VS185", 0xE01A8}, {"VS186", 0xE01A9},
    {"VS187", 0xE01AA}, {"VS188", 0xE01AB}, {"VS189", 0xE01AC}, {"VS19", 0xE0102},
    {"VS190", 0xE01AD}, {"VS191", 0xE01AE}, {"VS192", 0xE01AF}, {"VS193", 0xE01B0},
    {"VS194", 0xE01B1}, {"VS195", 0xE01B2}, {"VS196", 0xE01B3}, {"VS197", 0xE01B4},
    {"VS198", 0xE01B5}, {"VS199", 0xE01B6}, {"VS2", 0xFE01}, {"VS20", 0xE0103}, {"VS200", 0xE01B7},
    {"VS201", 0xE01B8}, {"VS202", 0xE01B9}, {"VS203", 0xE01BA}, {"VS204", 0xE01BB},
    {"VS205", 0xE01BC}, {"VS206", 0xE01BD}, {"VS207", 0xE01BE}, {"VS208", 0xE01BF},
    {"VS209", 0xE01C0}, {"VS21", 0xE0104}, {"VS210", 0xE01C1}, {"VS211", 0xE01C2},
    {"VS212", 0xE01C3}, {"VS213", 0xE01C4}, {"VS214", 0xE01C5}, {"VS215", 0xE01C6},
    {"VS216", 0xE01C7}, {"VS217", 0xE01C8}, {"VS218", 0xE01C9}, {"VS219", 0xE01CA},
    {"VS22", 0xE0105}, {"VS220", 0xE01CB}, {"VS221", 0xE01CC}, {"VS222", 0xE01CD},
    {"VS223", 0xE01CE}, {"VS224", 0xE01CF}, {"VS225", 0xE01D0}, {"VS226", 0xE01D1},
    {"VS227", 0xE01D2}, {"VS228", 0xE01D3}, {"VS229", 0xE01D4}, {"VS23", 0xE0106},
    {"VS230", 0xE01D5}, {"VS231", 0xE01D6}, {"VS232", 0xE01D7}, {"VS233", 0xE01D8},
    {"VS234", 0xE01D9}, {"VS235", 0xE01DA}, {"VS236", 0xE01DB}, {"VS237", 0xE01DC},
    {"VS238", 0xE01DD}, {"VS239", 0xE01DE}, {"VS24", 0xE0107}, {"VS240", 0xE01DF},
    {"VS241", 0xE01E0}, {"VS242", 0xE01E1}, {"VS243", 0xE01E2}, {"VS244", 0xE01E3},
    {"VS245", 0xE01E4}, {"VS246", 0xE01E5}, {"VS247", 0xE01E6}, {"VS248", 0xE01E7},
    {"VS249", 0xE01E8}, {"VS25", 0xE0108}, {"VS250", 0xE01E9}, {"VS251", 0xE01EA},
    {"VS252", 0xE01EB}, {"VS253", 0xE01EC}, {"VS254", 0xE01ED}, {"VS255", 0xE01EE},
    {"VS256", 0xE01EF}, {"VS26", 0xE0109}, {"VS27", 0xE010A}, {"VS28", 0xE010B}, {"VS29", 0xE010C},
    {"VS3", 0xFE02}, {"VS30", 0xE010D}, {"VS31", 0xE010E}, {"VS32", 0xE010F}, {"VS33", 0xE0110},
    {"VS34", 0xE0111}, {"VS35", 0xE0112}, {"VS36", 0xE0113}, {"VS37", 0xE0114}, {"VS38", 0xE0115},
    {"VS39", 0xE0116}, {"VS4", 0xFE03}, {"VS40", 0xE0117}, {"VS41", 0xE0118}, {"VS42", 0xE0119},
    {"VS43", 0xE011A}, {"VS44", 0xE011B}, {"VS45", 0xE011C}, {"VS46", 0xE011D}, {"VS47", 0xE011E},
    {"VS48", 0xE011F}, {"VS49", 0xE0120}, {"VS5", 0xFE04}, {"VS50", 0xE0121}, {"VS51", 0xE0122},
    {"VS52", 0xE0123}, {"VS53", 0xE0124}, {"VS54", 0xE0125}, {"VS55", 0xE0126}, {"VS56", 0xE0127},
    {"VS57", 0xE0128}, {"VS58", 0xE0129}, {"VS59", 0xE012A}, {"VS6", 0xFE05}, {"VS60", 0xE012B},
    {"VS61", 0xE012C}, {"VS62", 0xE012D}, {"VS63", 0xE012E}, {"VS64", 0xE012F}, {"VS65", 0xE0130},
    {"VS66", 0xE0131}, {"VS67", 0xE0132}, {"VS68", 0xE0133}, {"VS69", 0xE0134}, {"VS7", 0xFE06},
    {"VS70", 0xE0135}, {"VS71", 0xE0136}, {"VS72", 0xE0137}, {"VS73", 0xE0138}, {"VS74", 0xE0139},
    {"VS75", 0xE013A}, {"VS76", 0xE013B}, {"VS77", 0xE013C}, {"VS78", 0xE013D}, {"VS79", 0xE013E},
    {"VS8", 0xFE07}, {"VS80", 0xE013F}, {"VS81", 0xE0140}, {"VS82", 0xE0141}, {"VS83", 0xE0142},
    {"VS84", 0xE0143}, {"VS85", 0xE0144}, {"VS86", 0xE0145}, {"VS87", 0xE0146}, {"VS88", 0xE0147},
    {"VS89", 0xE0148}, {"VS9", 0xFE08}, {"VS90", 0xE0149}, {"VS91", 0xE014A}, {"VS92", 0xE014B},
    {"VS93", 0xE014C}, {"VS94", 0xE014D}, {"VS95", 0xE014E}, {"VS96", 0xE014F}, {"VS97", 0xE0150},
    {"VS98", 0xE0151}, {"VS99", 0xE0152}, {"VT", 0xB}, {"VTS", 0x8A},
    {"WEIERSTRASS ELLIPTIC FUNCTION", 0x2118}, {"WJ", 0x2060},
    {"YI SYLLABLE ITERATION MARK", 0xA015}, {"ZWJ", 0x200D}, {"ZWNBSP", 0xFEFF}, {"ZWNJ", 0x200C},
    {"ZWSP", 0x200B},
};

static_assert(std::is_sorted(std::begin(NAME_ALIASES), std::end(NAME_ALIASES),
                             [](const Alias& a, const Alias& b) { return a.name < b.name; }),
              "NAME_ALIASES must stay sorted for the binary search");

std::optional<char32_t> lookup_alias(std::string_view upper) {
    auto it = std::lower_bound(std::begin(NAME_ALIASES), std::end(NAME_ALIASES), upper,
                               [](const Alias& a, std::string_view n) { return a.name < n; });
    if (it == std::end(NAME_ALIASES) || it->name != upper) return std::nullopt;
    return it->code;
}

}  // namespace

// ---- predicates -----------------------------------------------------------------

bool is_printable(char32_t c) {
    // CPython's makeunicodedata.py marks a character printable when it is ' '
    // or its category is in neither the C (other) nor the Z (separator) group.
    if (c == U' ') return true;
    if (!known_to_cpython(c)) return false;  // Cn
    switch (u_charType(static_cast<UChar32>(c))) {
    case U_CONTROL_CHAR:         // Cc
    case U_FORMAT_CHAR:          // Cf
    case U_SURROGATE:            // Cs
    case U_PRIVATE_USE_CHAR:     // Co
    case U_UNASSIGNED:           // Cn
    case U_SPACE_SEPARATOR:      // Zs
    case U_LINE_SEPARATOR:       // Zl
    case U_PARAGRAPH_SEPARATOR:  // Zp
        return false;
    default:
        return true;
    }
}

bool is_xid_start(char32_t c) {
    if (c == U'_') return true;
    return known_to_cpython(c) && u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_XID_START);
}

bool is_xid_continue(char32_t c) {
    return known_to_cpython(c) &&
           u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_XID_CONTINUE);
}

// ---- names ----------------------------------------------------------------------
// CPython's _getcode first tries the two algorithmic families with a
// case-sensitive prefix, then a case-insensitive search of the names listed in
// UnicodeData.txt and of the name aliases (NameAliases.txt); named sequences
// are not accepted by "\N{...}".  ICU's lookup is case-insensitive throughout
// and also knows algorithmic names CPython lacks (TANGUT IDEOGRAPH-17000),
// so both differences are undone here.  Aliases come from the table above.

std::optional<char32_t> lookup_name(std::string_view name) {
    if (name.empty() || name.find('\0') != std::string_view::npos) return std::nullopt;
    for (char ch : name)
        if (static_cast<unsigned char>(ch) >= 0x80) return std::nullopt;

    if (starts_with_nocase(name, HANGUL_PREFIX)) {
        // The jamo names are upper case, and so must the prefix be.
        if (!starts_with(name, HANGUL_PREFIX)) return std::nullopt;
        for (char ch : name.substr(HANGUL_PREFIX.size()))
            if (ch < 'A' || ch > 'Z') return std::nullopt;
        auto c = icu_from_name(U_UNICODE_CHAR_NAME, std::string(name));
        if (!c || *c < 0xAC00 || *c > 0xD7A3) return std::nullopt;
        return c;
    }
    if (starts_with_nocase(name, CJK_PREFIX)) {
        if (!starts_with(name, CJK_PREFIX)) return std::nullopt;
        return lookup_cjk(name);
    }

    std::string upper(name);
    for (char& ch : upper)
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (auto c = icu_from_name(U_UNICODE_CHAR_NAME, upper)) {
        // Tangut ideographs are a range in UnicodeData.txt, so CPython 3.11
        // has no names for them.
        if (known_to_cpython(*c) && !starts_with(icu_name(*c), "TANGUT IDEOGRAPH-")) return c;
        return std::nullopt;
    }
    return lookup_alias(upper);
}

// ---- normalisation --------------------------------------------------------------

std::string nfkc(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* norm = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) return std::string(utf8);
    icu::UnicodeString src = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    // Already-normal text (every ASCII identifier) is returned untouched.
    if (norm->isNormalized(src, status) && U_SUCCESS(status)) return std::string(utf8);
    status = U_ZERO_ERROR;
    icu::UnicodeString dst = norm->normalize(src, status);
    if (U_FAILURE(status)) return std::string(utf8);
    std::string out;
    dst.toUTF8String(out);
    return out;
}

// ---- UTF-8 ----------------------------------------------------------------------
// A lead byte says how many continuation bytes (10xxxxxx) follow.  Overlong
// forms (C0 80 for NUL), code points above U+10FFFF and, in strict mode,
// encoded surrogates are invalid, as in CPython's UTF-8 decoder.

namespace {

bool decode_utf8_impl(std::string_view utf8, std::u32string& out, bool surrogatepass) {
    out.clear();
    out.reserve(utf8.size());
    std::size_t i = 0, n = utf8.size();
    while (i < n) {
        auto b0 = static_cast<unsigned char>(utf8[i]);
        if (b0 < 0x80) {
            out.push_back(b0);
            ++i;
            continue;
        }
        std::size_t len;
        char32_t c, min;
        if (b0 >= 0xC2 && b0 <= 0xDF) len = 2, c = b0 & 0x1F, min = 0x80;
        else if (b0 >= 0xE0 && b0 <= 0xEF) len = 3, c = b0 & 0x0F, min = 0x800;
        else if (b0 >= 0xF0 && b0 <= 0xF4) len = 4, c = b0 & 0x07, min = 0x10000;
        else return false;
        if (n - i < len) return false;
        for (std::size_t k = 1; k < len; ++k) {
            auto b = static_cast<unsigned char>(utf8[i + k]);
            if ((b & 0xC0) != 0x80) return false;
            c = (c << 6) | (b & 0x3F);
        }
        if (c < min || c > MAX_UNICODE) return false;
        if (!surrogatepass && c >= 0xD800 && c <= 0xDFFF) return false;
        out.push_back(c);
        i += len;
    }
    return true;
}

}  // namespace

bool decode_utf8(std::string_view utf8, std::u32string& out) {
    return decode_utf8_impl(utf8, out, false);
}

bool decode_utf8_surrogatepass(std::string_view utf8, std::u32string& out) {
    return decode_utf8_impl(utf8, out, true);
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::string to_utf8(std::u32string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t c : s) append_utf8(out, c);
    return out;
}

}  // namespace glasspy::rt::unicode
